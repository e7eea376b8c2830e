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
    const parent = await h.gql(`query($id: ID!) { task(id: $id) { kind childCount } }`, { id: a.data!.taskCreate.task.id }, owner);
    expect(parent.data!.task).toEqual({ kind: 'SUMMARY', childCount: 1 });
  });

  it('rejects a stale version with CONFLICT and keeps the newer write', async () => {
    const t = (await h.gql(CREATE, { input: { projectId, name: 'Order switches' } }, owner)).data!.taskCreate.task;
    const first = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { name version } } }`, { i: { id: t.id, version: t.version, name: 'Order core switches' } }, owner);
    expect(first.data!.taskUpdate.task).toEqual({ name: 'Order core switches', version: t.version + 1 });
    const stale = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { name } } }`, { i: { id: t.id, version: t.version, name: 'Overwrite' } }, owner);
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const now = await h.gql(`query($id: ID!) { task(id: $id) { name } }`, { id: t.id }, owner);
    expect(now.data!.task.name).toBe('Order core switches');
  });

  it('pushes taskUpdated to a graphql-ws subscriber after commit', async () => {
    const client = h.ws(owner);
    const sub = collect(client, `subscription($p: ID!) { taskUpdated(projectId: $p) { action task { key name } } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(1));
    await h.gql(CREATE, { input: { projectId, name: 'Install firewall' } }, owner);
    const events = await sub.until((e) => e.some((x) => x.data?.taskUpdated.task.name === 'Install firewall')).catch((e) => { console.log(JSON.stringify(sub.events)); throw e; });
    expect(events.find((x) => x.data?.taskUpdated.task.name === 'Install firewall')!.data!.taskUpdated.action).toBe('CREATED');
    sub.unsubscribe();
  });
});
