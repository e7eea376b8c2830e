import { LocalDateTexts } from '../../planning/dates.js';
import type { PlanInput, PlanTask, ScheduledTask as EngineTask, ScheduleResult } from '../../planning/model.js';
import { outline, resourceCalendarIds, type PlanDocumentTask } from '../../planning/plan-document.js';
import type { ScheduleModel } from '../../planning/schedule-model.js';
import { rescheduleDates, scheduleDates } from '../../planning/schedule.js';
import type { ScheduleDates } from '../../planning/schedule-passes.js';
import type { PastTaskState } from '../task/index.js';
import { planInput, planTask } from './plan-input.js';
import { statusInstant, type LoadedPlan } from './plan-loader.js';
import { isLate } from './planning.types.js';

/**
 * What every past day of one plan shares: the plan as read today (archived tasks included) in
 * outline order, each task with the engine's input for it and the calendars its resources work on,
 * the rest of the engine's input, and where each task, its parent and each link's ends are in the
 * plan. Built once per plan fingerprint, so a day asked for the first time does not copy and sort
 * the plan again, and finds its tasks by their places rather than by their ids.
 */
export interface PastBase {
  /** The tasks in outline order, with their places; `input` is the engine's task, on which pastInput sets the fields of a day. */
  outline: { task: PlanDocumentTask; at: number; input: PlanTask; resourceCalendarIds: string[] | null }[];
  /** The engine's input without tasks, links and status date: the calendars and the project's start. */
  shell: PlanInput;
  /** Task id -> its place in the plan's tasks (loaded.doc.tasks). */
  index: Map<string, number>;
  /** The place of each task's parent in the plan's tasks: NO_TASK for none, NOT_IN_PLAN for a parent the plan lacks. */
  parentAt: Int32Array;
  /** The places of each link's predecessor and successor (2 per link of loaded.doc.links), NOT_IN_PLAN where the plan lacks it. */
  linkEnds: Int32Array;
  /** Each task's deadline, by place. */
  deadlines: (string | null)[];
  /** The engine's model of the last day scheduled from it, with which tasks were there that day (see pastScheduleDates). */
  engine: { present: Uint8Array; model: ScheduleModel } | null;
}

const NO_TASK = -1;
const NOT_IN_PLAN = -2;

export function pastBase(loaded: LoadedPlan): PastBase {
  const calendars = resourceCalendarIds(loaded.doc);
  const { tasks, links } = loaded.doc;
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  const placeOf = (id: string) => index.get(id) ?? NOT_IN_PLAN;
  return {
    outline: outline(tasks).map(({ task }) => {
      const ids = calendars.get(task.id) ?? null;
      return { task, at: index.get(task.id)!, input: planTask(task, ids), resourceCalendarIds: ids };
    }),
    shell: planInput({ ...loaded.doc, tasks: [], links: [], assignments: [] }),
    index,
    parentAt: Int32Array.from(tasks, (t) => (t.parentId ? placeOf(t.parentId) : NO_TASK)),
    linkEnds: Int32Array.from({ length: 2 * links.length }, (_, k) => placeOf(k % 2 ? links[k >> 1]!.successorId : links[k >> 1]!.predecessorId)),
    deadlines: tasks.map((t) => t.deadline ?? null),
    engine: null,
  };
}

/**
 * The tasks of a past day by their places in the plan's tasks: each one's state that day, none for
 * a task that was not there then (not yet made, or deleted), as planAsOf keeps them. Made once per
 * day: every step after it reads states by place.
 */
export function dayStates(loaded: LoadedPlan, past: ReadonlyMap<string, PastTaskState>): (PastTaskState | undefined)[] {
  const tasks = loaded.doc.tasks;
  const states = new Array<PastTaskState | undefined>(tasks.length);
  for (let i = 0; i < tasks.length; i++) {
    const p = past.get(tasks[i]!.id);
    states[i] = p && !p.archived ? p : undefined;
  }
  return states;
}

/** Whether the task at place `at` (or NOT_IN_PLAN) was there that day. */
const liveAt = (states: readonly (PastTaskState | undefined)[], at: number): boolean => at >= 0 && states[at] !== undefined;

