import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';

/** Wall layouts per board token: who may choose one, and what each layout shows to the wall. */
let h: Harness;
let owner: TestUser;
let manager: TestUser;
let member: TestUser;
let viewer: TestUser;
let stranger: TestUser;
let projectId: string;
let token: { id: string; secret: string };

const ok = async (q: string, v: Record<string, unknown>, as: Credentials = owner) => {
  const r = await h.gql(q, v, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};
const SET = `mutation($id: UUID!, $l: WallLayout!) { boardTokenLayoutSet(id: $id, layout: $l) { boardToken { id layout } changeNumber } }`;
const VIEW = `{ wallView { layout projectKey spi cpi hasBaseline milestones { key name baselineFinish forecastFinish slipDays } criticalNext { key name finish } topRisks { key title score } openIssues { key title severity blocking overdue } issuesBySeverity { severity count } } }`;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
  manager = await h.user('Manager');
  member = await h.user('Member');
  viewer = await h.user('Viewer');
  stranger = await h.user('Stranger');
  projectId = (await ok(`mutation { projectCreate(input: { key: "WL", name: "Wall layouts", startDate: "2026-03-02" }) { project { id } } }`, {})).projectCreate.project.id;
  await h.join(projectId, manager, 'MANAGER', owner);
  await h.join(projectId, member, 'MEMBER', owner);
  await h.join(projectId, viewer, 'VIEWER', owner);
  const a = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Design', durationDays: 3 } })).taskCreate.task.id;
  const m = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Design signed off', kind: 'MILESTONE' } })).taskCreate.task.id;
  await ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: a, successorId: m } });
  await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Plan") { baseline { id } } }`, { p: projectId });
  await ok(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id } } }`, { i: { projectId, title: 'Key designer leaves', probability: 3, impactSchedule: 4 } });
  await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId, title: 'Printer jammed', severity: 'LOW' } });
  await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId, title: 'No test data', type: 'BLOCKER', severity: 'MEDIUM' } });
  const bt = (await ok(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Lobby") { token boardToken { id layout } } }`, { p: projectId })).boardTokenCreate;
  expect(bt.boardToken.layout).toBe('PROGRESS');
  token = { id: bt.boardToken.id, secret: bt.token };
});
afterAll(() => h?.close());

describe('wall layouts', () => {
  it('owners and managers choose a layout; members and viewers are FORBIDDEN, strangers NOT_FOUND, nothing changes', async () => {
    const activities = async () => Number((await h.app.dataSource.query(`SELECT count(*) AS n FROM activities WHERE project_id = $1`, [projectId]))[0].n);
    const before = await activities();
    for (const [who, code] of [[member, 'FORBIDDEN'], [viewer, 'FORBIDDEN'], [stranger, 'NOT_FOUND']] as const) {
      const r = await h.gql(SET, { id: token.id, l: 'SCHEDULE' }, who);
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await h.gql(SET, { id: token.id, l: 'SCHEDULE' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.gql(SET, { id: token.id, l: 'SCHEDULE' }, { bearer: token.secret })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ok(VIEW, {}, { bearer: token.secret })).wallView.layout).toBe('PROGRESS');
    expect(await activities()).toBe(before);
    const set = (await ok(SET, { id: token.id, l: 'RISKS_ISSUES' }, manager)).boardTokenLayoutSet;
    expect(set.boardToken.layout).toBe('RISKS_ISSUES');
    expect(set.changeNumber).toEqual(expect.any(Number));
    expect(await activities()).toBe(before + 1);
    const latest = await ok(`query($id: UUID!) { project(id: $id) { activity(first: 1) { nodes { summary } } } }`, { id: projectId });
    expect(latest.project.activity.nodes[0].summary).toContain('set a wall board to show risks and issues');
    const feed = await ok(`query($id: UUID!) { project(id: $id) { boardTokens { id layout } } }`, { id: projectId });
    expect(feed.project.boardTokens).toEqual([{ id: token.id, layout: 'RISKS_ISSUES' }]);
    const bad = await h.gql(SET, { id: token.id, l: 'CONFETTI' }, manager);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the risks and issues view lists top risks by score and open issues blocking first', async () => {
    await ok(SET, { id: token.id, l: 'RISKS_ISSUES' });
    const v = (await ok(VIEW, {}, { bearer: token.secret })).wallView;
    expect(v.layout).toBe('RISKS_ISSUES');
    expect(v.topRisks).toEqual([{ key: 'WL-R1', title: 'Key designer leaves', score: 12 }]);
    expect(v.openIssues.map((i: { title: string }) => i.title)).toEqual(['No test data', 'Printer jammed']);
    expect(v.issuesBySeverity).toEqual([{ severity: 'CRITICAL', count: 0 }, { severity: 'HIGH', count: 0 }, { severity: 'MEDIUM', count: 1 }, { severity: 'LOW', count: 1 }]);
  });

  it('the schedule view shows the next milestones with baseline and forecast, the critical path and the indices', async () => {
    await ok(SET, { id: token.id, l: 'SCHEDULE' });
    const v = (await ok(VIEW, {}, { bearer: token.secret })).wallView;
    expect(v.layout).toBe('SCHEDULE');
    expect(v.hasBaseline).toBe(true);
    expect(v.milestones).toEqual([{ key: 'WL-2', name: 'Design signed off', baselineFinish: '2026-03-04', forecastFinish: '2026-03-04', slipDays: 0 }]);
    expect(v.criticalNext.map((t: { name: string }) => t.name)).toEqual(['Design', 'Design signed off']);
  });

  it('a person cannot read a wall view; a board token sees only its own', async () => {
    expect((await h.gql(VIEW, {}, owner)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
