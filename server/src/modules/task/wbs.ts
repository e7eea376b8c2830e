import type { EntityManager } from 'typeorm';

/** Locks the project row: structure changes and task numbering of one project run one at a time. */
export async function lockProject(m: EntityManager, projectId: string): Promise<void> {
  await m.query('SELECT id FROM projects WHERE id = $1 FOR UPDATE', [projectId]);
}

const pad = (i: number) => String(i + 1).padStart(5, '0');

interface Node {
  id: string;
  parent_id: string | null;
  position: number;
  number: number;
  wbs_code: string;
  wbs_sort: string;
}

/**
 * Re-derives dense sibling positions, WBS codes (1.2.3) and sort keys for a project's live tasks.
 * Writes only rows that changed, in one statement; returns their ids.
 */
export async function renumberWbs(m: EntityManager, projectId: string): Promise<string[]> {
  const rows: Node[] = await m.query(
    `SELECT id, parent_id, position, number, wbs_code, wbs_sort FROM tasks
      WHERE project_id = $1 AND archived_at IS NULL ORDER BY position, number`,
    [projectId],
  );
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, Node[]>();
  for (const r of rows) {
    // A parent that is archived or missing would orphan the node; treat it as top-level.
    const parent = r.parent_id && ids.has(r.parent_id) ? r.parent_id : null;
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  const changed: { id: string; position: number; code: string; sort: string; parent: string | null }[] = [];
  const walk = (parent: string | null, code: string, sort: string) => {
    (children.get(parent) ?? []).forEach((n, i) => {
      const c = code ? `${code}.${i + 1}` : String(i + 1);
      const s = sort ? `${sort}.${pad(i)}` : pad(i);
      const realParent = parent;
      if (n.position !== i || n.wbs_code !== c || n.wbs_sort !== s || n.parent_id !== realParent) {
        changed.push({ id: n.id, position: i, code: c, sort: s, parent: realParent });
      }
      walk(n.id, c, s);
    });
  };
  walk(null, '', '');
  if (changed.length) {
    await m.query(
      `UPDATE tasks t SET position = v.position, wbs_code = v.code, wbs_sort = v.sort, parent_id = v.parent, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::uuid[]) AS v(id, position, code, sort, parent)
        WHERE t.id = v.id`,
      [changed.map((c) => c.id), changed.map((c) => c.position), changed.map((c) => c.code), changed.map((c) => c.sort), changed.map((c) => c.parent)],
    );
  }
  return changed.map((c) => c.id);
}

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
