import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock.js';
import { DELTA_ROWS_PER_TASK, frozen, layoutOf, moved, settledBy, statesChanged, taskStatesAsOf, type KeptDay, type PastTaskState } from './history.js';
import { decodeStates, encodeStates } from './state-codec.js';

/**
 * Task state checkpoints (table `task_state_checkpoints`, docs/adr/0007-progress-history.md):
 * every task's tracked fields as they stood at the end of a settled day, in one value. A day's
 * states are the newest checkpoint before it moved on by the history rows written since (a range
 * read of at most about CHECKPOINT_ROWS_PER_TASK rows per task), rather than one index probe per
 * task: for 10,000 tasks a few milliseconds instead of tens.
 */

/**
 * History rows per task (of the last checkpoint) written since it after which the next one is due;
 * with CHECKPOINT_MIN_ROWS, a small project gets few. The rows a day reads on top of its checkpoint
 * stay below this and one day's rows; each checkpoint costs about 40 bytes per task after
 * PostgreSQL's compression (a busy 10,000-task project: 55 a year, 2.1 kB per task). One row per
 * task halves that, but the rows read on top cost more than it saves: measured on the same data in
 * turns, answers 6–12 ms slower at the median, with 8–10 ms more CPU each.
 */
export const CHECKPOINT_ROWS_PER_TASK = 0.5;
/** History rows written since the last checkpoint below which no new one is due, whatever the project's size. */
export const CHECKPOINT_MIN_ROWS = 1_000;

/** When a checkpoint is due: `rowsPerTask` rows per task of the last one written since it, and at least `minRows`. */
export interface CheckpointRule {
  rowsPerTask: number;
  minRows: number;
}
export const CHECKPOINT_RULE: CheckpointRule = { rowsPerTask: CHECKPOINT_ROWS_PER_TASK, minRows: CHECKPOINT_MIN_ROWS };

/** The instant that ends the (UTC) day an instant falls in: the next midnight after it. */
function endOfDayAfter(at: Date): Date {
  const end = new Date(at);
  end.setUTCHours(24, 0, 0, 0);
  return end;
}

/** The newest checkpoint of the project at or before `at`, decoded; null when there is none (or it cannot be read). */
export async function checkpointAt(m: EntityManager | DataSource, projectId: string, at: Date): Promise<(KeptDay & { at: Date }) | null> {
  const [row] = (await m.query(
    `SELECT at, plan_layout::text AS layout, states FROM task_state_checkpoints WHERE project_id = $1 AND at <= $2 ORDER BY at DESC LIMIT 1`,
    [projectId, at],
  )) as { at: Date; layout: string; states: Buffer }[];
  if (!row) return null;
  let states: PastTaskState[];
  try {
    states = decodeStates(row.states);
  } catch {
    return null;
  }
  const map = new Map<string, PastTaskState>();
  for (const state of states) map.set(state.taskId, state);
  return { at: row.at, layout: row.layout, states: frozen(map) };
}

/**
 * The checkpoint at `instant` read and moved on to `at` (≥ instant) by the rows written in between,
 * both read at once; null when that checkpoint is gone (its project deleted).
 */
export async function movedFromCheckpoint(m: EntityManager | DataSource, projectId: string, instant: Date, at: Date): Promise<KeptDay | null> {
  const [checkpoint, delta] = await Promise.all([checkpointAt(m, projectId, instant), statesChanged(m, projectId, instant, at)]);
  if (!checkpoint || checkpoint.at.getTime() !== instant.getTime()) return null;
  return moved(m, projectId, checkpoint, delta, at);
}

/**
 * The newest checkpoint of the project at or before `at` and how many history rows were written
 * between it and `at`, counted up to DELTA_ROWS_PER_TASK per task of the checkpoint and one beyond
 * (one statement; an index-only count that stops at its cap).
 */
