import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combine,
  combineChildren,
  emptySums,
  fromAggregate,
  leafContribution,
  projectPercent,
  rollUpTree,
  rollupOfLeaves,
  sameAggregate,
  summaryPercent,
  type RollupAggregate,
  type RollupCategory,
  type RollupLeaf,
  type RollupNode,
} from './rollup.js';

const leaf = (percentComplete: number, durationDays: number, category: RollupCategory = 'STARTED', kind: RollupLeaf['kind'] = 'TASK'): RollupLeaf => ({
  kind,
  durationDays,
  percentComplete,
  category,
});

describe('rollupOfLeaves', () => {
  it('weights percent complete by duration', () => {
    // 10 days at 50 % and 30 days at 10 %: (5 + 3) / 40 = 20 %.
    expect(rollupOfLeaves([leaf(50, 10), leaf(10, 30)]).percent).toBe(20);
  });

  it('gives milestones and zero-day tasks no weight while some work has a duration', () => {
    expect(rollupOfLeaves([leaf(40, 5), leaf(100, 0, 'COMPLETED', 'MILESTONE'), leaf(0, 0, 'UNSTARTED')]).percent).toBe(40);
  });

  it('averages the percents when nothing counted has a duration', () => {
    const r = rollupOfLeaves([leaf(100, 0, 'COMPLETED', 'MILESTONE'), leaf(0, 0, 'UNSTARTED', 'MILESTONE'), leaf(0, 0, 'UNSTARTED', 'MILESTONE'), leaf(0, 0, 'UNSTARTED', 'MILESTONE')]);
    expect(r).toEqual({ percent: 25, state: 'STARTED' });
  });

  it('leaves cancelled work out of the percent, and counts it as finished for the state', () => {
    expect(rollupOfLeaves([leaf(100, 2, 'COMPLETED'), leaf(0, 50, 'CANCELLED')])).toEqual({ percent: 100, state: 'DONE' });
    expect(rollupOfLeaves([leaf(0, 2, 'CANCELLED'), leaf(30, 50, 'CANCELLED')])).toEqual({ percent: 0, state: 'DONE' });
  });

  it('is NOT_STARTED with nothing begun, STARTED once a leaf is started or reports work', () => {
    expect(rollupOfLeaves([leaf(0, 2, 'UNSTARTED'), leaf(0, 3, 'UNSTARTED')]).state).toBe('NOT_STARTED');
    expect(rollupOfLeaves([leaf(0, 2, 'STARTED'), leaf(0, 3, 'UNSTARTED')]).state).toBe('STARTED');
    expect(rollupOfLeaves([leaf(10, 2, 'UNSTARTED'), leaf(0, 3, 'UNSTARTED')]).state).toBe('STARTED');
    expect(rollupOfLeaves([leaf(100, 2, 'COMPLETED'), leaf(0, 3, 'UNSTARTED')]).state).toBe('STARTED');
  });

  it('is 0 % and NOT_STARTED with no leaves', () => {
    expect(rollupOfLeaves([])).toEqual({ percent: 0, state: 'NOT_STARTED' });
  });

  it('rounds for the summary (whole) and the project (one decimal)', () => {
    const r = rollupOfLeaves([leaf(0, 2), leaf(100, 1)]);
    expect(summaryPercent(r)).toBe(33);
    expect(projectPercent(r)).toBe(33.3);
  });
});

