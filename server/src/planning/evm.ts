/**
 * Earned value at a status date, measured against a baseline.
 *
 * - BAC: the task's baseline cost.
 * - PV: BAC spread linearly over the working time between the baseline start and finish,
 *   taken up to the status date.
 * - EV: % complete x BAC.
 * - AC: cost entries dated on or before the status date; a task with no entries falls back
 *   to its recorded actual cost.
 * Summaries and the project add up the leaf tasks under them. Any ratio whose divisor is
 * zero is null, never NaN or Infinity.
 */
import type { BaselineSnapshot } from './baseline.js';
import { childrenOf, leavesUnder } from './baseline.js';
import { outline, type PlanDocument, type PlanDocumentTask } from './plan-document.js';
import { PlanInputError } from './errors.js';
import { PlanCalendars, nextDate, periodStartOf, sum } from './resources.js';
import type { WorkCalendar } from './calendar.js';

export interface EarnedValueOptions {
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'; the plan's status date when missing. A date alone means the end of that day. */
  statusDate?: string;
}

/**
 * Earned value and actual cost as they were recorded (progress history), cumulative, at instants
 * of the curve ('YYYY-MM-DDTHH:MM'): with them, the S-curve's past is what happened.
 */
export type RecordedProgress = ReadonlyMap<string, { ev: number; ac: number }>;

export interface SeriesOptions extends EarnedValueOptions {
  /** Recorded EV and AC at every instant `seriesInstants` names; without it the past is estimated. */
  recorded?: RecordedProgress;
}

export interface EarnedValue {
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  sv: number;
  cv: number;
  spi: number | null;
  cpi: number | null;
  /** Estimate at completion assuming future work runs at the current cost efficiency: BAC / CPI. */
  eacCpi: number | null;
  /** Estimate at completion when both cost and schedule performance persist: AC + (BAC - EV) / (CPI x SPI). */
  eacCpiSpi: number | null;
  /** Estimate to complete: EAC (by CPI) - AC. */
  etc: number | null;
  /** Variance at completion: BAC - EAC (by CPI). */
  vac: number | null;
  /** Cost efficiency the remaining work needs to finish on budget: (BAC - EV) / (BAC - AC). */
  tcpi: number | null;
}

export interface TaskEarnedValue extends EarnedValue {
  taskId: string;
}

export interface BranchEarnedValue extends EarnedValue {
  taskId: string;
  wbs: string;
}

export interface EarnedValueReport {
  statusDate: string;
  tasks: TaskEarnedValue[];
  branches: BranchEarnedValue[];
  project: EarnedValue;
}

interface Base {
  bac: number;
  pv: number;
  ev: number;
  ac: number;
}

/**
 * Earned value of one plan against one baseline, at a status date (`report`) and over time
 * (`series`): asking for both through one measure reads the plan and the baseline once.
 */
export interface EarnedValueMeasure {
  report(options?: EarnedValueOptions): EarnedValueReport;
  series(period: SeriesPeriod, options?: SeriesOptions): SeriesPoint[];
}

/**
 * What the measures of one plan's structure against one baseline share, whatever the status date
 * and the tasks' progress: its calendars, each task's working time over its baseline span and the
 * S-curve's planned value at period ends per set of leaf tasks. A past day's plan is the plan as it
 * is now (one fingerprint: same calendars, same tasks' calendars) with that day's tasks, so the
 * measures of every past day of one fingerprint and one baseline (a captured baseline never changes)
 * share one: a day asked for the first time measures only what depends on it. Each figure is
 * computed by the same steps in the same order as without it, so the answers are the same.
 */
export class EarnedValueKept {
  /** The baseline's tasks by id: a plan measured with this carries some or all of them. */
  readonly baseline: ReadonlyMap<string, BaselineSnapshot['tasks'][number]>;
  private calendarSet: PlanCalendars | undefined;
  private readonly calendars = new Map<string, WorkCalendar>();
  private readonly spans = new Map<string, number>();
  /** Planned value at period ends per set of leaves (most recently used last). */
  private readonly curves: { ends: string; leaves: readonly string[]; values: number[] }[] = [];

  constructor(baseline: BaselineSnapshot) {
    this.baseline = new Map(baseline.tasks.map((t) => [t.taskId, t]));
  }

