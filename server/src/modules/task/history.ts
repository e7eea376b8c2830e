import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock.js';
import type { Task } from './task.entity.js';

/**
 * A task's tracked fields as they stood at some moment, from `task_history` (the append-only rows
 * the database writes with every change of them, see docs/adr/0007-progress-history.md).
 */
export interface PastTaskState {
  taskId: string;
  statusId: string;
  percentComplete: number;
  rollupPercent: number | null;
  durationDays: number;
  actualStart: string | null;
  actualFinish: string | null;
  archived: boolean;
}

/**
 * Every task of a project as it stood just before `at`: the newest history row of each task older
 * than `at` (one index probe per task). A task with no such row did not exist yet and is absent.
 * With `parts` above 1 (and `m` a DataSource, not a transaction's manager), the probes are split
 * into that many statements run at once on as many connections, so the database spreads them over
 * its cores: the same rows, sooner.
 */
export async function taskStatesAsOf(m: EntityManager | DataSource, projectId: string, at: Date, parts = 1): Promise<Map<string, PastTaskState>> {
  const part = (k: number) =>
    m.query(
      `SELECT ${STATE_COLUMNS}
         FROM tasks t
         CROSS JOIN LATERAL (
           SELECT * FROM task_history h WHERE h.task_id = t.id AND h.at < $2 ORDER BY h.at DESC, h.id DESC LIMIT 1
         ) h
        WHERE t.project_id = $1${parts > 1 ? ' AND t.number % $3 = $4' : ''}`,
      parts > 1 ? [projectId, at, parts, k] : [projectId, at],
    ) as Promise<PastTaskState[]>;
  const states = new Map<string, PastTaskState>();
  for (const rows of await Promise.all(Array.from({ length: Math.max(1, parts) }, (_, k) => part(k)))) for (const r of rows) states.set(r.taskId, r);
  return states;
}

/** A history row `h` as a PastTaskState. */
const STATE_COLUMNS = `h.task_id AS "taskId", h.status_id AS "statusId", h.percent_complete AS "percentComplete", h.rollup_percent AS "rollupPercent",
              h.duration_days::float8 AS "durationDays", h.actual_start AS "actualStart", h.actual_finish AS "actualFinish", h.archived`;

/**
 * How long after an instant what was recorded before it is taken as final. History rows are stamped
 * with their transaction's start (or the server's clock, `trellis_now()`), so once every
 * transaction that started before an instant has ended, nothing recorded before it changes; this is
 * far longer than any write runs.
 */
export const SETTLED_MS = 10 * 60_000;

/** Whether what was recorded before `at` is final by the clock's now (see SETTLED_MS). */
export const settledBy = (clock: Clock, at: Date): boolean => at.getTime() <= clock.now().getTime() - SETTLED_MS;

/**
 * History rows between two instants, per task, above which the states are probed rather than moved
 * on from a kept day or a checkpoint: sorting that many rows for the newest per task costs the
 * database more than a probe per task (measured on a 10,000-task project: 22,000 rows 36 ms, the
 * probes about 100 ms of database time; beyond its working memory the sort spills to disk).
 */
export const DELTA_ROWS_PER_TASK = 2;

/**
 * The newest history row of each task written in [from, to): what turns the states just before
 * `from` into those just before `to` (one range read of the project's history, not a probe per
 * task), with the project's plan layout version in the same snapshot (null when the project is gone).
 */
export async function statesChanged(m: EntityManager | DataSource, projectId: string, from: Date, to: Date): Promise<StatesChanged> {
  const rows = (await m.query(
    `SELECT (SELECT plan_layout::text FROM portfolio_task_sums WHERE project_id = $1) AS layout, d.*
       FROM (SELECT 1) one
       LEFT JOIN LATERAL (
         SELECT DISTINCT ON (h.task_id) ${STATE_COLUMNS}
           FROM task_history h
          WHERE h.project_id = $1 AND h.at >= $2 AND h.at < $3
          ORDER BY h.task_id, h.at DESC, h.id DESC
       ) d ON true`,
    [projectId, from, to],
  )) as (PastTaskState & { layout: string | null })[];
  const changed: PastTaskState[] = [];
  for (const { layout: _, ...state } of rows) if (state.taskId !== null) changed.push(state);
  return { layout: rows[0]?.layout ?? null, changed };
}

