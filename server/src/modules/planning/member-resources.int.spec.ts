import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';
import { MemberResources1765600000000 } from '../../database/migrations/1765600000000-MemberResources.js';

/** People and resources are one list: a member can be a resource, and assigning the person assigns it. */
let h: Harness;
let owner: TestUser;
let priya: TestUser;
let jordan: TestUser;

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, as: Credentials = owner): Promise<T> {
  const r = await h.gql(query, variables, as);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

const RESOURCES = `query($id: UUID!) { project(id: $id) { resources { id name userId user { name } } assignments { taskId resourceId } } }`;
const TASK = `mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`;
const UPDATE = `mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id version } } }`;
const FOR_MEMBER = `mutation($i: ResourceForMemberInput!) { resourceForMember(input: $i) { resource { id name userId version } changeNumber } }`;
const ACTIVITY = `query($id: UUID!) { project(id: $id) { activity(first: 50) { nodes { summary } } } }`;

let n = 0;
async function project(): Promise<string> {
  n++;
  const id = (await ok(`mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`, { i: { key: `MR${n}`, name: `People ${n}` } })).projectCreate.project.id;
  await h.join(id, priya, 'MEMBER', owner);
  await h.join(id, jordan, 'MEMBER', owner);
  return id;
}
type Row = { id: string; name: string; userId: string | null; user: { name: string } | null };
async function state(projectId: string): Promise<{ resources: Row[]; assignments: { taskId: string; resource: { id: string; name: string } }[] }> {
  const p = (await ok(RESOURCES, { id: projectId })).project as { resources: Row[]; assignments: { taskId: string; resourceId: string }[] };
  const byId = new Map(p.resources.map((r) => [r.id, r]));
  return { resources: p.resources, assignments: p.assignments.map((a) => ({ taskId: a.taskId, resource: { id: a.resourceId, name: byId.get(a.resourceId)?.name ?? '?' } })) };
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Alex Morgan');
  priya = await h.user('Priya Shah');
  jordan = await h.user('Jordan Lee');
});
afterAll(() => h?.close());

