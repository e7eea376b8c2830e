import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * The authorization matrix for change control: every mutation, run by every kind of viewer against
 * a fresh project, with the outcome each must get. A refused mutation leaves no trace.
 */
type Role = 'OWNER' | 'MANAGER' | 'MEMBER' | 'VIEWER' | 'STRANGER' | 'ANONYMOUS' | 'BOARD';
const ROLES: Role[] = ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER', 'STRANGER', 'ANONYMOUS', 'BOARD'];
const MANAGE: Role[] = ['OWNER', 'MANAGER'];
const WORK: Role[] = ['OWNER', 'MANAGER', 'MEMBER'];

interface Fixture {
  projectId: string;
  taskId: string;
  /** A draft the MEMBER raised. */
  ownDraft: { id: string; version: number };
  /** A draft another member raised. */
  otherDraft: { id: string; version: number };
  /** Raised by another member, submitted. */
  submitted: { id: string; version: number };
  /** Raised by another member, under review and previewed: ready to decide. */
  reviewed: { id: string; version: number };
  ownDecision: { id: string; version: number };
  ownerDecision: { id: string; version: number };
  board: Credentials;
  /** An issue of the project, not linked yet. */
  issueId: string;
  /** An issue already linked to `submitted`. */
  linkedIssueId: string;
}

interface Case {
  name: string;
  query: string;
  vars: (f: Fixture) => Record<string, unknown>;
  allowed: Role[];
}

const STEP = (name: string) => `mutation($i: ChangeRequestStepInput!) { ${name}(input: $i) { changeRequest { status } } }`;

const CASES: Case[] = [
  { name: 'changeRequestCreate', allowed: WORK, query: `mutation($i: ChangeRequestCreateInput!) { changeRequestCreate(input: $i) { changeRequest { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, title: 'New', category: 'COST', changeSet: { budgetDelta: 100 } } }) },
  { name: 'changeRequestUpdate (own draft)', allowed: WORK, query: `mutation($i: ChangeRequestUpdateInput!) { changeRequestUpdate(input: $i) { changeRequest { id } } }`, vars: (f) => ({ i: { ...f.ownDraft, title: 'Renamed' } }) },
  { name: "changeRequestUpdate (another member's draft)", allowed: MANAGE, query: `mutation($i: ChangeRequestUpdateInput!) { changeRequestUpdate(input: $i) { changeRequest { id } } }`, vars: (f) => ({ i: { ...f.otherDraft, title: 'Renamed' } }) },
  { name: 'changeRequestSubmit (own draft)', allowed: WORK, query: STEP('changeRequestSubmit'), vars: (f) => ({ i: f.ownDraft }) },
  { name: 'changeRequestDelete (own draft)', allowed: WORK, query: `mutation($id: UUID!) { changeRequestDelete(id: $id) { changeRequest { id } } }`, vars: (f) => ({ id: f.ownDraft.id }) },
  { name: 'changeRequestPreview', allowed: WORK, query: `mutation($id: UUID!) { changeRequestPreview(id: $id) { changeRequest { id } } }`, vars: (f) => ({ id: f.submitted.id }) },
  { name: 'changeRequestStartReview', allowed: MANAGE, query: STEP('changeRequestStartReview'), vars: (f) => ({ i: f.submitted }) },
  { name: 'changeRequestApprove', allowed: MANAGE, query: STEP('changeRequestApprove'), vars: (f) => ({ i: f.reviewed }) },
  { name: 'changeRequestReject', allowed: MANAGE, query: STEP('changeRequestReject'), vars: (f) => ({ i: { ...f.reviewed, reason: 'Not now' } }) },
  { name: 'changeRequestDefer', allowed: MANAGE, query: STEP('changeRequestDefer'), vars: (f) => ({ i: { ...f.reviewed, reason: 'Next quarter' } }) },
  { name: 'changeBoardSet', allowed: MANAGE, query: `mutation($p: UUID!, $m: [UUID!]!) { changeBoardSet(projectId: $p, memberIds: $m) { changeBoard { memberIds } } }`, vars: (f) => ({ p: f.projectId, m: [users.MANAGER.id] }) },
  { name: 'changeRequestIssueLink', allowed: WORK, query: `mutation($i: ChangeRequestIssueInput!) { changeRequestIssueLink(input: $i) { changeRequest { id } issue { id } } }`, vars: (f) => ({ i: { changeRequestId: f.submitted.id, issueId: f.issueId } }) },
  { name: 'changeRequestIssueUnlink', allowed: WORK, query: `mutation($i: ChangeRequestIssueInput!) { changeRequestIssueUnlink(input: $i) { changeRequest { id } issue { id } } }`, vars: (f) => ({ i: { changeRequestId: f.submitted.id, issueId: f.linkedIssueId } }) },
  { name: 'decisionCreate', allowed: WORK, query: `mutation($i: DecisionCreateInput!) { decisionCreate(input: $i) { decision { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, title: 'Go', decidedByText: 'Sponsor' } }) },
  { name: 'decisionUpdate', allowed: WORK, query: `mutation($i: DecisionUpdateInput!) { decisionUpdate(input: $i) { decision { id } } }`, vars: (f) => ({ i: { ...f.ownDecision, title: 'Go now' } }) },
  { name: 'decisionDelete (member-made)', allowed: WORK, query: `mutation($id: UUID!) { decisionDelete(id: $id) { decision { id } } }`, vars: (f) => ({ id: f.ownDecision.id }) },
  { name: 'decisionDelete (owner-made)', allowed: MANAGE, query: `mutation($id: UUID!) { decisionDelete(id: $id) { decision { id } } }`, vars: (f) => ({ id: f.ownerDecision.id }) },
];

