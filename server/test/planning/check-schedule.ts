/**
 * Test support: an independent check of an RCPSP schedule, written from the problem's plain
 * definition (no code shared with the solver), and a brute-force optimum for tiny problems.
 */
import type { LinkType, RcpspProblem } from '../../src/planning/leveling/problem.js';

interface Relation {
  from: number;
  to: number;
  type: LinkType;
  lag: number;
}

function relations(problem: RcpspProblem): Relation[] {
  return problem.successors.flatMap((list, from) =>
    list.map((entry) =>
      typeof entry === 'number'
        ? { from, to: entry, type: 'FS' as const, lag: 0 }
        : { from, to: entry.activity, type: entry.type ?? 'FS', lag: entry.lag ?? 0 },
    ),
  );
}

function capacityAt(problem: RcpspProblem, resource: number, period: number): number {
  const capacity = problem.capacities[resource];
  if (!Array.isArray(capacity)) return capacity;
  return capacity[Math.min(period, capacity.length - 1)];
}

/** Every rule the schedule breaks, in words; empty when it is feasible. */
export function scheduleViolations(problem: RcpspProblem, starts: number[]): string[] {
  const n = problem.durations.length;
  if (starts.length !== n) return [`${starts.length} starts for ${n} activities`];
  return violationsAmong(problem, starts, n);
}

/** The rules broken among activities 0..count-1 (the others are ignored). */
function violationsAmong(problem: RcpspProblem, starts: number[], count: number): string[] {
  const violations: string[] = [];
  const finish = (i: number): number => starts[i] + problem.durations[i];
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    if (!Number.isInteger(start) || start < 0) violations.push(`activity ${i} starts at ${start}`);
    if (start < (problem.release?.[i] ?? 0)) violations.push(`activity ${i} starts at ${start}, before its release ${problem.release?.[i]}`);
    const fixed = problem.fixedStart?.[i];
    if (fixed !== undefined && fixed !== null && start !== fixed) violations.push(`fixed activity ${i} moved from ${fixed} to ${start}`);
  }
  for (const { from, to, type, lag } of relations(problem)) {
    if (from >= count || to >= count) continue;
    const ok =
      type === 'FS' ? starts[to] >= finish(from) + lag
      : type === 'SS' ? starts[to] >= starts[from] + lag
      : type === 'FF' ? finish(to) >= finish(from) + lag
      : finish(to) >= starts[from] + lag;
    if (!ok) violations.push(`${type} ${from} -> ${to} lag ${lag} broken (${starts[from]}..${finish(from)} / ${starts[to]}..${finish(to)})`);
  }
  let end = 0;
  for (let i = 0; i < count; i++) end = Math.max(end, finish(i));
  problem.capacities.forEach((_, r) => {
    for (let t = 0; t < end; t++) {
      let used = 0;
      for (let i = 0; i < count; i++) if (starts[i] <= t && t < finish(i)) used += problem.demands[i][r];
      if (used > capacityAt(problem, r, t)) violations.push(`resource ${r} at period ${t}: ${used} used of ${capacityAt(problem, r, t)}`);
    }
  });
  return violations;
}

export function makespanOf(problem: RcpspProblem, starts: number[]): number {
  return Math.max(0, ...starts.map((start, i) => start + problem.durations[i]));
}

/** Shortest makespan by trying every start time below `horizon` (tiny problems only). */
export function bruteForceOptimum(problem: RcpspProblem, horizon: number): number {
  const n = problem.durations.length;
  const starts = new Array<number>(n).fill(0);
  let best = Number.POSITIVE_INFINITY;
  const place = (i: number, makespan: number): void => {
    if (i === n) {
      best = Math.min(best, makespan);
      return;
    }
    for (let t = 0; t + problem.durations[i] <= horizon; t++) {
      const reach = Math.max(makespan, t + problem.durations[i]);
      if (reach >= best) break;
      starts[i] = t;
      if (violationsAmong(problem, starts, i + 1).length === 0) place(i + 1, reach);
    }
  };
  place(0, 0);
  return best;
}
