/**
 * Turns a plan and its unleveled schedule into an RCPSP on whole working days.
 *
 * - One activity per leaf task. It occupies every project working day its unleveled dates
 *   touch (a task from Tuesday 13:00 to Wednesday 12:00 holds both days), which is never less
 *   than its work needs, so a leveled day plan cannot hide an over-allocation.
 * - Each activity may start no earlier than its unleveled early start: leveling only delays.
 * - Links, expanded from summaries to their leaf tasks, become minimum start-to-start
 *   distances in days that mirror the scheduler (a successor may start on the day its
 *   predecessor finishes when the predecessor stops before the end of that day).
 * - Tasks with a must-start-on/must-finish-on or ALAP constraint, and tasks already started,
 *   are fixed: they keep their days and hold their resources there.
 * - Capacity is the resource's units (scaled to integer hundredths) on its working days and 0
 *   on the days its own calendar does not work. Materials are left out.
 */
import { PlanInputError } from '../errors.js';
import type { LinkType, PlanLink, PlanTask, ScheduleResult } from '../model.js';
import { CalendarSet, epochDay, epochMinute, isoDay, PeriodGrid } from './period-grid.js';
import type { RcpspProblem, RcpspSuccessor } from './problem.js';
import type { LevelingInput, LevelingResource } from './types.js';

/** Units are leveled in hundredths: 0.5 = 50. */
export const UNIT_SCALE = 100;

export interface LevelingModel {
  problem: RcpspProblem;
  grid: PeriodGrid;
  /** Activity -> index of its task in the input. */
  taskOfActivity: number[];
  /** Unleveled start period of each activity. */
  earlyStart: number[];
  fixed: boolean[];
  /** True for activities that use at least one leveled resource. */
  demanding: boolean[];
  /** Resources in the problem's resource order. */
  resources: LevelingResource[];
}

interface Footprint {
  start: number;
  /** Periods from the start period to the finish period (0 for a one-day task). */
  span: number;
  /** Periods held; 0 for milestones. */
  duration: number;
  /** A finish-to-start successor may begin in the finish period itself. */
  finishesMidDay: boolean;
}

const FIXING_CONSTRAINTS = new Set(['MSO', 'MFO', 'ALAP']);

export function buildLevelingModel(input: LevelingInput, unleveled: ScheduleResult, calendars: CalendarSet): LevelingModel {
  const tasks = input.tasks;
  const leafIndexes = tasks.map((_, i) => i).filter((i) => !unleveled.tasks[i].summary);
  let firstDay = epochDay(input.start);
  for (const i of leafIndexes) firstDay = Math.min(firstDay, epochDay(unleveled.tasks[i].start));
  const grid = new PeriodGrid(calendars.project, firstDay);

  const activityOfTask = new Map<number, number>();
  leafIndexes.forEach((taskIndex, activity) => activityOfTask.set(taskIndex, activity));
  const links = leafLinks(input, activityOfTask);
  const midDay = midDayStarts(input, leafIndexes, unleveled, calendars, links);
  const footprints = leafIndexes.map((i, a) => footprint(unleveled.tasks[i], tasks[i], grid, calendars, midDay[a]));
  const fixed = leafIndexes.map((i) => isFixed(tasks[i]));

  const resources = input.resources.filter((r) => (r.type ?? 'WORK') === 'WORK' && r.maxUnits > 0);
  const demands = resourceDemands(input, leafIndexes, activityOfTask, resources);
  const successors = startDistances(links, footprints);

  const earlyStart = footprints.map((f) => f.start);
  const horizon = profileLength(footprints, demands, fixed);
  grid.ensure(horizon);
  const capacities = resources.map((resource) => capacityProfile(resource, grid, horizon, calendars));

  return {
    problem: {
      durations: footprints.map((f) => f.duration),
      successors,
      // A movable task asking more than the resource ever has is leveled as if it took all of it;
      // the over-allocation check still reports it.
      demands: demands.map((row, a) => row.map((amount, r) => (fixed[a] ? amount : Math.min(amount, capacities[r][capacities[r].length - 1])))),
      capacities,
      release: earlyStart,
      fixedStart: earlyStart.map((start, a) => (fixed[a] ? start : null)),
    },
    grid,
    taskOfActivity: leafIndexes,
    earlyStart,
    fixed,
    demanding: demands.map((row) => row.some((amount) => amount > 0)),
    resources,
  };
}

function isFixed(task: PlanTask): boolean {
  return task.actualStart != null || task.actualFinish != null || (task.percentComplete ?? 0) > 0 || FIXING_CONSTRAINTS.has(task.constraint?.type ?? 'ASAP');
}

/** A link between two leaf tasks (links on summaries are expanded to their leaves). */
interface LeafLink {
  from: number;
  to: number;
  type: LinkType;
  /** Lag in working days, possibly fractional. */
  lag: number;
  elapsed: boolean;
}

