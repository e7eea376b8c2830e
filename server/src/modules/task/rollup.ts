import type { EntityManager } from 'typeorm';
import {
  combineChildren,
  emptySums,
  fromAggregate,
  leafContribution,
  rollUpTree,
  sameAggregate,
  summaryPercent,
  type RollupAggregate,
  type RollupCategory,
  type RollupKind,
  type RollupState,
} from '@trellis/schema/rollup';
import { publishInTransaction } from '../../common/events.js';

/** Runs one SQL statement (a transaction's manager, or a migration's query runner). */
export type RollupQuery = (sql: string, params?: unknown[]) => Promise<unknown>;

interface Row {
  id: string;
  parent_id: string | null;
  kind: RollupKind;
  duration: number;
  percent: number;
  category: RollupCategory;
  rollup_percent: number | null;
  rollup_state: RollupState | null;
  rollup_sums: RollupAggregate | null;
}

/** What the rule reads of a task, and its stored roll-up. */
const FIELDS = `t.id, t.parent_id, t.kind, t.duration_days::float8 AS duration, t.percent_complete AS percent, s.category,
                t.rollup_percent, t.rollup_state, t.rollup_sums`;

/**
 * Every live task of the project. One scan by project (no recursive walk down: its plan depends on
 * statistics that a large import in the same transaction has not updated yet).
 */
const LIVE_SQL = `SELECT ${FIELDS} FROM tasks t JOIN task_statuses s ON s.id = t.status_id WHERE t.project_id = $1 AND t.archived_at IS NULL`;

/**
 * The live tasks among $2 and, for those of $2 that are archived, their parents, then every live
 * ancestor of those: a walk UP by primary key, as many rows as the outline is deep (UNION stops at
 * a cycle). The walk stops at an archived task, whose subtree counts nowhere. Each step carries the
 * whole row (the estimate of the walk's size is loose: joining task rows again after it can make
 * the planner scan the table).
 */
const CHAINS_SQL = `WITH RECURSIVE up AS (
    SELECT ${FIELDS} FROM tasks t JOIN task_statuses s ON s.id = t.status_id
     WHERE t.id = ANY($2::uuid[]) AND t.project_id = $1 AND t.archived_at IS NULL
    UNION
    SELECT ${FIELDS} FROM tasks g JOIN tasks t ON t.id = g.parent_id JOIN task_statuses s ON s.id = t.status_id
     WHERE g.id = ANY($2::uuid[]) AND g.project_id = $1 AND g.archived_at IS NOT NULL AND t.project_id = $1 AND t.archived_at IS NULL
    UNION
    SELECT ${FIELDS} FROM up JOIN tasks t ON t.id = up.parent_id JOIN task_statuses s ON s.id = t.status_id
     WHERE t.project_id = $1 AND t.archived_at IS NULL
  )
  SELECT * FROM up`;

/** The live direct children of $2 (index tasks_parent_id_idx). */
const CHILDREN_SQL = `SELECT ${FIELDS} FROM tasks t JOIN task_statuses s ON s.id = t.status_id
                       WHERE t.parent_id = ANY($2::uuid[]) AND t.project_id = $1 AND t.archived_at IS NULL`;

/**
 * Past this many touched tasks (an import, a large paste) the whole project is recomputed in one
 * scan: the walk would read most of it anyway, and its plan would rest on statistics the same
 * transaction has made stale.
 */
export const WHOLE_PROJECT_ABOVE = 500;

const toLeaf = (r: Row) => ({ kind: r.kind, durationDays: r.duration, percentComplete: r.percent, category: r.category });

interface Figures {
  id: string;
  percent: number | null;
  state: RollupState | null;
  sums: RollupAggregate | null;
  /** The percent or the state changed (not only the aggregate). */
  visible: boolean;
}

/** The aggregate as stored: its fields only. */
const stored = (a: RollupAggregate): string =>
  JSON.stringify({ leaves: a.leaves, counted: a.counted, weight: a.weight, weightedPercent: a.weightedPercent, percentSum: a.percentSum, open: a.open, started: a.started });

/** New figures for the rows of `targets` whose stored ones differ. */
function changes(targets: Iterable<Row>, computed: (id: string) => RollupAggregate | null): Figures[] {
  const out: Figures[] = [];
  for (const r of targets) {
    const sums = computed(r.id);
    const roll = sums ? fromAggregate(sums) : null;
    const percent = roll ? summaryPercent(roll) : null;
    const state = roll ? roll.state : null;
    const visible = percent !== r.rollup_percent || state !== r.rollup_state;
    if (visible || !sameAggregate(sums, r.rollup_sums)) out.push({ id: r.id, percent, state, sums, visible });
  }
  return out;
}

/**
 * Summaries of `targets` recomputed bottom-up, each from its direct children only: a leaf child by
 * its contribution, a summary child by its aggregate (recomputed here if it is a target, stored
 * otherwise). Returns each target's aggregate, null for a target that is a leaf.
 */
