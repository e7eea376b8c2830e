import { addLeaf, addSums, emptySums, rollupOfSums, type Rollup, type RollupLeaf, type RollupNode, type RollupSums } from '@trellis/schema/rollup';

/**
 * A tree of tasks made once to roll up many subsets of its tasks (the tasks of each past day):
 * rollUpTree's walk (@trellis/schema/rollup) without its maps, sorts and copies. Tasks are named
 * by their place in the list the shape was made from.
 */
export interface RollupShape {
  /** Tasks reached from the top, each after every task under it. */
  post: number[];
  /** Each task's children, in id order (the order rollUpTree combines them in). */
  kids: number[][];
  /** The top-level tasks, in id order. */
  roots: number[];
  /** 1 for a task of kind SUMMARY: one with no live children is an empty summary, not a leaf. */
  summary: Uint8Array;
}

const byId = (ids: readonly string[]) => (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);

/** The shape of a tree given flat: a task whose parent is not in the list (or is itself) is top-level, as in rollUpTree. */
export function rollupShape(nodes: readonly Pick<RollupNode, 'id' | 'parentId' | 'kind'>[]): RollupShape {
  const at = new Map(nodes.map((n, i) => [n.id, i]));
  const ids = nodes.map((n) => n.id);
  const kids: number[][] = nodes.map(() => []);
  const roots: number[] = [];
  nodes.forEach((n, i) => {
    const parent = n.parentId !== null && n.parentId !== n.id ? at.get(n.parentId) : undefined;
    if (parent === undefined) roots.push(i);
    else kids[parent]!.push(i);
  });
  for (const list of kids) list.sort(byId(ids));
  roots.sort(byId(ids));
  // Post-order without recursion (an outline can be deep); tasks on a loop of parents are never reached.
  const post: number[] = [];
  const seen = new Uint8Array(nodes.length);
  for (const root of roots) {
    const stack: [node: number, expanded: boolean][] = [[root, false]];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (!top[1]) {
        top[1] = true;
        if (seen[top[0]]) stack.pop();
        else {
          seen[top[0]] = 1;
          for (const k of kids[top[0]]!) if (!seen[k]) stack.push([k, false]);
        }
        continue;
      }
      stack.pop();
      post.push(top[0]);
    }
  }
  return { post, kids, roots, summary: Uint8Array.from(nodes, (n) => (n.kind === 'SUMMARY' ? 1 : 0)) };
}

/**
 * `rollUpTree(nodes).total` for the tasks of the shape that are `live`, where every live task's
 * parent is live too (the caller checks: a task whose parent is left out would be top-level). The
 * sums are added in rollUpTree's order (children by id, bottom-up), so the figures are the same to
 * the last bit. `leaf` may give the same object each time: it is read before the next call.
 */
export function rollUpShape(shape: RollupShape, live: (i: number) => boolean, leaf: (i: number) => RollupLeaf): Rollup {
  // A summary's sums (a task with live children, or an empty summary); none for a leaf.
  const sums: (RollupSums | undefined)[] = new Array<RollupSums | undefined>(shape.kids.length);
  const add = (into: RollupSums, k: number) => {
    const s = sums[k];
    if (s) addSums(into, s);
    else addLeaf(into, leaf(k));
  };
  for (const i of shape.post) {
    if (!live(i)) continue;
    let own: RollupSums | undefined;
    for (const k of shape.kids[i]!) {
      if (!live(k)) continue;
      own ??= emptySums();
      add(own, k);
    }
    if (!own && shape.summary[i]) own = emptySums();
    sums[i] = own;
  }
  const total = emptySums();
  for (const r of shape.roots) if (live(r)) add(total, r);
  return rollupOfSums(total);
}