const isWholeNumber = (days: number): boolean => Math.abs(days - Math.round(days)) < 1e-9;

/**
 * Which tasks may start at another time than the beginning of a working day once delays move
 * things around: a task that does so unleveled, or on its own calendar, or that follows (through
 * a link) a task that may finish mid-day, or with a fractional lag. A whole-day task that starts
 * at the beginning of a day keeps doing so under whole-day delays, and its day footprint is
 * exact; the others get a safety day (see footprint).
 */
function midDayStarts(input: LevelingInput, leafIndexes: number[], unleveled: ScheduleResult, calendars: CalendarSet, links: LeafLink[]): boolean[] {
  const project = calendars.project;
  const dayStart = (minute: number): number => project.snapToStart(Math.floor(minute / 1440) * 1440);
  const own = leafIndexes.map((i) => !!input.tasks[i].calendarId && input.tasks[i].calendarId !== input.calendarId);
  const fractional = leafIndexes.map((i) => !isWholeNumber(input.tasks[i].durationDays ?? 0));
  const midStart = leafIndexes.map((i, a) => {
    const start = epochMinute(unleveled.tasks[i].start);
    return own[a] || (!unleveled.tasks[i].milestone && start !== dayStart(start));
  });
  const finishesMid = leafIndexes.map((i, a) => {
    const finish = epochMinute(unleveled.tasks[i].finish);
    const next = project.snapToStart(finish);
    return own[a] || fractional[a] || (Math.floor(next / 1440) === Math.floor(finish / 1440) && next !== dayStart(finish));
  });
  const incoming = leafIndexes.map((): LeafLink[] => []);
  for (const link of links) incoming[link.to].push(link);
  for (const a of topologicalOrder(leafIndexes.length, links)) {
    for (const link of incoming[a]) {
      const fromMid =
        link.elapsed || !isWholeNumber(link.lag) || link.type === 'FF' || link.type === 'SF' ||
        (link.type === 'FS' ? finishesMid[link.from] || midStart[link.from] : midStart[link.from]);
      if (fromMid) midStart[a] = true;
    }
    if (midStart[a]) finishesMid[a] = true;
  }
  return midStart;
}

function topologicalOrder(count: number, links: LeafLink[]): number[] {
  const indegree = new Array<number>(count).fill(0);
  const outgoing = Array.from({ length: count }, (): number[] => []);
  for (const link of links) {
    indegree[link.to]++;
    outgoing[link.from].push(link.to);
  }
  const order = indegree.flatMap((d, a) => (d === 0 ? [a] : []));
  for (let head = 0; head < order.length; head++) {
    for (const to of outgoing[order[head]]) if (--indegree[to] === 0) order.push(to);
  }
  return order;
}

/**
 * The days a task holds: the days its unleveled dates touch. A task that may start mid-day
 * (see midDayStarts) can spill onto one more day once moved, so it holds that day too, and
 * its successors wait for the next day.
 */
function footprint(scheduled: ScheduleResult['tasks'][number], task: PlanTask, grid: PeriodGrid, calendars: CalendarSet, midDayStart: boolean): Footprint {
  const start = grid.startPeriod(epochDay(scheduled.start));
  const finishMinute = epochMinute(scheduled.finish);
  const finishDay = Math.floor(finishMinute / 1440);
  const calendar = calendars.get(task.calendarId);
  // Work resumes the same day after this finish when the next start the calendar allows is that day.
  const finishesMidDay = !midDayStart && Math.floor(calendar.snapToStart(finishMinute) / 1440) === finishDay;
  if (scheduled.milestone || scheduled.start === scheduled.finish) {
    return { start, span: 0, duration: 0, finishesMidDay };
  }
  const touched = Math.max(start, grid.finishPeriod(finishDay)) - start + 1;
  const duration = midDayStart ? Math.max(touched, Math.ceil((task.durationDays ?? 0) - 1e-9) + 1) : touched;
  return { start, span: duration - 1, duration, finishesMidDay };
}

/** Demands in hundredths of units per activity and leveled resource (several assignments add up). */
function resourceDemands(
  input: LevelingInput,
  leafIndexes: number[],
  activityOfTask: Map<number, number>,
  resources: LevelingResource[],
): number[][] {
  const taskIndex = new Map(input.tasks.map((task, i) => [task.id, i]));
  const resourceIndex = new Map(resources.map((resource, r) => [resource.id, r]));
  const known = new Set(input.resources.map((resource) => resource.id));
  const demands = leafIndexes.map(() => new Array<number>(resources.length).fill(0));
  input.assignments.forEach((assignment, k) => {
    const field = `assignments[${k}]`;
    const t = taskIndex.get(assignment.taskId);
    if (t === undefined) throw new PlanInputError(`${field}.taskId`, `unknown task "${assignment.taskId}"`);
    if (!known.has(assignment.resourceId)) throw new PlanInputError(`${field}.resourceId`, `unknown resource "${assignment.resourceId}"`);
    if (!(Number.isFinite(assignment.units) && assignment.units >= 0)) {
      throw new PlanInputError(`${field}.units`, `units must be a number >= 0, got ${assignment.units}`);
    }
    const activity = activityOfTask.get(t);
    const r = resourceIndex.get(assignment.resourceId);
    // Assignments on summaries and on materials are not leveled.
    if (activity === undefined || r === undefined) return;
    demands[activity][r] += Math.round(assignment.units * UNIT_SCALE);
  });
  return demands;
}

