/** `$app/state` outside SvelteKit (component tests mount components on their own). */
export const page = { url: new URL('http://localhost/'), params: {} as Record<string, string> };
