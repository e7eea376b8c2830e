import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CycleError } from '../../src/planning/errors.js';
import type { LinkType } from '../../src/planning/model.js';
import { findTopologicalOrder } from '../../src/planning/network.js';
import { buildNetwork, cpm, type NetworkLink } from './cpm.js';

/** A (4) -> B (3) with one link of the given type and lag; C (10) runs alone so B has float to show. */
function twoTasks(type: LinkType, lag: number) {
  return cpm(buildNetwork([4, 3, 10], [{ from: 0, to: 1, type, lag }]));
}

describe('cpm link types', () => {
  it.each([
    // type, lag, expected B start
    ['FS', 0, 4],
    ['FS', 2, 6],
    ['FS', -1, 3],
    ['SS', 0, 0],
    ['SS', 2, 2],
    ['FF', 0, 1],
    ['FF', 2, 3],
    ['FF', -1, 0],
    ['SF', 5, 2],
    ['SF', 3, 0],
  ] as [LinkType, number, number][])('%s lag %d starts B at %d', (type, lag, start) => {
    const result = twoTasks(type, lag);
    expect(result.es[1]).toBe(start);
    expect(result.ef[1]).toBe(start + 3);
  });

  it('a lead never pulls a task before the project start', () => {
    expect(twoTasks('SS', -2).es[1]).toBe(0);
    expect(twoTasks('SF', -5).es[1]).toBe(0);
  });

  it('late dates honour each link type backwards', () => {
    // A (4) feeds B (3) by the link; B is the only successor, the makespan is C's 10.
    expect(twoTasks('FS', 0).lf[0]).toBe(7); // B may start at 7, so A may finish at 7
    expect(twoTasks('SS', 2).ls[0]).toBe(5); // B may start at 7: A must start by 5
    expect(twoTasks('FF', 1).lf[0]).toBe(9); // B may finish at 10: A must finish by 9
    expect(twoTasks('SF', 5).ls[0]).toBe(5); // B may finish at 10: A must start by 5
    expect(twoTasks('SF', 3).ls[0]).toBe(6); // the link allows 7, the makespan only 10 - 4
  });
});

describe('cpm floats and critical path', () => {
  // 0 -> 1 (2) -> 3, 0 -> 2 (5) -> 3; 0 and 3 are zero-length start and finish.
  const net = buildNetwork([0, 2, 5, 0], [
    { from: 0, to: 1 },
    { from: 0, to: 2 },
    { from: 1, to: 3 },
    { from: 2, to: 3 },
  ]);
  const result = cpm(net);

  it('the makespan is the longest path', () => {
    expect(result.makespan).toBe(5);
    expect(Array.from(result.totalFloat)).toEqual([0, 3, 0, 0]);
  });

  it('free float is the slip that leaves successors alone', () => {
    expect(Array.from(result.freeFloat)).toEqual([0, 3, 0, 0]);
  });

  it('free float is smaller than total float when a successor has float of its own', () => {
    // 0 (1) -> 1 (1) -> 2 (1); 3 (5) alone. Task 0 can slip 3 in total but 0 without moving 1.
    const chain = cpm(buildNetwork([1, 1, 1, 5], [{ from: 0, to: 1 }, { from: 1, to: 2 }]));
    expect(chain.totalFloat[0]).toBe(2);
    expect(chain.freeFloat[0]).toBe(0);
    expect(chain.freeFloat[2]).toBe(2);
  });

  it('returns a topological order', () => {
    const position = new Map(Array.from(result.order, (v, k) => [v, k]));
    for (let e = 0; e < net.linkFrom.length; e++) {
      expect(position.get(net.linkFrom[e])!).toBeLessThan(position.get(net.linkTo[e])!);
    }
  });
});

describe('cycles and bad links', () => {
  it('names the nodes of a cycle in link order', () => {
    const links: NetworkLink[] = [{ from: 0, to: 1 }, { from: 1, to: 2 }, { from: 2, to: 3 }, { from: 3, to: 1 }];
    const net = buildNetwork([1, 1, 1, 1], links);
    expect(findTopologicalOrder(net).cycle).toEqual([1, 2, 3]);
    expect(() => cpm(net)).toThrow(CycleError);
    try {
      cpm(net);
    } catch (error) {
      expect((error as CycleError).taskIds).toEqual(['1', '2', '3']);
    }
  });

  it('rejects a link to a node that does not exist', () => {
    expect(() => buildNetwork([1, 1], [{ from: 0, to: 2 }])).toThrow(RangeError);
  });

  it('handles an empty network', () => {
    const result = cpm(buildNetwork([], []));
    expect(result.makespan).toBe(0);
    expect(result.order.length).toBe(0);
  });
});

