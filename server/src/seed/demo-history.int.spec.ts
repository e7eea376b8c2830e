import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../test/harness.js';
import { seedDemo } from './demo.js';

/** The demo's ten weeks of history: its S-curve, burndown and exposure trend are real from the first start. */
let h: Harness;
let demo: TestUser;
let projectId: string;
const today = new Date();
const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await h.gql(query, variables, demo);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

beforeAll(async () => {
  h = await startHarness();
  const seeded = (await seedDemo(h.app.dataSource, h.app.services, today))!;
  const [u] = await h.app.dataSource.query(`SELECT id FROM users WHERE email = $1`, [seeded.email]);
  const me = await h.user('Reader');
  await h.app.dataSource.query(`UPDATE sessions SET user_id = $1 WHERE user_id = $2`, [u.id, me.id]);
  demo = { ...me, id: u.id };
  [{ id: projectId }] = await h.app.dataSource.query(`SELECT id FROM projects WHERE key = $1`, [seeded.projectKey]);
}, 180_000);
afterAll(() => h?.close());

describe('the demo history', () => {
  it('has a snapshot for every day of the ten weeks before today, with work burning down and scope growing', async () => {
    const snaps = (await ok(`query($p: UUID!) { project(id: $p) { snapshots { day percentComplete ev ac remainingDays totalDays openRiskExposure } } }`, { p: projectId })).project.snapshots;
    expect(snaps).toHaveLength(70);
    expect(snaps[0].day).toBe(daysAgo(70));
    expect(snaps.at(-1).day).toBe(daysAgo(1));
    const threeWeeksAgo = snaps.find((s: { day: string }) => s.day === daysAgo(21));
    const last = snaps.at(-1);
    expect(last.percentComplete).toBeGreaterThan(threeWeeksAgo.percentComplete);
    expect(last.ev).toBeGreaterThan(0);
    expect(last.ac).toBeGreaterThan(0);
    // The payroll interface grew by three days after the baseline.
    expect(last.totalDays).toBeGreaterThan(snaps.find((s: { day: string }) => s.day === daysAgo(25)).totalDays);
    expect(snaps[0].openRiskExposure).toBeLessThan(last.openRiskExposure);
  });

  it('draws the S-curve from the recorded past, and answers as of two weeks ago', async () => {
    const ev = (await ok(`query($p: UUID!, $d: LocalDate!) { project(id: $p) { earnedValue(statusDate: $d) { project { ev } series { date ev ac } } } }`, { p: projectId, d: daysAgo(0) })).project.earnedValue;
    const past = ev.series.filter((p: { ev: number | null }) => p.ev !== null).map((p: { ev: number }) => p.ev);
    expect(past.length).toBeGreaterThan(2);
    // Cumulative and growing, and ending at today's earned value.
    for (let i = 1; i < past.length; i++) expect(past[i]).toBeGreaterThanOrEqual(past[i - 1]);
    expect(past.at(-1)).toBeCloseTo(ev.project.ev, 0);
    const then = (await ok(`query($p: UUID!, $d: LocalDate) { project(id: $p) { earnedValue(asOf: $d) { project { ev ac } } board(asOf: $d) { percentComplete } } }`, { p: projectId, d: daysAgo(14) })).project;
    expect(then.earnedValue.project.ev).toBeLessThan(ev.project.ev);
    expect(then.board.percentComplete).toBeGreaterThan(0);
  });
});