function recompute(targets: Map<string, Row>, children: readonly Row[]): Map<string, RollupAggregate | null> {
  const kids = new Map<string, Row[]>();
  for (const c of children) {
    if (c.parent_id === null || c.parent_id === c.id) continue;
    const list = kids.get(c.parent_id);
    if (list) list.push(c);
    else kids.set(c.parent_id, [c]);
  }
  // Depth among the targets (each target's parent, if a target, is nearer the top); deepest first.
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const chain: string[] = [];
    let at: string | null = id;
    while (at !== null && targets.has(at) && !depth.has(at) && !chain.includes(at)) {
      chain.push(at);
      at = targets.get(at)!.parent_id;
    }
    let d = at !== null && depth.has(at) ? depth.get(at)! + 1 : 0;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!, d++);
    return depth.get(id)!;
  };
  const order = [...targets.keys()].sort((a, b) => depthOf(b) - depthOf(a));
  const result = new Map<string, RollupAggregate | null>();
  const contribution = (c: Row): RollupAggregate => {
    const sums = result.has(c.id) ? result.get(c.id)! : c.rollup_sums;
    if (sums) return sums;
    return c.kind === 'SUMMARY' ? emptySums() : leafContribution(toLeaf(c));
  };
  for (const id of order) {
    const row = targets.get(id)!;
    const own = kids.get(id) ?? [];
    result.set(id, own.length || row.kind === 'SUMMARY' ? combineChildren(own.map((c): [string, RollupAggregate] => [c.id, contribution(c)])) : null);
  }
  return result;
}

/**
 * Brings the stored roll-ups (rollup_percent, rollup_state, and the aggregate they are read from,
 * rollup_sums) of a project's summaries up to date with the shared rule (@trellis/schema/rollup):
 * those of `ids` and their ancestors (an archived task in `ids` leads to its ancestors all the
 * same), or of every task of the project when `ids` is left out. A task with live sub-tasks, or of
 * kind SUMMARY, gets its roll-up; any other task none (null).
 *
 * With `ids`, the work is in the depth of the outline times the siblings on the way: one walk up
 * the parent chains (by primary key), one read of the direct children of the tasks on them, and each summary
 * recomputed from its direct children (their stored aggregates stand for the subtrees below). So
 * every write that changes what a summary's aggregate reads must pass the tasks it changed (and,
 * for a move, the old parent) here. Without `ids` (the migration, repairs, large imports), the
 * project's live tasks are read in one scan and rolled up bottom-up in memory.
 *
 * Only rows whose figures change are written, and their `version` stays: a roll-up is not anyone's
 * edit, so it must not make a person's next update of the summary a CONFLICT; `updated_at` moves
 * when the percent or state does. Returns the ids whose percent or state changed (an aggregate
 * can change alone, e.g. a leaf's duration under a summary at 0 %: nothing to tell subscribers).
 *
 * The caller holds the project lock (lockProject) from before it locked any task row: every write
 * that changes a roll-up takes it first, so these recomputations run one at a time per project,
 * each reading what the ones before committed (no lost update), and never wait on each other's rows.
 */
export async function storeRollups(query: RollupQuery, projectId: string, ids?: readonly string[]): Promise<string[]> {
  if (ids && ids.length === 0) return [];
  let changed: Figures[];
  if (!ids || ids.length > WHOLE_PROJECT_ABOVE) {
    const rows = (await query(LIVE_SQL, [projectId])) as Row[];
    const tree = rollUpTree(rows.map((r) => ({ id: r.id, parentId: r.parent_id, ...toLeaf(r) })));
    changed = changes(rows, (id) => tree.aggregates.get(id) ?? null);
  } else {
    const chain = (await query(CHAINS_SQL, [projectId, [...new Set(ids)]])) as Row[];
    if (!chain.length) return [];
    const targets = new Map(chain.map((r) => [r.id, r]));
    const children = (await query(CHILDREN_SQL, [projectId, [...targets.keys()]])) as Row[];
    const computed = recompute(targets, children);
    changed = changes(targets.values(), (id) => computed.get(id) ?? null);
  }
  if (!changed.length) return [];
  await query(
    `UPDATE tasks t SET rollup_percent = v.percent, rollup_state = v.state, rollup_sums = v.sums::jsonb,
            updated_at = CASE WHEN t.rollup_percent IS DISTINCT FROM v.percent OR t.rollup_state IS DISTINCT FROM v.state THEN now() ELSE t.updated_at END
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) AS v(id, percent, state, sums) WHERE t.id = v.id`,
    [changed.map((c) => c.id), changed.map((c) => c.percent), changed.map((c) => c.state), changed.map((c) => (c.sums ? stored(c.sums) : null))],
  );
  return changed.filter((c) => c.visible).map((c) => c.id);
}

/**
 * storeRollups in a transaction, with a task UPDATED event for the summaries whose roll-up changed
 * (so subscribers see them like any task change) unless `publish` is false (the caller folds the
 * ids into its own event). See storeRollups for the lock the caller must hold.
 */
export async function rollUpAncestors(m: EntityManager, projectId: string, ids?: readonly string[], options: { publish?: boolean } = {}): Promise<string[]> {
  const changed = await storeRollups((sql, params) => m.query(sql, params), projectId, ids);
  if (changed.length && options.publish !== false) await publishInTransaction(m, { type: 'task', projectId, action: 'UPDATED', ids: changed });
  return changed;
}
