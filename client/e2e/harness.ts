/**
 * Browser-test harness: the real built server (server/dist/main.js) serving the built client
 * (client/build) over a fresh database, and Debian Chromium driven by playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../../server/test/db.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
export const DEMO_EMAIL = 'admin@trellis.local';
const SERVER_ENTRY = path.join(ROOT, 'server', 'dist', 'main.js');
const CLIENT_INDEX = path.join(ROOT, 'client', 'build', 'index.html');
const START_TIMEOUT_MS = 60_000;

export interface E2EServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  databaseUrl: string;
  demoPassword: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  /** Stops the process (SIGTERM) and starts a new one on the same port and database. */
  restart(): Promise<void>;
  /** Stops the process only; `start()` brings it back. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Stops the process and drops the database. */
  close(): Promise<void>;
}

function assertBuilt(): void {
  const missing = [SERVER_ENTRY, CLIENT_INDEX].filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(`Browser tests need the built app; missing ${missing.map((f) => path.relative(ROOT, f)).join(', ')}. Run \`npm run build\` first.`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The test runner's environment without what would change how the server runs (vitest sets NODE_ENV=test). */
function serverBaseEnv(): NodeJS.ProcessEnv {
  // REDIS_URL too: the browser tests run the default event path (NOTIFY); server tests cover Redis.
  const { NODE_ENV: _n, DATA_DIR: _d, CLIENT_DIR: _c, PUBLIC_URL: _p, REDIS_URL: _r, ...rest } = process.env;
  return rest;
}

const DEMO_LINE = /Demo sign-in \(shown once, keep it\): (\S+) \/ (\S+)/;
const RUNNING_LINE = /Trellis is running at (\S+)/;

/** Starts the built server on a free port over a fresh, migrated database with the demo seeded. */
export async function startServer(): Promise<E2EServer> {
  assertBuilt();
  const databaseUrl = await createTestDatabase();
  const port = await freePort();
  let proc: ChildProcess | null = null;
  let log = '';
  let demoPassword = '';

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [SERVER_ENTRY], {
        cwd: ROOT,
        env: {
          ...serverBaseEnv(),
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          SEED_DEMO: 'true',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      proc = child;
      let ready = false;
      let runLog = '';
      const timer = setTimeout(() => {
        if (!ready) {
          child.kill('SIGKILL');
          reject(new Error(`The server did not start within ${START_TIMEOUT_MS / 1000}s. Output:\n${log}`));
        }
      }, START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        runLog += chunk.toString();
        // The password is printed on the first start only (a restart over the same database keeps it).
        const demo = DEMO_LINE.exec(runLog);
        if (demo) demoPassword = demo[2]!;
        if (!ready && RUNNING_LINE.test(runLog)) {
          ready = true;
          clearTimeout(timer);
          if (demoPassword) resolve();
          else reject(new Error(`The server started but printed no demo sign-in line. Output:\n${log}`));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (c: Buffer) => {
        log += c.toString();
        runLog += c.toString();
      });
      child.on('exit', (code, signal) => {
        if (!ready) {
          clearTimeout(timer);
          reject(new Error(`The server exited before it was ready (code ${code}, signal ${signal}). Output:\n${log}`));
        }
      });
    });

  const waitHealthy = async () => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`The server never answered /healthz. Output:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const kill = async () => {
    const p = proc as ChildProcess | null;
    proc = null;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => p.kill('SIGKILL'), 10_000);
      p.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      p.kill('SIGTERM');
    });
  };

  const start = async () => {
    await launch();
    await waitHealthy();
  };

  try {
    await start();
  } catch (e) {
    await kill();
    await dropTestDatabase(databaseUrl).catch(() => {});
    throw e;
  }
  if (!demoPassword) throw new Error(`No demo password in the server output:\n${log}`);

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    databaseUrl,
    demoPassword,
    output: () => log,
    kill,
    start,
    restart: async () => {
      await kill();
      await start();
    },
    close: async () => {
      await kill();
      await dropTestDatabase(databaseUrl);
    },
  };
}

/** Debian Chromium through playwright-core; a missing browser is a test failure, never a skip. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary; the browser tests cannot run without it.`,
    );
  }
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

export async function newContext(browser: Browser, viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'UTC' });
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

/** Saves test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Signs in through the login form and waits for the project list. */
export async function signInUi(page: Page, server: E2EServer, email = DEMO_EMAIL, password = server.demoPassword): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/`);
  await page.getByRole('heading', { name: 'Projects' }).waitFor();
}

/** The roles the demo gives its team (who have no accounts until they sign up and accept a link). */
const DEMO_ROLES: Record<string, string> = {
  'ana.costa@trellis.local': 'MANAGER',
  'ben.okafor@trellis.local': 'MEMBER',
  'chloe.martin@trellis.local': 'MEMBER',
  'dev.patel@trellis.local': 'MEMBER',
  'eva.lindqvist@trellis.local': 'VIEWER',
};

/** The demo owner invites `email` to the demo project (as the demo team's role for it) and returns the link's path. */
export async function demoInvite(server: E2EServer, email: string, role = DEMO_ROLES[email] ?? 'MEMBER'): Promise<string> {
  const cookie = await demoCookie(server);
  const p = await gql<{ project: { id: string } }>(server, `{ project(key: "ERP") { id } }`, {}, { cookie });
  const r = await gql<{ memberInvite: { token: string } }>(
    server,
    `mutation($i: MemberInviteInput!) { memberInvite(input: $i) { token } }`,
    { i: { projectId: p.data!.project.id, email, role } },
    { cookie },
  );
  if (!r.data) throw new Error(`demoInvite: ${JSON.stringify(r.errors)}`);
  return `/invite/${r.data.memberInvite.token}`;
}

/**
 * Signs up as one of the demo's team and joins the demo project as they do: the owner invites
 * them, and they open the link and accept it (signing up with the address alone claims nothing).
 * Ends on the project list.
 */
export async function signUpDemoPerson(page: Page, server: E2EServer, name: string, email: string, password = 'correct horse battery'): Promise<void> {
  await page.goto(`${server.url}/signup`);
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${server.url}/`);
  await page.goto(server.url + (await demoInvite(server, email)));
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.waitForURL(`${server.url}/p/ERP`);
  await page.goto(`${server.url}/`);
}

