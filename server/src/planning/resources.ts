/**
 * Resources, what they cost and how busy they are.
 *
 * Work on an assignment is spread over the task's working time in proportion to the working
 * minutes of each day (a flat contour, as MS Project does by default). Costs follow the rate in
 * effect on each day, so a rate change in the middle of a task prices the days on either side
 * differently. Overtime is not modelled: all work is paid at the standard rate.
 */
import { STANDARD_CALENDAR, WorkCalendar } from './calendar.js';
import { formatLocalMinute, MINUTES_PER_DAY, parseLocalDate } from './dates.js';
import { PlanInputError } from './errors.js';
import type { CalendarSpec, ScheduleResult, ScheduledTask } from './model.js';
import { calendarSpecs, type PlanAssignment, type PlanDocument, type PlanDocumentTask, type PlanResource, type ResourceRate } from './plan-document.js';

const DEFAULT_HOURS_PER_DAY = 8;
/** Work within this many hours of capacity is not an over-allocation (rounding of spread work). */
const ALLOCATION_TOLERANCE_HOURS = 1e-6;

/**
 * Calendars of a plan: the project's, each task's and each resource's. Each is built on first
 * use, so a calendar nobody uses cannot stop a report.
 */
export class PlanCalendars {
  readonly project: WorkCalendar;
  readonly projectHoursPerDay: number;
  private readonly specs: CalendarSpec[];
  private readonly built = new Map<string, WorkCalendar>();

  /** A plan's calendars, or calendars given as specs with the project's calendar id (null: Standard). */
  constructor(plan: PlanDocument | { specs: CalendarSpec[]; calendarId: string | null }) {
    // Only the calendars: converting every task as well cost more than the report on big plans.
    this.specs = 'specs' in plan ? plan.specs : calendarSpecs(plan);
    const projectCalendarId = 'specs' in plan ? plan.calendarId : plan.project.calendarId;
    const projectSpec = this.specs.find((c) => c.id === projectCalendarId);
    this.project = projectSpec ? this.build(projectSpec) : WorkCalendar.from(STANDARD_CALENDAR);
    this.projectHoursPerDay = this.project.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  }

  get(id: string | null | undefined): WorkCalendar {
    const spec = id ? this.specs.find((c) => c.id === id) : undefined;
    return spec ? this.build(spec) : this.project;
  }

  forTask(task: Pick<PlanDocumentTask, 'calendarId'>): WorkCalendar {
    return this.get(task.calendarId);
  }

  forResource(resource: PlanResource): WorkCalendar {
    return this.get(resource.calendarId);
  }

  /** Minutes of work in one duration day of the task's calendar. */
  minutesPerDay(calendar: WorkCalendar): number {
    return calendar.minutesPerDay(this.projectHoursPerDay);
  }

  private build(spec: CalendarSpec): WorkCalendar {
    let calendar = this.built.get(spec.id);
    if (!calendar) {
      calendar = WorkCalendar.from(spec, this.specs);
      this.built.set(spec.id, calendar);
    }
    return calendar;
  }
}

/** One day of an assignment: the work done (hours) or units consumed, and what it costs. */
export interface AssignmentDay {
  date: string;
  /** Hours of work (WORK), units consumed (MATERIAL), 0 for COST resources. */
  quantity: number;
  cost: number;
}

export interface SpreadAssignment {
  assignment: PlanAssignment;
  resource: PlanResource;
  days: AssignmentDay[];
  /** Charged once, on the first day. */
  perUseCost: number;
}

/** What laying assignments out needs of a plan and its schedule, looked up by id; built once, used for many. */
export interface SpreadLookup {
  calendars: PlanCalendars;
  tasks: ReadonlyMap<string, PlanDocumentTask>;
  rows: ReadonlyMap<string, ScheduledTask>;
  resources: ReadonlyMap<string, PlanResource>;
}

export function spreadLookup(plan: PlanDocument, schedule: ScheduleResult, calendars = new PlanCalendars(plan)): SpreadLookup {
  return {
    calendars,
    tasks: new Map(plan.tasks.map((t) => [t.id, t])),
    rows: new Map(schedule.tasks.map((t) => [t.id, t])),
    resources: new Map(plan.resources.map((r) => [r.id, r])),
  };
}

