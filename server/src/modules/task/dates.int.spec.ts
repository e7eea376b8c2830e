import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, runMigrations } from '../../database/data-source.js';
import { createTestDatabase, dropTestDatabase } from '../../../test/db.js';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * One set of dates: every view reads a task's start and finish from the computed schedule; what
 * people type is a constraint or a deadline; status, percent and actual dates stay consistent.
 */
let h: Harness;
let owner: TestUser;

const TASK = `id version start finish late percentComplete actualStart actualFinish constraintType constraintDate deadline plannedStart plannedFinish status { category }`;

async function project(key: string, startDate = '2027-01-04') {
  const r = await h.gql(
    `mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id statuses { id category } } } }`,
    { i: { key, name: key, startDate } },
    owner,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.projectCreate.project as { id: string; statuses: { id: string; category: string }[] };
}

async function task(projectId: string, input: Record<string, unknown>) {
  const r = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { ${TASK} } } }`, { i: { projectId, ...input } }, owner);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.taskCreate.task;
}

async function read(id: string) {
  const r = await h.gql(`query($id: UUID!) { task(id: $id) { ${TASK} } }`, { id }, owner);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.task;
}

async function update(input: Record<string, unknown>) {
  const r = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { ${TASK} } } }`, { i: input }, owner);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.taskUpdate.task;
}

async function link(predecessorId: string, successorId: string) {
  const r = await h.gql(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId, successorId } }, owner);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
});
afterAll(() => h?.close());

