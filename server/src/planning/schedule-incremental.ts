/**
 * A schedule after a change to some tasks' own scheduling fields (duration, constraint,
 * deadline, progress, leveling delay), computed from the schedule before instead of from
 * scratch: the same result as computeSchedule on the changed plan, field for field.
 *
 * What it recomputes:
 *  - the model: only the changed tasks are read again; ids, outline, links, calendars and the
 *    topological order are kept;
 *  - early dates: only the forward cone of the changed tasks, in topological order, and only
 *    as far as dates actually move;
 *  - late dates, floats and link slack: when the project finish stays, only the nodes whose
 *    successors' dates or own fields changed, in reverse topological order, as far as late
 *    dates move; when the finish moves every late date may move, and the reverse sweep runs
 *    over the whole plan;
 *  - ALAP placement, summary roll-ups and critical flags: over the whole plan (linear loops
 *    over typed arrays); critical paths too, unless the change cannot reach them (samePaths);
 *  - warnings: only for the tasks whose rows changed;
 *  - result rows: only the rows whose values changed are made again.
 *
 * What it does not cover (the caller schedules the plan whole; rescheduleTasks says so by
 * returning null): a task's calendar or its resources' calendars changed, its place in the
 * outline changed, its duration changed while a link out of it has a lag in percent of that
 * duration, a task whose fields the engine refuses, and anything that is not a task's own
 * field (links, calendars, project settings, tasks added or removed).
 */
import { findCriticalPaths } from './critical-paths.js';
import { PlanInputError } from './errors.js';
import type { PlanTask } from './model.js';
import { EDGE, edgeKindOf, NODE, PROGRESS, rereadTask, type ScheduleModel } from './schedule-model.js';
import { backwardPass, latestEarlyFinish, openGateLate, placeAlapTasks, rollUpSummaries, scheduleEarly, scheduleLateAndFree, type ScheduleDates } from './schedule-passes.js';
import { idsOfPaths, latestFinish, markCritical, scheduledTask, warnIfAny, type ScheduleState } from './schedule.js';
import type { ScheduleWarning } from './model.js';

/** A task's new fields, by its index in the input the schedule was computed from. */
export interface TaskChange {
  index: number;
  task: PlanTask;
}

export interface Rescheduled {
  state: ScheduleState;
  /** Input indexes of the tasks whose result rows differ from the schedule before. */
  changedRows: number[];
}

/**
 * Applies `changes` to the schedule in `state`, which it takes over (its arrays are updated in
 * place; the result object it held is left as it was). Null when the change is one this does
 * not cover (see above): schedule the changed plan whole instead.
 */
export function rescheduleTasks(state: ScheduleState, changes: TaskChange[]): Rescheduled | null {
  if (state.spent) return null;
  const { model, dates } = state;
  for (const { index, task } of changes) {
    if (!(index >= 0 && index < model.taskCount)) return null;
    if (!coveredChange(state, model.nodeOf[index], task)) return null;
  }
  state.spent = true;
  const previous = snapshot(state);
  try {
    for (const { index, task } of changes) rereadTask(model, model.nodeOf[index], task);
  } catch (error) {
    if (error instanceof PlanInputError) return null;
    throw error;
  }
  const position = (state.position ??= positions(dates.order));
  const dirty = new Uint8Array(model.kind.length);
  const moved = forwardCone(model, dates, position, dirty, changes);
  const finish = latestEarlyFinish(model, dates.earlyFinish);
  // Nodes whose late dates, floats or link slack may have changed; null: all of them.
  let swept: number[] | null = null;
  if (finish !== dates.projectFinish) {
    // Every late date may move with the finish: sweep the whole plan.
    dates.projectFinish = finish;
    dates.totalFloat.fill(0);
    dates.freeFloat.fill(0);
    dates.linkSlack.fill(NaN);
    backwardPass(model, dates);
  } else {
    swept = backwardCone(model, dates, position, dirty, changes, moved);
  }
  placeAlapTasks(model, dates);
  rollUpSummaries(model, dates);
  const critical = markCritical(model, dates);

  const changedRows = changedTasks(model, dates, critical, state.critical, previous, changes);
  const tasks = state.result.tasks.slice();
  for (const i of changedRows) tasks[i] = scheduledTask(model, dates, critical, state.texts, model.nodeOf[i]);
  const result = {
    start: state.result.start,
    finish: state.texts.text(latestFinish(model, dates)),
    tasks,
    criticalPaths: samePaths(state, critical, changes, moved, swept) ? state.result.criticalPaths : idsOfPaths(findCriticalPaths(model, dates, critical), model.taskIds),
    warnings: warningsAgain(state, changedRows),
  };
  const next: ScheduleState = { model, links: state.links, dates, critical, texts: state.texts, result, position, spent: false, previous, warningIndex: state.warningIndex };
  return { state: next, changedRows };
}

