import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from '../../../test/harness.js';

let h: Harness;
let owner: TestUser;
let projectId: string;

const CREATE = `mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id key wbsCode version name parentId kind status { category } } } }`;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Olivia Owner');
  const r = await h.gql(`mutation { projectCreate(input: { key: "INFRA", name: "Infra refresh" }) { project { id } } }`, {}, owner);
  projectId = r.data!.projectCreate.project.id;
});
afterAll(() => h?.close());

describe('tasks', () => {
  it('creates tasks with per-project keys and derived WBS codes', async () => {
    const a = await h.gql(CREATE, { input: { projectId, name: 'Plan' } }, owner);
    expect(a.errors).toBeUndefined();
    expect(a.data!.taskCreate.task).toMatchObject({ key: 'INFRA-1', wbsCode: '1', kind: 'TASK', status: { category: 'UNSTARTED' } });
    const b = await h.gql(CREATE, { input: { projectId, name: 'Survey racks', parentId: a.data!.taskCreate.task.id } }, owner);
    expect(b.data!.taskCreate.task).toMatchObject({ key: 'INFRA-2', wbsCode: '1.1' });
    const parent = await h.gql(`query($id: UUID!) { task(id: $id) { kind childCount } }`, { id: a.data!.taskCreate.task.id }, owner);
    expect(parent.data!.task).toEqual({ kind: 'SUMMARY', childCount: 1 });
  });

  it('rejects a stale version with CONFLICT and keeps the newer write', async () => {
    const t = (await h.gql(CREATE, { input: { projectId, name: 'Order switches' } }, owner)).data!.taskCreate.task;
    const first = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { name version } } }`, { i: { id: t.id, version: t.version, name: 'Order core switches' } }, owner);
    expect(first.data!.taskUpdate.task).toEqual({ name: 'Order core switches', version: t.version + 1 });
    const stale = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { name } } }`, { i: { id: t.id, version: t.version, name: 'Overwrite' } }, owner);
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const now = await h.gql(`query($id: UUID!) { task(id: $id) { name } }`, { id: t.id }, owner);
    expect(now.data!.task.name).toBe('Order core switches');
  });

  it('pushes taskUpdated to a graphql-ws subscriber after commit', async () => {
    const client = h.ws(owner);
    const sub = collect(client, `subscription($p: UUID!) { taskUpdated(projectId: $p) { action task { key name } } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(1));
    await h.gql(CREATE, { input: { projectId, name: 'Install firewall' } }, owner);
    const events = await sub.until((e) => e.some((x) => x.data?.taskUpdated.task.name === 'Install firewall')).catch((e) => { console.log(JSON.stringify(sub.events)); throw e; });
    expect(events.find((x) => x.data?.taskUpdated.task.name === 'Install firewall')!.data!.taskUpdated.action).toBe('CREATED');
    sub.unsubscribe();
  });
});

describe('outline structure', () => {
  const MOVE = `mutation($i: TaskMoveInput!) { taskMove(input: $i) { task { wbsCode parentId } } }`;
  const codes = async (pid: string) =>
    (await h.gql(`query($id: UUID!) { project(id: $id) { tasks(first: 100) { nodes { name wbsCode } } } }`, { id: pid }, owner)).data!.project.tasks.nodes.map(
      (n: { name: string; wbsCode: string }) => `${n.wbsCode} ${n.name}`,
    );
  let pid: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    pid = (await h.gql(`mutation { projectCreate(input: { key: "TREE", name: "Tree" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
    for (const [name, parent] of [['A', null], ['A1', 'A'], ['A2', 'A'], ['B', null], ['B1', 'B']] as const) {
      ids[name] = (await h.gql(CREATE, { input: { projectId: pid, name, parentId: parent ? ids[parent] : null } }, owner)).data!.taskCreate.task.id;
    }
  });

  it('moves a subtree and renumbers WBS codes everywhere', async () => {
    const r = await h.gql(MOVE, { i: { id: ids.A2, parentId: ids.B, position: 0 } }, owner);
    expect(r.data!.taskMove.task).toEqual({ wbsCode: '2.1', parentId: ids.B });
    expect(await codes(pid)).toEqual(['1 A', '1.1 A1', '2 B', '2.1 A2', '2.2 B1']);
    await h.gql(MOVE, { i: { id: ids.B, parentId: null, position: 0 } }, owner);
    expect(await codes(pid)).toEqual(['1 B', '1.1 A2', '1.2 B1', '2 A', '2.1 A1']);
  });

  it('moves within the same parent to any slot, the last one included', async () => {
    const pid2 = (await h.gql(`mutation { projectCreate(input: { key: "ORD", name: "Order" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
    const t: Record<string, string> = {};
    for (const name of ['P', 'Q', 'R', 'S']) t[name] = (await h.gql(CREATE, { input: { projectId: pid2, name } }, owner)).data!.taskCreate.task.id;
    await h.gql(MOVE, { i: { id: t.P, position: 1 } }, owner);
    expect(await codes(pid2)).toEqual(['1 Q', '2 P', '3 R', '4 S']);
    await h.gql(MOVE, { i: { id: t.Q, position: 3 } }, owner);
    expect(await codes(pid2)).toEqual(['1 P', '2 R', '3 S', '4 Q']);
    await h.gql(MOVE, { i: { id: t.Q, position: 0 } }, owner);
    expect(await codes(pid2)).toEqual(['1 Q', '2 P', '3 R', '4 S']);
    await h.gql(MOVE, { i: { id: t.R, position: 99 } }, owner);
    expect(await codes(pid2)).toEqual(['1 Q', '2 P', '3 S', '4 R']);
  });

  it('refuses to move a task under its own descendant', async () => {
    const r = await h.gql(MOVE, { i: { id: ids.B, parentId: ids.B1 } }, owner);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
  });

  it('deletes a task with its sub-tasks, keeps history, closes the gap', async () => {
    const r = await h.gql(`mutation($id: UUID!) { taskDelete(id: $id) { task { archivedAt } } }`, { id: ids.B }, owner);
    expect(r.data!.taskDelete.task.archivedAt).not.toBeNull();
    expect(await codes(pid)).toEqual(['1 A', '1.1 A1']);
    const hist = await h.gql(`query($id: UUID!) { task(id: $id) { activity { nodes { action } } } }`, { id: ids.B1 }, owner);
    expect(hist.data!.task.activity.nodes.map((n: { action: string }) => n.action)).toContain('DELETED');
  });

  it('names the cycle when a dependency would close one', async () => {
    const mk = async (name: string) => (await h.gql(CREATE, { input: { projectId: pid, name } }, owner)).data!.taskCreate.task;
    const [x, y, z] = [await mk('X'), await mk('Y'), await mk('Z')];
    const link = (p: string, s: string) => h.gql(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id type lagDays } } }`, { i: { predecessorId: p, successorId: s } }, owner);
    expect((await link(x.id, y.id)).errors).toBeUndefined();
    expect((await link(y.id, z.id)).errors).toBeUndefined();
    const r = await link(z.id, x.id);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.predecessorId', cycle: [x.key, y.key, z.key, x.key] });
    expect(r.errors![0]!.message).toBe(`This link would close a cycle: ${x.key} → ${y.key} → ${z.key} → ${x.key}`);
    expect((await link(x.id, x.id)).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await link(ids.A!, ids.A1!)).errors![0]!.message).toBe('A summary task cannot be linked to its own sub-task');
    expect((await link(ids.A1!, ids.A!)).errors![0]!.message).toBe('A summary task cannot be linked to its own sub-task');
    expect((await link(x.id, y.id)).errors![0]!.message).toMatch(/already linked/);
    const lag = await h.gql(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { type lagDays } } }`, { i: { predecessorId: x.id, successorId: z.id, type: 'SS', lagDays: -2 } }, owner);
    expect(lag.data!.dependencyCreate.dependency).toEqual({ type: 'SS', lagDays: -2 });
  });

  it('validates fields and writes nothing on bad input', async () => {
    const before = await codes(pid);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '  ' }, 'input.name'],
      [{ name: 'x', durationDays: -1 }, 'input.durationDays'],
      [{ name: 'x', plannedStart: '2026-05-02', plannedFinish: '2026-05-01' }, 'input.plannedFinish'],
      [{ name: 'x', percentComplete: 101 }, 'input.percentComplete'],
      [{ name: 'x', kind: 'MILESTONE', durationDays: 3 }, 'input.durationDays'],
      [{ name: 'x', statusId: '00000000-0000-0000-0000-000000000000' }, 'input.statusId'],
      [{ name: 'x', assigneeId: '00000000-0000-0000-0000-000000000000' }, 'input.assigneeId'],
      [{ name: 'x', parentId: '00000000-0000-0000-0000-000000000000' }, 'input.parentId'],
    ];
    for (const [input, field] of cases) {
      const r = await h.gql(CREATE, { input: { projectId: pid, ...input } }, owner);
      expect(r.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await codes(pid)).toEqual(before);
  });

  it('completing a task sets it to 100 %', async () => {
    const statuses = (await h.gql(`query($id: UUID!) { project(id: $id) { statuses { id category } } }`, { id: pid }, owner)).data!.project.statuses;
    const done = statuses.find((s: { category: string }) => s.category === 'COMPLETED').id;
    const t = (await h.gql(CREATE, { input: { projectId: pid, name: 'Finish me' } }, owner)).data!.taskCreate.task;
    const r = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { percentComplete status { category } } } }`, { i: { id: t.id, version: t.version, statusId: done } }, owner);
    expect(r.data!.taskUpdate.task).toEqual({ percentComplete: 100, status: { category: 'COMPLETED' } });
  });
});

