import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock.js';
import { checkpointAt, nearEnough } from './checkpoints.js';
import {
  BACK_ROWS_PER_TASK,
  DELTA_ROWS_PER_TASK,
  frozen,
  keepRecent,
  layoutOf,
  moved,
  movedBack,
  settledBy,
  statesChanged,
  taskStatesAsOf,
  TaskIdsByLayout,
  type KeptDay,
  type PastTaskState,
} from './history.js';

/** Settled days' task states kept per project (they share the states that did not change between them). */
const KEPT_DAYS = 10;
/** Projects whose settled days' task states are kept. */
const KEPT_PROJECTS = 3;

/**
 * Task states of settled instants (see SETTLED_MS), kept per project: what was recorded before such
 * an instant never changes, so a day asked for the first time starts from the nearest earlier kept
 * day or checkpoint (checkpoints.ts), whichever is later, and reads only the history rows written
 * between the two (the newest per task wins), instead of probing every task's history; or, failing
 * that, from the nearest later kept day, probing only the tasks that changed in between (a timeline
 * stepped back day by day). Without either near it, the states are probed as taskStatesAsOf does
 * (and kept). Rows go with their task when a task is deleted, so once the project's layout version
 * moved on, the tasks there now are read and only they are kept, as the probe from `tasks` does.
 * Instants not settled yet are always read afresh.
 */
export class KeptTaskStates {
  /** By project, least recently used first: the kept days by instant (ms), least recently used first. */
  private readonly projects = new Map<string, Map<number, KeptDay>>();
  /** The kept projects' task ids now, by layout version. */
  private readonly ids = new TaskIdsByLayout(KEPT_PROJECTS);

  constructor(private readonly clock: Clock) {}

  /** taskStatesAsOf, from the kept days for a settled `at`: a map of its own, its states shared and frozen. */
  async statesAsOf(m: EntityManager | DataSource, projectId: string, at: Date, parts = 1): Promise<Map<string, PastTaskState>> {
    return new Map(await this.readOnly(m, projectId, at, parts));
  }

  /** taskStatesAsOf, from the kept days for a settled `at`, as kept: read it, never change it. */
  async readOnly(m: EntityManager | DataSource, projectId: string, at: Date, parts = 1): Promise<ReadonlyMap<string, Readonly<PastTaskState>>> {
    if (!settledBy(this.clock, at)) return taskStatesAsOf(m, projectId, at, parts);
    const days = this.projects.get(projectId) ?? new Map<number, KeptDay>();
    const from = nearestBefore(days.keys(), at.getTime());
    const base = from === null ? null : days.get(from)!;
    const until = nearestAfter(days.keys(), at.getTime());
    const later = until === null ? null : days.get(until)!;
    // The newest checkpoint before `at` and the rows on either side, in one statement.
    const around = await rowsAround(m, projectId, from === null ? null : new Date(from), at, until === null ? at : new Date(until), {
      before: Math.floor(DELTA_ROWS_PER_TASK * Math.max(1, base?.states.size ?? 0)),
      after: Math.floor(BACK_ROWS_PER_TASK * Math.max(1, later?.states.size ?? 0)),
    });
    let day: KeptDay | null = null;
    if (around.checkpoint && (from === null || around.checkpoint.at.getTime() > from)) {
      // The checkpoint is nearer than any kept day: the day moves on from it.
      const instant = around.checkpoint.at;
      if (nearEnough({ tasks: around.checkpoint.tasks, rows: around.before })) {
        const [checkpoint, delta] = await Promise.all([checkpointAt(m, projectId, instant), statesChanged(m, projectId, instant, at)]);
        if (checkpoint && checkpoint.at.getTime() === instant.getTime()) {
          // Kept as a day of its own too: the next day near it moves on from memory.
          keepRecent(days, instant.getTime(), { layout: checkpoint.layout, states: checkpoint.states }, KEPT_DAYS);
          day = await moved(m, projectId, checkpoint, delta, at, this.ids);
        }
      }
    } else if (base && around.before <= Math.floor(DELTA_ROWS_PER_TASK * Math.max(1, base.states.size))) {
      keepRecent(days, from!, base, KEPT_DAYS);
      day = await moved(m, projectId, base, await statesChanged(m, projectId, new Date(from!), at), at, this.ids);
    }
    if (!day && later && around.after <= Math.floor(BACK_ROWS_PER_TASK * Math.max(1, later.states.size))) {
      keepRecent(days, until!, later, KEPT_DAYS);
      day = await movedBack(m, projectId, later, at, new Date(until!), parts, this.ids);
    }
    if (!day) {
      // The layout first: a task deleted after it was read may be in the states, and is seen next time.
      const layout = await layoutOf(m, projectId);
      day = { layout, states: frozen(await taskStatesAsOf(m, projectId, at, parts)) };
    }
    keepRecent(days, at.getTime(), day, KEPT_DAYS);
    keepRecent(this.projects, projectId, days, KEPT_PROJECTS);
    return day.states;
  }
}

/**
 * The newest checkpoint of the project at or before `at`, and how many history rows were written
 * from the later of it and `from` to `at`, and from `at` to `to`, each counted up to a cap and one
 * beyond (one statement of index-only counts that stop at their cap: a long stretch of history
 * costs no more than a short one). The count before is capped by the kept day's cap or by
 * DELTA_ROWS_PER_TASK per task of the checkpoint, whichever is more.
 */
async function rowsAround(
  m: EntityManager | DataSource,
  projectId: string,
  from: Date | null,
  at: Date,
  to: Date,
  caps: { before: number; after: number },
): Promise<{ checkpoint: { at: Date; tasks: number } | null; before: number; after: number }> {
  const [row] = (await m.query(
    `WITH cp AS (SELECT at, tasks FROM task_state_checkpoints WHERE project_id = $1 AND at <= $3 ORDER BY at DESC LIMIT 1)
     SELECT (SELECT at FROM cp) AS "checkpointAt", (SELECT tasks FROM cp) AS "checkpointTasks",
            (SELECT count(*) FROM (SELECT 1 FROM task_history WHERE project_id = $1 AND at >= GREATEST($2::timestamptz, (SELECT at FROM cp)) AND at < $3
                                    LIMIT GREATEST($5::int, floor($7 * COALESCE((SELECT tasks FROM cp), 0))::int) + 1) b)::int AS before,
            (SELECT count(*) FROM (SELECT 1 FROM task_history WHERE project_id = $1 AND at >= $3 AND at < $4 LIMIT $6::int + 1) a)::int AS after`,
    [projectId, from ?? '-infinity', at, to, caps.before, caps.after, DELTA_ROWS_PER_TASK],
  )) as [{ checkpointAt: Date | null; checkpointTasks: number | null; before: number; after: number }];
  return {
    checkpoint: row.checkpointAt ? { at: row.checkpointAt, tasks: row.checkpointTasks ?? 0 } : null,
    before: row.before,
    after: row.after,
  };
}

/** The greatest of `instants` at or before `at`, or null. */
function nearestBefore(instants: Iterable<number>, at: number): number | null {
  let nearest: number | null = null;
  for (const instant of instants) if (instant <= at && (nearest === null || instant > nearest)) nearest = instant;
  return nearest;
}

/** The least of `instants` after `at`, or null. */
function nearestAfter(instants: Iterable<number>, at: number): number | null {
  let nearest: number | null = null;
  for (const instant of instants) if (instant > at && (nearest === null || instant < nearest)) nearest = instant;
  return nearest;
}