/** What statesChanged read. */
export interface StatesChanged {
  layout: string | null;
  changed: PastTaskState[];
}

/**
 * The project's plan layout version: the plan version (migration 1766800004217-PlanVersions) of the
 * last write to its plan other than an update of tasks staying in it. Every statement deleting
 * tasks (or moving them out) changes it, so while it is the same no task of the project went away.
 * Null when the project is gone.
 */
export async function layoutOf(m: EntityManager | DataSource, projectId: string): Promise<string | null> {
  const [row] = (await m.query(`SELECT plan_layout::text AS layout FROM portfolio_task_sums WHERE project_id = $1`, [projectId])) as { layout: string }[];
  return row?.layout ?? null;
}

/** The ids of a project's tasks under one layout version of it. */
export interface TaskIds {
  ids: ReadonlySet<string>;
  layout: string | null;
}

/** The ids of the project's tasks now and its layout version then (one snapshot; the ids as one text value, quicker to send and read than a row per task). */
async function taskIdsNow(m: EntityManager | DataSource, projectId: string): Promise<TaskIds> {
  const [row] = (await m.query(
    `SELECT (SELECT plan_layout::text FROM portfolio_task_sums WHERE project_id = $1) AS layout, (SELECT string_agg(id::text, ',') FROM tasks WHERE project_id = $1) AS ids`,
    [projectId],
  )) as { ids: string | null; layout: string | null }[];
  return { ids: new Set(row?.ids ? row.ids.split(',') : []), layout: row?.layout ?? null };
}

/**
 * The ids of each project's tasks as last read, by layout version: while a project's layout version
 * is the one read with them, its tasks are the same (every statement adding, deleting or moving
 * tasks changes it), so they are not read again. A few projects at a time.
 */
export class TaskIdsByLayout {
  private readonly projects = new Map<string, TaskIds>();

  constructor(private readonly max = 3) {}

  /** The project's task ids under `layout` (a layout version just read), read afresh when another layout's are kept. */
  async of(m: EntityManager | DataSource, projectId: string, layout: string | null): Promise<TaskIds> {
    const kept = this.projects.get(projectId);
    if (kept && layout !== null && kept.layout === layout) return kept;
    const now = await taskIdsNow(m, projectId);
    keepRecent(this.projects, projectId, now, this.max);
    return now;
  }
}

/**
 * A settled instant's task states, with the project's layout version read before them or in the
 * same snapshot (or with the ids they were filtered by): no task deleted by a write counted in it
 * is among them.
 */
export interface KeptDay {
  layout: string | null;
  states: ReadonlyMap<string, Readonly<PastTaskState>>;
}

/**
 * The states kept at `from` moved on to `to` by `delta` (statesChanged from `from` to `to`). When
 * the project's layout changed since, only the tasks there now are kept, and those there now but
 * in neither (moved in from another project with their history) are probed as taskStatesAsOf does.
 * `ids` keeps the project's task ids between calls (read again only when the layout moved on).
 */
export async function moved(m: EntityManager | DataSource, projectId: string, base: KeptDay, delta: StatesChanged, to: Date, ids: TaskIdsByLayout | null = null): Promise<KeptDay> {
  const now = delta.layout === base.layout ? null : ids ? await ids.of(m, projectId, delta.layout) : await taskIdsNow(m, projectId);
  const there = (id: string) => !now || now.ids.has(id);
  const states = new Map<string, Readonly<PastTaskState>>();
  for (const [id, state] of base.states) if (there(id)) states.set(id, state);
  for (const state of delta.changed) if (there(state.taskId)) states.set(state.taskId, Object.freeze(state));
  if (now) for (const state of await statesOf(m, [...now.ids].filter((id) => !states.has(id)), to)) states.set(state.taskId, Object.freeze(state));
  return { layout: now ? now.layout : delta.layout, states };
}

/**
 * History rows between two instants, per task of the later kept day, above which the states are
 * probed for every task rather than moved back from that day: as many tasks may have changed, and
 * probing most tasks by id costs as much as probing them all, after finding them.
 */
export const BACK_ROWS_PER_TASK = 0.75;

/**
 * The day kept at `to` (later than `at`) moved back to `at`: a task with no history row in [at, to)
 * was then as it is at `to`; the others (those that changed in between, or were made then) are
 * probed as taskStatesAsOf does (the caller counted the rows in between: at most BACK_ROWS_PER_TASK
 * per task, so no more tasks changed). As in `moved`, only tasks there now are kept once the layout changed.
 */
