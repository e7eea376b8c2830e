import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

let h: Harness;
let owner: TestUser;
let member: TestUser;
let projectId: string;

const ISSUE = `id key version title type severity priority status resolution ageDays overdue escalationLevel
  owner { name } raisedBy { name } escalatedTo { name } linkedTasks { id } linkedRisks { key } originRisk { key }`;
const CREATE = `mutation($i: IssueCreateInput!) { issueCreate(input: $i) { changeNumber issue { ${ISSUE} } } }`;
const UPDATE = `mutation($i: IssueUpdateInput!) { issueUpdate(input: $i) { issue { ${ISSUE} } } }`;

async function newTask(name: string): Promise<string> {
  const r = await h.gql(`mutation($p: UUID!, $n: String!) { taskCreate(input: { projectId: $p, name: $n }) { task { id } } }`, { p: projectId, n: name }, owner);
  return r.data!.taskCreate.task.id;
}
async function count(table: string): Promise<number> {
  const [r] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return r.n;
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Alex Morgan');
  member = await h.user('Maya Member');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "ISS", name: "Issues" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  await h.join(projectId, member, 'MEMBER', owner);
});
afterAll(() => h?.close());

describe('issue log', () => {
  it('logs an issue numbered per project, raised by the actor by default, with age and overdue computed', async () => {
    const r = await h.gql(CREATE, { i: { projectId, title: 'Test server down', type: 'PROBLEM', dueDate: '2020-02-01', raisedAt: '2026-01-01T09:00:00Z' } }, member);
    expect(r.errors).toBeUndefined();
    const issue = r.data!.issueCreate.issue;
    expect(issue).toMatchObject({ key: 'I-1', raisedBy: { name: 'Maya Member' }, status: 'OPEN', overdue: true, severity: 'MEDIUM' });
    expect(issue.ageDays).toBeGreaterThan(300);
    const acts = await h.gql(`query($p: UUID!) { project(id: $p) { activity(first: 1) { nodes { summary } } } }`, { p: projectId }, owner);
    expect(acts.data!.project.activity.nodes[0].summary).toBe('Maya Member logged issue I-1 Test server down');
  });

  it('needs a resolution to resolve or close, and then is no longer overdue', async () => {
    const issue = (await h.gql(CREATE, { i: { projectId, title: 'Licence question', type: 'QUESTION', dueDate: '2020-01-01' } }, owner)).data!.issueCreate.issue;
    const before = await count('activities');
    const bad = await h.gql(UPDATE, { i: { id: issue.id, version: issue.version, status: 'RESOLVED' } }, owner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resolution' });
    expect(await count('activities')).toBe(before);
    const closed = await h.gql(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId, title: 'Closed at birth', status: 'CLOSED' } }, owner);
    expect(closed.errors![0]!.extensions).toMatchObject({ field: 'input.resolution' });
    const ok = await h.gql(UPDATE, { i: { id: issue.id, version: issue.version, status: 'RESOLVED', resolution: 'Vendor confirmed the licence covers test' } }, owner);
    expect(ok.data!.issueUpdate.issue).toMatchObject({ status: 'RESOLVED', overdue: false });
    const stale = await h.gql(UPDATE, { i: { id: issue.id, version: issue.version, title: 'Stale' } }, owner);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses unknown members, foreign or deleted tasks, bad escalation and empty titles at once', async () => {
    const gone = await newTask('Gone');
    await h.gql(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: gone }, owner);
    const stranger = await h.user('Stranger');
    const r = await h.gql(CREATE, { i: { projectId, title: '', ownerId: stranger.id, escalatedToId: stranger.id, escalationLevel: 9, taskIds: [gone], riskIds: ['00000000-0000-4000-8000-000000000000'] } }, owner);
    const fields = (r.errors![0]!.extensions!.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['input.escalatedToId', 'input.escalationLevel', 'input.ownerId', 'input.riskIds', 'input.taskIds', 'input.title']);
  });

  it('marks a task blocked while an open blocker links it, and shows which', async () => {
    const task = await newTask('Deploy to production');
    const q = `query($id: UUID!) { task(id: $id) { blockingIssues { key title } } }`;
    const blocker = (await h.gql(CREATE, { i: { projectId, title: 'Firewall change pending', type: 'BLOCKER', taskIds: [task] } }, member)).data!.issueCreate.issue;
    expect((await h.gql(q, { id: task }, owner)).data!.task.blockingIssues).toEqual([{ key: blocker.key, title: 'Firewall change pending' }]);
    await h.gql(UPDATE, { i: { id: blocker.id, version: blocker.version, status: 'RESOLVED', resolution: 'Rule deployed' } }, member);
    expect((await h.gql(q, { id: task }, owner)).data!.task.blockingIssues).toEqual([]);
  });

  it('turns an occurred risk into an issue in one step, linked both ways, with its tasks', async () => {
    const task = await newTask('Cut-over weekend');
    const risk = (await h.gql(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id key version } } }`, { i: { projectId, title: 'Vendor delivers late', ownerId: member.id, probability: 4, impactSchedule: 5, taskIds: [task] } }, owner)).data!.riskCreate.risk;
    const r = await h.gql(
      `mutation($i: RiskOccurInput!) { riskOccur(input: $i) { changeNumber risk { status issues { key } } issue { ${ISSUE} } } }`,
      { i: { riskId: risk.id, version: risk.version, type: 'BLOCKER' } },
      member,
    );
    expect(r.errors).toBeUndefined();
    const { risk: occurred, issue } = r.data!.riskOccur;
    expect(occurred.status).toBe('OCCURRED');
    expect(occurred.issues).toEqual([{ key: issue.key }]);
    expect(issue).toMatchObject({ title: 'Vendor delivers late', type: 'BLOCKER', owner: { name: 'Maya Member' }, originRisk: { key: risk.key }, linkedRisks: [{ key: risk.key }], linkedTasks: [{ id: task }] });
    const acts = await h.gql(`query($p: UUID!) { project(id: $p) { activity(first: 3) { nodes { summary } } } }`, { p: projectId }, owner);
    const summaries = acts.data!.project.activity.nodes.map((n: { summary: string }) => n.summary);
    expect(summaries).toContain(`Maya Member recorded that risk ${risk.key} Vendor delivers late occurred, as issue ${issue.key} Vendor delivers late`);
    expect(summaries).toContain(`Maya Member moved ${risk.key} Vendor delivers late to occurred`);
    // It cannot occur twice; nothing is written.
    const issues = await count('issues');
    const again = await h.gql(`mutation($i: RiskOccurInput!) { riskOccur(input: $i) { issue { id } } }`, { i: { riskId: risk.id } }, member);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'riskId' });
    expect(await count('issues')).toBe(issues);
  });

  it('a stale risk version on riskOccur is a CONFLICT and logs no issue', async () => {
    const risk = (await h.gql(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id version } } }`, { i: { projectId, title: 'Stale occur' } }, owner)).data!.riskCreate.risk;
    await h.gql(`mutation($i: RiskUpdateInput!) { riskUpdate(input: $i) { risk { id } } }`, { i: { id: risk.id, version: risk.version, probability: 5 } }, owner);
    const issues = await count('issues');
    const r = await h.gql(`mutation($i: RiskOccurInput!) { riskOccur(input: $i) { issue { id } } }`, { i: { riskId: risk.id, version: risk.version } }, owner);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await count('issues')).toBe(issues);
  });

  it('filters open, overdue and by type, and sorts by severity', async () => {
    await h.gql(CREATE, { i: { projectId, title: 'Critical defect', type: 'DEFECT', severity: 'CRITICAL' } }, owner);
    const q = await h.gql(
      `query($p: UUID!, $f: IssueFilter, $s: IssueSort) { project(id: $p) { issues(filter: $f, sort: $s) { nodes { title severity overdue } } } }`,
      { p: projectId, f: { open: true }, s: { field: 'SEVERITY', descending: true } },
      owner,
    );
    expect(q.data!.project.issues.nodes[0]).toMatchObject({ title: 'Critical defect', severity: 'CRITICAL' });
    const overdue = await h.gql(`query($p: UUID!, $f: IssueFilter) { project(id: $p) { issues(filter: $f) { nodes { title overdue } } } }`, { p: projectId, f: { overdue: true } }, owner);
    expect(overdue.data!.project.issues.nodes).toEqual([{ title: 'Test server down', overdue: true }]);
    const defects = await h.gql(`query($p: UUID!, $f: IssueFilter) { project(id: $p) { issues(filter: $f) { totalCount } } }`, { p: projectId, f: { types: ['DEFECT'] } }, owner);
    expect(defects.data!.project.issues.totalCount).toBe(1);
  });
});
