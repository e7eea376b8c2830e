import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createApp, type App } from '../src/app.js';
import { createLogger } from '../src/common/logger.js';
import { startHarness, type Harness, type TestUser } from './harness.js';

/**
 * The GraphQL websocket (and the collab one, for the Origin check) against the real server: rate
 * limits shared with HTTP, a stricter sign-in budget, subscription caps, sockets ended with their
 * session or token, and the Origin check.
 */

interface As {
  cookie?: string;
  bearer?: string;
  origin?: string;
  /** Sent as X-Forwarded-For (the servers here trust it), so each test has its own address. */
  address?: string;
}

interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client with chosen headers; `closed` resolves with the close code and reason. */
function socket(url: string, as: As = {}): { client: Client; closed: Promise<Closed> } {
  const headers: Record<string, string> = {};
  if (as.cookie) headers.cookie = as.cookie;
  if (as.origin) headers.origin = as.origin;
  if (as.address) headers['x-forwarded-for'] = as.address;
  let onClosed!: (c: Closed) => void;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams: as.bearer ? { authorization: `Bearer ${as.bearer}` } : undefined,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (e) => onClosed({ code: (e as Closed).code, reason: (e as Closed).reason }) },
  });
  opened.push(client);
  return { client, closed };
}
const opened: Client[] = [];

type Result = { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, any> }[] };

/** Runs one query or mutation over the socket. */
function exec(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  return new Promise((resolve) => {
    let result: Result = {};
    client.subscribe(
      { query, variables },
      {
        next: (v) => (result = v as Result),
        error: (e) => resolve({ errors: Array.isArray(e) ? e : [{ message: String((e as Closed).reason ?? e) }] }),
        complete: () => resolve(result),
      },
    );
  });
}

/** A long-lived subscription; `ended` resolves with how it ended (its errors, or nothing on complete). */
function follow(client: Client, query: string, variables: Record<string, unknown>) {
  const events: Result[] = [];
  let unsubscribe = () => {};
  const ended = new Promise<Result['errors'] | Closed | null>((resolve) => {
    unsubscribe = client.subscribe(
      { query, variables },
      { next: (v) => void events.push(v as Result), error: (e) => resolve(e as never), complete: () => resolve(null) },
    );
  });
  return { events, ended, unsubscribe };
}

/** POST /graphql with chosen headers. */
async function post(url: string, query: string, variables: Record<string, unknown> = {}, as: As = {}): Promise<Result & { status: number; setCookie: string | null }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as.cookie) headers.cookie = as.cookie;
  if (as.bearer) headers.authorization = `Bearer ${as.bearer}`;
  if (as.origin) headers.origin = as.origin;
  if (as.address) headers['x-forwarded-for'] = as.address;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, setCookie: res.headers.get('set-cookie'), ...((await res.json()) as Result) };
}

/** A bare websocket handshake: 101 and the open socket, or the refusal's status. */
function handshake(url: string, path: string, headers: Record<string, string>, protocol?: string): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const s = new WebSocket(url.replace('http', 'ws') + path, protocol, { headers });
    s.once('open', () => resolve({ status: 101, socket: s }));
    s.once('unexpected-response', (req, res) => {
      req.destroy();
      resolve({ status: res.statusCode ?? 0 });
    });
    s.once('error', reject);
  });
}

let n = 0;
const nextAddress = () => `203.0.113.${++n}`;
/** Some id no project has. */
const randomUUIDish = () => '00000000-0000-4000-8000-' + randomBytes(6).toString('hex');
const TASKS = `subscription($p: UUID!) { taskUpdated(projectId: $p) { action task { name } } }`;
const PUBLIC = 'https://trellis.example.test';
const ALLOWED = 'https://intranet.example.test';

let h: Harness;
let second: App;
let secondUrl: string;
let owner: TestUser;
let projectId: string;

beforeAll(async () => {
  h = await startHarness({
    TRUST_PROXY: 'true',
    PUBLIC_URL: PUBLIC,
    ALLOWED_ORIGINS: `${ALLOWED}, http://localhost:5173`,
    GRAPHQL_WS_RECHECK_SECONDS: '1',
    GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '3',
    GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_PERSON: '5',
  });
  // A second instance on the same database: revocations must reach its sockets too.
  second = await createApp(h.config, { databaseUrl: h.databaseUrl, logger: createLogger('silent') });
  secondUrl = await second.listen(0, '127.0.0.1');
  owner = await h.user('Owner');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "WSG", name: "Guarded" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.dispose()));
  await second?.close();
  await h?.close();
});

