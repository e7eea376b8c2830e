import type { EntityManager } from 'typeorm';
import { rollUpTree, summaryPercent, type RollupCategory, type RollupKind, type RollupState } from '@trellis/schema/rollup';
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
  target: boolean;
}

const COLUMNS = `t.id, t.parent_id, t.kind, t.duration_days::float8 AS duration, t.percent_complete AS percent, s.category,
                 t.rollup_percent, t.rollup_state`;

/**
 * The live trees that hold `ids` (from their top-level ancestors down), with `target` set on the
 * tasks whose roll-up may have changed: `ids` themselves and their ancestors. An archived task in
 * `ids` leads to its ancestors all the same (its parent_id is kept).
 */
const TREES_SQL = `
  WITH RECURSIVE up AS (
    SELECT id, parent_id FROM tasks WHERE project_id = $1 AND id = ANY($2::uuid[])
    UNION
    SELECT t.id, t.parent_id FROM tasks t JOIN up ON t.id = up.parent_id
  ), down AS (
    SELECT t.id FROM tasks t JOIN up ON up.id = t.id WHERE up.parent_id IS NULL AND t.archived_at IS NULL
    UNION ALL
    SELECT t.id FROM tasks t JOIN down d ON t.parent_id = d.id WHERE t.archived_at IS NULL
  )
  SELECT ${COLUMNS}, t.id IN (SELECT id FROM up) AS target
    FROM down JOIN tasks t ON t.id = down.id JOIN task_statuses s ON s.id = t.status_id`;

const PROJECT_SQL = `SELECT ${COLUMNS}, true AS target FROM tasks t JOIN task_statuses s ON s.id = t.status_id
                      WHERE t.project_id = $1 AND t.archived_at IS NULL`;

/**
 * Brings the stored roll-ups (rollup_percent, rollup_state) of a project's summaries up to date
 * with the shared rule (@trellis/schema/rollup): those of `ids` and their ancestors, or of every
 * task of the project when `ids` is left out. A task with live sub-tasks, or of kind SUMMARY, gets
 * its roll-up; any other task none (null). Only rows whose figures change are written, and their
 * `version` stays: a roll-up is not anyone's edit, so it must not make a person's next update of
 * the summary a CONFLICT. Returns the ids written.
 *
 * The caller holds the project lock (lockProject) from before it locked any task row: every write
 * that changes a roll-up takes it first, so these recomputations run one at a time per project,
 * each reading what the ones before committed (no lost update), and never wait on each other's rows.
 */
export async function storeRollups(query: RollupQuery, projectId: string, ids?: readonly string[]): Promise<string[]> {
  if (ids && ids.length === 0) return [];
  const rows = (await (ids ? query(TREES_SQL, [projectId, [...new Set(ids)]]) : query(PROJECT_SQL, [projectId]))) as Row[];
  if (!rows.length) return [];
  const tree = rollUpTree(rows.map((r) => ({ id: r.id, parentId: r.parent_id, kind: r.kind, durationDays: r.duration, percentComplete: r.percent, category: r.category })));
  const changed: { id: string; percent: number | null; state: RollupState | null }[] = [];
  for (const r of rows) {
    if (!r.target) continue;
    const roll = tree.summaries.get(r.id);
    const percent = roll ? summaryPercent(roll) : null;
    const state = roll ? roll.state : null;
    if (percent !== r.rollup_percent || state !== r.rollup_state) changed.push({ id: r.id, percent, state });
  }
  if (!changed.length) return [];
  await query(
    `UPDATE tasks t SET rollup_percent = v.percent, rollup_state = v.state, updated_at = now()
       FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(id, percent, state) WHERE t.id = v.id`,
    [changed.map((c) => c.id), changed.map((c) => c.percent), changed.map((c) => c.state)],
  );
  return changed.map((c) => c.id);
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
