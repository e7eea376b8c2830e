import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * The authorization matrix for the planning mutations: each one, run by every kind of viewer
 * against a fresh project, with the outcome each must get. A refused mutation leaves no trace.
 */
type Role = 'OWNER' | 'MANAGER' | 'MEMBER' | 'VIEWER' | 'STRANGER' | 'ANONYMOUS' | 'BOARD';
const ROLES: Role[] = ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER', 'STRANGER', 'ANONYMOUS', 'BOARD'];
const MANAGE: Role[] = ['OWNER', 'MANAGER'];
const WORK: Role[] = ['OWNER', 'MANAGER', 'MEMBER'];

interface Fixture {
  projectId: string;
  taskId: string;
  taskVersion: number;
  otherTaskId: string;
  calendarId: string;
  exceptionId: string;
  resourceId: string;
  assignmentId: string;
  baselineId: string;
  ownerEntryId: string;
  memberEntryId: string;
  users: Record<Exclude<Role, 'ANONYMOUS' | 'BOARD'>, TestUser>;
  board: Credentials;
}

interface Case {
  name: string;
  query: string;
  vars: (f: Fixture) => Record<string, unknown>;
  allowed: Role[];
  /** Puts the project in a state where the mutation has something to do. */
  prepare?: (f: Fixture) => Promise<void>;
}

const PLAN = JSON.stringify({
  format: 'trellis-plan', version: 1, project: { name: 'Imported', start: '2026-03-02T08:00' }, calendars: [],
  tasks: [{ id: 't1', name: 'Imported task', order: 0, kind: 'TASK', durationDays: 2 }],
  links: [], resources: [], assignments: [], baselines: [], costEntries: [],
});

