import { wbsChildCode } from '@trellis/schema/wbs';

/**
 * WBS codes and sort keys for a project whose task rows a benchmark inserted directly (parent and
 * position set), derived by the same rule as the server's (`wbsChildCode`), written in one statement.
 */
export async function numberOutline(ds, projectId) {
  const rows = await ds.query(`SELECT id, parent_id AS "parentId", position FROM tasks WHERE project_id = $1 AND archived_at IS NULL`, [projectId]);
  const kids = new Map();
  for (const r of rows) {
    const list = kids.get(r.parentId) ?? [];
    list.push(r);
    kids.set(r.parentId, list);
  }
  const ids = [];
  const codes = [];
  const sorts = [];
  const visit = (parentId, parentCode, parentSort) => {
    const list = (kids.get(parentId) ?? []).sort((a, b) => a.position - b.position);
    list.forEach((r, i) => {
      const { code, sort } = wbsChildCode(parentCode, parentSort, i);
      ids.push(r.id);
      codes.push(code);
      sorts.push(sort);
      visit(r.id, code, sort);
    });
  };
  visit(null, '', '');
  await ds.query(
    `UPDATE tasks t SET wbs_code = v.code, wbs_sort = v.sort FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, code, sort) WHERE t.id = v.id`,
    [ids, codes, sorts],
  );
}
