/**
 * Baselines and variance: a frozen copy of the plan's dates, work and cost, and how far the
 * current schedule has moved from it, per task, per WBS branch and for the whole project.
 */
import type { WorkCalendar } from './calendar.js';
import type { ScheduleResult } from './model.js';
import type { BaselineTaskValues, PlanDocument, PlanDocumentTask } from './plan-document.js';
import { outline } from './plan-document.js';
import { PlanCalendars, sum, type TaskCost } from './resources.js';

/** Per task: start, finish, duration in working days, work hours and cost, as they were when captured. */
export interface BaselineSnapshot {
  capturedAt?: string;
  tasks: BaselineTaskValues[];
}

export interface CaptureOptions {
  /** When the baseline was taken ('YYYY-MM-DDTHH:MM'). */
  capturedAt?: string;
}

/** Freezes the current schedule and costs. Store it in `PlanDocument.baselines` with a number 0-10. */
export function captureBaseline(
  plan: PlanDocument,
  schedule: ScheduleResult,
  costs: readonly TaskCost[],
  options: CaptureOptions = {},
): BaselineSnapshot {
  const scheduled = new Map(schedule.tasks.map((t) => [t.id, t]));
  const costOf = new Map(costs.map((c) => [c.taskId, c]));
  return {
    ...(options.capturedAt ? { capturedAt: options.capturedAt } : {}),
    tasks: plan.tasks.flatMap((task) => {
      const s = scheduled.get(task.id);
      if (!s) return [];
      const cost = costOf.get(task.id);
      return [
        {
          taskId: task.id,
          start: s.start,
          finish: s.finish,
          durationDays: s.durationDays,
          workHours: cost?.workHours ?? 0,
          cost: cost?.total ?? 0,
        },
      ];
    }),
  };
}

/** The plan as it stands: its schedule and costs. */
export interface CurrentPlan {
  plan: PlanDocument;
  schedule: ScheduleResult;
  costs: readonly TaskCost[];
}

/**
 * Differences from the baseline. Positive means later, longer or dearer than planned.
 * Fields are null when the baseline has no value to compare with (e.g. a task added since).
 */
export interface Variance {
  start: string | null;
  baselineStart: string | null;
  finish: string | null;
  baselineFinish: string | null;
  /** Working days from the baseline start to the current start. */
  startVarianceDays: number | null;
  finishVarianceDays: number | null;
  durationVarianceDays: number | null;
  cost: number;
  baselineCost: number | null;
  costVariance: number | null;
  workHours: number;
  baselineWorkHours: number | null;
  workVarianceHours: number | null;
}

export interface TaskVariance extends Variance {
  taskId: string;
}

export interface BranchVariance extends Variance {
  /** The summary task heading the branch. */
  taskId: string;
  wbs: string;
}

export interface VarianceReport {
  tasks: TaskVariance[];
  /** One per summary task, in outline order, covering everything under it. */
  branches: BranchVariance[];
  project: Variance;
}

