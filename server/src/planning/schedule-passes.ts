/**
 * The calendar-aware passes of the critical path method over a ScheduleModel.
 *
 * All dates are epoch minutes (dates.ts) in Float64Arrays; ±Infinity means "no bound".
 * Durations and lags are turned into moments through each calendar's working-offset index,
 * so no Date object is created in the loops. Working-time snapping follows MS Project:
 * a task starts at the beginning of a working period and finishes at the end of one; a
 * milestone stays where its driving date falls if that is at the edge of working time.
 */
import type { WorkCalendar } from './calendar.js';
import { LINK_CODE } from './network.js';
import { CONSTRAINT, EDGE, edgeKindOf, isElapsed, linkTypeOf, NODE, PROGRESS, type ScheduleModel } from './schedule-model.js';

export interface ScheduleDates {
  order: Int32Array;
  earlyStart: Float64Array;
  earlyFinish: Float64Array;
  lateStart: Float64Array;
  lateFinish: Float64Array;
  /** Scheduled dates: early dates, late ones for ALAP tasks. */
  start: Float64Array;
  finish: Float64Array;
  /** Floats in working minutes of each node's calendar. */
  totalFloat: Float64Array;
  freeFloat: Float64Array;
  /**
   * Per link (input link e, below model.linkCount): working minutes the predecessor can slip
   * before the link moves its successor. Filled for links out of critical tasks and summaries
   * only; NaN elsewhere.
   */
  linkSlack: Float64Array;
  /** The latest early finish of any task: the project finish. */
  projectFinish: number;
  /** Two numbers a step of a pass hands back besides its result. */
  scratch: Float64Array;
  /** What the reverse sweep keeps per node besides the dates (a later partial sweep starts from it). */
  backward: BackwardState | null;
}

const { FS, SS, FF } = LINK_CODE;

export function runPasses(model: ScheduleModel, order: Int32Array): ScheduleDates {
  const n = model.kind.length;
  const dates: ScheduleDates = {
    order,
    earlyStart: new Float64Array(n),
    earlyFinish: new Float64Array(n),
    lateStart: new Float64Array(n),
    lateFinish: new Float64Array(n),
    start: new Float64Array(n),
    finish: new Float64Array(n),
    totalFloat: new Float64Array(n),
    freeFloat: new Float64Array(n),
    linkSlack: new Float64Array(model.linkCount).fill(NaN),
    projectFinish: model.projectStart,
    scratch: new Float64Array(2),
    backward: null,
  };
  dates.projectFinish = forwardPass(model, dates);
  backwardPass(model, dates);
  placeAlapTasks(model, dates);
  rollUpSummaries(model, dates);
  return dates;
}

// ---- Moving dates by lags -------------------------------------------------------------------

/**
 * A date moved forward by an edge's lag; working lags run on the successor's calendar (the
 * project calendar for a summary's gate) and land on a finish.
 */
function lagForward(lag: number, elapsed: number, successorCalendar: WorkCalendar, at: number): number {
  if (lag === 0 || !Number.isFinite(at)) return at;
  if (elapsed) return at + lag;
  return successorCalendar.finishAtOffset(successorCalendar.offsetAt(at) + lag);
}

/** The inverse of lagForward for the backward pass; lands on a start. */
function lagBackward(lag: number, elapsed: number, successorCalendar: WorkCalendar, at: number): number {
  if (lag === 0 || !Number.isFinite(at)) return at;
  if (elapsed) return at - lag;
  return successorCalendar.startAtOffset(successorCalendar.offsetAt(at) - lag);
}

/** A zero-length task sits on its driving date when that is working time or its edge, else at the next start. */
function placeMilestone(calendar: WorkCalendar, at: number): number {
  const offset = calendar.offsetAt(at);
  return calendar.finishAtOffset(offset) === at ? at : calendar.startAtOffset(offset);
}

function placeMilestoneBackward(calendar: WorkCalendar, at: number): number {
  const offset = calendar.offsetAt(at);
  return calendar.startAtOffset(offset) === at ? at : calendar.finishAtOffset(offset);
}

function finishFor(calendar: WorkCalendar, start: number, duration: number): number {
  return duration > 0 ? calendar.finishAtOffset(calendar.offsetAt(start) + duration) : start;
}

function startFor(calendar: WorkCalendar, finish: number, duration: number): number {
  return duration > 0 ? calendar.startAtOffset(calendar.offsetAt(finish) - duration) : finish;
}

