import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from './harness.js';

/**
 * Change numbers: each committed write to a project takes the project's next number; the mutation
 * returns it and the events it causes carry it, with the actor, so a client knows its own echo.
 */
let h: Harness;
let owner: TestUser;
let other: TestUser;
let projectId: string;

const EVENTS = `subscription($p: UUID!) { taskUpdated(projectId: $p) { action changeNumber actorId task { id name } } }`;
const UPDATE = `mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { changeNumber task { id version } } }`;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
  other = await h.user('Other');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "CHG", name: "Changes" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  await h.app.dataSource.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [projectId, other.id]);
});
afterAll(() => h?.close());

describe('change numbers', () => {
  it("a mutation returns its write's change number and its event carries the same number and actor; another person's change has its own", async () => {
    const sub = collect(h.ws(owner), EVENTS, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(1));
    const created = (await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Echo" }) { changeNumber task { id version } } }`, { p: projectId }, owner)).data!.taskCreate;
    expect(created.changeNumber).toBeGreaterThan(0);
    const mine = (await h.gql(UPDATE, { i: { id: created.task.id, version: created.task.version, durationDays: 3 } }, owner)).data!.taskUpdate;
    expect(mine.changeNumber).toBe(created.changeNumber + 1);
    const theirs = (await h.gql(UPDATE, { i: { id: created.task.id, version: mine.task.version, durationDays: 4 } }, other)).data!.taskUpdate;
    expect(theirs.changeNumber).toBe(mine.changeNumber + 1);

    const events = (await sub.until((e) => e.length >= 3)).map((e) => e.data!.taskUpdated);
    expect(events.map((e) => [e.action, e.changeNumber, e.actorId])).toEqual([
      ['CREATED', created.changeNumber, owner.id],
      ['UPDATED', mine.changeNumber, owner.id],
      ['UPDATED', theirs.changeNumber, other.id],
    ]);
    sub.unsubscribe();
  });

  it('a write that changes nothing takes no number; a failed one takes none either', async () => {
    const t = (await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Same" }) { changeNumber task { id version } } }`, { p: projectId }, owner)).data!.taskCreate;
    const same = await h.gql(UPDATE, { i: { id: t.task.id, version: t.task.version, name: 'Same' } }, owner);
    expect(same.data!.taskUpdate.changeNumber).toBeNull();
    const stale = await h.gql(UPDATE, { i: { id: t.task.id, version: t.task.version + 5, durationDays: 9 } }, owner);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const next = (await h.gql(UPDATE, { i: { id: t.task.id, version: t.task.version, durationDays: 2 } }, owner)).data!.taskUpdate;
    expect(next.changeNumber).toBe(t.changeNumber + 1);
  });

  it('numbers follow commit order under concurrent writers: events arrive in increasing number', async () => {
    const ids: { id: string; version: number }[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await h.gql(`mutation($p: UUID!, $n: String!) { taskCreate(input: { projectId: $p, name: $n }) { task { id version } } }`, { p: projectId, n: `Par ${i}` }, owner)).data!.taskCreate.task);
    }
    const sub = collect(h.ws(owner), EVENTS, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(1));
    const results = await Promise.all(ids.map((t, i) => h.gql(UPDATE, { i: { id: t.id, version: t.version, durationDays: i + 2 } }, i % 2 ? owner : other)));
    const numbers = results.map((r) => r.data!.taskUpdate.changeNumber as number);
    expect(new Set(numbers).size).toBe(6);
    const events = (await sub.until((e) => numbers.every((n) => e.some((x) => x.data!.taskUpdated.changeNumber === n)))).map((e) => e.data!.taskUpdated.changeNumber as number);
    expect(events).toEqual([...events].sort((a, b) => a - b));
    const [{ change }] = await h.app.dataSource.query(`SELECT change::int FROM project_changes WHERE project_id = $1`, [projectId]);
    expect(change).toBeGreaterThanOrEqual(Math.max(...numbers));
    sub.unsubscribe();
  });

  it('scheduleUpdated says which changes and whose it follows from', async () => {
    const t = (await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Sched", durationDays: 1 }) { task { id version } } }`, { p: projectId }, owner)).data!.taskCreate.task;
    const sub = collect(h.ws(owner), `subscription($p: UUID!) { scheduleUpdated(projectId: $p) { changeNumbers actorIds tasks { taskId } } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('SCHEDULE_UPDATED', projectId)).toBe(1));
    const r = (await h.gql(UPDATE, { i: { id: t.id, version: t.version, durationDays: 5 } }, other)).data!.taskUpdate;
    const [update] = (await sub.until((e) => e.some((x) => x.data!.scheduleUpdated.changeNumbers.includes(r.changeNumber)))).map((e) => e.data!.scheduleUpdated).filter((u) => u.changeNumbers.includes(r.changeNumber));
    expect(update.actorIds).toEqual([other.id]);
    expect(update.tasks.map((x: { taskId: string }) => x.taskId)).toContain(t.id);
    sub.unsubscribe();
  });
});
