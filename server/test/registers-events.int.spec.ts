import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from './harness.js';

let h: Harness;
let owner: TestUser;
let member: TestUser;
let stranger: TestUser;
let projectId: string;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
  member = await h.user('Maya');
  stranger = await h.user('Stranger');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "LIVE", name: "Live" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  await h.join(projectId, member, 'MEMBER', owner);
});
afterAll(() => h?.close());

const RISKS = `subscription($p: UUID!) { riskChanged(projectId: $p) { action changeNumber actorId risk { key title probability status } } }`;
const ISSUES = `subscription($p: UUID!) { issueChanged(projectId: $p) { action changeNumber issue { key title status originRisk { key } } } }`;

describe('risk and issue subscriptions', () => {
  it("riskChanged delivers another person's create and update, with the mutation's change number", async () => {
    const sub = collect(h.ws(owner), RISKS, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('RISK_CHANGED', projectId)).toBe(1));
    const created = await h.gql(`mutation($p: UUID!) { riskCreate(input: { projectId: $p, title: "Live risk" }) { changeNumber risk { id version } } }`, { p: projectId }, member);
    const { id, version } = created.data!.riskCreate.risk;
    const updated = await h.gql(`mutation($i: RiskUpdateInput!) { riskUpdate(input: $i) { changeNumber risk { id } } }`, { i: { id, version, probability: 5 } }, member);
    const evs = await sub.until((e) => e.length >= 2);
    expect(evs.map((e) => e.data!.riskChanged)).toEqual([
      { action: 'CREATED', changeNumber: created.data!.riskCreate.changeNumber, actorId: member.id, risk: { key: 'R-1', title: 'Live risk', probability: 3, status: 'IDENTIFIED' } },
      { action: 'UPDATED', changeNumber: updated.data!.riskUpdate.changeNumber, actorId: member.id, risk: { key: 'R-1', title: 'Live risk', probability: 5, status: 'IDENTIFIED' } },
    ]);
    sub.unsubscribe();
  });

  it('riskOccur announces the risk and the new issue; a refused write announces nothing', async () => {
    const risks = collect(h.ws(owner), RISKS, { p: projectId });
    const issues = collect(h.ws(owner), ISSUES, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('ISSUE_CHANGED', projectId)).toBe(1));
    await vi.waitFor(() => expect(h.app.hub.watching('RISK_CHANGED', projectId)).toBe(1));
    const bad = await h.gql(`mutation($p: UUID!) { issueCreate(input: { projectId: $p, title: "" }) { issue { id } } }`, { p: projectId }, member);
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const risk = (await h.gql(`mutation($p: UUID!) { riskCreate(input: { projectId: $p, title: "Will happen" }) { risk { id key } } }`, { p: projectId }, member)).data!.riskCreate.risk;
    await h.gql(`mutation($id: UUID!) { riskOccur(input: { riskId: $id }) { issue { id } } }`, { id: risk.id }, member);
    const rEvs = await risks.until((e) => e.length >= 2);
    expect(rEvs.map((e) => [e.data!.riskChanged.action, e.data!.riskChanged.risk.status])).toEqual([['CREATED', 'IDENTIFIED'], ['UPDATED', 'OCCURRED']]);
    const iEvs = await issues.until((e) => e.length >= 1);
    expect(iEvs).toHaveLength(1);
    expect(iEvs[0]!.data!.issueChanged).toMatchObject({ action: 'CREATED', issue: { title: 'Will happen', status: 'OPEN', originRisk: { key: risk.key } } });
    risks.unsubscribe();
    issues.unsubscribe();
  });

  it('a stranger cannot subscribe', async () => {
    const sub = collect(h.ws(stranger), RISKS, { p: projectId });
    const evs = await sub.until((e) => e.length >= 1);
    expect(evs[0]!.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('the registers on the wall', () => {
  it('a board token shows the top five risks and the open blockers once a manager ticks them', async () => {
    const created = await h.gql(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "TV") { token boardToken { id showTopRisks } } }`, { p: projectId }, owner);
    const { token, boardToken } = created.data!.boardTokenCreate;
    expect(boardToken.showTopRisks).toBe(false);
    for (let i = 1; i <= 6; i++) {
      await h.gql(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id } } }`, { i: { projectId, title: `Wall risk ${i}`, probability: 5, impactCost: i <= 5 ? 5 : 1 } }, owner);
    }
    const task = (await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Blocked work" }) { task { id } } }`, { p: projectId }, owner)).data!.taskCreate.task.id;
    await h.gql(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId, title: 'Firewall rule missing', type: 'BLOCKER', taskIds: [task] } }, owner);
    const WALL = `{ wallRegisters { showTopRisks showBlockingIssues topRisks { key title score } blockingIssues { key title linkedTasks { name } } } }`;
    const off = await h.gql(WALL, {}, { bearer: token });
    expect(off.data!.wallRegisters).toMatchObject({ topRisks: [], blockingIssues: [] });
    const denied = await h.gql(`mutation($id: UUID!) { boardTokenWallSet(id: $id, showTopRisks: true, showBlockingIssues: true) { boardToken { id } } }`, { id: boardToken.id }, member);
    expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const set = await h.gql(`mutation($id: UUID!) { boardTokenWallSet(id: $id, showTopRisks: true, showBlockingIssues: true) { changeNumber boardToken { showTopRisks showBlockingIssues } } }`, { id: boardToken.id }, owner);
    expect(set.data!.boardTokenWallSet.boardToken).toEqual({ showTopRisks: true, showBlockingIssues: true });
    const on = (await h.gql(WALL, {}, { bearer: token })).data!.wallRegisters;
    expect(on.topRisks).toHaveLength(5);
    expect(on.topRisks.every((r: { score: number }) => r.score === 25)).toBe(true);
    expect(on.blockingIssues).toEqual([{ key: expect.stringMatching(/^I-\d+$/), title: 'Firewall rule missing', linkedTasks: [{ name: 'Blocked work' }] }]);
    const acts = await h.gql(`query($p: UUID!) { project(id: $p) { activity(first: 1) { nodes { summary } } } }`, { p: projectId }, owner);
    expect(acts.data!.project.activity.nodes[0].summary).toBe('Owner set a wall board to show the top risks and the blocking issues');
  });
});