describe('rollUpTree', () => {
  const node = (id: string, parentId: string | null, l: RollupLeaf = leaf(0, 1, 'UNSTARTED')): RollupNode => ({ id, parentId, ...l });

  it('rolls each summary up from its leaves, nested summaries adding no weight of their own', () => {
    const tree = rollUpTree([
      node('root', null, leaf(0, 99, 'UNSTARTED', 'SUMMARY')),
      node('a', 'root', leaf(0, 99, 'UNSTARTED', 'SUMMARY')),
      node('a1', 'a', leaf(100, 1, 'COMPLETED')),
      node('a2', 'a', leaf(0, 3, 'UNSTARTED')),
      node('b', 'root', leaf(50, 4)),
    ]);
    expect(tree.summaries.get('a')).toEqual({ percent: 25, state: 'STARTED' });
    // (1 * 100 + 3 * 0 + 4 * 50) / 8 = 37.5
    expect(tree.summaries.get('root')).toEqual({ percent: 37.5, state: 'STARTED' });
    expect(tree.total.percent).toBe(37.5);
    expect(tree.summaries.has('b')).toBe(false);
  });

  it('gives an empty summary 0 % and NOT_STARTED, and no weight in its parent', () => {
    const tree = rollUpTree([node('p', null, leaf(0, 1, 'UNSTARTED', 'SUMMARY')), node('e', 'p', leaf(70, 5, 'STARTED', 'SUMMARY')), node('t', 'p', leaf(100, 2, 'COMPLETED'))]);
    expect(tree.summaries.get('e')).toEqual({ percent: 0, state: 'NOT_STARTED' });
    expect(tree.summaries.get('p')).toEqual({ percent: 100, state: 'DONE' });
  });

  it('treats a task whose parent is not given as top-level', () => {
    const tree = rollUpTree([node('x', 'missing', leaf(40, 1))]);
    expect(tree.total.percent).toBe(40);
  });
});

const categories: RollupCategory[] = ['BACKLOG', 'UNSTARTED', 'STARTED', 'COMPLETED', 'CANCELLED'];
const arbLeaf = fc.record({
  kind: fc.constantFrom<RollupLeaf['kind']>('TASK', 'TASK', 'MILESTONE'),
  durationDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 }).map((n) => n / 8)),
  percentComplete: fc.integer({ min: 0, max: 100 }),
  category: fc.constantFrom(...categories),
}).map((l) => (l.kind === 'MILESTONE' ? { ...l, durationDays: 0 } : l));

/** A random tree: each node's parent is an earlier node or none; shuffled so order does not matter. */
const arbTree = fc
  .array(fc.tuple(arbLeaf, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 60 })
  .chain((items) =>
    fc.shuffledSubarray(
      items.map(([l, p, top], i): RollupNode => ({ id: `n${i}`, parentId: i === 0 || top ? null : `n${p % i}`, ...l })),
      { minLength: items.length, maxLength: items.length },
    ),
  );

