/**
 * computeSchedule: the project schedule from tasks, links, calendars and progress.
 *
 * The steps, each in its own module:
 *  1. schedule-model.ts checks the input and flattens it into typed arrays, converting
 *     dates to epoch minutes and durations/lags to working minutes once, with the nodes
 *     numbered in topological order (whatever order the input lists them in);
 *  2. network.ts orders the nodes (Kahn's algorithm, depth first) or reports the cycle;
 *  3. schedule-passes.ts runs the forward pass and one reverse sweep (late dates, floats)
 *     through the calendars' working-time indexes;
 *  4. critical-paths.ts reads the driving chains of critical tasks;
 * and this module turns the numbers back into dates, floats in days, and warnings.
 *
 * Scheduling rules (MS Project's where it has one):
 *  - Units. A task's duration day is its calendar's hoursPerDay, else the project calendar's,
 *    else 8 h. Lags run on the working time of the successor's calendar (a task calendar
 *    replaces the project calendar for its lags too; summaries use the project calendar);
 *    `elapsed` lags on the clock (24 h days, weekends included); `lagPercent` is a share of
 *    the predecessor's duration.
 *    Floats are working time of the task's own calendar, in days of the project calendar.
 *  - Resources' calendars. A task given the calendars of its work resources
 *    (resourceCalendarIds) works whenever any of them works, within its own calendar when it
 *    has one: its duration counts that working time and its dates fall in it (MS Project's
 *    duration of such a task). Its lags and floats stay in its own calendar.
 *  - A finish set by a link on the start of a working period (a start-to-finish link without
 *    lag from a task starting Monday 08:00) is shown there, not at the end of the period
 *    before (Friday 17:00), as MS Project shows it; the working moment is the same.
 *  - Dates given as a plain day: starts, actual starts and the status date mean the start of
 *    that day; finish constraints, deadlines and actual finishes the end of it.
 *  - Constraints follow "links win": SNET/FNET/MSO/MFO push the early dates, SNLT/FNLT/MSO/MFO
 *    and deadlines cap the late dates; a cap the links break gives negative float and a
 *    warning, never an error. MSO/MFO may place a task before the project start.
 *  - ALAP tasks go as late as they can without moving their successors' scheduled dates
 *    or passing their late finish.
 *  - Summaries roll up their children. FS and SS links may point at a summary and hold back
 *    every task under it; links from a summary use its rolled-up dates. A start constraint
 *    on a summary holds back its children; a finish cap or deadline caps their late finish.
 *  - Progress: an actual finish or 100% makes a task complete (fixed, never critical); an
 *    actual start or some percent makes it in progress: it keeps its actual start (without
 *    one, the start its links give, ignoring the status date) and its remaining work starts no
 *    earlier than the status date. Tasks not started cannot start before the status date. Leveling delay (working days of the
 *    task's calendar) is added after the links and bounds have set the start.
 *  - Critical: total float <= 0 and not complete. A summary is critical by its own total float
 *    (from its rolled-up dates), like any task, when some work under it is not complete: a
 *    phase with slack is not on the critical path even when a task under it is. Critical
 *    paths follow links without slack, at most MAX_CRITICAL_PATHS of them.
 */
import { findCriticalPaths } from './critical-paths.js';
import { LocalDateTexts } from './dates.js';
import { CycleError } from './errors.js';
import type { PlanInput, PlanLink, PlanTask, ScheduledTask, ScheduleResult, ScheduleWarning } from './model.js';
import { findTopologicalOrder } from './network.js';
import { buildScheduleModel, CONSTRAINT, NODE, PROGRESS, requireDate, rereadTask, type ScheduleModel } from './schedule-model.js';
import { runPasses, type ScheduleDates } from './schedule-passes.js';
import { listOf } from './shapes.js';

export { CycleError, PlanInputError } from './errors.js';

/**
 * Schedules the plan. Dates come back as 'YYYY-MM-DDTHH:MM' local times; floats in working
 * days of the project calendar's length (hoursPerDay), measured in each task's own calendar.
 * Throws PlanInputError for input it cannot read and CycleError when links loop.
 */
export function computeSchedule(input: PlanInput): ScheduleResult {
  return scheduleWithState(input).result;
}

