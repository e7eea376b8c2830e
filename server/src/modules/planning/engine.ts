/**
 * The product's calls into the pure planning engine beyond the schedule itself (usage, leveling,
 * baselines and variance, earned value, CSV), shaped for the GraphQL types. One place, so the
 * services stay about access, validation and transactions.
 */
import { captureBaseline, variance, type Variance as EngineVariance } from '../../planning/baseline.js';
import { tasksCsv } from '../../planning/csv.js';
import { earnedValueMeasure, type EarnedValue as EngineEv, type EarnedValueKept, type EarnedValueMeasure, type RecordedProgress } from '../../planning/evm.js';
import { levelPlan } from '../../planning/leveling/index.js';
import type { ScheduleResult } from '../../planning/model.js';
import type { PlanDocument } from '../../planning/plan-document.js';
import { overallocatedDayCounts, resourceUsage, taskCosts } from '../../planning/resources.js';
import { BadUserInputError } from '../../common/errors.js';
import { planInput } from './plan-input.js';
import { UsagePeriod } from './planning.enums.js';
import type { EarnedValue, EvRow, LevelingPreview, ResourceUsage, Variance, VarianceRow } from './planning.types.js';

/** Generated schedules per leveling: enough for a good answer on plans of hundreds of tasks, quick on a request. */
const LEVELING_SCHEDULES = 2000;
/** The same plan always levels the same way, so the preview is what apply stores. */
const LEVELING_SEED = 1;

const round = (v: number, places = 2) => {
  const f = 10 ** places;
  return Math.round(v * f) / f;
};

export function usageRows(doc: PlanDocument, schedule: ScheduleResult, period: UsagePeriod, from: string | null, to: string | null): ResourceUsage[] {
  return resourceUsage(doc, schedule, { period, ...(from ? { from } : {}), ...(to ? { to } : {}) }).map((u) => ({
    resourceId: u.resourceId,
    periods: u.periods.map((c) => ({
      start: c.periodStart,
      workHours: round(c.workHours),
      capacityHours: round(c.capacityHours),
      overallocated: c.overAllocated,
      cost: round(c.cost),
    })),
  }));
}

/** Resource-days over capacity in a schedule (daily usage of every work resource). */
export function overallocatedDays(doc: PlanDocument, schedule: ScheduleResult): number {
  let days = 0;
  for (const n of overallocatedDayCounts(doc, schedule).values()) days += n;
  return days;
}

export interface LevelingOutcome {
  preview: LevelingPreview;
  /** Leveling delay per leaf task after leveling (0 where it stays). */
  delays: Map<string, number>;
}

export function levelingOutcome(doc: PlanDocument, _schedule: ScheduleResult): LevelingOutcome {
  // Cost resources are money, not capacity: leveling books work (and ignores materials itself).
  const levelled = new Set(doc.resources.filter((r) => r.type !== 'COST').map((r) => r.id));
  const result = levelPlan({
    ...planInput(doc),
    resources: doc.resources
      .filter((r) => levelled.has(r.id))
      .map((r) => ({ id: r.id, name: r.name, maxUnits: r.maxUnits ?? 1, calendarId: r.calendarId ?? null, type: r.type as 'WORK' | 'MATERIAL' })),
    assignments: doc.assignments.filter((a) => levelled.has(a.resourceId)).map((a) => ({ taskId: a.taskId, resourceId: a.resourceId, units: a.units })),
    maxSchedules: LEVELING_SCHEDULES,
    seed: LEVELING_SEED,
  });
  const delays = new Map(result.delays.map((d) => [d.taskId, round(d.levelingDelayDays)]));
  return {
    preview: {
      delays: [...delays].filter(([, d]) => d !== 0).map(([taskId, levelingDelayDays]) => ({ taskId, levelingDelayDays })),
      finishBefore: result.finishBefore,
      finishAfter: result.finishAfter,
      overallocationsRemaining: result.overallocationsRemaining.length,
    },
    delays,
  };
}

export interface BaselineRow {
  taskId: string;
  start: string;
  finish: string;
  durationDays: number;
  workHours: number;
  cost: number;
}

/** The current dates, work and cost of every scheduled task, as a baseline stores them. */
export function baselineSnapshot(doc: PlanDocument, schedule: ScheduleResult): BaselineRow[] {
  return captureBaseline(doc, schedule, taskCosts(doc, schedule)).tasks.flatMap((t) =>
    t.start && t.finish
      ? [{ taskId: t.taskId, start: t.start, finish: t.finish, durationDays: round(t.durationDays ?? 0), workHours: round(t.workHours ?? 0), cost: round(t.cost ?? 0) }]
      : [],
  );
}

