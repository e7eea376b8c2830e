import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/** What the feed and the wall say about real changes: plain words, typed dates and money, bursts. */
let h: Harness;
let owner: TestUser;

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await h.gql(query, variables, owner);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

const PARTS = 'parts { kind text date amount currency } burstKey burstParts { kind text }';
const FEED = `query($id: UUID!) { project(id: $id) { activity(first: 100) { nodes { summary ${PARTS} } } } }`;
type Part = { kind: string; text: string; date: string | null; amount: number | null; currency: string | null };
type Row = { summary: string; parts: Part[]; burstKey: string; burstParts: Part[] };

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Alex Morgan');
});
afterAll(() => h?.close());

describe('activity lines from real changes', () => {
  it('names the item, keeps dates and money typed, and never shows a table name or a timestamp', async () => {
    const projectId = (await ok(`mutation { projectCreate(input: { key: "ACT", name: "Activity", startDate: "2027-01-04", currency: "EUR" }) { project { id } } }`)).projectCreate.project.id;
    const t = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name: 'Data migration', durationDays: 5 } })).taskCreate.task;
    await ok(`mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, { i: { id: t.id, version: t.version, constraintType: 'SNET', constraintDate: '2027-01-11T08:00' } });
    for (let i = 0; i < 10; i++) await ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: t.id, date: '2027-01-12', amount: 1200 } });

    const rows = (await ok(FEED, { id: projectId })).project.activity.nodes as Row[];
    const summaries = rows.map((r) => r.summary);
    expect(summaries).toContain('Alex Morgan set ACT-1 Data migration to start no earlier than Mon 11 Jan 2027');
    expect(summaries.filter((s) => s === 'Alex Morgan recorded €1,200 of cost on ACT-1 Data migration')).toHaveLength(10);
    for (const s of summaries) expect(s).not.toMatch(/cost_entry|assignment\b|constraint to|\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);

    const constraint = rows.find((r) => r.summary.includes('no earlier than'))!;
    expect(constraint.parts.at(-1)).toMatchObject({ kind: 'DATE', date: '2027-01-11', text: 'Mon 11 Jan 2027' });
    const cost = rows.find((r) => r.summary.startsWith('Alex Morgan recorded'))!;
    expect(cost.parts.find((p) => p.kind === 'MONEY')).toMatchObject({ amount: 1200, currency: 'EUR' });

    // The ten cost entries are one burst the feed folds: same key, one line with the count left to the reader.
    const costs = rows.filter((r) => r.summary.startsWith('Alex Morgan recorded'));
    expect(new Set(costs.map((r) => r.burstKey)).size).toBe(1);
    expect(costs[0]!.burstParts.map((p) => (p.kind === 'COUNT' ? '10' : p.text)).join('')).toBe('Alex Morgan recorded 10 cost entries');
    expect(constraint.burstKey).not.toBe(costs[0]!.burstKey);
  });

  it('the wall board gets the same lines and burst keys', async () => {
    const projectId = (await ok(`mutation { projectCreate(input: { key: "WAL", name: "Wall", startDate: "2027-01-04" }) { project { id } } }`)).projectCreate.project.id;
    const t = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Old task' } })).taskCreate.task;
    await ok(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: t.id });
    const token = (await ok(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Lobby") { token } }`, { p: projectId })).boardTokenCreate.token;
    const r = await h.gql(`{ wallBoard { recentActivity { summary ${PARTS} } } }`, {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    const lines = (r.data!.wallBoard.recentActivity as Row[]).map((a) => a.summary);
    expect(lines).toContain('Alex Morgan archived WAL-1 Old task');
    expect(lines).toContain('Alex Morgan created the wall board link Lobby');
  });
});