/**
 * What a schedule was computed from and with, kept so that a later change to some tasks'
 * scheduling fields can be applied to it (schedule-incremental.ts) instead of starting over.
 */
export interface ScheduleState {
  model: ScheduleModel;
  /** The input's links (their lags in percent depend on their predecessors' durations). */
  links: PlanLink[];
  dates: ScheduleDates;
  critical: Uint8Array;
  texts: LocalDateTexts;
  result: ScheduleResult;
  /** Node -> its place in `dates.order`, once asked for. */
  position: Int32Array | null;
  /** Taken over by a later change: its arrays no longer describe `result`. */
  spent: boolean;
  /** Buffers of the task values before the last change (reused by the next one). */
  previous: Float64Array[] | null;
  /** Task id -> input index, for the warnings (once asked for). */
  warningIndex?: Map<string, number>;
}

/** computeSchedule, keeping what it was computed with. */
export function scheduleWithState(input: PlanInput): { result: ScheduleResult; state: ScheduleState } {
  const { model, dates } = scheduleDates(input);
  const critical = markCritical(model, dates);
  const texts = new LocalDateTexts();
  const result: ScheduleResult = {
    start: texts.text(model.projectStart),
    finish: texts.text(latestFinish(model, dates)),
    tasks: scheduledTasks(model, dates, critical, texts),
    criticalPaths: idsOfPaths(findCriticalPaths(model, dates, critical), model.taskIds),
    warnings: collectWarnings(model, dates, texts),
  };
  return { result, state: { model, links: input.links ?? [], dates, critical, texts, result, position: null, spent: false, previous: null } };
}

/**
 * The model and the dates of the plan's schedule, without the result computeSchedule makes of them
 * (a row with date texts per task, the critical paths, the warnings): for a caller that reads some
 * tasks' dates only. Throws as computeSchedule does.
 */
export function scheduleDates(input: PlanInput): { model: ScheduleModel; dates: ScheduleDates } {
  const model = buildScheduleModel(input);
  if (!model.order) throw new CycleError(cycleTaskIds(model, findTopologicalOrder(model, model.outOf.node).cycle ?? []));
  return { model, dates: runPasses(model, model.order) };
}

/**
 * The dates of `input` on a model built (scheduleDates) from a plan that differs from it only in its
 * tasks' own scheduling fields (duration, progress, actual dates, constraint, deadline, leveling
 * delay) and its status date: the same task objects in the same order, and the same links,
 * calendars and project start. The model is read again in place from the tasks and the status date
 * (it describes `input` afterwards) and only the passes run, so ids, outline, links and the
 * topological order are not worked out again: what scheduleDates(input) gives, for a caller that
 * schedules many variants of one plan (its past days). Null when the model cannot take it: other
 * task objects or another number of links, a lag in percent of a duration (it changes with the
 * duration), or links that loop. Throws PlanInputError for a task the engine refuses; the model is
 * then spent (build it again).
 */
export function rescheduleDates(model: ScheduleModel, input: PlanInput): ScheduleDates | null {
  const tasks = input.tasks ?? [];
  const links = input.links ?? [];
  if (!model.order || tasks.length !== model.taskCount || links.length !== model.linkCount) return null;
  if (!sameTasks(model, tasks) || hasPercentLags(links)) return null;
  model.statusDate = input.statusDate ? requireDate(input.statusDate, '', -1, 'statusDate') : NaN;
  rereadTasks(model);
  return runPasses(model, model.order);
}

// Loops over all tasks each sit in their own function (see schedule-passes.ts for why).

function sameTasks(model: ScheduleModel, tasks: PlanTask[]): boolean {
  const { nodeOf } = model;
  for (let i = 0; i < tasks.length; i++) if (model.tasks[nodeOf[i]] !== tasks[i]) return false;
  return true;
}

function hasPercentLags(links: PlanLink[]): boolean {
  for (let e = 0; e < links.length; e++) if (links[e].lagPercent != null) return true;
  return false;
}

function rereadTasks(model: ScheduleModel): void {
  for (let k = 0; k < model.taskCount; k++) rereadTask(model, k, model.tasks[k]);
}


