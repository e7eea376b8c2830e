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
import { outline, type PlanDocument, type PlanDocumentTask } from './plan-document.js';
import { PlanInputError } from './errors.js';
import { PlanCalendars, nextDate, periodStartOf } from './resources.js';
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
  /** See seriesInstants. */
  instants(period: SeriesPeriod, options?: EarnedValueOptions): string[];
  /** See seriesPeriodEnds. */
  periodEnds(period: SeriesPeriod, options?: EarnedValueOptions): string[];
}

type BaselineTask = BaselineSnapshot['tasks'][number];

/**
 * What the measures of one plan's structure against one baseline share, whatever the status date
 * and the tasks' progress: its calendars and, per list of tasks measured (see TaskLayout), the tree,
 * each task's baseline values, the working time of its baseline span and the S-curve's planned value
 * at period ends. A past day's plan is the plan as it is now (one fingerprint: same calendars, same
 * tasks' calendars) with that day's tasks, so the measures of every past day of one fingerprint and
 * one baseline (a captured baseline never changes) share one: a day asked for the first time
 * measures only what depends on it. Each figure is computed by the same steps in the same order as
 * without it, so the answers are the same.
 */
export class EarnedValueKept {
  /** The baseline's tasks by id: a plan measured with this carries some or all of them. */
  readonly baseline: ReadonlyMap<string, BaselineTask>;
  private calendarSet: PlanCalendars | undefined;
  private readonly calendars = new Map<string, WorkCalendar>();
  /** The task lists measured (most recently used last): the days of one plan mostly share one. */
  private readonly layouts: TaskLayout[] = [];
  /** The layout found for a list of tasks (a day's instants, period ends and figures measure one list). */
  private readonly found = new WeakMap<readonly PlanDocumentTask[], TaskLayout>();

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

  /** The layout of the plan's tasks against the kept baseline: the one kept when a plan had the same tasks in the same tree. */
  layoutOf(plan: PlanDocument): TaskLayout {
    const known = this.found.get(plan.tasks);
    const index = known ? this.layouts.indexOf(known) : this.layouts.findIndex((kept) => kept.fits(plan.tasks));
    const layout = index >= 0 ? this.layouts.splice(index, 1)[0]! : (known ?? new TaskLayout(plan.tasks, this.baseline));
    this.found.set(plan.tasks, layout);
    this.layouts.push(layout);
    if (this.layouts.length > KEPT_LAYOUTS) this.layouts.shift();
    return layout;
  }
}

/** Task lists kept per baseline and plan structure (about a megabyte and a half each at 10,000 tasks, with the tasks it was made from). */
const KEPT_LAYOUTS = 4;
/** Planned value curves kept per task list (a few dozen numbers each). */
const KEPT_CURVES = 8;

/** First baseline start and last baseline finish of some tasks: where the S-curve runs. */
interface BaselineRange {
  first: string | undefined;
  last: string | undefined;
}

function baselineRange(tasks: readonly (BaselineTask | undefined)[]): BaselineRange {
  let first: string | undefined;
  let last: string | undefined;
  for (const t of tasks) {
    if (t?.start !== undefined && (first === undefined || t.start < first)) first = t.start;
    if (t?.finish !== undefined && (last === undefined || t.finish > last)) last = t.finish;
  }
  return { first, last };
}

/**
 * A plan's list of tasks as earned value reads it, by position in `plan.tasks`: the tree (which
 * tasks are summaries, each task's subtree as a run of a depth-first order) and each task's baseline
 * values, with what is measured of them once (the working time of the baseline span, the planned
 * value curve). A day's progress and cost entries are then added up over arrays of positions. Task
 * ids are unique.
 */
