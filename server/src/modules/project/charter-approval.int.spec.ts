import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * Charter approval by a named sponsor: owners and managers submit and reopen, only the sponsor
 * (any role, a viewer too) approves or rejects, never the person who submitted, and every step is
 * kept in the history with who, when and the comment.
 */
let h: Harness;
let n = 0;
type Role = 'OWNER' | 'MANAGER' | 'MEMBER' | 'VIEWER' | 'STRANGER';
const ROLES: Role[] = ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER', 'STRANGER'];

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

async function ok(q: string, v: Record<string, unknown>, as: Credentials) {
  const r = await h.gql(q, v, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

async function fixture() {
  n += 1;
  const users = {} as Record<Role, TestUser>;
  for (const role of ROLES) users[role] = await h.user(`${role[0]}${role.slice(1).toLowerCase()} ${n}`);
  const projectId = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Charter" }) { project { id } } }`, { k: `CH${n}` }, users.OWNER)).projectCreate.project.id as string;
  for (const role of ['MANAGER', 'MEMBER', 'VIEWER'] as const) await h.join(projectId, users[role], role, users.OWNER);
  return { projectId, users };
}

const SET = `mutation($p: UUID!, $s: CharterApproval!, $c: String) { charterApprovalSet(projectId: $p, state: $s, comment: $c) { changeNumber charter { approvalState approvedAt submittedAt approvedBy { name } submittedBy { name } approver { name } } } }`;
const APPROVER = `mutation($p: UUID!, $u: UUID) { charterApproverSet(projectId: $p, userId: $u) { changeNumber charter { approver { name } } } }`;
const HISTORY = `query($id: UUID!) { project(id: $id) { charter { approvalState decisions { decision comment createdAt actor { name } } } } }`;
const activityCount = async (projectId: string) => Number((await h.app.dataSource.query('SELECT count(*) AS n FROM activities WHERE project_id = $1', [projectId]))[0].n);

describe('charter approval by the sponsor', () => {
  it('lets only the named sponsor, a viewer here, approve what a manager submitted, and keeps the history', async () => {
    const { projectId, users } = await fixture();
    await ok(APPROVER, { p: projectId, u: users.VIEWER.id }, users.OWNER);
    await ok(SET, { p: projectId, s: 'SUBMITTED', c: 'Ready for sign-off' }, users.MANAGER);
    for (const role of ['OWNER', 'MANAGER', 'MEMBER'] as const) {
      const r = await h.gql(SET, { p: projectId, s: 'APPROVED' }, users[role]);
      expect(r.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect(r.errors![0]!.message).toContain(users.VIEWER.name);
    }
    expect((await h.gql(SET, { p: projectId, s: 'APPROVED' }, users.STRANGER)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const approved = (await ok(SET, { p: projectId, s: 'APPROVED', c: 'Go ahead' }, users.VIEWER)).charterApprovalSet;
    expect(approved.changeNumber).toEqual(expect.any(Number));
    expect(approved.charter).toMatchObject({ approvalState: 'APPROVED', approvedBy: { name: users.VIEWER.name }, submittedBy: { name: users.MANAGER.name }, approver: { name: users.VIEWER.name } });
    expect(approved.charter.approvedAt).toEqual(expect.any(String));
    const history = (await ok(HISTORY, { id: projectId }, users.MEMBER)).project.charter.decisions;
    expect(history.map((d: { decision: string; comment: string; actor: { name: string } }) => [d.decision, d.actor.name, d.comment])).toEqual([
      ['APPROVED', users.VIEWER.name, 'Go ahead'],
      ['SUBMITTED', users.MANAGER.name, 'Ready for sign-off'],
    ]);
  });

  it('refuses the submitter approving their own charter, even when they are the sponsor', async () => {
    const { projectId, users } = await fixture();
    await ok(APPROVER, { p: projectId, u: users.MANAGER.id }, users.OWNER);
    await ok(SET, { p: projectId, s: 'SUBMITTED' }, users.MANAGER);
    const own = await h.gql(SET, { p: projectId, s: 'APPROVED' }, users.MANAGER);
    expect(own.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(own.errors![0]!.message).toMatch(/you submitted/i);
    // Submitted again by someone else, the sponsor may decide.
    await ok(SET, { p: projectId, s: 'DRAFT' }, users.OWNER);
    await ok(SET, { p: projectId, s: 'SUBMITTED' }, users.OWNER);
    expect((await ok(SET, { p: projectId, s: 'APPROVED' }, users.MANAGER)).charterApprovalSet.charter.approvalState).toBe('APPROVED');
  });

  it('needs a named sponsor to decide, and a reason to reject', async () => {
    const { projectId, users } = await fixture();
    await ok(SET, { p: projectId, s: 'SUBMITTED' }, users.OWNER);
    const nobody = await h.gql(SET, { p: projectId, s: 'APPROVED' }, users.MANAGER);
    expect(nobody.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(nobody.errors![0]!.message).toMatch(/sponsor/);
    await ok(APPROVER, { p: projectId, u: users.MEMBER.id }, users.MANAGER);
    const bare = await h.gql(SET, { p: projectId, s: 'REJECTED' }, users.MEMBER);
    expect(bare.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const rejected = await ok(SET, { p: projectId, s: 'REJECTED', c: 'Budget is missing' }, users.MEMBER);
    expect(rejected.charterApprovalSet.charter.approvalState).toBe('REJECTED');
    const history = (await ok(HISTORY, { id: projectId }, users.VIEWER)).project.charter.decisions;
    expect(history[0]).toMatchObject({ decision: 'REJECTED', comment: 'Budget is missing', actor: { name: users.MEMBER.name } });
  });

  it('names only members as sponsor, with the field named otherwise', async () => {
    const { projectId, users } = await fixture();
    const r = await h.gql(APPROVER, { p: projectId, u: users.STRANGER.id }, users.OWNER);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect((await ok(APPROVER, { p: projectId, u: null }, users.OWNER)).charterApproverSet.charter.approver).toBeNull();
  });

  it('refuses an edit of an approved charter until it is reopened, and keeps the reopening in the history', async () => {
    const { projectId, users } = await fixture();
    await ok(APPROVER, { p: projectId, u: users.VIEWER.id }, users.OWNER);
    await ok(SET, { p: projectId, s: 'SUBMITTED' }, users.OWNER);
    await ok(SET, { p: projectId, s: 'APPROVED' }, users.VIEWER);
    const U = `mutation($i: CharterUpdateInput!) { charterUpdate(input: $i) { charter { purpose approvalState } } }`;
    const refused = await h.gql(U, { i: { projectId, purpose: 'Changed quietly' } }, users.OWNER);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', approvalState: 'APPROVED' });
    expect((await ok(HISTORY, { id: projectId }, users.OWNER)).project.charter.approvalState).toBe('APPROVED');
    await ok(SET, { p: projectId, s: 'DRAFT', c: 'Scope grew' }, users.MANAGER);
    expect((await ok(U, { i: { projectId, purpose: 'Changed openly' } }, users.OWNER)).charterUpdate.charter).toEqual({ purpose: 'Changed openly', approvalState: 'DRAFT' });
    const history = (await ok(HISTORY, { id: projectId }, users.OWNER)).project.charter.decisions;
    expect(history.map((d: { decision: string }) => d.decision)).toEqual(['REOPENED', 'APPROVED', 'SUBMITTED']);
    expect(history[0]).toMatchObject({ comment: 'Scope grew', actor: { name: users.MANAGER.name } });
  });
});

describe('charter approval: authorization matrix', () => {
  type F = Awaited<ReturnType<typeof fixture>>;
  const refusal = (role: Role) => (role === 'STRANGER' ? 'NOT_FOUND' : 'FORBIDDEN');
  const sponsorAndSubmit = (sponsor: 'VIEWER' | 'MEMBER') => async (f: F) => {
    await ok(APPROVER, { p: f.projectId, u: f.users[sponsor].id }, f.users.OWNER);
    await ok(SET, { p: f.projectId, s: 'SUBMITTED' }, f.users.OWNER);
  };
  const cases: { name: string; allowed: Role[]; setUp?: (f: F) => Promise<void>; call: (f: F) => [string, Record<string, unknown>] }[] = [
    { name: 'charterApproverSet', allowed: ['OWNER', 'MANAGER'], call: (f) => [APPROVER, { p: f.projectId, u: f.users.VIEWER.id }] },
    { name: 'charterApprovalSet SUBMITTED', allowed: ['OWNER', 'MANAGER'], call: (f) => [SET, { p: f.projectId, s: 'SUBMITTED' }] },
    { name: 'charterApprovalSet APPROVED (the viewer is the sponsor)', allowed: ['VIEWER'], setUp: sponsorAndSubmit('VIEWER'), call: (f) => [SET, { p: f.projectId, s: 'APPROVED' }] },
    { name: 'charterApprovalSet REJECTED (the member is the sponsor)', allowed: ['MEMBER'], setUp: sponsorAndSubmit('MEMBER'), call: (f) => [SET, { p: f.projectId, s: 'REJECTED', c: 'Not yet' }] },
    {
      name: 'charterApprovalSet DRAFT (reopen)',
      allowed: ['OWNER', 'MANAGER'],
      setUp: async (f) => void (await ok(SET, { p: f.projectId, s: 'SUBMITTED' }, f.users.OWNER)),
      call: (f) => [SET, { p: f.projectId, s: 'DRAFT' }],
    },
  ];
  for (const c of cases) {
    for (const role of ROLES) {
      const expected = c.allowed.includes(role) ? 'ok' : refusal(role);
      it(`${c.name} as ${role} → ${expected}`, async () => {
        const f = await fixture();
        await c.setUp?.(f);
        const before = await activityCount(f.projectId);
        const [q, v] = c.call(f);
        const r = await h.gql(q, v, f.users[role]);
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
});
