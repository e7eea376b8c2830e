/**
 * Critical paths: chains of critical tasks joined by driving links (links with no slack),
 * read through summaries the way MS Project draws them: a link into a summary drives the
 * children it holds back, a link out of a summary is driven by the child that sets the
 * summary's dates. Only non-summary tasks appear in the paths.
 */
import { LINK_CODE } from './network.js';
import { EDGE, NODE, type ScheduleModel } from './schedule-model.js';
import type { ScheduleDates } from './schedule-passes.js';
import { listOf } from './shapes.js';

/** Enough paths for any screen; a network with ties can have exponentially many. */
export const MAX_CRITICAL_PATHS = 100;
/** Bounds the path walk on large networks with many ties; paths found so far are kept. */
const MAX_WALK_STEPS = 1_000_000;

export function findCriticalPaths(model: ScheduleModel, dates: ScheduleDates, critical: Uint8Array): number[][] {
  const successors = new Map<number, number[]>();
  const hasDrivingPredecessor = new Uint8Array(model.taskCount);
  const leaves = linkCriticalTasks(model, dates, critical, successors, hasDrivingPredecessor);
  const starts = leaves.filter((v) => !hasDrivingPredecessor[v]);
  starts.sort((a, b) => dates.earlyStart[a] - dates.earlyStart[b] || model.inputIndex[a] - model.inputIndex[b]);
  const paths = listOf<number[]>(0);
  let steps = 0;
  for (const start of starts) {
    if (paths.length >= MAX_CRITICAL_PATHS || steps > MAX_WALK_STEPS) break;
    steps += walkPaths(start, successors, paths);
  }
  return paths;
}

/** Critical non-summary tasks in topological order, with the critical tasks each one drives. */
function linkCriticalTasks(
  model: ScheduleModel,
  dates: ScheduleDates,
  critical: Uint8Array,
  successors: Map<number, number[]>,
  hasDrivingPredecessor: Uint8Array,
): number[] {
  const leaves: number[] = [];
  // foundFrom[s] === v once s is listed among v's successors: no duplicates, no quadratic search.
  const foundFrom = new Int32Array(model.kind.length).fill(-1);
  for (let k = 0; k < dates.order.length; k++) {
    const v = dates.order[k];
    if (v >= model.taskCount || model.kind[v] !== NODE.ACTIVITY || !critical[v]) continue;
    leaves.push(v);
    const next = drivenCriticalTasks(model, dates, critical, v, foundFrom);
    successors.set(v, next);
    for (const s of next) hasDrivingPredecessor[s] = 1;
  }
  return leaves;
}

/**
 * Depth-first walk from `start` appending every complete path (ending at a task that drives
 * nothing) to `paths`. Uses an explicit stack: one chain can be as long as the task list.
 * Returns the number of steps taken.
 */
function walkPaths(start: number, successors: Map<number, number[]>, paths: number[][]): number {
  const path = [start];
  const nextChild = [0];
  let steps = 0;
  while (path.length > 0 && paths.length < MAX_CRITICAL_PATHS && steps++ < MAX_WALK_STEPS) {
    const top = path.length - 1;
    const next = successors.get(path[top]) ?? [];
    if (next.length === 0) paths.push([...path]);
    if (nextChild[top] < next.length) {
      path.push(next[nextChild[top]++]);
      nextChild.push(0);
    } else {
      path.pop();
      nextChild.pop();
    }
  }
  return steps;
}

/** The critical tasks that `v` drives directly or through summaries, without duplicates, in edge order. */
function drivenCriticalTasks(model: ScheduleModel, dates: ScheduleDates, critical: Uint8Array, v: number, foundFrom: Int32Array): number[] {
  const found: number[] = [];
  const enter = (node: number): void => {
    if (model.kind[node] === NODE.ACTIVITY) {
      if (critical[node] && foundFrom[node] !== v) {
        foundFrom[node] = v;
        found.push(node);
      }
      return;
    }
    if (model.kind[node] !== NODE.GATE) return;
    for (let j = model.outStart[node]; j < model.outStart[node + 1]; j++) {
      const child = model.linkTo[model.outLinks[j]];
      if (heldBackByGate(model, dates, node, child)) enter(child);
    }
  };
  // Leaving a summary, a finish link (FS, FF) is driven only by the child that sets the
  // summary's finish, a start link (SS, SF) only by the one that sets its start.
  const leave = (node: number, drivesStart: boolean, drivesFinish: boolean): void => {
    for (let j = model.outStart[node]; j < model.outStart[node + 1]; j++) {
      const e = model.outLinks[j];
      const s = model.linkTo[e];
      if (model.edgeKind[e] === EDGE.LINK) {
        const type = model.linkType[e];
        const finishLink = type === LINK_CODE.FS || type === LINK_CODE.FF;
        if ((finishLink ? drivesFinish : drivesStart) && dates.linkSlack[e] <= 0) enter(s);
      } else if (model.edgeKind[e] === EDGE.ROLLUP) {
        const start = drivesStart && dates.earlyStart[node] === dates.earlyStart[s];
        const finish = drivesFinish && dates.earlyFinish[node] === dates.earlyFinish[s];
        if (start || finish) leave(s, start, finish);
      }
    }
  };
  leave(v, true, true);
  return found;
}

function heldBackByGate(model: ScheduleModel, dates: ScheduleDates, gate: number, child: number): boolean {
  const gateStart = dates.earlyStart[gate];
  if (!Number.isFinite(gateStart)) return false;
  if (model.kind[child] === NODE.GATE) return dates.earlyStart[child] === gateStart;
  const calendar = model.calendars[model.calendarOf[child]];
  return calendar.offsetAt(dates.earlyStart[child]) <= calendar.offsetAt(gateStart);
}
