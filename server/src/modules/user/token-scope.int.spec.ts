import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * Personal access token scopes and expiry: a read-only token reads and subscribes but every
 * mutation of the schema is FORBIDDEN; an expired token is UNAUTHENTICATED and says so.
 */
const sdl = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../schema/schema.graphql'), 'utf8');
const schema = buildSchema(sdl);

/** A value the type accepts (required fields only), so the request reaches the resolver. */
function sample(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, depth);
  if (isListType(type)) return [sample(type.ofType as GraphQLInputType, depth)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) if (isNonNullType(f.type) && depth < 4) out[f.name] = sample(f.type, depth + 1);
    return out;
  }
  if (isScalarType(named)) {
    const byName: Record<string, unknown> = {
      String: 'x', ID: randomUUID(), UUID: randomUUID(), Int: 1, Float: 1, Boolean: true,
      LocalDate: '2026-03-02', DateTimeISO: '2026-03-02T09:00:00.000Z', JSON: {},
    };
    return byName[named.name] ?? 'x';
  }
  return null;
}

let h: Harness;
let owner: TestUser;
let projectId: string;
let readToken: string;
let writeToken: string;

const createToken = async (input: Record<string, unknown>) => {
  const r = await h.gql(`mutation($i: AccessTokenCreateInput!) { accessTokenCreate(input: $i) { token accessToken { id scope expiresAt } } }`, { i: input }, owner);
  return r;
};

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "TS", name: "Token scopes" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  readToken = (await createToken({ name: 'Power BI', scope: 'READ' })).data!.accessTokenCreate.token;
  writeToken = (await createToken({ name: 'Script', scope: 'READ_WRITE', expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() })).data!.accessTokenCreate.token;
});
afterAll(() => h?.close());

describe('personal access token scopes', () => {
  it('lists each token with its scope and expiry', async () => {
    const r = await h.gql(`{ accessTokens { name scope expiresAt } }`, {}, owner);
    expect(r.errors).toBeUndefined();
    const tokens = r.data!.accessTokens as { name: string; scope: string; expiresAt: string | null }[];
    expect(tokens.find((t) => t.name === 'Power BI')).toMatchObject({ scope: 'READ', expiresAt: null });
    expect(tokens.find((t) => t.name === 'Script')).toMatchObject({ scope: 'READ_WRITE' });
    expect(tokens.find((t) => t.name === 'Script')!.expiresAt).not.toBeNull();
  });

  it('a read-only token reads', async () => {
    const r = await h.gql(`query($id: UUID!) { project(id: $id) { name } portfolio { projects { name } } }`, { id: projectId }, { bearer: readToken });
    expect(r.errors).toBeUndefined();
    expect(r.data!.project.name).toBe('Token scopes');
    expect(r.data!.portfolio.projects.map((p: { name: string }) => p.name)).toEqual(['Token scopes']);
  });

  it('a read-only token is refused by every mutation of the schema with FORBIDDEN, and nothing is written', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(50);
    const before = await h.app.dataSource.query(`SELECT (SELECT count(*) FROM projects) AS p, (SELECT count(*) FROM tasks) AS t, (SELECT count(*) FROM activities) AS a, (SELECT count(*) FROM access_tokens) AS k`);
    const wrong: string[] = [];
    for (const field of mutations) {
      const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : '{ __typename }';
      const query = `mutation${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
      const variables = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)]));
      const r = await h.gql(query, variables, { bearer: readToken });
      const code = r.errors?.[0]?.extensions?.code;
      if (code !== 'FORBIDDEN') wrong.push(`${field.name}: ${code ?? 'no error'} ${r.errors?.[0]?.message ?? ''}`);
    }
    expect(wrong).toEqual([]);
    const after = await h.app.dataSource.query(`SELECT (SELECT count(*) FROM projects) AS p, (SELECT count(*) FROM tasks) AS t, (SELECT count(*) FROM activities) AS a, (SELECT count(*) FROM access_tokens) AS k`);
    expect(after).toEqual(before);
  });

  it('the refusal says why', async () => {
    const r = await h.gql(`mutation { projectCreate(input: { key: "RO", name: "Nope" }) { project { id } } }`, {}, { bearer: readToken });
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/read-only/);
  });

  it('a read-write token writes', async () => {
    const r = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { name } } }`, { i: { projectId, name: 'Written by a script', durationDays: 1 } }, { bearer: writeToken });
    expect(r.errors).toBeUndefined();
    expect(r.data!.taskCreate.task.name).toBe('Written by a script');
  });

  it('a read-only token subscribes over the websocket and hears changes', async () => {
    const sub = collect(h.ws({ bearer: readToken }), `subscription($p: UUID!) { boardUpdated(projectId: $p) { taskCount } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('BOARD_UPDATED' as never, projectId)).toBe(1));
    const r = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Heard live', durationDays: 1 } }, owner);
    expect(r.errors).toBeUndefined();
    const [event] = await sub.until((e) => e.length > 0, 10_000);
    expect(event!.errors).toBeUndefined();
    expect(event!.data!.boardUpdated.taskCount).toBeGreaterThanOrEqual(2);
    sub.unsubscribe();
  });
});

describe('personal access token expiry', () => {
  it('refuses an expiry in the past or too far away, naming the field', async () => {
    const past = await createToken({ name: 'Old', expiresAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
    const far = await createToken({ name: 'Forever', expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString() });
    expect(far.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
  });

  it('an expired token is UNAUTHENTICATED with a clear message, over HTTP and the websocket', async () => {
    const created = (await createToken({ name: 'Short-lived', scope: 'READ', expiresAt: new Date(Date.now() + 86_400_000).toISOString() })).data!.accessTokenCreate;
    expect((await h.gql(`{ viewer { name } }`, {}, { bearer: created.token })).data!.viewer.name).toBe('Owner');
    // A day later: the expiry has passed.
    await h.app.dataSource.query(`UPDATE access_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [created.accessToken.id]);
    const r = await h.gql(`{ viewer { name } }`, {}, { bearer: created.token });
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(r.errors![0]!.message).toMatch(/expired/);
    const sub = collect(h.ws({ bearer: created.token }), `subscription($p: UUID!) { boardUpdated(projectId: $p) { taskCount } }`, { p: projectId });
    await sub.until(() => sub.done || sub.events.length > 0);
    expect(sub.events.filter((e) => e.data)).toEqual([]);
    expect(String((sub.error as { reason?: string } | null)?.reason ?? JSON.stringify(sub.events[0]?.errors ?? ''))).toMatch(/token/i);
  });

  it('a socket opened with a token ends when the token expires', async () => {
    const created = (await createToken({ name: 'Expiring live', scope: 'READ', expiresAt: new Date(Date.now() + 86_400_000).toISOString() })).data!.accessTokenCreate;
    // The token has a moment left when the wall-style client subscribes.
    await h.app.dataSource.query(`UPDATE access_tokens SET expires_at = now() + interval '1500 milliseconds' WHERE id = $1`, [created.accessToken.id]);
    const sub = collect(h.ws({ bearer: created.token }), `subscription($p: UUID!) { boardUpdated(projectId: $p) { taskCount } }`, { p: projectId });
    await sub.until(() => sub.done, 15_000);
    expect(String((sub.error as { reason?: string } | null)?.reason ?? '')).toMatch(/access token has expired/);
  });
});