describe('roll-up properties', () => {
  it('a summary rolls up to the same figure as its leaves taken flat', () => {
    fc.assert(
      fc.property(arbTree, (nodes) => {
        const tree = rollUpTree(nodes);
        const kids = new Map<string, RollupNode[]>();
        for (const n of nodes) if (n.parentId) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n]);
        const leavesOf = (n: RollupNode): RollupNode[] => {
          const c = kids.get(n.id);
          if (c?.length) return c.flatMap(leavesOf);
          return n.kind === 'SUMMARY' ? [] : [n];
        };
        for (const n of nodes) {
          const r = tree.summaries.get(n.id);
          if (!kids.get(n.id)?.length) {
            expect(r === undefined).toBe(n.kind !== 'SUMMARY');
            continue;
          }
          const flat = rollupOfLeaves(leavesOf(n));
          expect(r!.state).toBe(flat.state);
          expect(r!.percent).toBeCloseTo(flat.percent, 9);
          expect(summaryPercent(r!)).toBe(summaryPercent(flat));
        }
        const all = nodes.filter((n) => !kids.get(n.id)?.length && n.kind !== 'SUMMARY');
        expect(tree.total.percent).toBeCloseTo(rollupOfLeaves(all).percent, 9);
        expect(tree.total.state).toBe(rollupOfLeaves(all).state);
      }),
    );
  });

  it("a summary's aggregate is the combination of its direct children's, and equals its leaves' aggregate taken flat", () => {
    fc.assert(
      fc.property(arbTree, (nodes) => {
        const tree = rollUpTree(nodes);
        const ids = new Set(nodes.map((n) => n.id));
        const kids = new Map<string, RollupNode[]>();
        for (const n of nodes) if (n.parentId && n.parentId !== n.id && ids.has(n.parentId)) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n]);
        const contributionOf = (n: RollupNode): RollupAggregate => tree.aggregates.get(n.id) ?? leafContribution(n);
        const leavesOf = (n: RollupNode): RollupNode[] => {
          const c = kids.get(n.id);
          if (c?.length) return c.flatMap(leavesOf);
          return n.kind === 'SUMMARY' ? [] : [n];
        };
        for (const n of nodes) {
          const agg = tree.aggregates.get(n.id);
          expect(agg !== undefined).toBe(Boolean(kids.get(n.id)?.length) || n.kind === 'SUMMARY');
          if (!agg) continue;
          // One level: the direct children's aggregates, combined (in any order of the input), give the same bits.
          const direct = (kids.get(n.id) ?? []).map((k): [string, RollupAggregate] => [k.id, contributionOf(k)]);
          expect(sameAggregate(combineChildren(direct.reverse()), agg)).toBe(true);
          expect(fromAggregate(agg)).toEqual(tree.summaries.get(n.id));
          // Flat: the leaves' contributions folded one by one.
          const flat = leavesOf(n).reduce((a, l) => combine(a, leafContribution(l)), emptySums());
          expect([agg.leaves, agg.counted, agg.open, agg.started, agg.percentSum]).toEqual([flat.leaves, flat.counted, flat.open, flat.started, flat.percentSum]);
          expect(agg.weight).toBeCloseTo(flat.weight, 9);
          expect(agg.weightedPercent).toBeCloseTo(flat.weightedPercent, 6);
          expect(fromAggregate(agg).state).toBe(rollupOfLeaves(leavesOf(n)).state);
          expect(summaryPercent(fromAggregate(agg))).toBe(summaryPercent(rollupOfLeaves(leavesOf(n))));
        }
      }),
    );
  });

  it('combine is commutative and associative on the counts, and has the empty aggregate as identity', () => {
    fc.assert(
      fc.property(fc.array(arbLeaf, { maxLength: 10 }), fc.array(arbLeaf, { maxLength: 10 }), fc.array(arbLeaf, { maxLength: 10 }), (xs, ys, zs) => {
        const agg = (ls: RollupLeaf[]) => ls.reduce((a, l) => combine(a, leafContribution(l)), emptySums());
        const [a, b, c] = [agg(xs), agg(ys), agg(zs)];
        expect(sameAggregate(combine(a, emptySums()), a)).toBe(true);
        const left = combine(combine(a, b), c);
        const right = combine(a, combine(c, b));
        expect([left.leaves, left.counted, left.open, left.started]).toEqual([right.leaves, right.counted, right.open, right.started]);
        expect(left.weightedPercent).toBeCloseTo(right.weightedPercent, 6);
        expect(fromAggregate(left).state).toBe(fromAggregate(right).state);
        expect(summaryPercent(fromAggregate(left))).toBe(summaryPercent(rollupOfLeaves([...xs, ...ys, ...zs])));
      }),
    );
  });

  it('stays within the range of its counted leaves, and ignores the order of the leaves', () => {
    fc.assert(
      fc.property(fc.array(arbLeaf, { maxLength: 40 }), fc.nat(), (leaves, seed) => {
        const r = rollupOfLeaves(leaves);
        const counted = leaves.filter((l) => l.category !== 'CANCELLED').map((l) => l.percentComplete);
        expect(r.percent).toBeGreaterThanOrEqual(counted.length ? Math.min(...counted) : 0);
        expect(r.percent).toBeLessThanOrEqual(counted.length ? Math.max(...counted) : 0);
        const rotated = leaves.map((_, i) => leaves[(i + seed) % leaves.length]!);
        expect(rollupOfLeaves(rotated).percent).toBeCloseTo(r.percent, 9);
        expect(summaryPercent(rollupOfLeaves(rotated))).toBe(summaryPercent(r));
      }),
    );
  });

  it('is DONE exactly when every leaf is completed or cancelled, and then 100 % unless all are cancelled', () => {
    fc.assert(
      fc.property(fc.array(arbLeaf, { minLength: 1, maxLength: 30 }), (raw) => {
        // A completed task is at 100 % (the server keeps status and percent consistent).
        const leaves = raw.map((l) => (l.category === 'COMPLETED' ? { ...l, percentComplete: 100 } : l));
        const r = rollupOfLeaves(leaves);
        const done = leaves.every((l) => l.category === 'COMPLETED' || l.category === 'CANCELLED');
        expect(r.state === 'DONE').toBe(done);
        if (done) expect(r.percent).toBe(leaves.some((l) => l.category === 'COMPLETED') ? 100 : 0);
      }),
    );
  });
});