function refusal(role: Role): string {
  if (role === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (role === 'STRANGER' || role === 'BOARD') return 'NOT_FOUND';
  return 'FORBIDDEN';
}

let h: Harness;
let n = 0;
let users: Record<Exclude<Role, 'ANONYMOUS' | 'BOARD'> | 'REQUESTER', TestUser>;

async function fixture(): Promise<Fixture> {
  n++;
  const ok = async (q: string, v: Record<string, unknown>, as: Credentials = users.OWNER) => {
    const r = await h.gql(q, v, as);
    if (r.errors) throw new Error(`fixture: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const projectId = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Change matrix", startDate: "2026-03-02" }) { project { id } } }`, { k: `CM${n}` })).projectCreate.project.id;
  for (const role of ['MANAGER', 'MEMBER', 'VIEWER'] as const) await h.join(projectId, users[role], role, users.OWNER);
  await h.join(projectId, users.REQUESTER, 'MEMBER', users.OWNER);
  const taskId = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Install racks', durationDays: 2 } })).taskCreate.task.id;
  const raise = async (as: TestUser) =>
    (await ok(`mutation($i: ChangeRequestCreateInput!) { changeRequestCreate(input: $i) { changeRequest { id version } } }`, { i: { projectId, title: 'Longer install', category: 'SCHEDULE', changeSet: { durations: [{ taskId, durationDays: 3 }] } } }, as)).changeRequestCreate.changeRequest;
  const step = async (name: string, cr: { id: string; version: number }, as: TestUser) => (await ok(`mutation($i: ChangeRequestStepInput!) { ${name}(input: $i) { changeRequest { id version } } }`, { i: cr }, as))[name].changeRequest;
  const ownDraft = await raise(users.MEMBER);
  const otherDraft = await raise(users.REQUESTER);
  const submitted = await step('changeRequestSubmit', await raise(users.REQUESTER), users.REQUESTER);
  const inReview = await step('changeRequestStartReview', await step('changeRequestSubmit', await raise(users.REQUESTER), users.REQUESTER), users.OWNER);
  const reviewed = (await ok(`mutation($id: UUID!) { changeRequestPreview(id: $id) { changeRequest { id version } } }`, { id: inReview.id })).changeRequestPreview.changeRequest;
  const decide = async (as: TestUser) => (await ok(`mutation($i: DecisionCreateInput!) { decisionCreate(input: $i) { decision { id version } } }`, { i: { projectId, title: 'Buy racks', decidedByText: 'Sponsor' } }, as)).decisionCreate.decision;
  const ownDecision = await decide(users.MEMBER);
  const ownerDecision = await decide(users.OWNER);
  const bt = (await ok(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Wall") { token } }`, { p: projectId })).boardTokenCreate;
  const logIssue = async (title: string) => (await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId, title } })).issueCreate.issue.id as string;
  const issueId = await logIssue('Racks arrive late');
  const linkedIssueId = await logIssue('Power feed too weak');
  await ok(`mutation($i: ChangeRequestIssueInput!) { changeRequestIssueLink(input: $i) { changeNumber } }`, { i: { changeRequestId: submitted.id, issueId: linkedIssueId } });
  return { projectId, taskId, ownDraft, otherDraft, submitted, reviewed, ownDecision, ownerDecision, board: { bearer: bt.token }, issueId, linkedIssueId };
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
    REQUESTER: await h.user('Requester'),
  };
});
afterAll(() => h?.close());

describe('change control authorization matrix', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      // Refusals change nothing, so the refused roles share one project; each allowed role gets its own.
      let shared: Promise<Fixture> | null = null;
      for (const role of ROLES) {
        const expected = c.allowed.includes(role) ? 'ok' : refusal(role);
        it(`${c.name} as ${role} → ${expected}`, async () => {
          const f = expected === 'ok' ? await fixture() : await (shared ??= fixture());
          const as: Credentials | undefined = role === 'ANONYMOUS' ? undefined : role === 'BOARD' ? f.board : users[role];
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

  it('reads: members and viewers read the registers, strangers get NOT_FOUND', async () => {
    const f = await fixture();
    const q = `query($id: UUID!) { project(id: $id) { changeRequests { totalCount } decisions { totalCount } changeBoard { memberIds } } }`;
    for (const role of ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER'] as const) {
      const r = await h.gql(q, { id: f.projectId }, users[role]);
      expect(r.errors, role).toBeUndefined();
      expect(r.data!.project.changeRequests.totalCount).toBe(4);
    }
    expect((await h.gql(q, { id: f.projectId }, users.STRANGER)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await h.gql(`query($id: UUID!) { changeRequest(id: $id) { id } }`, { id: f.ownDraft.id }, users.STRANGER)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