const varianceRow = (taskId: string | null, v: EngineVariance): VarianceRow => ({
  taskId,
  startDays: v.startVarianceDays === null ? null : round(v.startVarianceDays),
  finishDays: v.finishVarianceDays === null ? null : round(v.finishVarianceDays),
  durationDays: v.durationVarianceDays === null ? null : round(v.durationVarianceDays),
  cost: v.costVariance === null ? null : round(v.costVariance),
});

/** The plan against its baseline number `n`. */
export function varianceOf(doc: PlanDocument, schedule: ScheduleResult, n: number, baselineId: string): Variance {
  const baseline = doc.baselines.find((b) => b.number === n);
  const report = variance({ plan: doc, schedule, costs: taskCosts(doc, schedule) }, { tasks: baseline?.tasks ?? [] });
  return {
    baselineId,
    project: varianceRow(null, report.project),
    branches: report.branches.map((b) => varianceRow(b.taskId, b)),
    tasks: report.tasks.map((t) => varianceRow(t.taskId, t)),
  };
}

const nullable = (v: number | null) => (v === null ? null : round(v, 4));
const evRow = (taskId: string | null, e: EngineEv): EvRow => ({
  taskId,
  pv: round(e.pv),
  ev: round(e.ev),
  ac: round(e.ac),
  sv: round(e.sv),
  cv: round(e.cv),
  spi: nullable(e.spi),
  cpi: nullable(e.cpi),
  eacCpi: nullable(e.eacCpi),
  eacCpiSpi: nullable(e.eacCpiSpi),
  etc: nullable(e.etc),
  vac: nullable(e.vac),
  tcpi: nullable(e.tcpi),
  bac: round(e.bac),
});

/**
 * Earned value at the status date against baseline number `n`, with the S-curve per week or month.
 * `kept`: what measures of the same plan structure and baseline share (see EarnedValueKept).
 */
export function earnedValueOf(doc: PlanDocument, statusDate: string, n: number, baselineId: string, period: UsagePeriod, recorded?: RecordedProgress, kept?: EarnedValueKept): EarnedValue;
/** With the recorded progress still being read: the figures at the status date are computed meanwhile. */
export function earnedValueOf(doc: PlanDocument, statusDate: string, n: number, baselineId: string, period: UsagePeriod, recorded: Promise<RecordedProgress>, kept?: EarnedValueKept): Promise<EarnedValue>;
export function earnedValueOf(
  doc: PlanDocument,
  statusDate: string,
  n: number,
  baselineId: string,
  period: UsagePeriod,
  recorded?: RecordedProgress | Promise<RecordedProgress>,
  kept?: EarnedValueKept,
): EarnedValue | Promise<EarnedValue> {
  if (period === UsagePeriod.DAY) {
    // A promise given is settled either way, so its failure is never left unhandled.
    if (recorded instanceof Promise) recorded.catch(() => undefined);
    throw new BadUserInputError('The earned value curve is by WEEK or MONTH', 'period');
  }
  const baseline = { tasks: doc.baselines.find((b) => b.number === n)?.tasks ?? [] };
  // The figures at the status date and the curve read the plan and the baseline once.
  const measure = earnedValueMeasure(doc, baseline, kept);
  let report: ReturnType<EarnedValueMeasure['report']>;
  try {
    report = measure.report({ statusDate });
  } catch (err) {
    if (recorded instanceof Promise) recorded.catch(() => undefined);
    throw err;
  }
  if (recorded instanceof Promise) return recorded.then((r) => earnedValueRows(measure, statusDate, baselineId, period, report, r));
  return earnedValueRows(measure, statusDate, baselineId, period, report, recorded);
}

function earnedValueRows(
  measure: EarnedValueMeasure,
  statusDate: string,
  baselineId: string,
  period: UsagePeriod,
  report: ReturnType<EarnedValueMeasure['report']>,
  recorded: RecordedProgress | undefined,
): EarnedValue {
  const series = measure.series(period === UsagePeriod.MONTH ? 'MONTH' : 'WEEK', { statusDate, ...(recorded ? { recorded } : {}) });
  let branches: EvRow[] | undefined;
  let tasks: EvRow[] | undefined;
  return {
    statusDate,
    baselineId,
    project: evRow(null, report.project),
    // Thousands of rows: made only when the query asks for them.
    get branches() {
      return (branches ??= report.branches.map((b) => evRow(b.taskId, b)));
    },
    get tasks() {
      return (tasks ??= report.tasks.map((t) => evRow(t.taskId, t)));
    },
    series: series.map((p) => ({ date: p.periodEnd, pv: round(p.pv), ev: p.ev === null ? null : round(p.ev), ac: p.ac === null ? null : round(p.ac) })),
  };
}

export function csvOf(doc: PlanDocument, schedule: ScheduleResult): string {
  return tasksCsv(doc, schedule);
}
