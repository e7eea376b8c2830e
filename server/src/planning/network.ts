/**
 * The link graph the scheduler orders: CSR link indexes (into and out of each node) over
 * flat typed arrays, and a topological order that does not depend on the order of the input.
 */
import type { LinkType } from './model.js';

/** Numeric link codes used in the typed arrays. */
export const LINK_CODE = { FS: 0, SS: 1, FF: 2, SF: 3 } as const satisfies Record<LinkType, number>;

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

/**
 * Kahn's algorithm, depth first: a node goes into the order as soon as its last predecessor
 * is placed, before the other nodes waiting, so the passes reach each task while the dates of
 * the task that released it are still in the processor's cache. Every link goes forward in
 * the order; when the links loop, returns the nodes of one loop in link order (starting at
 * its lowest index) instead. The order follows the links, not the order the tasks are listed
 * in: a plan listed in another order gets the same kind of order and takes the same time.
 * `successors` may give linkTo in out-link order (the scheduler's model has it); it is built
 * otherwise.
 */
export function findTopologicalOrder(
  graph: LinkGraph,
  successors?: Int32Array,
): { order: Int32Array; cycle?: undefined } | { order?: undefined; cycle: number[] } {
  const order = new Int32Array(graph.n);
  const remaining = new Int32Array(graph.n);
  countPredecessors(graph.n, graph.inStart, remaining);
  const next = successors ?? successorsInOutLinkOrder(graph.linkTo, graph.outLinks, new Int32Array(graph.outLinks.length));
  const stack = new Int32Array(graph.n);
  const placed = placeDepthFirst(graph.outStart, next, remaining, order, stack, stackSources(remaining, stack));
  if (placed === graph.n) return { order };
  return { cycle: extractCycle(graph, remaining) };
}

// Each hot loop lives in its own function that returns straight after it: V8 compiles long
// loops on the fly (on-stack replacement) and would otherwise throw that code away on every
// call when it reaches the not-yet-profiled code that follows the loop.

function countPredecessors(n: number, inStart: Int32Array, remaining: Int32Array): number {
  for (let i = 0; i < n; i++) remaining[i] = inStart[i + 1] - inStart[i];
  return n;
}

/** Stacks the nodes without predecessors, the lowest index on top; returns how many. */
function stackSources(remaining: Int32Array, stack: Int32Array): number {
  let top = 0;
  for (let i = remaining.length - 1; i >= 0; i--) if (remaining[i] === 0) stack[top++] = i;
  return top;
}

/**
 * Takes the node on top of the stack into the order and stacks each successor whose last
 * predecessor that was. Returns how many nodes were placed; fewer than n means the rest sit
 * on or behind a cycle (their `remaining` stays above 0).
 */
function placeDepthFirst(outStart: Int32Array, successors: Int32Array, remaining: Int32Array, order: Int32Array, stack: Int32Array, stacked: number): number {
  let top = stacked;
  let tail = 0;
  while (top > 0) {
    const v = stack[--top];
    order[tail++] = v;
    for (let k = outStart[v + 1] - 1; k >= outStart[v]; k--) {
      const w = successors[k];
      if (--remaining[w] === 0) stack[top++] = w;
    }
  }
  return tail;
}

/**
 * successors[k] = linkTo[outLinks[k]]: the node at the end of each link in the order of the
 * out-link index, so the walk reads one array front to back instead of jumping by link number.
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
