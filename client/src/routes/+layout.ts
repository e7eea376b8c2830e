// A single-page app: the Node server answers every non-API path with build/index.html.
export const ssr = false;
export const prerender = false;