/**
 * The warnings after the change: a task's warnings depend on its own fields and dates only, so
 * those of the tasks whose rows did not change are kept, and the list stays in input order.
 */
function warningsAgain(state: ScheduleState, changedRows: number[]): ScheduleWarning[] {
  const { model, dates, texts } = state;
  const before = state.result.warnings;
  if (changedRows.length === 0) return before;
  const changed = new Uint8Array(model.taskCount);
  for (const i of changedRows) changed[i] = 1;
  const inputIndex = (state.warningIndex ??= new Map(model.taskIds.map((id, k) => [id, model.inputIndex[k]])));
  const warnings: ScheduleWarning[] = [];
  let c = 0;
  for (const warning of before) {
    const i = inputIndex.get(warning.taskId)!;
    for (; c < changedRows.length && changedRows[c] < i; c++) warnIfAny(model, dates, texts, model.nodeOf[changedRows[c]], warnings);
    if (changed[i] === 0) warnings.push(warning);
  }
  for (; c < changedRows.length; c++) warnIfAny(model, dates, texts, model.nodeOf[changedRows[c]], warnings);
  return warnings;
}

/**
 * True when the critical paths cannot have changed: the same tasks are critical and every node
 * whose early dates, link slack or fields changed is an activity off the critical paths. The
 * paths read only critical tasks' dates and slack, summaries' and gates' (findCriticalPaths).
 */
function samePaths(state: ScheduleState, critical: Uint8Array, changes: TaskChange[], moved: number[], swept: number[] | null): boolean {
  const { model } = state;
  if (swept === null) return false;
  const before = state.critical;
  for (let v = 0; v < critical.length; v++) if (critical[v] !== before[v]) return false;
  const offPaths = (v: number) => model.kind[v] === NODE.ACTIVITY && critical[v] === 0;
  return changes.every(({ index }) => offPaths(model.nodeOf[index])) && moved.every(offPaths) && swept.every(offPaths);
}

function coveredChange(state: ScheduleState, k: number, task: PlanTask): boolean {
  const { model } = state;
  const old = model.tasks[k];
  if (task.id !== old.id || (task.parentId ?? null) !== (old.parentId ?? null)) return false;
  if ((task.calendarId ?? null) !== (old.calendarId ?? null) || !sameIds(task.resourceCalendarIds, old.resourceCalendarIds)) return false;
  if (task.durationDays !== old.durationDays) {
    // A lag in percent of this task's duration would change with it.
    for (let j = model.outStart[k]; j < model.outStart[k + 1]; j++) {
      if (edgeKindOf(model.outOf.form[j]) === EDGE.LINK && state.links[model.outLinks[j]]?.lagPercent != null) return false;
    }
  }
  return true;
}

function sameIds(a: string[] | null | undefined, b: string[] | null | undefined): boolean {
  if (!a?.length || !b?.length) return !a?.length && !b?.length;
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function positions(order: Int32Array): Int32Array {
  const position = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) position[order[k]] = k;
  return position;
}

/** Early dates again from the changed tasks on, in topological order; returns the nodes whose early dates moved. */
function forwardCone(model: ScheduleModel, dates: ScheduleDates, position: Int32Array, dirty: Uint8Array, changes: TaskChange[]): number[] {
  const { order, earlyStart, earlyFinish } = dates;
  let first = order.length;
  const mark = (v: number) => {
    dirty[v] = 1;
    if (position[v] < first) first = position[v];
  };
  for (const { index } of changes) {
    const k = model.nodeOf[index];
    mark(k);
    // A summary's start bound is also its gate's.
    if (model.gateOf[k] >= 0) mark(model.gateOf[k]);
  }
  const moved: number[] = [];
  const { outOf, outStart } = model;
  for (let p = first; p < order.length; p++) {
    const v = order[p];
    if (dirty[v] === 0) continue;
    dirty[v] = 0;
    const start = earlyStart[v];
    const finish = earlyFinish[v];
    scheduleEarly(model, dates, v);
    if (earlyStart[v] === start && earlyFinish[v] === finish) continue;
    moved.push(v);
    // Links, a gate's children and a child's summary read this node's early dates.
    for (let j = outStart[v]; j < outStart[v + 1]; j++) dirty[outOf.node[j]] = 1;
  }
  return moved;
}

/**
 * Late dates, floats and link slack again (the project finish unchanged) for the nodes that
 * can see a difference: the changed tasks, the nodes whose early dates moved and the nodes
 * that measure their free float against those, then, in reverse topological order, the
 * predecessors of every node whose late dates or summary limits moved.
 */
