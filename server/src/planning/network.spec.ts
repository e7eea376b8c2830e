import { describe, expect, it } from 'vitest';
import { CycleError } from './errors.js';
import { buildNetwork, cpm, findTopologicalOrder, type NetworkLink } from './network.js';
import type { LinkType } from './model.js';

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
