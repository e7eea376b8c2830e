import type { Task } from '$lib/graphql/types';
import type { ProjectCache } from './project-cache.svelte';

/** The project pages' shared state: the project cache of the `p/[key]` layout. */
export type ProjectStore = ProjectCache;

export type RollupState = NonNullable<Task['rollupState']>;

/**
 * Progress of every summary task as the server stores it (rolled up from the work under it by the
 * shared rule in @trellis/schema/rollup, in the transaction of every write below it; ADR 0006).
 */
export function rollupOf(tasks: readonly Task[]): Map<string, { percent: number; state: RollupState }> {
  const out = new Map<string, { percent: number; state: RollupState }>();
  for (const t of tasks) if (t.rollupState) out.set(t.id, { percent: t.percentComplete, state: t.rollupState });
  return out;
}