export async function checkpointNear(m: EntityManager | DataSource, projectId: string, at: Date): Promise<{ at: Date; tasks: number; rows: number } | null> {
  const [near] = (await m.query(
    `WITH cp AS (SELECT at, tasks FROM task_state_checkpoints WHERE project_id = $1 AND at <= $2 ORDER BY at DESC LIMIT 1)
     SELECT cp.at, cp.tasks,
            (SELECT count(*) FROM (SELECT 1 FROM task_history WHERE project_id = $1 AND at >= cp.at AND at < $2 LIMIT floor($3 * cp.tasks)::int + 1) r)::int AS rows
       FROM cp`,
    [projectId, at, DELTA_ROWS_PER_TASK],
  )) as { at: Date; tasks: number; rows: number }[];
  return near ?? null;
}

/** Whether a day `rows` history rows after a checkpoint of `tasks` states is made from it (see DELTA_ROWS_PER_TASK). */
export const nearEnough = (near: { tasks: number; rows: number }): boolean => near.rows <= Math.floor(DELTA_ROWS_PER_TASK * near.tasks);

/**
 * Every task's state just before `at`, as taskStatesAsOf reads it: from the newest checkpoint before
 * `at` when few enough rows were written since (nearEnough), else by a probe per task. Nothing is
 * kept: for a one-off read (a day's snapshot), not for answers.
 */
export async function statesAt(m: EntityManager | DataSource, projectId: string, at: Date): Promise<ReadonlyMap<string, Readonly<PastTaskState>>> {
  const near = await checkpointNear(m, projectId, at);
  const day = near && nearEnough(near) ? await movedFromCheckpoint(m, projectId, near.at, at) : null;
  return day ? day.states : taskStatesAsOf(m, projectId, at);
}

/**
 * Writes the project's checkpoints that are due: from its newest one (or its first history row), at
 * the end of the day in which the CHECKPOINT_ROWS_PER_TASK·tasks-th row since (at least the
 * CHECKPOINT_MIN_ROWS-th) was written, while that day is settled; then again from there. Each is
 * made from the one before and the rows in between (or, the first, by a probe per task), with the
 * layout in the same snapshot. Idempotent: two servers may both try. Returns how many it wrote.
 */
export async function catchUpCheckpoints(ds: DataSource, clock: Clock, projectId: string, rule: CheckpointRule = CHECKPOINT_RULE): Promise<number> {
  let written = 0;
  for (;;) {
    const [last] = (await ds.query(`SELECT at, tasks FROM task_state_checkpoints WHERE project_id = $1 ORDER BY at DESC LIMIT 1`, [projectId])) as { at: Date; tasks: number }[];
    const tasks = last ? last.tasks : ((await ds.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [projectId])) as [{ n: number }])[0].n;
    const due = Math.max(rule.minRows, Math.ceil(rule.rowsPerTask * tasks));
    const [row] = (await ds.query(`SELECT at FROM task_history WHERE project_id = $1 AND at >= $2 ORDER BY at OFFSET $3 LIMIT 1`, [
      projectId,
      last?.at ?? '-infinity',
      due - 1,
    ])) as { at: Date }[];
    if (!row) return written;
    const instant = endOfDayAfter(row.at);
    if (!settledBy(clock, instant)) return written;
    const made = await ds.transaction('REPEATABLE READ', async (m) => {
      let day = last ? await movedFromCheckpoint(m, projectId, last.at, instant) : null;
      if (!day) {
        const layout = await layoutOf(m, projectId);
        day = { layout, states: await taskStatesAsOf(m, projectId, instant) };
      }
      // A project gone meanwhile has no layout: nothing to write.
      if (day.layout === null) return 'gone';
      const inserted = (await m.query(`INSERT INTO task_state_checkpoints (project_id, at, plan_layout, tasks, states) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING at`, [
        projectId,
        instant,
        day.layout,
        day.states.size,
        encodeStates(day.states.values()),
      ])) as unknown[];
      // Another server may have written it first: then the next one is looked for from there.
      return inserted.length ? 'written' : 'there';
    });
    if (made === 'gone') return written;
    if (made === 'there') continue;
    written++;
  }
}