// ---- Forward pass ---------------------------------------------------------------------------

// Each pass is one loop in a function that returns right after it: V8 compiles long loops on
// the fly (on-stack replacement) and would discard that code on every call if it then ran
// into code it had not profiled yet.

/** Early dates in topological order; returns the project finish (latest early finish). */
function forwardPass(model: ScheduleModel, dates: ScheduleDates): number {
  const { order, earlyFinish } = dates;
  let projectFinish = model.projectStart;
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    scheduleEarly(model, dates, v);
    if (model.kind[v] === NODE.ACTIVITY && earlyFinish[v] > projectFinish) projectFinish = earlyFinish[v];
  }
  return projectFinish;
}

/** One node's early dates from its predecessors' (final by then in topological order). */
export function scheduleEarly(model: ScheduleModel, dates: ScheduleDates, v: number): void {
  const kind = model.kind[v];
  if (kind === NODE.ACTIVITY) scheduleActivityEarly(model, dates, v);
  else if (kind === NODE.GATE) openGateEarly(model, dates, v);
  else rollUp(model, v, dates.earlyStart, dates.earlyFinish);
}

function openGateEarly(model: ScheduleModel, dates: ScheduleDates, v: number): void {
  const { earlyStart, earlyFinish } = dates;
  let start = model.startBound[v];
  const { into } = model;
  const calendar = model.calendars[model.calendarOf[v]];
  for (let j = model.inStart[v]; j < model.inStart[v + 1]; j++) {
    const p = into.node[j];
    const form = into.form[j];
    // Only FS and SS links and the parent's gate reach a gate (checked when the model is built).
    const candidate = edgeKindOf(form) === EDGE.GATE ? earlyStart[p] : lagForward(into.lag[j], isElapsed(form), calendar, linkTypeOf(form) === FS ? earlyFinish[p] : earlyStart[p]);
    if (candidate > start) start = candidate;
  }
  earlyStart[v] = start;
  earlyFinish[v] = start;
}

/** The project finish: the latest early finish of any task, the project start without one. */
export function latestEarlyFinish(model: ScheduleModel, earlyFinish: Float64Array): number {
  let finish = model.projectStart;
  for (let v = 0; v < model.taskCount; v++) if (model.kind[v] === NODE.ACTIVITY && earlyFinish[v] > finish) finish = earlyFinish[v];
  return finish;
}

function rollUp(model: ScheduleModel, summary: number, start: Float64Array, finish: Float64Array): void {
  let min = Infinity;
  let max = -Infinity;
  const { into } = model;
  for (let j = model.inStart[summary]; j < model.inStart[summary + 1]; j++) {
    if (edgeKindOf(into.form[j]) !== EDGE.ROLLUP) continue;
    const child = into.node[j];
    if (start[child] < min) min = start[child];
    if (finish[child] > max) max = finish[child];
  }
  start[summary] = min;
  finish[summary] = max;
}

function scheduleActivityEarly(model: ScheduleModel, dates: ScheduleDates, v: number): void {
  const { earlyStart, earlyFinish } = dates;
  const calendar = model.calendars[model.workCalendarOf[v]];
  const duration = model.duration[v];
  const progress = model.progress[v];

  if (progress === PROGRESS.COMPLETE && !Number.isNaN(model.actualFinish[v])) {
    const finish = model.actualFinish[v];
    earlyStart[v] = Number.isNaN(model.actualStart[v]) ? startFor(calendar, finish, duration) : model.actualStart[v];
    earlyFinish[v] = finish;
    return;
  }

  let start: number;
  // The finish the task's finish-type links and bounds ask for (-Infinity without any).
  let linkFinish = -Infinity;
  if (!Number.isNaN(model.actualStart[v])) {
    start = model.actualStart[v];
  } else {
    const limits = dates.scratch;
    start = linkDrivenStart(model, dates, v, calendar, duration, limits);
    linkFinish = limits[0];
  }
  earlyStart[v] = start;

  if (progress === PROGRESS.IN_PROGRESS) {
    // Done work stays where it happened; what remains cannot be done before the status date.
    const done = model.doneMinutes[v];
    let resume = calendar.finishAtOffset(calendar.offsetAt(start) + done);
    if (done === 0) resume = start;
    if (resume < model.statusDate) resume = model.statusDate;
    earlyFinish[v] = finishFor(calendar, resume, duration - done);
    return;
  }
  earlyFinish[v] = finishFor(calendar, start, duration);
  // A finish set by a link on the start of a working period (a start-to-finish link without
  // lag: the predecessor starts Monday 08:00) stays there, as MS Project shows it, rather than
  // at the end of the period before (Friday 17:00): the same working moment on this task's
  // calendar. A successor on another calendar reads the moment shown: on a calendar whose day
  // starts at 07:00 a finish-to-start successor starts Monday 08:00, after that finish.
  if (duration > 0 && linkFinish > -Infinity && calendar.startAtOffset(calendar.offsetAt(linkFinish)) === linkFinish
    && calendar.offsetAt(linkFinish) === calendar.offsetAt(earlyFinish[v])) {
    earlyFinish[v] = linkFinish;
  }
}