class TaskLayout {
  /** Each task's id, by position. */
  readonly ids: string[];
  private readonly parents: (string | null | undefined)[];
  private readonly orders: number[];
  /** The summaries in outline order with their WBS codes, once asked. */
  private summaryRows: { position: number; wbs: string }[] | undefined;
  /** Each task's position by id. */
  readonly position: Map<string, number>;
  /** Each task's baseline values, by position. */
  readonly baseline: (BaselineTask | undefined)[];
  /** Each task's baseline cost (BAC), by position. */
  readonly bac: Float64Array;
  /** 1 where a task has tasks of the plan under it: its figures add up those of the leaves under it. */
  readonly summary: Uint8Array;
  /** The tasks with no parent, in plan order: the project adds up their branches. */
  readonly roots: number[] = [];
  /**
   * Positions depth first, each task before the tasks under it, children in plan order, from every
   * task whose parent is not in the plan: the order the leaves under a task and its subtree are added in.
   */
  readonly preorder: Int32Array;
  /** Where each task's subtree begins and ends (exclusive) in `preorder`. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Working minutes of each task's baseline span, once measured (NaN before). */
  private readonly spans: Float64Array;
  private readonly curves = new Map<string, number[]>();
  private range: BaselineRange | undefined;

  constructor(
    private readonly tasks: readonly PlanDocumentTask[],
    baseline: ReadonlyMap<string, BaselineTask>,
  ) {
    const n = tasks.length;
    this.ids = tasks.map((t) => t.id);
    this.parents = tasks.map((t) => t.parentId);
    this.orders = tasks.map((t) => t.order);
    this.position = new Map(this.ids.map((id, i) => [id, i]));
    this.baseline = this.ids.map((id) => baseline.get(id));
    this.bac = Float64Array.from(this.baseline, (b) => b?.cost ?? 0);
    this.summary = new Uint8Array(n);
    this.spans = new Float64Array(n).fill(NaN);
    // The children of each task, in plan order, as runs of one array.
    const parentAt = new Int32Array(n).fill(-1);
    const childCount = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const parentId = tasks[i]!.parentId;
      const parent = parentId ? this.position.get(parentId) : undefined;
      if (!parentId) this.roots.push(i);
      if (parent === undefined) continue;
      parentAt[i] = parent;
      this.summary[parent] = 1;
      childCount[parent + 1]!++;
    }
    for (let i = 0; i < n; i++) childCount[i + 1]! += childCount[i]!;
    const children = new Int32Array(n);
    const filled = childCount.slice(0, n);
    for (let i = 0; i < n; i++) if (parentAt[i]! >= 0) children[filled[parentAt[i]!]!++] = i;
    this.preorder = new Int32Array(n);
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    let next = 0;
    const visit = (i: number): void => {
      this.from[i] = next;
      this.preorder[next++] = i;
      for (let c = childCount[i]!; c < childCount[i + 1]!; c++) visit(children[c]!);
      this.to[i] = next;
    };
    for (let i = 0; i < n; i++) if (parentAt[i] === -1) visit(i);
  }

  /** Whether `tasks` are this layout's tasks, in the same order and tree, each in the same place among its siblings. */
  fits(tasks: readonly PlanDocumentTask[]): boolean {
    if (tasks.length !== this.ids.length) return false;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i]!;
      if (t.id !== this.ids[i] || t.parentId !== this.parents[i] || t.order !== this.orders[i]) return false;
    }
    return true;
  }

  /** The summaries in outline order, with their WBS codes (the outline is that of every plan this layout fits). */
  summariesInOutline(): readonly { position: number; wbs: string }[] {
    return (this.summaryRows ??= outline(this.tasks).flatMap((row) => {
      const position = this.position.get(row.task.id)!;
      return this.summary[position] ? [{ position, wbs: row.wbs }] : [];
    }));
  }

  /** Where the S-curve of these tasks' baseline runs. */
  baselineRange(): BaselineRange {
    return (this.range ??= baselineRange(this.baseline));
  }

  /** Working minutes of a task's baseline span, measured once. */
  spanMinutes(i: number, measure: () => number): number {
    let minutes = this.spans[i]!;
    if (Number.isNaN(minutes)) this.spans[i] = minutes = measure();
    return minutes;
  }

  /** The planned value curve of the leaves at `ends`, computed once. */
  curve(ends: readonly string[], compute: () => number[]): number[] {
    const key = ends.join(',');
    let values = this.curves.get(key);
    if (!values) {
      values = compute();
      this.curves.set(key, values);
      if (this.curves.size > KEPT_CURVES) this.curves.delete(this.curves.keys().next().value!);
    }
    return values;
  }

  /** A summary's figures: BAC, PV and EV of the leaves under it, AC of its whole subtree, each added up depth first. */
  branch(i: number, bases: Bases): Base {
    let bac = 0;
    let pv = 0;
    let ev = 0;
    let ac = 0;
    for (let k = this.from[i]!; k < this.to[i]!; k++) {
      const p = this.preorder[k]!;
      if (!this.summary[p]) {
        bac += this.bac[p]!;
        pv += bases.pv[p]!;
        ev += bases.ev[p]!;
      }
      ac += bases.ac[p]!;
    }
    return { bac, pv, ev, ac };
  }
}