/** Signs up as Eva Lindqvist and joins the demo project as a VIEWER through a link. Ends on the project list. */
export async function signUpDemoViewer(page: Page, server: E2EServer): Promise<void> {
  await signUpDemoPerson(page, server, 'Eva Lindqvist', 'eva.lindqvist@trellis.local', 'read only please');
}

export interface GqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** A GraphQL call from the test itself (to set up data), as a session cookie or a bearer token. */
export async function gql<T = Record<string, any>>(
  server: E2EServer,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { cookie?: string; bearer?: string } = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as GqlResponse<T>;
}

/** Signs the demo user in over HTTP and returns the `Cookie` header value. */
export async function demoCookie(server: E2EServer): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }',
      variables: { i: { email: DEMO_EMAIL, password: server.demoPassword } },
    }),
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const match = /trellis_session=[^;]+/.exec(setCookie);
  if (!match) throw new Error(`Sign-in did not set a session cookie: ${res.status} ${await res.text()}`);
  return match[0];
}

export interface E2ESuite {
  readonly server: E2EServer;
  readonly browser: Browser;
  /** Contexts made here are closed after the file. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
}

/**
 * Starts Chromium and the server once for a test file and stops them after it. A setup failure
 * (no Chromium, no build) is rethrown by every test, so each one fails with the reason instead of
 * being reported as skipped.
 */
export function useE2E(): E2ESuite {
  let server: E2EServer | undefined;
  let browser: Browser | undefined;
  let failure: unknown;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    try {
      browser = await launchBrowser();
      server = await startServer();
    } catch (e) {
      failure = e;
    }
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });
  const ready = () => {
    if (failure) throw failure;
    if (!server || !browser) throw new Error('The browser-test setup did not finish');
    return { server, browser };
  };
  return {
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
    async context(viewport) {
      const ctx = await newContext(ready().browser, viewport);
      contexts.push(ctx);
      return ctx;
    },
  };
}
