import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/** changeRequestChanged and decisionChanged over graphql-ws: published from the writing transaction, delivered on commit. */
let h: Harness;
let owner: TestUser;
let member: TestUser;
let stranger: TestUser;
let projectId: string;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Olivia Owner');
  member = await h.user('Alex Morgan');
  stranger = await h.user('Sam Stranger');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "SUB", name: "Subscriptions" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  await h.join(projectId, member, 'MEMBER', owner);
});
afterAll(async () => h?.close());

const CR = `subscription($p: UUID!) { changeRequestChanged(projectId: $p) { action id changeNumber actorId changeRequest { key title status } } }`;
const DEC = `subscription($p: UUID!) { decisionChanged(projectId: $p) { action id changeNumber decision { key title } } }`;

describe('change control subscriptions', () => {
  it("another member's writes arrive with the change number their mutation returned; an approval also brings its decision", async () => {
    const crs = collect(h.ws(owner), CR, { p: projectId });
    const decs = collect(h.ws(owner), DEC, { p: projectId });
    await vi.waitFor(() => {
      expect(h.app.hub.watching('CHANGE_REQUEST_CHANGED', projectId)).toBe(1);
      expect(h.app.hub.watching('DECISION_CHANGED', projectId)).toBe(1);
    });
    const created = await h.gql(`mutation($i: ChangeRequestCreateInput!) { changeRequestCreate(input: $i) { changeNumber changeRequest { id version } } }`, { i: { projectId, title: 'Extra budget', category: 'COST', changeSet: { budgetDelta: 900 } } }, member);
    const cr = created.data!.changeRequestCreate.changeRequest;
    const evs = await crs.until((e) => e.length >= 1);
    expect(evs[0]!.data!.changeRequestChanged).toEqual({ action: 'CREATED', id: cr.id, changeNumber: created.data!.changeRequestCreate.changeNumber, actorId: member.id, changeRequest: { key: 'CR-1', title: 'Extra budget', status: 'DRAFT' } });

    const step = async (name: string, v: { id: string; version: number }, as: TestUser, reason?: string) =>
      (await h.gql(`mutation($i: ChangeRequestStepInput!) { ${name}(input: $i) { changeRequest { id version } } }`, { i: { ...v, reason } }, as)).data![name].changeRequest;
    let cur = await step('changeRequestSubmit', cr, member);
    cur = (await h.gql(`mutation($id: UUID!) { changeRequestPreview(id: $id) { changeRequest { id version } } }`, { id: cur.id }, owner)).data!.changeRequestPreview.changeRequest;
    await step('changeRequestReject', cur, owner, 'No budget left');
    const all = await crs.until((e) => e.some((x) => x.data?.changeRequestChanged.changeRequest?.status === 'REJECTED'));
    expect(all.map((e) => e.data!.changeRequestChanged.changeRequest.status)).toEqual(['DRAFT', 'SUBMITTED', 'SUBMITTED', 'REJECTED']);
    const d = await decs.until((e) => e.length >= 1);
    expect(d[0]!.data!.decisionChanged).toMatchObject({ action: 'CREATED', decision: { key: 'D-1', title: 'Rejected CR-1 Extra budget' } });
    crs.unsubscribe();
    decs.unsubscribe();
  });

  it('a deleted draft arrives as DELETED with its id; strangers cannot subscribe', async () => {
    const crs = collect(h.ws(owner), CR, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('CHANGE_REQUEST_CHANGED', projectId)).toBe(1));
    const cr = (await h.gql(`mutation($i: ChangeRequestCreateInput!) { changeRequestCreate(input: $i) { changeRequest { id } } }`, { i: { projectId, title: 'Throwaway', category: 'QUALITY' } }, member)).data!.changeRequestCreate.changeRequest;
    await h.gql(`mutation($id: UUID!) { changeRequestDelete(id: $id) { changeRequest { id } } }`, { id: cr.id }, member);
    const evs = await crs.until((e) => e.length >= 2);
    expect(evs[1]!.data!.changeRequestChanged).toMatchObject({ action: 'DELETED', id: cr.id, changeRequest: null });
    crs.unsubscribe();
    const denied = collect(h.ws(stranger), CR, { p: projectId });
    const out = await denied.until((e) => e.length >= 1);
    expect(out[0]!.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