export function variance(current: CurrentPlan, baseline: BaselineSnapshot): VarianceReport {
  const { plan, schedule, costs } = current;
  const calendars = new PlanCalendars(plan);
  const minutesPerDay = calendars.minutesPerDay(calendars.project);
  const scheduled = new Map(schedule.tasks.map((t) => [t.id, t]));
  const costOf = new Map(costs.map((c) => [c.taskId, c]));
  const base = new Map(baseline.tasks.map((t) => [t.taskId, t]));
  const children = childrenOf(plan.tasks);

  const tasks = plan.tasks.map((task): TaskVariance => {
    const s = scheduled.get(task.id);
    const b = base.get(task.id);
    const calendar = calendars.forTask(task);
    const v = compare(
      { start: s?.start ?? null, finish: s?.finish ?? null, durationDays: s?.durationDays ?? null, cost: costOf.get(task.id)?.total ?? 0, workHours: costOf.get(task.id)?.workHours ?? 0 },
      b,
      calendar,
      calendars.minutesPerDay(calendar),
    );
    return { taskId: task.id, ...v };
  });

  // A branch spans its leaf tasks; its costs are the summary's rolled-up costs.
  const branchFigures = (leafIds: string[], totalsFrom: string | null): Variance => {
    const currentStarts = leafIds.map((id) => scheduled.get(id)?.start).filter(isString);
    const currentFinishes = leafIds.map((id) => scheduled.get(id)?.finish).filter(isString);
    const baseStarts = leafIds.map((id) => base.get(id)?.start).filter(isString);
    const baseFinishes = leafIds.map((id) => base.get(id)?.finish).filter(isString);
    const start = min(currentStarts);
    const finish = max(currentFinishes);
    const baselineStart = min(baseStarts);
    const baselineFinish = max(baseFinishes);
    const leafCosts = leafIds.map((id) => costOf.get(id));
    const cost = totalsFrom ? (costOf.get(totalsFrom)?.total ?? 0) : sum(leafCosts.map((c) => c?.total ?? 0));
    const workHours = totalsFrom ? (costOf.get(totalsFrom)?.workHours ?? 0) : sum(leafCosts.map((c) => c?.workHours ?? 0));
    const ownBaseline = totalsFrom ? base.get(totalsFrom) : undefined;
    const baselineCost = ownBaseline?.cost ?? sumOrNull(leafIds.map((id) => base.get(id)?.cost));
    const baselineWork = ownBaseline?.workHours ?? sumOrNull(leafIds.map((id) => base.get(id)?.workHours));
    const span = (a: string | null, b: string | null): number | null =>
      a && b ? calendars.project.workingMinutesBetween(a, b) / minutesPerDay : null;
    return compare(
      { start, finish, durationDays: span(start, finish), cost, workHours },
      {
        taskId: '',
        ...(baselineStart ? { start: baselineStart } : {}),
        ...(baselineFinish ? { finish: baselineFinish } : {}),
        ...(span(baselineStart, baselineFinish) !== null ? { durationDays: span(baselineStart, baselineFinish)! } : {}),
        ...(baselineCost !== null ? { cost: baselineCost } : {}),
        ...(baselineWork !== null ? { workHours: baselineWork } : {}),
      },
      calendars.project,
      minutesPerDay,
    );
  };

  const branches = outline(plan.tasks)
    .filter((row) => (children.get(row.task.id)?.length ?? 0) > 0)
    .map((row): BranchVariance => ({ taskId: row.task.id, wbs: row.wbs, ...branchFigures(leavesUnder(row.task.id, children), row.task.id) }));
  const allLeaves = plan.tasks.filter((t) => (children.get(t.id)?.length ?? 0) === 0).map((t) => t.id);
  return { tasks, branches, project: branchFigures(allLeaves, null) };
}

interface Figures {
  start: string | null;
  finish: string | null;
  durationDays: number | null;
  cost: number;
  workHours: number;
}

function compare(now: Figures, then: BaselineTaskValues | undefined, calendar: WorkCalendar, minutesPerDay: number): Variance {
  const days = (from: string | null | undefined, to: string | null | undefined): number | null =>
    from && to ? round(calendar.workingMinutesBetween(from, to) / minutesPerDay) : null;
  const diff = (a: number | null | undefined, b: number | null | undefined): number | null =>
    a === null || a === undefined || b === null || b === undefined ? null : round(a - b);
  return {
    start: now.start,
    baselineStart: then?.start ?? null,
    finish: now.finish,
    baselineFinish: then?.finish ?? null,
    startVarianceDays: days(then?.start, now.start),
    finishVarianceDays: days(then?.finish, now.finish),
    durationVarianceDays: diff(now.durationDays, then?.durationDays),
    cost: now.cost,
    baselineCost: then?.cost ?? null,
    costVariance: diff(now.cost, then?.cost),
    workHours: now.workHours,
    baselineWorkHours: then?.workHours ?? null,
    workVarianceHours: diff(now.workHours, then?.workHours),
  };
}

export function childrenOf(tasks: readonly PlanDocumentTask[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const t of tasks) {
    if (!t.parentId) continue;
    const list = children.get(t.parentId);
    if (list) list.push(t.id);
    else children.set(t.parentId, [t.id]);
  }
  return children;
}

export function leavesUnder(id: string, children: ReadonlyMap<string, string[]>): string[] {
  const kids = children.get(id) ?? [];
  return kids.length === 0 ? [id] : kids.flatMap((k) => leavesUnder(k, children));
}

/** The task and everything under it. */
export function subtree(id: string, children: ReadonlyMap<string, string[]>): string[] {
  return [id, ...(children.get(id) ?? []).flatMap((k) => subtree(k, children))];
}

const isString = (value: string | undefined): value is string => value !== undefined;
const min = (values: string[]): string | null => (values.length ? values.reduce((a, b) => (a < b ? a : b)) : null);
const max = (values: string[]): string | null => (values.length ? values.reduce((a, b) => (a > b ? a : b)) : null);

function sumOrNull(values: (number | undefined)[]): number | null {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? sum(known) : null;
}

/** Keeps results free of float noise such as 0.30000000000000004. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
