import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from './harness.js';

/**
 * One range of dates, the one the planning calendar can serve (with room for the schedule): a date
 * outside it, wherever it is sent, is BAD_USER_INPUT naming the field and giving the range, never
 * an internal error, and nothing is written.
 */
let h: Harness;
let owner: TestUser;
let projectId: string;
let taskId: string;
let calendarId: string;

const RANGE = '1950-01-01 to 2199-12-31';

const answer = (r: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({
  code: r.errors?.[0]?.extensions?.code,
  field: r.errors?.[0]?.extensions?.field,
  range: r.errors?.[0]?.message.includes(RANGE),
});

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Rhea Range');
  const p = await h.gql(`mutation { projectCreate(input: { key: "RNG", name: "Ranges", startDate: "2027-01-04" }) { project { id } } }`, {}, owner);
  projectId = p.data!.projectCreate.project.id;
  const t = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'T', durationDays: 2 } }, owner);
  taskId = t.data!.taskCreate.task.id;
  const c = await h.gql(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, { i: { projectId, name: 'Cal' } }, owner);
  calendarId = c.data!.calendarCreate.calendar.id;
});
afterAll(() => h?.close());

const TASK_CREATE = `mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id start } } }`;
const TASK_UPDATE = `mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id start } } }`;
const SCHEDULE_UPDATE = `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`;
const PROJECT_CREATE = `mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`;
const PROJECT_UPDATE = `mutation($i: ProjectUpdateInput!) { projectUpdate(input: $i) { project { id } } }`;
const IMPORT = `mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }`;

