/**
 * The roll-up rule: how far along a summary task is, from the work under it. The server stores
 * each summary's roll-up with the writes that change it; the board's overall percent is the same
 * rule over the whole project. This is the one place the rule lives.
 *
 * - Only leaves count: live tasks without live sub-tasks. Nested summaries do not add weight of
 *   their own, so a summary's roll-up is the roll-up of its leaves however they are grouped.
 * - Percent complete is weighted by duration in working days, as MS Project does (a summary's
 *   % complete is its sub-tasks' actual duration over their duration). A milestone or any other
 *   task with no duration therefore weighs nothing while some work has a duration.
 * - When nothing counted has a duration (only milestones, or only zero-day tasks), each counts the
 *   same: the roll-up is the plain average of their percents, so a summary of milestones shows
 *   how many are reached instead of staying at 0 %.
 * - Cancelled work (a status in the CANCELLED category) is left out of the percent, as MS Project
 *   leaves inactive tasks out of its summaries; when everything is cancelled the percent is 0.
 * - An empty summary (kind SUMMARY with no live sub-tasks) holds no work: it counts nowhere, and
 *   its own roll-up is 0 % and NOT_STARTED.
 * - State: DONE when every leaf is completed or cancelled, STARTED when some leaf is started,
 *   completed or has a percent above 0, NOT_STARTED otherwise (and for a summary with no leaves).
 * - The stored summary percent is a whole number (Task.percentComplete is an Int); the project's
 *   overall percent keeps one decimal.
 */

/** A status category (BACKLOG counts as not started). */
export type RollupCategory = 'BACKLOG' | 'UNSTARTED' | 'STARTED' | 'COMPLETED' | 'CANCELLED';
export type RollupKind = 'TASK' | 'SUMMARY' | 'MILESTONE';
export type RollupState = 'NOT_STARTED' | 'STARTED' | 'DONE';

/** What the rule reads of a leaf. */
export interface RollupLeaf {
  kind: RollupKind;
  durationDays: number;
  percentComplete: number;
  category: RollupCategory;
}

/** A task of a tree: a leaf's fields plus its place. */
export interface RollupNode extends RollupLeaf {
  id: string;
  parentId: string | null;
}

export interface Rollup {
  /** Unrounded percent complete, 0..100. */
  percent: number;
  state: RollupState;
}

/**
 * Sums from which a roll-up is read; sums of disjoint sets of leaves add up, so a tree's roll-up
 * can be built bottom-up and equals the roll-up of its leaves taken flat.
 */
export interface RollupSums {
  /** Leaves (cancelled ones included). */
  leaves: number;
  /** Leaves that count towards the percent (not cancelled). */
  counted: number;
  weight: number;
  weightedPercent: number;
  percentSum: number;
  /** Leaves neither completed nor cancelled. */
  open: number;
  /** Leaves started, completed or with a percent above 0. */
  started: number;
}

export const emptySums = (): RollupSums => ({ leaves: 0, counted: 0, weight: 0, weightedPercent: 0, percentSum: 0, open: 0, started: 0 });

/** A leaf's weight: its duration in working days; a milestone has none. */
export function leafWeight(leaf: Pick<RollupLeaf, 'kind' | 'durationDays'>): number {
  if (leaf.kind === 'MILESTONE') return 0;
  return Number.isFinite(leaf.durationDays) && leaf.durationDays > 0 ? leaf.durationDays : 0;
}