/**
 * The earliest start that honours the task's links, bounds and leveling delay; writes the
 * finish its finish-type links and finish bounds ask for into `limits[0]`.
 */
function linkDrivenStart(model: ScheduleModel, dates: ScheduleDates, v: number, calendar: WorkCalendar, duration: number, limits: Float64Array): number {
  const { earlyStart, earlyFinish } = dates;
  let start = model.startBound[v];
  let finish = model.finishBound[v];
  const { into } = model;
  // Lags run on the task's own calendar, even when its resources' calendars place its work.
  const lagCalendar = model.calendars[model.calendarOf[v]];
  for (let j = model.inStart[v]; j < model.inStart[v + 1]; j++) {
    const p = into.node[j];
    const form = into.form[j];
    if (edgeKindOf(form) === EDGE.GATE) {
      if (earlyStart[p] > start) start = earlyStart[p];
      continue;
    }
    const type = linkTypeOf(form);
    const from = type === FS || type === FF ? earlyFinish[p] : earlyStart[p];
    const candidate = lagForward(into.lag[j], isElapsed(form), lagCalendar, from);
    if (type === FS || type === SS) {
      if (candidate > start) start = candidate;
    } else if (candidate > finish) {
      finish = candidate;
    }
  }
  limits[0] = finish;
  if (finish > -Infinity) {
    const fromFinish = startFor(calendar, finish, duration);
    if (fromFinish > start) start = fromFinish;
  }
  if (start === -Infinity) start = model.projectStart;
  start = duration > 0 ? calendar.snapToStart(start) : placeMilestone(calendar, start);
  const delay = model.levelingDelay[v];
  if (delay > 0) start = calendar.startAtOffset(calendar.offsetAt(start) + delay);
  return start;
}

// ---- Backward pass and floats ---------------------------------------------------------------

/**
 * The latest finish and latest start a node may have so that every successor keeps its dates,
 * for two sets of successor dates at once in one walk over the node's edges: the late dates
 * (`lateStart`/`lateFinish`, summary-wide limits from `lateSummaryFinish`/`lateSummaryStart`)
 * and the early ones for free float (`freeStart`/`freeFinish`, `freeSummaryFinish`/`freeSummaryStart`).
 * Writes [late finish limit, late start limit, free finish limit, free start limit] into `out`.
 * Where both sets give a link the same date, its limit is computed once.
 */
function successorLimits(
  model: ScheduleModel,
  v: number,
  lateStart: Float64Array,
  lateFinish: Float64Array,
  lateSummaryFinish: Float64Array,
  lateSummaryStart: Float64Array,
  freeStart: Float64Array,
  freeFinish: Float64Array,
  freeSummaryFinish: Float64Array,
  freeSummaryStart: Float64Array,
  earlyStart: Float64Array,
  out: Float64Array,
): void {
  let lateFinishLimit = Infinity;
  let lateStartLimit = Infinity;
  let freeFinishLimit = Infinity;
  let freeStartLimit = Infinity;
  const { outOf } = model;
  for (let j = model.outStart[v]; j < model.outStart[v + 1]; j++) {
    const s = outOf.node[j];
    const form = outOf.form[j];
    const edgeKind = edgeKindOf(form);
    if (edgeKind === EDGE.ROLLUP) {
      // A child may not end after its summary's limit; only the child that sets the summary's start carries its start limit.
      if (lateSummaryFinish[s] < lateFinishLimit) lateFinishLimit = lateSummaryFinish[s];
      if (freeSummaryFinish[s] < freeFinishLimit) freeFinishLimit = freeSummaryFinish[s];
      if (earlyStart[v] === earlyStart[s]) {
        if (lateSummaryStart[s] < lateStartLimit) lateStartLimit = lateSummaryStart[s];
        if (freeSummaryStart[s] < freeStartLimit) freeStartLimit = freeSummaryStart[s];
      }
      continue;
    }
    if (edgeKind !== EDGE.LINK) continue;
    const type = linkTypeOf(form);
    const successorCalendar = model.calendars[model.calendarOf[s]];
    const lag = outOf.lag[j];
    const elapsed = isElapsed(form);
    const lateAt = successorDate(model, type, s, lateStart, lateFinish);
    const freeAt = successorDate(model, type, s, freeStart, freeFinish);
    const lateLimit = lagBackward(lag, elapsed, successorCalendar, lateAt);
    const freeLimit = freeAt === lateAt ? lateLimit : lagBackward(lag, elapsed, successorCalendar, freeAt);
    if (type === FS || type === FF) {
      if (lateLimit < lateFinishLimit) lateFinishLimit = lateLimit;
      if (freeLimit < freeFinishLimit) freeFinishLimit = freeLimit;
    } else {
      if (lateLimit < lateStartLimit) lateStartLimit = lateLimit;
      if (freeLimit < freeStartLimit) freeStartLimit = freeLimit;
    }
  }
  out[0] = lateFinishLimit;
  out[1] = lateStartLimit;
  out[2] = freeFinishLimit;
  out[3] = freeStartLimit;
}