/**
 * Critical: no total float left (MS Project: total slack <= 0); finished work is never
 * critical. A summary follows the same rule on its own total float, computed from its
 * rolled-up dates, as long as some work under it is not complete: a phase with slack is not
 * on the critical path, the critical task under it is. Topological order puts children
 * before their summary, so whether a summary has open work is known when it is reached.
 */
export function markCritical(model: ScheduleModel, dates: ScheduleDates): Uint8Array {
  const critical = new Uint8Array(model.kind.length);
  const open = new Uint8Array(model.taskCount);
  const { order } = dates;
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    if (v >= model.taskCount) continue; // gates
    if (model.kind[v] === NODE.ACTIVITY) open[v] = model.progress[v] !== PROGRESS.COMPLETE ? 1 : 0;
    critical[v] = open[v] === 1 && dates.totalFloat[v] <= 0 ? 1 : 0;
    if (open[v] === 1 && model.parent[v] >= 0) open[model.parent[v]] = 1;
  }
  return critical;
}

export function latestFinish(model: ScheduleModel, dates: ScheduleDates): number {
  let finish = model.projectStart;
  for (let i = 0; i < model.taskCount; i++) if (dates.finish[i] > finish) finish = dates.finish[i];
  return finish;
}

function scheduledTasks(model: ScheduleModel, dates: ScheduleDates, critical: Uint8Array, texts: LocalDateTexts): ScheduledTask[] {
  // Rows in input order, made in node order (which reads the dates front to back).
  const tasks = listOf<ScheduledTask>(model.taskCount);
  const { inputIndex } = model;
  for (let k = 0; k < model.taskCount; k++) tasks[inputIndex[k]] = scheduledTask(model, dates, critical, texts, k);
  return tasks;
}

export function idsOfPaths(paths: number[][], taskIds: string[]): string[][] {
  const ids = listOf<string[]>(paths.length);
  for (let k = 0; k < paths.length; k++) {
    const path = paths[k];
    const named = listOf<string>(path.length);
    for (let i = 0; i < path.length; i++) named[i] = taskIds[path[i]];
    ids[k] = named;
  }
  return ids;
}

/** Gate nodes stand for their summary; a summary reached twice in a row is named once. */
function cycleTaskIds(model: ScheduleModel, cycle: number[]): string[] {
  const ids = cycle.map((v) => model.tasks[v < model.taskCount ? v : model.gateOf[v]].id);
  const named = ids.filter((id, k) => id !== ids[(k + ids.length - 1) % ids.length]);
  return named.length > 0 ? named : ids.slice(0, 1);
}

function toDays(minutes: number, minutesPerDay: number): number {
  const days = minutes / minutesPerDay;
  // Whole days (and -0) come out as they are; rounding them would change nothing.
  if (Number.isInteger(days)) return days + 0;
  // Rounded to a millionth of a day so 0.1 + 0.2 style noise never reaches the screen.
  return Math.round(days * 1e6) / 1e6 + 0;
}

export function scheduledTask(model: ScheduleModel, dates: ScheduleDates, critical: Uint8Array, texts: LocalDateTexts, i: number): ScheduledTask {
  const summary = model.kind[i] === NODE.SUMMARY;
  const perDay = model.projectMinutesPerDay;
  // Scheduled dates are mostly the early ones, late dates of critical tasks too: one lookup each.
  const earlyStart = texts.text(dates.earlyStart[i]);
  const earlyFinish = texts.text(dates.earlyFinish[i]);
  const lateStart = dates.lateStart[i] === dates.earlyStart[i] ? earlyStart : texts.text(dates.lateStart[i]);
  const lateFinish = dates.lateFinish[i] === dates.earlyFinish[i] ? earlyFinish : texts.text(dates.lateFinish[i]);
  const start = dates.start[i] === dates.earlyStart[i] ? earlyStart : texts.text(dates.start[i]);
  const finish = dates.finish[i] === dates.earlyFinish[i] ? earlyFinish : texts.text(dates.finish[i]);
  return taskRow(
    model.taskIds[i],
    start,
    finish,
    earlyStart,
    earlyFinish,
    lateStart,
    lateFinish,
    summary ? toDays(summarySpan(model, dates, i), perDay) : model.durationDays[i],
    toDays(dates.totalFloat[i], perDay),
    toDays(dates.freeFloat[i], perDay),
    critical[i] === 1,
    summary,
    model.milestone[i] === 1,
  );
}

