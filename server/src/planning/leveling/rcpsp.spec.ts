import { describe, expect, it } from 'vitest';
import { RcpspInputError, solveRcpsp, type LinkType, type RcpspProblem } from './rcpsp.js';
import { SeededRandom } from './random.js';
import { bruteForceOptimum, makespanOf, scheduleViolations } from '../../../test/planning/check-schedule.js';

function solveAndCheck(problem: RcpspProblem, options = {}) {
  const solution = solveRcpsp(problem, options);
  expect(scheduleViolations(problem, solution.starts)).toEqual([]);
  expect(solution.makespan).toBe(makespanOf(problem, solution.starts));
  return solution;
}

/**
 * One resource of 3 units. Job 0 (3 units, 1 day) must precede job 4 (2 units, 3 days). The
 * only way to reach 10 days is to run job 3 (1 unit, 2 days) beside job 4; the latest-finish
 * priority rule instead runs the wide short jobs first and needs 12.
 */
const GREEDY_TRAP: RcpspProblem = {
  durations: [1, 1, 2, 2, 3, 3],
  demands: [[3], [3], [3], [1], [2], [3]],
  successors: [[4], [], [], [], [], []],
  capacities: [3],
};

describe('solveRcpsp', () => {
  it('finds the optimum where a priority rule does not', () => {
    expect(bruteForceOptimum(GREEDY_TRAP, 14)).toBe(10);
    const priorityRuleOnly = solveAndCheck(GREEDY_TRAP, { maxSchedules: 1 });
    expect(priorityRuleOnly.makespan).toBe(12);
    const searched = solveAndCheck(GREEDY_TRAP, { maxSchedules: 500 });
    expect(searched.makespan).toBe(10);
  });

  it('runs activities side by side when capacity allows and in sequence when not', () => {
    // Two 2-unit jobs on a 3-unit resource cannot overlap; a 1-unit job fits beside either.
    const problem: RcpspProblem = {
      durations: [4, 4, 4],
      demands: [[2], [2], [1]],
      successors: [[], [], []],
      capacities: [3],
    };
    expect(solveAndCheck(problem).makespan).toBe(8);
  });

  it('keeps the capacity of every period when capacity changes over time', () => {
    // The resource is away on periods 2-3 (a holiday): a 3-period job cannot straddle it.
    const problem: RcpspProblem = {
      durations: [3, 2],
      demands: [[1], [1]],
      successors: [[], []],
      capacities: [[1, 1, 0, 0, 1]],
    };
    const solution = solveAndCheck(problem);
    expect(solution.makespan).toBe(bruteForceOptimum(problem, 12));
    expect(solution.starts).toEqual([4, 0]);
  });

  it('starts no activity before its release date', () => {
    const problem: RcpspProblem = {
      durations: [2, 2, 2],
      demands: [[1], [1], [1]],
      successors: [[], [], []],
      capacities: [1],
      release: [3, 0, 0],
    };
    const solution = solveAndCheck(problem);
    expect(solution.starts[0]).toBeGreaterThanOrEqual(3);
    expect(solution.makespan).toBe(6);
  });

  it('leaves fixed activities where they are and schedules around them', () => {
    const problem: RcpspProblem = {
      durations: [3, 2, 2],
      demands: [[1], [1], [1]],
      successors: [[], [], []],
      capacities: [1],
      fixedStart: [2, null, null],
    };
    const solution = solveAndCheck(problem);
    expect(solution.starts[0]).toBe(2);
    expect(solution.makespan).toBe(bruteForceOptimum(problem, 12));
  });

  it('honours start-to-start, finish-to-finish and start-to-finish links with lags and leads', () => {
    const problem: RcpspProblem = {
      durations: [3, 2, 4, 2],
      demands: [[1], [1], [1], [1]],
      successors: [
        [
          { activity: 1, type: 'SS', lag: 1 },
          { activity: 2, type: 'FF', lag: 2 },
        ],
        [{ activity: 3, type: 'FS', lag: -1 }],
        [{ activity: 3, type: 'SF', lag: 1 }],
        [],
      ],
      capacities: [2],
    };
    const solution = solveAndCheck(problem);
    expect(solution.makespan).toBe(bruteForceOptimum(problem, 14));
  });

  it('finds the brute-force optimum on small random problems with finish-to-start and start-to-start links', () => {
    // With FF/SF links a successor may have to start before its predecessor to be optimal, which
    // the list-based search does not try (its schedules stay feasible, see the next test).
    const random = new SeededRandom(7);
    for (let round = 0; round < 12; round++) {
      const problem = randomProblem(random, 5, ['FS', 'SS']);
      const solution = solveAndCheck(problem, { maxSchedules: 600, seed: round });
      expect(solution.makespan, JSON.stringify(problem)).toBe(bruteForceOptimum(problem, safeHorizon(problem)));
    }
  });

  it('keeps every schedule feasible on larger random problems with varying capacity and links', () => {
    const random = new SeededRandom(11);
    for (let round = 0; round < 20; round++) solveAndCheck(randomProblem(random, 30), { maxSchedules: 300, seed: round });
  });

  it('gives the same answer for the same seed', () => {
    const problem = randomProblem(new SeededRandom(3), 40);
    const first = solveRcpsp(problem, { maxSchedules: 400, seed: 42 });
    const second = solveRcpsp(problem, { maxSchedules: 400, seed: 42 });
    expect(second).toEqual(first);
  });

  it('never generates more schedules than the budget', () => {
    const problem = randomProblem(new SeededRandom(5), 25);
    for (const budget of [1, 2, 3, 50, 301]) {
      expect(solveRcpsp(problem, { maxSchedules: budget }).schedules).toBeLessThanOrEqual(budget);
    }
  });

  it('rejects links that loop and demands that can never fit', () => {
    const looping: RcpspProblem = { durations: [1, 1], demands: [[0], [0]], successors: [[1], [0]], capacities: [1] };
    expect(() => solveRcpsp(looping)).toThrow(RcpspInputError);
    const tooBig: RcpspProblem = { durations: [1], demands: [[3]], successors: [[]], capacities: [2] };
    expect(() => solveRcpsp(tooBig)).toThrow(/needs 3 units of resource 0/);
  });
});

/** Long enough for a schedule that runs everything one after the other, lags and holiday included. */
function safeHorizon(problem: RcpspProblem): number {
  const lags = problem.successors.flat().reduce<number>((sum, link) => sum + (typeof link === 'number' ? 0 : Math.max(0, link.lag ?? 0)), 0);
  return problem.durations.reduce((a, b) => a + b, 0) + lags + Math.max(0, ...(problem.release ?? [])) + 5;
}

/** A random acyclic problem (links only go to higher indexes) with 2 resources and a holiday. */
function randomProblem(random: SeededRandom, size: number, types: LinkType[] = ['FS', 'SS', 'FF', 'SF']): RcpspProblem {
  const durations = Array.from({ length: size }, () => 1 + random.below(4));
  const demands = durations.map(() => [random.below(3), random.below(2)]);
  const successors = durations.map((_, i) => {
    const list = [];
    for (let j = i + 1; j < size; j++) {
      if (random.next() < 3 / size) list.push({ activity: j, type: types[random.below(types.length)], lag: random.below(4) - 1 });
    }
    return list;
  });
  const holiday = random.below(4);
  const capacities = [[2, 2, 2, 2, 2].map((c, t) => (t === holiday ? 1 : c)), 1];
  const release = durations.map(() => (random.next() < 0.2 ? random.below(5) : 0));
  return { durations, demands, successors, capacities, release };
}
