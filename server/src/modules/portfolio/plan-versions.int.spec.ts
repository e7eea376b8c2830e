import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';
import { PlanVersions1766800004217 } from '../../database/migrations/1766800004217-PlanVersions.js';
import { planStamps } from '../planning/schedule.service.js';

/**
 * The plan version the database keeps per project (migration 1766800004217-PlanVersions): every
 * insert, update and delete of each plan table changes the project's plan fingerprint, a rolled-back
 * write does not, a row moving between projects changes both, projects that existed before the
 * migration get a version, and a deleted project's recorded forecast goes with it.
 */
let h: Harness;
let pm: TestUser;

const ok = async (q: string, v: Record<string, unknown>) => {
  const r = await h.gql(q, v, pm);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

async function project(key: string): Promise<string> {
  return (await ok(`mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`, { i: { key, name: `Project ${key}`, startDate: '2026-03-02' } })).projectCreate.project.id;
}

async function task(projectId: string, name: string): Promise<string> {
  return (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name, durationDays: 2 } })).taskCreate.task.id;
}

const sql = (text: string, params: unknown[] = []) => h.app.dataSource.query(text, params);
const stamp = async (id: string) => (await planStamps(h.app.dataSource, [id])).get(id);

beforeAll(async () => {
  h = await startHarness();
  pm = await h.user('Priya Manager');
});
afterAll(() => h?.close());