describe('a date outside the range the calendar serves', () => {
  it('is refused on every GraphQL path with BAD_USER_INPUT naming the field and the allowed range', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [TASK_CREATE, { i: { projectId, name: 'x', plannedStart: '0000-01-01' } }, 'input.plannedStart'],
      [TASK_CREATE, { i: { projectId, name: 'x', plannedFinish: '9999-12-31' } }, 'input.plannedFinish'],
      [TASK_UPDATE, { i: { id: taskId, version: 1, plannedStart: '0000-01-01' } }, 'input.plannedStart'],
      [TASK_UPDATE, { i: { id: taskId, version: 1, plannedStart: '1900-01-02' } }, 'input.plannedStart'],
      [SCHEDULE_UPDATE, { i: { id: taskId, version: 1, constraintType: 'SNET', constraintDate: '0000-01-01' } }, 'input.constraintDate'],
      [SCHEDULE_UPDATE, { i: { id: taskId, version: 1, deadline: '2399-12-31T17:00' } }, 'input.deadline'],
      [SCHEDULE_UPDATE, { i: { id: taskId, version: 1, actualStart: '1899-12-31' } }, 'input.actualStart'],
      [SCHEDULE_UPDATE, { i: { id: taskId, version: 1, actualFinish: '2200-01-01' } }, 'input.actualFinish'],
      [PROJECT_CREATE, { i: { key: 'RZ', name: 'z', startDate: '0000-01-01' } }, 'input.startDate'],
      [PROJECT_UPDATE, { i: { id: projectId, version: 1, startDate: '1900-01-01' } }, 'input.startDate'],
      [PROJECT_UPDATE, { i: { id: projectId, version: 1, targetFinish: '0000-01-01' } }, 'input.targetFinish'],
      [`mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { statusDate } } }`, { i: { projectId, statusDate: '0000-01-01' } }, 'input.statusDate'],
      [`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId, date: '0000-01-01', amount: 1 } }, 'input.date'],
      [`mutation($i: CalendarExceptionAddInput!) { calendarExceptionAdd(input: $i) { exception { id } } }`, { i: { calendarId, from: '0000-01-01' } }, 'input.from'],
      [`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, { i: { projectId, name: 'c2', exceptions: [{ from: '2025-01-01', to: '2500-01-01' }] } }, 'input.exceptions[0].to'],
      [`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'r', rates: [{ effectiveFrom: '0000-01-01', standardRate: 1 }] } }, 'input.rates[0].effectiveFrom'],
      [`query($id: UUID!) { project(id: $id) { resourceUsage(from: "1900-01-01", to: "2200-12-31") { resourceId } } }`, { id: projectId }, 'from'],
      [`query($id: UUID!) { project(id: $id) { resourceUsage(from: "2027-01-01", to: "2200-12-31") { resourceId } } }`, { id: projectId }, 'to'],
      [`query($id: UUID!) { project(id: $id) { earnedValue(statusDate: "0000-01-01") { statusDate } } }`, { id: projectId }, 'statusDate'],
    ];
    for (const [query, variables, field] of cases) {
      const r = await h.gql(query, variables, owner);
      expect(answer(r), `${field} ${JSON.stringify(variables)} -> ${JSON.stringify(r.errors)}`).toEqual({ code: 'BAD_USER_INPUT', field, range: true });
    }
    // Nothing was written: one task, one calendar, no resource, no project RZ.
    const [{ tasks, calendars, resources, projects }] = await h.app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM tasks WHERE project_id = $1) AS tasks, (SELECT count(*)::int FROM work_calendars WHERE project_id = $1) AS calendars,
              (SELECT count(*)::int FROM resources WHERE project_id = $1) AS resources, (SELECT count(*)::int FROM projects WHERE key = 'RZ') AS projects`,
      [projectId],
    );
    expect({ tasks, calendars, resources, projects }).toEqual({ tasks: 1, calendars: 1, resources: 0, projects: 0 });
  });

  it('accepts the first and the last day of the range, and the schedule is served', async () => {
    const p = await h.gql(PROJECT_CREATE, { i: { key: 'EDGE', name: 'Edges', startDate: '1950-01-02' } }, owner);
    expect(p.errors).toBeUndefined();
    const edge = p.data!.projectCreate.project.id;
    const a = await h.gql(TASK_CREATE, { i: { projectId: edge, name: 'first', durationDays: 1, plannedStart: '1950-01-01' } }, owner);
    expect(a.errors).toBeUndefined();
    const b = await h.gql(TASK_CREATE, { i: { projectId: edge, name: 'last', durationDays: 20, plannedStart: '2199-12-31' } }, owner);
    expect(b.errors).toBeUndefined();
    expect(b.data!.taskCreate.task.start).toBe('2199-12-31T08:00');
    const usage = await h.gql(`query($id: UUID!) { project(id: $id) { resourceUsage(from: "1950-01-01", to: "2199-12-31") { resourceId } } }`, { id: edge }, owner);
    expect(usage.errors).toBeUndefined();
  });

  it('in an imported plan is refused naming the element, in JSON (with its line) and in MSPDI', async () => {
    const doc = {
      format: 'trellis-plan', version: 1, project: { name: 'Plan', start: '2026-03-02T08:00' }, calendars: [], resources: [], assignments: [], baselines: [], costEntries: [], links: [],
      tasks: [{ id: 'a', name: 'A', parentId: null, order: 0, kind: 'TASK', durationDays: 1, constraint: { type: 'SNET', date: '0000-01-01T08:00' } }],
    };
    const json = await h.gql(IMPORT, { i: { projectId, format: 'TRELLIS_JSON', content: JSON.stringify(doc, null, 2) } }, owner);
    expect(answer(json), JSON.stringify(json.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.content', range: true });
    expect(json.errors![0].extensions).toMatchObject({ element: 'tasks[0].constraint.date', line: expect.any(Number) });

    const xml = `<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2026-03-02T08:00:00</StartDate>
  <Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><Deadline>2300-01-01T17:00:00</Deadline></Task></Tasks>
</Project>`;
    const mspdi = await h.gql(IMPORT, { i: { projectId, format: 'MSPDI', content: xml } }, owner);
    expect(answer(mspdi), JSON.stringify(mspdi.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.content', range: true });
    expect(mspdi.errors![0].extensions).toMatchObject({ element: 'tasks[0].deadline' });
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [projectId]);
    expect(n).toBe(1);
  });
});