describe('rate limits on the socket', () => {
  let limited: Harness;
  beforeAll(async () => {
    limited = await startHarness({ TRUST_PROXY: 'true', GRAPHQL_RATE_LIMIT_PER_MINUTE: '6', GRAPHQL_AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => limited?.close());

  it('operations on the socket and HTTP requests spend one budget per person; past it the socket answers RATE_LIMITED', async () => {
    const busy = await limited.user('Busy');
    const calm = await limited.user('Calm');
    for (let i = 0; i < 3; i++) expect((await post(limited.url, `{ viewer { name } }`, {}, busy)).status).toBe(200);
    const { client } = socket(limited.url, { cookie: busy.cookie });
    for (let i = 0; i < 3; i++) expect((await exec(client, `{ viewer { name } }`)).data!.viewer.name).toBe('Busy');
    const over = await exec(client, `{ viewer { name } }`);
    expect(over.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(over.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
    // The same budget is spent over HTTP, whichever session or token the person uses.
    const overHttp = await post(limited.url, `{ viewer { name } }`, {}, busy);
    expect(overHttp.status).toBe(429);
    expect(overHttp.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    // Subscriptions are operations too.
    const sub = follow(client, TASKS, { p: randomUUIDish() });
    expect(((await sub.ended) as Result['errors'])![0]!.extensions!.code).toBe('RATE_LIMITED');
    // Someone else is not slowed down.
    const other = socket(limited.url, { cookie: calm.cookie }).client;
    expect((await exec(other, `{ viewer { name } }`)).data!.viewer.name).toBe('Calm');
  });

  it('an invented session cookie is no fresh budget: anonymous requests count per address', async () => {
    const address = nextAddress();
    const junk = () => ({ cookie: `trellis_session=${randomBytes(16).toString('hex')}`, address });
    for (let i = 0; i < 6; i++) expect((await post(limited.url, `{ viewer { id } }`, {}, junk())).status).toBe(200);
    const over = await post(limited.url, `{ viewer { id } }`, {}, junk());
    expect(over.status).toBe(429);
    expect(over.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    // The same address over the socket, with yet another invented cookie.
    const onSocket = await exec(socket(limited.url, junk()).client, `{ viewer { id } }`);
    expect(onSocket.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
  });

  it('signIn and signUp have a stricter per-address budget, shared by HTTP and the socket, and aliases count each', async () => {
    const guess = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }`;
    const victim = await limited.user('Victim');
    const address = nextAddress();
    const { client } = socket(limited.url, { address });
    for (let i = 0; i < 2; i++) {
      const r = await exec(client, guess, { e: victim.email, p: `wrong-${i}-password` });
      expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    expect((await post(limited.url, guess, { e: victim.email, p: 'wrong-2-password' }, { address })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    // The fourth attempt from this address, even with the right password, is refused on both paths.
    const overSocket = await exec(client, guess, { e: victim.email, p: victim.password });
    expect(overSocket.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(overSocket.data).toBeUndefined();
    const overHttp = await post(limited.url, guess, { e: victim.email, p: victim.password }, { address });
    expect(overHttp.status).toBe(429);
    expect(overHttp.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(overHttp.setCookie).toBeNull();

    // Four attempts under aliases in one request are four attempts: none runs.
    const mixed = await post(
      limited.url,
      `mutation($e: String!) {
        a: signIn(input: { email: $e, password: "guess-number-1" }) { user { id } }
        b: signUp(input: { email: "alias-1@example.test", name: "A", password: "long enough" }) { user { id } }
        ...More
      }
      fragment More on Mutation {
        c: signIn(input: { email: $e, password: "guess-number-2" }) { user { id } }
        d: signUp(input: { email: "alias-2@example.test", name: "B", password: "long enough" }) { user { id } }
      }`,
      { e: victim.email },
      { address: nextAddress() },
    );
    expect(mixed.status).toBe(429);
    expect(mixed.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(await limited.app.dataSource.query(`SELECT 1 FROM users WHERE email LIKE 'alias-%'`)).toEqual([]);

    // Another address signs in at once.
    const ok = await post(limited.url, guess, { e: victim.email, p: victim.password }, { address: nextAddress() });
    expect(ok.data!.signIn.user.id).toBe(victim.id);
  });
});

describe('subscription caps', () => {
  it('caps subscriptions per socket and per person with TOO_MANY_SUBSCRIPTIONS, and gives places back when they end', async () => {
    const person = await h.user('Watcher');
    await h.app.dataSource.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'VIEWER')`, [projectId, person.id]);
    const base = h.app.hub.watching('TASK_UPDATED', projectId);
    const a = socket(h.url, { cookie: person.cookie }).client;
    const onA = [0, 1, 2].map(() => follow(a, TASKS, { p: projectId }));
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(base + 3));
    const fourth = await follow(a, TASKS, { p: projectId }).ended;
    expect((fourth as Result['errors'])![0]!.extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'socket', max: 3 });

    // A second socket of the same person: two more, then the person's cap.
    const b = socket(h.url, { cookie: person.cookie }).client;
    const onB = [0, 1].map(() => follow(b, TASKS, { p: projectId }));
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(base + 5));
    const sixth = await follow(b, TASKS, { p: projectId }).ended;
    expect((sixth as Result['errors'])![0]!.extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'person', max: 5 });
    // Queries and mutations still run on a full socket.
    expect((await exec(b, `{ viewer { name } }`)).data!.viewer.name).toBe('Watcher');

    // Someone else is not counted with them.
    const other = socket(h.url, { cookie: owner.cookie }).client;
    const theirs = follow(other, TASKS, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(base + 6));

    // Ending one gives its place back; so does closing a socket.
    onA[0]!.unsubscribe();
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(base + 5));
    const again = follow(b, TASKS, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(base + 6));
    await a.dispose();
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(base + 4));
    const c = socket(h.url, { cookie: person.cookie }).client;
    const onC = [0, 1].map(() => follow(c, TASKS, { p: projectId }));
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', projectId)).toBe(base + 6));

    // The admitted ones deliver events.
    await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Counted" }) { task { id } } }`, { p: projectId }, owner);
    await vi.waitFor(() => expect([...onB, again, ...onC, theirs].every((s) => s.events.length === 1)).toBe(true));
    for (const s of [...onB, again, ...onC, theirs]) s.unsubscribe();
  });
});