function backwardCone(model: ScheduleModel, dates: ScheduleDates, position: Int32Array, dirty: Uint8Array, changes: TaskChange[], moved: number[]): number[] {
  const state = dates.backward!;
  const { order, earlyStart, lateStart, lateFinish } = dates;
  const { into, inStart } = model;
  let last = -1;
  const mark = (v: number) => {
    dirty[v] = 1;
    if (position[v] > last) last = position[v];
  };
  const markPredecessors = (v: number) => {
    for (let j = inStart[v]; j < inStart[v + 1]; j++) mark(into.node[j]);
  };
  for (const { index } of changes) mark(model.nodeOf[index]);
  const standIns = state.successorStart !== earlyStart;
  for (const v of moved) {
    if (model.kind[v] === NODE.GATE) continue;
    mark(v);
    markPredecessors(v);
    if (!standIns) continue;
    state.successorStart[v] = earlyStart[v];
    const gate = model.gateOf[v];
    if (gate >= 0) {
      // A link into a summary measures against the summary's early start.
      state.successorStart[gate] = earlyStart[v];
      markPredecessors(gate);
    }
  }
  const summaries = state.lateSummaryFinish.length > 0;
  const swept: number[] = [];
  for (let p = last; p >= 0; p--) {
    const v = order[p];
    if (dirty[v] === 0) continue;
    dirty[v] = 0;
    swept.push(v);
    const start = lateStart[v];
    const finish = lateFinish[v];
    if (model.kind[v] === NODE.GATE) {
      openGateLate(model, dates, v);
      if (lateStart[v] !== start || lateFinish[v] !== finish) markPredecessors(v);
      continue;
    }
    const limits = summaries ? [state.lateSummaryFinish[v], state.lateSummaryStart[v], state.freeSummaryFinish[v], state.freeSummaryStart[v]] : null;
    if (model.kind[v] === NODE.ACTIVITY && model.progress[v] === PROGRESS.COMPLETE) {
      // The full sweep leaves these at zero for finished work.
      dates.totalFloat[v] = 0;
      dates.freeFloat[v] = 0;
    }
    for (let j = model.outStart[v]; j < model.outStart[v + 1]; j++) {
      if (edgeKindOf(model.outOf.form[j]) === EDGE.LINK) dates.linkSlack[model.outLinks[j]] = NaN;
    }
    scheduleLateAndFree(model, dates, state, v);
    const limitsMoved = limits !== null
      && (limits[0] !== state.lateSummaryFinish[v] || limits[1] !== state.lateSummaryStart[v] || limits[2] !== state.freeSummaryFinish[v] || limits[3] !== state.freeSummaryStart[v]);
    if (limitsMoved || lateStart[v] !== start || lateFinish[v] !== finish) markPredecessors(v);
  }
  return swept;
}

/** The task values the result rows show, as they were before the change (buffers kept for the next change). */
function snapshot(state: ScheduleState): Float64Array[] {
  const { dates } = state;
  const sources = [dates.start, dates.finish, dates.earlyStart, dates.earlyFinish, dates.lateStart, dates.lateFinish, dates.totalFloat, dates.freeFloat];
  const taskCount = state.model.taskCount;
  const copies = state.previous?.length === sources.length && state.previous[0].length === taskCount ? state.previous : sources.map(() => new Float64Array(taskCount));
  for (let a = 0; a < sources.length; a++) copies[a].set(sources[a].subarray(0, taskCount));
  return copies;
}

function changedTasks(model: ScheduleModel, dates: ScheduleDates, critical: Uint8Array, before: Uint8Array, previous: Float64Array[], changes: TaskChange[]): number[] {
  const now = [dates.start, dates.finish, dates.earlyStart, dates.earlyFinish, dates.lateStart, dates.lateFinish, dates.totalFloat, dates.freeFloat];
  const nodes = new Uint8Array(model.taskCount);
  for (const { index } of changes) nodes[model.nodeOf[index]] = 1;
  markDifferentFlags(critical, before, nodes);
  for (let a = 0; a < now.length; a++) markDifferentValues(now[a], previous[a], nodes);
  const changed: number[] = [];
  for (let k = 0; k < nodes.length; k++) if (nodes[k] === 1) changed.push(model.inputIndex[k]);
  return changed.sort((a, b) => a - b);
}

function markDifferentFlags(now: Uint8Array, before: Uint8Array, nodes: Uint8Array): void {
  for (let k = 0; k < nodes.length; k++) if (now[k] !== before[k]) nodes[k] = 1;
}

/** Marks the nodes whose values differ (NaN equals NaN here). */
function markDifferentValues(now: Float64Array, before: Float64Array, nodes: Uint8Array): void {
  for (let k = 0; k < nodes.length; k++) {
    const x = now[k];
    const y = before[k];
    if (x !== y && (x === x || y === y)) nodes[k] = 1;
  }
}
