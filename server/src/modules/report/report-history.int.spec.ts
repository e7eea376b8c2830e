import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, dayOf } from '../../common/clock.js';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * A report's accomplishments and burndown come from the recorded progress history: work done in the
 * period and still done at its end, on the server's clock moved to known days.
 */
const created = new Date();
const clock = new ManualClock(new Date(created.getTime() + 86_400_000));
const day = (n: number) => dayOf(new Date(created.getTime() + n * 86_400_000));
const at = (n: number) => clock.set(new Date(created.getTime() + n * 86_400_000 + 3_600_000));

let h: Harness;
let owner: TestUser;
let projectId: string;
const versions = new Map<string, number>();
let done: string;
let todo: string;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await h.gql(query, variables, owner);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}
async function newTask(name: string): Promise<string> {
  const r = await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name, durationDays: 2 } });
  versions.set(r.taskCreate.task.id, r.taskCreate.task.version);
  return r.taskCreate.task.id;
}
async function setStatus(id: string, statusId: string) {
  const r = await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { version } } }`, { i: { id, version: versions.get(id), statusId } });
  versions.set(id, r.taskUpdate.task.version);
}
async function report(periodStart: string, periodEnd: string) {
  const r = await ok(
    `mutation($i: StatusReportCreateInput!) { statusReportCreate(input: $i) { report { figures { accomplishments { name } burndown { date remaining } } } } }`,
    { i: { projectId, periodStart, periodEnd } },
  );
  return r.statusReportCreate.report.figures as { accomplishments: { name: string }[]; burndown: { date: string; remaining: number }[] };
}

beforeAll(async () => {
  h = await startHarness({}, { clock });
  owner = await h.user('Rita Reporter');
  projectId = (await ok(`mutation { projectCreate(input: { key: "RPH", name: "Report history", startDate: "${day(0)}" }) { project { id } } }`)).projectCreate.project.id;
  const statuses = (await ok(`query($p: UUID!) { project(id: $p) { statuses { id category } } }`, { p: projectId })).project.statuses as { id: string; category: string }[];
  done = statuses.find((s) => s.category === 'COMPLETED')!.id;
  todo = statuses.find((s) => s.category === 'UNSTARTED')!.id;
  at(1);
  const design = await newTask('Design');
  const build = await newTask('Build');
  await newTask('Test');
  at(2);
  await setStatus(design, done);
  at(5);
  await setStatus(build, done);
  // Reopened the next day: no longer an accomplishment of a period that ends after it.
  at(6);
  await setStatus(build, todo);
  at(8);
});
afterAll(() => h?.close());

describe('status reports from the progress history', () => {
  it('lists what was completed in the period and is still done at its end', async () => {
    expect((await report(day(1), day(3))).accomplishments.map((t) => t.name)).toEqual(['Design']);
    expect((await report(day(4), day(5))).accomplishments.map((t) => t.name)).toEqual(['Build']);
    expect((await report(day(4), day(7))).accomplishments).toEqual([]);
    // Done before the period began: not this period's work.
    expect((await report(day(3), day(7))).accomplishments).toEqual([]);
  });

  it('burns down by what was done on each day, reopened work counting again', async () => {
    const { burndown } = await report(day(1), day(7));
    expect(burndown.at(-1)).toEqual({ date: day(7), remaining: 2 });
    const five = await report(day(1), day(5));
    expect(five.burndown.at(-1)).toEqual({ date: day(5), remaining: 1 });
  });
});
