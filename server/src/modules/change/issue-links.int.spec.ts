import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/** Issues and change requests linked both ways, within one project, with the activity saying so. */
let h: Harness;
let owner: TestUser;
let member: TestUser;
let projectId: string;
let otherProjectIssue: string;

const ok = async (q: string, v: Record<string, unknown>, as: TestUser = owner) => {
  const r = await h.gql(q, v, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};
const LINK = `mutation($i: ChangeRequestIssueInput!) { changeRequestIssueLink(input: $i) { changeNumber changeRequest { key issues { key title } } issue { key changeRequests { key } } } }`;
const UNLINK = `mutation($i: ChangeRequestIssueInput!) { changeRequestIssueUnlink(input: $i) { changeNumber changeRequest { key issues { key } } issue { key changeRequests { key } } } }`;
const linkCount = async () => Number((await h.app.dataSource.query('SELECT count(*) AS n FROM change_request_issues'))[0].n);

async function raise(title: string, pid = projectId, as = owner): Promise<string> {
  return (await ok(`mutation($i: ChangeRequestCreateInput!) { changeRequestCreate(input: $i) { changeRequest { id } } }`, { i: { projectId: pid, title, category: 'SCOPE' } }, as)).changeRequestCreate.changeRequest.id;
}
async function logIssue(title: string, pid = projectId, as = owner): Promise<string> {
  return (await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId: pid, title } }, as)).issueCreate.issue.id;
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Alex Morgan');
  member = await h.user('Maya Member');
  projectId = (await ok(`mutation { projectCreate(input: { key: "LNK", name: "Links" }) { project { id } } }`, {})).projectCreate.project.id;
  await h.join(projectId, member, 'MEMBER', owner);
  const other = (await ok(`mutation { projectCreate(input: { key: "OTL", name: "Other" }) { project { id } } }`, {})).projectCreate.project.id;
  otherProjectIssue = await logIssue('Elsewhere', other);
});
afterAll(() => h?.close());

describe('issue ↔ change request links', () => {
  it('links both ways: the request lists the issues it addresses, the issue the requests that address it', async () => {
    const cr = await raise('Add a second data centre');
    const outage = await logIssue('Outage in the only data centre');
    const latency = await logIssue('Slow reports');
    const a = (await ok(LINK, { i: { changeRequestId: cr, issueId: latency } }, member)).changeRequestIssueLink;
    expect(a.changeNumber).toEqual(expect.any(Number));
    const b = (await ok(LINK, { i: { changeRequestId: cr, issueId: outage } }, member)).changeRequestIssueLink;
    expect(b.changeRequest.issues.map((i: { title: string }) => i.title)).toEqual(['Outage in the only data centre', 'Slow reports']);
    expect(b.issue.changeRequests).toEqual([{ key: b.changeRequest.key }]);
    // Read from either side in a list.
    const r = await ok(`query($p: UUID!) { project(id: $p) { issues { nodes { title changeRequests { title } } } changeRequests { nodes { title issues { title } } } } }`, { p: projectId });
    const byTitle = Object.fromEntries(r.project.issues.nodes.map((i: { title: string; changeRequests: { title: string }[] }) => [i.title, i.changeRequests.map((c) => c.title)]));
    expect(byTitle['Slow reports']).toEqual(['Add a second data centre']);
    // Linking again writes nothing.
    const again = (await ok(LINK, { i: { changeRequestId: cr, issueId: outage } })).changeRequestIssueLink;
    expect(again.changeNumber).toBeNull();
    // Unlinking takes it off both sides.
    const u = (await ok(UNLINK, { i: { changeRequestId: cr, issueId: latency } })).changeRequestIssueUnlink;
    expect(u.changeRequest.issues.map((i: { key: string }) => i.key)).toEqual([b.issue.key]);
    expect(u.issue.changeRequests).toEqual([]);
  });

  it('says it in the activity in plain words', async () => {
    const cr = await raise('Replace the VPN');
    const issue = await logIssue('Remote staff cannot connect');
    await ok(LINK, { i: { changeRequestId: cr, issueId: issue } });
    await ok(UNLINK, { i: { changeRequestId: cr, issueId: issue } });
    const acts = await ok(`query($p: UUID!) { project(id: $p) { activity(first: 2) { nodes { summary } } } }`, { p: projectId });
    const lines = acts.project.activity.nodes.map((n: { summary: string }) => n.summary);
    expect(lines[1]).toMatch(/^Alex Morgan linked CR-\d+ Replace the VPN to issue I-\d+ Remote staff cannot connect, which it addresses$/);
    expect(lines[0]).toMatch(/^Alex Morgan unlinked issue I-\d+ Remote staff cannot connect from CR-\d+ Replace the VPN$/);
  });

  it('refuses an issue of another project (named field) and unknown ids, writing nothing', async () => {
    const cr = await raise('Tidy the backlog');
    const before = await linkCount();
    // The owner can see the other project: the field at fault is named.
    const cross = await h.gql(LINK, { i: { changeRequestId: cr, issueId: otherProjectIssue } }, owner);
    expect(cross.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.issueId' });
    // The member cannot: the issue does not exist for them.
    const hidden = await h.gql(LINK, { i: { changeRequestId: cr, issueId: otherProjectIssue } }, member);
    expect(hidden.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const unknown = await h.gql(LINK, { i: { changeRequestId: cr, issueId: '00000000-0000-4000-8000-000000000000' } }, owner);
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(await linkCount()).toBe(before);
  });

  it('drops the link with a deleted issue and with a deleted draft', async () => {
    const cr = await raise('Short-lived draft');
    const issue = await logIssue('Gone soon');
    await ok(LINK, { i: { changeRequestId: cr, issueId: issue } });
    await ok(`mutation($id: UUID!) { issueDelete(id: $id) { issue { id } } }`, { id: issue });
    const r = await ok(`query($id: UUID!) { changeRequest(id: $id) { issues { id } } }`, { id: cr });
    expect(r.changeRequest.issues).toEqual([]);
    const second = await logIssue('Still here');
    await ok(LINK, { i: { changeRequestId: cr, issueId: second } });
    await ok(`mutation($id: UUID!) { changeRequestDelete(id: $id) { changeRequest { id } } }`, { id: cr });
    const i = await ok(`query($id: UUID!) { issue(id: $id) { changeRequests { id } } }`, { id: second });
    expect(i.issue.changeRequests).toEqual([]);
  });
});