  /** The calendar of a task of `plan` (which calendar a task works on is part of the plan's structure). */
  calendarOf(plan: PlanDocument, taskId: string): WorkCalendar {
    let calendar = this.calendars.get(taskId);
    if (!calendar) {
      // Every task of this plan at once: the next plans (other days) have mostly the same tasks.
      const set = (this.calendarSet ??= new PlanCalendars(plan));
      for (const task of plan.tasks) if (!this.calendars.has(task.id)) this.calendars.set(task.id, set.forTask(task));
      calendar = this.calendars.get(taskId) ?? set.project;
    }
    return calendar;
  }

  /** Working minutes of the task's baseline span, measured once. */
  spanMinutes(taskId: string, measure: () => number): number {
    let minutes = this.spans.get(taskId);
    if (minutes === undefined) {
      minutes = measure();
      this.spans.set(taskId, minutes);
    }
    return minutes;
  }

  /** The planned value curve at `ends` of exactly these leaves (in this order), computed once. */
  curve(leaves: readonly string[], ends: readonly string[], compute: () => number[]): number[] {
    const key = ends.join(',');
    const index = this.curves.findIndex((c) => c.ends === key && sameIds(c.leaves, leaves));
    const found = index >= 0 ? this.curves.splice(index, 1)[0]! : { ends: key, leaves, values: compute() };
    this.curves.push(found);
    if (this.curves.length > KEPT_CURVES) this.curves.shift();
    return found.values;
  }
}

/** Planned value curves kept per baseline and plan structure (a few dozen numbers each). */
const KEPT_CURVES = 8;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * With `kept`, what does not depend on the status date or the tasks' progress is shared with the
 * other measures of the same plan structure and baseline (see EarnedValueKept).
 */
export function earnedValueMeasure(plan: PlanDocument, baseline: BaselineSnapshot, kept?: EarnedValueKept): EarnedValueMeasure {
  let shared: { model: EarnedValueModel; children: Map<string, string[]> } | undefined;
  const read = () => (shared ??= { model: new EarnedValueModel(plan, baseline, kept), children: childrenOf(plan.tasks) });
  return {
    report: (options = {}) => {
      const { model, children } = read();
      return report(plan, model, children, options);
    },
    series: (period, options = {}) => {
      const { model, children } = read();
      return series(plan, baseline, model, children, period, options);
    },
  };
}

export function earnedValue(plan: PlanDocument, baseline: BaselineSnapshot, options: EarnedValueOptions = {}): EarnedValueReport {
  return earnedValueMeasure(plan, baseline).report(options);
}

function report(plan: PlanDocument, model: EarnedValueModel, children: Map<string, string[]>, options: EarnedValueOptions): EarnedValueReport {
  const statusDate = resolveStatusDate(plan, options.statusDate);
  const bases = new Map(plan.tasks.map((t) => [t.id, model.taskBase(t, statusDate, children.has(t.id))]));
  // Budgets and progress come from the leaf tasks (a summary's baseline cost is their sum);
  // actual cost also counts entries booked on the summaries themselves.
  // Each summary's figures once (the task list, the branches and the project all ask for them).
  const branches = new Map<string, Base>();
  const branch = (id: string): Base => {
    let found = branches.get(id);
    if (!found) {
      found = {
        ...add(leavesUnder(id, children).map((leaf) => bases.get(leaf)!)),
        ac: subtreeCost(id, children, bases),
      };
      branches.set(id, found);
    }
    return found;
  };
  const roots = plan.tasks.filter((t) => !t.parentId).map((t) => t.id);
  const project = metrics(add(roots.map(branch)));
  // The rows per task and per branch are made on first read: many callers want the project's figures only.
  let tasks: TaskEarnedValue[] | undefined;
  let branchRows: BranchEarnedValue[] | undefined;
  return {
    statusDate,
    get tasks() {
      return (tasks ??= plan.tasks.map((t) => ({ taskId: t.id, ...metrics(children.has(t.id) ? branch(t.id) : bases.get(t.id)!) })));
    },
    get branches() {
      return (branchRows ??= outline(plan.tasks)
        .filter((row) => children.has(row.task.id))
        .map((row) => ({ taskId: row.task.id, wbs: row.wbs, ...metrics(branch(row.task.id)) })));
    },
    project,
  };
}