describe('members as resources', () => {
  it("assigning a person on a task makes their resource on demand and assigns it; another person swaps it; none removes it", async () => {
    const projectId = await project();
    const t = (await ok(TASK, { i: { projectId, name: 'Design review', durationDays: 3 } })).taskCreate.task;
    let v = (await ok(UPDATE, { i: { id: t.id, version: t.version, assigneeId: priya.id } })).taskUpdate.task.version;
    let s = await state(projectId);
    expect(s.resources).toEqual([expect.objectContaining({ name: 'Priya Shah', userId: priya.id, user: { name: 'Priya Shah' } })]);
    expect(s.assignments.map((a) => [a.taskId, a.resource.name])).toEqual([[t.id, 'Priya Shah']]);

    v = (await ok(UPDATE, { i: { id: t.id, version: v, assigneeId: jordan.id } })).taskUpdate.task.version;
    s = await state(projectId);
    expect(s.resources.map((r) => r.name).sort()).toEqual(['Jordan Lee', 'Priya Shah']);
    expect(s.assignments.map((a) => a.resource.name)).toEqual(['Jordan Lee']);

    await ok(UPDATE, { i: { id: t.id, version: v, assigneeId: null } });
    s = await state(projectId);
    expect(s.assignments).toEqual([]);
    expect(s.resources).toHaveLength(2);

    const lines = (await ok(ACTIVITY, { id: projectId })).project.activity.nodes.map((a: { summary: string }) => a.summary);
    expect(lines).toContain(`Alex Morgan assigned Priya Shah to MR${n}-1 Design review`);
    expect(lines).toContain(`Alex Morgan planned Priya Shah's hours on MR${n}-1 Design review`);
    expect(lines).toContain(`Alex Morgan took Priya Shah's hours off MR${n}-1 Design review`);
    expect(lines).toContain(`Alex Morgan unassigned Jordan Lee from MR${n}-1 Design review`);
    expect(lines).toContain('Alex Morgan added the resource Priya Shah for a member');
  });

  it('a task created with an assignee gets the person’s resource; a summary keeps none', async () => {
    const projectId = await project();
    const parent = (await ok(TASK, { i: { projectId, name: 'Phase', assigneeId: priya.id } })).taskCreate.task;
    const child = (await ok(TASK, { i: { projectId, name: 'Build', parentId: parent.id, assigneeId: priya.id } })).taskCreate.task;
    // The parent became a summary when the child went under it; a later assignee change on it assigns nothing.
    const p = (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id: parent.id })).task;
    await ok(UPDATE, { i: { id: parent.id, version: p.version, assigneeId: jordan.id } });
    const s = await state(projectId);
    expect(s.assignments.map((a) => [a.taskId, a.resource.name])).toContainEqual([child.id, 'Priya Shah']);
    expect(s.assignments.some((a) => a.resource.name === 'Jordan Lee')).toBe(false);
  });

  it('keeps resources that are not people working, and an assignment made by hand stays when the person is already assigned', async () => {
    const projectId = await project();
    const vendor = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId, name: 'Vendor consultants', maxUnits: 3 } })).resourceCreate.resource.id;
    const t = (await ok(TASK, { i: { projectId, name: 'Cutover' } })).taskCreate.task;
    await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: t.id, resourceId: vendor } });
    const mine = (await ok(FOR_MEMBER, { i: { projectId, userId: priya.id } })).resourceForMember.resource;
    await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: t.id, resourceId: mine.id } });
    await ok(UPDATE, { i: { id: t.id, version: t.version, assigneeId: priya.id } });
    const s = await state(projectId);
    expect(s.assignments.map((a) => a.resource.name).sort()).toEqual(['Priya Shah', 'Vendor consultants']);
  });

  it('resourceForMember makes one resource per member, answers the same one again, and refuses a non-member', async () => {
    const projectId = await project();
    const a = (await ok(FOR_MEMBER, { i: { projectId, userId: priya.id } })).resourceForMember;
    expect(a.resource).toMatchObject({ name: 'Priya Shah', userId: priya.id });
    expect(a.changeNumber).toEqual(expect.any(Number));
    const again = (await ok(FOR_MEMBER, { i: { projectId, userId: priya.id } })).resourceForMember.resource;
    expect(again.id).toBe(a.resource.id);
    const stranger = await h.user('Sam Stranger');
    const r = await h.gql(FOR_MEMBER, { i: { projectId, userId: stranger.id } }, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect((await state(projectId)).resources).toHaveLength(1);
  });

  it('links an existing resource to a member by hand, once per member', async () => {
    const projectId = await project();
    const create = `mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id version } } }`;
    const link = `mutation($i: ResourceUpdateInput!) { resourceUpdate(input: $i) { resource { id userId version } } }`;
    const r1 = (await ok(create, { i: { projectId, name: 'P. Shah' } })).resourceCreate.resource;
    const r2 = (await ok(create, { i: { projectId, name: 'Priya (contract)' } })).resourceCreate.resource;
    expect((await ok(link, { i: { id: r1.id, version: r1.version, userId: priya.id } })).resourceUpdate.resource.userId).toBe(priya.id);
    const twice = await h.gql(link, { i: { id: r2.id, version: r2.version, userId: priya.id } }, owner);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect(twice.errors?.[0]?.message).toContain('Priya Shah is already the resource P. Shah');
    // Assigning Priya now uses the linked resource, not a new one.
    const t = (await ok(TASK, { i: { projectId, name: 'Testing', assigneeId: priya.id } })).taskCreate.task;
    const s = await state(projectId);
    expect(s.resources).toHaveLength(2);
    expect(s.assignments).toEqual([{ taskId: t.id, resource: { id: r1.id, name: 'P. Shah' } }]);
  });

  it('the migration links a resource to a member only when the name matches exactly one of each', async () => {
    const projectId = await project();
    const create = `mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`;
    await ok(create, { i: { projectId, name: ' priya shah ' } });
    await ok(create, { i: { projectId, name: 'Jordan Lee' } });
    await ok(create, { i: { projectId, name: 'jordan lee' } });
    await ok(create, { i: { projectId, name: 'Alex Morgan', type: 'MATERIAL' } });
    await ok(create, { i: { projectId, name: 'Vendor' } });
    const q = h.app.dataSource.createQueryRunner();
    try {
      const migration = new MemberResources1765600000000();
      await migration.down(q);
      await migration.up(q);
    } finally {
      await q.release();
    }
    const linked = (await state(projectId)).resources.filter((r) => r.userId).map((r) => [r.name, r.user?.name]);
    // Priya: one resource, one member. Jordan: two resources of that name, so neither. Alex: not a work resource.
    expect(linked).toEqual([['priya shah', 'Priya Shah']]);
  });
});

describe('who may make a member a resource', () => {
  it.each([
    ['OWNER', null],
    ['MANAGER', null],
    ['MEMBER', 'FORBIDDEN'],
    ['VIEWER', 'FORBIDDEN'],
    ['STRANGER', 'NOT_FOUND'],
  ])('%s: %s', async (role, code) => {
    const projectId = await project();
    const who = await h.user(`${role} person`);
    if (role !== 'OWNER' && role !== 'STRANGER') await h.join(projectId, who, role, owner);
    const as = role === 'OWNER' ? owner : who;
    const r = await h.gql(FOR_MEMBER, { i: { projectId, userId: priya.id } }, as);
    if (code === null) expect(r.errors).toBeUndefined();
    else {
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
      expect((await state(projectId)).resources).toEqual([]);
    }
  });

  it("a member may assign a person on a task, and the person's resource follows", async () => {
    const projectId = await project();
    const t = (await ok(TASK, { i: { projectId, name: 'Shared work' } })).taskCreate.task;
    await ok(UPDATE, { i: { id: t.id, version: t.version, assigneeId: jordan.id } }, priya);
    expect((await state(projectId)).assignments.map((a) => a.resource.name)).toEqual(['Jordan Lee']);
  });
});