/** The date of successor `s` a link of `type` holds its predecessor to: its start (FS, SS), else the latest equivalent of its finish. */
function successorDate(model: ScheduleModel, type: number, s: number, start: Float64Array, finish: Float64Array): number {
  return type === FS || type === SS ? start[s] : latestEquivalentFinish(model, s, finish[s]);
}

/** The latest date the link at position `j` of model.outOf lets its predecessor reach, given its successor's `start`/`finish`. */
function linkLimit(model: ScheduleModel, j: number, start: Float64Array, finish: Float64Array): number {
  const { outOf } = model;
  const s = outOf.node[j];
  const form = outOf.form[j];
  return lagBackward(outOf.lag[j], isElapsed(form), model.calendars[model.calendarOf[s]], successorDate(model, linkTypeOf(form), s, start, finish));
}

/**
 * The latest moment a finish-type link (FF, SF) may ask task `s` to finish by without
 * moving it past `finish`. A task finishes at the end of working time, so a required finish
 * anywhere in the non-working gap that follows (the weekend after Friday 17:00, a day off
 * in the task's own calendar) still lets it end at `finish`: the limit is the end of that gap.
 * Without this, elapsed lags and lags run on another calendar than the task's would show
 * float that is not there as negative.
 */
function latestEquivalentFinish(model: ScheduleModel, s: number, finish: number): number {
  if (model.duration[s] === 0 || !Number.isFinite(finish)) return finish;
  const calendar = model.calendars[model.workCalendarOf[s]];
  return calendar.startAtOffset(calendar.offsetAt(finish));
}

/** Scratch arrays of the backward pass, allocated once per schedule. */
export interface BackwardState {
  /** Per summary: the latest finish its successors allow every child, and the latest start for its first child. */
  lateSummaryFinish: Float64Array;
  lateSummaryStart: Float64Array;
  /** The same limits measured against the successors' early dates, for free float. */
  freeSummaryFinish: Float64Array;
  freeSummaryStart: Float64Array;
  /** Early starts with gates standing for their summary's early start (its first child's). */
  successorStart: Float64Array;
  /** The limits successorLimits writes, then the task's early finish as a working offset of its calendar (scheduleLate). */
  limits: Float64Array;
}

function createBackwardState(summaryNodes: number, successorStart: Float64Array): BackwardState {
  return {
    lateSummaryFinish: new Float64Array(summaryNodes).fill(Infinity),
    lateSummaryStart: new Float64Array(summaryNodes).fill(Infinity),
    freeSummaryFinish: new Float64Array(summaryNodes).fill(Infinity),
    freeSummaryStart: new Float64Array(summaryNodes).fill(Infinity),
    successorStart,
    limits: new Float64Array(5),
  };
}


/**
 * Late dates, total float, free float and link slack in one sweep in reverse topological
 * order: each node's successors are final by the time it is reached, for late and early dates.
 */