export type SeriesPeriod = 'WEEK' | 'MONTH';

export interface SeriesPoint {
  /** First and last day of the period. */
  periodStart: string;
  periodEnd: string;
  /** Cumulative planned value at the end of the period. */
  pv: number;
  /** Cumulative earned value; null for periods after the status date. */
  ev: number | null;
  /** Cumulative actual cost; null for periods after the status date. */
  ac: number | null;
}

interface SeriesPeriodSpan {
  periodStart: string;
  following: string;
  /** The end of the period ('YYYY-MM-DDTHH:MM'). */
  end: string;
  /** Where EV and AC are read for a period that has begun by the status date; null for later ones. */
  at: string | null;
}

function seriesSpans(plan: PlanDocument, baseline: BaselineSnapshot, period: SeriesPeriod, statusDate: string): SeriesPeriodSpan[] {
  const starts = baseline.tasks.map((t) => t.start).filter((d): d is string => d !== undefined);
  const finishes = baseline.tasks.map((t) => t.finish).filter((d): d is string => d !== undefined);
  if (starts.length === 0) return [];
  const first = starts.reduce((a, b) => (a < b ? a : b)).slice(0, 10);
  const last = [...finishes, statusDate].reduce((a, b) => (a > b ? a : b)).slice(0, 10);
  const spans: SeriesPeriodSpan[] = [];
  let periodStart = periodStartOf(first, period);
  while (periodStart <= last) {
    const following = nextPeriodStart(periodStart, period);
    const end = `${following}T00:00`;
    const past = periodStart <= statusDate.slice(0, 10);
    spans.push({ periodStart, following, end, at: past ? (end > statusDate ? statusDate : end) : null });
    periodStart = following;
  }
  return spans;
}

/** The instants at which the S-curve reads EV and AC (ascending): what recorded progress must answer for. */
export function seriesInstants(plan: PlanDocument, baseline: BaselineSnapshot, period: SeriesPeriod, options: EarnedValueOptions = {}): string[] {
  const statusDate = resolveStatusDate(plan, options.statusDate);
  return seriesSpans(plan, baseline, period, statusDate).flatMap((s) => (s.at === null ? [] : [s.at]));
}

/** The end of every period of the S-curve up to `options.statusDate` or the baseline's finish, whichever is later (ascending). */
export function seriesPeriodEnds(plan: PlanDocument, baseline: BaselineSnapshot, period: SeriesPeriod, options: EarnedValueOptions = {}): string[] {
  return seriesSpans(plan, baseline, period, resolveStatusDate(plan, options.statusDate)).map((s) => s.end);
}

/**
 * The S-curve: cumulative PV, EV and AC per period, from the earliest baseline start to the
 * later of the baseline finish and the status date. PV comes from the baseline; EV and AC of past
 * periods are the recorded ones when `recorded` is given (the server always gives them, from its
 * progress history). Without a record, EV in past periods is estimated by spreading current
 * progress linearly over each task's working time from its actual (or baseline) start to the status
 * date or its actual finish.
 */
export function earnedValueSeries(plan: PlanDocument, baseline: BaselineSnapshot, period: SeriesPeriod, options: SeriesOptions = {}): SeriesPoint[] {
  return earnedValueMeasure(plan, baseline).series(period, options);
}

function series(plan: PlanDocument, baseline: BaselineSnapshot, model: EarnedValueModel, children: Map<string, string[]>, period: SeriesPeriod, options: SeriesOptions): SeriesPoint[] {
  const statusDate = resolveStatusDate(plan, options.statusDate);
  const leaves = plan.tasks.filter((t) => !children.has(t.id));
  const spans = seriesSpans(plan, baseline, period, statusDate);
  const pvs = model.plannedValueCurve(
    leaves.map((t) => t.id),
    spans.map((s) => s.end),
  );
  return spans.map(({ periodStart, following, at }, i) => {
    const recorded = at === null ? undefined : options.recorded?.get(at);
    return {
      periodStart,
      periodEnd: previousDate(following),
      pv: round(pvs[i]!),
      ev: at === null ? null : round(recorded ? recorded.ev : sum(leaves.map((t) => model.earnedValueAt(t, at, statusDate)))),
      ac: at === null ? null : round(recorded ? recorded.ac : sum(plan.tasks.map((t) => model.actualCost(t, at, children.has(t.id))))),
    };
  });
}

