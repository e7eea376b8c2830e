import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, dayOf } from '../../common/clock.js';
import { RecordedHistory, UsagePeriod, costEntriesAsOf, loadBaseline, loadPlan, planAsOf, recordedProgress } from '../planning/index.js';
import { taskSetKey } from '../planning/history.js';
import { earnedValueOf } from '../planning/engine.js';
import { taskStatesAsOf } from '../task/index.js';
import { seriesInstants } from '../../planning/evm.js';
import { endOfDay } from '../../common/as-of.js';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

// What "as of" answers keep between requests (past days' plan structure, the recorded S-curve sums
// and cost entries of settled instants) must answer exactly what reading everything again would.
// The server's clock moves forward over four weeks; every history row is stamped with it.
const created = new Date();
const DAY = 86_400_000;
const clock = new ManualClock(new Date(created.getTime() + DAY));
const day = (n: number) => dayOf(new Date(created.getTime() + n * DAY));
const at = (n: number) => clock.set(new Date(created.getTime() + n * DAY));

let h: Harness;
let owner: TestUser;
let projectId: string;
let baselineId: string;
let link: string;
const t: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
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
async function update(id: string, fields: Record<string, unknown>) {
  const r = await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { version } } }`, { i: { id, version: versions.get(id), ...fields } });
  versions.set(id, r.taskUpdate.task.version);
}
async function book(taskId: string, date: string, amount: number) {
  await ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { changeNumber } }`, { i: { taskId, date, amount } });
}
type Point = { date: string; pv: number; ev: number | null; ac: number | null };
type Ev = { project: { ev: number; ac: number; bac: number }; series: Point[] };
async function earnedValueAsOf(asOf: string, baseline: string | null = null): Promise<Ev> {
  const q = `query($p: UUID!, $d: LocalDate, $b: UUID) { project(id: $p) { earnedValue(asOf: $d, baselineId: $b) { project { ev ac bac } series { date pv ev ac } } } }`;
  return (await ok(q, { p: projectId, d: asOf, b: baseline })).project.earnedValue;
}
const pointOf = (ev: Ev, date: string) => ev.series.filter((p) => p.date <= date).at(-1)!;

beforeAll(async () => {
  h = await startHarness({}, { clock });
  owner = await h.user('Kim Kept');
  projectId = (await ok(`mutation { projectCreate(input: { key: "KPT", name: "Kept", startDate: "${day(0)}" }) { project { id } } }`)).projectCreate.project.id;
  const ana = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'Ana', type: 'WORK', standardRate: 100 } })).resourceCreate.resource.id;
  // Day 1: three tasks of five days on Ana (4,000 each), a baseline; A a fifth done.
  t.A = await newTask('Design', 5);
  t.B = await newTask('Build', 5);
  t.C = await newTask('Check', 5);
  for (const id of Object.values(t)) await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: id, resourceId: ana } });
  baselineId = (await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Plan") { baseline { id } } }`, { p: projectId })).baselineCreate.baseline.id;
  await update(t.A, { percentComplete: 20 });
  // Day 8: A at 60 % with a cost, C started.
  at(8);
  await update(t.A, { percentComplete: 60 });
  await update(t.C, { percentComplete: 50 });
  await book(t.A, day(8), 500);
  // Day 15: A done, B half done.
  at(15);
  await update(t.A, { percentComplete: 100 });
  await update(t.B, { percentComplete: 50 });
  await book(t.B, day(15), 700);
  // Today is day 24.
  at(24);
});
afterAll(() => h?.close());

