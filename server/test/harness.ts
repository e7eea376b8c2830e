import 'reflect-metadata';
import type { Clock } from '../src/common/clock.js';
import { createHash, randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { createLogger } from '../src/common/logger.js';
import { hashPassword } from '../src/modules/user/auth.service.js';
import { createTestDatabase, dropTestDatabase } from './db.js';

export interface Credentials {
  /** `Cookie` header value for a signed-in session, or a bearer token. */
  cookie?: string;
  bearer?: string;
}

export interface TestUser extends Credentials {
  id: string;
  email: string;
  name: string;
  password: string;
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

export interface Harness {
  app: App;
  url: string;
  databaseUrl: string;
  config: Config;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: Credentials): Promise<GqlResult<T>>;
  user(name?: string): Promise<TestUser>;
  /** `by` invites `who` with `role` and `who` accepts the link, as people join a project. */
  join(projectId: string, who: Credentials & { email: string }, role: string, by: Credentials): Promise<void>;
  ws(as?: Credentials): Client;
  close(): Promise<void>;
}

let counter = 0;

/** A graphql-ws client for the server at `url`, signed in with a session cookie or a bearer token. */
export function wsClient(url: string, as?: Credentials): Client {
  return createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: as?.cookie ? { cookie: as.cookie } : {} });
      }
    },
    connectionParams: as?.bearer ? { authorization: `Bearer ${as.bearer}` } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
}

/** The real app on port 0 over a fresh cloned database. */
export async function startHarness(env: Record<string, string> = {}, opts: { clock?: Clock } = {}): Promise<Harness> {
  const databaseUrl = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...env });
  const logger = createLogger(process.env.TEST_LOG ? 'debug' : 'silent');
  const app = await createApp(config, { databaseUrl, logger, ...opts });
  const url = await app.listen(0, '127.0.0.1');
  const sockets: Client[] = [];

  const gql: Harness['gql'] = async (query, variables, as) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (as?.cookie) headers.cookie = as.cookie;
    if (as?.bearer) headers.authorization = `Bearer ${as.bearer}`;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult;
    return { status: res.status, data: body.data as never, errors: body.errors };
  };

  const user: Harness['user'] = async (name) => {
    counter++;
    const n = name ?? `User ${counter}`;
    const email = `${n.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}.${randomBytes(3).toString('hex')}@example.test`;
    const password = 'correct horse battery';
    const [u] = await app.dataSource.query(
      `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
      [email, n, await hashPassword(password)],
    );
    const secret = randomBytes(32).toString('base64url');
    await app.dataSource.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      createHash('sha256').update(secret).digest('hex'),
      u.id,
    ]);
    return { id: u.id, email, name: n, password, cookie: `trellis_session=${secret}` };
  };

  const join: Harness['join'] = async (projectId, who, role, by) => {
    const invite = await gql(`mutation($i: MemberInviteInput!) { memberInvite(input: $i) { token } }`, { i: { projectId, email: who.email, role } }, by);
    if (invite.errors) throw new Error(`join: invite: ${JSON.stringify(invite.errors)}`);
    const accept = await gql(`mutation($t: String!) { invitationAccept(token: $t) { project { id } } }`, { t: invite.data!.memberInvite.token }, who);
    if (accept.errors) throw new Error(`join: accept: ${JSON.stringify(accept.errors)}`);
  };

  const ws: Harness['ws'] = (as) => {
    const client = wsClient(url, as);
    sockets.push(client);
    return client;
  };


  return {
    app,
    url,
    databaseUrl,
    config,
    gql,
    user,
    join,
    ws,
    close: async () => {
      await Promise.all(sockets.map((s) => s.dispose()));
      await app.close();
      await dropTestDatabase(databaseUrl);
    },
  };
}

/** Collects the events of one subscription; `next(n)` waits for the n-th. */
export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown>) {
  const events: { data?: T; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[] = [];
  let done = false;
  let error: unknown = null;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        events.push(v as never);
        wake();
      },
      error: (e) => {
        error = e;
        done = true;
        wake();
      },
      complete: () => {
        done = true;
        wake();
      },
    },
  );
  return {
    events,
    get done() {
      return done;
    },
    get error() {
      return error;
    },
    unsubscribe,
    /** Resolves when at least `n` events arrived or the stream ended; rejects after `ms`. */
    async until(pred: (evs: typeof events) => boolean, ms = 15_000): Promise<typeof events> {
      const deadline = Date.now() + ms;
      while (!pred(events) && !done) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`subscription: condition not met in ${ms} ms (${events.length} events: ${JSON.stringify(events).slice(0, 600)})`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      return events;
    },
  };
}