describe('sockets end with their session or token, on every instance', () => {
  it('signing out (on one instance) closes the sockets that session opened (on another) with 4403; other sessions stay', async () => {
    const signedIn = await post(h.url, `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }`, {
      e: owner.email,
      p: owner.password,
    });
    const cookie = /trellis_session=[^;]+/.exec(signedIn.setCookie ?? '')![0];
    const before = second.hub.watching('TASK_UPDATED', projectId);
    const leaving = socket(secondUrl, { cookie });
    const staying = socket(secondUrl, { cookie: owner.cookie });
    const subLeaving = follow(leaving.client, TASKS, { p: projectId });
    const subStaying = follow(staying.client, TASKS, { p: projectId });
    await vi.waitFor(() => expect(second.hub.watching('TASK_UPDATED', projectId)).toBe(before + 2));

    expect((await post(h.url, `mutation { signOut }`, {}, { cookie })).data!.signOut).toBe(true);
    expect(await leaving.closed).toEqual({ code: 4403, reason: 'The session has ended: sign in again' });
    expect(await subLeaving.ended).toMatchObject({ code: 4403 });
    await vi.waitFor(() => expect(second.hub.watching('TASK_UPDATED', projectId)).toBe(before + 1));

    await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "After sign-out" }) { task { id } } }`, { p: projectId }, owner);
    await vi.waitFor(() => expect(subStaying.events.some((e) => e.data?.taskUpdated.task.name === 'After sign-out')).toBe(true));
    expect(subLeaving.events.some((e) => e.data?.taskUpdated.task.name === 'After sign-out')).toBe(false);
    subStaying.unsubscribe();
  });

  it('revoking a personal access token closes the sockets it opened, on every instance', async () => {
    const created = await h.gql(`mutation { accessTokenCreate(input: { name: "Report" }) { token accessToken { id } } }`, {}, owner);
    const { token, accessToken } = created.data!.accessTokenCreate;
    const onSecond = socket(secondUrl, { bearer: token });
    const onFirst = socket(h.url, { bearer: token });
    const subs = [follow(onSecond.client, TASKS, { p: projectId }), follow(onFirst.client, TASKS, { p: projectId })];
    for (const s of [onSecond, onFirst]) expect((await exec(s.client, `{ viewer { name } }`)).data!.viewer.name).toBe('Owner');

    await h.gql(`mutation($id: UUID!) { accessTokenRevoke(id: $id) { accessToken { revokedAt } } }`, { id: accessToken.id }, owner);
    for (const s of [onSecond, onFirst]) expect(await s.closed).toEqual({ code: 4403, reason: 'The access token was revoked' });
    for (const s of subs) expect(await s.ended).toMatchObject({ code: 4403 });
    // A new socket with it is refused outright.
    expect(await socket(h.url, { bearer: token }).closed).toMatchObject({ code: 4403 });
  });

  it('an expiring session closes its socket when it expires', async () => {
    const secret = randomBytes(32).toString('base64url');
    await h.app.dataSource.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (encode(sha256($1::bytea), 'hex'), $2, now() + interval '3 seconds')`,
      [secret, owner.id],
    );
    const s = socket(h.url, { cookie: `trellis_session=${secret}` });
    const sub = follow(s.client, TASKS, { p: projectId });
    expect(await s.closed).toEqual({ code: 4403, reason: 'The session has expired: sign in again' });
    expect(await sub.ended).toMatchObject({ code: 4403 });
  });

  it('a session removed without an event (here by hand) is found by the periodic check', async () => {
    const secret = randomBytes(32).toString('base64url');
    await h.app.dataSource.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (encode(sha256($1::bytea), 'hex'), $2, now() + interval '1 day')`,
      [secret, owner.id],
    );
    const s = socket(h.url, { cookie: `trellis_session=${secret}` });
    expect((await exec(s.client, `{ viewer { name } }`)).data!.viewer.name).toBe('Owner');
    await h.app.dataSource.query(`DELETE FROM sessions WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [secret]);
    expect(await s.closed).toEqual({ code: 4403, reason: 'The session has ended: sign in again' });
  });
});