describe('task filters', () => {
  it('filters by status category, assignee, parent and text, in outline order', async () => {
    const pid = (await h.gql(`mutation { projectCreate(input: { key: "FLT", name: "Filters" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
    const statuses = (await h.gql(`query($id: UUID!) { project(id: $id) { statuses { id category } } }`, { id: pid }, owner)).data!.project.statuses;
    const started = statuses.find((s: { category: string }) => s.category === 'STARTED').id;
    const mk = async (i: Record<string, unknown>) => (await h.gql(CREATE, { input: { projectId: pid, ...i } }, owner)).data!.taskCreate.task;
    const parent = await mk({ name: 'Network' });
    await mk({ name: 'Cabling', parentId: parent.id, statusId: started, assigneeId: owner.id });
    await mk({ name: 'Firewall rules', parentId: parent.id });
    await mk({ name: 'Backups', assigneeId: owner.id });
    const q = async (filter: Record<string, unknown>) =>
      (await h.gql(`query($id: UUID!, $f: TaskFilter) { project(id: $id) { tasks(filter: $f) { totalCount nodes { name } } } }`, { id: pid, f: filter }, owner)).data!.project.tasks.nodes.map(
        (n: { name: string }) => n.name,
      );
    expect(await q({ statusCategories: ['STARTED'] })).toEqual(['Cabling']);
    expect(await q({ assigneeId: owner.id })).toEqual(['Cabling', 'Backups']);
    expect(await q({ unassigned: true })).toEqual(['Network', 'Firewall rules']);
    expect(await q({ parentId: parent.id })).toEqual(['Cabling', 'Firewall rules']);
    expect(await q({ rootOnly: true })).toEqual(['Network', 'Backups']);
    expect(await q({ search: 'fire' })).toEqual(['Firewall rules']);
    expect(await q({ search: 'FLT-4' })).toEqual(['Backups']);
    const page1 = await h.gql(`query($id: UUID!) { project(id: $id) { tasks(first: 3) { nodes { name } pageInfo { hasNextPage endCursor } } } }`, { id: pid }, owner);
    const { endCursor, hasNextPage } = page1.data!.project.tasks.pageInfo;
    expect(hasNextPage).toBe(true);
    const page2 = await h.gql(`query($id: UUID!, $a: String) { project(id: $id) { tasks(first: 3, after: $a) { nodes { name } pageInfo { hasNextPage } } } }`, { id: pid, a: endCursor }, owner);
    expect(page2.data!.project.tasks).toEqual({ nodes: [{ name: 'Backups' }], pageInfo: { hasNextPage: false } });
    // What changed since a moment: tasks (incremental sync) and activity.
    const mark = new Date().toISOString();
    const renamed = (await h.gql(`query($id: UUID!) { project(id: $id) { tasks(filter: { search: "Backups" }) { nodes { id version } } } }`, { id: pid }, owner)).data!.project.tasks.nodes[0];
    await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: renamed.id, version: renamed.version, name: 'Offsite backups' } }, owner);
    expect(await q({ updatedSince: mark })).toEqual(['Offsite backups']);
    const since = await h.gql(`query($id: UUID!, $s: DateTimeISO) { project(id: $id) { activity(since: $s) { nodes { summary } } } }`, { id: pid, s: mark }, owner);
    expect(since.data!.project.activity.nodes).toEqual([{ summary: `Olivia Owner renamed FLT-4 from Backups to Offsite backups` }]);
    const bad = await h.gql(`query($id: UUID!) { project(id: $id) { tasks(first: 0) { totalCount } } }`, { id: pid }, owner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