/** Lays each assignment out day by day over its task's scheduled dates. */
export function spreadAssignments(plan: PlanDocument, schedule: ScheduleResult, calendars = new PlanCalendars(plan)): SpreadAssignment[] {
  return spreadSome(plan.assignments, spreadLookup(plan, schedule, calendars));
}

/** Lays out the given assignments (in their order); those whose task, dates or resource are missing are left out. */
export function spreadSome(assignments: readonly PlanAssignment[], lookup: SpreadLookup): SpreadAssignment[] {
  const out: SpreadAssignment[] = [];
  for (const assignment of assignments) {
    const task = lookup.tasks.get(assignment.taskId);
    const dates = lookup.rows.get(assignment.taskId);
    const resource = lookup.resources.get(assignment.resourceId);
    if (task && dates && resource) out.push(spreadAssignment(assignment, resource, task, dates, lookup.calendars));
  }
  return out;
}

function spreadAssignment(
  assignment: PlanAssignment,
  resource: PlanResource,
  task: PlanDocumentTask,
  dates: ScheduledTask,
  calendars: PlanCalendars,
): SpreadAssignment {
  const calendar = calendars.forTask(task);
  const shares = workingShares(calendar, dates.start, dates.finish);
  const total = totalQuantity(assignment, resource, task, calendars.minutesPerDay(calendar));
  const days = shares.map(({ date, share }) => {
    const quantity = total * share;
    const cost = resource.type === 'COST' ? (assignment.cost ?? 0) * share : quantity * rateOn(resource, date).standardRate;
    return { date, quantity, cost };
  });
  const firstDay = shares[0]?.date ?? dates.start.slice(0, 10);
  return { assignment, resource, days, perUseCost: rateOn(resource, firstDay).costPerUse ?? 0 };
}

/** Hours of work for WORK resources (given, or units x duration), units consumed for MATERIAL. */
function totalQuantity(assignment: PlanAssignment, resource: PlanResource, task: PlanDocumentTask, minutesPerDay: number): number {
  if (resource.type === 'COST') return 0;
  if (resource.type === 'MATERIAL') return assignment.units;
  return assignment.workHours ?? (assignment.units * task.durationDays * minutesPerDay) / 60;
}

/**
 * Share of the task's working time that falls on each day from start to finish. A task with no
 * working time (a milestone) puts everything on its start day.
 */
export function workingShares(calendar: WorkCalendar, start: string, finish: string): { date: string; share: number; minutes: number }[] {
  const from = epochMinute(start);
  const to = epochMinute(finish);
  const total = calendar.offsetAt(to) - calendar.offsetAt(from);
  if (total <= 0) return [{ date: start.slice(0, 10), share: 1, minutes: 0 }];
  const result: { date: string; share: number; minutes: number }[] = [];
  // Working offsets are cumulative, so each day's minutes are a difference of two look-ups.
  let before = calendar.offsetAt(from);
  for (let day = Math.floor(from / MINUTES_PER_DAY); day * MINUTES_PER_DAY < to; day++) {
    const after = calendar.offsetAt(Math.min(to, (day + 1) * MINUTES_PER_DAY));
    const minutes = after - before;
    if (minutes > 0) result.push({ date: formatLocalMinute(day * MINUTES_PER_DAY).slice(0, 10), share: minutes / total, minutes });
    before = after;
  }
  return result;
}

function epochMinute(value: string): number {
  const parsed = parseLocalDate(value);
  if (!parsed) throw new PlanInputError('schedule', `"${value}" is not a date-time`);
  return parsed.minute;
}

/** The rate table entry in effect on a date: the latest one starting on or before it. */
export function rateOn(resource: PlanResource, date: string): ResourceRate {
  const own: ResourceRate = {
    standardRate: resource.standardRate ?? 0,
    ...(resource.overtimeRate !== undefined ? { overtimeRate: resource.overtimeRate } : {}),
    ...(resource.costPerUse !== undefined ? { costPerUse: resource.costPerUse } : {}),
  };
  let current = own;
  const rates = [...(resource.rates ?? [])].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  for (const rate of rates) if ((rate.from ?? '') <= date) current = rate;
  return current;
}

/** Units of the resource available on a date: its availability period then, else maxUnits (1 by default). */
export function unitsOn(resource: PlanResource, date: string): number {
  const period = resource.availability?.find((a) => (a.from ?? '') <= date && date <= (a.to ?? '9999-12-31'));
  if (period) return period.units;
  return resource.availability?.length ? 0 : (resource.maxUnits ?? 1);
}