describe('what as-of answers keep', () => {
  it('sums the settled past once and the rest afresh, always what summing it all gives', async () => {
    const ds = h.app.dataSource;
    const kept = new RecordedHistory(clock);
    // Every midnight from the project's first day to tomorrow's (today's is not over).
    const instants = Array.from({ length: 26 }, (_, n) => `${day(n)}T00:00`);
    const ids = Object.values(t);
    const fresh = () => recordedProgress(ds, projectId, baselineId, ids, ids, instants);
    const first = await kept.progress(ds, projectId, baselineId, ids, ids, instants);
    expect(first).toEqual(await fresh());
    expect(first.get(`${day(10)}T00:00`)).toEqual({ ev: 4000 * 0.6 + 4000 * 0.5, ac: 500 });
    // Asked again: the same.
    expect(await kept.progress(ds, projectId, baselineId, ids, ids, instants)).toEqual(first);
    // Today B moves on and a cost dated a week ago is booked: the records of past days stay as they
    // were (it was not on the books then), today's include both.
    await update(t.B, { percentComplete: 80 });
    await book(t.B, day(17), 300);
    const after = await kept.progress(ds, projectId, baselineId, ids, ids, instants);
    expect(after).toEqual(await fresh());
    const tomorrow = `${day(25)}T00:00`;
    expect(after.get(tomorrow)).toEqual({ ev: first.get(tomorrow)!.ev + 4000 * 0.3, ac: first.get(tomorrow)!.ac + 300 });
    for (const instant of instants.slice(0, -1)) expect(after.get(instant)).toEqual(first.get(instant));
    // Another set of tasks (C left out) is another sum, from the start.
    const withoutC = await kept.progress(ds, projectId, baselineId, [t.A, t.B], [t.A, t.B], instants);
    expect(withoutC).toEqual(await recordedProgress(ds, projectId, baselineId, [t.A, t.B], [t.A, t.B], instants));
    expect(withoutC.get(`${day(10)}T00:00`)).toEqual({ ev: 4000 * 0.6, ac: 500 });
    // The same set named as every task of the project but C: the same sums.
    const all = ((await ds.query(`SELECT id FROM tasks WHERE project_id = $1`, [projectId])) as { id: string }[]).map((r) => r.id);
    const butC = { all: taskSetKey(all), without: [t.C] };
    expect(await new RecordedHistory(clock).progress(ds, projectId, baselineId, butC, butC, instants)).toEqual(withoutC);
    // A past day's cost entries, read and kept, are those of the books then.
    const costs = await kept.costEntriesAsOf(ds, projectId, endOfDay(day(16)));
    expect(costs).toEqual(await costEntriesAsOf(ds, projectId, endOfDay(day(16))));
    expect(await kept.costEntriesAsOf(ds, projectId, endOfDay(day(16)))).toEqual(costs);
    expect(costs.map((c) => c.amount).sort()).toEqual([500, 700]);
  });

  it('shows a cost booked today for a past date in today\'s curve, not in the past days\'', async () => {
    const before = await earnedValueAsOf(day(16));
    const todayBefore = await earnedValueAsOf(day(24));
    const now = await ok(`query($p: UUID!, $d: LocalDate!) { project(id: $p) { earnedValue(statusDate: $d) { project { ac } } } }`, { p: projectId, d: day(24) });
    expect(now.project.earnedValue.project.ac).toBe(todayBefore.project.ac);
    await book(t.C, day(9), 250);
    expect(await earnedValueAsOf(day(16))).toEqual(before);
    const todayAfter = await earnedValueAsOf(day(24));
    expect(todayAfter.project.ac).toBe(todayBefore.project.ac + 250);
    // The curve's past weeks stay as recorded; its last point (this week) has the cost.
    expect(todayAfter.series.at(-1)!.ac).toBe(todayBefore.series.at(-1)!.ac! + 250);
    expect(pointOf(todayAfter, day(16))).toEqual(pointOf(todayBefore, day(16)));
    const again = await ok(`query($p: UUID!, $d: LocalDate!) { project(id: $p) { earnedValue(statusDate: $d) { project { ac } } } }`, { p: projectId, d: day(24) });
    expect(again.project.earnedValue.project.ac).toBe(todayBefore.project.ac + 250);
  });

  it('measures again when the plan or the baseline changes', async () => {
    const day10 = await earnedValueAsOf(day(10));
    const before = await earnedValueAsOf(day(24));
    // C deleted today: it was there on day 10, and is no longer in today's curve, past weeks included.
    await ok(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: t.C });
    expect(await earnedValueAsOf(day(10))).toEqual(day10);
    const after = await earnedValueAsOf(day(24));
    expect(after.project.bac).toBe(before.project.bac - 4000);
    // The week that ends between days 8 and 14 (A at 60 %, C at 50 % then).
    expect(pointOf(before, day(14)).ev).toBe(4000 * 0.6 + 4000 * 0.5);
    expect(pointOf(after, day(14)).ev).toBe(4000 * 0.6);
    // A new baseline, after A doubled: A's work is worth twice as much in it.
    await update(t.A, { durationDays: 10 });
    const second = (await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Replan") { baseline { id } } }`, { p: projectId })).baselineCreate.baseline.id;
    const against = await earnedValueAsOf(day(24), second);
    expect(pointOf(against, day(14)).ev).toBe(8000 * 0.6);
    expect(pointOf(await earnedValueAsOf(day(24), baselineId), day(14)).ev).toBe(4000 * 0.6);
  });

  it('makes a day asked for the first time from the plan as it is now', async () => {
    const q = `query($p: UUID!, $d: LocalDate) { project(id: $p) { schedule(asOf: $d) { tasks { taskId start } } board(asOf: $d) { columns { cards { id name } } } } }`;
    const startOf = (r: { schedule: { tasks: { taskId: string; start: string }[] } }, id: string) => r.schedule.tasks.find((x) => x.taskId === id)!.start;
    const day5 = (await ok(q, { p: projectId, d: day(5) })).project;
    // B waits for A from now on, and is renamed: on a day never asked before as well.
    link = (await ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: t.A, successorId: t.B } })).dependencyCreate.dependency.id;
    await update(t.B, { name: 'Build it' });
    const day6 = (await ok(q, { p: projectId, d: day(6) })).project;
    expect(startOf(day6, t.B) > startOf(day5, t.B)).toBe(true);
    expect(day6.board.columns.flatMap((c: { cards: { id: string; name: string }[] }) => c.cards).find((c: { id: string }) => c.id === t.B).name).toBe('Build it');
    const day5again = (await ok(q, { p: projectId, d: day(5) })).project;
    expect(startOf(day5again, t.B)).toBe(startOf(day6, t.B));
  });

  it('answers a day asked before from the outline and statuses as they are now', async () => {
    const q = `query($p: UUID!, $d: LocalDate) { project(id: $p) { board(asOf: $d) { taskCount columns { name count } } earnedValue(asOf: $d, baselineId: "${baselineId}") { project { bac ev } } } }`;
    const before = (await ok(q, { p: projectId, d: day(16) })).project;
    expect((await ok(q, { p: projectId, d: day(16) })).project).toEqual(before);
    // A, B and C (deleted today, there on day 16) were the work of day 16, 4,000 each.
    expect(before.board.taskCount).toBe(3);
    expect(before.earnedValue.project.bac).toBe(12000);
    // Design becomes the summary of Build: its own budget no longer counts, on day 16 as well.
    await ok(`mutation($id: UUID!) { dependencyDelete(id: $id) { changeNumber } }`, { id: link });
    await ok(`mutation($i: TaskMoveInput!) { taskMove(input: $i) { task { id } } }`, { i: { id: t.B, parentId: t.A } });
    const moved = (await ok(q, { p: projectId, d: day(16) })).project;
    expect(moved.board.taskCount).toBe(2);
    expect(moved.earnedValue.project).toEqual({ bac: 8000, ev: 4000 * 0.5 + 4000 * 0.5 });
    // A status renamed shows under its new name on past days too.
    const statuses = (await ok(`query($p: UUID!) { project(id: $p) { statuses { id name } } }`, { p: projectId })).project.statuses;
    await ok(`mutation($i: StatusUpdateInput!) { statusUpdate(input: $i) { status { id } } }`, { i: { id: statuses[0].id, name: 'Backlog' } });
    const renamed = (await ok(q, { p: projectId, d: day(16) })).project;
    expect(renamed.board.columns.map((c: { name: string }) => c.name)).toContain('Backlog');
    expect(renamed.board.columns.map((c: { count: number }) => c.count)).toEqual(moved.board.columns.map((c: { count: number }) => c.count));
  });

  it('answers every past day, whatever was asked before it, as measuring it from scratch does', async () => {
    // A new baseline: nothing is kept for it yet. Then a task under a summary, a cost on the summary.
    const third = (await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Third") { baseline { id } } }`, { p: projectId })).baselineCreate.baseline.id;
    const fields = 'bac pv ev ac sv cv spi cpi eacCpi eacCpiSpi etc vac tcpi';
    const q = `query($p: UUID!, $d: LocalDate, $b: UUID, $period: UsagePeriod) { project(id: $p) { earnedValue(asOf: $d, baselineId: $b, period: $period) { statusDate project { ${fields} } tasks { taskId ${fields} } branches { taskId ${fields} } series { date pv ev ac } } } }`;
    const ds = h.app.dataSource;
    // The definition: the plan as it is now with each task as it was at the end of the day, its cost
    // entries and recorded progress then, measured with nothing kept.
    const scratch = async (asOf: string, baseline: string, period: UsagePeriod) => {
      const then = planAsOf(await loadPlan(ds, projectId, { withArchived: true }), await taskStatesAsOf(ds, projectId, endOfDay(asOf)), asOf).doc;
      const live = new Set(then.tasks.map((x) => x.id));
      const full = (await loadBaseline(ds, projectId, baseline))!;
      const costs = (await costEntriesAsOf(ds, projectId, endOfDay(asOf))).filter((c) => live.has(c.taskId));
      const doc = { ...then, baselines: [{ ...full, tasks: full.tasks.filter((x) => live.has(x.taskId)) }], costEntries: costs };
      const parents = new Set(doc.tasks.map((x) => x.parentId).filter(Boolean));
      const instants = seriesInstants(doc, full, period === UsagePeriod.MONTH ? 'MONTH' : 'WEEK', { statusDate: asOf });
      const recorded = await recordedProgress(ds, projectId, baseline, doc.tasks.filter((x) => !parents.has(x.id)).map((x) => x.id), doc.tasks.map((x) => x.id), instants);
      const answer = earnedValueOf(doc, asOf, 0, baseline, period, recorded);
      const { taskId: _, ...project } = answer.project;
      return { statusDate: answer.statusDate, project, tasks: answer.tasks, branches: answer.branches, series: answer.series };
    };
    // Days in an order that is neither forwards nor backwards, against both baselines, by week and month.
    for (const [n, baseline, period] of [
      [3, third, UsagePeriod.WEEK], [20, third, UsagePeriod.WEEK], [9, third, UsagePeriod.WEEK], [16, third, UsagePeriod.WEEK],
      [1, baselineId, UsagePeriod.WEEK], [22, baselineId, UsagePeriod.WEEK], [12, baselineId, UsagePeriod.WEEK], [12, third, UsagePeriod.MONTH], [5, third, UsagePeriod.MONTH],
    ] as const) {
      const answer = (await ok(q, { p: projectId, d: day(n), b: baseline, period })).project.earnedValue;
      expect(answer, `day ${n}`).toEqual(await scratch(day(n), baseline, period));
    }
  });
});
