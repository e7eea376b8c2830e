import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * One exception at a time (calendarExceptionAdd / calendarExceptionRemove), what a calendar is
 * used by, and deleting a calendar with the version read: against a real PostgreSQL.
 */
let h: Harness;
let owner: TestUser;
let n = 0;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, as: TestUser = owner): Promise<T> {
  const r = await h.gql(query, variables, as);
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

const ADD = `mutation($i: CalendarExceptionAddInput!) { calendarExceptionAdd(input: $i) {
  calendar { id version exceptions { id name from to } } exception { id name from to working times { from to } } } }`;
const REMOVE = `mutation($id: UUID!) { calendarExceptionRemove(id: $id) { calendar { id version exceptions { id name } } exception { id name from } } }`;
const CALENDAR = `query($id: UUID!) { project(id: $id) { calendars { id name version usage { tasks resources calendars } exceptions { id name from to working } } } }`;

async function projectWithCalendar(exceptions: Record<string, unknown>[] = []) {
  const projectId = (await ok(`mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`, { i: { key: `CX${++n}`, name: `Exceptions ${n}`, startDate: '2026-12-21' } })).projectCreate.project.id as string;
  const calendar = (await ok(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id version } } }`, {
    i: { projectId, name: 'Office', projectCalendar: true, exceptions },
  })).calendarCreate.calendar as { id: string; version: number };
  return { projectId, calendarId: calendar.id, version: calendar.version };
}

const calendars = async (projectId: string) => (await ok(CALENDAR, { id: projectId })).project.calendars as {
  id: string; name: string; version: number; usage: { tasks: number; resources: number; calendars: number }; exceptions: { id: string; name: string; from: string; to: string; working: boolean }[];
}[];
const activities = async (projectId: string) =>
  (await h.app.dataSource.query(`SELECT field, old_value, new_value FROM activities WHERE project_id = $1 AND entity_type = 'calendar' ORDER BY created_at, id`, [projectId])) as { field: string | null; old_value: unknown; new_value: unknown }[];

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Cal Endar');
});
afterAll(() => h?.close());

describe('calendarExceptionAdd', () => {
  it('adds a holiday: the calendar gets a new version, the plan moves, the activity names the day', async () => {
    const { projectId, calendarId } = await projectWithCalendar();
    const t = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Cut over', durationDays: 3 } })).taskCreate.task.id;
    const finish = async () => (await ok(`query($id: UUID!) { project(id: $id) { schedule { tasks { taskId finish } } } }`, { id: projectId })).project.schedule.tasks.find((x: { taskId: string }) => x.taskId === t).finish;
    expect(await finish()).toBe('2026-12-23T17:00');

    const r = (await ok(ADD, { i: { calendarId, name: ' Christmas Eve ', from: '2026-12-22' } })).calendarExceptionAdd;
    expect(r.exception).toMatchObject({ name: 'Christmas Eve', from: '2026-12-22', to: '2026-12-22', working: false, times: null });
    expect(r.calendar.version).toBe(2);
    expect(r.calendar.exceptions.map((e: { id: string }) => e.id)).toEqual([r.exception.id]);
    expect(await finish()).toBe('2026-12-24T17:00');
    expect((await activities(projectId)).at(-1)).toMatchObject({ field: 'exception', old_value: null, new_value: { name: 'Christmas Eve', from: '2026-12-22', to: '2026-12-22', working: false } });
  });

  it('takes a working day with its own times', async () => {
    const { calendarId } = await projectWithCalendar();
    const r = (await ok(ADD, { i: { calendarId, name: 'Saturday shift', from: '2026-12-26', working: true, times: [{ from: '13:00', to: '17:00' }, { from: '08:00', to: '12:00' }] } })).calendarExceptionAdd;
    expect(r.exception).toMatchObject({ working: true, times: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }] });
  });

  it('lets two people add holidays at the same moment: both are kept', async () => {
    const { projectId, calendarId } = await projectWithCalendar([{ name: 'Boxing Day', from: '2026-12-26' }]);
    const second = await h.user('Second Planner');
    await h.join(projectId, second, 'MANAGER', owner);
    const [a, b] = await Promise.all([
      h.gql(ADD, { i: { calendarId, name: 'Christmas Eve', from: '2026-12-24' } }, owner),
      h.gql(ADD, { i: { calendarId, name: 'New Year', from: '2027-01-01' } }, second),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const [cal] = await calendars(projectId);
    expect(cal!.exceptions.map((e) => e.name)).toEqual(['Christmas Eve', 'Boxing Day', 'New Year']);
    expect(cal!.version).toBe(3);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { projectId, calendarId } = await projectWithCalendar([{ name: 'Boxing Day', from: '2026-12-26' }]);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ from: '2026-12-24', to: '2026-12-23' }, 'input.to', 'must not end before it starts'],
      [{ from: '2026-12-24', name: 'x'.repeat(201) }, 'input.name', 'at most 200 characters'],
      [{ from: '2026-12-24', working: true, times: [{ from: '12:00', to: '09:00' }] }, 'input.times[0].to', 'end after it starts'],
      [{ from: '2026-12-24', working: true, times: [{ from: '8', to: '12:00' }] }, 'input.times[0]', "'HH:MM'"],
    ];
    for (const [fields, field, message] of cases) {
      const r = await h.gql(ADD, { i: { calendarId, ...fields } }, owner);
      expect(r.errors?.[0]?.extensions, JSON.stringify(fields)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors![0]!.message).toContain(message);
    }
    const missing = await h.gql(ADD, { i: { calendarId: '00000000-0000-4000-8000-000000000000', from: '2026-12-24' } }, owner);
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const [cal] = await calendars(projectId);
    expect(cal!.version).toBe(1);
    expect(cal!.exceptions.map((e) => e.name)).toEqual(['Boxing Day']);
    expect((await activities(projectId)).filter((a) => a.field === 'exception')).toEqual([]);
  });

  it('stops at 2,000 exceptions per calendar', async () => {
    const days = Array.from({ length: 2000 }, (_, i) => ({ from: new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10) }));
    const { calendarId } = await projectWithCalendar(days);
    const r = await h.gql(ADD, { i: { calendarId, from: '2026-12-24' } }, owner);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.calendarId' });
    expect(r.errors![0]!.message).toContain('At most 2000');
  });
});

describe('calendarExceptionRemove', () => {
  it('removes one exception and leaves the others with their ids; removing it again is NOT_FOUND', async () => {
    const { projectId, calendarId } = await projectWithCalendar([{ name: 'Christmas Eve', from: '2026-12-24' }, { name: 'Boxing Day', from: '2026-12-26' }]);
    const [before] = await calendars(projectId);
    const eve = before!.exceptions.find((e) => e.name === 'Christmas Eve')!;
    const boxing = before!.exceptions.find((e) => e.name === 'Boxing Day')!;
    const r = (await ok(REMOVE, { id: eve.id })).calendarExceptionRemove;
    expect(r.exception).toMatchObject({ id: eve.id, name: 'Christmas Eve', from: '2026-12-24' });
    expect(r.calendar).toMatchObject({ id: calendarId, version: 2, exceptions: [{ id: boxing.id, name: 'Boxing Day' }] });
    expect((await activities(projectId)).at(-1)).toMatchObject({ field: 'exception', old_value: { name: 'Christmas Eve', from: '2026-12-24' }, new_value: null });

    const again = await h.gql(REMOVE, { id: eve.id }, owner);
    expect(again.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(again.errors![0]!.message).toContain('Exception');
    expect((await h.gql(REMOVE, { id: 'not-an-id' }, owner)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await calendars(projectId))[0]!.version).toBe(2);
  });
});

describe('calendarUpdate with a list of exceptions', () => {
  it('keeps the ids of the exceptions that stay, so one-at-a-time removals elsewhere still find them', async () => {
    const { projectId, calendarId } = await projectWithCalendar([{ name: 'Christmas Eve', from: '2026-12-24' }, { name: 'Boxing Day', from: '2026-12-26' }]);
    const [before] = await calendars(projectId);
    const boxing = before!.exceptions.find((e) => e.name === 'Boxing Day')!;
    const r = (await ok(`mutation($i: CalendarUpdateInput!) { calendarUpdate(input: $i) { calendar { version exceptions { id name } } } }`, {
      i: { id: calendarId, version: 1, exceptions: [{ name: 'Boxing Day', from: '2026-12-26' }, { name: 'New Year', from: '2027-01-01' }] },
    })).calendarUpdate.calendar;
    expect(r.version).toBe(2);
    expect(r.exceptions.map((e: { name: string }) => e.name)).toEqual(['Boxing Day', 'New Year']);
    expect(r.exceptions[0].id).toBe(boxing.id);
    expect((await ok(REMOVE, { id: boxing.id })).calendarExceptionRemove.calendar.exceptions.map((e: { name: string }) => e.name)).toEqual(['New Year']);
  });
});

describe('a calendar in use, and deleting it', () => {
  it('counts the tasks, resources and calendars that go by it; archived tasks do not count', async () => {
    const { projectId, calendarId } = await projectWithCalendar();
    const site = (await ok(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, { i: { projectId, name: 'Site', baseCalendarId: calendarId } })).calendarCreate.calendar.id;
    const onSite = async (name: string) => {
      const t = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name, durationDays: 1 } })).taskCreate.task;
      await ok(`mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, { i: { id: t.id, version: t.version, calendarId: site } });
      return t.id as string;
    };
    const first = await onSite('Rack servers');
    await onSite('Pull cables');
    await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'Crane', calendarId: site } });
    const usage = async () => Object.fromEntries((await calendars(projectId)).map((c) => [c.name, c.usage]));
    expect(await usage()).toEqual({ Office: { tasks: 0, resources: 0, calendars: 1 }, Site: { tasks: 2, resources: 1, calendars: 0 } });
    expect((await ok(`query($id: UUID!) { task(id: $id) { scheduled { start } } }`, { id: first })).task.scheduled).not.toBeNull();
    await ok(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: first });
    // An archived task is out of the schedule.
    expect((await h.gql(`query($id: UUID!) { task(id: $id) { scheduled { start } } }`, { id: first }, owner)).data?.task?.scheduled ?? null).toBeNull();
    expect((await usage()).Site).toEqual({ tasks: 1, resources: 1, calendars: 0 });
  });

  it('refuses to delete a calendar changed since it was read (CONFLICT), and deletes it with the current version', async () => {
    const { projectId, calendarId } = await projectWithCalendar();
    await ok(ADD, { i: { calendarId, name: 'Christmas Eve', from: '2026-12-24' } });
    const DELETE = `mutation($id: UUID!, $v: Int) { calendarDelete(id: $id, version: $v) { calendar { id name } } }`;
    const stale = await h.gql(DELETE, { id: calendarId, v: 1 }, owner);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await calendars(projectId)).toHaveLength(1);
    expect((await ok(DELETE, { id: calendarId, v: 2 })).calendarDelete.calendar.name).toBe('Office');
    expect(await calendars(projectId)).toHaveLength(0);
    expect((await ok(`query($id: UUID!) { project(id: $id) { plan { calendarId } } }`, { id: projectId })).project.plan.calendarId).toBeNull();
  });

  it('refuses to delete a base that a calendar needs for all its working time, and names that calendar', async () => {
    const { projectId, calendarId } = await projectWithCalendar();
    await ok(`mutation($i: CalendarUpdateInput!) { calendarUpdate(input: $i) { calendar { id } } }`, {
      i: { id: calendarId, version: 1, workWeek: [0, 6].map((day) => ({ day, times: [{ from: '09:00', to: '17:00' }] })) },
    });
    // Weekends only: its own Monday to Friday are off, the weekend comes from the base.
    await ok(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, {
      i: { projectId, name: 'Weekend crew', baseCalendarId: calendarId, workWeek: [1, 2, 3, 4, 5].map((day) => ({ day, times: [] })) },
    });
    const r = await h.gql(`mutation($id: UUID!) { calendarDelete(id: $id) { calendar { id } } }`, { id: calendarId }, owner);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(r.errors![0]!.message).toContain('“Weekend crew” is based on this calendar and would have no working time left');
    expect((await calendars(projectId)).map((c) => c.name).sort()).toEqual(['Office', 'Weekend crew']);
  });

  it('still deletes without a version (reporting tools and scripts)', async () => {
    const { projectId, calendarId } = await projectWithCalendar();
    await ok(`mutation($id: UUID!) { calendarDelete(id: $id) { calendar { id } } }`, { id: calendarId });
    expect(await calendars(projectId)).toHaveLength(0);
  });
});
