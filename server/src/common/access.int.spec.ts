import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { archiveNode, readOutline } from '@trellis/schema/wbs';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../test/harness.js';

/**
 * The authorization matrix: every mutation, run by every kind of viewer against a fresh project,
 * with the outcome each must get. A refused mutation must leave no trace (no activity row).
 */
type Role = 'OWNER' | 'MANAGER' | 'MEMBER' | 'VIEWER' | 'STRANGER' | 'ANONYMOUS' | 'BOARD';
const ROLES: Role[] = ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER', 'STRANGER', 'ANONYMOUS', 'BOARD'];

interface Fixture {
  projectId: string;
  taskId: string;
  taskVersion: number;
  memberTaskId: string;
  otherTaskId: string;
  dependencyId: string;
  statusId: string;
  boardTokenId: string;
  /** A pending invitation (as MEMBER) and its link token. */
  invitationId: string;
  invitationToken: string;
  memberUserId: string;
  viewerUserId: string;
  users: Record<Exclude<Role, 'ANONYMOUS' | 'BOARD'>, TestUser>;
  board: Credentials;
}

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';
interface Case {
  name: string;
  query: string;
  vars: (f: Fixture) => Record<string, unknown>;
  /** Roles allowed; everyone else is refused with the standard code for their kind. */
  allowed: Role[];
}

const MANAGE: Role[] = ['OWNER', 'MANAGER'];
const WORK: Role[] = ['OWNER', 'MANAGER', 'MEMBER'];

const CASES: Case[] = [
  { name: 'projectUpdate', allowed: MANAGE, query: `mutation($i: ProjectUpdateInput!) { projectUpdate(input: $i) { project { id } } }`, vars: (f) => ({ i: { id: f.projectId, version: 1, name: 'Renamed' } }) },
  { name: 'projectArchive', allowed: MANAGE, query: `mutation($id: UUID!) { projectArchive(id: $id) { project { id } } }`, vars: (f) => ({ id: f.projectId }) },
  { name: 'projectUnarchive', allowed: MANAGE, query: `mutation($id: UUID!) { projectUnarchive(id: $id) { project { id } } }`, vars: (f) => ({ id: f.projectId }) },
  { name: 'memberInvite', allowed: MANAGE, query: `mutation($i: MemberInviteInput!) { memberInvite(input: $i) { token } }`, vars: (f) => ({ i: { projectId: f.projectId, email: `new.${Math.random().toString(36).slice(2)}@example.test`, role: 'MEMBER' } }) },
  { name: 'invitationRevoke', allowed: MANAGE, query: `mutation($id: UUID!) { invitationRevoke(id: $id) { invitation { revokedAt } } }`, vars: (f) => ({ id: f.invitationId }) },
  { name: 'memberUpdate', allowed: MANAGE, query: `mutation($i: MemberUpdateInput!) { memberUpdate(input: $i) { member { role } } }`, vars: (f) => ({ i: { projectId: f.projectId, userId: f.viewerUserId, role: 'MEMBER' } }) },
  { name: 'memberRemove', allowed: MANAGE, query: `mutation($p: UUID!, $u: UUID!) { memberRemove(projectId: $p, userId: $u) }`, vars: (f) => ({ p: f.projectId, u: f.viewerUserId }) },
  { name: 'charterUpdate', allowed: MANAGE, query: `mutation($i: CharterUpdateInput!) { charterUpdate(input: $i) { charter { purpose } } }`, vars: (f) => ({ i: { projectId: f.projectId, version: 1, purpose: 'Why we do it' } }) },
  { name: 'charterApprovalSet', allowed: MANAGE, query: `mutation($p: UUID!) { charterApprovalSet(projectId: $p, state: SUBMITTED) { charter { approvalState } } }`, vars: (f) => ({ p: f.projectId }) },
  { name: 'boardTokenCreate', allowed: MANAGE, query: `mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Lobby") { token } }`, vars: (f) => ({ p: f.projectId }) },
  { name: 'boardTokenRevoke', allowed: MANAGE, query: `mutation($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { id } } }`, vars: (f) => ({ id: f.boardTokenId }) },
  { name: 'statusCreate', allowed: MANAGE, query: `mutation($i: StatusCreateInput!) { statusCreate(input: $i) { status { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, name: 'Blocked', category: 'STARTED' } }) },
  { name: 'statusUpdate', allowed: MANAGE, query: `mutation($i: StatusUpdateInput!) { statusUpdate(input: $i) { status { id } } }`, vars: (f) => ({ i: { id: f.statusId, name: 'Queued' } }) },
  { name: 'statusDelete', allowed: MANAGE, query: `mutation($id: UUID!) { statusDelete(id: $id) { status { id } } }`, vars: (f) => ({ id: f.statusId }) },
  { name: 'taskCreate', allowed: WORK, query: `mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, name: 'New work' } }) },
  { name: 'taskUpdate', allowed: WORK, query: `mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, vars: (f) => ({ i: { id: f.taskId, version: f.taskVersion, percentComplete: 40 } }) },
  { name: 'taskMove', allowed: WORK, query: `mutation($i: TaskMoveInput!) { taskMove(input: $i) { task { id } } }`, vars: (f) => ({ i: { id: f.taskId, parentId: null, position: 2 } }) },
  { name: 'taskDelete (owner-made task)', allowed: MANAGE, query: `mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, vars: (f) => ({ id: f.otherTaskId }) },
  { name: 'taskDelete (member-made task)', allowed: WORK, query: `mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, vars: (f) => ({ id: f.memberTaskId }) },
  { name: 'dependencyCreate', allowed: WORK, query: `mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, vars: (f) => ({ i: { predecessorId: f.taskId, successorId: f.memberTaskId, type: 'SS' } }) },
  { name: 'dependencyUpdate', allowed: WORK, query: `mutation($i: DependencyUpdateInput!) { dependencyUpdate(input: $i) { dependency { id } } }`, vars: (f) => ({ i: { id: f.dependencyId, lagDays: 2 } }) },
  { name: 'dependencyDelete', allowed: WORK, query: `mutation($id: UUID!) { dependencyDelete(id: $id) { dependency { id } } }`, vars: (f) => ({ id: f.dependencyId }) },
];

