import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { createLogger } from '../src/common/logger.js';
import { publishInTransaction } from '../src/common/events.js';
import { collect, startHarness, wsClient, type Harness, type TestUser } from './harness.js';

let h: Harness;
let second: App;
let secondUrl: string;
let owner: TestUser;
let projectId: string;

beforeAll(async () => {
  h = await startHarness();
  second = await createApp(h.config, { databaseUrl: h.databaseUrl, logger: createLogger('silent') });
  secondUrl = await second.listen(0, '127.0.0.1');
  owner = await h.user('Owner');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "EVT", name: "Events" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
});
afterAll(async () => {
  await second?.close();
  await h?.close();
});

const TASKS = `subscription($p: UUID!) { taskUpdated(projectId: $p) { action task { name percentComplete } } }`;

describe('events across instances', () => {
  it('a write on instance A reaches subscribers of instance B (and of A)', async () => {
    const onB = collect(wsClient(secondUrl, owner), TASKS, { p: projectId });
    const onA = collect(h.ws(owner), TASKS, { p: projectId });
    await vi.waitFor(() => {
      expect(second.hub.watching('TASK_UPDATED', projectId)).toBe(1);
      expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(1);
    });
    await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Cross-instance" }) { task { id } } }`, { p: projectId }, owner);
    for (const sub of [onA, onB]) {
      const evs = await sub.until((e) => e.length >= 1);
      expect(evs[0]!.data!.taskUpdated).toEqual({ action: 'CREATED', task: { name: 'Cross-instance', percentComplete: 0 } });
    }
    onA.unsubscribe();
    onB.unsubscribe();
  });

  it('nothing is delivered for a rolled-back write; the next committed one is', async () => {
    const sub = collect(h.ws(owner), TASKS, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(1));
    const t = (await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Kept" }) { task { id version } } }`, { p: projectId }, owner)).data!.taskCreate.task;
    await sub.until((e) => e.length >= 1);
    await expect(
      h.app.dataSource.transaction(async (m) => {
        await m.query(`UPDATE tasks SET name = 'Rolled back' WHERE id = $1`, [t.id]);
        await publishInTransaction(m, { type: 'task', projectId, action: 'UPDATED', ids: [t.id] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    // A bad write through the API is refused before anything is written or announced.
    const bad = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: t.id, version: t.version, percentComplete: 140 } }, owner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.percentComplete' });
    const kept = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: t.id, version: t.version, percentComplete: 30 } }, owner);
    expect(kept.errors).toBeUndefined();
    const evs = await sub.until((e) => e.length >= 2);
    expect(evs.map((e) => e.data!.taskUpdated.task)).toEqual([
      { name: 'Kept', percentComplete: 0 },
      { name: 'Kept', percentComplete: 30 },
    ]);
    sub.unsubscribe();
  });

  it('boardUpdated carries fresh aggregates to a subscriber on the other instance', async () => {
    const sub = collect(wsClient(secondUrl, owner), `subscription($p: UUID!) { boardUpdated(projectId: $p) { taskCount categories { category count } recentActivity { summary } } }`, { p: projectId });
    await vi.waitFor(() => expect(second.hub.watching('BOARD_UPDATED', projectId)).toBe(1));
    await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Board mover" }) { task { id } } }`, { p: projectId }, owner);
    const evs = await sub.until((e) => e.some((x) => x.data?.boardUpdated.recentActivity[0]?.summary.includes('Board mover')));
    const last = evs.at(-1)!.data!.boardUpdated;
    expect(last.taskCount).toBe(3);
    expect(last.recentActivity[0].summary).toBe('Owner created EVT-3 Board mover');
    sub.unsubscribe();
  });

  it('activityAdded and projectUpdated reach subscribers', async () => {
    const acts = collect(h.ws(owner), `subscription($p: UUID!) { activityAdded(projectId: $p) { field summary actor { name } } }`, { p: projectId });
    const proj = collect(h.ws(owner), `subscription($p: UUID!) { projectUpdated(projectId: $p) { name version } }`, { p: projectId });
    await vi.waitFor(() => {
      expect(h.app.hub.watching('ACTIVITY_ADDED', projectId)).toBe(1);
      expect(h.app.hub.watching('PROJECT_UPDATED', projectId)).toBe(1);
    });
    await h.gql(`mutation($i: ProjectUpdateInput!) { projectUpdate(input: $i) { project { version } } }`, { i: { id: projectId, version: 1, name: 'Events live' } }, owner);
    expect((await proj.until((e) => e.length >= 1))[0]!.data!.projectUpdated).toEqual({ name: 'Events live', version: 2 });
    expect((await acts.until((e) => e.length >= 1))[0]!.data!.activityAdded).toEqual({ field: 'name', summary: 'Owner renamed the project to Events live', actor: { name: 'Owner' } });
  });
});

describe('wall board token over the websocket', () => {
  it('receives boardUpdated for its project and nothing else', async () => {
    const bt = await h.gql(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Lobby") { token } }`, { p: projectId }, owner);
    const token = bt.data!.boardTokenCreate.token as string;
    const wall = wsClient(h.url, { bearer: token });
    const board = collect(wall, `subscription($p: UUID!) { boardUpdated(projectId: $p) { projectName taskCount } }`, { p: projectId });
    const tasks = collect(wall, `subscription($p: UUID!) { taskUpdated(projectId: $p) { task { name } } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('BOARD_UPDATED', projectId)).toBe(1));
    await tasks.until(() => tasks.done || tasks.events.length > 0);
    expect(((tasks.events[0]?.errors ?? []) as unknown as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('NOT_FOUND');
    await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Seen on the wall" }) { task { id } } }`, { p: projectId }, owner);
    const evs = await board.until((e) => e.length >= 1);
    expect(evs.at(-1)!.data!.boardUpdated.projectName).toBe('Events live');
    await wall.dispose();
  });

  it('closes the connection with 4403 for an invalid token', async () => {
    const bad = wsClient(h.url, { bearer: 'trl_wall_forged' });
    const sub = collect(bad, `subscription($p: UUID!) { boardUpdated(projectId: $p) { taskCount } }`, { p: projectId });
    await sub.until(() => sub.done);
    expect((sub.error as { code?: number }).code).toBe(4403);
    await bad.dispose();
  });
});

describe('revoking a wall token', () => {
  it('closes the walls that use it, on every instance', async () => {
    const bt = await h.gql(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Hall") { token boardToken { id } } }`, { p: projectId }, owner);
    const { token, boardToken } = bt.data!.boardTokenCreate;
    const wall = wsClient(secondUrl, { bearer: token });
    const sub = collect(wall, `subscription($p: UUID!) { boardUpdated(projectId: $p) { taskCount } }`, { p: projectId });
    await vi.waitFor(() => expect(second.hub.watching('BOARD_UPDATED', projectId)).toBe(1));
    await h.gql(`mutation($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { revokedAt } } }`, { id: boardToken.id }, owner);
    await sub.until(() => sub.done);
    expect((sub.error as { code?: number; reason?: string }).code).toBe(4403);
    await wall.dispose();
  });
});

describe('outline renumbering', () => {
  it('sends one outlineChanged for renumbered siblings instead of an event per task', async () => {
    const p = (await h.gql(`mutation { projectCreate(input: { key: "OUT", name: "Outline" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
    for (const name of ['One', 'Two', 'Three']) await h.gql(`mutation($p: UUID!, $n: String!) { taskCreate(input: { projectId: $p, name: $n }) { task { id } } }`, { p, n: name }, owner);
    const client = h.ws(owner);
    const tasks = collect(client, `subscription($p: UUID!) { taskUpdated(projectId: $p) { action task { name wbsCode } } }`, { p });
    const outline = collect(client, `subscription($p: UUID!) { outlineChanged(projectId: $p) { nodes { wbsCode position parentId } } }`, { p });
    await vi.waitFor(() => expect(h.app.hub.watching('OUTLINE_CHANGED', p)).toBe(1));
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', p)).toBe(1));
    await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Zero", position: 0 }) { task { id } } }`, { p }, owner);
    const o = await outline.until((e) => e.length >= 1);
    expect(o[0]!.data!.outlineChanged.nodes.map((n: { wbsCode: string }) => n.wbsCode)).toEqual(['1', '2', '3', '4']);
    const t = await tasks.until((e) => e.length >= 1);
    expect(t.map((e) => e.data!.taskUpdated)).toEqual([{ action: 'CREATED', task: { name: 'Zero', wbsCode: '1' } }]);
    await client.dispose();
  });
});

describe('removing a member', () => {
  it('ends their open subscriptions to that project', async () => {
    const p = (await h.gql(`mutation { projectCreate(input: { key: "RMV", name: "Removal" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
    const member = await h.user('Leaving');
    await h.join(p, member, 'MEMBER', owner);
    const sub = collect(h.ws(member), `subscription($p: UUID!) { taskUpdated(projectId: $p) { task { name } } }`, { p });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', p)).toBe(1));
    await h.gql(`mutation($p: UUID!, $u: UUID!) { memberRemove(projectId: $p, userId: $u) }`, { p, u: member.id }, owner);
    await sub.until(() => sub.done);
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', p)).toBe(0));
    await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "After they left" }) { task { id } } }`, { p }, owner);
    expect(sub.events).toEqual([]);
  });
});
