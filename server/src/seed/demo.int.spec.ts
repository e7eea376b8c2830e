import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rollUpTree, summaryPercent, type RollupCategory, type RollupKind } from '@trellis/schema/rollup';
import { startHarness, type Harness } from '../../test/harness.js';
import { isSystem, type Actor } from '../common/actor.js';
import { seedDemo, type DemoResult } from './demo.js';

/**
 * The demo is built by Trellis itself, through the same services a request uses, as the system
 * actor acting for the demo's first person: the activity log names that person, never "Trellis".
 */
let h: Harness;
let demo: DemoResult;
const actors: Actor[] = [];

beforeAll(async () => {
  h = await startHarness();
  const services = h.app.services;
  for (const svc of [services.projects, services.tasks]) {
    for (const method of ['create', 'update'] as const) {
      const original = svc[method].bind(svc) as (actor: Actor, ...rest: unknown[]) => Promise<unknown>;
      vi.spyOn(svc, method).mockImplementation(((actor: Actor, ...rest: unknown[]) => {
        actors.push(actor);
        return original(actor, ...rest);
      }) as never);
    }
  }
  demo = (await seedDemo(h.app.dataSource, services, new Date('2026-03-16T12:00:00Z')))!;
}, 120_000);
afterAll(async () => {
  vi.restoreAllMocks();
  await h?.close();
});

describe('the demo seed', () => {
  it('calls the services as the system actor', () => {
    expect(actors.length).toBeGreaterThan(40);
    expect(actors.every((a) => isSystem(a))).toBe(true);
  });

  it('records its work under the demo person, as the activity log shows', async () => {
    const rows: { name: string | null; n: string }[] = await h.app.dataSource.query(
      `SELECT u.name, count(*) AS n FROM activities a LEFT JOIN users u ON u.id = a.actor_id GROUP BY u.name`,
    );
    // All of it, but the charter's approval: that is the sponsor's own decision.
    expect(rows.map((r) => [r.name, Number(r.n)]).sort()).toEqual([['Alex Morgan', expect.any(Number)], ['Eva Lindqvist', 1]].sort());
    const decisions: { decision: string; name: string }[] = await h.app.dataSource.query(
      `SELECT d.decision, u.name FROM charter_decisions d JOIN users u ON u.id = d.actor_id ORDER BY d.created_at, d.decision DESC`,
    );
    expect(decisions).toEqual([
      { decision: 'SUBMITTED', name: 'Alex Morgan' },
      { decision: 'APPROVED', name: 'Eva Lindqvist' },
    ]);

    const signIn = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { name } } }`, variables: { e: demo.email, p: demo.password } }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const r = await h.gql(`{ project(key: "ERP") { activity(first: 20) { nodes { actor { name } summary } } } }`, {}, { cookie });
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.project.activity.nodes as { actor: { name: string } | null; summary: string }[];
    expect(nodes.length).toBe(20);
    for (const n of nodes) {
      expect(n.actor?.name).toBe('Alex Morgan');
      expect(n.summary).toMatch(/^Alex Morgan /);
    }
  });
  it("gives the demo project's summaries the roll-up of their work", async () => {
    const rows: { id: string; parent_id: string | null; kind: RollupKind; d: number; pct: number; category: RollupCategory; rollup_percent: number | null; rollup_state: string | null }[] =
      await h.app.dataSource.query(
        `SELECT t.id, t.parent_id, t.kind, t.duration_days::float8 AS d, t.percent_complete AS pct, s.category, t.rollup_percent, t.rollup_state
           FROM tasks t JOIN task_statuses s ON s.id = t.status_id JOIN projects p ON p.id = t.project_id
          WHERE p.key = $1 AND t.archived_at IS NULL`,
        [demo.projectKey],
      );
    const rule = rollUpTree(rows.map((r) => ({ id: r.id, parentId: r.parent_id, kind: r.kind, durationDays: r.d, percentComplete: r.pct, category: r.category })));
    const summaries = rows.filter((r) => rule.summaries.has(r.id));
    expect(summaries.length).toBeGreaterThan(3);
    // Part of the demo's work is done: its top summaries are under way.
    expect(summaries.some((r) => r.rollup_state === 'STARTED' && r.rollup_percent! > 0)).toBe(true);
    for (const r of rows) {
      const want = rule.summaries.get(r.id);
      expect({ id: r.id, percent: r.rollup_percent, state: r.rollup_state }).toEqual({ id: r.id, percent: want ? summaryPercent(want) : null, state: want?.state ?? null });
    }
  });

  it('publishes two status reports with their health frozen', async () => {
    const rows: { number: number; status: string; overall: string | null; narrative: string }[] = await h.app.dataSource.query(
      `SELECT r.number, r.status, r.overall, r.snapshot ->> 'narrative' AS narrative FROM status_reports r JOIN projects p ON p.id = r.project_id WHERE p.key = $1 ORDER BY r.number`,
      [demo.projectKey],
    );
    expect(rows.map((r) => [r.number, r.status])).toEqual([[1, 'PUBLISHED'], [2, 'PUBLISHED']]);
    expect(rows.every((r) => ['GREEN', 'AMBER', 'RED'].includes(r.overall!))).toBe(true);
    expect(rows[1]!.narrative).toContain('Decision needed');
  });
});
