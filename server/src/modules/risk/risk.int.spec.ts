import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

let h: Harness;
let owner: TestUser;
let member: TestUser;
let outsider: TestUser;
let projectId: string;
let otherProjectTask: string;

const RISK = `id key version title kind probability impactSchedule impactCost impactScope impactQuality impact score costImpact expectedValue
  strategy status residualProbability residualImpact residualScore reviewOverdue owner { name } linkedTasks { id name }`;
const CREATE = `mutation($i: RiskCreateInput!) { riskCreate(input: $i) { changeNumber risk { ${RISK} } } }`;
const UPDATE = `mutation($i: RiskUpdateInput!) { riskUpdate(input: $i) { changeNumber risk { ${RISK} } } }`;

async function create(input: Record<string, unknown>, as: TestUser = owner) {
  return h.gql(CREATE, { i: { projectId, ...input } }, as);
}
async function count(table: string): Promise<number> {
  const [r] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return r.n;
}
async function newTask(pid: string, name: string, as: TestUser = owner): Promise<string> {
  const r = await h.gql(`mutation($p: UUID!, $n: String!) { taskCreate(input: { projectId: $p, name: $n }) { task { id } } }`, { p: pid, n: name }, as);
  return r.data!.taskCreate.task.id;
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Alex Morgan');
  member = await h.user('Maya Member');
  outsider = await h.user('Olga Outsider');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "RSK", name: "Risky", budget: 100000 }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  await h.join(projectId, member, 'MEMBER', owner);
  const other = (await h.gql(`mutation { projectCreate(input: { key: "OTH", name: "Other" }) { project { id } } }`, {}, outsider)).data!.projectCreate.project.id;
  otherProjectTask = await newTask(other, 'Not yours', outsider);
});
afterAll(() => h?.close());