export function backwardPass(model: ScheduleModel, dates: ScheduleDates): void {
  // Summary limits and gate stand-ins are only read through summaries: skip them in flat plans.
  const hasSummaries = model.kind.length > model.taskCount;
  const successorStart = hasSummaries ? withGatesAtSummaryStart(model, dates.earlyStart, dates.earlyStart.slice()) : dates.earlyStart;
  const state = createBackwardState(hasSummaries ? model.kind.length : 0, successorStart);
  dates.backward = state;
  const { order } = dates;
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k];
    if (model.kind[v] === NODE.GATE) {
      openGateLate(model, dates, v);
    } else {
      scheduleLateAndFree(model, dates, state, v);
    }
  }
}

/** A gate must open by the latest start of any of its children. */
export function openGateLate(model: ScheduleModel, dates: ScheduleDates, gate: number): void {
  const { lateStart, lateFinish } = dates;
  let start = Infinity;
  for (let j = model.outStart[gate]; j < model.outStart[gate + 1]; j++) {
    const child = model.outOf.node[j];
    if (lateStart[child] < start) start = lateStart[child];
  }
  lateStart[gate] = start;
  lateFinish[gate] = start;
}

/**
 * A task's or summary's late dates, total float, free float and link slack, its successors'
 * late and early dates being final (one walk over its edges for both).
 */
export function scheduleLateAndFree(model: ScheduleModel, dates: ScheduleDates, state: BackwardState, v: number): void {
  successorLimits(
    model, v,
    dates.lateStart, dates.lateFinish, state.lateSummaryFinish, state.lateSummaryStart,
    state.successorStart, dates.earlyFinish, state.freeSummaryFinish, state.freeSummaryStart,
    dates.earlyStart, state.limits,
  );
  scheduleLate(model, dates, state, v);
  measureFreeFloat(model, dates, state, v);
}

/** Late dates and total float from the limits in state.limits[0..1]. */
function scheduleLate(model: ScheduleModel, dates: ScheduleDates, state: BackwardState, v: number): void {
  const { earlyStart, earlyFinish, lateStart, lateFinish, projectFinish } = dates;
  const limits = state.limits;
  if (model.kind[v] === NODE.SUMMARY) {
    state.lateSummaryFinish[v] = Math.min(limits[0], model.lateFinishCap[v], projectFinish);
    state.lateSummaryStart[v] = Math.min(limits[1], model.lateStartCap[v]);
    return;
  }
  if (model.progress[v] === PROGRESS.COMPLETE) {
    lateStart[v] = earlyStart[v];
    lateFinish[v] = earlyFinish[v];
    return;
  }
  const calendar = model.calendars[model.workCalendarOf[v]];
  const duration = model.duration[v];
  let finish = Math.min(limits[0], model.lateFinishCap[v], projectFinish);
  const startLimit = Math.min(limits[1], model.lateStartCap[v]);
  if (startLimit < Infinity) {
    const fromStart = finishFor(calendar, startLimit, duration);
    if (fromStart < finish) finish = fromStart;
  }
  finish = duration > 0 ? calendar.snapToFinish(finish) : placeMilestoneBackward(calendar, finish);
  lateFinish[v] = finish;
  lateStart[v] = startFor(calendar, finish, duration);
  const own = model.calendars[model.calendarOf[v]];
  // measureFreeFloat measures from the same offset: taken once.
  limits[4] = own.offsetAt(earlyFinish[v]);
  dates.totalFloat[v] = own.offsetAt(finish) - limits[4];
}

/**
 * Free float and per-link slack, measured against the successors' early dates. Gates stand
 * for their summary's early start (the first child's), since a link into a summary only
 * waits for the summary's first child.
 */
function measureFreeFloat(model: ScheduleModel, dates: ScheduleDates, state: BackwardState, v: number): void {
  const { earlyStart, earlyFinish, projectFinish } = dates;
  const limits = state.limits;
  const kind = model.kind[v];
  const calendar = model.calendars[model.calendarOf[v]];
  // Link slack only matters where critical paths are traced and for summaries' free float.
  if (kind === NODE.SUMMARY || dates.totalFloat[v] <= 0) {
    recordLinkSlack(model, v, calendar, earlyStart[v], earlyFinish[v], state.successorStart, earlyFinish, dates.linkSlack);
  }
  if (kind === NODE.SUMMARY) {
    state.freeSummaryFinish[v] = Math.min(limits[2], projectFinish);
    state.freeSummaryStart[v] = limits[3];
    return;
  }
  if (model.progress[v] === PROGRESS.COMPLETE) return;
  const duration = model.duration[v];
  let finish = Math.min(limits[2], projectFinish);
  if (limits[3] < Infinity) finish = Math.min(finish, finishFor(model.calendars[model.workCalendarOf[v]], limits[3], duration));
  const free = calendar.offsetAt(finish) - limits[4];
  // Free float never exceeds total float and never goes negative (MS Project's free slack).
  dates.freeFloat[v] = Math.max(0, Math.min(free, dates.totalFloat[v]));
}

