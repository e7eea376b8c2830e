import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The README's `npm start` path as a user runs it: the built server, no DATABASE_URL, an embedded
 * PostgreSQL under DATA_DIR. Runs the compiled output, so `npm test` builds first.
 */
const root = path.resolve(import.meta.dirname, '../..');
const main = path.join(root, 'server/dist/main.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trellis-start-'));
const children: ChildProcess[] = [];

function start(): { child: ChildProcess; output: () => string; ready: Promise<string> } {
  if (!existsSync(main)) throw new Error('server/dist/main.js is missing: run `npm run build` first (npm test does)');
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = () => {
      const m = /Trellis is running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  return { child, output: () => out, ready };
}

const exited = (c: ChildProcess) => new Promise<number | null>((r) => (c.exitCode !== null ? r(c.exitCode) : c.once('exit', (code) => r(code))));
const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('exit codes', () => {
  it('loading the embedded PostgreSQL module does not turn a failing exit code into 0', async () => {
    const child = spawn(process.execPath, ['-e', `import(${JSON.stringify(path.join(root, 'server/dist/database/embedded.js'))}).then(() => { process.exitCode = 3; })`], { stdio: 'ignore' });
    expect(await exited(child)).toBe(3);
  });
});

describe('npm start', () => {
  it('starts on an embedded PostgreSQL, prints the URL and the demo sign-in, serves the demo project', async () => {
    const s = start();
    const url = await s.ready;
    const m = /Demo sign-in \(shown once, keep it\): (\S+) \/ (\S+)/.exec(s.output());
    expect(m).not.toBeNull();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { name } } }`, variables: { e: m![1], p: m![2] } }),
    });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const q = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: `{ project(key: "ERP") { name members { user { name } } tasks { totalCount } dependencies { totalCount } board { milestones { name } }
          resources { name type } assignments { id } baselines { name } costEntries { amount }
          resourceUsage(period: WEEK) { periods { overallocated } } levelingPreview { overallocationsRemaining delays { taskId } }
          earnedValue(statusDate: "${new Date().toISOString().slice(0, 10)}") { project { ev ac } } } }`,
      }),
    });
    const p = ((await q.json()) as { data: { project: any } }).data.project;
    expect(p.name).toBe('ERP migration');
    expect(p.members).toHaveLength(6);
    expect(p.tasks.totalCount).toBeGreaterThanOrEqual(40);
    expect(p.dependencies.totalCount).toBeGreaterThan(30);
    expect(p.board.milestones.map((x: { name: string }) => x.name)).toEqual(['Charter approved', 'Go-live']);
    // Planning to explore: the team as resources, a baseline, costs booked, some weeks over-allocated that leveling clears.
    expect(p.resources.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['Ana Costa', 'Ben Okafor', 'Vendor consultants', 'Cloud ERP licences']));
    expect(p.assignments.length).toBeGreaterThan(25);
    // The signed-off plan, and the baseline the demo's approved change request took.
    expect(p.baselines.map((b: { name: string }) => b.name).sort()).toEqual(['CR-1 Security review before go-live', 'Signed-off plan']);
    expect(p.costEntries.length).toBeGreaterThan(3);
    expect(p.resourceUsage.some((u: { periods: { overallocated: boolean }[] }) => u.periods.some((x) => x.overallocated))).toBe(true);
    expect(p.levelingPreview.overallocationsRemaining).toBe(0);
    expect(p.levelingPreview.delays.length).toBeGreaterThan(0);
    expect(p.earnedValue.project.ev).toBeGreaterThan(0);
    expect(p.earnedValue.project.ac).toBeGreaterThan(0);
    // Killed hard: PostgreSQL is orphaned and keeps its data directory locked.
    s.child.kill('SIGKILL');
    await exited(s.child);
    const stalePid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(alive(stalePid)).toBe(true);

    // The next start notices, stops the stale server and comes up on the same data.
    const again = start();
    const url2 = await again.ready;
    expect(again.output()).not.toMatch(/shown once/);
    expect(again.output()).toMatch(/Demo sign-in: admin@trellis.local/);
    expect(alive(stalePid)).toBe(false);
    const health = await fetch(`${url2}/healthz`);
    expect(health.status).toBe(200);

    // Ctrl-C / SIGTERM: exits 0 and stops PostgreSQL.
    again.child.kill('SIGTERM');
    expect(await exited(again.child)).toBe(0);
    expect(existsSync(pidFile)).toBe(false);
  }, 120_000);
});