describe('ordering networks listed in any order', () => {
  /** A random DAG on 1..40 nodes whose node numbers are then shuffled, so links point both ways. */
  const shuffledDag = fc.integer({ min: 1, max: 40 }).chain((n) =>
    fc.record({
      durations: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
      pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 2 * n }),
      permutation: fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
      types: fc.array(fc.constantFrom('FS', 'SS', 'FF', 'SF' as const), { minLength: 2 * n, maxLength: 2 * n }),
    }),
  );

  it('places every node after its predecessors and schedules as the unshuffled network does', () => {
    fc.assert(fc.property(shuffledDag, ({ durations, pairs, permutation, types }) => {
      const links = pairs.filter(([a, b]) => a !== b).map(([a, b], k) => ({ from: Math.min(a, b), to: Math.max(a, b), type: types[k], lag: k % 3 }));
      const plain = cpm(buildNetwork(durations, links));
      const shuffledDurations = new Array<number>(durations.length);
      durations.forEach((d, i) => (shuffledDurations[permutation[i]] = d));
      const net = buildNetwork(shuffledDurations, links.map((l) => ({ ...l, from: permutation[l.from], to: permutation[l.to] })));
      const shuffled = cpm(net);
      const position = new Int32Array(durations.length);
      shuffled.order.forEach((v, k) => (position[v] = k));
      for (let e = 0; e < net.linkFrom.length; e++) expect(position[net.linkFrom[e]]).toBeLessThan(position[net.linkTo[e]]);
      expect(shuffled.makespan).toBe(plain.makespan);
      durations.forEach((_, i) => {
        expect(shuffled.es[permutation[i]]).toBe(plain.es[i]);
        expect(shuffled.lf[permutation[i]]).toBe(plain.lf[i]);
        expect(shuffled.freeFloat[permutation[i]]).toBe(plain.freeFloat[i]);
      });
    }));
  });

  it('places a node as soon as its last predecessor is placed, whatever the numbering', () => {
    fc.assert(fc.property(shuffledDag, ({ durations, pairs, permutation }) => {
      const links = pairs.filter(([a, b]) => a !== b).map(([a, b]) => ({ from: permutation[Math.min(a, b)], to: permutation[Math.max(a, b)] }));
      const order = findTopologicalOrder(buildNetwork(durations, links)).order!;
      const position = new Int32Array(durations.length);
      order.forEach((v, k) => (position[v] = k));
      // Between a node and its last predecessor lie only nodes placed through that predecessor:
      // none of them is a node without predecessors (those wait until the chain runs out).
      for (const v of order) {
        const before = links.filter((l) => l.to === v).map((l) => position[l.from]);
        if (before.length === 0) continue;
        const last = Math.max(...before);
        for (let k = last + 1; k < position[v]; k++) expect(links.some((l) => l.to === order[k])).toBe(true);
      }
    }));
  });

  it('finds a cycle wherever it sits in the numbering', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 0, max: 1000 }), (n, seed) => {
      // A ring over all nodes visited in a scrambled order, plus a tail node hanging off it.
      const ring = Array.from({ length: n }, (_, i) => (i * 7 + seed) % n);
      const unique = [...new Set(ring)];
      const links = unique.map((v, k) => ({ from: v, to: unique[(k + 1) % unique.length] }));
      if (unique.length < 2) return;
      const result = findTopologicalOrder(buildNetwork(new Array(n + 1).fill(1), [...links, { from: unique[0], to: n }]));
      expect(result.cycle).toBeDefined();
      const cycle = result.cycle!;
      for (let k = 0; k < cycle.length; k++) {
        const from = cycle[k];
        const to = cycle[(k + 1) % cycle.length];
        expect(links.some((l) => l.from === from && l.to === to)).toBe(true);
      }
    }));
  });
});
