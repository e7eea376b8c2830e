/**
 * The calendar-free core of the critical path method, in plain numbers (minutes, days or
 * PSPLIB periods: the caller picks the unit). Leveling and PSPLIB work on this directly;
 * the calendar-aware scheduler in schedule.ts uses the same graph layout and ordering.
 *
 * Links are stored once in flat typed arrays and indexed twice in CSR form (into and out
 * of each node), so the passes walk contiguous memory and allocate nothing per task.
 */
import { CycleError } from './errors.js';
import type { LinkType } from './model.js';

/** Numeric link codes used in the typed arrays. */
export const LINK_CODE = { FS: 0, SS: 1, FF: 2, SF: 3 } as const satisfies Record<LinkType, number>;

export interface NetworkLink {
  from: number;
  to: number;
  /** FS when missing. */
  type?: LinkType;
  /** Lag in the network's time unit; negative = lead. */
  lag?: number;
}

/** The adjacency part of a network: enough to order it. */
export interface LinkGraph {
  n: number;
  linkFrom: Int32Array;
  linkTo: Int32Array;
  /** Links into node i are inLinks[inStart[i] .. inStart[i + 1]). */
  inStart: Int32Array;
  /** Empty in the scheduler's model, which copies what its passes need in this order instead (ScheduleModel.into). */
  inLinks: Int32Array;
  /** Links out of node i are outLinks[outStart[i] .. outStart[i + 1]). */
  outStart: Int32Array;
  outLinks: Int32Array;
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

/** Builds the CSR link indexes for `n` nodes from parallel from/to arrays. */
export function indexLinks(n: number, linkFrom: Int32Array, linkTo: Int32Array): LinkGraph {
  const m = linkFrom.length;
  const inStart = new Int32Array(n + 1);
  const outStart = new Int32Array(n + 1);
  countLinkEnds(linkFrom, linkTo, inStart, outStart);
  accumulate(inStart, outStart);
  const inLinks = new Int32Array(m);
  const outLinks = new Int32Array(m);
  fillLinkIndexes(linkFrom, linkTo, inStart.slice(0, n), outStart.slice(0, n), inLinks, outLinks);
  return { n, linkFrom, linkTo, inStart, inLinks, outStart, outLinks };
}

// The loops of indexLinks, each in a function of its own (see findTopologicalOrder below for why).

/** Counts the links into and out of each node into inStart[i + 1] and outStart[i + 1]. */
export function countLinkEnds(linkFrom: Int32Array, linkTo: Int32Array, inStart: Int32Array, outStart: Int32Array): number {
  for (let e = 0; e < linkFrom.length; e++) {
    inStart[linkTo[e] + 1]++;
    outStart[linkFrom[e] + 1]++;
  }
  return linkFrom.length;
}

/** Turns the counts of countLinkEnds into the start of each node's list. */
export function accumulate(inStart: Int32Array, outStart: Int32Array): number {
  for (let i = 0; i + 1 < inStart.length; i++) {
    inStart[i + 1] += inStart[i];
    outStart[i + 1] += outStart[i];
  }
  return inStart.length;
}

function fillLinkIndexes(linkFrom: Int32Array, linkTo: Int32Array, inFill: Int32Array, outFill: Int32Array, inLinks: Int32Array, outLinks: Int32Array): number {
  // Filling in link order keeps each node's list in input order, so results are deterministic.
  for (let e = 0; e < linkFrom.length; e++) {
    inLinks[inFill[linkTo[e]]++] = e;
    outLinks[outFill[linkFrom[e]]++] = e;
  }
  return linkFrom.length;
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

/**
 * Kahn's algorithm. Returns the nodes in an order where every link goes forward, or,
 * when the links loop, the nodes of one loop in link order (starting at its lowest index).
 *
 * Ready nodes are taken in index order where possible rather than breadth-first: plans list
 * tasks roughly in the order they happen, so the passes then read their arrays front to back
 * instead of jumping around memory, which is several times faster on large plans.
 */
export function findTopologicalOrder(
  graph: LinkGraph,
  outTo?: Int32Array,
): { order: Int32Array; cycle?: undefined } | { order?: undefined; cycle: number[] } {
  const order = new Int32Array(graph.n);
  // Plans list tasks in the order they happen often enough that every link points forward:
  // the walk below would then give the index order, so it is taken as it is.
  if (linksPointForward(graph.linkFrom, graph.linkTo)) return { order: fillIndexOrder(order) };
  const remaining = new Int32Array(graph.n);
  countPredecessors(graph, remaining);
  const successors = outTo ?? successorsInOutLinkOrder(graph.linkTo, graph.outLinks, new Int32Array(graph.outLinks.length));
  const placed = sweepInIndexOrder(graph.n, graph.outStart, successors, remaining, order);
  if (placed === graph.n) return { order };
  return { cycle: extractCycle(graph, remaining) };
}

// Each hot loop lives in its own function that returns straight after it: V8 compiles long
// loops on the fly (on-stack replacement) and would otherwise throw that code away on every
// call when it reaches the not-yet-profiled code that follows the loop.

function linksPointForward(linkFrom: Int32Array, linkTo: Int32Array): boolean {
  for (let e = 0; e < linkFrom.length; e++) if (linkFrom[e] >= linkTo[e]) return false;
  return true;
}

function fillIndexOrder(order: Int32Array): Int32Array {
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order;
}

function countPredecessors(graph: LinkGraph, remaining: Int32Array): number {
  const { n, inStart } = graph;
  for (let i = 0; i < n; i++) remaining[i] = inStart[i + 1] - inStart[i];
  return n;
}

/**
 * Walks the nodes by index and places each one whose predecessors are all placed. A node
 * released by a placement but already passed by the walk is placed straight away (through a
 * stack); one further ahead waits for the walk. `remaining` becomes -1 once a node is placed.
 * Returns how many nodes were placed; fewer than n means the rest sit on or behind a cycle.
 */
function sweepInIndexOrder(n: number, outStart: Int32Array, successors: Int32Array, remaining: Int32Array, order: Int32Array): number {
  const stack = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (remaining[i] !== 0) continue;
    remaining[i] = -1;
    let top = 0;
    stack[top++] = i;
    while (top > 0) {
      const v = stack[--top];
      order[tail++] = v;
      for (let k = outStart[v]; k < outStart[v + 1]; k++) {
        const w = successors[k];
        if (--remaining[w] === 0 && w < i) {
          remaining[w] = -1;
          stack[top++] = w;
        }
      }
    }
  }
  return tail;
}

/**
 * successors[k] = linkTo[outLinks[k]]: the node at the end of each link in the order of the
 * out-link index, so the sweep reads one array front to back instead of jumping by link number.
 */
function successorsInOutLinkOrder(linkTo: Int32Array, outLinks: Int32Array, successors: Int32Array): Int32Array {
  for (let k = 0; k < outLinks.length; k++) successors[k] = linkTo[outLinks[k]];
  return successors;
}

/** Every node left over by Kahn's algorithm has a left-over predecessor, so walking predecessors must loop. */
function extractCycle(graph: LinkGraph, remaining: Int32Array): number[] {
  const { n, linkFrom } = graph;
  // The scheduler's model leaves the in-link list out (its passes read edges copied in that
  // order instead); a cycle is rare enough to build it here.
  const { inStart, inLinks } = graph.inLinks.length === linkFrom.length ? graph : indexLinks(n, linkFrom, graph.linkTo);
  let start = 0;
  while (remaining[start] <= 0) start++;
  const seenAt = new Int32Array(n).fill(-1);
  const walk: number[] = [];
  let v = start;
  while (seenAt[v] < 0) {
    seenAt[v] = walk.length;
    walk.push(v);
    let next = -1;
    for (let k = inStart[v]; k < inStart[v + 1] && next < 0; k++) {
      const u = linkFrom[inLinks[k]];
      if (remaining[u] > 0) next = u;
    }
    v = next;
  }
  // The walk went backwards along links; reverse the loop part to read it in link order.
  const loop = walk.slice(seenAt[v]).reverse();
  let lowest = 0;
  for (let i = 1; i < loop.length; i++) if (loop[i] < loop[lowest]) lowest = i;
  return [...loop.slice(lowest), ...loop.slice(0, lowest)];
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