class EarnedValueModel {
  private calendarSet: PlanCalendars | undefined;
  private readonly baseline: ReadonlyMap<string, BaselineSnapshot['tasks'][number]>;
  private taskIndex: Map<string, PlanDocumentTask> | undefined;
  private readonly entries: Map<string, PlanDocument['costEntries']>;

  /**
   * With `kept`, its baseline stands for `baseline`: the plan's tasks are looked up only, and the
   * kept baseline has every task the given one has (the given one may leave out tasks not in the plan).
   */
  constructor(
    private readonly plan: PlanDocument,
    baseline: BaselineSnapshot,
    private readonly kept?: EarnedValueKept,
  ) {
    this.baseline = kept ? kept.baseline : new Map(baseline.tasks.map((t) => [t.taskId, t]));
    this.entries = new Map();
    for (const entry of plan.costEntries) {
      const list = this.entries.get(entry.taskId);
      if (list) list.push(entry);
      else this.entries.set(entry.taskId, [entry]);
    }
  }

  taskBase(task: PlanDocumentTask, statusDate: string, summary: boolean): Base {
    const bac = this.baseline.get(task.id)?.cost ?? 0;
    return {
      bac,
      pv: this.plannedValue(task.id, statusDate),
      ev: ((task.percentComplete ?? 0) / 100) * bac,
      ac: this.actualCost(task, statusDate, summary),
    };
  }

  /** BAC x the share of the baseline's working time elapsed by `at`. */
  plannedValue(taskId: string, at: string): number {
    const b = this.baseline.get(taskId);
    const bac = b?.cost ?? 0;
    if (!b?.start || !b.finish || bac === 0) return 0;
    return bac * this.workingShare(taskId, b.start, b.finish, at, true);
  }

  /**
   * Cumulative PV of the given tasks at each of the ascending instants `ends`: the same figures as
   * `plannedValue` per task and instant, but a task's working time is measured only at the instants
   * inside its baseline span; from its baseline finish on it adds its whole cost (a running sum).
   */
  plannedValueCurve(taskIds: readonly string[], ends: readonly string[]): number[] {
    return this.kept ? this.kept.curve(taskIds, ends, () => this.curveOf(taskIds, ends)) : this.curveOf(taskIds, ends);
  }

  private curveOf(taskIds: readonly string[], ends: readonly string[]): number[] {
    const partial = new Array<number>(ends.length).fill(0);
    const whole = new Array<number>(ends.length + 1).fill(0);
    for (const id of taskIds) {
      const b = this.baseline.get(id);
      const bac = b?.cost ?? 0;
      if (!b?.start || !b.finish || bac === 0) continue;
      // The first instant after the start: before it the task has planned nothing.
      let i = firstAfter(ends, b.start);
      for (; i < ends.length && ends[i]! < b.finish; i++) partial[i]! += bac * this.workingShare(id, b.start, b.finish, ends[i]!, true);
      whole[i]! += bac;
    }
    let done = 0;
    return partial.map((value, i) => {
      done += whole[i]!;
      return done + value;
    });
  }

  /** EV as it stood at `at`, assuming progress was made evenly up to the status date. */
  earnedValueAt(task: PlanDocumentTask, at: string, statusDate: string): number {
    const b = this.baseline.get(task.id);
    const earned = ((task.percentComplete ?? 0) / 100) * (b?.cost ?? 0);
    if (earned === 0) return 0;
    const start = task.actualStart ?? b?.start;
    if (!start) return earned;
    const finish = task.actualFinish && task.actualFinish < statusDate ? task.actualFinish : statusDate;
    return earned * this.workingShare(task.id, start, finish, at);
  }

  /**
   * Cost entries up to `at`; without entries, the task's recorded actual cost. A summary's recorded
   * actual cost is the sum of its sub-tasks' (as MS Project writes it), so only its own entries count.
   */
  actualCost(task: PlanDocumentTask, at: string, summary: boolean): number {
    const entries = this.entries.get(task.id);
    if (!entries?.length) return summary ? 0 : (task.actualCost ?? 0);
    // A cost entry is booked for its whole day: it counts when its day begins before `at`.
    let total = 0;
    for (const e of entries) if (`${e.date}T00:00` < at) total += e.amount;
    return total;
  }