const CASES: Case[] = [
  { name: 'taskScheduleUpdate', allowed: WORK, query: `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, vars: (f) => ({ i: { id: f.taskId, version: f.taskVersion, constraintType: 'SNET', constraintDate: '2026-03-04T08:00' } }) },
  { name: 'planSettingsUpdate', allowed: MANAGE, query: `mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { statusDate } } }`, vars: (f) => ({ i: { projectId: f.projectId, statusDate: '2026-03-10' } }) },
  { name: 'calendarCreate', allowed: MANAGE, query: `mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, name: 'Night shift' } }) },
  { name: 'calendarUpdate', allowed: MANAGE, query: `mutation($i: CalendarUpdateInput!) { calendarUpdate(input: $i) { calendar { id } } }`, vars: (f) => ({ i: { id: f.calendarId, version: 1, hoursPerDay: 7 } }) },
  { name: 'calendarDelete', allowed: MANAGE, query: `mutation($id: UUID!) { calendarDelete(id: $id) { calendar { id } } }`, vars: (f) => ({ id: f.calendarId }) },
  { name: 'calendarDelete with version', allowed: MANAGE, query: `mutation($id: UUID!) { calendarDelete(id: $id, version: 1) { calendar { id } } }`, vars: (f) => ({ id: f.calendarId }) },
  { name: 'calendarExceptionAdd', allowed: MANAGE, query: `mutation($i: CalendarExceptionAddInput!) { calendarExceptionAdd(input: $i) { exception { id } } }`, vars: (f) => ({ i: { calendarId: f.calendarId, name: 'Inventory day', from: '2026-03-20' } }) },
  { name: 'calendarExceptionRemove', allowed: MANAGE, query: `mutation($id: UUID!) { calendarExceptionRemove(id: $id) { exception { id } } }`, vars: (f) => ({ id: f.exceptionId }) },
  { name: 'resourceCreate', allowed: MANAGE, query: `mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, name: 'Bob' } }) },
  { name: 'resourceUpdate', allowed: MANAGE, query: `mutation($i: ResourceUpdateInput!) { resourceUpdate(input: $i) { resource { id } } }`, vars: (f) => ({ i: { id: f.resourceId, version: 1, standardRate: 90 } }) },
  { name: 'resourceDelete', allowed: MANAGE, query: `mutation($id: UUID!) { resourceDelete(id: $id) { resource { id } } }`, vars: (f) => ({ id: f.resourceId }) },
  { name: 'assignmentCreate', allowed: WORK, query: `mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, vars: (f) => ({ i: { taskId: f.otherTaskId, resourceId: f.resourceId, units: 0.5 } }) },
  { name: 'assignmentUpdate', allowed: WORK, query: `mutation($i: AssignmentUpdateInput!) { assignmentUpdate(input: $i) { assignment { id } } }`, vars: (f) => ({ i: { id: f.assignmentId, units: 0.5 } }) },
  { name: 'assignmentDelete', allowed: WORK, query: `mutation($id: UUID!) { assignmentDelete(id: $id) { assignment { id } } }`, vars: (f) => ({ id: f.assignmentId }) },
  { name: 'baselineCreate', allowed: MANAGE, query: `mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Second") { baseline { id } } }`, vars: (f) => ({ p: f.projectId }) },
  { name: 'baselineDelete', allowed: MANAGE, query: `mutation($id: UUID!) { baselineDelete(id: $id) { baseline { id } } }`, vars: (f) => ({ id: f.baselineId }) },
  { name: 'costEntryCreate', allowed: WORK, query: `mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, vars: (f) => ({ i: { taskId: f.taskId, date: '2026-03-02', amount: 120, hours: 1.5 } }) },
  { name: 'costEntryDelete (member-made entry)', allowed: WORK, query: `mutation($id: UUID!) { costEntryDelete(id: $id) { costEntry { id } } }`, vars: (f) => ({ id: f.memberEntryId }) },
  { name: 'costEntryDelete (owner-made entry)', allowed: MANAGE, query: `mutation($id: UUID!) { costEntryDelete(id: $id) { costEntry { id } } }`, vars: (f) => ({ id: f.ownerEntryId }) },
  { name: 'levelingApply', allowed: MANAGE, query: `mutation($p: UUID!) { levelingApply(projectId: $p) { leveling { finishAfter } } }`, vars: (f) => ({ p: f.projectId }) },
  {
    name: 'levelingClear',
    allowed: MANAGE,
    query: `mutation($p: UUID!) { levelingClear(projectId: $p) { leveling { finishAfter } } }`,
    vars: (f) => ({ p: f.projectId }),
    prepare: async (f) => {
      await h.gql(`mutation($p: UUID!) { levelingApply(projectId: $p) { leveling { finishAfter } } }`, { p: f.projectId }, f.users.OWNER);
    },
  },
  { name: 'projectImport', allowed: MANAGE, query: `mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }`, vars: (f) => ({ i: { projectId: f.projectId, format: 'TRELLIS_JSON', content: PLAN } }) },
];

function refusal(role: Role): string {
  if (role === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (role === 'STRANGER' || role === 'BOARD') return 'NOT_FOUND';
  return 'FORBIDDEN';
}

let h: Harness;
let n = 0;
let users: Fixture['users'];

async function fixture(): Promise<Fixture> {
  n++;
  const o = users.OWNER;
  const ok = async (q: string, v: Record<string, unknown>, as: Credentials = o) => {
    const r = await h.gql(q, v, as);
    if (r.errors) throw new Error(`fixture: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const projectId = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Planning matrix", startDate: "2026-03-02" }) { project { id } } }`, { k: `PM${n}` })).projectCreate.project.id;
  for (const role of ['MANAGER', 'MEMBER', 'VIEWER'] as const) {
    await h.join(projectId, users[role], role, o);
  }
  const mk = async (name: string) => (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name, durationDays: 2 } })).taskCreate.task;
  const task = await mk('Configure switches');
  const other = await mk('Patch cables');
  const calendar = (await ok(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id exceptions { id } } } }`, {
    i: { projectId, name: 'Site', exceptions: [{ name: 'Site closed', from: '2026-03-13' }] },
  })).calendarCreate.calendar;
  const calendarId = calendar.id;
  const exceptionId = calendar.exceptions[0].id;
  const resourceId = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'Ana', standardRate: 80 } })).resourceCreate.resource.id;
  const assign = (taskId: string) => ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId, resourceId } });
  const assignmentId = (await assign(task.id)).assignmentCreate.assignment.id;
  // Both tasks at once for one person: leveling has something to do.
  const second = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'Kim' } })).resourceCreate.resource.id;
  for (const t of [task.id, other.id]) await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: t, resourceId: second } });
  const baselineId = (await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "First") { baseline { id } } }`, { p: projectId })).baselineCreate.baseline.id;
  const entry = (as: Credentials) => ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: task.id, date: '2026-03-02', amount: 100 } }, as);
  const ownerEntryId = (await entry(o)).costEntryCreate.costEntry.id;
  const memberEntryId = (await entry(users.MEMBER)).costEntryCreate.costEntry.id;
  const bt = (await ok(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Wall") { token } }`, { p: projectId })).boardTokenCreate;
  const taskVersion = (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id: task.id })).task.version;
  return { projectId, taskId: task.id, taskVersion, otherTaskId: other.id, calendarId, exceptionId, resourceId, assignmentId, baselineId, ownerEntryId, memberEntryId, users, board: { bearer: bt.token } };
}