/** Adds a leaf to `sums` (in place) and returns them. */
export function addLeaf(sums: RollupSums, leaf: RollupLeaf): RollupSums {
  const percent = Math.min(100, Math.max(0, leaf.percentComplete));
  sums.leaves++;
  if (leaf.category !== 'CANCELLED') {
    const w = leafWeight(leaf);
    sums.counted++;
    sums.weight += w;
    sums.weightedPercent += w * percent;
    sums.percentSum += percent;
  }
  if (leaf.category !== 'COMPLETED' && leaf.category !== 'CANCELLED') sums.open++;
  if (leaf.category === 'STARTED' || leaf.category === 'COMPLETED' || percent > 0) sums.started++;
  return sums;
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addSums(a: RollupSums, b: RollupSums): RollupSums {
  a.leaves += b.leaves;
  a.counted += b.counted;
  a.weight += b.weight;
  a.weightedPercent += b.weightedPercent;
  a.percentSum += b.percentSum;
  a.open += b.open;
  a.started += b.started;
  return a;
}

/** The roll-up the sums stand for. */
export function rollupOfSums(s: RollupSums): Rollup {
  const raw = s.counted === 0 ? 0 : s.weight > 0 ? s.weightedPercent / s.weight : s.percentSum / s.counted;
  // Sums taken in another order differ in the last bits; they must not change a rounded figure.
  const percent = Math.min(100, Math.max(0, Math.round(raw * 1e6) / 1e6));
  const state: RollupState = s.leaves === 0 ? 'NOT_STARTED' : s.open === 0 ? 'DONE' : s.started > 0 ? 'STARTED' : 'NOT_STARTED';
  return { percent, state };
}

/*
 * The rule as an aggregate: a leaf contributes its sums, sums of sibling subtrees combine, and a
 * summary's roll-up is read from the combination of its direct children's aggregates. The server
 * stores each summary's aggregate so an edit recomputes only the summaries above it, each from its
 * direct children.
 */

/** A subtree's aggregate: the sums of its leaves. */
export type RollupAggregate = RollupSums;

/** A leaf's contribution to the summaries above it. */
export const leafContribution = (leaf: RollupLeaf): RollupAggregate => addLeaf(emptySums(), leaf);

/** Two disjoint sets of leaves taken together (a new value; neither argument changes). */
export const combine = (a: RollupAggregate, b: RollupAggregate): RollupAggregate => addSums(addSums(emptySums(), a), b);

/** The roll-up an aggregate stands for. */
export const fromAggregate = (agg: RollupAggregate): Rollup => rollupOfSums(agg);

/**
 * A summary's aggregate from its direct children's (id and aggregate). Floating-point sums depend
 * on their order, so children are combined in id order: the same children give the same bits
 * whoever combines them (the whole-tree roll-up or the server's walk up from an edit).
 */
export function combineChildren(children: Iterable<readonly [string, RollupAggregate]>): RollupAggregate {
  const list = [...children].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let agg = emptySums();
  for (const [, c] of list) agg = combine(agg, c);
  return agg;
}

/** Whether two aggregates are the same, field by field. */
export function sameAggregate(a: RollupAggregate | null | undefined, b: RollupAggregate | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.leaves === b.leaves &&
    a.counted === b.counted &&
    a.weight === b.weight &&
    a.weightedPercent === b.weightedPercent &&
    a.percentSum === b.percentSum &&
    a.open === b.open &&
    a.started === b.started
  );
}

/** The roll-up of a set of leaves. */
export function rollupOfLeaves(leaves: Iterable<RollupLeaf>): Rollup {
  const sums = emptySums();
  for (const l of leaves) addLeaf(sums, l);
  return rollupOfSums(sums);
}

/** A summary's percent as stored and shown on the task: a whole number. */
export const summaryPercent = (r: Rollup): number => Math.round(r.percent);

/** The project's overall percent as the board shows it: one decimal. */
export const projectPercent = (r: Rollup): number => Math.round(r.percent * 10) / 10;

export interface TreeRollup {
  /** Every summary's roll-up: tasks with live sub-tasks, and empty summaries (kind SUMMARY). */
  summaries: Map<string, Rollup>;
  /** Every summary's aggregate (the same keys as `summaries`). */
  aggregates: Map<string, RollupAggregate>;
  /** The roll-up of every leaf of the tree (the project's overall figure). */
  total: Rollup;
}

/**
 * Roll-ups of a tree of live tasks given flat (in any order), built bottom-up from the aggregates
 * (leafContribution, combineChildren, fromAggregate). A task whose parent is not among `nodes` is
 * a top-level task. Runs in time linear in the number of tasks (up to sorting siblings).
 */
export function rollUpTree(nodes: readonly RollupNode[]): TreeRollup {
  const byId = new Map<string, RollupNode>();
  for (const n of nodes) byId.set(n.id, n);
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const n of nodes) {
    const parent = n.parentId !== null && n.parentId !== n.id && byId.has(n.parentId) ? n.parentId : null;
    if (parent === null) roots.push(n.id);
    else {
      const list = children.get(parent);
      if (list) list.push(n.id);
      else children.set(parent, [n.id]);
    }
  }
  const contribution = new Map<string, RollupAggregate>();
  const summaries = new Map<string, Rollup>();
  const aggregates = new Map<string, RollupAggregate>();
  // Post-order without recursion (an outline can be deep); a node reached twice (a cycle) is skipped.
  const seen = new Set<string>();
  for (const root of roots) {
    const stack: { id: string; expanded: boolean }[] = [{ id: root, expanded: false }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const kids = children.get(top.id) ?? [];
      if (!top.expanded) {
        top.expanded = true;
        if (seen.has(top.id)) {
          stack.pop();
          continue;
        }
        seen.add(top.id);
        for (const k of kids) if (!seen.has(k)) stack.push({ id: k, expanded: false });
        continue;
      }
      stack.pop();
      const node = byId.get(top.id)!;
      let own: RollupAggregate;
      if (kids.length || node.kind === 'SUMMARY') {
        own = combineChildren(kids.flatMap((k): [string, RollupAggregate][] => (contribution.has(k) ? [[k, contribution.get(k)!]] : [])));
        aggregates.set(node.id, own);
        summaries.set(node.id, fromAggregate(own));
      } else {
        own = leafContribution(node);
      }
      contribution.set(node.id, own);
    }
  }
  const total = combineChildren(roots.flatMap((r): [string, RollupAggregate][] => (contribution.has(r) ? [[r, contribution.get(r)!]] : [])));
  return { summaries, aggregates, total: fromAggregate(total) };
}
