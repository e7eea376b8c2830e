import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, dayOf } from '../../common/clock.js';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

// The server's clock starts the day after the project is created and is moved to known days.
const created = new Date();
const clock = new ManualClock(new Date(created.getTime() + 86_400_000));
const day = (n: number) => dayOf(new Date(created.getTime() + n * 86_400_000));

let h: Harness;
let owner: TestUser;
let projectId: string;
let a: string;
let b: string;
const versions = new Map<string, number>();

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await h.gql(query, variables, owner);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}
async function newTask(name: string, durationDays: number): Promise<string> {
  const r = await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name, durationDays } });
  versions.set(r.taskCreate.task.id, r.taskCreate.task.version);
  return r.taskCreate.task.id;
}
async function progress(id: string, percentComplete: number) {
  const r = await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { version } } }`, { i: { id, version: versions.get(id), percentComplete } });
  versions.set(id, r.taskUpdate.task.version);
}
async function tasksAsOf(asOf: string) {
  const r = await ok(`query($p: UUID!, $d: LocalDate) { project(id: $p) { tasks(asOf: $d) { nodes { id percentComplete } } } }`, { p: projectId, d: asOf });
  return Object.fromEntries((r.project.tasks.nodes as { id: string; percentComplete: number }[]).map((t) => [t.id, t.percentComplete]));
}

beforeAll(async () => {
  h = await startHarness({}, { clock });
  owner = await h.user('Hana History');
  projectId = (await ok(`mutation { projectCreate(input: { key: "HIS", name: "History", startDate: "${day(0)}" }) { project { id } } }`)).projectCreate.project.id;
  // Day 1: two tasks, the first a quarter done; a baseline.
  a = await newTask('Design', 4);
  b = await newTask('Build', 6);
  await progress(a, 25);
  await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Plan") { baseline { id } } }`, { p: projectId });
  // Day 3: the first is done, a cost is booked, a third task is added.
  clock.set(new Date(created.getTime() + 3 * 86_400_000));
  await progress(a, 100);
  await ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { changeNumber } }`, { i: { taskId: a, date: day(3), amount: 1200 } });
  await newTask('Test', 2);
  // Day 3 too: a threat (70% of 10,000 expected) and a high-severity issue are raised.
  const risk = (await ok(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id version } } }`, { i: { projectId, title: 'Vendor late', probability: 4, impactCost: 3, costImpact: 10000 } })).riskCreate.risk;
  const issue = (await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id version } } }`, { i: { projectId, title: 'Test rig broken', severity: 'HIGH' } })).issueCreate.issue;
  // Day 5: the issue is found to be critical.
  clock.set(new Date(created.getTime() + 5 * 86_400_000));
  const escalated = (await ok(`mutation($i: IssueUpdateInput!) { issueUpdate(input: $i) { issue { version } } }`, { i: { id: issue.id, version: issue.version, severity: 'CRITICAL' } })).issueUpdate.issue;
  // Day 7: the second is 40% done; the threat is closed and the issue resolved.
  clock.set(new Date(created.getTime() + 7 * 86_400_000));
  await progress(b, 40);
  await ok(`mutation($i: RiskUpdateInput!) { riskUpdate(input: $i) { risk { id } } }`, { i: { id: risk.id, version: risk.version, status: 'CLOSED' } });
  await ok(`mutation($i: IssueUpdateInput!) { issueUpdate(input: $i) { issue { id } } }`, { i: { id: issue.id, version: escalated.version, status: 'RESOLVED', resolution: 'New rig' } });
});
afterAll(() => h?.close());

describe('progress history and as of', () => {
  it('answers the tasks as they were at the end of each day', async () => {
    expect(await tasksAsOf(day(1))).toEqual({ [a]: 25, [b]: 0 });
    const third = await tasksAsOf(day(3));
    expect(Object.keys(third)).toHaveLength(3);
    expect(third[a]).toBe(100);
    expect(third[b]).toBe(0);
    expect((await tasksAsOf(day(5)))[b]).toBe(0);
    expect((await tasksAsOf(day(7)))[b]).toBe(40);
    // The project existed on day 0 but its tasks came on day 1.
    expect(await tasksAsOf(day(0))).toEqual({});
  });

  it('answers the board and the schedule as of a day', async () => {
    const q = `query($p: UUID!, $d: LocalDate) { project(id: $p) { board(asOf: $d) { percentComplete taskCount } schedule(asOf: $d) { statusDate tasks { taskId } } } }`;
    const d1 = (await ok(q, { p: projectId, d: day(1) })).project;
    expect(d1.board).toEqual({ percentComplete: 10, taskCount: 2 });
    expect(d1.schedule.statusDate).toBe(day(1));
    expect(d1.schedule.tasks).toHaveLength(2);
    const d7 = (await ok(q, { p: projectId, d: day(7) })).project;
    expect(d7.board.taskCount).toBe(3);
    // (4 x 100 + 6 x 40 + 2 x 0) / 12
    expect(d7.board.percentComplete).toBeCloseTo(53.3, 1);
  });

  it('answers earned value as of a day from the recorded costs and progress', async () => {
    const q = `query($p: UUID!, $d: LocalDate) { project(id: $p) { earnedValue(asOf: $d) { statusDate project { ac } } } }`;
    const d1 = (await ok(q, { p: projectId, d: day(1) })).project.earnedValue;
    expect(d1).toEqual({ statusDate: day(1), project: { ac: 0 } });
    const d3 = (await ok(q, { p: projectId, d: day(3) })).project.earnedValue;
    expect(d3.project.ac).toBe(1200);
  });

  it('refuses an as-of day before the project or in the future, naming asOf', async () => {
    for (const field of ['tasks(asOf: $d) { totalCount }', 'board(asOf: $d) { percentComplete }', 'schedule(asOf: $d) { finish }', 'earnedValue(asOf: $d) { statusDate }']) {
      for (const d of [day(-3), day(9)]) {
        const r = await h.gql(`query($p: UUID!, $d: LocalDate) { project(id: $p) { ${field} } }`, { p: projectId, d }, owner);
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
      }
    }
  });

  it('lets a viewer read the history and shows a stranger nothing', async () => {
    const viewer = await h.user('Vera Viewer');
    const stranger = await h.user('Sam Stranger');
    await h.join(projectId, viewer, 'VIEWER', owner);
    const q = `query($p: UUID!, $d: LocalDate) { project(id: $p) { snapshots { day } board(asOf: $d) { taskCount } tasks(asOf: $d) { totalCount } } }`;
    const seen = await h.gql(q, { p: projectId, d: day(3) }, viewer);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.project.tasks.totalCount).toBe(3);
    const hidden = await h.gql(q, { p: projectId, d: day(3) }, stranger);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(hidden.data ?? {})).not.toContain('taskCount');
  });

  it('takes the daily snapshots that are due, once, catching up the days missed', async () => {
    const history = h.app.services.history;
    // Days 0 to 6 are over.
    expect(await history.catchUp()).toBe(7);
    expect(await history.catchUp()).toBe(0);
    // The server was down for three days.
    clock.set(new Date(created.getTime() + 10 * 86_400_000));
    expect(await history.catchUp()).toBe(3);
    const snaps = (await ok(`query($p: UUID!) { project(id: $p) { snapshots { day percentComplete ac remainingDays totalDays tasks tasksDone } } }`, { p: projectId })).project.snapshots;
    expect(snaps.map((s: { day: string }) => s.day)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(day));
    const at = (n: number) => snaps[n];
    expect(at(0)).toMatchObject({ tasks: 0, totalDays: 0 });
    expect(at(1)).toMatchObject({ tasks: 2, tasksDone: 0, totalDays: 10, remainingDays: 9, percentComplete: 10, ac: 0 });
    expect(at(3)).toMatchObject({ tasks: 3, totalDays: 12, remainingDays: 8, ac: 1200 });
    expect(at(7)).toMatchObject({ remainingDays: 5.6 });
  });

  it('counts in each snapshot the risks and issues as they stood that day, not as they are now', async () => {
    const snaps = (await ok(`query($p: UUID!) { project(id: $p) { snapshots { day openRiskExposure openIssues { severity count } } } }`, { p: projectId })).project.snapshots as {
      day: string;
      openRiskExposure: number;
      openIssues: { severity: string; count: number }[];
    }[];
    const of = (n: number) => {
      const s = snaps.find((x) => x.day === day(n))!;
      return { exposure: s.openRiskExposure, issues: Object.fromEntries(s.openIssues.filter((i) => i.count > 0).map((i) => [i.severity, i.count])) };
    };
    expect(of(2)).toEqual({ exposure: 0, issues: {} });
    expect(of(3)).toEqual({ exposure: 7000, issues: { HIGH: 1 } });
    expect(of(4)).toEqual({ exposure: 7000, issues: { HIGH: 1 } });
    expect(of(5)).toEqual({ exposure: 7000, issues: { CRITICAL: 1 } });
    expect(of(6)).toEqual({ exposure: 7000, issues: { CRITICAL: 1 } });
    expect(of(7)).toEqual({ exposure: 0, issues: {} });
  });

  it('answers a past day again after the plan changed, and today as it is now', async () => {
    const q = `query($p: UUID!, $d: LocalDate) { project(id: $p) { board(asOf: $d) { taskCount columns { cards { id name start } } } schedule(asOf: $d) { tasks { taskId start } } earnedValue(asOf: $d) { project { bac } } } }`;
    const startOf = (schedule: { tasks: { taskId: string; start: string }[] }, id: string) => schedule.tasks.find((t) => t.taskId === id)!.start;
    const names = (board: { columns: { cards: { id: string; name: string }[] }[] }) => Object.fromEntries(board.columns.flatMap((c) => c.cards).map((c) => [c.id, c.name]));
    const before = (await ok(q, { p: projectId, d: day(1) })).project;
    expect(names(before.board)[a]).toBe('Design');
    // Asked twice, a past day answers the same.
    expect((await ok(q, { p: projectId, d: day(1) })).project).toEqual(before);
    // Names are today's: renaming the task shows on every past day.
    const r = await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { version } } }`, { i: { id: a, version: versions.get(a), name: 'Design review' } });
    versions.set(a, r.taskUpdate.task.version);
    const after = (await ok(q, { p: projectId, d: day(1) })).project;
    expect(names(after.board)[a]).toBe('Design review');
    expect(after.board.taskCount).toBe(before.board.taskCount);
    expect(after.earnedValue).toEqual(before.earnedValue);
    // Links are today's too: Build now waits for Design, on day 1 as well.
    expect(startOf(after.schedule, b)).toBe(startOf(before.schedule, b));
    await ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: a, successorId: b } });
    const linked = (await ok(q, { p: projectId, d: day(1) })).project;
    expect(startOf(linked.schedule, b) > startOf(before.schedule, b)).toBe(true);
    expect(names(linked.board)[b]).toBe('Build');
    expect(linked.board.columns.flatMap((c: { cards: { id: string; start: string }[] }) => c.cards).find((c: { id: string }) => c.id === b).start).toBe(startOf(linked.schedule, b));
    // Today is not over: what is added today is in today's answer at once.
    const today = dayOf(clock.now());
    const count = (await ok(q, { p: projectId, d: today })).project.board.taskCount;
    await newTask('Deploy', 1);
    expect((await ok(q, { p: projectId, d: today })).project.board.taskCount).toBe(count + 1);
  });

  it('gives tasks as of a day the dates of that day\'s schedule, as the schedule as of that day shows them', async () => {
    const q = `query($p: UUID!, $d: LocalDate) { project(id: $p) { tasks(asOf: $d) { nodes { id start finish late } } schedule(asOf: $d) { tasks { taskId start finish late } } } }`;
    for (const d of [day(1), day(3), day(7)]) {
      const { tasks, schedule } = (await ok(q, { p: projectId, d })).project;
      const rows = new Map((schedule.tasks as { taskId: string; start: string; finish: string; late: boolean }[]).map((r) => [r.taskId, r]));
      expect(tasks.nodes.length).toBeGreaterThan(0);
      for (const t of tasks.nodes as { id: string; start: string; finish: string; late: boolean }[]) {
        expect({ id: t.id, start: t.start, finish: t.finish, late: t.late }).toEqual({ id: t.id, start: rows.get(t.id)!.start, finish: rows.get(t.id)!.finish, late: rows.get(t.id)!.late });
      }
    }
    // On day 1 Design was a quarter done and Build had not started; today both have actual starts
    // and Design is finished: the day's dates are not today's.
    const then = (await ok(q, { p: projectId, d: day(1) })).project.tasks.nodes.find((t: { id: string }) => t.id === a);
    const now = (await ok(`query($p: UUID!) { project(id: $p) { tasks { nodes { id start finish } } } }`, { p: projectId })).project.tasks.nodes.find((t: { id: string }) => t.id === a);
    expect(then.finish).not.toBe(now.finish);
  });

  it('stops measuring against a baseline once it is deleted', async () => {
    const { id } = (await ok(`query($p: UUID!) { project(id: $p) { baselines { id } } }`, { p: projectId })).project.baselines[0];
    const q = `query($p: UUID!, $d: LocalDate, $b: UUID) { project(id: $p) { earnedValue(asOf: $d, baselineId: $b) { project { bac } } } }`;
    expect((await ok(q, { p: projectId, d: day(3), b: id })).project.earnedValue.project.bac).toBeGreaterThanOrEqual(0);
    await ok(`mutation($id: UUID!) { baselineDelete(id: $id) { baseline { id } } }`, { id });
    const r = await h.gql(q, { p: projectId, d: day(3), b: id }, owner);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