export async function movedBack(m: EntityManager | DataSource, projectId: string, later: KeptDay, at: Date, to: Date, parts: number, ids: TaskIdsByLayout | null = null): Promise<KeptDay> {
  const [changed, layout] = await Promise.all([changedTaskIds(m, projectId, at, to), layoutOf(m, projectId)]);
  const now = layout === later.layout ? null : ids ? await ids.of(m, projectId, layout) : await taskIdsNow(m, projectId);
  const there = (id: string) => !now || now.ids.has(id);
  const states = new Map<string, Readonly<PastTaskState>>();
  for (const [id, state] of later.states) if (!changed.has(id) && there(id)) states.set(id, state);
  // The changed ones, and (the layout having changed) those there now but in neither (moved in from another project with their history).
  const probed = [...changed].filter(there);
  if (now) for (const id of now.ids) if (!states.has(id) && !changed.has(id)) probed.push(id);
  for (const state of await statesOf(m, probed, at, parts)) states.set(state.taskId, Object.freeze(state));
  return { layout: now ? now.layout : layout, states };
}

/** The ids of the project's tasks with a history row written in [from, to) (one range read, the ids as one text value). */
async function changedTaskIds(m: EntityManager | DataSource, projectId: string, from: Date, to: Date): Promise<Set<string>> {
  const [row] = (await m.query(
    `SELECT string_agg(task_id::text, ',') AS ids FROM (SELECT DISTINCT task_id FROM task_history WHERE project_id = $1 AND at >= $2 AND at < $3) c`,
    [projectId, from, to],
  )) as { ids: string | null }[];
  return new Set(row?.ids ? row.ids.split(',') : []);
}

/**
 * The states just before `at` of the given tasks (the probe of taskStatesAsOf, for these only), in
 * `parts` statements run at once (on a DataSource, as taskStatesAsOf splits them).
 */
async function statesOf(m: EntityManager | DataSource, taskIds: string[], at: Date, parts = 1): Promise<PastTaskState[]> {
  if (!taskIds.length) return [];
  const size = Math.ceil(taskIds.length / Math.max(1, parts));
  const chunks: string[][] = [];
  for (let k = 0; k < taskIds.length; k += size) chunks.push(taskIds.slice(k, k + size));
  const read = (ids: string[]) =>
    m.query(
      `SELECT ${STATE_COLUMNS}
         FROM unnest($1::uuid[]) AS t(id)
         CROSS JOIN LATERAL (
           SELECT * FROM task_history h WHERE h.task_id = t.id AND h.at < $2 ORDER BY h.at DESC, h.id DESC LIMIT 1
         ) h`,
      [`{${ids.join(',')}}`, at],
    ) as Promise<PastTaskState[]>;
  return (await Promise.all(chunks.map(read))).flat();
}

/** Puts `value` last (most recently used) in `map` and drops the least recently used beyond `max`. */
export function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  for (const k of map.keys()) {
    if (map.size <= max) break;
    map.delete(k);
  }
}

/** The states, each frozen (they are shared by every answer that keeps them). */
export function frozen(states: Map<string, PastTaskState>): ReadonlyMap<string, Readonly<PastTaskState>> {
  for (const state of states.values()) Object.freeze(state);
  return states;
}

const pastDays = new WeakMap<object, string>();

/** Marks a task row read "as of" a past day: its schedule fields (start, finish, late...) are that day's schedule's. */
export function markAsOf(row: object, day: string): void {
  pastDays.set(row, day);
}

/** The day a task row was read as of (see markAsOf), or null for a row as it is now. */
export function asOfDayOf(row: object): string | null {
  return pastDays.get(row) ?? null;
}

/** Sets a freshly read task row's tracked fields to their past values. */
export function asItWas<T extends Partial<Pick<Task, 'statusId' | 'percentComplete' | 'rollupPercent' | 'durationDays' | 'actualStart' | 'actualFinish'>>>(row: T, past: PastTaskState): T {
  return Object.assign(row, {
    statusId: past.statusId,
    percentComplete: past.percentComplete,
    rollupPercent: past.rollupPercent,
    durationDays: past.durationDays,
    actualStart: past.actualStart,
    actualFinish: past.actualFinish,
  });
}
