import { startProjectHead } from '$lib/state/project-cache.svelte';
import type { LayoutLoad } from './$types';

// The project's first screen of tasks is asked for while the app checks the session, not after.
export const load: LayoutLoad = ({ params }) => {
  startProjectHead(params.key.toUpperCase());
  return {};
};
