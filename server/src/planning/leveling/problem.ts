/**
 * The resource-constrained project scheduling problem (single mode, renewable resources) as
 * plain data, and its compilation into flat typed arrays that the schedule builders read in
 * their inner loops.
 *
 * Time is counted in integer periods from 0. Every precedence relation, whatever its type and
 * lag, becomes a minimum start-to-start distance: start[to] >= start[from] + distance.
 */

export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/** A successor with an explicit relation type and lag (in periods, may be negative). */
export interface RcpspSuccessor {
  activity: number;
  type?: LinkType;
  lag?: number;
}

export interface RcpspProblem {
  /** Integer duration of each activity, in periods. */
  durations: number[];
  /** Successors of each activity: a bare index means finish-to-start without lag. */
  successors: (number | RcpspSuccessor)[][];
  /** demands[activity][resource]: integer units held during the whole activity. */
  demands: number[][];
  /**
   * Capacity per resource: a constant, or one value per period from period 0. After the last
   * listed period the last value holds, so a profile must end with the resource's normal capacity.
   */
  capacities: (number | number[])[];
  /** Earliest start of each activity (release date); 0 when absent. */
  release?: number[];
  /** Activities that must not move: their start is given and their resources are held there. */
  fixedStart?: (number | null)[];
}

export interface CompiledProblem {
  activityCount: number;
  resourceCount: number;
  /** Number of periods in the resource profiles; no schedule built by a serial SGS reaches it. */
  horizon: number;
  duration: Int32Array;
  /** Sparse demands: entries demandStart[i]..demandStart[i+1] of demandResource/demandAmount. */
  demandStart: Int32Array;
  demandResource: Int32Array;
  demandAmount: Int32Array;
  /** Successor arcs (CSR): succStart[i]..succStart[i+1] index succTarget/succDistance. */
  succStart: Int32Array;
  succTarget: Int32Array;
  succDistance: Int32Array;
  /** Predecessor arcs (CSR), the same arcs seen from the other end. */
  predStart: Int32Array;
  predSource: Int32Array;
  predDistance: Int32Array;
  release: Int32Array;
  fixed: Uint8Array;
  /** Start of every activity that is fixed; 0 for the others. */
  fixedStart: Int32Array;
  /** Activities that the solver may move, in a topological order. */
  movable: Int32Array;
  /** Position of each activity in one fixed topological order of all activities. */
  topoRank: Int32Array;
  /** Available units per resource and period (resource r at r * horizon + t), fixed work already taken. */
  baseAvailability: Int32Array;
  /** Finish of the latest fixed activity (the makespan can never be shorter). */
  fixedMakespan: number;
  /** True when some distance is negative: start order may then break precedence order. */
  hasNegativeDistance: boolean;
  /** Earliest start and latest finish from precedence and release dates alone (no resources). */
  earliestStart: Int32Array;
  latestFinish: Int32Array;
  /** A makespan no schedule can beat: the critical path, or the total work over the capacity. */
  lowerBound: number;
}

export class RcpspInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RcpspInputError';
  }
}

function requireInteger(value: number, what: string, min = 0): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RcpspInputError(`${what} must be an integer >= ${min}, got ${value}`);
  }
  return value;
}

/** Minimum start-to-start distance that a relation of `type` with `lag` imposes. */
function startDistance(type: LinkType, lag: number, fromDuration: number, toDuration: number): number {
  switch (type) {
    case 'FS':
      return fromDuration + lag;
    case 'SS':
      return lag;
    case 'FF':
      return fromDuration + lag - toDuration;
    case 'SF':
      return lag - toDuration;
  }
}

interface Arc {
  from: number;
  to: number;
  distance: number;
}

function collectArcs(problem: RcpspProblem, duration: Int32Array): Arc[] {
  const n = duration.length;
  if (problem.successors.length !== n) {
    throw new RcpspInputError(`successors has ${problem.successors.length} entries for ${n} activities`);
  }
  const arcs: Arc[] = [];
  problem.successors.forEach((list, from) => {
    for (const entry of list) {
      const link: RcpspSuccessor = typeof entry === 'number' ? { activity: entry } : entry;
      const to = link.activity;
      if (!Number.isInteger(to) || to < 0 || to >= n || to === from) {
        throw new RcpspInputError(`activity ${from} has an invalid successor ${to}`);
      }
      const lag = link.lag ?? 0;
      if (!Number.isInteger(lag)) throw new RcpspInputError(`lag from ${from} to ${to} must be an integer, got ${lag}`);
      arcs.push({ from, to, distance: startDistance(link.type ?? 'FS', lag, duration[from], duration[to]) });
    }
  });
  return arcs;
}