const activityCount = async (projectId: string) => Number((await h.app.dataSource.query('SELECT count(*) AS n FROM activities WHERE project_id = $1', [projectId]))[0].n);

beforeAll(async () => {
  h = await startHarness();
  users = {
    OWNER: await h.user('Owner'),
    MANAGER: await h.user('Manager'),
    MEMBER: await h.user('Member'),
    VIEWER: await h.user('Viewer'),
    STRANGER: await h.user('Stranger'),
  };
});
afterAll(() => h?.close());

describe('planning authorization matrix', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      // Refusals change nothing, so the refused roles share one project; each allowed role gets its own.
      let shared: Promise<Fixture> | null = null;
      const sharedFixture = () => (shared ??= fixture().then(async (f) => (await c.prepare?.(f), f)));
      for (const role of ROLES) {
        const expected = c.allowed.includes(role) ? 'ok' : refusal(role);
        it(`${c.name} as ${role} → ${expected}`, async () => {
          const f = expected === 'ok' ? await fixture().then(async (x) => (await c.prepare?.(x), x)) : await sharedFixture();
          const as: Credentials | undefined = role === 'ANONYMOUS' ? undefined : role === 'BOARD' ? f.board : f.users[role];
          const before = await activityCount(f.projectId);
          const r = await h.gql(c.query, c.vars(f), as);
          if (expected === 'ok') {
            expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
            expect(await activityCount(f.projectId)).toBeGreaterThan(before);
          } else {
            expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe(expected);
            expect(await activityCount(f.projectId)).toBe(before);
          }
        });
      }
    });
  }

  it('reads: members and viewers read the plan, strangers get NOT_FOUND, a board token reads only the schedule', async () => {
    const f = await fixture();
    const q = `query($id: UUID!) { project(id: $id) { schedule { finish } calendars { id } resources { id } assignments { id } baselines { id } costEntries { id } plan { calendarId } } }`;
    for (const role of ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER'] as const) {
      const r = await h.gql(q, { id: f.projectId }, f.users[role]);
      expect(r.errors, role).toBeUndefined();
      expect(r.data!.project.resources).toHaveLength(2);
    }
    expect((await h.gql(q, { id: f.projectId }, f.users.STRANGER)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await h.gql(`query($id: UUID!) { project(id: $id) { export(format: TRELLIS_JSON) } }`, { id: f.projectId }, f.users.STRANGER)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await h.gql(`{ wallSchedule { tasks { taskId } } }`, {}, f.board)).data!.wallSchedule.tasks).toHaveLength(2);
    expect((await h.gql(`{ wallSchedule { finish } }`, {}, f.users.OWNER)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