// ---- Task costs ------------------------------------------------------------------------------

export interface TaskCost {
  taskId: string;
  /** Hours of work by WORK resources. */
  workHours: number;
  /** Work x the rate in effect each day. */
  laborCost: number;
  materialCost: number;
  /** Amounts of COST resources. */
  resourceCost: number;
  perUseCost: number;
  fixedCost: number;
  total: number;
}

/** Planned cost of every task; summaries add up their sub-tasks plus their own fixed cost. */
export function taskCosts(plan: PlanDocument, schedule: ScheduleResult, calendars = new PlanCalendars(plan)): TaskCost[] {
  const costs = new Map<string, TaskCost>(
    plan.tasks.map((t) => [t.id, { ...emptyCost(t.id), fixedCost: t.fixedCost ?? 0 }]),
  );
  for (const spread of spreadAssignments(plan, schedule, calendars)) {
    const cost = costs.get(spread.assignment.taskId)!;
    const quantity = sum(spread.days.map((d) => d.quantity));
    const amount = sum(spread.days.map((d) => d.cost));
    if (spread.resource.type === 'WORK') {
      cost.workHours += quantity;
      cost.laborCost += amount;
    } else if (spread.resource.type === 'MATERIAL') {
      cost.materialCost += amount;
    } else {
      cost.resourceCost += amount;
    }
    cost.perUseCost += spread.perUseCost;
  }
  rollUp(plan.tasks, costs);
  return plan.tasks.map((t) => {
    const c = costs.get(t.id)!;
    return { ...c, total: c.laborCost + c.materialCost + c.resourceCost + c.perUseCost + c.fixedCost };
  });
}

function emptyCost(taskId: string): TaskCost {
  return { taskId, workHours: 0, laborCost: 0, materialCost: 0, resourceCost: 0, perUseCost: 0, fixedCost: 0, total: 0 };
}

/** Adds each task's figures into all its ancestors. */
function rollUp(tasks: readonly PlanDocumentTask[], costs: Map<string, TaskCost>): void {
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId ?? null]));
  const keys = ['workHours', 'laborCost', 'materialCost', 'resourceCost', 'perUseCost', 'fixedCost'] as const;
  const own = new Map([...costs].map(([id, c]) => [id, { ...c }]));
  for (const task of tasks) {
    for (let p = parentOf.get(task.id) ?? null; p !== null; p = parentOf.get(p) ?? null) {
      const target = costs.get(p)!;
      for (const key of keys) target[key] += own.get(task.id)![key];
    }
  }
}

// ---- Usage -----------------------------------------------------------------------------------

export type UsagePeriod = 'DAY' | 'WEEK' | 'MONTH';

export interface ResourceUsageOptions {
  period: UsagePeriod;
  /** First day to report (YYYY-MM-DD); the project start when missing. */
  from?: string;
  /** Last day to report, inclusive; the project finish when missing. */
  to?: string;
}

export interface UsageCell {
  /** First day of the period (a Monday for weeks, the 1st for months). */
  periodStart: string;
  /** Hours of work (WORK) or units consumed (MATERIAL) in the period. */
  workHours: number;
  /** Working hours of the resource's calendar x its units; 0 for MATERIAL and COST resources. */
  capacityHours: number;
  /** True when on some day of the period the resource has more work than it can do. */
  overAllocated: boolean;
  cost: number;
}

export interface ResourceUsage {
  resourceId: string;
  name: string;
  type: PlanResource['type'];
  periods: UsageCell[];
}