function toCsr(n: number, arcs: Arc[], key: 'from' | 'to'): { start: Int32Array; other: Int32Array; distance: Int32Array } {
  const start = new Int32Array(n + 1);
  for (const arc of arcs) start[arc[key] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const other = new Int32Array(arcs.length);
  const distance = new Int32Array(arcs.length);
  for (const arc of arcs) {
    const slot = fill[arc[key]]++;
    other[slot] = key === 'from' ? arc.to : arc.from;
    distance[slot] = arc.distance;
  }
  return { start, other, distance };
}

/** Kahn's algorithm; the order is deterministic (lowest index first among the ready ones). */
function topologicalOrder(n: number, succStart: Int32Array, succTarget: Int32Array): Int32Array {
  const indegree = new Int32Array(n);
  for (let k = 0; k < succTarget.length; k++) indegree[succTarget[k]]++;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  while (head < tail) {
    const i = order[head++];
    for (let k = succStart[i]; k < succStart[i + 1]; k++) {
      if (--indegree[succTarget[k]] === 0) order[tail++] = succTarget[k];
    }
  }
  if (tail !== n) throw new RcpspInputError('the precedence relations contain a cycle');
  return order;
}

function capacityProfiles(problem: RcpspProblem, resourceCount: number): number[][] {
  if (problem.capacities.length !== resourceCount) {
    throw new RcpspInputError(`capacities has ${problem.capacities.length} entries for ${resourceCount} resources`);
  }
  return problem.capacities.map((capacity, r) => {
    const profile = Array.isArray(capacity) ? capacity : [capacity];
    if (profile.length === 0) throw new RcpspInputError(`resource ${r} has an empty capacity profile`);
    profile.forEach((value, t) => requireInteger(value, `capacity of resource ${r} in period ${t}`));
    return profile;
  });
}

export function compileProblem(problem: RcpspProblem): CompiledProblem {
  const n = problem.durations.length;
  const duration = Int32Array.from(problem.durations, (d, i) => requireInteger(d, `duration of activity ${i}`));
  if (problem.demands.length !== n) {
    throw new RcpspInputError(`demands has ${problem.demands.length} rows for ${n} activities`);
  }
  const resourceCount = problem.capacities.length;
  const profiles = capacityProfiles(problem, resourceCount);

  const release = new Int32Array(n);
  const fixed = new Uint8Array(n);
  const fixedStart = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    release[i] = requireInteger(problem.release?.[i] ?? 0, `release of activity ${i}`);
    const start = problem.fixedStart?.[i];
    if (start !== undefined && start !== null) {
      fixed[i] = 1;
      fixedStart[i] = requireInteger(start, `fixed start of activity ${i}`);
    }
  }

  const demandStart = new Int32Array(n + 1);
  const demandResource: number[] = [];
  const demandAmount: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = problem.demands[i];
    if (row.length !== resourceCount) {
      throw new RcpspInputError(`activity ${i} has ${row.length} demands for ${resourceCount} resources`);
    }
    row.forEach((amount, r) => {
      requireInteger(amount, `demand of activity ${i} on resource ${r}`);
      if (amount > 0 && duration[i] > 0) {
        const tail = profiles[r][profiles[r].length - 1];
        if (!fixed[i] && amount > tail) {
          throw new RcpspInputError(
            `activity ${i} needs ${amount} units of resource ${r}, more than its lasting capacity ${tail}`,
          );
        }
        demandResource.push(r);
        demandAmount.push(amount);
      }
    });
    demandStart[i + 1] = demandResource.length;
  }

  const arcs = collectArcs(problem, duration);
  const succ = toCsr(n, arcs, 'from');
  const pred = toCsr(n, arcs, 'to');
  const order = topologicalOrder(n, succ.start, succ.other);
  const topoRank = new Int32Array(n);
  order.forEach((activity, rank) => (topoRank[activity] = rank));

  // Horizon: a serial SGS places each movable activity at the latest after everything placed
  // before it, once the profiles have reached their lasting values; so the sum of
  // (duration or outgoing distance) after that point bounds every schedule.
  let settled = 1;
  for (const profile of profiles) settled = Math.max(settled, profile.length);
  const outgoing = (i: number): number => {
    let w = duration[i];
    for (let k = succ.start[i]; k < succ.start[i + 1]; k++) w = Math.max(w, succ.distance[k]);
    return w;
  };
  let fixedMakespan = 0;
  let span = 0;
  for (let i = 0; i < n; i++) {
    settled = Math.max(settled, release[i]);
    if (fixed[i]) {
      settled = Math.max(settled, fixedStart[i] + outgoing(i));
      fixedMakespan = Math.max(fixedMakespan, fixedStart[i] + duration[i]);
    } else {
      span += outgoing(i);
    }
  }
  const horizon = settled + span + 1;

  const baseAvailability = new Int32Array(resourceCount * horizon);
  profiles.forEach((profile, r) => {
    const row = baseAvailability.subarray(r * horizon, (r + 1) * horizon);
    row.set(profile.slice(0, horizon));
    row.fill(profile[profile.length - 1], Math.min(profile.length, horizon));
  });
  for (let i = 0; i < n; i++) {
    if (!fixed[i]) continue;
    for (let k = demandStart[i]; k < demandStart[i + 1]; k++) {
      const base = demandResource[k] * horizon;
      for (let t = fixedStart[i]; t < fixedStart[i] + duration[i]; t++) baseAvailability[base + t] -= demandAmount[k];
    }
  }

  const movable = order.filter((i) => !fixed[i]);
  const hasNegativeDistance = arcs.some((arc) => arc.distance < 0);
  const compiled: CompiledProblem = {
    activityCount: n,
    resourceCount,
    horizon,
    duration,
    demandStart,
    demandResource: Int32Array.from(demandResource),
    demandAmount: Int32Array.from(demandAmount),
    succStart: succ.start,
    succTarget: succ.other,
    succDistance: succ.distance,
    predStart: pred.start,
    predSource: pred.other,
    predDistance: pred.distance,
    release,
    fixed,
    fixedStart,
    movable,
    topoRank,
    baseAvailability,
    fixedMakespan,
    hasNegativeDistance,
    earliestStart: new Int32Array(n),
    latestFinish: new Int32Array(n),
    lowerBound: 0,
  };
  computeTimeWindows(compiled, order);
  compiled.lowerBound = Math.max(compiled.lowerBound, workLowerBound(compiled, profiles));
  return compiled;
}

