import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

let h: Harness;
let owner: TestUser;

/** A project of `n` leaf tasks under 10 summaries, inserted in bulk, with assignees and links. */
async function bigProject(key: string, n: number): Promise<string> {
  const r = await h.gql(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Big" }) { project { id } } }`, { k: key }, owner);
  const projectId = r.data!.projectCreate.project.id;
  const ds = h.app.dataSource;
  const [{ id: statusId }] = await ds.query(`SELECT id FROM task_statuses WHERE project_id = $1 AND category = 'STARTED' LIMIT 1`, [projectId]);
  await ds.query(
    `INSERT INTO tasks (project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, assignee_id)
     SELECT $1, g, NULL, g - 1, g::text, lpad(g::text, 5, '0'), 'Summary ' || g, 'SUMMARY', $2, NULL FROM generate_series(1, 10) g`,
    [projectId, statusId],
  );
  await ds.query(
    `INSERT INTO tasks (project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, assignee_id, deadline, duration_days, percent_complete)
     SELECT $1, 10 + g, p.id, (g - 1) / 10, p.wbs_code || '.' || ((g - 1) / 10 + 1), p.wbs_sort || '.' || lpad(((g - 1) / 10 + 1)::text, 5, '0'),
            'Task ' || g, 'TASK', $2, $3, to_char(DATE '2020-01-01' + g, 'YYYY-MM-DD') || 'T23:59', 2, g % 100
       FROM generate_series(1, $4::int) g JOIN tasks p ON p.project_id = $1 AND p.number = ((g - 1) % 10) + 1`,
    [projectId, statusId, owner.id, n],
  );
  await ds.query(
    `INSERT INTO task_dependencies (project_id, predecessor_id, successor_id)
     SELECT $1, a.id, b.id FROM tasks a JOIN tasks b ON b.project_id = a.project_id AND b.number = a.number + 1
      WHERE a.project_id = $1 AND a.kind = 'TASK'`,
    [projectId],
  );
  await ds.query(`UPDATE projects SET task_seq = $2 WHERE id = $1`, [projectId, n + 10]);
  return projectId;
}

const BOARD = `query($id: UUID!) { project(id: $id) { board { percentComplete taskCount categories { category count }
  columns { name count cards { key name assignee { name } late } } milestones { key } lateTasks { key } recentActivity { summary } } } }`;
const OUTLINE = `query($id: UUID!) { project(id: $id) { tasks(first: 500) { totalCount nodes { key wbsCode name childCount
  status { name category } assignee { name } parent { key } predecessors { type predecessor { key } } successors { successor { key } } } } } }`;

async function statements(query: string, projectId: string): Promise<number> {
  h.app.queryCounter.reset();
  const r = await h.gql(query, { id: projectId }, owner);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return h.app.queryCounter.count;
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
});
afterAll(() => h?.close());

describe('board', () => {
  it('runs the same number of SQL statements for 10 and for 1,000 tasks', async () => {
    const small = await bigProject('SMALL', 10);
    const large = await bigProject('LARGE', 1000);
    const boardSmall = await statements(BOARD, small);
    const boardLarge = await statements(BOARD, large);
    expect(boardLarge).toBe(boardSmall);
    // The board's own reads, and the schedule it takes dates from (its fingerprint and the plan's rows).
    expect(boardLarge).toBeLessThanOrEqual(26);
    const outlineSmall = await statements(OUTLINE, small);
    const outlineLarge = await statements(OUTLINE, large);
    expect(outlineLarge).toBe(outlineSmall);
    expect(outlineLarge).toBeLessThanOrEqual(12);
  });

  it('aggregates what a wall screen shows', async () => {
    const projectId = (await h.gql(`mutation { projectCreate(input: { key: "WALL", name: "Wall" }) { project { id statuses { id name category } } } }`, {}, owner)).data!.projectCreate.project;
    const statuses = projectId.statuses as { id: string; category: string }[];
    const done = statuses.find((s) => s.category === 'COMPLETED')!.id;
    const cancelled = statuses.find((s) => s.category === 'CANCELLED')!.id;
    const mk = (i: Record<string, unknown>) => h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId: projectId.id, ...i } }, owner);
    await mk({ name: 'Done work', durationDays: 3, statusId: done });
    // Created half done: it is in progress. Its (deprecated) planned finish is a deadline it has missed.
    await mk({ name: 'Half work', durationDays: 1, percentComplete: 50, plannedStart: '2020-01-01', plannedFinish: '2020-01-02' });
    await mk({ name: 'Dropped', durationDays: 10, statusId: cancelled });
    await mk({ name: 'Launch', kind: 'MILESTONE', plannedStart: '2099-05-01' });
    const b = (await h.gql(BOARD, { id: projectId.id }, owner)).data!.project.board;
    // (3 × 100 + 1 × 50) / 4 working days; the cancelled task and the milestone weigh nothing.
    expect(b.percentComplete).toBe(87.5);
    expect(b.taskCount).toBe(4);
    expect(b.categories).toEqual([
      { category: 'BACKLOG', count: 0 },
      { category: 'UNSTARTED', count: 1 },
      { category: 'STARTED', count: 1 },
      { category: 'COMPLETED', count: 1 },
      { category: 'CANCELLED', count: 1 },
    ]);
    expect(b.lateTasks).toEqual([{ key: 'WALL-2' }]);
    expect(b.milestones).toEqual([{ key: 'WALL-4' }]);
    expect(b.recentActivity[0].summary).toBe('Owner created milestone WALL-4 Launch');
  });
});
