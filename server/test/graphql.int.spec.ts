import { readdirSync, readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import path from 'node:path';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { printSdl } from '../src/schema.js';
import { collect, startHarness, type Harness, type TestUser } from './harness.js';

let h: Harness;
let owner: TestUser;

beforeAll(async () => {
  h = await startHarness({ GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_COST: '1000', GRAPHQL_MAX_BODY_BYTES: '20000' });
  owner = await h.user('Owner');
});
afterAll(() => h?.close());

describe('schema', () => {
  it('schema/schema.graphql is what the server runs (run `npm run schema:emit` after changing the API)', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printSdl(h.app.schema)).toBe(committed);
  });

  it('schema/_generated/graphql.ts is up to date with the schema (run `npm run codegen`)', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const config = (await import('../../schema/codegen.js')).default;
    const dir = path.resolve(import.meta.dirname, '../../schema');
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: dir, silent: true }, false);
    const out = outputs.find((o) => o.filename === '_generated/graphql.ts');
    expect(out!.content).toBe(readFileSync(path.join(dir, '_generated/graphql.ts'), 'utf8'));
  });

  it('the example queries for reporting tools are valid against the schema', () => {
    const dir = path.resolve(import.meta.dirname, '../../schema/examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(validate(h.app.schema, parse(readFileSync(path.join(dir, f), 'utf8'))).map((e) => `${f}: ${e.message}`)).toEqual([]);
  });

  it("every operation the web client sends is valid against the schema", async () => {
    const ops = (await import('../../client/src/lib/graphql/operations.js')) as Record<string, unknown>;
    // Typed documents: String objects whose text carries the fragments they use.
    const docs = Object.entries(ops)
      .map(([name, doc]) => [name, doc instanceof String ? doc.toString() : doc] as const)
      .filter((e): e is readonly [string, string] => typeof e[1] === 'string' && /^\s*(query|mutation|subscription|fragment)\b/.test(e[1]));
    expect(docs.length).toBeGreaterThan(20);
    for (const [name, doc] of docs) {
      // Fragments are checked in the operations that use them.
      if (/^\s*fragment\b/.test(doc)) continue;
      expect(validate(h.app.schema, parse(doc)).map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });

  it('the migrations produce exactly the schema the entities describe', async () => {
    const pending = await h.app.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http server audit with no failure', async () => {
    const results = await auditServer({ url: `${h.url}/graphql` });
    const failures = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failures).toEqual([]);
  });

  it('answers a reporting tool that uses a personal access token', async () => {
    const created = await h.gql(`mutation { accessTokenCreate(input: { name: "BI" }) { token accessToken { prefix } } }`, {}, owner);
    const token = created.data!.accessTokenCreate.token as string;
    expect(token).toMatch(/^trl_pat_/);
    const me = await h.gql(`{ viewer { name } accessTokens { name lastUsedAt } }`, {}, { bearer: token });
    expect(me.data!.viewer.name).toBe('Owner');
    expect(me.data!.accessTokens[0].lastUsedAt).not.toBeNull();
    const stored = await h.app.dataSource.query('SELECT token_hash FROM access_tokens');
    expect(stored[0].token_hash).not.toContain(token.slice(8));
  });

  it('refuses a bad bearer token with 401 UNAUTHENTICATED', async () => {
    const r = await h.gql(`{ viewer { name } }`, {}, { bearer: 'trl_pat_nope' });
    expect(r.status).toBe(401);
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('limits', () => {
  const deep = `{ viewer { id } project(key: "X") { tasks { nodes { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }`;
  it('rejects a query deeper than the limit, with a code, over HTTP', async () => {
    const r = await h.gql(deep, {}, owner);
    expect(r.status).toBe(400);
    expect(r.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors![0]!.message).toMatch(/depth limit of 8/);
  });

  it('rejects too many aliases', async () => {
    const r = await h.gql(`{ ${Array.from({ length: 8 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`, {}, owner);
    expect(r.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors![0]!.message).toMatch(/alias/i);
  });

  it('rejects a query over the cost budget', async () => {
    // Repeating a field costs every time it is written, even though the result merges them.
    const q = `{ projects { nodes { tasks { nodes { parent { parent { ${'name '.repeat(200)} } } } } } } }`;
    const r = await h.gql(q, {}, owner);
    expect(r.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors![0]!.message).toMatch(/cost/i);
  });

  it('rejects a body over the size limit with 413 and a code', async () => {
    const res = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { id } }`, variables: { pad: 'x'.repeat(30_000) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('applies the same limits to operations over the websocket', async () => {
    const client = h.ws(owner);
    const sub = collect(client, `subscription { a: taskUpdated(projectId: "00000000-0000-0000-0000-000000000000") { task { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }`, {});
    await sub.until((e) => sub.done || e.length > 0);
    const errors = ((sub.error as unknown[] | null) ?? sub.events[0]?.errors ?? []) as { message: string; extensions?: { code?: string } }[];
    expect(errors[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors[0]?.message).toMatch(/depth limit of 8/);
  });
});

describe('errors', () => {
  it('masks internal errors and gives a request id to quote', async () => {
    // A board for a project whose status rows vanish mid-flight cannot be built; simulate an internal
    // failure by querying while the tasks table is locked away under a rename.
    const p = await h.gql(`mutation { projectCreate(input: { key: "ERRS", name: "Errors" }) { project { id } } }`, {}, owner);
    await h.app.dataSource.query('ALTER TABLE task_statuses RENAME TO task_statuses_gone');
    try {
      const r = await h.gql(`query($id: UUID!) { project(id: $id) { statuses { id } } }`, { id: p.data!.projectCreate.project.id }, owner);
      expect(r.errors![0]!.message).toBe('Internal server error');
      expect(r.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(r.errors![0]!.extensions!.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(r.errors)).not.toMatch(/task_statuses/);
    } finally {
      await h.app.dataSource.query('ALTER TABLE task_statuses_gone RENAME TO task_statuses');
    }
  });

  it('names the field at fault for bad input', async () => {
    const r = await h.gql(`mutation { projectCreate(input: { key: "x", name: "Lower key" }) { project { id } } }`, {}, owner);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.key' });
  });

  it('never crashes on garbage: bad JSON, wrong types, unknown ids', async () => {
    const bad = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    const wrongType = await h.gql(`mutation { taskCreate(input: { projectId: 5, name: 7 }) { task { id } } }`, {}, owner);
    expect(wrongType.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const malformed = await h.gql(`query { task(id: "not-a-uuid") { id } }`, {}, owner);
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const unknown = await h.gql(`query { task(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, owner);
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await h.gql(`{ viewer { id } }`, {}, owner)).data!.viewer).not.toBeNull();
  });
});

describe('introspection', () => {
  it('is off in production unless enabled', async () => {
    const prod = await startHarness({ NODE_ENV: 'production' });
    try {
      const r = await prod.gql(`{ __schema { types { name } } }`);
      expect(r.errors![0]!.message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
    const r = await h.gql(`{ __schema { queryType { name } } }`);
    expect(r.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('subscriptions are authorized at subscribe time', () => {
  it('a stranger subscribing to a project gets NOT_FOUND and no events', async () => {
    const p = await h.gql(`mutation { projectCreate(input: { key: "SUBS", name: "Subs" }) { project { id } } }`, {}, owner);
    const projectId = p.data!.projectCreate.project.id;
    const stranger = await h.user('Stranger');
    const sub = collect(h.ws(stranger), `subscription($p: UUID!) { taskUpdated(projectId: $p) { task { name } } }`, { p: projectId });
    await sub.until(() => sub.done || sub.events.length > 0);
    const errs = (sub.events[0]?.errors ?? sub.error ?? []) as unknown as { extensions?: { code?: string } }[];
    expect(errs[0]?.extensions?.code).toBe('NOT_FOUND');
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(0));
  });
});

describe('the websocket endpoint survives bad clients', () => {
  const open = (protocol = 'graphql-transport-ws') =>
    new Promise<import('ws').WebSocket>((resolve, reject) => {
      const s = new WebSocket(`${h.url.replace('http', 'ws')}/graphql`, protocol);
      s.once('open', () => resolve(s));
      s.once('error', reject);
    });
  const closed = (s: import('ws').WebSocket) => new Promise<number>((r) => s.once('close', (code) => r(code)));

  it('closes a connection that sends garbage (4400) or too large a frame (1009), and keeps serving', async () => {
    const a = await open();
    const aClosed = closed(a);
    a.send('{not json');
    expect(await aClosed).toBe(4400);
    const b = await open();
    const bClosed = closed(b);
    b.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(30_000) } }));
    expect(await bClosed).toBe(1009);
    expect((await h.gql(`{ viewer { id } }`, {}, owner)).data!.viewer).not.toBeNull();
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED past the limit, per signed-in person', async () => {
    const limited = await startHarness({ GRAPHQL_RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const a = await limited.user('Busy');
      const b = await limited.user('Calm');
      for (let i = 0; i < 5; i++) expect((await limited.gql(`{ viewer { name } }`, {}, a)).status).toBe(200);
      const over = await limited.gql(`{ viewer { name } }`, {}, a);
      expect(over.status).toBe(429);
      expect(over.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
      expect((await limited.gql(`{ viewer { name } }`, {}, b)).data!.viewer.name).toBe('Calm');
    } finally {
      await limited.close();
    }
  });
});
