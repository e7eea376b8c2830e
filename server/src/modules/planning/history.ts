import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock.js';
import type { PlanDocument } from '../../planning/plan-document.js';
import type { RecordedProgress } from '../../planning/evm.js';
import { SETTLED_MS, keepRecent, settledBy, taskStatesAsOf, type KeptTaskStates, type PastTaskState } from '../task/index.js';
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

/** What earned value reads of a task's history: its percent complete (a summary's rolled up) and whether it was deleted. */
export interface PastProgress {
  percent: number;
  archived: boolean;
}

/**
 * Every task's progress just before `at`, from its state then (taskStatesAsOf, or the states `kept`
 * for a settled instant). A task with no history row before it did not exist yet and is absent.
 */
export async function progressAsOf(m: EntityManager | DataSource, projectId: string, at: Date, parts = 1, kept: KeptTaskStates | null = null): Promise<Map<string, PastProgress>> {
  const states = kept ? await kept.readOnly(m, projectId, at, parts) : await taskStatesAsOf(m, projectId, at, parts);
  const progress = new Map<string, PastProgress>();
  for (const [id, state] of states) progress.set(id, { percent: state.rollupPercent ?? state.percentComplete, archived: state.archived });
  return progress;
}

/**
 * The plan at the end of `asOf` as earned value measures it: the tasks planAsOf keeps (there and
 * not deleted then; a parent not there then makes a root), with the percent complete of then, and
 * what earned value reads of them: outline, kind, calendar and recorded actual cost as they are now.
 * No links, assignments, durations or actual dates (the S-curve's past is the recorded one).
 */
export function progressPlanAsOf(loaded: LoadedPlan, past: ReadonlyMap<string, PastProgress>, asOf: string): PlanDocument {
  const tasks: PlanDocument['tasks'] = [];
  for (const t of loaded.doc.tasks) {
    const p = past.get(t.id);
    if (!p || p.archived) continue;
    const parent = t.parentId ? past.get(t.parentId) : undefined;
    const task: PlanDocument['tasks'][number] = {
      id: t.id,
      name: t.name,
      parentId: parent && !parent.archived ? t.parentId : null,
      order: t.order,
      kind: t.kind,
      durationDays: t.durationDays,
      percentComplete: p.percent,
    };
    if (t.calendarId !== undefined) task.calendarId = t.calendarId;
    if (t.actualCost !== undefined) task.actualCost = t.actualCost;
    tasks.push(task);
  }
  return { ...loaded.doc, project: { ...loaded.doc.project, statusDate: statusInstant(asOf) }, tasks, links: [], assignments: [] };
}