describe('one set of dates', () => {
  it('the task list, the board and the schedule give every task the same start and finish', async () => {
    const p = await project('ONE');
    const a = await task(p.id, { name: 'Design', durationDays: 3 });
    const b = await task(p.id, { name: 'Build', durationDays: 5 });
    const m = await task(p.id, { name: 'Go-live', kind: 'MILESTONE' });
    await link(a.id, b.id);
    await link(b.id, m.id);
    const r = await h.gql(
      `query($id: UUID!) { project(id: $id) {
         tasks(first: 50) { nodes { id key start finish late } }
         schedule { finish tasks { taskId start finish late } }
         board { columns { cards { id start finish plannedFinish } } milestones { id date finish } } } }`,
      { id: p.id },
      owner,
    );
    expect(r.errors).toBeUndefined();
    const { tasks, schedule, board } = r.data!.project;
    const rows = new Map<string, { start: string; finish: string }>(schedule.tasks.map((t: { taskId: string; start: string; finish: string }) => [t.taskId, t]));
    for (const t of tasks.nodes) {
      expect(t.start).toBe(rows.get(t.id)!.start);
      expect(t.finish).toBe(rows.get(t.id)!.finish);
    }
    // Monday 4 Jan 2027: 3 days of design, then 5 of build: go-live at the end of Wed 13 Jan.
    expect(tasks.nodes.map((t: { start: string; finish: string }) => [t.start, t.finish])).toEqual([
      ['2027-01-04T08:00', '2027-01-06T17:00'],
      ['2027-01-07T08:00', '2027-01-13T17:00'],
      ['2027-01-13T17:00', '2027-01-13T17:00'],
    ]);
    const cards = board.columns.flatMap((c: { cards: unknown[] }) => c.cards);
    for (const c of cards) {
      expect(c.finish).toBe(rows.get(c.id)!.finish);
      expect(c.plannedFinish).toBe(c.finish.slice(0, 10));
    }
    expect(board.milestones).toEqual([{ id: m.id, date: '2027-01-13', finish: '2027-01-13T17:00' }]);
    expect(schedule.finish).toBe('2027-01-13T17:00');
  });

  it('takes a typed planned start as a start-no-earlier-than constraint and a planned finish as a deadline (deprecated inputs still work)', async () => {
    const p = await project('TYPED');
    const t = await task(p.id, { name: 'Vendor workshop', durationDays: 2, plannedStart: '2027-01-11', plannedFinish: '2027-01-12' });
    expect(t).toMatchObject({ constraintType: 'SNET', constraintDate: '2027-01-11T00:00', deadline: '2027-01-12T23:59' });
    const now = await read(t.id);
    expect(now).toMatchObject({ start: '2027-01-11T08:00', finish: '2027-01-12T17:00', plannedStart: '2027-01-11', plannedFinish: '2027-01-12' });
    // Clearing them clears what they became.
    const cleared = await update({ id: t.id, version: now.version, plannedStart: null, plannedFinish: null });
    expect(cleared).toMatchObject({ constraintType: 'ASAP', constraintDate: null, deadline: null });
    expect((await read(t.id)).start).toBe('2027-01-04T08:00');
    const bad = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId: p.id, name: 'x', plannedStart: '2027-01-12', plannedFinish: '2027-01-11' } }, owner);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plannedFinish' });
  });

  it('marking a constrained task Done keeps it where the schedule has it, and To do with no work booked resets it', async () => {
    const p = await project('DONE');
    const done = p.statuses.find((s) => s.category === 'COMPLETED')!.id;
    const todo = p.statuses.find((s) => s.category === 'UNSTARTED')!.id;
    const setup = await task(p.id, { name: 'Setup', durationDays: 2 });
    const t = await task(p.id, { name: 'Migration', durationDays: 3 });
    const after = await task(p.id, { name: 'Cutover', durationDays: 1 });
    await link(setup.id, t.id);
    await link(t.id, after.id);
    const r = await h.gql(
      `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { version } } }`,
      { i: { id: t.id, version: t.version, constraintType: 'SNET', constraintDate: '2027-01-11T08:00' } },
      owner,
    );
    expect(r.errors).toBeUndefined();
    const before = await read(t.id);
    expect(before).toMatchObject({ start: '2027-01-11T08:00', finish: '2027-01-13T17:00' });
    const finishBefore = (await read(after.id)).finish;

    const marked = await update({ id: t.id, version: before.version, statusId: done });
    expect(marked).toMatchObject({ percentComplete: 100, actualStart: '2027-01-11T08:00', actualFinish: '2027-01-13T17:00', status: { category: 'COMPLETED' } });
    expect(await read(t.id)).toMatchObject({ start: '2027-01-11T08:00', finish: '2027-01-13T17:00', late: false });
    expect((await read(after.id)).finish).toBe(finishBefore);

    const back = await update({ id: t.id, version: marked.version, statusId: todo });
    expect(back).toMatchObject({ percentComplete: 0, actualStart: null, actualFinish: null, status: { category: 'UNSTARTED' } });
    expect(await read(t.id)).toMatchObject({ start: '2027-01-11T08:00', finish: '2027-01-13T17:00' });
  });

  it('a milestone marked Done happened at its instant (end of day), and the plan still schedules', async () => {
    const p = await project('MILE');
    const done = p.statuses.find((s) => s.category === 'COMPLETED')!.id;
    const a = await task(p.id, { name: 'Sign-off work', durationDays: 2 });
    const m = await task(p.id, { name: 'Signed off', kind: 'MILESTONE' });
    await link(a.id, m.id);
    const marked = await update({ id: m.id, version: m.version, statusId: done });
    expect(marked).toMatchObject({ percentComplete: 100, actualStart: '2027-01-05T17:00', actualFinish: '2027-01-05T17:00' });
    const r = await h.gql(`query($id: UUID!) { project(id: $id) { schedule { finish } } }`, { id: p.id }, owner);
    expect(r.errors).toBeUndefined();
    expect(r.data!.project.schedule.finish).toBe('2027-01-05T17:00');
    expect(await read(m.id)).toMatchObject({ start: '2027-01-05T17:00', finish: '2027-01-05T17:00', late: false });
  });

  it('keeps status, percent and actual dates consistent from each side', async () => {
    const p = await project('BOTH');
    const t = await task(p.id, { name: 'Report', durationDays: 2 });
    const started = await update({ id: t.id, version: t.version, percentComplete: 40 });
    expect(started).toMatchObject({ percentComplete: 40, status: { category: 'STARTED' } });
    const full = await update({ id: t.id, version: started.version, percentComplete: 100 });
    expect(full).toMatchObject({ status: { category: 'COMPLETED' }, actualStart: '2027-01-04T08:00', actualFinish: '2027-01-05T17:00' });
    const reopened = await update({ id: t.id, version: full.version, percentComplete: 60 });
    expect(reopened).toMatchObject({ status: { category: 'STARTED' }, actualFinish: null, actualStart: '2027-01-04T08:00' });
    // An actual finish entered in the schedule finishes the task.
    const r = await h.gql(
      `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { percentComplete status { category } actualFinish } } }`,
      { i: { id: t.id, version: reopened.version, actualFinish: '2027-01-06T12:00' } },
      owner,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.taskScheduleUpdate.task).toEqual({ percentComplete: 100, status: { category: 'COMPLETED' }, actualFinish: '2027-01-06T12:00' });
  });

  it('late: not complete and due by the status date, or past its deadline, the same on the task, the board and the wall', async () => {
    const p = await project('LATE');
    const a = await task(p.id, { name: 'Overdue', durationDays: 2 });
    const b = await task(p.id, { name: 'Finished', durationDays: 2 });
    const c = await task(p.id, { name: 'Deadline missed', durationDays: 10 });
    const d = await task(p.id, { name: 'Later', durationDays: 1 });
    await link(a.id, d.id);
    const done = p.statuses.find((s) => s.category === 'COMPLETED')!.id;
    await update({ id: b.id, version: b.version, statusId: done });
    const r1 = await h.gql(
      `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`,
      { i: { id: c.id, version: c.version, deadline: '2027-01-08T17:00' } },
      owner,
    );
    expect(r1.errors).toBeUndefined();
    // Progress reported through Thursday 7 Jan; nothing started: unstarted work moves after the status date.
    const r2 = await h.gql(`mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { statusDate } } }`, { i: { projectId: p.id, statusDate: '2027-01-07' } }, owner);
    expect(r2.errors).toBeUndefined();
    const late = async (id: string) => (await read(id)).late;
    expect(await late(b.id)).toBe(false);
    expect(await late(c.id)).toBe(true);
    expect(await late(d.id)).toBe(false);
    const board = (await h.gql(`query($id: UUID!) { project(id: $id) { board { lateTasks { id } } } }`, { id: p.id }, owner)).data!.project.board;
    const lateIds = (await h.gql(`query($id: UUID!) { project(id: $id) { tasks(first: 50) { nodes { id late } } } }`, { id: p.id }, owner)).data!.project.tasks.nodes
      .filter((t: { late: boolean }) => t.late)
      .map((t: { id: string }) => t.id);
    expect(board.lateTasks.map((t: { id: string }) => t.id).sort()).toEqual(lateIds.sort());
    // Without a status date, a task whose finish has passed and is not done is late.
    const old = await project('PAST', '2020-03-02');
    const o = await task(old.id, { name: 'Forgotten', durationDays: 1 });
    expect(await late(o.id)).toBe(true);
  });
});