/** `into` with each gate's entry replaced by its summary's early start (the first child's). */
function withGatesAtSummaryStart(model: ScheduleModel, earlyStart: Float64Array, into: Float64Array): Float64Array {
  for (let g = model.taskCount; g < into.length; g++) into[g] = earlyStart[model.gateOf[g]];
  return into;
}

/**
 * Each link's slack out of `v`, measured against its successor's early dates (`successorStart`,
 * `successorFinish`); the limits are computed again here, for the few nodes that need them.
 */
function recordLinkSlack(
  model: ScheduleModel,
  v: number,
  calendar: WorkCalendar,
  start: number,
  finish: number,
  successorStart: Float64Array,
  successorFinish: Float64Array,
  slack: Float64Array,
): void {
  const { outOf } = model;
  for (let j = model.outStart[v]; j < model.outStart[v + 1]; j++) {
    const form = outOf.form[j];
    if (edgeKindOf(form) !== EDGE.LINK) continue;
    const type = linkTypeOf(form);
    const own = type === FS || type === FF ? finish : start;
    slack[model.outLinks[j]] = calendar.offsetAt(linkLimit(model, j, successorStart, successorFinish)) - calendar.offsetAt(own);
  }
}

// ---- Scheduled dates ------------------------------------------------------------------------

/**
 * ALAP tasks move as late as they can without delaying their successors' scheduled dates or
 * their own late finish (MS Project: "as late as it can without delaying subsequent tasks").
 * Reverse topological order lets a chain of ALAP tasks slide together.
 */
export function placeAlapTasks(model: ScheduleModel, dates: ScheduleDates): void {
  const { order, earlyStart, earlyFinish, lateFinish, start, finish, projectFinish } = dates;
  start.set(earlyStart);
  finish.set(earlyFinish);
  const n = model.kind.length;
  if (model.constraint.indexOf(CONSTRAINT.ALAP) < 0) return;
  const successorStart = withGatesAtSummaryStart(model, earlyStart, start.slice());
  const noLimit = new Float64Array(n).fill(Infinity);
  const limits = new Float64Array(4);
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k];
    if (model.kind[v] !== NODE.ACTIVITY || model.constraint[v] !== CONSTRAINT.ALAP || model.progress[v] !== PROGRESS.NOT_STARTED) continue;
    // Both sets of successor dates are the scheduled ones (each link's limit is then computed once).
    successorLimits(model, v, successorStart, finish, noLimit, noLimit, successorStart, finish, noLimit, noLimit, earlyStart, limits);
    const calendar = model.calendars[model.workCalendarOf[v]];
    const duration = model.duration[v];
    let latest = Math.min(limits[0], lateFinish[v], projectFinish);
    if (limits[1] < Infinity) latest = Math.min(latest, finishFor(calendar, limits[1], duration));
    latest = duration > 0 ? calendar.snapToFinish(latest) : placeMilestoneBackward(calendar, latest);
    if (latest > earlyFinish[v]) {
      finish[v] = latest;
      start[v] = startFor(calendar, latest, duration);
      successorStart[v] = start[v];
    }
  }
}

/** Summaries show the span of their children: scheduled, early and late dates alike. */
export function rollUpSummaries(model: ScheduleModel, dates: ScheduleDates): void {
  const { order } = dates;
  const calendar = model.projectCalendar;
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    if (model.kind[v] !== NODE.SUMMARY) continue;
    rollUp(model, v, dates.start, dates.finish);
    rollUp(model, v, dates.lateStart, dates.lateFinish);
    dates.totalFloat[v] = calendar.offsetAt(dates.lateFinish[v]) - calendar.offsetAt(dates.earlyFinish[v]);
    let free = Infinity;
    for (let j = model.outStart[v]; j < model.outStart[v + 1]; j++) {
      const e = model.outLinks[j];
      if (model.edgeKind[e] === EDGE.LINK && dates.linkSlack[e] < free) free = dates.linkSlack[e];
    }
    if (free === Infinity) free = calendar.offsetAt(dates.projectFinish) - calendar.offsetAt(dates.earlyFinish[v]);
    dates.freeFloat[v] = Math.max(0, Math.min(free, dates.totalFloat[v]));
  }
}
