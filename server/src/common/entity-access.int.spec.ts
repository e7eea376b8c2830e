import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../test/harness.js';

/**
 * Reaching a row by its id: someone who is not in the row's project gets exactly the answer a
 * missing id gets (a stranger learns nothing of what exists), and a malformed id is refused at
 * the edge with BAD_USER_INPUT naming the argument or input field.
 */
let h: Harness;
let owner: TestUser;
let stranger: TestUser;
const ids: Record<string, string> = {};

async function ok(query: string, variables: Record<string, unknown>, as: Credentials = owner) {
  const r = await h.gql(query, variables, as);
  if (r.errors) throw new Error(`fixture: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
  stranger = await h.user('Stranger');
  // The stranger has a project of their own: a member somewhere, just not here.
  await ok(`mutation { projectCreate(input: { key: "MINE", name: "Mine" }) { project { id } } }`, {}, stranger);
  const projectId = (await ok(`mutation { projectCreate(input: { key: "EA", name: "Entity access", startDate: "2026-03-02" }) { project { id } } }`, {})).projectCreate.project.id;
  ids.project = projectId;
  const mk = async (name: string) => (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name, durationDays: 2 } })).taskCreate.task.id;
  ids.task = await mk('Pour concrete');
  ids.other = await mk('Build walls');
  ids.dependency = (await ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: ids.task, successorId: ids.other } })).dependencyCreate.dependency.id;
  ids.status = (await ok(`query($id: UUID!) { project(id: $id) { statuses { id } } }`, { id: projectId })).project.statuses[0].id;
  const calendar = (await ok(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id exceptions { id } } } }`, {
    i: { projectId, name: 'Site', exceptions: [{ name: 'Closed', from: '2026-03-13' }] },
  })).calendarCreate.calendar;
  ids.calendar = calendar.id;
  ids.exception = calendar.exceptions[0].id;
  ids.resource = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'Ana' } })).resourceCreate.resource.id;
  ids.assignment = (await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: ids.task, resourceId: ids.resource } })).assignmentCreate.assignment.id;
  ids.baseline = (await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "First") { baseline { id } } }`, { p: projectId })).baselineCreate.baseline.id;
  ids.costEntry = (await ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: ids.task, date: '2026-03-02', amount: 10 } })).costEntryCreate.costEntry.id;
  ids.invitation = (await ok(`mutation($i: MemberInviteInput!) { memberInvite(input: $i) { invitation { id } } }`, { i: { projectId, email: 'someone@example.test', role: 'MEMBER' } })).memberInvite.invitation.id;
  ids.boardToken = (await ok(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Wall") { boardToken { id } } }`, { p: projectId })).boardTokenCreate.boardToken.id;
});
afterAll(() => h?.close());

/** Each way of naming a row by id, and which of the fixture's rows it names. */
const BY_ID: { name: string; row: string; query: string; vars: (id: string) => Record<string, unknown> }[] = [
  { name: 'task', row: 'task', query: `query($id: UUID!) { task(id: $id) { id name } }`, vars: (id) => ({ id }) },
  { name: 'taskUpdate', row: 'task', query: `mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, vars: (id) => ({ i: { id, version: 1, name: 'Mine now' } }) },
  { name: 'taskRename', row: 'task', query: `mutation($id: UUID!) { taskRename(id: $id, name: "Mine now") { task { id } } }`, vars: (id) => ({ id }) },
  { name: 'taskMove', row: 'task', query: `mutation($i: TaskMoveInput!) { taskMove(input: $i) { task { id } } }`, vars: (id) => ({ i: { id, position: 0 } }) },
  { name: 'taskDelete', row: 'task', query: `mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, vars: (id) => ({ id }) },
  { name: 'taskScheduleUpdate', row: 'task', query: `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, vars: (id) => ({ i: { id, version: 1, deadline: '2026-04-01T17:00' } }) },
  { name: 'dependencyCreate (predecessor)', row: 'task', query: `mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, vars: (id) => ({ i: { predecessorId: id, successorId: id } }) },
  { name: 'dependencyUpdate', row: 'dependency', query: `mutation($i: DependencyUpdateInput!) { dependencyUpdate(input: $i) { dependency { id } } }`, vars: (id) => ({ i: { id, lagDays: 2 } }) },
  { name: 'dependencyDelete', row: 'dependency', query: `mutation($id: UUID!) { dependencyDelete(id: $id) { dependency { id } } }`, vars: (id) => ({ id }) },
  { name: 'statusUpdate', row: 'status', query: `mutation($i: StatusUpdateInput!) { statusUpdate(input: $i) { status { id } } }`, vars: (id) => ({ i: { id, name: 'Mine' } }) },
  { name: 'statusDelete', row: 'status', query: `mutation($id: UUID!) { statusDelete(id: $id) { status { id } } }`, vars: (id) => ({ id }) },
  { name: 'calendarUpdate', row: 'calendar', query: `mutation($i: CalendarUpdateInput!) { calendarUpdate(input: $i) { calendar { id } } }`, vars: (id) => ({ i: { id, version: 1, hoursPerDay: 7 } }) },
  { name: 'calendarDelete', row: 'calendar', query: `mutation($id: UUID!) { calendarDelete(id: $id) { calendar { id } } }`, vars: (id) => ({ id }) },
  { name: 'calendarExceptionAdd', row: 'calendar', query: `mutation($i: CalendarExceptionAddInput!) { calendarExceptionAdd(input: $i) { exception { id } } }`, vars: (id) => ({ i: { calendarId: id, name: 'Mine', from: '2026-03-20' } }) },
  { name: 'calendarExceptionRemove', row: 'exception', query: `mutation($id: UUID!) { calendarExceptionRemove(id: $id) { exception { id } } }`, vars: (id) => ({ id }) },
  { name: 'resourceUpdate', row: 'resource', query: `mutation($i: ResourceUpdateInput!) { resourceUpdate(input: $i) { resource { id } } }`, vars: (id) => ({ i: { id, version: 1, standardRate: 90 } }) },
  { name: 'resourceDelete', row: 'resource', query: `mutation($id: UUID!) { resourceDelete(id: $id) { resource { id } } }`, vars: (id) => ({ id }) },
  { name: 'assignmentCreate (task)', row: 'task', query: `mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, vars: (id) => ({ i: { taskId: id, resourceId: id } }) },
  { name: 'assignmentUpdate', row: 'assignment', query: `mutation($i: AssignmentUpdateInput!) { assignmentUpdate(input: $i) { assignment { id } } }`, vars: (id) => ({ i: { id, units: 0.5 } }) },
  { name: 'assignmentDelete', row: 'assignment', query: `mutation($id: UUID!) { assignmentDelete(id: $id) { assignment { id } } }`, vars: (id) => ({ id }) },
  { name: 'baselineDelete', row: 'baseline', query: `mutation($id: UUID!) { baselineDelete(id: $id) { baseline { id } } }`, vars: (id) => ({ id }) },
  { name: 'costEntryCreate (task)', row: 'task', query: `mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, vars: (id) => ({ i: { taskId: id, date: '2026-03-02', amount: 1 } }) },
  { name: 'costEntryDelete', row: 'costEntry', query: `mutation($id: UUID!) { costEntryDelete(id: $id) { costEntry { id } } }`, vars: (id) => ({ id }) },
  { name: 'invitationRevoke', row: 'invitation', query: `mutation($id: UUID!) { invitationRevoke(id: $id) { invitation { id } } }`, vars: (id) => ({ id }) },
  { name: 'boardTokenRevoke', row: 'boardToken', query: `mutation($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { id } } }`, vars: (id) => ({ id }) },
];