/** A past day's engine input, with the place in the plan of each of its tasks. */
export interface PastInput {
  input: PlanInput;
  /** The place in the plan's tasks of input.tasks[k]. */
  places: Int32Array;
}

/**
 * The engine's input for the plan as it stood at the end of `asOf`: what
 * `planInput(planAsOf(loaded, past, asOf).doc)` gives, made from `base` and the day's states
 * (dayStates) without copying the plan or sorting its outline again. Its tasks are base's, with that
 * day's fields set: the input holds until the next day's is made from `base` (schedule it at once;
 * the engine's result keeps none of them). A task of that day under a task that was not there then
 * is a top-level task, as planAsOf makes it; planAsOf also moves it in the outline, which changes
 * the order of the engine's rows but none of their dates: with `orphans` false (a caller that reads
 * the rows in order) such a day gives null and the caller uses planAsOf, with `orphans` true (a
 * caller that reads dates by place) the task stays where it is.
 */
export function pastInput(loaded: LoadedPlan, base: PastBase, states: readonly (PastTaskState | undefined)[], asOf: string, orphans = false): PastInput | null {
  const tasks: PlanTask[] = [];
  const places = new Int32Array(states.length);
  const { outline, parentAt } = base;
  for (let k = 0; k < outline.length; k++) {
    const { task, at, input, resourceCalendarIds } = outline[k]!;
    const p = states[at];
    if (!p) continue;
    if (parentAt[at] !== NO_TASK && !liveAt(states, parentAt[at]!)) {
      if (!orphans) return null;
      input.parentId = null;
    } else {
      input.parentId = task.parentId ?? null;
    }
    // The fields of planAsOf's copy of the task that differ from day to day, as planTask reads them.
    input.durationDays = p.durationDays;
    input.percentComplete = p.rollupPercent ?? p.percentComplete ?? 0;
    input.actualStart = p.actualStart ? p.actualStart : null;
    input.actualFinish = p.actualFinish ? p.actualFinish : null;
    // Scheduling an earlier day may have left them out (its resources never work within its calendar).
    input.resourceCalendarIds = resourceCalendarIds;
    places[tasks.length] = at;
    tasks.push(input);
  }
  const { linkEnds } = base;
  const links = loaded.doc.links.filter((_, e) => liveAt(states, linkEnds[2 * e]!) && liveAt(states, linkEnds[2 * e + 1]!));
  return { input: { ...base.shell, statusDate: statusInstant(asOf), tasks, links }, places: places.subarray(0, tasks.length) };
}

/**
 * The engine's model and dates of a past day's input (pastInput from `base` and the day's `states`):
 * when the last day scheduled from `base` had the same tasks (hence the same links), on its model,
 * read again with this day's fields and status date (rescheduleDates: ids, outline, links and their
 * order are the same for both days); else built afresh, and kept for the next day. Throws as
 * scheduleDates does.
 */
export function pastScheduleDates(base: PastBase, states: readonly (PastTaskState | undefined)[], made: PastInput): { model: ScheduleModel; dates: ScheduleDates } {
  const present = new Uint8Array(states.length);
  for (let i = 0; i < states.length; i++) present[i] = states[i] ? 1 : 0;
  const kept = base.engine;
  // Taken while in use: a day the engine refuses leaves the model half read.
  base.engine = null;
  if (kept && samePresence(kept.present, present)) {
    const dates = rescheduleDates(kept.model, made.input);
    if (dates) {
      base.engine = kept;
      return { model: kept.model, dates };
    }
  }
  const built = scheduleDates(made.input);
  base.engine = { present, model: built.model };
  return built;
}