describe('migration of planned dates', () => {
  it('turns planned dates into constraints and deadlines and keeps those it cannot move in the history', async () => {
    const url = await createTestDatabase();
    const ds = createDataSource({ url });
    await ds.initialize();
    try {
      // Back to the schema before the migration (and anything after it).
      while ((await ds.query(`SELECT 1 FROM migrations WHERE name = 'ScheduleDates1764400000000'`)).length) await ds.undoLastMigration();
      const [proj] = await ds.query(`INSERT INTO projects (key, name, version) VALUES ('MIG', 'Mig', 1) RETURNING id`);
      const [status] = await ds.query(`INSERT INTO task_statuses (project_id, name, category, color, position) VALUES ($1, 'To do', 'UNSTARTED', '#888888', 0) RETURNING id`, [proj.id]);
      const insert = (n: number, extra: string, values: unknown[]) =>
        ds.query(
          `INSERT INTO tasks (project_id, number, position, wbs_code, wbs_sort, name, status_id${extra ? `, ${extra}` : ''})
           VALUES ($1, ${n}, ${n}, '${n}', '${n}', 'T${n}', $2${values.map((_, i) => `, $${i + 3}`).join('')}) RETURNING id`,
          [proj.id, status.id, ...values],
        );
      const [plain] = await insert(1, 'planned_start, planned_finish', ['2027-01-11', '2027-01-15']);
      const [busy] = await insert(2, 'planned_start, planned_finish, constraint_type, constraint_date, deadline', ['2027-02-01', '2027-02-05', 'MSO', '2027-02-03T08:00', '2027-02-10T17:00']);
      const [none] = await insert(3, '', []);
      await runMigrations(ds);
      const rows = await ds.query(`SELECT id, constraint_type, constraint_date, deadline FROM tasks WHERE project_id = $1 ORDER BY number`, [proj.id]);
      expect(rows).toEqual([
        { id: plain.id, constraint_type: 'SNET', constraint_date: '2027-01-11T00:00', deadline: '2027-01-15T23:59' },
        { id: busy.id, constraint_type: 'MSO', constraint_date: '2027-02-03T08:00', deadline: '2027-02-10T17:00' },
        { id: none.id, constraint_type: 'ASAP', constraint_date: null, deadline: null },
      ]);
      const kept = await ds.query(`SELECT task_id, field, old_value, new_value, actor_id FROM activities WHERE project_id = $1 ORDER BY field`, [proj.id]);
      expect(kept).toEqual([
        { task_id: busy.id, field: 'plannedFinish', old_value: '2027-02-05', new_value: null, actor_id: null },
        { task_id: busy.id, field: 'plannedStart', old_value: '2027-02-01', new_value: null, actor_id: null },
      ]);
      const columns = await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'tasks' AND column_name LIKE 'planned%'`);
      expect(columns).toEqual([]);
    } finally {
      await ds.destroy();
      await dropTestDatabase(url);
    }
  });
});
