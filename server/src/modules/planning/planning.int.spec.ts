import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from '../../../test/harness.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const shared = path.resolve(repoRoot, '..', 'shared');
const mspdiDir = path.join(shared, 'mspdi');
const hasShared = existsSync(path.join(mspdiDir, 'sample.xml'));

let h: Harness;
let owner: TestUser;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, as: TestUser = owner): Promise<T> {
  const r = await h.gql(query, variables, as);
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

const newProject = async (key: string, startDate: string | null = '2026-03-02') =>
  (await ok(`mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`, { i: { key, name: `Plan ${key}`, ...(startDate ? { startDate } : {}) } })).projectCreate.project.id as string;

const task = async (projectId: string, name: string, durationDays: number, kind = 'TASK') =>
  (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name, durationDays, kind } })).taskCreate.task as { id: string; version: number };

const link = (predecessorId: string, successorId: string, type: string, lagDays = 0) =>
  ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId, successorId, type, lagDays } });

const version = async (id: string) => (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id })).task.version as number;

const setDuration = async (id: string, durationDays: number) =>
  ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { version } } }`, { i: { id, version: await version(id), durationDays } });

const SCHEDULE = `query($id: UUID!) { project(id: $id) { schedule { start finish statusDate criticalPath criticalPaths warnings { taskId code message }
  tasks { taskId start finish earlyStart earlyFinish lateStart lateFinish durationDays totalFloatDays freeFloatDays critical levelingDelayDays } } } }`;
type Row = { taskId: string; start: string; finish: string; totalFloatDays: number; freeFloatDays: number; critical: boolean; levelingDelayDays: number; durationDays: number };
const schedule = async (id: string) => {
  const s = (await ok(SCHEDULE, { id })).project.schedule;
  return { ...s, byId: new Map<string, Row>(s.tasks.map((t: Row) => [t.taskId, t])) };
};

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Paula Planner');
});
afterAll(() => h?.close());

describe('a small plan: links of every type, a constraint and a holiday', () => {
  let projectId: string;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    projectId = await newProject('SCHED');
    // The project calendar: the standard week with Wednesday 4 March off.
    await ok(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id isProjectCalendar } } }`, {
      i: { projectId, name: 'Office', projectCalendar: true, exceptions: [{ from: '2026-03-04', name: 'Founders day' }] },
    });
    for (const [name, days] of [['A', 2], ['B', 3], ['C', 1], ['D', 2], ['E', 1]] as const) t[name] = (await task(projectId, name, days)).id;
    await link(t.A!, t.B!, 'FS');
    await link(t.A!, t.C!, 'SS', 1);
    await link(t.B!, t.D!, 'FF');
    await link(t.C!, t.E!, 'SF');
    const e = await ok(`mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { constraintType constraintDate } } }`, {
      i: { id: t.E, version: await version(t.E!), constraintType: 'SNET', constraintDate: '2026-03-16T08:00' },
    });
    expect(e.taskScheduleUpdate.task).toEqual({ constraintType: 'SNET', constraintDate: '2026-03-16T08:00' });
  });

  it('computes dates around the holiday, honouring FS, SS with lag, FF, SF and the constraint', async () => {
    const s = await schedule(projectId);
    const at = (name: string) => s.byId.get(t[name]!)!;
    expect(at('A').start).toBe('2026-03-02T08:00');
    expect(at('A').finish).toBe('2026-03-03T17:00');
    // FS after A, skipping the Wednesday holiday: Thursday, Friday, Monday.
    expect(at('B').start).toBe('2026-03-05T08:00');
    expect(at('B').finish).toBe('2026-03-09T17:00');
    // SS with one day of lag: a day after A starts.
    expect(at('C').start).toBe('2026-03-03T08:00');
    // FF: D finishes with B.
    expect(at('D').finish).toBe(at('B').finish);
    // SNET pushes E past everything its SF link asks for.
    expect(at('E').start).toBe('2026-03-16T08:00');
    expect(s.finish).toBe(at('E').finish);
    expect(s.criticalPath.at(-1)).toBe(t.E);
    expect(at('A').critical).toBe(false);
    expect(at('A').totalFloatDays).toBeGreaterThan(0);
  });

  it("gives each task its row of the schedule, also through a list of tasks", async () => {
    const s = await schedule(projectId);
    const one = (await ok(`query($id: UUID!) { task(id: $id) { scheduled { start finish totalFloatDays freeFloatDays critical levelingDelayDays } } }`, { id: t.B })).task.scheduled;
    const row = s.byId.get(t.B!)!;
    expect(one).toEqual({ start: row.start, finish: row.finish, totalFloatDays: row.totalFloatDays, freeFloatDays: row.freeFloatDays, critical: row.critical, levelingDelayDays: 0 });
    const list = (await ok(`query($id: UUID!) { project(id: $id) { tasks(first: 50) { nodes { id scheduled { finish } } } } }`, { id: projectId })).project.tasks.nodes;
    for (const n of list as { id: string; scheduled: { finish: string } }[]) expect(n.scheduled.finish).toBe(s.byId.get(n.id)!.finish);
  });

  it('refuses a calendar without any working time', async () => {
    const week = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, times: [] }));
    const r = await h.gql(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, { i: { projectId, name: 'Never', workWeek: week } }, owner);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workWeek' });
    const overlap = await h.gql(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, {
      i: { projectId, name: 'Odd', workWeek: [{ day: 1, times: [{ from: '08:00', to: '12:00' }, { from: '11:00', to: '15:00' }] }] },
    }, owner);
    expect(overlap.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workWeek[0].times' });
  });

  it('refuses a constraint without a date, naming the field', async () => {
    const r = await h.gql(`mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, {
      i: { id: t.D, version: await version(t.D!), constraintType: 'MSO' },
    }, owner);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.constraintDate' });
    const bad = await h.gql(`mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, {
      i: { id: t.D, version: await version(t.D!), deadline: '2026-02-30' },
    }, owner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deadline' });
  });

  it('sends scheduleUpdated over graphql-ws with only the tasks that moved when a duration changes', async () => {
    const before = await schedule(projectId);
    const sub = collect(h.ws(owner), `subscription($p: UUID!) { scheduleUpdated(projectId: $p) { projectId finish criticalPath tasks { taskId start finish } } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('SCHEDULE_UPDATED' as never, projectId)).toBe(1));
    await setDuration(t.B!, 5);
    const events = await sub.until((e) => e.length > 0, 10_000);
    const update = events[0]!.data!.scheduleUpdated;
    const moved = new Map<string, { start: string; finish: string }>(update.tasks.map((x: { taskId: string; start: string; finish: string }) => [x.taskId, x]));
    expect(update.projectId).toBe(projectId);
    expect(moved.get(t.B!)!.finish).toBe('2026-03-11T17:00');
    // D is tied to B's finish. C neither moved nor changed float, so it is not sent (A is: its float shrank).
    expect(moved.get(t.D!)!.finish).toBe('2026-03-11T17:00');
    expect(moved.has(t.C!)).toBe(false);
    expect(moved.get(t.A!)?.finish ?? before.byId.get(t.A!)!.finish).toBe(before.byId.get(t.A!)!.finish);
    expect(before.byId.get(t.B!)!.finish).not.toBe(moved.get(t.B!)!.finish);
    sub.unsubscribe();
    await setDuration(t.B!, 3);
  });

  it('refuses scheduleUpdated to a stranger at subscribe time', async () => {
    const stranger = await h.user('Stranger');
    const sub = collect(h.ws(stranger), `subscription($p: UUID!) { scheduleUpdated(projectId: $p) { finish } }`, { p: projectId });
    await sub.until(() => sub.done || sub.events.length > 0);
    const errs = (sub.events[0]?.errors ?? sub.error ?? []) as unknown as { extensions?: { code?: string } }[];
    expect(errs[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(h.app.hub.watching('SCHEDULE_UPDATED' as never, projectId)).toBe(0);
  });

  it('lets a board token read the schedule of its own project only', async () => {
    const bt = (await ok(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Lobby") { token } }`, { p: projectId })).boardTokenCreate.token;
    const wall = await h.gql(`{ wallSchedule { finish tasks { taskId } } }`, {}, { bearer: bt });
    expect(wall.data!.wallSchedule.tasks).toHaveLength(5);
    const live = collect(h.ws({ bearer: bt }), `subscription($p: UUID!) { scheduleUpdated(projectId: $p) { finish } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('SCHEDULE_UPDATED' as never, projectId)).toBe(1));
    await setDuration(t.C!, 2);
    const [update] = await live.until((e) => e.length > 0, 10_000);
    expect(update!.data!.scheduleUpdated.finish).toEqual(expect.any(String));
    live.unsubscribe();
    await setDuration(t.C!, 1);
    const other = await newProject('OTHER');
    const r = await h.gql(`query($id: UUID!) { project(id: $id) { schedule { finish } } }`, { id: other }, { bearer: bt });
    expect(r.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('resources, leveling, baselines and earned value', () => {
  let projectId: string;
  const t: Record<string, string> = {};
  let ana: string;
  let baselineId: string;

  beforeAll(async () => {
    projectId = await newProject('RES');
    // Two independent tasks at the same time: one person cannot do both.
    t.A = (await task(projectId, 'Install servers', 2)).id;
    t.C = (await task(projectId, 'Cable racks', 1)).id;
  });

  it('creates, changes and removes resources and assignments, and shows the over-allocation in usage', async () => {
    const r = await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id name type maxUnits standardRate version rates { effectiveFrom standardRate } } } }`, {
      i: { projectId, name: 'Ana', standardRate: 100, rates: [{ effectiveFrom: '2026-06-01', standardRate: 120 }] },
    });
    ana = r.resourceCreate.resource.id;
    expect(r.resourceCreate.resource).toMatchObject({ name: 'Ana', type: 'WORK', maxUnits: 1, standardRate: 100, rates: [{ effectiveFrom: '2026-06-01', standardRate: 120 }] });
    const temp = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id version } } }`, { i: { projectId, name: 'Crane', type: 'COST' } })).resourceCreate.resource;
    const renamed = await ok(`mutation($i: ResourceUpdateInput!) { resourceUpdate(input: $i) { resource { name version } } }`, { i: { id: temp.id, version: temp.version, name: 'Crane hire' } });
    expect(renamed.resourceUpdate.resource).toEqual({ name: 'Crane hire', version: 2 });

    const a1 = (await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id units } } }`, { i: { taskId: t.A, resourceId: ana } })).assignmentCreate.assignment;
    await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: t.C, resourceId: ana } });
    const craneOnA = (await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: t.A, resourceId: temp.id, units: 500 } })).assignmentCreate.assignment;
    expect((await ok(`mutation($i: AssignmentUpdateInput!) { assignmentUpdate(input: $i) { assignment { units } } }`, { i: { id: a1.id, units: 1 } })).assignmentUpdate.assignment.units).toBe(1);
    const dup = await h.gql(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: t.A, resourceId: ana } }, owner);
    expect(dup.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resourceId' });
    await ok(`mutation($id: UUID!) { assignmentDelete(id: $id) { assignment { id } } }`, { id: craneOnA.id });
    await ok(`mutation($id: UUID!) { resourceDelete(id: $id) { resource { id } } }`, { id: temp.id });

    const listed = await ok(`query($id: UUID!) { project(id: $id) { resources { name } assignments { taskId resourceId units } } }`, { id: projectId });
    expect(listed.project.resources).toEqual([{ name: 'Ana' }]);
    expect(listed.project.assignments).toHaveLength(2);

    const usage = await ok(`query($id: UUID!) { project(id: $id) { resourceUsage(period: DAY) { resourceId periods { start workHours capacityHours overallocated cost } } } }`, { id: projectId });
    const days = usage.project.resourceUsage[0].periods as { start: string; workHours: number; capacityHours: number; overallocated: boolean; cost: number }[];
    // Monday: both tasks, 16 hours of work for an 8-hour day.
    expect(days[0]).toMatchObject({ start: '2026-03-02', workHours: 16, capacityHours: 8, overallocated: true, cost: 1600 });
    const week = await ok(`query($id: UUID!) { project(id: $id) { resourceUsage { periods { start overallocated } } } }`, { id: projectId });
    expect(week.project.resourceUsage[0].periods[0]).toEqual({ start: '2026-03-02', overallocated: true });
  });

  it('previews leveling without changing anything, applies it, then clears it', async () => {
    const preview = (await ok(`query($id: UUID!) { project(id: $id) { levelingPreview { delays { taskId levelingDelayDays } finishBefore finishAfter overallocationsRemaining } } }`, { id: projectId })).project.levelingPreview;
    expect(preview.delays.length).toBe(1);
    expect(preview.finishAfter > preview.finishBefore).toBe(true);
    expect(preview.overallocationsRemaining).toBe(0);
    expect([...(await schedule(projectId)).byId.values()].every((x) => x.levelingDelayDays === 0)).toBe(true);

    const applied = (await ok(`mutation($p: UUID!) { levelingApply(projectId: $p) { leveling { delays { taskId levelingDelayDays } finishAfter } } }`, { p: projectId })).levelingApply.leveling;
    expect(applied.delays).toEqual(preview.delays);
    const leveled = await schedule(projectId);
    expect(leveled.finish).toBe(preview.finishAfter);
    expect(leveled.byId.get(preview.delays[0].taskId)!.levelingDelayDays).toBe(preview.delays[0].levelingDelayDays);
    const usage = await ok(`query($id: UUID!) { project(id: $id) { resourceUsage(period: DAY) { periods { overallocated } } } }`, { id: projectId });
    expect(usage.project.resourceUsage[0].periods.some((p: { overallocated: boolean }) => p.overallocated)).toBe(false);

    const cleared = (await ok(`mutation($p: UUID!) { levelingClear(projectId: $p) { leveling { delays { taskId } finishBefore finishAfter overallocationsRemaining } } }`, { p: projectId })).levelingClear.leveling;
    expect(cleared).toMatchObject({ delays: [], finishBefore: preview.finishAfter, finishAfter: preview.finishBefore });
    expect(cleared.overallocationsRemaining).toBeGreaterThan(0);
    expect([...(await schedule(projectId)).byId.values()].every((x) => x.levelingDelayDays === 0)).toBe(true);
  });

  it('keeps a baseline as it was and reports the variance after a change', async () => {
    const b = (await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Plan of record") { baseline { id name tasks { taskId start finish durationDays workHours cost } } } }`, { p: projectId })).baselineCreate.baseline;
    baselineId = b.id;
    const a = b.tasks.find((x: { taskId: string }) => x.taskId === t.A);
    expect(a).toMatchObject({ start: '2026-03-02T08:00', finish: '2026-03-03T17:00', durationDays: 2, workHours: 16, cost: 1600 });
    await setDuration(t.A!, 4);
    const v = (await ok(`query($id: UUID!, $b: UUID!) { project(id: $id) { variance(baselineId: $b) { project { finishDays cost } tasks { taskId startDays finishDays durationDays cost } } } }`, { id: projectId, b: baselineId })).project.variance;
    expect(v.tasks.find((x: { taskId: string }) => x.taskId === t.A)).toEqual({ taskId: t.A, startDays: 0, finishDays: 2, durationDays: 2, cost: 1600 });
    expect(v.project.finishDays).toBe(2);
    const again = (await ok(`query($id: UUID!) { project(id: $id) { baselines { id tasks { taskId finish } } } }`, { id: projectId })).project.baselines[0];
    expect(again.tasks.find((x: { taskId: string }) => x.taskId === t.A).finish).toBe('2026-03-03T17:00');
    await setDuration(t.A!, 2);
  });

  it('computes earned value from progress and cost entries', async () => {
    const entry = (await ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id amount hours userId } } }`, {
      i: { taskId: t.A, date: '2026-03-02', hours: 8, amount: 800, note: 'Day one' },
    })).costEntryCreate.costEntry;
    expect(entry).toMatchObject({ amount: 800, hours: 8, userId: owner.id });
    await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: t.A, version: await version(t.A!), percentComplete: 50 } });
    const ev = (await ok(`query($id: UUID!, $b: UUID) { project(id: $id) { earnedValue(statusDate: "2026-03-02", baselineId: $b) { project { pv ev ac cpi spi bac } tasks { taskId ev ac } series { date pv ev ac } } } }`, { id: projectId, b: baselineId })).project.earnedValue;
    // Half of A's 1,600 earned for 800 spent; by Monday evening half of A and all of C (both on Monday) were planned.
    expect(ev.project).toMatchObject({ ev: 800, ac: 800, cpi: 1, bac: 2400 });
    expect(ev.project.pv).toBe(1600);
    expect(ev.project.spi).toBe(0.5);
    expect(ev.series.length).toBeGreaterThan(0);
    const listed = (await ok(`query($id: UUID!, $t: UUID) { project(id: $id) { costEntries(taskId: $t) { id } } }`, { id: projectId, t: t.A })).project.costEntries;
    expect(listed).toEqual([{ id: entry.id }]);
    await ok(`mutation($id: UUID!) { costEntryDelete(id: $id) { costEntry { id } } }`, { id: entry.id });
    const noBaseline = await h.gql(`query($id: UUID!) { project(id: $id) { earnedValue(statusDate: "2026-03-02") { project { ev } } } }`, { id: await newProject('NOBASE') }, owner);
    expect(noBaseline.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'baselineId' });
  });
});

describe('planChanged', () => {
  it('tells members which part of the plan changed, also when nothing moves the schedule; strangers are refused', async () => {
    const projectId = await newProject('PCH');
    const a = (await task(projectId, 'Write spec', 2)).id;
    const b = (await task(projectId, 'Review spec', 1)).id;
    const sub = collect(h.ws(owner), `subscription($p: UUID!) { planChanged(projectId: $p) { projectId part } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('PLAN_CHANGED' as never, projectId)).toBe(1));
    const parts = () => sub.events.map((e) => e.data?.planChanged.part);

    // A baseline and a cost entry change no date, yet pages showing them must follow.
    await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Plan of record") { baseline { id } } }`, { p: projectId });
    await ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: a, date: '2026-03-02', amount: 120 } });
    const r = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'Ana' } })).resourceCreate.resource.id;
    await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: a, resourceId: r } });
    // An SS link from a longer task leaves the schedule where it was.
    await link(a, b, 'SS');
    await ok(`mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { statusDate } } }`, { i: { projectId, statusDate: '2026-03-03' } });
    await sub.until(() => parts().length >= 6, 10_000);
    expect(parts()).toEqual(['BASELINES', 'COSTS', 'RESOURCES', 'ASSIGNMENTS', 'LINKS', 'SETTINGS']);
    expect(sub.events.every((e) => e.data?.planChanged.projectId === projectId)).toBe(true);
    sub.unsubscribe();

    const stranger = await h.user('Plan Stranger');
    const denied = collect(h.ws(stranger), `subscription($p: UUID!) { planChanged(projectId: $p) { part } }`, { p: projectId });
    await denied.until(() => denied.done || denied.events.length > 0);
    const errs = (denied.events[0]?.errors ?? denied.error ?? []) as unknown as { extensions?: { code?: string } }[];
    expect(errs[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('cost resources', () => {
  it('count an assignment to a cost resource as that amount, and keep it through a file round trip', async () => {
    const projectId = await newProject('COSTS');
    const a = await task(projectId, 'Rent a crane', 2);
    const crane = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'Crane hire', type: 'COST' } })).resourceCreate.resource.id;
    await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: a.id, resourceId: crane, units: 750 } });
    const usage = (await ok(`query($id: UUID!) { project(id: $id) { resourceUsage(period: MONTH) { resourceId periods { cost workHours } } } }`, { id: projectId })).project.resourceUsage;
    expect(usage[0].periods.reduce((s: number, p: { cost: number }) => s + p.cost, 0)).toBe(750);
    const json = (await ok(`query($id: UUID!) { project(id: $id) { export(format: TRELLIS_JSON) } }`, { id: projectId })).project.export;
    const copy = await newProject('COSTS2');
    await ok(`mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }`, { i: { projectId: copy, format: 'TRELLIS_JSON', content: json } });
    const units = (await ok(`query($id: UUID!) { project(id: $id) { assignments { units } } }`, { id: copy })).project.assignments;
    expect(units).toEqual([{ units: 750 }]);
  });
});

