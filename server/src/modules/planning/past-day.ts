import { LocalDateTexts } from '../../planning/dates.js';
import type { PlanInput, PlanTask, ScheduledTask as EngineTask, ScheduleResult } from '../../planning/model.js';
import { outline, resourceCalendarIds, type PlanDocumentTask } from '../../planning/plan-document.js';
import type { ScheduleModel } from '../../planning/schedule-model.js';
import type { ScheduleDates } from '../../planning/schedule-passes.js';
import type { PastTaskState } from '../task/index.js';
import { planInput, planTask } from './plan-input.js';
import { statusInstant, type LoadedPlan } from './plan-loader.js';
import { isLate } from './planning.types.js';

/**
 * What every past day of one plan shares: the plan as read today (archived tasks included) in
 * outline order, each task with the engine's input for it and the calendars its resources work on,
 * the rest of the engine's input, and each task's place in the plan and its parent's. Built once per
 * plan fingerprint, so a day asked for the first time does not copy and sort the plan again.
 */
export interface PastBase {
  /** The tasks in outline order; `input` is the engine's task, on which pastInput sets the fields of a day. */
  outline: { task: PlanDocumentTask; input: PlanTask; resourceCalendarIds: string[] | null }[];
  /** The engine's input without tasks, links and status date: the calendars and the project's start. */
  shell: PlanInput;
  /** Task id -> its place in the plan's tasks (loaded.doc.tasks). */
  index: Map<string, number>;
  /** The place of each task's parent in the plan's tasks, -1 for none. */
  parentAt: Int32Array;
}

export function pastBase(loaded: LoadedPlan): PastBase {
  const calendars = resourceCalendarIds(loaded.doc);
  const tasks = loaded.doc.tasks;
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  return {
    outline: outline(tasks).map(({ task }) => {
      const ids = calendars.get(task.id) ?? null;
      return { task, input: planTask(task, ids), resourceCalendarIds: ids };
    }),
    shell: planInput({ ...loaded.doc, tasks: [], links: [], assignments: [] }),
    index,
    parentAt: Int32Array.from(tasks, (t) => (t.parentId ? (index.get(t.parentId) ?? -1) : -1)),
  };
}

/** Whether a task existed at that moment and was not deleted: what planAsOf keeps. */
const liveIn = (past: ReadonlyMap<string, PastTaskState>, id: string): boolean => past.get(id)?.archived === false;

/**
 * The engine's input for the plan as it stood at the end of `asOf`: what
 * `planInput(planAsOf(loaded, past, asOf).doc)` gives, made from `base` without copying the plan or
 * sorting its outline again. Its tasks are base's, with that day's fields set: the input holds until
 * the next day's is made from `base` (schedule it at once; the engine's result keeps none of them).
 * Null when a task of that day sits under a task that was not there then: planAsOf makes it a
 * top-level task, which moves it in the outline (the caller uses planAsOf).
 */
export function pastInput(loaded: LoadedPlan, base: PastBase, past: ReadonlyMap<string, PastTaskState>, asOf: string): PlanInput | null {
  const tasks: PlanTask[] = [];
  for (const { task: t, input, resourceCalendarIds } of base.outline) {
    const p = past.get(t.id);
    if (!p || p.archived) continue;
    if (t.parentId && !liveIn(past, t.parentId)) return null;
    // The fields of planAsOf's copy of the task that differ from day to day, as planTask reads them.
    input.durationDays = p.durationDays;
    input.percentComplete = p.rollupPercent ?? p.percentComplete ?? 0;
    input.actualStart = p.actualStart ? p.actualStart : null;
    input.actualFinish = p.actualFinish ? p.actualFinish : null;
    // Scheduling an earlier day may have left them out (its resources never work within its calendar).
    input.resourceCalendarIds = resourceCalendarIds;
    tasks.push(input);
  }
  const links = loaded.doc.links.filter((l) => liveIn(past, l.predecessorId) && liveIn(past, l.successorId));
  return { ...base.shell, statusDate: statusInstant(asOf), tasks, links };
}

