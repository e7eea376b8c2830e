import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * Two people editing one project at the same moment never fail each other with a deadlock.
 *
 * Every write to a project's plan bumps its plan version in one row per project, at the end of the
 * writing statement. A write that rolls a leaf's change up holds that row and then updates the
 * summaries above the leaf; an edit of the summary itself that locked the summary's row first and
 * reached for the version row afterwards would wait on the roll-up while the roll-up waits on it.
 * Every write that locks a task row takes the project lock first, so they queue instead.
 */

let h: Harness;
let owner: TestUser;

const CREATE = `mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id } } }`;
const UPDATE = `mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id version } } }`;
const SCHEDULE = `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id version } } }`;
const VERSION = `query($id: UUID!) { task(id: $id) { version } }`;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Olivia Owner');
});
afterAll(async () => {
  await h?.close();
});

async function create(projectId: string, name: string, parentId: string | null): Promise<string> {
  const r = await h.gql(CREATE, { input: { projectId, name, parentId } }, owner);
  expect(r.errors).toBeUndefined();
  return r.data!.taskCreate.task.id;
}

const version = async (id: string): Promise<number> => ((await h.gql(VERSION, { id }, owner)).data!.task as { version: number }).version;

describe('concurrent edits of a summary and of the work under it', () => {
  it('all succeed: a description or a deadline on the summary while its leaves change percent', async () => {
    const p = await h.gql(`mutation { projectCreate(input: { key: "LOCKS", name: "Lock order" }) { project { id } } }`, {}, owner);
    expect(p.errors).toBeUndefined();
    const projectId = p.data!.projectCreate.project.id as string;
    const summary = await create(projectId, 'Release', null);
    const leaves = [await create(projectId, 'Build', summary), await create(projectId, 'Test', summary)];
    const failures: unknown[] = [];
    for (let round = 0; round < 20; round++) {
      const [sv, ...lv] = await Promise.all([version(summary), ...leaves.map(version)]);
      const edits = [
        round % 2 === 0
          ? h.gql(UPDATE, { i: { id: summary, version: sv, description: `Round ${round}` } }, owner)
          : h.gql(SCHEDULE, { i: { id: summary, version: sv, deadline: `2027-0${1 + (round % 9)}-15` } }, owner),
        ...leaves.map((id, k) => h.gql(UPDATE, { i: { id, version: lv[k], percentComplete: (round * 7 + k * 13) % 100 } }, owner)),
      ];
      for (const r of await Promise.all(edits)) if (r.errors) failures.push(r.errors);
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