function refusal(role: Role): Outcome {
  if (role === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (role === 'STRANGER' || role === 'BOARD') return 'NOT_FOUND';
  return 'FORBIDDEN';
}

let h: Harness;
let n = 0;

async function fixture(): Promise<Fixture> {
  n++;
  const users = {
    OWNER: await h.user('Owner'),
    MANAGER: await h.user('Manager'),
    MEMBER: await h.user('Member'),
    VIEWER: await h.user('Viewer'),
    STRANGER: await h.user('Stranger'),
  };
  const o = users.OWNER;
  const ok = async (q: string, v: Record<string, unknown>, as: Credentials = o) => {
    const r = await h.gql(q, v, as);
    if (r.errors) throw new Error(`fixture: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const projectId = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Matrix" }) { project { id } } }`, { k: `M${n}` })).projectCreate.project.id;
  for (const role of ['MANAGER', 'MEMBER', 'VIEWER'] as const) {
    await h.join(projectId, users[role], role, o);
  }
  const mk = (name: string, as: Credentials = o) =>
    ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name } }, as).then((d) => d.taskCreate.task);
  const task = await mk('Owner task');
  const other = await mk('Another owner task');
  const memberTask = await mk('Member task', users.MEMBER);
  const dep = (await ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: task.id, successorId: other.id } })).dependencyCreate.dependency.id;
  const statusId = (await ok(`query($id: UUID!) { project(id: $id) { statuses { id } } }`, { id: projectId })).project.statuses[0].id;
  const bt = (await ok(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Wall") { token boardToken { id } } }`, { p: projectId })).boardTokenCreate;
  const inv = (await ok(`mutation($i: MemberInviteInput!) { memberInvite(input: $i) { token invitation { id } } }`, { i: { projectId, email: `invited.${n}@example.test`, role: 'MEMBER' } })).memberInvite;
  // projectUnarchive needs an archived project to have something to do for allowed roles.
  return {
    projectId,
    taskId: task.id,
    taskVersion: task.version,
    memberTaskId: memberTask.id,
    otherTaskId: other.id,
    dependencyId: dep,
    statusId,
    boardTokenId: bt.boardToken.id,
    invitationId: inv.invitation.id,
    invitationToken: inv.token,
    memberUserId: users.MEMBER.id,
    viewerUserId: users.VIEWER.id,
    users,
    board: { bearer: bt.token },
  };
}

const activityCount = async (projectId: string) => Number((await h.app.dataSource.query('SELECT count(*) AS n FROM activities WHERE project_id = $1', [projectId]))[0].n);

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('authorization matrix', () => {
  for (const c of CASES) {
    for (const role of ROLES) {
      const expected: Outcome = c.allowed.includes(role) ? 'ok' : refusal(role);
      it(`${c.name} as ${role} → ${expected}`, async () => {
        const f = await fixture();
        if (c.name === 'projectUnarchive') await h.gql(`mutation($id: UUID!) { projectArchive(id: $id) { project { id } } }`, { id: f.projectId }, f.users.OWNER);
        const as: Credentials | undefined = role === 'ANONYMOUS' ? undefined : role === 'BOARD' ? f.board : f.users[role];
        const before = await activityCount(f.projectId);
        const r = await h.gql(c.query, c.vars(f), as);
        if (expected === 'ok') {
          expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
          expect(await activityCount(f.projectId)).toBeGreaterThan(before);
        } else {
          expect(r.errors?.[0]?.extensions?.code).toBe(expected);
          expect(await activityCount(f.projectId)).toBe(before);
        }
      });
    }
  }

  it('projectCreate: any signed-in user, never anonymous or a board token', async () => {
    const f = await fixture();
    const q = `mutation($k: String!) { projectCreate(input: { key: $k, name: "Mine" }) { project { viewerRole } } }`;
    expect((await h.gql(q, { k: 'OWNX' }, f.users.STRANGER)).data!.projectCreate.project.viewerRole).toBe('OWNER');
    expect((await h.gql(q, { k: 'ANONX' })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await h.gql(q, { k: 'BRDX' }, f.board)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('invitationAccept: any signed-in person holding the link joins once; members are told so; anonymous and board tokens are refused', async () => {
    const f = await fixture();
    const q = `mutation($t: String!) { invitationAccept(token: $t) { project { id viewerRole } } }`;
    const before = await activityCount(f.projectId);
    expect((await h.gql(q, { t: f.invitationToken })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await h.gql(q, { t: f.invitationToken }, f.board)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    for (const role of ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER'] as const) {
      expect((await h.gql(q, { t: f.invitationToken }, f.users[role])).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    }
    expect(await activityCount(f.projectId)).toBe(before);
    const joined = await h.gql(q, { t: f.invitationToken }, f.users.STRANGER);
    expect(joined.data!.invitationAccept.project).toEqual({ id: f.projectId, viewerRole: 'MEMBER' });
    const late = await h.user('Late');
    expect((await h.gql(q, { t: f.invitationToken }, late)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', state: 'ACCEPTED' });
  });

  it('reads: members and viewers read, strangers get NOT_FOUND, a board token reads only its board', async () => {
    const f = await fixture();
    const q = `query($id: UUID!) { project(id: $id) { name tasks { totalCount } } }`;
    for (const role of ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER'] as const) {
      expect((await h.gql(q, { id: f.projectId }, f.users[role])).data!.project.tasks.totalCount).toBe(3);
    }
    expect((await h.gql(q, { id: f.projectId }, f.users.STRANGER)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await h.gql(q, { id: f.projectId })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await h.gql(q, { id: f.projectId }, f.board)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const wall = await h.gql(`{ wallBoard { projectId taskCount } }`, {}, f.board);
    expect(wall.data!.wallBoard).toEqual({ projectId: f.projectId, taskCount: 3 });
    expect((await h.gql(`query($id: UUID!) { task(id: $id) { name } }`, { id: f.taskId }, f.board)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await h.gql(`{ projects { totalCount } }`, {}, f.board)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('an archived project refuses writes, even from its owner, until unarchived', async () => {
    const f = await fixture();
    await h.gql(`mutation($id: UUID!) { projectArchive(id: $id) { project { id } } }`, { id: f.projectId }, f.users.OWNER);
    const r = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId: f.projectId, name: 'x' } }, f.users.OWNER);
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/archived/);
  });

  it('a revoked board token is refused', async () => {
    const f = await fixture();
    await h.gql(`mutation($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { id } } }`, { id: f.boardTokenId }, f.users.OWNER);
    const r = await h.gql(`{ wallBoard { projectId } }`, {}, f.board);
    expect(r.status).toBe(401);
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

/**
 * The same rules through the live outline: what a role may not do with `taskDelete` it may not do
 * by archiving a node or removing it from the WBS document either; the server puts it back (for
 * everyone) and records a warning. A viewer's edits never arrive at all.
 */
describe('authorization matrix: deleting through the live outline', () => {
  const providers: WebsocketProvider[] = [];
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy();
  });

  async function openWbs(as: Credentials, projectId: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
    const t = await h.gql(`mutation($d: String!) { collabTicket(document: $d) { token url document } }`, { d: `project/${projectId}/wbs` }, as);
    expect(t.errors).toBeUndefined();
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(t.data!.collabTicket.url, t.data!.collabTicket.document, doc, { WebSocketPolyfill: WebSocket as never, disableBc: true, params: { ticket: t.data!.collabTicket.token } });
    providers.push(provider);
    provider.messageHandlers[100] = () => undefined;
    await new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve())));
    return { doc, provider };
  }

  const live = async (id: string) => ((await h.app.dataSource.query('SELECT 1 FROM tasks WHERE id = $1 AND archived_at IS NULL', [id])) as unknown[]).length > 0;
  const warned = async (projectId: string, id: string) =>
    Number((await h.app.dataSource.query(`SELECT count(*) AS n FROM activities WHERE project_id = $1 AND entity_id = $2 AND action = 'WARNING'`, [projectId, id]))[0].n);

  const ACTIONS = [
    { name: 'archives', act: (doc: Y.Doc, id: string) => void archiveNode(doc, id) },
    { name: 'removes', act: (doc: Y.Doc, id: string) => void doc.getMap('nodes').delete(id) },
  ];
  const TARGETS = [
    { name: 'an owner-made task', allowed: MANAGE, id: (f: Fixture) => f.otherTaskId },
    { name: 'a member-made task', allowed: WORK, id: (f: Fixture) => f.memberTaskId },
  ];
  for (const action of ACTIONS) {
    for (const target of TARGETS) {
      for (const role of ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER'] as const) {
        const expected = role === 'VIEWER' ? 'dropped' : target.allowed.includes(role) ? 'deleted' : 'put back';
        it(`${role} ${action.name} ${target.name} in the outline → ${expected}`, async () => {
          const f = await fixture();
          const id = target.id(f);
          const watcher = await openWbs(f.users.OWNER, f.projectId);
          const author = await openWbs(f.users[role], f.projectId);
          action.act(author.doc, id);
          if (expected === 'deleted') {
            await expect.poll(() => live(id), { timeout: 5000 }).toBe(false);
            await expect.poll(() => readOutline(watcher.doc).byId.has(id), { timeout: 5000 }).toBe(false);
            expect(await warned(f.projectId, id)).toBe(0);
          } else if (expected === 'put back') {
            await expect.poll(() => warned(f.projectId, id), { timeout: 5000 }).toBe(1);
            expect(await live(id)).toBe(true);
            for (const doc of [author.doc, watcher.doc]) await expect.poll(() => readOutline(doc).byId.has(id), { timeout: 5000 }).toBe(true);
          } else {
            // Frames of one socket are handled in order: once its next presence change is seen, the edit was dropped.
            author.provider.awareness.setLocalStateField('marker', 1);
            await expect.poll(() => watcher.provider.awareness.getStates().get(author.doc.clientID)?.marker, { timeout: 5000 }).toBe(1);
            expect(await live(id)).toBe(true);
            expect(readOutline(watcher.doc).byId.has(id)).toBe(true);
          }
        });
      }
    }
  }
});
