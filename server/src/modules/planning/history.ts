import type { DataSource, EntityManager } from 'typeorm';
import type { PlanDocument } from '../../planning/plan-document.js';
import type { RecordedProgress } from '../../planning/evm.js';
import type { PastTaskState } from '../task/index.js';
import { statusInstant, type LoadedPlan } from './plan-loader.js';

/** A plan instant ('YYYY-MM-DDTHH:MM', read as UTC) as a Date. */
export const instantDate = (instant: string): Date => new Date(`${instant}:00Z`);

/**
 * The plan as it stood at the end of `asOf`: only the tasks that existed and were not deleted
 * then, each with its status, progress, duration and actual dates of that moment, and `asOf` as
 * the status date. The tree, names, links, calendars and resources are today's.
 */
export function planAsOf(loaded: LoadedPlan, past: ReadonlyMap<string, PastTaskState>, asOf: string): LoadedPlan {
  const live = new Set([...past.values()].filter((p) => !p.archived).map((p) => p.taskId));
  const tasks: PlanDocument['tasks'] = [];
  for (const t of loaded.doc.tasks) {
    const p = past.get(t.id);
    if (!p || !live.has(t.id)) continue;
    // A plain copy (quicker than leaving keys out of a spread); actual dates only where they were set then.
    const task: PlanDocument['tasks'][number] = {
      ...t,
      parentId: t.parentId && live.has(t.parentId) ? t.parentId : null,
      durationDays: p.durationDays,
      percentComplete: p.rollupPercent ?? p.percentComplete,
    };
    if (p.actualStart) task.actualStart = p.actualStart;
    else if ('actualStart' in task) delete task.actualStart;
    if (p.actualFinish) task.actualFinish = p.actualFinish;
    else if ('actualFinish' in task) delete task.actualFinish;
    tasks.push(task);
  }
  const doc: PlanDocument = {
    ...loaded.doc,
    project: { ...loaded.doc.project, statusDate: statusInstant(asOf) },
    tasks,
    links: loaded.doc.links.filter((l) => live.has(l.predecessorId) && live.has(l.successorId)),
    assignments: loaded.doc.assignments.filter((a) => live.has(a.taskId)),
  };
  return { ...loaded, settings: { ...loaded.settings, statusDate: asOf }, doc };
}

/** The cost entries that were on the books just before `at` (booked and not removed by then). */
export async function costEntriesAsOf(m: EntityManager | DataSource, projectId: string, at: Date): Promise<PlanDocument['costEntries']> {
  const rows = (await m.query(
    `SELECT task_id AS "taskId", to_char(date, 'YYYY-MM-DD') AS date, sum(amount)::float8 AS amount, sum(hours)::float8 AS hours
       FROM cost_history WHERE project_id = $1 AND at < $2
      GROUP BY entry_id, task_id, date HAVING sum(amount) <> 0 OR sum(hours) <> 0
      ORDER BY date`,
    [projectId, at],
  )) as { taskId: string; date: string; amount: number; hours: number | null }[];
  return rows.map((r) => ({ taskId: r.taskId, date: r.date, amount: r.amount, ...(r.hours !== null ? { hours: r.hours } : {}) }));
}

/**
 * Earned value and actual cost as recorded at each instant (ascending), against a baseline, for
 * the given leaf tasks: EV from the recorded changes of percent complete, AC from the cost entries
 * on the books by then and dated before it. Two grouped sums, whatever the length of the history.
 */
export async function recordedProgress(
  m: EntityManager | DataSource,
  projectId: string,
  baselineId: string,
  leafIds: string[],
  taskIds: string[],
  instants: string[],
): Promise<RecordedProgress> {
  const recorded = new Map<string, { ev: number; ac: number }>();
  if (!instants.length) return recorded;
  const bounds = instants.map(instantDate);
  const last = bounds[bounds.length - 1]!;
  const [ev, ac] = (await Promise.all([
    m.query(
      `SELECT width_bucket(h.at, $3::timestamptz[]) AS bucket, sum(h.percent_delta * b.cost)::float8 / 100 AS value
         FROM task_history h
         JOIN baseline_tasks b ON b.baseline_id = $2 AND b.task_id = h.task_id
        WHERE h.project_id = $1 AND h.at < $4 AND h.task_id = ANY($5::uuid[])
        GROUP BY 1`,
      [projectId, baselineId, bounds, last, leafIds],
    ),
    m.query(
      `SELECT width_bucket(greatest(h.at, h.date::timestamp AT TIME ZONE 'UTC'), $2::timestamptz[]) AS bucket, sum(h.amount)::float8 AS value
         FROM cost_history h
        WHERE h.project_id = $1 AND h.at < $3 AND h.date::timestamp AT TIME ZONE 'UTC' < $3 AND h.task_id = ANY($4::uuid[])
        GROUP BY 1`,
      [projectId, bounds, last, taskIds],
    ),
  ])) as [{ bucket: number; value: number }[], { bucket: number; value: number }[]];
  // Bucket k holds what happened from instant k (1-based) to instant k+1: a point at instant k sums buckets below k.
  const cumulative = (rows: { bucket: number; value: number }[]) => {
    const by = new Map(rows.map((r) => [Number(r.bucket), r.value]));
    const out: number[] = [];
    let total = 0;
    for (let k = 0; k < instants.length; k++) {
      total += by.get(k) ?? 0;
      out.push(total);
    }
    return out;
  };
  const evs = cumulative(ev);
  const acs = cumulative(ac);
  instants.forEach((instant, i) => recorded.set(instant, { ev: evs[i]!, ac: acs[i]! }));
  return recorded;
}
