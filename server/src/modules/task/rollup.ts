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
}

/**
 * Every live task of the project with what the rule reads. One scan by project (no recursive walk:
 * its plan depends on statistics that a large import in the same transaction has not updated yet).
 */
const LIVE_SQL = `SELECT t.id, t.parent_id, t.kind, t.duration_days::float8 AS duration, t.percent_complete AS percent, s.category,
                         t.rollup_percent, t.rollup_state
                    FROM tasks t JOIN task_statuses s ON s.id = t.status_id
                   WHERE t.project_id = $1 AND t.archived_at IS NULL`;

/**
 * Brings the stored roll-ups (rollup_percent, rollup_state) of a project's summaries up to date
 * with the shared rule (@trellis/schema/rollup): those of `ids` and their ancestors (an archived
 * task in `ids` leads to its ancestors all the same), or of every task of the project when `ids`
 * is left out. A task with live sub-tasks, or of kind SUMMARY, gets its roll-up; any other task
 * none (null). Only rows whose figures change are written, and their `version` stays: a roll-up is
 * not anyone's edit, so it must not make a person's next update of the summary a CONFLICT.
 * Returns the ids written.
 *
 * The caller holds the project lock (lockProject) from before it locked any task row: every write
 * that changes a roll-up takes it first, so these recomputations run one at a time per project,
 * each reading what the ones before committed (no lost update), and never wait on each other's rows.
 */
export async function storeRollups(query: RollupQuery, projectId: string, ids?: readonly string[]): Promise<string[]> {
  if (ids && ids.length === 0) return [];
  const rows = (await query(LIVE_SQL, [projectId])) as Row[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  let targets: Set<string>;
  if (!ids) targets = new Set(byId.keys());
  else {
    targets = new Set<string>();
    const gone = ids.filter((id) => !byId.has(id));
    // Archived (or deleted) tasks are not among the live rows: their parents are where the walk starts.
    const parentOf = new Map<string, string | null>(
      gone.length ? ((await query('SELECT id, parent_id FROM tasks WHERE project_id = $1 AND id = ANY($2::uuid[])', [projectId, gone])) as { id: string; parent_id: string | null }[]).map((r) => [r.id, r.parent_id]) : [],
    );
    for (const id of ids) {
      let at: string | null | undefined = byId.has(id) ? id : parentOf.get(id);
      while (at && byId.has(at) && !targets.has(at)) {
        targets.add(at);
        at = byId.get(at)!.parent_id;
      }
    }
  }
  if (!targets.size) return [];
  const tree = rollUpTree(rows.map((r) => ({ id: r.id, parentId: r.parent_id, kind: r.kind, durationDays: r.duration, percentComplete: r.percent, category: r.category })));
  const changed: { id: string; percent: number | null; state: RollupState | null }[] = [];
  for (const id of targets) {
    const r = byId.get(id)!;
    const roll = tree.summaries.get(id);
    const percent = roll ? summaryPercent(roll) : null;
    const state = roll ? roll.state : null;
    if (percent !== r.rollup_percent || state !== r.rollup_state) changed.push({ id, percent, state });
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
