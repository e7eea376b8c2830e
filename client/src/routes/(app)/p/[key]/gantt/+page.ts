import { startGanttPlan } from '$lib/state/planning.svelte';
import type { PageLoad } from './$types';

// The schedule and links are asked for with the project's tasks, while the app checks the session.
export const load: PageLoad = ({ params }) => {
  startGanttPlan(params.key.toUpperCase());
  return {};
};
