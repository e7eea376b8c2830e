/**
 * The calendar-free core of the critical path method, in plain numbers (days or PSPLIB
 * periods: the caller picks the unit). Tests use it as a reference for the scheduler
 * (schedule.property.spec.ts) and run it on the PSPLIB sets; the product schedules through
 * computeSchedule. It shares the scheduler's link indexes and topological order.
 */
import { CycleError } from '../../src/planning/errors.js';
import type { LinkType } from '../../src/planning/model.js';
import { findTopologicalOrder, indexLinks, LINK_CODE, type LinkGraph } from '../../src/planning/network.js';

export interface NetworkLink {
  from: number;
  to: number;
  /** FS when missing. */
  type?: LinkType;
  /** Lag in the network's time unit; negative = lead. */
  lag?: number;
}

export interface Network extends LinkGraph {
  duration: Int32Array | Float64Array;
  linkType: Uint8Array;
  linkLag: Float64Array;
}

export interface CpmResult {
  es: Float64Array;
  ef: Float64Array;
  ls: Float64Array;
  lf: Float64Array;
  totalFloat: Float64Array;
  freeFloat: Float64Array;
  makespan: number;
  /** Node indexes in topological order. */
  order: Int32Array;
}

export function buildNetwork(durations: ArrayLike<number>, links: NetworkLink[]): Network {
  const n = durations.length;
  const duration = Float64Array.from(durations);
  const m = links.length;
  const linkFrom = new Int32Array(m);
  const linkTo = new Int32Array(m);
  const linkType = new Uint8Array(m);
  const linkLag = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const link = links[e];
    if (!isNodeIndex(link.from, n) || !isNodeIndex(link.to, n)) {
      throw new RangeError(`Link ${e} (${link.from} -> ${link.to}) refers to a node outside 0..${n - 1}`);
    }
    linkFrom[e] = link.from;
    linkTo[e] = link.to;
    linkType[e] = LINK_CODE[link.type ?? 'FS'];
    linkLag[e] = link.lag ?? 0;
  }
  const graph = indexLinks(n, linkFrom, linkTo);
  // Listed field by field rather than spread, so every network shares one stable hidden class.
  return {
    n,
    linkFrom,
    linkTo,
    inStart: graph.inStart,
    inLinks: graph.inLinks,
    outStart: graph.outStart,
    outLinks: graph.outLinks,
    duration,
    linkType,
    linkLag,
  };
}

function isNodeIndex(value: number, n: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < n;
}

/** Topological order or a CycleError naming the looping nodes by index. */
export function topologicalOrder(graph: LinkGraph): Int32Array {
  const result = findTopologicalOrder(graph);
  if (result.cycle) throw new CycleError(result.cycle.map(String));
  return result.order;
}

/**
 * Forward and backward passes from time 0. Early starts never go below 0; the makespan
 * is the latest early finish and bounds every late finish.
 */
export function cpm(net: Network): CpmResult {
  const { n } = net;
  const order = topologicalOrder(net);
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  const totalFloat = new Float64Array(n);
  const freeFloat = new Float64Array(n);

  const makespan = forwardPass(net, order, es, ef);
  backwardPass(net, order, makespan, es, ef, ls, lf, totalFloat, freeFloat);
  return { es, ef, ls, lf, totalFloat, freeFloat, makespan, order };
}

/** Early dates in topological order; returns the makespan. */
function forwardPass(net: Network, order: Int32Array, es: Float64Array, ef: Float64Array): number {
  const duration = net.duration;
  let makespan = 0;
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    const start = earliestStart(net, v, es, ef);
    es[v] = start;
    ef[v] = start + duration[v];
    if (ef[v] > makespan) makespan = ef[v];
  }
  return makespan;
}

/** Late dates and floats in reverse topological order. */
function backwardPass(
  net: Network,
  order: Int32Array,
  makespan: number,
  es: Float64Array,
  ef: Float64Array,
  ls: Float64Array,
  lf: Float64Array,
  totalFloat: Float64Array,
  freeFloat: Float64Array,
): void {
  const duration = net.duration;
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k];
    const finish = latestFinish(net, v, ls, lf, makespan);
    lf[v] = finish;
    ls[v] = finish - duration[v];
    totalFloat[v] = ls[v] - es[v];
    // Measured against the successors' early dates: slip that leaves every successor where it is.
    freeFloat[v] = latestFinish(net, v, es, ef, makespan) - ef[v];
  }
}

/** The earliest start of `v` that honours every link into it, given its predecessors' dates. */
function earliestStart(net: Network, v: number, start: Float64Array, finish: Float64Array): number {
  const { inStart, inLinks, linkFrom, linkType, linkLag, duration } = net;
  let best = 0;
  for (let k = inStart[v]; k < inStart[v + 1]; k++) {
    const e = inLinks[k];
    const p = linkFrom[e];
    const lag = linkLag[e];
    let candidate: number;
    switch (linkType[e]) {
      case LINK_CODE.FS: candidate = finish[p] + lag; break;
      case LINK_CODE.SS: candidate = start[p] + lag; break;
      case LINK_CODE.FF: candidate = finish[p] + lag - duration[v]; break;
      default: candidate = start[p] + lag - duration[v]; break;
    }
    if (candidate > best) best = candidate;
  }
  return best;
}

/** The latest finish of `v` that honours every link out of it, given its successors' dates. */
function latestFinish(net: Network, v: number, start: Float64Array, finish: Float64Array, horizon: number): number {
  const { outStart, outLinks, linkTo, linkType, linkLag, duration } = net;
  const d = duration[v];
  let best = horizon;
  for (let k = outStart[v]; k < outStart[v + 1]; k++) {
    const e = outLinks[k];
    const s = linkTo[e];
    const lag = linkLag[e];
    let candidate: number;
    switch (linkType[e]) {
      case LINK_CODE.FS: candidate = start[s] - lag; break;
      case LINK_CODE.SS: candidate = start[s] - lag + d; break;
      case LINK_CODE.FF: candidate = finish[s] - lag; break;
      default: candidate = finish[s] - lag + d; break;
    }
    if (candidate < best) best = candidate;
  }
  return best;
}