describe('import and export', () => {
  const IMPORT = `mutation($i: ProjectImportInput!) { projectImport(input: $i) { created links calendars resources assignments baselines unmapped { element line reason } } }`;
  const counts = async (projectId: string) => {
    const [row] = await h.app.dataSource.query(
      `SELECT (SELECT count(*) FROM tasks WHERE project_id = $1)::int AS tasks, (SELECT count(*) FROM task_dependencies WHERE project_id = $1)::int AS links,
              (SELECT count(*) FROM work_calendars WHERE project_id = $1)::int AS calendars, (SELECT count(*) FROM activities WHERE project_id = $1)::int AS activities`,
      [projectId],
    );
    return row as { tasks: number; links: number; calendars: number; activities: number };
  };

  it('refuses a malformed file naming the line, and writes nothing', async () => {
    const projectId = await newProject('BADX');
    const before = await counts(projectId);
    const xml = `<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project">\n  <Tasks>\n    <Task><UID>1</UID>\n  </Tasks>\n</Project>\n`;
    const r = await h.gql(IMPORT, { i: { projectId, format: 'MSPDI', content: xml } }, owner);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    expect(r.errors![0]!.extensions!.line).toEqual(expect.any(Number));
    const json = await h.gql(IMPORT, { i: { projectId, format: 'TRELLIS_JSON', content: '{"format": "trellis-plan",\n "version": 1,\n "tasks": [' } }, owner);
    expect(json.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content', line: 3 });
    const invalid = '{\n "format": "trellis-plan",\n "version": 1,\n "project": { "name": "P", "start": "2026-03-02T08:00" },\n "calendars": [],\n "tasks": [\n  { "id": "a", "name": "A", "order": 0, "kind": "TASK",\n    "durationDays": -1 }\n ],\n "links": [], "resources": [], "assignments": [], "baselines": [], "costEntries": []\n}';
    const refused = await h.gql(IMPORT, { i: { projectId, format: 'TRELLIS_JSON', content: invalid } }, owner);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', element: 'tasks[0].durationDays', line: 8 });
    expect(await counts(projectId)).toEqual(before);
  });

  it('refuses a plan whose links form a cycle, and writes nothing', async () => {
    const projectId = await newProject('CYCLE');
    const before = await counts(projectId);
    const doc = {
      format: 'trellis-plan', version: 1, project: { name: 'Loop', start: '2026-03-02T08:00' }, calendars: [],
      tasks: [
        { id: 'a', name: 'Design', order: 0, kind: 'TASK', durationDays: 1 },
        { id: 'b', name: 'Build', order: 1, kind: 'TASK', durationDays: 1 },
      ],
      links: [{ predecessorId: 'a', successorId: 'b', type: 'FS' }, { predecessorId: 'b', successorId: 'a', type: 'FS' }],
      resources: [], assignments: [], baselines: [], costEntries: [],
    };
    const r = await h.gql(IMPORT, { i: { projectId, format: 'TRELLIS_JSON', content: JSON.stringify(doc) } }, owner);
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/cycle/i);
    expect(await counts(projectId)).toEqual(before);
  });

  it('appends an imported outline after the tasks a project has, sub-tasks under their summaries', async () => {
    const projectId = await newProject('APPEND');
    await task(projectId, 'Existing work', 1);
    const doc = {
      format: 'trellis-plan', version: 1, project: { name: 'Addition', start: '2026-03-02T08:00' }, calendars: [],
      tasks: [
        { id: 'p', name: 'Migration', order: 0, kind: 'SUMMARY', durationDays: 0 },
        { id: 'p2', name: 'Cut over', parentId: 'p', order: 1, kind: 'TASK', durationDays: 1 },
        { id: 'p1', name: 'Copy data', parentId: 'p', order: 0, kind: 'TASK', durationDays: 2, percentComplete: 100 },
        { id: 'q', name: 'Go live', order: 1, kind: 'MILESTONE', durationDays: 0 },
      ],
      links: [{ predecessorId: 'p1', successorId: 'p2', type: 'FS', lagDays: 1 / 3 }],
      resources: [], assignments: [], baselines: [], costEntries: [],
    };
    const report = (await ok(IMPORT, { i: { projectId, format: 'TRELLIS_JSON', content: JSON.stringify(doc) } })).projectImport;
    expect(report).toMatchObject({ created: 4, links: 1 });
    // A third of a day is kept to a millionth of a day: what the scheduler's whole minutes need, so nothing to report.
    expect(report.unmapped).toEqual([]);
    const lags = (await ok(`query($id: UUID!) { project(id: $id) { dependencies { nodes { lagDays } } } }`, { id: projectId })).project.dependencies.nodes;
    expect(lags).toEqual([{ lagDays: 0.333333 }]);
    const rows = (await ok(`query($id: UUID!) { project(id: $id) { tasks { nodes { wbsCode name kind percentComplete status { category } } } } }`, { id: projectId })).project.tasks.nodes;
    expect(rows.map((r: { wbsCode: string; name: string }) => `${r.wbsCode} ${r.name}`)).toEqual(['1 Existing work', '2 Migration', '2.1 Copy data', '2.2 Cut over', '3 Go live']);
    expect(rows[2]).toMatchObject({ percentComplete: 100, status: { category: 'COMPLETED' } });
    expect(rows[4].kind).toBe('MILESTONE');
  });

  it('keeps hour and minute durations and lags of an MS Project file exactly, through the database and back out', async () => {
    const projectId = await newProject('HOURS', null);
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Cut-over night</Name>
  <StartDate>2026-03-02T08:00:00</StartDate>
  <MinutesPerDay>480</MinutesPerDay>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Freeze writes</Name><OutlineLevel>1</OutlineLevel><Duration>PT1H0M0S</Duration></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Copy data</Name><OutlineLevel>1</OutlineLevel><Duration>PT2H30M0S</Duration>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>900</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
    <Task><UID>3</UID><ID>3</ID><Name>Switch DNS</Name><OutlineLevel>1</OutlineLevel><Duration>PT0H10M0S</Duration>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink></Task>
  </Tasks>
</Project>`;
    const report = (await ok(IMPORT, { i: { projectId, format: 'MSPDI', content: xml } })).projectImport;
    expect(report).toMatchObject({ created: 3, links: 2 });
    expect(report.unmapped.filter((u: { element: string }) => /duration|lag/i.test(u.element))).toEqual([]);
    const stored = (await ok(`query($id: UUID!) { project(id: $id) { tasks { nodes { name durationDays } } dependencies { nodes { lagDays } } } }`, { id: projectId })).project;
    // 1 h, 2 h 30 min and 10 min of an 8-hour day; the lag is 90 minutes.
    expect(stored.tasks.nodes.map((t: { name: string; durationDays: number }) => [t.name, t.durationDays])).toEqual([
      ['Freeze writes', 0.125],
      ['Copy data', 0.3125],
      ['Switch DNS', 10 / 480],
    ].map(([name, days]) => [name, Math.round((days as number) * 1e6) / 1e6]));
    expect(stored.dependencies.nodes.map((d: { lagDays: number }) => d.lagDays).sort()).toEqual([0, 0.1875]);
    const s = await schedule(projectId);
    expect(s.tasks.map((x: Row) => [x.start, x.finish])).toEqual([
      ['2026-03-02T08:00', '2026-03-02T09:00'],
      ['2026-03-02T10:30', '2026-03-02T14:00'],
      ['2026-03-02T14:00', '2026-03-02T14:10'],
    ]);
    const exported = (await ok(`query($id: UUID!) { project(id: $id) { export(format: MSPDI) } }`, { id: projectId })).project.export as string;
    for (const duration of ['PT1H0M0S', 'PT2H30M0S', 'PT0H10M0S']) expect(exported).toContain(`<Duration>${duration}</Duration>`);
    expect(exported).toContain('<LinkLag>900</LinkLag>');
  });

  describe.skipIf(!hasShared)('MS Project samples (skipped: ../shared/mspdi is absent)', () => {
    it('imports the baselines of an MSPDI file', async () => {
      const projectId = await newProject('BASES', null);
      const report = (await ok(IMPORT, { i: { projectId, format: 'MSPDI', content: readFileSync(path.join(mspdiDir, 'baselines.xml'), 'utf8') } })).projectImport;
      expect(report.baselines).toBeGreaterThan(0);
      const baselines = (await ok(`query($id: UUID!) { project(id: $id) { baselines { name tasks { taskId start finish } } } }`, { id: projectId })).project.baselines;
      expect(baselines).toHaveLength(report.baselines);
      expect(baselines.some((b: { tasks: unknown[] }) => b.tasks.length > 0)).toBe(true);
    });


    it('imports an MSPDI file, then exports it and imports the export to the same plan', async () => {
      const projectId = await newProject('MSP', null);
      const xml = readFileSync(path.join(mspdiDir, 'sample.xml'), 'utf8');
      const report = (await ok(IMPORT, { i: { projectId, format: 'MSPDI', content: xml } })).projectImport;
      expect(report.created).toBeGreaterThan(0);
      expect(report.links).toBeGreaterThan(0);
      const after = await counts(projectId);
      expect(after.tasks).toBe(report.created);
      expect(after.links).toBe(report.links);

      const exported = (await ok(`query($id: UUID!) { project(id: $id) { xml: export(format: MSPDI) json: export(format: TRELLIS_JSON) csv: export(format: CSV) } }`, { id: projectId })).project;
      expect(exported.xml).toContain('http://schemas.microsoft.com/project');
      expect(exported.csv.split('\n').length).toBeGreaterThan(report.created);
      const copy = await newProject('MSPCOPY', null);
      const again = (await ok(IMPORT, { i: { projectId: copy, format: 'MSPDI', content: exported.xml } })).projectImport;
      expect(again).toMatchObject({ created: report.created, links: report.links, resources: report.resources, assignments: report.assignments });
      const shape = async (id: string) =>
        (await schedule(id)).tasks.map((x: Row) => [x.start, x.finish, x.durationDays, x.critical]);
      expect(await shape(copy)).toEqual(await shape(projectId));
      const fromJson = await newProject('JSONCOPY', null);
      const viaJson = (await ok(IMPORT, { i: { projectId: fromJson, format: 'TRELLIS_JSON', content: exported.json } })).projectImport;
      expect(viaJson).toMatchObject({ created: report.created, links: report.links, unmapped: [] });
      expect(await shape(fromJson)).toEqual(await shape(projectId));
    });
  });
});