  /**
   * Share (0..1) of the working time from `start` to `finish` that has passed by `at`. `span`: the
   * task's baseline start and finish (their working time is kept with the kept measure).
   */
  private workingShare(taskId: string, start: string, finish: string, at: string, span = false): number {
    if (at <= start) return 0;
    if (at >= finish) return 1;
    const calendar = this.calendarOf(taskId);
    const total = span && this.kept ? this.kept.spanMinutes(taskId, () => calendar.workingMinutesBetween(start, finish)) : calendar.workingMinutesBetween(start, finish);
    if (total <= 0) return 1;
    return Math.min(1, Math.max(0, calendar.workingMinutesBetween(start, at) / total));
  }

  /** The calendar of a task of the plan (only the plan's tasks are measured). */
  private calendarOf(taskId: string): WorkCalendar {
    if (this.kept) return this.kept.calendarOf(this.plan, taskId);
    this.taskIndex ??= new Map(this.plan.tasks.map((t) => [t.id, t]));
    this.calendarSet ??= new PlanCalendars(this.plan);
    return this.calendarSet.forTask(this.taskIndex.get(taskId) ?? {});
  }
}

/** The actual cost of a task and everything under it, added up in the order of `subtree`. */
function subtreeCost(id: string, children: ReadonlyMap<string, string[]>, bases: ReadonlyMap<string, Base>): number {
  let total = 0;
  const visit = (task: string) => {
    total += bases.get(task)!.ac;
    for (const child of children.get(task) ?? []) visit(child);
  };
  visit(id);
  return total;
}

/** Index of the first of the ascending `values` greater than `value` (values.length when none is). */
function firstAfter(values: readonly string[], value: string): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function resolveStatusDate(plan: PlanDocument, given: string | undefined): string {
  const value = given ?? plan.project.statusDate;
  if (!value) throw new PlanInputError('project.statusDate', 'earned value needs a status date: pass one or set project.statusDate');
  // A date on its own means the end of that day.
  return value.length === 10 ? `${nextDate(value)}T00:00` : value;
}

/** Each figure added up in the order given (as `sum` would). */
function add(bases: Base[]): Base {
  let bac = 0;
  let pv = 0;
  let ev = 0;
  let ac = 0;
  for (const b of bases) {
    bac += b.bac;
    pv += b.pv;
    ev += b.ev;
    ac += b.ac;
  }
  return { bac, pv, ev, ac };
}

function metrics({ bac, pv, ev, ac }: Base): EarnedValue {
  const spi = ratio(ev, pv);
  const cpi = ratio(ev, ac);
  const eacCpi = cpi === null ? null : ratio(bac, cpi);
  const performance = cpi === null || spi === null ? null : cpi * spi;
  const eacCpiSpi = performance === null ? null : nullable(ratio(bac - ev, performance), (r) => ac + r);
  const etc = eacCpi === null ? null : eacCpi - ac;
  return {
    bac: round(bac),
    pv: round(pv),
    ev: round(ev),
    ac: round(ac),
    sv: round(ev - pv),
    cv: round(ev - ac),
    spi: roundOrNull(spi),
    cpi: roundOrNull(cpi),
    eacCpi: roundOrNull(eacCpi),
    eacCpiSpi: roundOrNull(eacCpiSpi),
    etc: roundOrNull(etc),
    vac: eacCpi === null ? null : round(bac - eacCpi),
    tcpi: roundOrNull(ratio(bac - ev, bac - ac)),
  };
}

/** a / b, or null when b is zero (or the result is not a finite number). */
function ratio(a: number, b: number): number | null {
  if (b === 0) return null;
  const value = a / b;
  return Number.isFinite(value) ? value : null;
}

function nullable<T, R>(value: T | null, f: (v: T) => R): R | null {
  return value === null ? null : f(value);
}

function nextPeriodStart(periodStart: string, period: SeriesPeriod): string {
  if (period === 'MONTH') {
    const [y, m] = periodStart.split('-').map(Number);
    return new Date(Date.UTC(y!, m!, 1)).toISOString().slice(0, 10);
  }
  const day = new Date(`${periodStart}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  return day.toISOString().slice(0, 10);
}

function previousDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Money and indices to a fixed precision so equal figures compare equal. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value);
}