function samePresence(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A past day's scheduled dates as the schedule's rows show them, by the place of a task in the plan's tasks. */
export interface DayDates {
  /** Whether the task was scheduled (it was there that day). */
  has(at: number): boolean;
  start(at: number): string;
  finish(at: number): string;
}

/** The dates of the engine's result rows (`index`: PastBase.index). */
export function resultDates(result: ScheduleResult, index: ReadonlyMap<string, number>): DayDates {
  const rows = result.tasks;
  const rowAt = new Int32Array(index.size).fill(-1);
  rows.forEach((r, k) => (rowAt[index.get(r.id)!] = k));
  return { has: (at) => rowAt[at]! >= 0, start: (at) => rows[rowAt[at]!]!.start, finish: (at) => rows[rowAt[at]!]!.finish };
}

/**
 * The dates of the engine's model and passes (scheduleDates) of a past day's input, as its result's
 * rows would show them, made only for the tasks read. Keeps the dates, not the model (nor the
 * input's tasks).
 */
export function engineDates({ model, dates }: { model: ScheduleModel; dates: ScheduleDates }, { places }: PastInput, size: number): DayDates {
  const nodeAt = new Int32Array(size).fill(-1);
  for (let k = 0; k < places.length; k++) nodeAt[places[k]!] = model.nodeOf[k]!;
  const { start, finish } = dates;
  const texts = new LocalDateTexts();
  return { has: (at) => nodeAt[at]! >= 0, start: (at) => texts.text(start[nodeAt[at]!]!), finish: (at) => texts.text(finish[nodeAt[at]!]!) };
}

/**
 * What a board reads of a past day's schedule: each task's state and dates, and which tasks it
 * shows late. Tasks are named by their places in the plan as read today, the same for every past
 * day of it.
 */
export interface PastMarks {
  /** The place of a task, NOT_IN_PLAN (below 0) for a task the plan lacks. */
  place(taskId: string): number;
  /** The task's state that day; none for a task that was not there then (or a place below 0). */
  state(at: number): PastTaskState | undefined;
  /** A scheduled task's dates, as the schedule's row shows them. */
  row(at: number): Pick<EngineTask, 'start' | 'finish'> | undefined;
  /** Whether that day's schedule shows the task late (ScheduledTask.late of its row). */
  late(at: number): boolean;
}

/**
 * Which tasks of the plan as it stood at the end of `asOf` were late, from the dates the engine
 * scheduled it with (`day`): the rule of the schedule's rows (toSchedule: complete is 100 % or an
 * actual finish, a summary is complete when every task under it is; late is isLate against the end
 * of `asOf`) without making the rows. `states` are the tasks' states then (dayStates).
 */
export function pastMarks(base: PastBase, states: readonly (PastTaskState | undefined)[], asOf: string, day: DayDates): PastMarks {
  const n = states.length;
  const { index, parentAt, deadlines } = base;
  // The tasks of that day (planAsOf keeps their order: children after their parent) and their own completion.
  const complete = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = states[i];
    if (p) complete[i] = p.actualFinish || (p.rollupPercent ?? p.percentComplete ?? 0) >= 100 ? 1 : 0;
  }
  // A parent that day (planAsOf drops a parent that was not there) is complete when no task under it is open.
  const parent = (i: number) => (liveAt(states, parentAt[i]!) ? parentAt[i]! : NO_TASK);
  const isParent = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (states[i] && parent(i) >= 0) isParent[parent(i)] = 1;
  const open = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (!states[i]) continue;
    if (isParent[i]) complete[i] = open[i] ? 0 : 1;
    if (!complete[i] && parent(i) >= 0) open[parent(i)] = 1;
  }
  const end = statusInstant(asOf);
  const now = new Date();
  const late = new Uint8Array(n);
  const row = { finish: '', deadline: null as string | null, complete: false };
  for (let i = 0; i < n; i++) {
    if (!day.has(i)) continue;
    row.finish = day.finish(i);
    row.deadline = deadlines[i]!;
    row.complete = complete[i] === 1;
    late[i] = isLate(row, end, now) ? 1 : 0;
  }
  return {
    place: (id) => index.get(id) ?? NOT_IN_PLAN,
    state: (at) => (at >= 0 ? states[at] : undefined),
    row: (at) => (at >= 0 && day.has(at) ? { start: day.start(at), finish: day.finish(at) } : undefined),
    late: (at) => at >= 0 && late[at] === 1,
  };
}
