import type { EntityManager } from 'typeorm';

/**
 * Locks the project row (`FOR UPDATE`): structure changes, the charter document's projection and
 * task numbering of one project run one at a time. Used by the task, planning and collab modules.
 */
export async function lockProjectStructure(m: EntityManager, projectId: string): Promise<void> {
  await m.query('SELECT id FROM projects WHERE id = $1 FOR UPDATE', [projectId]);
}
