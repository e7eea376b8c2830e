import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * The authorization matrix of the register's mutations: each one, run by every kind of viewer
 * against a fresh project. Members add and change, managers and owners also delete, viewers only
 * read, strangers get NOT_FOUND. A refused mutation leaves no trace in the activity log.
 */
type Role = 'OWNER' | 'MANAGER' | 'MEMBER' | 'VIEWER' | 'STRANGER' | 'ANONYMOUS';
const ROLES: Role[] = ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER', 'STRANGER', 'ANONYMOUS'];
const MANAGE: Role[] = ['OWNER', 'MANAGER'];
const WORK: Role[] = ['OWNER', 'MANAGER', 'MEMBER'];

interface Fixture {
  projectId: string;
  stakeholderId: string;
  groupId: string;
  itemId: string;
  taskId: string;
}

interface Case {
  name: string;
  query: string;
  vars: (f: Fixture) => Record<string, unknown>;
  allowed: Role[];
}

const CASES: Case[] = [
  { name: 'stakeholderCreate', allowed: WORK, query: `mutation($i: StakeholderCreateInput!) { stakeholderCreate(input: $i) { stakeholder { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, name: 'New', interest: 2, influence: 4 } }) },
  { name: 'stakeholderUpdate', allowed: WORK, query: `mutation($i: StakeholderUpdateInput!) { stakeholderUpdate(input: $i) { stakeholder { id } } }`, vars: (f) => ({ i: { id: f.stakeholderId, version: 1, interest: 5 } }) },
  { name: 'stakeholderDelete', allowed: MANAGE, query: `mutation($id: UUID!) { stakeholderDelete(id: $id, version: 1) { stakeholder { id } } }`, vars: (f) => ({ id: f.stakeholderId }) },
  { name: 'stakeholderGroupCreate', allowed: WORK, query: `mutation($i: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $i) { group { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, name: 'Finance', stakeholderIds: [f.stakeholderId] } }) },
  { name: 'stakeholderGroupUpdate', allowed: WORK, query: `mutation($i: StakeholderGroupUpdateInput!) { stakeholderGroupUpdate(input: $i) { group { id } } }`, vars: (f) => ({ i: { id: f.groupId, version: 1, name: 'Steering board' } }) },
  { name: 'stakeholderGroupDelete', allowed: MANAGE, query: `mutation($id: UUID!) { stakeholderGroupDelete(id: $id, version: 1) { group { id } } }`, vars: (f) => ({ id: f.groupId }) },
  {
    name: 'communicationItemCreate',
    allowed: WORK,
    query: `mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`,
    vars: (f) => ({ i: { projectId: f.projectId, kind: 'NEWSLETTER', channel: 'EMAIL', cadence: { kind: 'MONTHLY_FIRST_WORKING_DAY' } } }),
  },
  { name: 'communicationItemUpdate', allowed: WORK, query: `mutation($i: CommunicationItemUpdateInput!) { communicationItemUpdate(input: $i) { item { id } } }`, vars: (f) => ({ i: { id: f.itemId, version: 1, channel: 'CHAT' } }) },
  { name: 'communicationItemHold', allowed: WORK, query: `mutation($i: CommunicationItemHoldInput!) { communicationItemHold(input: $i) { item { id } } }`, vars: (f) => ({ i: { id: f.itemId, version: 1, notes: 'Held' } }) },
  { name: 'communicationItemDelete', allowed: MANAGE, query: `mutation($id: UUID!) { communicationItemDelete(id: $id, version: 1) { item { id } } }`, vars: (f) => ({ id: f.itemId }) },
  { name: 'raciCellSet', allowed: WORK, query: `mutation($i: RaciCellSetInput!) { raciCellSet(input: $i) { change { letter } } }`, vars: (f) => ({ i: { taskId: f.taskId, partyId: f.stakeholderId, letter: 'A' } }) },
];

function refusal(role: Role): string {
  if (role === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (role === 'STRANGER') return 'NOT_FOUND';
  return 'FORBIDDEN';
}

let h: Harness;
let n = 0;
let users: Record<Exclude<Role, 'ANONYMOUS'>, TestUser>;

async function fixture(): Promise<Fixture> {
  n++;
  const ok = async (q: string, v: Record<string, unknown>) => {
    const r = await h.gql(q, v, users.OWNER);
    if (r.errors) throw new Error(`fixture: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const projectId = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Stakeholder matrix" }) { project { id } } }`, { k: `SA${n}` })).projectCreate.project.id;
  for (const role of ['MANAGER', 'MEMBER', 'VIEWER'] as const) await h.join(projectId, users[role], role, users.OWNER);
  const stakeholderId = (await ok(`mutation($i: StakeholderCreateInput!) { stakeholderCreate(input: $i) { stakeholder { id } } }`, { i: { projectId, name: 'CFO', interest: 4, influence: 5 } })).stakeholderCreate.stakeholder.id;
  const groupId = (await ok(`mutation($i: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $i) { group { id } } }`, { i: { projectId, name: 'Steering committee' } })).stakeholderGroupCreate.group.id;
  const itemId = (await ok(`mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`, {
    i: { projectId, kind: 'STATUS_REPORT', channel: 'EMAIL', cadence: { kind: 'WEEKLY', weekday: 5 } },
  })).communicationItemCreate.item.id;
  const taskId = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Cut-over' } })).taskCreate.task.id;
  return { projectId, stakeholderId, groupId, itemId, taskId };
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

describe('stakeholder authorization matrix', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      // Refusals change nothing, so the refused roles share one project; each allowed role gets its own.
      let shared: Promise<Fixture> | null = null;
      for (const role of ROLES) {
        const expected = c.allowed.includes(role) ? 'ok' : refusal(role);
        it(`${c.name} as ${role} → ${expected}`, async () => {
          const f = expected === 'ok' ? await fixture() : await (shared ??= fixture());
          const as: Credentials | undefined = role === 'ANONYMOUS' ? undefined : users[role];
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

  it('reads: every member, viewers included, reads the register; a stranger gets NOT_FOUND', async () => {
    const f = await fixture();
    const q = `query($id: UUID!) { project(id: $id) { stakeholders { totalCount } stakeholderGroups { id } communicationItems { totalCount } raci { rows { taskId } } } }`;
    for (const role of ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER'] as const) {
      const r = await h.gql(q, { id: f.projectId }, users[role]);
      expect(r.errors, role).toBeUndefined();
      expect(r.data!.project.stakeholders.totalCount).toBe(1);
      expect(r.data!.project.raci.rows).toEqual([{ taskId: f.taskId }]);
    }
    expect((await h.gql(q, { id: f.projectId }, users.STRANGER)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
