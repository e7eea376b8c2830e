import { randomBytes, randomUUID } from 'node:crypto';
import { numberOutline } from '../../lib/outline-codes.mjs';
import { createUserWithSession, seedActor } from '../../graphql/lib/seed.mjs';

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/**
 * The outline, four levels deep: 10 phases > 10 deliverables each > 5 work packages each > 8 or 9
 * activities each (every third work package ends with a milestone) = 5,000 tasks, 610 of them summaries.
 */
function outline() {
  const nodes = [];
  let group = 0;
  for (let a = 0; a < 10; a++) {
    const phase = { name: `Phase ${a + 1}`, kids: [] };
    nodes.push(phase);
    for (let b = 0; b < 10; b++) {
      const deliverable = { name: `Deliverable ${a + 1}.${b + 1}`, kids: [] };
      phase.kids.push(deliverable);
      for (let c = 0; c < 5; c++) {
        const wp = { name: `Work package ${a + 1}.${b + 1}.${c + 1}`, kids: [] };
        deliverable.kids.push(wp);
        const leaves = group < 390 ? 9 : 8;
        for (let d = 0; d < leaves; d++) {
          const milestone = d === leaves - 1 && group % 3 === 2;
          wp.kids.push({ name: milestone ? `Sign-off ${a + 1}.${b + 1}.${c + 1}` : `Activity ${a + 1}.${b + 1}.${c + 1}.${d + 1}`, milestone, group, index: d });
        }
        group++;
      }
    }
  }
  return nodes;
}

/**
 * Creates the benchmark project through the services (owner with a session, four more members,
 * statuses and charter), then its 5,000 tasks with UUID ids inserted in bulk, level by level, and
 * numbered by the server's own rule (`wbsChildCode`). Activities in a work package run one after another
 * (start no earlier than a date), with progress on the ones already past.
 */
export async function seedLargeProject(app, { key = 'BIG' } = {}) {
  const ds = app.dataSource;
  const owner = await createUserWithSession(ds, 'Bench Owner', `owner.${randomBytes(3).toString('hex')}@bench.test`);
  const ctx = () => seedActor(ds, owner.userId);
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const start = today - 120 * DAY;
  const project = await app.services.projects.create(ctx(), {
    key,
    name: 'Large programme',
    description: 'A 5,000-task project for the browser benchmark',
    startDate: iso(start),
    status: 'ACTIVE',
  });
  const people = [owner.userId];
  for (const [i, role] of ['MANAGER', 'MEMBER', 'MEMBER', 'MEMBER'].entries()) {
    const m = await app.services.projects.addPersonWithoutAccount(ctx(), {
      projectId: project.id,
      email: `person${i + 1}.${randomBytes(3).toString('hex')}@bench.test`,
      role,
      name: `Person ${i + 1}`,
    });
    people.push(m.userId);
  }
  const statuses = await ds.query(`SELECT id, name FROM task_statuses WHERE project_id = $1 ORDER BY position`, [project.id]);
  const byName = Object.fromEntries(statuses.map((s) => [s.name, s.id]));

  const levels = [[], [], [], []];
  let number = 0;
  const place = (nodes, parentId, depth) =>
    nodes.forEach((n, position) => {
      const row = { id: randomUUID(), parentId, position, number: ++number, name: n.name, node: n };
      levels[depth].push(row);
      if (n.kids) place(n.kids, row.id, depth + 1);
    });
  place(outline(), null, 0);

  const fields = (r) => {
    const n = r.node;
    if (n.kids) return { kind: 'SUMMARY', duration: 1, ps: null, pf: null, statusId: byName['To do'], pct: 0, assigneeId: null };
    const s = start + ((n.group % 100) * 4 + n.index) * DAY;
    const duration = n.milestone ? 0 : 1 + ((r.number * 7) % 6);
    const f = s + Math.max(0, duration - 1) * DAY;
    const done = f < today;
    const started = !done && s <= today;
    return {
      kind: n.milestone ? 'MILESTONE' : 'TASK',
      duration,
      ps: iso(s),
      pf: r.number % 4 === 0 ? iso(f + 5 * DAY) : null,
      statusId: byName[done ? 'Done' : started ? 'In progress' : 'To do'],
      pct: done ? 100 : started ? 50 : 0,
      assigneeId: r.number % 7 === 0 ? null : people[r.number % people.length],
    };
  };

  await ds.transaction(async (m) => {
    for (const rows of levels) {
      const f = rows.map(fields);
      await m.query(
        `INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, duration_days,
                            constraint_type, constraint_date, deadline, status_id, percent_complete, assignee_id, created_by_id)
         SELECT v.id, $1, v.number, v.parent_id, v.position, '', '', v.name, v.kind, v.duration,
                CASE WHEN v.ps IS NULL THEN 'ASAP' ELSE 'SNET' END,
                CASE WHEN v.ps IS NULL THEN NULL ELSE to_char(v.ps, 'YYYY-MM-DD') || 'T00:00' END,
                CASE WHEN v.pf IS NULL THEN NULL ELSE to_char(v.pf, 'YYYY-MM-DD') || 'T23:59' END,
                v.status_id, v.pct, v.assignee_id, $2
           FROM unnest($3::uuid[], $4::int[], $5::uuid[], $6::int[], $7::text[], $8::text[], $9::numeric[],
                       $10::date[], $11::date[], $12::uuid[], $13::int[], $14::uuid[])
             AS v(id, number, parent_id, position, name, kind, duration, ps, pf, status_id, pct, assignee_id)`,
        [
          project.id,
          owner.userId,
          rows.map((r) => r.id),
          rows.map((r) => r.number),
          rows.map((r) => r.parentId),
          rows.map((r) => r.position),
          rows.map((r) => r.name),
          f.map((x) => x.kind),
          f.map((x) => x.duration),
          f.map((x) => x.ps),
          f.map((x) => x.pf),
          f.map((x) => x.statusId),
          f.map((x) => x.pct),
          f.map((x) => x.assigneeId),
        ],
      );
    }
    await numberOutline(m, project.id);
    await m.query(`UPDATE projects SET task_seq = $2 WHERE id = $1`, [project.id, number]);
  });

  const [{ n, summaries }] = await ds.query(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE kind = 'SUMMARY')::int AS summaries FROM tasks WHERE project_id = $1 AND archived_at IS NULL`,
    [project.id],
  );
  return { projectId: project.id, key: project.key, owner, taskCount: n, summaryCount: summaries, depth: levels.length };
}
