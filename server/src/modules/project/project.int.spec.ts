import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

let h: Harness;
let owner: TestUser;
beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
});
afterAll(() => h?.close());

const CREATE = `mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id key name methodology status currency budget startDate targetFinish version statuses { name category } charter { approvalState version } members { role user { name } } } } }`;

describe('projects', () => {
  it('creates a project with default statuses, a charter and the creator as owner', async () => {
    const r = await h.gql(CREATE, { i: { key: 'erp', name: 'ERP', methodology: 'SCRUM', startDate: '2027-01-04', targetFinish: '2027-06-30', budget: 1200.5, currency: 'USD' } }, owner);
    expect(r.errors).toBeUndefined();
    const p = r.data!.projectCreate.project;
    expect(p).toMatchObject({ key: 'ERP', methodology: 'SCRUM', status: 'PROPOSED', currency: 'USD', budget: 1200.5, startDate: '2027-01-04', targetFinish: '2027-06-30', version: 1 });
    expect(p.statuses.map((s: { category: string }) => s.category)).toEqual(['BACKLOG', 'UNSTARTED', 'STARTED', 'STARTED', 'COMPLETED', 'CANCELLED']);
    expect(p.charter).toEqual({ approvalState: 'DRAFT', version: 1 });
    expect(p.members).toEqual([{ role: 'OWNER', user: { name: 'Owner' } }]);
    const byKey = await h.gql(`{ project(key: "erp") { id } }`, {}, owner);
    expect(byKey.data!.project.id).toBe(p.id);
  });

  it('validates every field with the field named', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ key: 'E', name: 'x' }, 'input.key'],
      [{ key: 'ERP', name: 'dup' }, 'input.key'],
      [{ key: 'OK1', name: '' }, 'input.name'],
      [{ key: 'OK2', name: 'x', currency: 'euro' }, 'input.currency'],
      [{ key: 'OK5', name: 'x', currency: 'XYZ' }, 'input.currency'],
      [{ key: 'OK3', name: 'x', budget: -5 }, 'input.budget'],
      [{ key: 'OK4', name: 'x', startDate: '2027-02-01', targetFinish: '2027-01-01' }, 'input.targetFinish'],
    ];
    for (const [i, field] of cases) {
      const r = await h.gql(CREATE, { i }, owner);
      expect(r.errors?.[0]?.extensions, JSON.stringify(i)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const list = await h.gql(`{ projects { totalCount } }`, {}, owner);
    expect(list.data!.projects.totalCount).toBe(1);
  });

  it('several creates with the same key at once: one project, the others told the key is taken', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => h.gql(CREATE, { i: { key: 'RACE', name: `Race ${i}` } }, owner)));
    const made = results.filter((r) => !r.errors);
    expect(made).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.key' });
  });

  it('updates with optimistic concurrency and records each changed field', async () => {
    const p = (await h.gql(CREATE, { i: { key: 'UPD', name: 'Before' } }, owner)).data!.projectCreate.project;
    const U = `mutation($i: ProjectUpdateInput!) { projectUpdate(input: $i) { project { name status version } } }`;
    const ok = await h.gql(U, { i: { id: p.id, version: 1, name: 'After', status: 'ACTIVE' } }, owner);
    expect(ok.data!.projectUpdate.project).toEqual({ name: 'After', status: 'ACTIVE', version: 2 });
    const stale = await h.gql(U, { i: { id: p.id, version: 1, name: 'Lost' } }, owner);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const acts = await h.gql(`query($id: UUID!) { project(id: $id) { activity { nodes { field oldValue newValue } } } }`, { id: p.id }, owner);
    const recent = [...acts.data!.project.activity.nodes.slice(0, 2)].sort((a, b) => a.field.localeCompare(b.field));
    expect(recent).toEqual([
      { field: 'name', oldValue: 'Before', newValue: 'After' },
      { field: 'status', oldValue: 'PROPOSED', newValue: 'ACTIVE' },
    ]);
  });

  it('keeps at least one owner and lets only owners grant ownership', async () => {
    const p = (await h.gql(CREATE, { i: { key: 'OWN', name: 'Owners' } }, owner)).data!.projectCreate.project;
    const mgr = await h.user('Manager');
    await h.join(p.id, mgr, 'MANAGER', owner);
    const demoteLast = await h.gql(`mutation($i: MemberUpdateInput!) { memberUpdate(input: $i) { member { role } } }`, { i: { projectId: p.id, userId: owner.id, role: 'MEMBER' } }, owner);
    expect(demoteLast.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    const mgrGrantsOwner = await h.gql(`mutation($i: MemberUpdateInput!) { memberUpdate(input: $i) { member { role } } }`, { i: { projectId: p.id, userId: mgr.id, role: 'OWNER' } }, mgr);
    expect(mgrGrantsOwner.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const dupInvite = await h.gql(`mutation($i: MemberInviteInput!) { memberInvite(input: $i) { token } }`, { i: { projectId: p.id, email: mgr.email, role: 'MEMBER' } }, owner);
    expect(dupInvite.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('edits the charter through its approval steps', async () => {
    const p = (await h.gql(CREATE, { i: { key: 'CHT', name: 'Charter' } }, owner)).data!.projectCreate.project;
    const U = `mutation($i: CharterUpdateInput!) { charterUpdate(input: $i) { charter { purpose objectives approvalState version } } }`;
    const r = await h.gql(U, { i: { projectId: p.id, version: 1, purpose: 'Cut costs', objectives: [' Retire mainframe ', '', 'Save 20%'] } }, owner);
    expect(r.data!.charterUpdate.charter).toEqual({ purpose: 'Cut costs', objectives: ['Retire mainframe', 'Save 20%'], approvalState: 'DRAFT', version: 2 });
    const set = (state: string) => h.gql(`mutation($p: UUID!, $s: CharterApproval!) { charterApprovalSet(projectId: $p, state: $s) { charter { approvalState } } }`, { p: p.id, s: state }, owner);
    await h.gql(`mutation($p: UUID!, $u: UUID) { charterApproverSet(projectId: $p, userId: $u) { charter { version } } }`, { p: p.id, u: owner.id }, owner);
    const skip = await set('APPROVED');
    expect(skip.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    expect(skip.errors![0]!.message).toBe('A draft charter can go to submitted, not approved');
    expect((await set('SUBMITTED')).data!.charterApprovalSet.charter.approvalState).toBe('SUBMITTED');
    // The sponsor approves (charter-approval.int.spec.ts has the rules); the owner reopens to edit.
    expect((await set('DRAFT')).data!.charterApprovalSet.charter.approvalState).toBe('DRAFT');
    const again = await h.gql(U, { i: { projectId: p.id, version: 5, purpose: 'Cut costs fast' } }, owner);
    expect(again.data!.charterUpdate.charter.approvalState).toBe('DRAFT');
    // A stale version is refused; without one the fields are written whatever changed meanwhile.
    const stale = await h.gql(U, { i: { projectId: p.id, version: 2, purpose: 'Old view' } }, owner);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    const unversioned = await h.gql(U, { i: { projectId: p.id, successCriteria: ['Mainframe off by June'] } }, owner);
    expect(unversioned.errors).toBeUndefined();
    expect(unversioned.data!.charterUpdate.charter).toMatchObject({ purpose: 'Cut costs fast', objectives: ['Retire mainframe', 'Save 20%'] });
  });

  it('manages statuses: add, rename, reorder, delete with the tasks moved', async () => {
    const p = (await h.gql(CREATE, { i: { key: 'STS', name: 'Statuses' } }, owner)).data!.projectCreate.project;
    const list = async () => (await h.gql(`query($id: UUID!) { project(id: $id) { statuses { id name category } } }`, { id: p.id }, owner)).data!.project.statuses as { id: string; name: string; category: string }[];
    const blocked = await h.gql(`mutation($i: StatusCreateInput!) { statusCreate(input: $i) { status { id name category color } } }`, { i: { projectId: p.id, name: 'Blocked', category: 'STARTED', color: '#dc2626' } }, owner);
    expect(blocked.data!.statusCreate.status).toMatchObject({ name: 'Blocked', category: 'STARTED', color: '#dc2626' });
    const dup = await h.gql(`mutation($i: StatusCreateInput!) { statusCreate(input: $i) { status { id } } }`, { i: { projectId: p.id, name: 'Blocked', category: 'STARTED' } }, owner);
    expect(dup.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const id = blocked.data!.statusCreate.status.id;
    await h.gql(`mutation($i: StatusUpdateInput!) { statusUpdate(input: $i) { status { id } } }`, { i: { id, name: 'On hold', position: 3 } }, owner);
    expect((await list()).map((s) => s.name)).toEqual(['Backlog', 'To do', 'In progress', 'On hold', 'In review', 'Done', 'Cancelled']);
    const t = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId: p.id, name: 'Waiting', statusId: id } }, owner);
    const needsTarget = await h.gql(`mutation($id: UUID!) { statusDelete(id: $id) { status { id } } }`, { id }, owner);
    expect(needsTarget.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moveToId' });
    const todo = (await list()).find((s) => s.name === 'To do')!.id;
    const del = await h.gql(`mutation($id: UUID!, $to: UUID) { statusDelete(id: $id, moveToId: $to) { status { name } } }`, { id, to: todo }, owner);
    expect(del.data!.statusDelete.status.name).toBe('On hold');
    expect((await list()).map((s) => s.name)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Done', 'Cancelled']);
    const task = await h.gql(`query($id: UUID!) { task(id: $id) { status { name } } }`, { id: t.data!.taskCreate.task.id }, owner);
    expect(task.data!.task.status.name).toBe('To do');
  });
});
