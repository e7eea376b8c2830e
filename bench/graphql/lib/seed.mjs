import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { systemActorFor } from '../../../server/dist/composition.js';
import { wbsChildCode } from '@trellis/schema/wbs';
import { hashPassword } from '../../../server/dist/modules/user/auth.service.js';

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** The actor a benchmark seeds with: Trellis itself, recording the work under `userId`, as the demo seed does. */
export function seedActor(ds, userId) {
  return systemActorFor(ds, userId);
}

/** A user with a live session; returns the `Cookie` header value for it. */
export async function createUserWithSession(ds, name, email) {
  const [u] = await ds.query(`INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
    email,
    name,
    await hashPassword(randomBytes(12).toString('base64url')),
  ]);
  const secret = randomBytes(32).toString('base64url');
  await ds.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    createHash('sha256').update(secret).digest('hex'),
    u.id,
  ]);
  return { userId: u.id, cookie: `trellis_session=${secret}` };
}

/**
 * The outline: 5 phases > 5 deliverables each > 4 work packages each > 8-9 leaves each = 1,000 tasks.
 * Every fourth work package ends with a milestone.
 */
function outline() {
  const nodes = [];
  let leafGroup = 0;
  for (let a = 0; a < 5; a++) {
    const phase = { name: `Phase ${a + 1}`, kids: [] };
    nodes.push(phase);
    for (let b = 0; b < 5; b++) {
      const deliverable = { name: `Deliverable ${a + 1}.${b + 1}`, kids: [] };
      phase.kids.push(deliverable);
      for (let c = 0; c < 4; c++) {
        const wp = { name: `Work package ${a + 1}.${b + 1}.${c + 1}`, kids: [] };
        deliverable.kids.push(wp);
        const leaves = leafGroup < 70 ? 9 : 8;
        for (let d = 0; d < leaves; d++) {
          const milestone = d === leaves - 1 && leafGroup % 4 === 3;
          wp.kids.push({ name: milestone ? `Sign-off ${a + 1}.${b + 1}.${c + 1}` : `Activity ${a + 1}.${b + 1}.${c + 1}.${d + 1}`, milestone, group: leafGroup, index: d });
        }
        leafGroup++;
      }
    }
  }
  return nodes;
}

/**
 * Creates the benchmark project: an owner with a session, five more members, the project (through
 * ProjectService, so it gets its statuses, charter and owner membership), 1,000 tasks in a four-level
 * WBS inserted in bulk with the WBS codes of `@trellis/schema/wbs`, then a few task updates through
 * TaskService so the board has recent activity.
 */
export async function seedProject(app, { key = 'BENCH' } = {}) {
  const ds = app.dataSource;
  const owner = await createUserWithSession(ds, 'Bench Owner', `owner.${randomBytes(3).toString('hex')}@bench.test`);
  const ctx = () => seedActor(ds, owner.userId);
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const start = today - 150 * DAY;
  const project = await app.services.projects.create(ctx(), {
    key,
    name: 'Benchmark programme',
    description: 'A 1,000-task project for benchmarks',
    startDate: iso(start),
    status: 'ACTIVE',
  });
  const people = [owner.userId];
  const roles = ['MANAGER', 'MEMBER', 'MEMBER', 'MEMBER', 'VIEWER'];
  for (let i = 0; i < roles.length; i++) {
    const m = await app.services.projects.addPersonWithoutAccount(ctx(), {
      projectId: project.id,
      email: `person${i + 1}.${randomBytes(3).toString('hex')}@bench.test`,
      role: roles[i],
      name: `Person ${i + 1}`,
    });
    people.push(m.userId);
  }
  const statuses = await ds.query(`SELECT id, name, category FROM task_statuses WHERE project_id = $1 ORDER BY position`, [project.id]);
  const byName = Object.fromEntries(statuses.map((s) => [s.name, s.id]));

  // Rows level by level (parents before children), numbered in outline order.
  const levels = [[], [], [], []];
  let number = 0;
  const place = (nodes, parentId, depth, parentCode, parentSort) =>
    nodes.forEach((n, position) => {
      const { code, sort } = wbsChildCode(parentCode, parentSort, position);
      const row = { id: randomUUID(), parentId, position, number: ++number, name: n.name, node: n, code, sort };
      levels[depth].push(row);
      if (n.kids) place(n.kids, row.id, depth + 1, code, sort);
    });
  place(outline(), null, 0, '', '');

  const leafRow = (r) => {
    const n = r.node;
    const s = start + (n.group * 3 + n.index) * DAY;
    const duration = n.milestone ? 0 : 1 + ((r.number * 7) % 10);
    const f = s + Math.max(0, duration - 1) * DAY;
    let status = 'To do';
    let pct = 0;
    if (f < today) {
      const late = r.number % 17 === 0;
      status = r.number % 41 === 0 ? 'Cancelled' : late ? 'In progress' : 'Done';
      pct = late ? 60 : status === 'Done' ? 100 : 0;
    } else if (s <= today) {
      status = r.number % 2 ? 'In progress' : 'In review';
      pct = Math.min(90, Math.round(((today - s) / DAY / Math.max(1, duration)) * 100));
    } else if (r.number % 5 === 0) {
      status = 'Backlog';
    }
    return {
      kind: n.milestone ? 'MILESTONE' : 'TASK',
      duration,
      // The dates the plan was drawn with: each leaf starts no earlier than its day and is due by its finish.
      plannedStart: iso(s),
      plannedFinish: iso(f),
      statusId: byName[status],
      pct,
      assigneeId: r.number % 9 === 0 ? null : people[r.number % people.length],
      estimate: duration ? duration * 8 : null,
    };
  };
  // Summaries span their children.
  const span = new Map();
  const fields = new Map();
  for (let depth = 3; depth >= 0; depth--) {
    for (const r of levels[depth]) {
      if (!r.node.kids) {
        const f = leafRow(r);
        fields.set(r.id, f);
        span.set(r.id, [f.plannedStart, f.plannedFinish]);
      }
    }
  }
  for (let depth = 2; depth >= 0; depth--) {
    for (const r of levels[depth]) {
      if (!r.node.kids) continue;
      const kids = levels[depth + 1].filter((k) => k.parentId === r.id).map((k) => span.get(k.id));
      const s = kids.map((k) => k[0]).sort()[0];
      const f = kids.map((k) => k[1]).sort().at(-1);
      span.set(r.id, [s, f]);
      fields.set(r.id, { kind: 'SUMMARY', duration: 1, plannedStart: s, plannedFinish: f, statusId: byName['To do'], pct: 0, assigneeId: null, estimate: null });
    }
  }

  await ds.transaction(async (m) => {
    for (const rows of levels) {
      const col = (fn) => rows.map(fn);
      await m.query(
        `INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, duration_days,
                            constraint_type, constraint_date, deadline, status_id, percent_complete, assignee_id, estimate_hours, created_by_id)
         SELECT v.id, $1, v.number, v.parent_id, v.position, v.code, v.sort, v.name, v.kind, v.duration,
                CASE WHEN v.kind = 'SUMMARY' THEN 'ASAP' ELSE 'SNET' END,
                CASE WHEN v.kind = 'SUMMARY' THEN NULL ELSE to_char(v.ps, 'YYYY-MM-DD') || 'T00:00' END,
                CASE WHEN v.kind = 'SUMMARY' THEN NULL ELSE to_char(v.pf, 'YYYY-MM-DD') || 'T23:59' END,
                v.status_id, v.pct, v.assignee_id, v.estimate, $2
           FROM unnest($3::uuid[], $4::int[], $5::uuid[], $6::int[], $7::text[], $8::text[], $9::numeric[],
                       $10::date[], $11::date[], $12::uuid[], $13::int[], $14::uuid[], $15::numeric[], $16::text[], $17::text[])
             AS v(id, number, parent_id, position, name, kind, duration, ps, pf, status_id, pct, assignee_id, estimate, code, sort)`,
        [
          project.id,
          owner.userId,
          col((r) => r.id),
          col((r) => r.number),
          col((r) => r.parentId),
          col((r) => r.position),
          col((r) => r.name),
          col((r) => fields.get(r.id).kind),
          col((r) => fields.get(r.id).duration),
          col((r) => fields.get(r.id).plannedStart),
          col((r) => fields.get(r.id).plannedFinish),
          col((r) => fields.get(r.id).statusId),
          col((r) => fields.get(r.id).pct),
          col((r) => fields.get(r.id).assigneeId),
          col((r) => fields.get(r.id).estimate),
          col((r) => r.code),
          col((r) => r.sort),
        ],
      );
    }
    await m.query(`UPDATE projects SET task_seq = $2 WHERE id = $1`, [project.id, number]);
  });

  // A little history through the service, so the board's recent activity is real.
  const recent = await ds.query(
    `SELECT id, version FROM tasks WHERE project_id = $1 AND kind = 'TASK' AND constraint_date > $2 ORDER BY wbs_sort LIMIT 15`,
    [project.id, iso(today)],
  );
  for (const [i, t] of recent.entries()) {
    await app.services.tasks.update(ctx(), { id: t.id, version: t.version, statusId: byName[i % 3 ? 'In progress' : 'In review'], percentComplete: 10 + i });
  }

  const [{ n, leaves }] = await ds.query(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE kind <> 'SUMMARY')::int AS leaves FROM tasks WHERE project_id = $1 AND archived_at IS NULL AND wbs_code <> ''`,
    [project.id],
  );
  return { projectId: project.id, key: project.key, owner, people, taskCount: n, leafCount: leaves, depth: levels.length };
}

/** Leaf tasks (id, version) not yet touched, for mutations that must not conflict with each other. */
export async function pickTasks(ds, projectId, count) {
  return ds.query(
    `SELECT id, version FROM tasks WHERE project_id = $1 AND kind = 'TASK' AND archived_at IS NULL ORDER BY number DESC LIMIT $2`,
    [projectId, count],
  );
}