/** PV, EV and AC of every task of a plan at one status date, by position. */
interface Bases {
  pv: Float64Array;
  ev: Float64Array;
  ac: Float64Array;
}

/**
 * With `kept`, what does not depend on the status date or the tasks' progress is shared with the
 * other measures of the same plan structure and baseline (see EarnedValueKept), and the plan's tasks
 * stand for the baseline's: `baseline` is not read (the kept one has every task it would have).
 */
export function earnedValueMeasure(plan: PlanDocument, baseline: BaselineSnapshot, kept?: EarnedValueKept): EarnedValueMeasure {
  let layout: TaskLayout | undefined;
  let model: EarnedValueModel | undefined;
  const layoutOf = () => (layout ??= kept ? kept.layoutOf(plan) : new TaskLayout(plan.tasks, new Map(baseline.tasks.map((t) => [t.taskId, t]))));
  const read = () => (model ??= new EarnedValueModel(plan, layoutOf(), kept));
  const range = () => (kept ? layoutOf().baselineRange() : baselineRange(baseline.tasks));
  return {
    report: (options = {}) => report(plan, read(), options),
    series: (period, options = {}) => series(plan, read(), range(), period, options),
    instants: (period, options = {}) => seriesSpans(range(), period, resolveStatusDate(plan, options.statusDate)).flatMap((s) => (s.at === null ? [] : [s.at])),
    periodEnds: (period, options = {}) => seriesSpans(range(), period, resolveStatusDate(plan, options.statusDate)).map((s) => s.end),
  };
}

export function earnedValue(plan: PlanDocument, baseline: BaselineSnapshot, options: EarnedValueOptions = {}): EarnedValueReport {
  return earnedValueMeasure(plan, baseline).report(options);
}

function report(plan: PlanDocument, model: EarnedValueModel, options: EarnedValueOptions): EarnedValueReport {
  const statusDate = resolveStatusDate(plan, options.statusDate);
  return reportOf(statusDate, model.layout, model.bases(statusDate));
}

/**
 * The report from every task's figures. It holds no reference to the plan: a report kept for its
 * rows keeps typed arrays and the shared layout, not a day's copy of ten thousand tasks.
 */
