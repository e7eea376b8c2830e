import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    expect(rows.map((r) => r.name)).toEqual(['Alex Morgan']);

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
});
