import type { EntityManager } from 'typeorm';
import { publishInTransaction } from '../../common/events.js';

/** Tables of this module that number their rows per project (`CR-4`, `D-2`). */
type Numbered = 'change_requests' | 'decisions';

/**
 * The next per-project number of a register, allocated under a transaction-scoped advisory lock on
 * (table, project), so two concurrent creates never take the same one.
 */
export async function nextNumber(m: EntityManager, table: Numbered, projectId: string): Promise<number> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [table, projectId]);
  const [row]: { n: number }[] = await m.query(`SELECT COALESCE(max(number), 0)::int + 1 AS n FROM ${table} WHERE project_id = $1`, [projectId]);
  return row!.n;
}

/** Announces a register row's change from the writing transaction (delivered on commit). */
export function registerEvent(m: EntityManager, register: 'change_request' | 'decision', projectId: string, action: 'CREATED' | 'UPDATED' | 'DELETED', id: string): Promise<void> {
  return publishInTransaction(m, { type: 'register', register, projectId, action, ids: [id] });
}