const activityCount = async () => Number((await h.app.dataSource.query('SELECT count(*) AS n FROM activities'))[0].n);

describe('a row of someone else’s project, by id', () => {
  for (const c of BY_ID) {
    it(`${c.name}: a stranger gets what a missing id gets`, async () => {
      const before = await activityCount();
      const theirs = await h.gql(c.query, c.vars(ids[c.row]!), stranger);
      const missing = await h.gql(c.query, c.vars(randomUUID()), stranger);
      expect(theirs.errors?.[0]?.extensions?.code, JSON.stringify(theirs.errors)).toBe('NOT_FOUND');
      const shape = (r: typeof theirs) => r.errors?.map((e) => ({ message: e.message, extensions: e.extensions, path: e.path }));
      expect(shape(theirs)).toEqual(shape(missing));
      expect(theirs.status).toBe(missing.status);
      expect(await activityCount()).toBe(before);
    });
  }

  it('the owner reaches the same rows (the ids are real)', async () => {
    const r = await h.gql(`query($id: UUID!) { task(id: $id) { id } }`, { id: ids.task }, owner);
    expect(r.errors).toBeUndefined();
    expect(r.data!.task.id).toBe(ids.task);
  });
});

describe('a malformed id', () => {
  it('in a variable is BAD_USER_INPUT naming the argument, over HTTP', async () => {
    const r = await h.gql(`query($id: UUID!) { task(id: $id) { id } }`, { id: 'not-an-id' }, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(r.data?.task ?? null).toBeNull();
  });

  it('written in the document is BAD_USER_INPUT naming the argument', async () => {
    const r = await h.gql(`mutation { taskDelete(id: "12345") { task { id } } }`, {}, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('in an input field is BAD_USER_INPUT naming the field, and nothing is written', async () => {
    const before = await activityCount();
    const r = await h.gql(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: 'ERP-1', date: '2026-03-02', amount: 1 } }, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.taskId' });
    expect(await activityCount()).toBe(before);
  });

  it('in a list is BAD_USER_INPUT naming the item', async () => {
    const r = await h.gql(`query($p: UUID!, $s: [UUID!]) { project(id: $p) { tasks(filter: { statusIds: $s }) { totalCount } } }`, { p: ids.project, s: [ids.status, 'nope'] }, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.statusIds[1]' });
  });

  it('is refused the same way to someone signed out (before anything else is looked at)', async () => {
    const r = await h.gql(`query($id: UUID!) { task(id: $id) { id } }`, { id: "1' OR '1'='1" });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('in upper case or braces is read as the same id', async () => {
    const r = await h.gql(`query($id: UUID!) { task(id: $id) { id } }`, { id: `{${ids.task!.toUpperCase()}}` }, owner);
    expect(r.errors).toBeUndefined();
    expect(r.data!.task.id).toBe(ids.task);
  });
});