/** Forward and backward critical-path passes on precedence and release dates only. */
function computeTimeWindows(p: CompiledProblem, order: Int32Array): void {
  const { earliestStart, latestFinish, duration } = p;
  let criticalPath = 0;
  for (const i of order) {
    let es = p.fixed[i] ? p.fixedStart[i] : p.release[i];
    if (!p.fixed[i]) {
      for (let k = p.predStart[i]; k < p.predStart[i + 1]; k++) {
        es = Math.max(es, earliestStart[p.predSource[k]] + p.predDistance[k]);
      }
    }
    earliestStart[i] = es;
    criticalPath = Math.max(criticalPath, es + duration[i]);
  }
  for (let index = order.length - 1; index >= 0; index--) {
    const i = order[index];
    let ls = criticalPath - duration[i];
    for (let k = p.succStart[i]; k < p.succStart[i + 1]; k++) {
      ls = Math.min(ls, latestFinish[p.succTarget[k]] - duration[p.succTarget[k]] - p.succDistance[k]);
    }
    latestFinish[i] = ls + duration[i];
  }
  p.lowerBound = criticalPath;
}

/** The first period by which each resource's cumulative capacity covers all the work asked of it. */
function workLowerBound(p: CompiledProblem, profiles: number[][]): number {
  const work = new Float64Array(p.resourceCount);
  for (let i = 0; i < p.activityCount; i++) {
    for (let k = p.demandStart[i]; k < p.demandStart[i + 1]; k++) {
      work[p.demandResource[k]] += p.demandAmount[k] * p.duration[i];
    }
  }
  let bound = 0;
  profiles.forEach((profile, r) => {
    let remaining = work[r];
    let t = 0;
    while (remaining > 0 && t < profile.length) remaining -= profile[t++];
    const tail = profile[profile.length - 1];
    if (remaining > 0 && tail > 0) t += Math.ceil(remaining / tail);
    bound = Math.max(bound, t);
  });
  return bound;
}