describe('Origin check', () => {
  const own = () => h.url; // http://127.0.0.1:<port>

  it('refuses a foreign page carrying the session cookie (403), on /graphql and on /collab', async () => {
    for (const origin of ['https://evil.example.test', 'null', `http://127.0.0.1:1`]) {
      expect((await handshake(h.url, '/graphql', { origin, cookie: owner.cookie! }, 'graphql-transport-ws')).status).toBe(403);
      expect((await handshake(h.url, `/collab/project/${projectId}/wbs`, { origin, cookie: owner.cookie! })).status).toBe(403);
    }
    // Through graphql-ws, the foreign page gets no connection at all.
    const hijack = socket(h.url, { cookie: owner.cookie, origin: 'https://evil.example.test' });
    const r = await exec(hijack.client, `mutation { signOut }`);
    expect(r.data).toBeUndefined();
    expect((await post(h.url, `{ viewer { name } }`, {}, owner)).data!.viewer.name).toBe('Owner');
  });

  it('lets in pages of the server itself, of PUBLIC_URL and ALLOWED_ORIGINS, and clients that send no Origin', async () => {
    for (const origin of [own(), PUBLIC, ALLOWED, 'http://localhost:5173']) {
      const { client } = socket(h.url, { cookie: owner.cookie, origin });
      expect((await exec(client, `{ viewer { name } }`)).data!.viewer.name).toBe('Owner');
    }
    // A proxy that forwards the host the page was served from.
    const viaProxy = await handshake(h.url, '/graphql', { origin: 'https://app.example.test', 'x-forwarded-host': 'app.example.test' }, 'graphql-transport-ws');
    expect(viaProxy.status).toBe(101);
    viaProxy.socket!.close();
    // A reporting tool: no Origin, a bearer token.
    const created = await h.gql(`mutation { accessTokenCreate(input: { name: "Script" }) { token } }`, {}, owner);
    const script = socket(h.url, { bearer: created.data!.accessTokenCreate.token });
    expect((await exec(script.client, `{ viewer { name } }`)).data!.viewer.name).toBe('Owner');
    // The collab socket opens for the server's own pages (and then wants its ticket: 4401).
    const collab = await handshake(h.url, `/collab/project/${projectId}/wbs`, { origin: own() });
    expect(collab.status).toBe(101);
    expect(await new Promise<number>((r) => collab.socket!.once('close', (code) => r(code)))).toBe(4401);
  });
});