/** Work, capacity, over-allocation and cost per resource and period. */
export function resourceUsage(plan: PlanDocument, schedule: ScheduleResult, options: ResourceUsageOptions): ResourceUsage[] {
  const calendars = new PlanCalendars(plan);
  const from = options.from ?? schedule.start.slice(0, 10);
  const to = options.to ?? schedule.finish.slice(0, 10);
  const spreadsOf = new Map<string, SpreadAssignment[]>();
  for (const spread of spreadAssignments(plan, schedule, calendars)) {
    const list = spreadsOf.get(spread.resource.id);
    if (list) list.push(spread);
    else spreadsOf.set(spread.resource.id, [spread]);
  }
  return plan.resources.map((resource) => {
    const daily = new Map<string, { quantity: number; cost: number }>();
    for (const spread of spreadsOf.get(resource.id) ?? []) {
      spread.days.forEach((day, i) => {
        const entry = daily.get(day.date) ?? { quantity: 0, cost: 0 };
        entry.quantity += day.quantity;
        entry.cost += day.cost + (i === 0 ? spread.perUseCost : 0);
        daily.set(day.date, entry);
      });
    }
    const calendar = calendars.forResource(resource);
    const cells = new Map<string, UsageCell>();
    for (const date of eachDate(from, to)) {
      const periodStart = periodStartOf(date, options.period);
      const cell = cells.get(periodStart) ?? { periodStart, workHours: 0, capacityHours: 0, overAllocated: false, cost: 0 };
      const used = daily.get(date) ?? { quantity: 0, cost: 0 };
      cell.workHours += used.quantity;
      cell.cost += used.cost;
      if (resource.type === 'WORK') {
        const capacity = (calendar.workingMinutesBetween(`${date}T00:00`, `${nextDate(date)}T00:00`) / 60) * unitsOn(resource, date);
        cell.capacityHours += capacity;
        if (used.quantity > capacity + ALLOCATION_TOLERANCE_HOURS) cell.overAllocated = true;
      }
      cells.set(periodStart, cell);
    }
    return { resourceId: resource.id, name: resource.name, type: resource.type, periods: [...cells.values()] };
  });
}

/**
 * Days over capacity per WORK resource (every resource of the plan, or those in `resourceIds`),
 * between `from` and `to` (the schedule's first and last day when left out): the days
 * resourceUsage flags as over-allocated with period DAY, found from the days the resource has
 * work on (a day without work is never over capacity) instead of from every day of the span.
 */
export function overallocatedDayCounts(
  plan: PlanDocument,
  schedule: ScheduleResult,
  options: { from?: string; to?: string; resourceIds?: ReadonlySet<string>; lookup?: SpreadLookup } = {},
): Map<string, number> {
  const from = options.from ?? schedule.start.slice(0, 10);
  const to = options.to ?? schedule.finish.slice(0, 10);
  const wanted = options.resourceIds;
  const counts = new Map<string, number>();
  const work = new Set<string>();
  for (const r of plan.resources) {
    if (wanted && !wanted.has(r.id)) continue;
    counts.set(r.id, 0);
    if (r.type === 'WORK') work.add(r.id);
  }
  if (!work.size) return counts;
  const lookup = options.lookup ?? spreadLookup(plan, schedule);
  // Work per resource and day, added up in the plan's order of assignments as resourceUsage does.
  const daily = new Map<string, Map<string, number>>();
  for (const spread of spreadSome(plan.assignments.filter((a) => work.has(a.resourceId)), lookup)) {
    let days = daily.get(spread.resource.id);
    if (!days) daily.set(spread.resource.id, (days = new Map()));
    for (const day of spread.days) days.set(day.date, (days.get(day.date) ?? 0) + day.quantity);
  }
  const minutesOn = new Map<WorkCalendar, Map<string, number>>();
  for (const [id, days] of daily) {
    const resource = lookup.resources.get(id)!;
    const calendar = lookup.calendars.forResource(resource);
    let known = minutesOn.get(calendar);
    if (!known) minutesOn.set(calendar, (known = new Map()));
    let over = 0;
    for (const [date, quantity] of days) {
      if (date < from || date > to) continue;
      let minutes = known.get(date);
      if (minutes === undefined) known.set(date, (minutes = calendar.workingMinutesBetween(`${date}T00:00`, `${nextDate(date)}T00:00`)));
      if (quantity > (minutes / 60) * unitsOn(resource, date) + ALLOCATION_TOLERANCE_HOURS) over++;
    }
    counts.set(id, over);
  }
  return counts;
}

export function periodStartOf(date: string, period: UsagePeriod): string {
  if (period === 'DAY') return date;
  if (period === 'MONTH') return `${date.slice(0, 7)}-01`;
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

// ---- Date helpers ----------------------------------------------------------------------------

export function* eachDate(from: string, to: string): Generator<string> {
  for (let date = from; date <= to; date = nextDate(date)) yield date;
}

export function nextDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}


export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
