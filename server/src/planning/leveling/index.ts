/**
 * Resource leveling: delays tasks so that no work resource is booked beyond its capacity,
 * keeping the project as short as the search can make it.
 *
 * levelPlan schedules the plan without leveling delays, casts it as a resource-constrained
 * project scheduling problem on working days (leveling-model.ts), solves that (rcpsp.ts),
 * and turns the solved start days back into per-task leveling delays that computeSchedule
 * applies after each task's links. Calling it is the preview; storing the delays (apply) or
 * dropping them (clear) is the caller's business.
 */
import type { PlanInput, PlanTask, ScheduleResult } from '../model.js';
import { computeSchedule } from '../schedule.js';
import { buildLevelingModel, type LevelingModel } from './leveling-model.js';
import { findOverallocations } from './overallocation.js';
import { CalendarSet, epochDay } from './period-grid.js';
import { solveRcpsp } from './rcpsp.js';
import type { LevelingInput, LevelingResult } from './types.js';

export { solveRcpsp, RcpspInputError } from './rcpsp.js';
export type { LinkType, RcpspOptions, RcpspProblem, RcpspSolution, RcpspSuccessor } from './rcpsp.js';
export type { LevelingAssignment, LevelingInput, LevelingResource, LevelingResult, Overallocation, TaskLevelingDelay } from './types.js';

/** Rounds of matching the scheduler's dates to the solved days (see alignDelays): one per layer of links. */
const MAX_ALIGNMENT_ROUNDS = 64;

export function levelPlan(input: LevelingInput): LevelingResult {
  const calendars = new CalendarSet(input);
  const noDelays = new Array<number>(input.tasks.length).fill(0);
  const unleveled = computeSchedule(planWithDelays(input, noDelays));
  const model = buildLevelingModel(input, unleveled, calendars);

  let delays = noDelays;
  let schedule = unleveled;
  if (model.demanding.some((demanding, a) => demanding && !model.fixed[a])) {
    const solution = solveRcpsp(model.problem, { maxSchedules: input.maxSchedules ?? 5000, seed: input.seed ?? 1 });
    ({ delays, schedule } = alignDelays(input, model, solution.starts, initialDelays(model, solution.starts, input.tasks.length)));
  }

  return {
    delays: input.tasks.flatMap((task, i) => (unleveled.tasks[i].summary ? [] : [{ taskId: task.id, levelingDelayDays: delays[i] }])),
    schedule,
    finishBefore: unleveled.finish,
    finishAfter: schedule.finish,
    overallocationsRemaining: findOverallocations(input, schedule, calendars),
  };
}

/** The plan as computeSchedule takes it, each task carrying the given leveling delay (days). */
function planWithDelays(input: LevelingInput, delays: number[]): PlanInput {
  const tasks: PlanTask[] = input.tasks.map((task, i) => ({ ...task, levelingDelayDays: delays[i] }));
  return { start: input.start, statusDate: input.statusDate, calendars: input.calendars, calendarId: input.calendarId, tasks, links: input.links };
}

/**
 * The delay of a task is how far the solver started it after the day its links and its own
 * early start allow, given where its predecessors ended up: computeSchedule adds the delay
 * after the links, so a task pushed only by a delayed predecessor needs none of its own.
 */
function initialDelays(model: LevelingModel, starts: number[], taskCount: number): number[] {
  const delays = new Array<number>(taskCount).fill(0);
  const { successors, durations } = model.problem;
  const allowed = model.earlyStart.slice();
  successors.forEach((list, a) => {
    for (const successor of list) {
      if (typeof successor === 'number') continue;
      allowed[successor.activity] = Math.max(allowed[successor.activity], starts[a] + (successor.lag ?? 0));
    }
  });
  model.taskOfActivity.forEach((taskIndex, a) => {
    if (model.fixed[a] || !model.demanding[a] || durations[a] === 0) return;
    delays[taskIndex] = Math.max(0, starts[a] - allowed[a]);
  });
  return delays;
}

/**
 * Where the day plan and the scheduler disagree (a task that starts mid-day, a lag shorter
 * than a day), a task can land on another day than the solved one. The delays are corrected
 * until every leveled task starts on its solved day: more delay for a task that landed early,
 * less for one that landed late. A task is corrected only once all its predecessors sit where
 * they belong, because moving a predecessor moves it too; each round settles the next layer.
 * Tasks without resources never get a delay of their own.
 */
function alignDelays(
  input: LevelingInput,
  model: LevelingModel,
  starts: number[],
  delays: number[],
): { delays: number[]; schedule: ScheduleResult } {
  const order = activityOrder(model);
  const predecessors = model.problem.successors.map((): number[] => []);
  model.problem.successors.forEach((list, a) => {
    for (const successor of list) predecessors[typeof successor === 'number' ? successor : successor.activity].push(a);
  });
  const adjustable = (a: number): boolean => !model.fixed[a] && model.demanding[a] && model.problem.durations[a] > 0;

  let schedule = computeSchedule(planWithDelays(input, delays));
  for (let round = 0; round < MAX_ALIGNMENT_ROUNDS; round++) {
    const settled = new Uint8Array(order.length);
    let changed = false;
    for (const a of order) {
      if (!predecessors[a].every((q) => settled[q])) continue;
      const taskIndex = model.taskOfActivity[a];
      if (!adjustable(a)) {
        settled[a] = 1;
        continue;
      }
      const landed = model.grid.startPeriod(epochDay(schedule.tasks[taskIndex].start));
      const corrected = Math.max(0, delays[taskIndex] + starts[a] - landed);
      if (corrected === delays[taskIndex]) settled[a] = 1;
      else {
        delays[taskIndex] = corrected;
        changed = true;
      }
    }
    if (!changed) break;
    schedule = computeSchedule(planWithDelays(input, delays));
  }
  return { delays, schedule };
}

/** Activities in an order where each comes after its predecessors (Kahn's algorithm). */
function activityOrder(model: LevelingModel): number[] {
  const { successors } = model.problem;
  const target = (s: number | { activity: number }): number => (typeof s === 'number' ? s : s.activity);
  const indegree = successors.map(() => 0);
  for (const list of successors) for (const s of list) indegree[target(s)]++;
  const order = indegree.flatMap((d, a) => (d === 0 ? [a] : []));
  for (let head = 0; head < order.length; head++) {
    for (const s of successors[order[head]]) if (--indegree[target(s)] === 0) order.push(target(s));
  }
  return order;
}
