import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * The rules that span several rows of a project (at least one owner, at least one status) hold
 * when two people break them from both ends at the same moment.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const ROUNDS = 10;
const UPDATE = `mutation($i: MemberUpdateInput!) { memberUpdate(input: $i) { member { role } } }`;
const REMOVE = `mutation($p: UUID!, $u: UUID!) { memberRemove(projectId: $p, userId: $u) }`;
const DELETE_STATUS = `mutation($id: UUID!) { statusDelete(id: $id) { status { id } } }`;

let seq = 0;
/** A project with two owners, `a` (who created it) and `b`. */
async function twoOwners(): Promise<{ projectId: string; a: TestUser; b: TestUser }> {
  seq++;
  const a = await h.user(`Owner A${seq}`);
  const b = await h.user(`Owner B${seq}`);
  const r = await h.gql(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Race" }) { project { id } } }`, { k: `RACE${seq}` }, a);
  expect(r.errors).toBeUndefined();
  const projectId = r.data!.projectCreate.project.id as string;
  await h.app.dataSource.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [projectId, b.id]);
  return { projectId, a, b };
}

async function projectsWithTwoOwners() {
  const out = [];
  for (let i = 0; i < ROUNDS; i++) out.push(await twoOwners());
  return out;
}

async function roles(projectId: string): Promise<string[]> {
  const rows: { role: string }[] = await h.app.dataSource.query(`SELECT role FROM project_members WHERE project_id = $1`, [projectId]);
  return rows.map((r) => r.role);
}

describe('owners at the same moment', () => {
  it('two owners demoting each other leave one owner in every project', async () => {
    const projects = await projectsWithTwoOwners();
    const results = await Promise.all(
      projects.flatMap(({ projectId, a, b }) => [
        h.gql(UPDATE, { i: { projectId, userId: b.id, role: 'MEMBER' } }, a),
        h.gql(UPDATE, { i: { projectId, userId: a.id, role: 'MEMBER' } }, b),
      ]),
    );
    for (const { projectId } of projects) expect(await roles(projectId)).toContain('OWNER');
    // In each pair one demotion went through; the other was refused (its author is no longer an
    // owner by the time it runs, or the rule), never with an internal error.
    for (let i = 0; i < ROUNDS; i++) {
      const pair = results.slice(2 * i, 2 * i + 2);
      expect(pair.filter((r) => !r.errors).length).toBe(1);
      const refused = pair.find((r) => r.errors)!;
      expect(['BAD_USER_INPUT', 'FORBIDDEN']).toContain(refused.errors![0]!.extensions!.code);
    }
  });

  it('two owners removing each other leave one owner (and so one member) in every project', async () => {
    const projects = await projectsWithTwoOwners();
    const results = await Promise.all(
      projects.flatMap(({ projectId, a, b }) => [h.gql(REMOVE, { p: projectId, u: b.id }, a), h.gql(REMOVE, { p: projectId, u: a.id }, b)]),
    );
    for (const { projectId } of projects) expect(await roles(projectId)).toEqual(['OWNER']);
    // The second is refused: the rule, or its author is no longer in the project by the time it runs.
    for (const r of results) if (r.errors) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(r.errors[0]!.extensions!.code);
  });
  it('a role change waits for the project and is judged by the role its author has by then', async () => {
    const { projectId, b } = await twoOwners();
    const c = await h.user('Candidate');
    await h.app.dataSource.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [projectId, c.id]);
    // Another transaction holds the project while b's request is on its way, and demotes b meanwhile.
    const holder = h.app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT id FROM projects WHERE id = $1 FOR NO KEY UPDATE', [projectId]);
      const promotion = h.gql(UPDATE, { i: { projectId, userId: c.id, role: 'OWNER' } }, b);
      await vi.waitFor(
        async () => {
          const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
          expect(n).toBeGreaterThan(0);
        },
        { timeout: 5000, interval: 20 },
      );
      await holder.query(`UPDATE project_members SET role = 'MEMBER' WHERE project_id = $1 AND user_id = $2`, [projectId, b.id]);
      await holder.commitTransaction();
      const r = await promotion;
      expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect(await roles(projectId)).toEqual(expect.arrayContaining(['OWNER', 'MEMBER', 'MEMBER']));
      const [{ role }] = await h.app.dataSource.query(`SELECT role FROM project_members WHERE project_id = $1 AND user_id = $2`, [projectId, c.id]);
      expect(role).toBe('MEMBER');
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });
});

describe('statuses at the same moment', () => {
  it('two managers deleting the last two statuses leave one in every project', async () => {
    const projects = await Promise.all(
      (await projectsWithTwoOwners()).map(async ({ projectId, a, b }) => {
        const ids: { id: string }[] = await h.app.dataSource.query(`SELECT id FROM task_statuses WHERE project_id = $1 ORDER BY position`, [projectId]);
        // Down to two statuses, one after the other (no race here).
        for (const { id } of ids.slice(2)) expect((await h.gql(DELETE_STATUS, { id }, a)).errors).toBeUndefined();
        return { projectId, a, b, last: [ids[0]!.id, ids[1]!.id] as const };
      }),
    );
    const results = await Promise.all(projects.flatMap(({ a, b, last }) => [h.gql(DELETE_STATUS, { id: last[0] }, a), h.gql(DELETE_STATUS, { id: last[1] }, b)]));
    for (const { projectId } of projects) {
      const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM task_statuses WHERE project_id = $1`, [projectId]);
      expect(n).toBe(1);
    }
    for (const r of results) if (r.errors) expect(r.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    // Tasks can still be created in every project.
    for (const { projectId, a } of projects) {
      const t = await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Still works" }) { task { id } } }`, { p: projectId }, a);
      expect(t.errors).toBeUndefined();
    }
  });
  it('a task moved to a status while that status is being deleted is refused with the field named, never an internal error', async () => {
    const { projectId, a } = await twoOwners();
    const statuses: { id: string; name: string }[] = await h.app.dataSource.query(`SELECT id, name FROM task_statuses WHERE project_id = $1 ORDER BY position`, [projectId]);
    const doomed = statuses.find((s) => s.name === 'In review')!;
    const t = (await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Raced" }) { task { id version } } }`, { p: projectId }, a)).data!.taskCreate.task;
    // A deletion in flight, as statusDelete runs it: the project held, the status deleted, not yet committed.
    const holder = h.app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT id FROM projects WHERE id = $1 FOR NO KEY UPDATE', [projectId]);
      await holder.query('DELETE FROM task_statuses WHERE id = $1', [doomed.id]);
      const created = h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: t.id, version: t.version, statusId: doomed.id } }, a);
      await vi.waitFor(
        async () => {
          const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
          expect(n).toBeGreaterThan(0);
        },
        { timeout: 5000, interval: 20 },
      );
      await holder.commitTransaction();
      const r = await created;
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.statusId' });
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });
});