function reportOf(statusDate: string, layout: TaskLayout, bases: Bases): EarnedValueReport {
  // Budgets and progress come from the leaf tasks (a summary's baseline cost is their sum);
  // actual cost also counts entries booked on the summaries themselves.
  // Each summary's figures once (the task list, the branches and the project all ask for them).
  const branches: (Base | undefined)[] = [];
  const branch = (i: number): Base => (branches[i] ??= layout.branch(i, bases));
  const project = metrics(add(layout.roots.map(branch)));
  // The rows per task and per branch are made on first read: many callers want the project's figures only.
  let tasks: TaskEarnedValue[] | undefined;
  let branchRows: BranchEarnedValue[] | undefined;
  return {
    statusDate,
    get tasks() {
      return (tasks ??= layout.ids.map((taskId, i) => ({
        taskId,
        ...metrics(layout.summary[i] ? branch(i) : { bac: layout.bac[i]!, pv: bases.pv[i]!, ev: bases.ev[i]!, ac: bases.ac[i]! }),
      })));
    },
    get branches() {
      return (branchRows ??= layout.summariesInOutline().map(({ position, wbs }) => ({ taskId: layout.ids[position]!, wbs, ...metrics(branch(position)) })));
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

function seriesSpans(range: BaselineRange, period: SeriesPeriod, statusDate: string): SeriesPeriodSpan[] {
  if (range.first === undefined) return [];
  const first = range.first.slice(0, 10);
  const last = (range.last === undefined || statusDate > range.last ? statusDate : range.last).slice(0, 10);
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

/**
 * The instants at which the S-curve reads EV and AC (ascending): what recorded progress must answer
 * for. With `kept`, over the baseline of the plan's tasks (as earnedValueMeasure reads it).
 */
export function seriesInstants(plan: PlanDocument, baseline: BaselineSnapshot, period: SeriesPeriod, options: EarnedValueOptions = {}, kept?: EarnedValueKept): string[] {
  return earnedValueMeasure(plan, baseline, kept).instants(period, options);
}

/**
 * The end of every period of the S-curve up to `options.statusDate` or the baseline's finish,
 * whichever is later (ascending). With `kept`, as seriesInstants.
 */
export function seriesPeriodEnds(plan: PlanDocument, baseline: BaselineSnapshot, period: SeriesPeriod, options: EarnedValueOptions = {}, kept?: EarnedValueKept): string[] {
  return earnedValueMeasure(plan, baseline, kept).periodEnds(period, options);
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

function series(plan: PlanDocument, model: EarnedValueModel, range: BaselineRange, period: SeriesPeriod, options: SeriesOptions): SeriesPoint[] {
  const statusDate = resolveStatusDate(plan, options.statusDate);
  const spans = seriesSpans(range, period, statusDate);
  const pvs = model.plannedValueCurve(spans.map((s) => s.end));
  return spans.map(({ periodStart, following, at }, i) => {
    const recorded = at === null ? undefined : options.recorded?.get(at);
    return {
      periodStart,
      periodEnd: previousDate(following),
      pv: round(pvs[i]!),
      ev: at === null ? null : round(recorded ? recorded.ev : model.earnedValueAt(at, statusDate)),
      ac: at === null ? null : round(recorded ? recorded.ac : model.actualCostAt(at)),
    };
  });
}

/** One plan's tasks against the baseline, by position in the plan (see TaskLayout). */
class EarnedValueModel {
  private calendarSet: PlanCalendars | undefined;
  /** The position of each cost entry's task (-1: a task not in the plan). */
  private readonly entryTasks: Int32Array;
  /** 1 where a task has cost entries: then they are its actual cost, not its recorded one. */
  private readonly booked: Uint8Array;

  constructor(
    private readonly plan: PlanDocument,
    readonly layout: TaskLayout,
    private readonly kept?: EarnedValueKept,
  ) {
    const { costEntries } = plan;
    this.booked = new Uint8Array(plan.tasks.length);
    this.entryTasks = new Int32Array(costEntries.length);
    for (let e = 0; e < costEntries.length; e++) {
      const i = layout.position.get(costEntries[e]!.taskId) ?? -1;
      if (i >= 0) this.booked[i] = 1;
      this.entryTasks[e] = i;
    }
  }

  /** Every task's PV, EV and AC at the status date. */
  bases(statusDate: string): Bases {
    const { tasks } = this.plan;
    const pv = new Float64Array(tasks.length);
    const ev = new Float64Array(tasks.length);
    const ac = this.actualCosts(statusDate);
    for (let i = 0; i < tasks.length; i++) {
      // A summary's PV and EV are those of the leaves under it (see TaskLayout.branch).
      if (this.layout.summary[i]) continue;
      pv[i] = this.plannedValue(i, statusDate);
      ev[i] = ((tasks[i]!.percentComplete ?? 0) / 100) * this.layout.bac[i]!;
    }
    return { pv, ev, ac };
  }

  /** BAC x the share of the baseline's working time elapsed by `at`. */
  private plannedValue(i: number, at: string): number {
    const b = this.layout.baseline[i];
    const bac = this.layout.bac[i]!;
    if (!b?.start || !b.finish || bac === 0) return 0;
    return bac * this.workingShare(i, b.start, b.finish, at, true);
  }

  /**
   * Cumulative PV of the leaf tasks at each of the ascending instants `ends`: the same figures as
   * `plannedValue` per task and instant, but a task's working time is measured only at the instants
   * inside its baseline span; from its baseline finish on it adds its whole cost (a running sum).
   */
  plannedValueCurve(ends: readonly string[]): number[] {
    return this.layout.curve(ends, () => this.curveOf(ends));
  }

  private curveOf(ends: readonly string[]): number[] {
    const { layout } = this;
    const partial = new Array<number>(ends.length).fill(0);
    const whole = new Array<number>(ends.length + 1).fill(0);
    for (let t = 0; t < this.plan.tasks.length; t++) {
      const b = layout.baseline[t];
      const bac = layout.bac[t]!;
      if (layout.summary[t] || !b?.start || !b.finish || bac === 0) continue;
      // The first instant after the start: before it the task has planned nothing.
      let i = firstAfter(ends, b.start);
      for (; i < ends.length && ends[i]! < b.finish; i++) partial[i]! += bac * this.workingShare(t, b.start, b.finish, ends[i]!, true);
      whole[i]! += bac;
    }
    let done = 0;
    return partial.map((value, i) => {
      done += whole[i]!;
      return done + value;
    });
  }

  /** EV of the leaf tasks as it stood at `at`, assuming progress was made evenly up to the status date. */
  earnedValueAt(at: string, statusDate: string): number {
    let total = 0;
    for (let i = 0; i < this.plan.tasks.length; i++) if (!this.layout.summary[i]) total += this.taskEarnedValueAt(i, at, statusDate);
    return total;
  }

  private taskEarnedValueAt(i: number, at: string, statusDate: string): number {
    const task = this.plan.tasks[i]!;
    const earned = ((task.percentComplete ?? 0) / 100) * this.layout.bac[i]!;
    if (earned === 0) return 0;
    const start = task.actualStart ?? this.layout.baseline[i]?.start;
    if (!start) return earned;
    const finish = task.actualFinish && task.actualFinish < statusDate ? task.actualFinish : statusDate;
    return earned * this.workingShare(i, start, finish, at);
  }

  /** AC of every task at `at`, added up in plan order. */
  actualCostAt(at: string): number {
    let total = 0;
    for (const cost of this.actualCosts(at)) total += cost;
    return total;
  }

  /**
   * Every task's cost entries up to `at`; without entries, the task's recorded actual cost. A
   * summary's recorded actual cost is the sum of its sub-tasks' (as MS Project writes it), so only
   * its own entries count.
   */
  private actualCosts(at: string): Float64Array {
    const { tasks, costEntries } = this.plan;
    const costs = new Float64Array(tasks.length);
    for (let i = 0; i < tasks.length; i++) if (!this.booked[i] && !this.layout.summary[i]) costs[i] = tasks[i]!.actualCost ?? 0;
    // A cost entry is booked for its whole day: it counts when its day begins before `at`.
    const day = at.slice(0, 10);
    const dayBegunBefore = 'T00:00' < at.slice(10);
    for (let e = 0; e < costEntries.length; e++) {
      const i = this.entryTasks[e]!;
      if (i < 0) continue;
      const { date, amount } = costEntries[e]!;
      if (date.length === 10 ? date < day || (date === day && dayBegunBefore) : `${date}T00:00` < at) costs[i]! += amount;
    }
    return costs;
  }

  /**
   * Share (0..1) of the working time from `start` to `finish` that has passed by `at`. `span`: the
   * task's baseline start and finish (their working time is kept with the layout).
   */
  private workingShare(i: number, start: string, finish: string, at: string, span = false): number {
    if (at <= start) return 0;
    if (at >= finish) return 1;
    const calendar = this.calendarOf(i);
    const total = span ? this.layout.spanMinutes(i, () => calendar.workingMinutesBetween(start, finish)) : calendar.workingMinutesBetween(start, finish);
    if (total <= 0) return 1;
    return Math.min(1, Math.max(0, calendar.workingMinutesBetween(start, at) / total));
  }

  /** The calendar of the task at position `i`. */
  private calendarOf(i: number): WorkCalendar {
    const task = this.plan.tasks[i]!;
    if (this.kept) return this.kept.calendarOf(this.plan, task.id);
    return (this.calendarSet ??= new PlanCalendars(this.plan)).forTask(task);
  }
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
