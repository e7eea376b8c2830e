import type { Task } from '$lib/graphql/types';
import type { ProjectCache } from './project-cache.svelte';

/** The project pages' shared state: the project cache of the `p/[key]` layout. */
export type ProjectStore = ProjectCache;

export type RollupState = 'NOT_STARTED' | 'STARTED' | 'DONE';

/**
 * Progress of every summary task, rolled up from the work under it: % complete weighted by
 * duration (cancelled work left out; equal weights when nothing has a duration), and a state
 * derived from its leaves' categories. Computed in the browser until the server stores summary
 * tasks' progress; then this is the one function to switch over.
 */
export function rollupOf(tasks: readonly Task[]): Map<string, { percent: number; state: RollupState }> {
  const kids = new Map<string, Task[]>();
  for (const t of tasks) {
    if (!t.parentId) continue;
    const list = kids.get(t.parentId);
    if (list) list.push(t);
    else kids.set(t.parentId, [t]);
  }
  const leaves = (t: Task): Task[] => {
    const c = kids.get(t.id);
    return c?.length ? c.flatMap(leaves) : [t];
  };
  const out = new Map<string, { percent: number; state: RollupState }>();
  for (const t of tasks) {
    if (!kids.get(t.id)?.length) continue;
    const all = leaves(t);
    const counted = all.filter((l) => l.status.category !== 'CANCELLED');
    const weight = (l: Task) => (l.kind === 'MILESTONE' ? 0 : l.durationDays);
    const total = counted.reduce((n, l) => n + weight(l), 0);
    const percent = counted.length === 0 ? 0
      : total > 0 ? counted.reduce((n, l) => n + weight(l) * l.percentComplete, 0) / total
      : counted.reduce((n, l) => n + l.percentComplete, 0) / counted.length;
    const done = all.every((l) => l.status.category === 'COMPLETED' || l.status.category === 'CANCELLED');
    const started = all.some((l) => l.status.category === 'STARTED' || l.status.category === 'COMPLETED' || l.percentComplete > 0);
    out.set(t.id, { percent: Math.round(percent), state: done ? 'DONE' : started ? 'STARTED' : 'NOT_STARTED' });
  }
  return out;
}
