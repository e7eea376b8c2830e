/**
 * The live schedule of a watched project, updated from the one before after each change to
 * some tasks' scheduling fields, is the schedule a whole read and computation of the plan gives.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from '../../../test/harness.js';
import { loadPlan } from './plan-loader.js';
import { runEngine, scheduleServiceFor, SCHEDULE_TOPIC, toSchedule } from './schedule.service.js';

let h: Harness;
let owner: TestUser;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await h.gql(query, variables, owner);
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

const version = async (id: string) => (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id })).task.version as number;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Paula Planner');
});
afterAll(() => h?.close());

describe('the live schedule after changes to tasks', () => {
  it('is the schedule of the whole plan after durations, constraints, deadlines and progress change', async () => {
    const projectId = (await ok(`mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`, { i: { key: 'LIVE', name: 'Live', startDate: '2026-03-02' } })).projectCreate.project.id as string;
    const create = async (name: string, durationDays: number, parentId: string | null = null, kind = 'TASK') =>
      (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name, durationDays, kind, parentId } })).taskCreate.task.id as string;
    const phase = await create('Phase', 0, null, 'SUMMARY');
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await create(`Work ${i}`, 1 + (i % 4), i < 8 ? phase : null));
    const links: [number, number, string, number][] = [[0, 1, 'FS', 0], [1, 2, 'FS', 1], [0, 3, 'SS', 0], [3, 4, 'FF', -1], [2, 5, 'FS', 0], [4, 5, 'SF', 0], [5, 8, 'FS', 0], [6, 7, 'FS', 0], [7, 9, 'FS', 2], [8, 10, 'FS', 0], [9, 11, 'SS', 1]];
    for (const [a, b, type, lagDays] of links) {
      await ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: ids[a], successorId: ids[b], type, lagDays } });
    }
    await ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: phase, successorId: ids[10], type: 'FS', lagDays: 0 } });

    const sub = collect(h.ws(owner), `subscription($p: UUID!) { scheduleUpdated(projectId: $p) { changeNumbers } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching(SCHEDULE_TOPIC, projectId)).toBe(1));
    const service = scheduleServiceFor(h.app.hub)!;
    await service.current(projectId);

    const edits: [number, Record<string, unknown>][] = [
      [1, { durationDays: 6 }],
      [4, { durationDays: 0.5 }],
      [2, { schedule: { constraintType: 'SNET', constraintDate: '2026-03-20' } }],
      [5, { schedule: { deadline: '2026-03-12' } }],
      [0, { schedule: { actualStart: '2026-03-03' } }],
      [9, { schedule: { constraintType: 'ALAP' } }],
      [8, { durationDays: 9 }],
      [2, { schedule: { constraintType: 'ASAP' } }],
      [0, { schedule: { actualFinish: '2026-03-03' } }],
      [1, { durationDays: 2 }],
    ];
    let received = 0;
    let incremental = 0;
    for (const [k, edit] of edits) {
      const id = ids[k]!;
      if (edit.schedule) {
        await ok(`mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, { i: { id, version: await version(id), ...(edit.schedule as object) } });
      } else {
        await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id, version: await version(id), ...edit } });
      }
      // A change that moves something sends an update once its burst is computed; one that moves nothing sends none.
      await sub.until((e) => e.length > received, 3_000).catch(() => undefined);
      received = sub.events.length;
      const live = await service.current(projectId);
      if (live.memo.changedRows) incremental++;
      const loaded = await loadPlan(h.app.dataSource, projectId);
      const whole = toSchedule(projectId, loaded, runEngine(loaded.doc));
      expect(JSON.parse(JSON.stringify(live.schedule))).toEqual(JSON.parse(JSON.stringify(whole)));
      expect(live.schedule.tasks.map((t) => t.late)).toEqual(whole.tasks.map((t) => t.late));
    }
    // The updates were made from the schedule before, not by reading the plan again.
    expect(incremental).toBeGreaterThan(edits.length / 2);
    sub.unsubscribe();
  });
});