/** A task's result row: one object literal, so every row has the same hidden class. */
function taskRow(
  id: string,
  start: string,
  finish: string,
  earlyStart: string,
  earlyFinish: string,
  lateStart: string,
  lateFinish: string,
  durationDays: number,
  totalFloatDays: number,
  freeFloatDays: number,
  critical: boolean,
  summary: boolean,
  milestone: boolean,
): ScheduledTask {
  return { id, start, finish, earlyStart, earlyFinish, lateStart, lateFinish, durationDays, totalFloatDays, freeFloatDays, critical, summary, milestone };
}

/** A summary lasts the working time between its start and finish on the project calendar. */
function summarySpan(model: ScheduleModel, dates: ScheduleDates, i: number): number {
  return model.projectCalendar.offsetAt(dates.finish[i]) - model.projectCalendar.offsetAt(dates.start[i]);
}

/** Warnings in input order of the tasks: constraint not met, deadline missed, negative float. */
export function collectWarnings(model: ScheduleModel, dates: ScheduleDates, texts: LocalDateTexts): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  const { nodeOf } = model;
  for (let i = 0; i < model.taskCount; i++) warnIfAny(model, dates, texts, nodeOf[i], warnings);
  return warnings;
}

/** The warnings of task node `k`, if it can have any, appended to `warnings`. */
export function warnIfAny(model: ScheduleModel, dates: ScheduleDates, texts: LocalDateTexts, k: number, warnings: ScheduleWarning[]): void {
  if (model.constraint[k] !== CONSTRAINT.ASAP || !Number.isNaN(model.deadline[k]) || dates.totalFloat[k] < 0) {
    warnTask(model, dates, texts, k, warnings);
  }
}

function warnTask(model: ScheduleModel, dates: ScheduleDates, texts: LocalDateTexts, i: number, warnings: ScheduleWarning[]): void {
  const task = model.tasks[i];
  const calendar = model.calendars[model.calendarOf[i]];
  const late = (at: number, limit: number): boolean => calendar.offsetAt(at) > calendar.offsetAt(limit);
  const constraintDate = model.constraintDate[i];
  if (!Number.isNaN(constraintDate) && model.progress[i] === PROGRESS.NOT_STARTED) {
    const violation = constraintViolation(model.constraint[i], dates.start[i], dates.finish[i], constraintDate, late);
    if (violation) {
      warnings.push({
        taskId: task.id,
        code: 'CONSTRAINT_VIOLATED',
        message: `${task.constraint!.type} ${texts.text(constraintDate)} cannot be met: its links put the ${violation} at ${texts.text(violation === 'start' ? dates.start[i] : dates.finish[i])}`,
      });
    }
  }
  if (!Number.isNaN(model.deadline[i]) && late(dates.finish[i], model.deadline[i])) {
    warnings.push({
      taskId: task.id,
      code: 'DEADLINE_MISSED',
      message: `Finishes ${texts.text(dates.finish[i])}, after its deadline ${texts.text(model.deadline[i])}`,
    });
  }
  if (model.kind[i] === NODE.ACTIVITY && dates.totalFloat[i] < 0 && model.progress[i] !== PROGRESS.COMPLETE) {
    const days = toDays(dates.totalFloat[i], model.projectMinutesPerDay);
    warnings.push({
      taskId: task.id,
      code: 'NEGATIVE_FLOAT',
      message: `Total float is ${days} days: it must finish by ${texts.text(dates.lateFinish[i])} to meet a constraint or deadline but cannot finish before ${texts.text(dates.earlyFinish[i])}`,
    });
  }
}

/** Which end of the task breaks its constraint under MS Project's "links win" rule, if any. */
function constraintViolation(
  constraint: number,
  start: number,
  finish: number,
  date: number,
  late: (at: number, limit: number) => boolean,
): 'start' | 'finish' | undefined {
  switch (constraint) {
    case CONSTRAINT.SNLT:
    case CONSTRAINT.MSO:
      return late(start, date) ? 'start' : undefined;
    case CONSTRAINT.FNLT:
    case CONSTRAINT.MFO:
      return late(finish, date) ? 'finish' : undefined;
    default:
      return undefined;
  }
}
