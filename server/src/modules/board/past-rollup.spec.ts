import { describe, expect, it } from 'vitest';
import { rollUpTree, type RollupCategory, type RollupKind, type RollupNode } from '@trellis/schema/rollup';
import { rollupShape, rollUpShape } from './past-rollup.js';

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const CATEGORIES: RollupCategory[] = ['BACKLOG', 'UNSTARTED', 'STARTED', 'COMPLETED', 'CANCELLED'];
const KINDS: RollupKind[] = ['TASK', 'TASK', 'TASK', 'MILESTONE', 'SUMMARY'];

describe('rollUpShape', () => {
  it('gives rollUpTree\'s total, to the last bit, for the tasks of any day whose parents were there', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const n = 1 + Math.floor(rnd() * 60);
      const nodes: RollupNode[] = [];
      for (let i = 0; i < n; i++) {
        const id = `${Math.floor(rnd() * 1e9).toString(16)}-${i}`;
        const parent = i > 0 && rnd() < 0.8 ? nodes[Math.floor(rnd() * i)]!.id : null;
        nodes.push({
          id,
          parentId: parent,
          kind: KINDS[Math.floor(rnd() * KINDS.length)]!,
          durationDays: rnd() < 0.2 ? 0 : Math.round(rnd() * 70) / 7,
          percentComplete: Math.floor(rnd() * 101),
          category: CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!,
        });
      }
      // A day's tasks: any subset closed upwards (every task's parent is there too).
      const live = new Set<string>();
      for (const node of nodes) if ((node.parentId === null || live.has(node.parentId)) && rnd() < 0.85) live.add(node.id);
      const shape = rollupShape(nodes);
      const got = rollUpShape(
        shape,
        (i) => live.has(nodes[i]!.id),
        (i) => nodes[i]!,
      );
      expect(got, `seed ${seed}`).toEqual(rollUpTree(nodes.filter((x) => live.has(x.id))).total);
    }
  });

  it('treats a task whose parent is missing, or is itself, as top-level, and leaves loops of parents out, as rollUpTree does', () => {
    const leaf = { kind: 'TASK' as const, durationDays: 2, percentComplete: 50, category: 'STARTED' as const };
    const nodes: RollupNode[] = [
      { id: 'a', parentId: 'zz', ...leaf },
      { id: 'b', parentId: 'b', ...leaf, percentComplete: 10 },
      { id: 'c', parentId: 'd', ...leaf },
      { id: 'd', parentId: 'c', ...leaf },
      { id: 'e', parentId: 'a', ...leaf, durationDays: 3, percentComplete: 100, category: 'COMPLETED' },
    ];
    const got = rollUpShape(
      rollupShape(nodes),
      () => true,
      (i) => nodes[i]!,
    );
    expect(got).toEqual(rollUpTree(nodes).total);
  });
});
