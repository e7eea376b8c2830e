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