describe('risk register', () => {
  it('numbers risks per project and computes impact, score and expected value in one place', async () => {
    const r = await create({ title: 'Vendor delay', probability: 4, impactSchedule: 5, impactCost: 3, impactScope: 1, impactQuality: 2, costImpact: 20000, ownerId: member.id });
    expect(r.errors).toBeUndefined();
    const risk = r.data!.riskCreate.risk;
    expect(risk).toMatchObject({ key: 'R-1', kind: 'THREAT', impact: 5, score: 20, expectedValue: 14000, status: 'IDENTIFIED', owner: { name: 'Maya Member' } });
    expect(r.data!.riskCreate.changeNumber).toBeGreaterThan(0);
    const second = await create({ title: 'Cheaper licences', kind: 'OPPORTUNITY', strategy: 'EXPLOIT', probability: 1, costImpact: 5000 });
    expect(second.data!.riskCreate.risk).toMatchObject({ key: 'R-2', expectedValue: 500, score: 1 });
  });

  it('refuses every bad field at once, naming each, and writes nothing', async () => {
    const before = await count('risks');
    const activities = await count('activities');
    const r = await create({ title: '  ', probability: 6, impactCost: 0, residualImpact: 9, kind: 'OPPORTUNITY', strategy: 'MITIGATE', ownerId: outsider.id, taskIds: [otherProjectTask], description: 'x'.repeat(50_001) });
    const e = r.errors![0]!.extensions!;
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('input.title');
    expect((e.errors as { field: string }[]).map((x) => x.field).sort()).toEqual(
      ['input.description', 'input.impactCost', 'input.ownerId', 'input.probability', 'input.residualImpact', 'input.strategy', 'input.taskIds', 'input.title'].sort(),
    );
    expect(await count('risks')).toBe(before);
    expect(await count('activities')).toBe(activities);
  });

  it.each([
    [{ probability: 0 }, 'input.probability'],
    [{ impactQuality: 6 }, 'input.impactQuality'],
    [{ strategy: 'EXPLOIT' }, 'input.strategy'],
    [{ ownerId: '00000000-0000-4000-8000-000000000000' }, 'input.ownerId'],
    [{ title: 'x'.repeat(501) }, 'input.title'],
    [{ status: 'OCCURRED' }, 'input.status'],
  ])('refuses %o with a coded error on %s', async (input, field) => {
    const r = await create({ title: 'Bad', ...input });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses deleted tasks in links', async () => {
    const t = await newTask(projectId, 'Soon gone');
    await h.gql(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: t }, owner);
    const r = await create({ title: 'Linked to a deleted task', taskIds: [t] });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.taskIds' });
  });

  it('updates with the version, answers CONFLICT on a stale one, and keeps the kind/strategy rule', async () => {
    const risk = (await create({ title: 'Key person leaves', probability: 2, impactSchedule: 4 })).data!.riskCreate.risk;
    const ok = await h.gql(UPDATE, { i: { id: risk.id, version: risk.version, probability: 4, strategy: 'MITIGATE', residualProbability: 2, residualImpact: 2 } }, member);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.riskUpdate.risk).toMatchObject({ probability: 4, score: 16, residualScore: 4, version: risk.version + 1 });
    const stale = await h.gql(UPDATE, { i: { id: risk.id, version: risk.version, probability: 1 } }, owner);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    const flip = await h.gql(UPDATE, { i: { id: risk.id, version: risk.version + 1, kind: 'OPPORTUNITY' } }, owner);
    expect(flip.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.strategy' });
    const acts = await h.gql(`query($p: UUID!) { project(id: $p) { activity(first: 5) { nodes { summary } } } }`, { p: projectId }, owner);
    const summaries = acts.data!.project.activity.nodes.map((n: { summary: string }) => n.summary);
    expect(summaries).toContain(`Maya Member set the probability of ${risk.key} to 4`);
    expect(summaries).toContain(`Maya Member set the response strategy of ${risk.key} to mitigate`);
  });

  it('says in the activity who raised which risk', async () => {
    await create({ title: 'Data migration slips' });
    const acts = await h.gql(`query($p: UUID!) { project(id: $p) { activity(first: 1) { nodes { summary } } } }`, { p: projectId }, owner);
    expect(acts.data!.project.activity.nodes[0].summary).toMatch(/^Alex Morgan raised risk R-\d+ Data migration slips$/);
  });

  it('creates a mitigation task in the WBS under the chosen parent, linked to the risk, in one step', async () => {
    const parent = await newTask(projectId, 'Risk responses');
    const risk = (await create({ title: 'Security audit fails', ownerId: member.id })).data!.riskCreate.risk;
    const r = await h.gql(
      `mutation($i: RiskMitigationTaskInput!) { riskMitigationTaskCreate(input: $i) { changeNumber risk { version linkedTasks { name } } task { id name parent { id } assignee { name } } } }`,
      { i: { riskId: risk.id, parentId: parent } },
      member,
    );
    expect(r.errors).toBeUndefined();
    const out = r.data!.riskMitigationTaskCreate;
    expect(out.task).toMatchObject({ name: 'Mitigate: Security audit fails', parent: { id: parent }, assignee: { name: 'Maya Member' } });
    expect(out.risk.linkedTasks).toEqual([{ name: 'Mitigate: Security audit fails' }]);
    const outline = await h.gql(`query($p: UUID!) { project(id: $p) { tasks(first: 100) { nodes { name wbsCode } } } }`, { p: projectId }, owner);
    expect(outline.data!.project.tasks.nodes.map((n: { name: string }) => n.name)).toContain('Mitigate: Security audit fails');
    // A bad parent writes no task and no link.
    const tasksBefore = await count('tasks');
    const bad = await h.gql(`mutation($i: RiskMitigationTaskInput!) { riskMitigationTaskCreate(input: $i) { task { id } } }`, { i: { riskId: risk.id, parentId: otherProjectTask } }, member);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    expect(await count('tasks')).toBe(tasksBefore);
  });

  it('filters and sorts the register, flags overdue reviews', async () => {
    const past = await create({ title: 'Review me', reviewDate: '2020-01-01', probability: 5, impactCost: 5 });
    await create({ title: 'Closed one', reviewDate: '2020-01-01', status: 'CLOSED' });
    const q = await h.gql(
      `query($p: UUID!, $f: RiskFilter, $s: RiskSort) { project(id: $p) { risks(filter: $f, sort: $s) { totalCount nodes { key title score reviewOverdue } } } }`,
      { p: projectId, f: { reviewOverdue: true } },
      owner,
    );
    expect(q.data!.project.risks.nodes).toEqual([{ key: past.data!.riskCreate.risk.key, title: 'Review me', score: 25, reviewOverdue: true }]);
    const byScore = await h.gql(
      `query($p: UUID!, $f: RiskFilter, $s: RiskSort) { project(id: $p) { risks(filter: $f, sort: $s) { nodes { score } } } }`,
      { p: projectId, f: { minScore: 5 }, s: { field: 'SCORE', descending: false } },
      owner,
    );
    const scores = byScore.data!.project.risks.nodes.map((n: { score: number }) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(5);
    const cell = await h.gql(`query($p: UUID!, $f: RiskFilter) { project(id: $p) { risks(filter: $f) { nodes { title } } } }`, { p: projectId, f: { probability: 5, impact: 5 } }, owner);
    expect(cell.data!.project.risks.nodes).toEqual([{ title: 'Review me' }]);
  });

  it('schedules a mitigation task from the risk\'s review date, or from today, never at the project start', async () => {
    const MITIGATE = `mutation($i: RiskMitigationTaskInput!) { riskMitigationTaskCreate(input: $i) { task { constraintType constraintDate } } }`;
    const ahead = (await create({ title: 'Vendor goes bust', reviewDate: '2099-03-02' })).data!.riskCreate.risk;
    const a = await h.gql(MITIGATE, { i: { riskId: ahead.id } }, owner);
    expect(a.errors).toBeUndefined();
    expect(a.data!.riskMitigationTaskCreate.task).toEqual({ constraintType: 'SNET', constraintDate: '2099-03-02T00:00' });
    // An overdue review, or none, means the response is wanted now.
    const today = new Date().toISOString().slice(0, 10);
    for (const reviewDate of ['2020-01-01', null]) {
      const risk = (await create({ title: `Key person leaves ${reviewDate ?? 'soon'}`, reviewDate })).data!.riskCreate.risk;
      const r = await h.gql(MITIGATE, { i: { riskId: risk.id } }, owner);
      expect(r.data!.riskMitigationTaskCreate.task.constraintType).toBe('SNET');
      // Around midnight the server's day may already be the next one.
      expect(r.data!.riskMitigationTaskCreate.task.constraintDate.slice(0, 10) >= today).toBe(true);
    }
  });

  it('computes the exposure trend from history, not from today\'s values', async () => {
    const pid = (await h.gql(`mutation { projectCreate(input: { key: "TRD", name: "Trend", budget: 50000 }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
    const raised = (await h.gql(CREATE, { i: { projectId: pid, title: 'Old threat', probability: 1, impactCost: 4, costImpact: 10000 } }, owner)).data!.riskCreate.risk;
    // Raised three weeks ago with a low probability, as it was then; raised to 5 today.
    await h.app.dataSource.query(`UPDATE risk_history SET at = now() - interval '21 days' WHERE risk_id = $1`, [raised.id]);
    const r = (await h.gql(UPDATE, { i: { id: raised.id, version: raised.version, probability: 5 } }, owner)).data!.riskUpdate.risk;
    const trend = await h.gql(`query($p: UUID!) { project(id: $p) { riskExposure(weeks: 5) { weekEnding threatScore threatValue openCount } riskReserve { budget contingency opportunities currency } } }`, { p: pid }, owner);
    const points = trend.data!.project.riskExposure;
    expect(points).toHaveLength(5);
    expect(points[0]).toMatchObject({ threatScore: 0, openCount: 0 });
    expect(points.at(-1)).toMatchObject({ threatScore: 20, threatValue: 9000, openCount: 1 });
    expect(points.some((p: { threatScore: number }) => p.threatScore === 4)).toBe(true);
    expect(trend.data!.project.riskReserve).toMatchObject({ budget: 50000, contingency: 9000, opportunities: 0 });
    // Closing it drops it from this week's exposure and from the reserve.
    await h.gql(UPDATE, { i: { id: r.id, version: r.version, status: 'CLOSED' } }, owner);
    const after = await h.gql(`query($p: UUID!) { project(id: $p) { riskExposure(weeks: 5) { threatScore } riskReserve { contingency } } }`, { p: pid }, owner);
    expect(after.data!.project.riskExposure.at(-1).threatScore).toBe(0);
    expect(after.data!.project.riskExposure.some((p: { threatScore: number }) => p.threatScore === 4)).toBe(true);
    expect(after.data!.project.riskReserve.contingency).toBe(0);
  });

  it('deletes by archiving: gone from the register, history kept', async () => {
    const risk = (await create({ title: 'Archive me' })).data!.riskCreate.risk;
    const del = await h.gql(`mutation($id: UUID!) { riskDelete(id: $id) { risk { archivedAt } } }`, { id: risk.id }, owner);
    expect(del.data!.riskDelete.risk.archivedAt).not.toBeNull();
    const list = await h.gql(`query($p: UUID!) { project(id: $p) { risks(first: 500) { nodes { id } } } }`, { p: projectId }, owner);
    expect(list.data!.project.risks.nodes.map((n: { id: string }) => n.id)).not.toContain(risk.id);
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM risk_history WHERE risk_id = $1`, [risk.id]);
    expect(n).toBe(2);
  });
});