/** The cost entries that were on the books just before `at` (booked and not removed by then), by date then entry. */
export async function costEntriesAsOf(m: EntityManager | DataSource, projectId: string, at: Date): Promise<PlanDocument['costEntries']> {
  const rows = (await m.query(
    `SELECT task_id AS "taskId", to_char(date, 'YYYY-MM-DD') AS date, sum(amount)::float8 AS amount, sum(hours)::float8 AS hours
       FROM cost_history WHERE project_id = $1 AND at < $2
      GROUP BY entry_id, task_id, date HAVING sum(amount) <> 0 OR sum(hours) <> 0
      ORDER BY date, entry_id`,
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
  const sums = await recordedSums(m, projectId, baselineId, sqlSet(leafIds), sqlSet(taskIds), instants, null);
  instants.forEach((instant, i) => recorded.set(instant, sums[i]!));
  return recorded;
}

/**
 * Task ids (UUIDs, as read from the database) as one uuid[] literal: sent as it is, instead of
 * each of ten thousand ids being quoted on the way out.
 */
const uuidArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

/**
 * Tasks whose history the recorded sums read: these ids, or every task of a plan structure but
 * these (`all` names the structure's set of task ids, see taskSetKey). The second sends the few
 * tasks left out rather than thousands: every history row belongs to a task of its project (rows
 * go with their task) and a task added after the structure was read has no row before a settled
 * instant, so "the structure's tasks but these" reads the same rows as naming the others.
 */
export type TaskSet = readonly string[] | { all: string; without: readonly string[] };

/** A set of tasks as the recorded sums send it (a uuid[] literal, of the tasks in it or left out) and its key. */
interface SqlTaskSet {
  ids: string;
  without: boolean;
  key: string;
}

function sqlSet(set: TaskSet): SqlTaskSet {
  if ('all' in set) {
    const ids = uuidArray(set.without);
    return { ids, without: true, key: `${set.all}-${digest(ids)}` };
  }
  const ids = uuidArray(set as readonly string[]);
  return { ids, without: false, key: digest(ids) };
}

/** What names a plan structure's set of task ids (archived ones included) in a TaskSet. */
export const taskSetKey = (ids: readonly string[]): string => digest(uuidArray(ids));

/**
 * The recorded EV and AC at each instant (ascending). With `from` (the first instant), only what
 * was recorded from it on is summed, added to `from`'s totals: one week of history instead of all
 * of it when the earlier instants are known.
 */
async function recordedSums(
  m: EntityManager | DataSource,
  projectId: string,
  baselineId: string,
  leafIds: SqlTaskSet,
  taskIds: SqlTaskSet,
  instants: readonly string[],
  from: { ev: number; ac: number } | null,
): Promise<{ ev: number; ac: number }[]> {
  const bounds = instants.map(instantDate);
  const first = bounds[0]!;
  const last = bounds[bounds.length - 1]!;
  const [ev, ac] = (await Promise.all([
    m.query(
      `SELECT width_bucket(h.at, $3::timestamptz[]) AS bucket, sum(h.percent_delta * b.cost)::float8 / 100 AS value
         FROM task_history h
         JOIN baseline_tasks b ON b.baseline_id = $2 AND b.task_id = h.task_id
        WHERE h.project_id = $1 AND h.at < $4 AND ${leafIds.without ? 'NOT ' : ''}(h.task_id = ANY($5::uuid[])) ${from ? 'AND h.at >= $6' : ''}
        GROUP BY 1`,
      [projectId, baselineId, bounds, last, leafIds.ids, ...(from ? [first] : [])],
    ),
    m.query(
      `SELECT width_bucket(greatest(h.at, h.date::timestamp AT TIME ZONE 'UTC'), $2::timestamptz[]) AS bucket, sum(h.amount)::float8 AS value
         FROM cost_history h
        WHERE h.project_id = $1 AND h.at < $3 AND h.date::timestamp AT TIME ZONE 'UTC' < $3 AND ${taskIds.without ? 'NOT ' : ''}(h.task_id = ANY($4::uuid[]))
          ${from ? `AND greatest(h.at, h.date::timestamp AT TIME ZONE 'UTC') >= $5` : ''}
        GROUP BY 1`,
      [projectId, bounds, last, taskIds.ids, ...(from ? [first] : [])],
    ),
  ])) as [{ bucket: number; value: number }[], { bucket: number; value: number }[]];
  // Bucket k holds what happened from instant k (1-based) to instant k+1: a point at instant k sums buckets below k.
  const cumulative = (rows: { bucket: number; value: number }[], start: number) => {
    const by = new Map(rows.map((r) => [Number(r.bucket), r.value]));
    const out: number[] = [];
    let total = start;
    for (let k = 0; k < instants.length; k++) {
      total += by.get(k) ?? 0;
      out.push(total);
    }
    return out;
  };
  const evs = cumulative(ev, from?.ev ?? 0);
  const acs = cumulative(ac, from?.ac ?? 0);
  return instants.map((_, i) => ({ ev: evs[i]!, ac: acs[i]! }));
}

/** Recorded curves kept (per project, baseline and set of tasks: a few dozen numbers each). */
const KEPT_CURVES = 32;
/** Projects whose cost ledger is kept (a year of a 10,000-task project's entries is about a megabyte). */
const KEPT_LEDGERS = 4;

const digest = (text: string) => createHash('sha1').update(text).digest('base64');

/** Puts a value last (most recently used) in a map and drops the least recently used beyond a size. */
export const keep = keepRecent;

/**
 * What was recorded before instants that are settled (see SETTLED_MS) never changes: the recorded
 * EV and AC at past period ends of an S-curve, and the cost history before them. They are kept, so
 * an S-curve asked again, or for another day, sums only the periods not yet known (the current one),
 * and a project's cost history is read once (then only what was written since). A curve is kept per
 * project, baseline (whose costs never change) and exact set of tasks measured (a task added,
 * removed or turned into a summary is another curve); instants that are not settled yet (today, the
 * future) are always summed afresh.
 */
export class RecordedHistory {
  private readonly curves = new Map<string, Map<string, { ev: number; ac: number }>>();
  /** Cost ledgers by project, least recently used first (each the last read or extension of it). */
  private readonly ledgers = new Map<string, Promise<CostLedger>>();

  constructor(private readonly clock: Clock) {}

  /** Whether what was recorded before `at` is final. */
  settled(at: Date): boolean {
    return settledBy(this.clock, at);
  }

  /**
   * costEntriesAsOf for a settled `at`, from the project's ledger: its cost history read once up to
   * the settled horizon, then only the rows written since the last horizon read. Fresh entries every
   * time (the caller may keep or change them).
   */
  async costEntriesAsOf(m: EntityManager | DataSource, projectId: string, at: Date): Promise<PlanDocument['costEntries']> {
    if (!this.settled(at)) return costEntriesAsOf(m, projectId, at);
    // One reader or writer of a project's ledger at a time: each goes on from the one before.
    const before = this.ledgers.get(projectId) ?? Promise.resolve(null);
    const ledger = before.catch(() => null).then((kept) => this.ledgerTo(m, projectId, kept, at));
    keep(this.ledgers, projectId, ledger, KEPT_LEDGERS);
    return entriesAt(await ledger, at.getTime());
  }

  /**
   * The project's ledger holding every row before `at`: `kept` if it does and none of its rows went
   * with a deleted task (their count before its horizon is the same), else extended (or read afresh)
   * up to the settled horizon of now.
   */
  private async ledgerTo(m: EntityManager | DataSource, projectId: string, kept: CostLedger | null, at: Date): Promise<CostLedger> {
    const horizon = this.clock.now().getTime() - SETTLED_MS;
    if (!kept) return readLedger(m, projectId, newLedger(), horizon);
    const [{ rows }] = (await m.query(`SELECT count(*)::int AS rows FROM cost_history WHERE project_id = $1 AND at < $2`, [projectId, new Date(kept.horizon)])) as [
      { rows: number },
    ];
    if (rows !== kept.at.length) return readLedger(m, projectId, newLedger(), horizon);
    return kept.horizon >= at.getTime() ? kept : readLedger(m, projectId, kept, horizon);
  }

  /**
   * recordedProgress, summing only what happened after the last settled instant already known.
   * `periodEnds`: every period end of the curve (ascending; `instants` are those up to the status
   * date and the status date itself). The settled ones are summed first, all in one chain of
   * periods, when the last of them is not known yet: then a day asked for the first time sums only
   * from the period end before it, and a period end's figure never depends on which days were asked.
   */
  async progress(
    m: EntityManager | DataSource,
    projectId: string,
    baselineId: string,
    leafIds: TaskSet,
    taskIds: TaskSet,
    instants: string[],
    periodEnds: readonly string[] = [],
  ): Promise<RecordedProgress> {
    if (!instants.length) return new Map();
    const leaves = sqlSet(leafIds);
    const tasks = sqlSet(taskIds);
    const key = `${projectId}|${baselineId}|${leaves.key}|${tasks.key}`;
    const settledEnds = periodEnds.filter((end) => this.settled(instantDate(end)));
    if (settledEnds.length && !this.curves.get(key)?.has(settledEnds[settledEnds.length - 1]!)) {
      await this.sumCurve(m, key, projectId, baselineId, leaves, tasks, settledEnds);
    }
    return this.sumCurve(m, key, projectId, baselineId, leaves, tasks, instants);
  }

  private async sumCurve(
    m: EntityManager | DataSource,
    key: string,
    projectId: string,
    baselineId: string,
    leafIds: SqlTaskSet,
    taskIds: SqlTaskSet,
    instants: readonly string[],
  ): Promise<RecordedProgress> {
    const recorded = new Map<string, { ev: number; ac: number }>();
    const curve = this.curves.get(key) ?? new Map<string, { ev: number; ac: number }>();
    // The instants known in a row from the first; the sums go on from the last of them.
    let known = 0;
    while (known < instants.length && curve.has(instants[known]!)) known++;
    for (let i = 0; i < known; i++) recorded.set(instants[i]!, curve.get(instants[i]!)!);
    if (known < instants.length) {
      // What is settled when the sums are read (taken before: a write that ends meanwhile may be in them or not).
      const settledBefore = this.clock.now().getTime() - SETTLED_MS;
      const from = known > 0 ? known - 1 : 0;
      const rest = instants.slice(from);
      const sums = await recordedSums(m, projectId, baselineId, leafIds, taskIds, rest, known > 0 ? curve.get(instants[from]!)! : null);
      rest.forEach((instant, i) => {
        recorded.set(instant, sums[i]!);
        if (instantDate(instant).getTime() <= settledBefore) curve.set(instant, sums[i]!);
      });
    }
    if (curve.size) keep(this.curves, key, curve, KEPT_CURVES);
    return recorded;
  }
}

/**
 * A project's cost history before `horizon` (ms), in the order it was written (by `at`, then id),
 * one entry per row in each array; rows of one cost entry on one task and date form a group.
 */
interface CostLedger {
  horizon: number;
  at: number[];
  group: number[];
  /** The row's amount in hundredths (exact integers: sums are exact, as the database's numeric sums are). */
  amount: number[];
  /** The row's hours in hundredths, or null. */
  hours: (number | null)[];
  groups: { entryId: string; taskId: string; date: string }[];
  /** The group of each `entry|task|date`. */
  groupOf: Map<string, number>;
  /** The groups by date, then entry id (the order costEntriesAsOf answers in); null when groups were added since. */
  order: number[] | null;
}

function newLedger(): CostLedger {
  return { horizon: -Infinity, at: [], group: [], amount: [], hours: [], groups: [], groupOf: new Map(), order: null };
}

/** `ledger` with the project's cost history rows from its horizon to `horizon` added. */
async function readLedger(m: EntityManager | DataSource, projectId: string, ledger: CostLedger, horizon: number): Promise<CostLedger> {
  const rows = (await m.query(
    `SELECT entry_id AS "entryId", task_id AS "taskId", to_char(date, 'YYYY-MM-DD') AS date, (amount * 100)::float8 AS amount,
            (hours * 100)::float8 AS hours, (extract(epoch FROM at) * 1000)::float8 AS at
       FROM cost_history WHERE project_id = $1 AND at >= $2 AND at < $3
      ORDER BY at, id`,
    [projectId, new Date(Number.isFinite(ledger.horizon) ? ledger.horizon : 0), new Date(horizon)],
  )) as { entryId: string; taskId: string; date: string; amount: number; hours: number | null; at: number }[];
  for (const r of rows) {
    const key = `${r.entryId}|${r.taskId}|${r.date}`;
    let group = ledger.groupOf.get(key);
    if (group === undefined) {
      group = ledger.groups.push({ entryId: r.entryId, taskId: r.taskId, date: r.date }) - 1;
      ledger.groupOf.set(key, group);
      ledger.order = null;
    }
    ledger.at.push(r.at);
    ledger.group.push(group);
    ledger.amount.push(r.amount);
    ledger.hours.push(r.hours);
  }
  ledger.horizon = horizon;
  return ledger;
}

/** The entries on the books just before `at` (ms, at most the ledger's horizon), as costEntriesAsOf answers them. */
function entriesAt(ledger: CostLedger, at: number): PlanDocument['costEntries'] {
  const n = ledger.groups.length;
  const amount = new Float64Array(n);
  const hours = new Float64Array(n);
  const withHours = new Uint8Array(n);
  for (let i = 0; i < ledger.at.length && ledger.at[i]! < at; i++) {
    const g = ledger.group[i]!;
    amount[g]! += ledger.amount[i]!;
    const h = ledger.hours[i];
    if (h !== null && h !== undefined) {
      hours[g]! += h;
      withHours[g] = 1;
    }
  }
  const entries: PlanDocument['costEntries'] = [];
  for (const g of (ledger.order ??= groupOrder(ledger.groups))) {
    if (amount[g] === 0 && (!withHours[g] || hours[g] === 0)) continue;
    const { taskId, date } = ledger.groups[g]!;
    entries.push({ taskId, date, amount: amount[g]! / 100, ...(withHours[g] ? { hours: hours[g]! / 100 } : {}) });
  }
  return entries;
}

/** The groups' indexes by date, then entry id (lower-case UUIDs compare as the database compares them). */
function groupOrder(groups: CostLedger['groups']): number[] {
  const by = (a: number, b: number) => {
    const x = groups[a]!;
    const y = groups[b]!;
    return x.date < y.date ? -1 : x.date > y.date ? 1 : x.entryId < y.entryId ? -1 : x.entryId > y.entryId ? 1 : 0;
  };
  return groups.map((_, i) => i).sort(by);
}
