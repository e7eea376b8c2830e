/** `$app/navigation` outside SvelteKit (component tests mount components on their own). */
export function beforeNavigate(): void {}
export async function goto(): Promise<void> {}
