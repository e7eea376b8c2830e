import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/** Work is scheduled when its resources work (as MS Project does); a resource that never can is reported, not fatal. */
let h: Harness;
let owner: TestUser;

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await h.gql(query, variables, owner);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

const CALENDAR = `mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`;
const RESOURCE = `mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`;
const ASSIGN = `mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`;
const SCHEDULE = `query($id: UUID!) { project(id: $id) { schedule { tasks { taskId start finish } warnings { taskId code } } } }`;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
});
afterAll(() => h?.close());

describe('resource calendars', () => {
  it("a task's work follows its resource's four-day week; a resource that never works in the task's hours leaves the task on its own calendar with a warning", async () => {
    const projectId = (await ok(`mutation { projectCreate(input: { key: "RCAL", name: "Resource calendars", startDate: "2027-01-04" }) { project { id } } }`, {})).projectCreate.project.id;
    const day = (times: { from: string; to: string }[]) => [1, 2, 3, 4, 5].map((d) => ({ day: d, times }));
    const fourDays = (await ok(CALENDAR, { i: { projectId, name: 'Mon-Thu', workWeek: [...day([{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }]).slice(0, 4), { day: 5, times: [] }] } })).calendarCreate.calendar.id;
    const nights = (await ok(CALENDAR, { i: { projectId, name: 'Nights', workWeek: day([{ from: '20:00', to: '24:00' }]) } })).calendarCreate.calendar.id;
    const dayOnly = (await ok(CALENDAR, { i: { projectId, name: 'Days', workWeek: day([{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }]) } })).calendarCreate.calendar.id;
    const task = async (name: string) => (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name, durationDays: 5 } })).taskCreate.task;
    const a = await task('Four-day consultant');
    const b = await task('Night shift only');
    await ok(`mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, { i: { id: b.id, version: b.version, calendarId: dayOnly } });
    const consultant = (await ok(RESOURCE, { i: { projectId, name: 'Consultant', calendarId: fourDays } })).resourceCreate.resource.id;
    const nightOwl = (await ok(RESOURCE, { i: { projectId, name: 'Night operator', calendarId: nights } })).resourceCreate.resource.id;
    await ok(ASSIGN, { i: { taskId: a.id, resourceId: consultant } });
    await ok(ASSIGN, { i: { taskId: b.id, resourceId: nightOwl } });

    const { schedule } = (await ok(SCHEDULE, { id: projectId })).project;
    const row = (id: string) => schedule.tasks.find((t: { taskId: string }) => t.taskId === id);
    // Five days of work Monday to Thursday: Mon 4 - Thu 7, then Mon 11.
    expect([row(a.id).start, row(a.id).finish]).toEqual(['2027-01-04T08:00', '2027-01-11T17:00']);
    // The night operator never works within the task's day calendar: five working days of that calendar.
    expect([row(b.id).start, row(b.id).finish]).toEqual(['2027-01-04T08:00', '2027-01-08T17:00']);
    expect(schedule.warnings).toContainEqual({ taskId: b.id, code: 'RESOURCE_CALENDARS_IGNORED' });
  });
});
