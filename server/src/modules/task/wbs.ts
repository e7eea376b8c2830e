import type { EntityManager } from 'typeorm';

/** Locks the project row: structure changes and task numbering of one project run one at a time. */
export { lockProjectStructure as lockProject } from '../project/index.js';

/** Ids of a task and all its live descendants. */
export async function subtreeIds(m: EntityManager, taskId: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    `WITH RECURSIVE sub AS (
       SELECT id FROM tasks WHERE id = $1
       UNION ALL
       SELECT t.id FROM tasks t JOIN sub ON t.parent_id = sub.id WHERE t.archived_at IS NULL
     ) SELECT id FROM sub`,
    [taskId],
  );
  return rows.map((r) => r.id);
}

/** Ids of a task and all its ancestors. */
export async function ancestorIds(m: EntityManager, taskId: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM tasks WHERE id = $1
       UNION ALL
       SELECT t.id, t.parent_id FROM tasks t JOIN up ON t.id = up.parent_id
     ) SELECT id FROM up`,
    [taskId],
  );
  return rows.map((r) => r.id);
}