describe('plan versions', () => {
  it("every insert, update and delete of each plan table changes the project's fingerprint", async () => {
    const p = await project('PV');
    const a = await task(p, 'Design');
    const b = await task(p, 'Build');
    const [{ id: resource }] = await sql(`INSERT INTO resources (project_id, name) VALUES ($1, 'Dev') RETURNING id`, [p]);
    const [{ id: calendar }] = await sql(`INSERT INTO work_calendars (project_id, name) VALUES ($1, 'Site') RETURNING id`, [p]);
    const status = (await sql(`SELECT status_id FROM tasks WHERE id = $1`, [a]))[0].status_id;
    // table: [insert, update, delete]
    const writes: [string, string[]][] = [
      ['tasks', [
        `INSERT INTO tasks (project_id, number, position, wbs_code, wbs_sort, name, status_id) VALUES ('${p}', 99, 99, '99', '0099', 'Extra', '${status}')`,
        `UPDATE tasks SET name = 'Extra work' WHERE project_id = '${p}' AND number = 99`,
        `DELETE FROM tasks WHERE project_id = '${p}' AND number = 99`,
      ]],
      ['task_dependencies', [
        `INSERT INTO task_dependencies (project_id, predecessor_id, successor_id) VALUES ('${p}', '${a}', '${b}')`,
        `UPDATE task_dependencies SET lag_days = 1 WHERE predecessor_id = '${a}'`,
        `DELETE FROM task_dependencies WHERE predecessor_id = '${a}'`,
      ]],
      ['work_calendars', [
        `INSERT INTO work_calendars (project_id, name) VALUES ('${p}', 'Night')`,
        `UPDATE work_calendars SET name = 'Nights' WHERE project_id = '${p}' AND name = 'Night'`,
        `DELETE FROM work_calendars WHERE project_id = '${p}' AND name = 'Nights'`,
      ]],
      ['calendar_exceptions', [
        `INSERT INTO calendar_exceptions (calendar_id, from_date, to_date) VALUES ('${calendar}', '2026-04-06', '2026-04-06')`,
        `UPDATE calendar_exceptions SET to_date = '2026-04-07' WHERE calendar_id = '${calendar}'`,
        `DELETE FROM calendar_exceptions WHERE calendar_id = '${calendar}'`,
      ]],
      ['resources', [
        `INSERT INTO resources (project_id, name) VALUES ('${p}', 'Tester')`,
        `UPDATE resources SET name = 'Testers' WHERE project_id = '${p}' AND name = 'Tester'`,
        `DELETE FROM resources WHERE project_id = '${p}' AND name = 'Testers'`,
      ]],
      ['resource_rates', [
        `INSERT INTO resource_rates (resource_id, effective_from) VALUES ('${resource}', '2026-05-01')`,
        `UPDATE resource_rates SET standard_rate = 90 WHERE resource_id = '${resource}'`,
        `DELETE FROM resource_rates WHERE resource_id = '${resource}'`,
      ]],
      ['assignments', [
        `INSERT INTO assignments (project_id, task_id, resource_id) VALUES ('${p}', '${a}', '${resource}')`,
        `UPDATE assignments SET units = 0.5 WHERE task_id = '${a}'`,
        `DELETE FROM assignments WHERE task_id = '${a}'`,
      ]],
      ['project_plans', [
        `INSERT INTO project_plans (project_id) VALUES ('${p}') ON CONFLICT (project_id) DO UPDATE SET status_date = NULL`,
        `UPDATE project_plans SET status_date = '2026-03-10' WHERE project_id = '${p}'`,
        `DELETE FROM project_plans WHERE project_id = '${p}'`,
      ]],
      ['projects', [`UPDATE projects SET start_date = '2026-03-03' WHERE id = '${p}'`]],
    ];
    const seen = new Set([await stamp(p)]);
    for (const [table, statements] of writes) {
      for (const statement of statements) {
        await sql(statement);
        const now = await stamp(p);
        expect(seen.has(now), `${table}: ${statement.split(' ')[0]}`).toBe(false);
        seen.add(now);
      }
    }
  });

  it('a rolled-back write leaves the fingerprint as it was', async () => {
    const p = await project('RB');
    const a = await task(p, 'Design');
    const before = await stamp(p);
    await expect(
      h.app.dataSource.transaction(async (m) => {
        await m.query(`UPDATE tasks SET duration_days = 9 WHERE id = $1`, [a]);
        await m.query(`INSERT INTO work_calendars (project_id, name) VALUES ($1, 'Gone')`, [p]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await stamp(p)).toBe(before);
    // Reads, and updates of rows of other projects, leave it too.
    const other = await project('RB2');
    await task(other, 'Elsewhere');
    await sql(`UPDATE tasks SET duration_days = 4 WHERE project_id = $1`, [other]);
    expect(await stamp(p)).toBe(before);
  });

  it('a task moving to another project changes both fingerprints, and is not taken for a mere task update', async () => {
    const p = await project('MV1');
    const q = await project('MV2');
    const a = await task(p, 'Moving');
    await task(q, 'Staying');
    const [p0, q0] = [await stamp(p), await stamp(q)];
    const layout = async (id: string) => (await sql(`SELECT plan_version::text AS v, plan_layout::text AS l FROM portfolio_task_sums WHERE project_id = $1`, [id]))[0];
    await sql(`UPDATE tasks SET duration_days = 3 WHERE id = $1`, [a]);
    const updated = await layout(p);
    expect(BigInt(updated.l)).toBeLessThan(BigInt(updated.v));
    await sql(`UPDATE tasks SET project_id = $2, number = 1000 WHERE id = $1`, [a, q]);
    expect(await stamp(p)).not.toBe(p0);
    expect(await stamp(q)).not.toBe(q0);
    for (const id of [p, q]) {
      const moved = await layout(id);
      expect(moved.l).toBe(moved.v);
    }
  });

  it('a deleted project takes its recorded forecast with it', async () => {
    const p = await project('DEL');
    await task(p, 'Work');
    await ok(`query { portfolio { projects { key forecastFinish } } }`, {});
    // The forecast is recorded on the side: wait for it.
    for (let i = 0; i < 100 && !(await sql(`SELECT 1 FROM schedule_forecasts WHERE project_id = $1`, [p])).length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await sql(`SELECT 1 FROM schedule_forecasts WHERE project_id = $1`, [p])).toHaveLength(1);
    await sql(`DELETE FROM projects WHERE id = $1`, [p]);
    expect(await sql(`SELECT 1 FROM schedule_forecasts WHERE project_id = $1`, [p])).toHaveLength(0);
    expect(await planStamps(h.app.dataSource, [p])).toEqual(new Map());
  });

  it('the migration gives projects that existed before it a version, and removes forecasts of projects deleted before', async () => {
    const p = await project('OLD');
    await task(p, 'Work');
    const orphan = randomUUID();
    const q = h.app.dataSource.createQueryRunner();
    try {
      const migration = new PlanVersions1766800004217();
      await migration.down(q);
      await q.query(`DELETE FROM portfolio_task_sums WHERE project_id = $1`, [p]);
      await q.query(`INSERT INTO schedule_forecasts (project_id, stamp, finish) VALUES ($1, 'x', '2026-01-01')`, [orphan]);
      await migration.up(q);
    } finally {
      await q.release();
    }
    const [row] = await sql(`SELECT leaves, plan_version::int AS version FROM portfolio_task_sums WHERE project_id = $1`, [p]);
    expect(row).toEqual({ leaves: 1, version: 1 });
    expect(await sql(`SELECT 1 FROM schedule_forecasts WHERE project_id = $1`, [orphan])).toHaveLength(0);
    const before = await stamp(p);
    await sql(`UPDATE tasks SET duration_days = 5 WHERE project_id = $1`, [p]);
    expect(await stamp(p)).not.toBe(before);
  });
});