/** Leaf tasks under each summary (the task itself for a leaf). */
function leavesOf(input: LevelingInput, activityOfTask: Map<number, number>): (taskIndex: number) => number[] {
  const children = new Map<string, number[]>();
  input.tasks.forEach((task, i) => {
    if (task.parentId) children.set(task.parentId, [...(children.get(task.parentId) ?? []), i]);
  });
  const cache = new Map<number, number[]>();
  const collect = (i: number): number[] => {
    const cached = cache.get(i);
    if (cached) return cached;
    const activity = activityOfTask.get(i);
    const result = activity !== undefined ? [activity] : (children.get(input.tasks[i].id) ?? []).flatMap(collect);
    cache.set(i, result);
    return result;
  };
  return collect;
}

function leafLinks(input: LevelingInput, activityOfTask: Map<number, number>): LeafLink[] {
  const taskIndex = new Map(input.tasks.map((task, i) => [task.id, i]));
  const leaves = leavesOf(input, activityOfTask);
  const links: LeafLink[] = [];
  for (const link of input.links) {
    const from = taskIndex.get(link.predecessorId);
    const to = taskIndex.get(link.successorId);
    if (from === undefined || to === undefined) continue; // computeSchedule has already rejected these
    const lag = lagDays(link, input.tasks[from]);
    for (const a of leaves(from)) {
      for (const b of leaves(to)) if (a !== b) links.push({ from: a, to: b, type: link.type, lag, elapsed: !!link.elapsed });
    }
  }
  return links;
}

function startDistances(links: LeafLink[], footprints: Footprint[]): RcpspSuccessor[][] {
  // Strongest distance per (from, to) pair: a link expanded from summaries can repeat a pair.
  const distances = new Map<number, number>();
  const count = footprints.length;
  for (const link of links) {
    const distance = startDistance(link.type, Math.ceil(link.lag - 1e-9), footprints[link.from], footprints[link.to]);
    const key = link.from * count + link.to;
    const previous = distances.get(key);
    if (previous === undefined || distance > previous) distances.set(key, distance);
  }
  const successors: RcpspSuccessor[][] = footprints.map(() => []);
  for (const [key, distance] of distances) {
    // Distances are already start-to-start; SS with the distance as lag carries them as they are.
    successors[Math.floor(key / count)].push({ activity: key % count, type: 'SS', lag: distance });
  }
  return successors;
}

/** Lag in working days (a percentage of the predecessor's duration when given so). */
function lagDays(link: PlanLink, predecessor: PlanTask): number {
  return link.lagPercent !== undefined ? ((predecessor.durationDays ?? 0) * link.lagPercent) / 100 : (link.lagDays ?? 0);
}

function startDistance(type: LinkType, lag: number, from: Footprint, to: Footprint): number {
  // Days after `from`'s start on which an FS successor may begin.
  const release = from.span + (from.finishesMidDay ? 0 : 1);
  switch (type) {
    case 'FS':
      return release + lag;
    case 'SS':
      return lag;
    case 'FF':
      return from.span - to.span + lag;
    case 'SF':
      return lag - to.span;
  }
}

/**
 * Periods the capacity profiles must cover: past the last unleveled finish by the length of all
 * the leveled work, plus the days a resource's calendar takes away in that window.
 */
function profileLength(footprints: Footprint[], demands: number[][], fixed: boolean[]): number {
  let end = 1;
  let work = 0;
  footprints.forEach((f, a) => {
    end = Math.max(end, f.start + f.duration + 1);
    if (!fixed[a] && demands[a].some((amount) => amount > 0)) work += f.duration;
  });
  return end + work + 1;
}

function capacityProfile(resource: LevelingResource, grid: PeriodGrid, horizon: number, calendars: CalendarSet): number[] {
  const units = Math.round(resource.maxUnits * UNIT_SCALE);
  if (!resource.calendarId) return [units];
  const calendar = calendars.get(resource.calendarId);
  const profile: number[] = [];
  let offDays = 0;
  // Days off push work out, so extend the window by as many working days as the resource is away.
  for (let period = 0; period < horizon + offDays && offDays < 10 * 366; period++) {
    const working = calendar.isWorkingDay(isoDay(grid.dayOf(period)));
    if (!working) offDays++;
    profile.push(working ? units : 0);
  }
  // Past the window the resource is taken as available, so the solver always finds room.
  profile.push(units);
  return profile;
}