/** A past day's scheduled dates as the schedule's rows show them, by the place of a task in the engine's input. */
export interface DayDates {
  /** How many tasks were scheduled. */
  count: number;
  id(k: number): string;
  start(k: number): string;
  finish(k: number): string;
}

/** The dates of the engine's result rows. */
export function resultDates(result: ScheduleResult): DayDates {
  const rows = result.tasks;
  return { count: rows.length, id: (k) => rows[k]!.id, start: (k) => rows[k]!.start, finish: (k) => rows[k]!.finish };
}

/**
 * The dates of the engine's model and passes (scheduleDates), as its result's rows would show them,
 * made only for the tasks read. Keeps the dates, not the model (nor the input's tasks).
 */
export function engineDates({ model, dates }: { model: ScheduleModel; dates: ScheduleDates }): DayDates {
  const { nodeOf, taskIds, taskCount } = model;
  const { start, finish } = dates;
  const texts = new LocalDateTexts();
  return {
    count: taskCount,
    id: (k) => taskIds[nodeOf[k]!]!,
    start: (k) => texts.text(start[nodeOf[k]!]!),
    finish: (k) => texts.text(finish[nodeOf[k]!]!),
  };
}

/** What a board reads of a past day's schedule: each task's dates, and which tasks it shows late. */
export interface PastMarks {
  /** A scheduled task's dates, as the schedule's row shows them. */
  row(taskId: string): Pick<EngineTask, 'start' | 'finish'> | undefined;
  /** Whether that day's schedule shows the task late (ScheduledTask.late of its row). */
  late(taskId: string): boolean;
}

/**
 * Which tasks of the plan as it stood at the end of `asOf` were late, from the dates the engine
 * scheduled it with (`day`): the rule of the schedule's rows (toSchedule: complete is 100 % or an actual finish, a summary
 * is complete when every task under it is; late is isLate against the end of `asOf`) without making
 * the rows. `loaded` is the plan as read today (planAsOf's source), `past` the tasks' states then.
 */
export function pastMarks(loaded: LoadedPlan, base: PastBase, past: ReadonlyMap<string, PastTaskState>, asOf: string, day: DayDates): PastMarks {
  const tasks = loaded.doc.tasks;
  const n = tasks.length;
  const { index, parentAt } = base;
  // The tasks of that day (planAsOf keeps their order: children after their parent) and their own completion.
  const live = new Uint8Array(n);
  const complete = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = past.get(tasks[i]!.id);
    if (!p || p.archived) continue;
    live[i] = 1;
    complete[i] = p.actualFinish || (p.rollupPercent ?? p.percentComplete ?? 0) >= 100 ? 1 : 0;
  }
  // A parent that day (planAsOf drops a parent that was not there) is complete when no task under it is open.
  const parent = (i: number) => (parentAt[i]! >= 0 && live[parentAt[i]!] ? parentAt[i]! : -1);
  const isParent = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (live[i] && parent(i) >= 0) isParent[parent(i)] = 1;
  const open = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (!live[i]) continue;
    if (isParent[i]) complete[i] = open[i] ? 0 : 1;
    if (!complete[i] && parent(i) >= 0) open[parent(i)] = 1;
  }
  const end = statusInstant(asOf);
  const now = new Date();
  const rowAt = new Int32Array(n).fill(-1);
  const late = new Uint8Array(n);
  const row = { finish: '', deadline: null as string | null, complete: false };
  for (let k = 0; k < day.count; k++) {
    const i = index.get(day.id(k))!;
    rowAt[i] = k;
    row.finish = day.finish(k);
    row.deadline = tasks[i]!.deadline ?? null;
    row.complete = complete[i] === 1;
    late[i] = isLate(row, end, now) ? 1 : 0;
  }
  return {
    row: (id) => {
      const i = index.get(id);
      if (i === undefined || rowAt[i] === -1) return undefined;
      const k = rowAt[i]!;
      return { start: day.start(k), finish: day.finish(k) };
    },
    late: (id) => {
      const i = index.get(id);
      return i !== undefined && late[i] === 1;
    },
  };
}
