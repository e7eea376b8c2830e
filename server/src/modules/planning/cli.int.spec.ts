import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const cli = path.join(repoRoot, 'server/dist/trellis.js');
const sample = path.resolve(repoRoot, '..', 'shared', 'mspdi', 'sample.xml');

function trellis(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const plan = {
  format: 'trellis-plan',
  version: 1,
  project: { name: 'Rollout', start: '2026-03-02T08:00' },
  calendars: [],
  tasks: [
    { id: 'design', name: 'Design', order: 0, kind: 'TASK', durationDays: 2 },
    { id: 'build', name: 'Build', order: 1, kind: 'TASK', durationDays: 3 },
    { id: 'docs', name: 'Write docs', order: 2, kind: 'TASK', durationDays: 1 },
  ],
  links: [
    { predecessorId: 'design', successorId: 'build', type: 'FS' },
    { predecessorId: 'design', successorId: 'docs', type: 'FS' },
  ],
  resources: [],
  assignments: [],
  baselines: [],
  costEntries: [],
};

let dir: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('server/dist/trellis.js is missing: build the server first (npm run build -w server)');
  dir = mkdtempSync(path.join(tmpdir(), 'trellis-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trellis schedule (no database)', () => {
  it('prints the schedule of a Trellis plan as JSON: dates, floats and the critical path', async () => {
    const file = path.join(dir, 'rollout.json');
    writeFileSync(file, JSON.stringify(plan));
    const r = await trellis(['schedule', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const byId = new Map(out.tasks.map((t: { id: string }) => [t.id, t]));
    expect(byId.get('build')).toEqual({ id: 'build', name: 'Build', start: '2026-03-04T08:00', finish: '2026-03-06T17:00', totalFloatDays: 0, freeFloatDays: 0, critical: true });
    expect(byId.get('docs')).toMatchObject({ start: '2026-03-04T08:00', totalFloatDays: 2, critical: false });
    expect(out.finish).toBe('2026-03-06T17:00');
  });

  it.skipIf(!existsSync(sample))('schedules an MS Project sample (skipped when ../shared is absent)', async () => {
    const r = await trellis(['schedule', sample]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.tasks.length).toBeGreaterThan(0);
    for (const t of out.tasks) expect(Object.keys(t)).toEqual(['id', 'name', 'start', 'finish', 'totalFloatDays', 'freeFloatDays', 'critical']);
  });

  it('names the line of a malformed file and exits 1; wrong usage exits 2', async () => {
    const file = path.join(dir, 'broken.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<Project>\n  <Tasks>\n    <Task>\n  </Tasks>\n</Project>\n');
    const bad = await trellis(['schedule', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/line \d+/);
    expect((await trellis(['schedule'])).code).toBe(2);
    expect((await trellis(['schedule', path.join(dir, 'plan.txt')])).code).toBe(2);
    expect((await trellis(['frobnicate', file])).code).toBe(2);
  });
});

describe('trellis writes everything into a pipe before it exits', () => {
  /** The byte count of what `command` writes on stdout, read through a pipe (`| wc -c`) or a file. */
  const bytesThrough = (how: 'pipe' | 'file', args: string[]): Promise<number> =>
    new Promise((resolve, reject) => {
      const out = path.join(dir, 'out.json');
      const line = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${args.map((a) => JSON.stringify(a)).join(' ')}`;
      const child = spawn('sh', ['-c', how === 'pipe' ? `${line} | wc -c` : `${line} > ${JSON.stringify(out)}`], { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'warn' } });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) reject(new Error(`exit ${code}`));
        else resolve(how === 'pipe' ? Number(stdout.trim()) : readFileSync(out).length);
      });
    });

  it('schedule of a large plan: the same bytes through `| wc -c` as into a file, and the JSON is whole', async () => {
    const tasks = Array.from({ length: 3000 }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, order: i, kind: 'TASK', durationDays: 1 + (i % 4) }));
    const links = tasks.slice(1).map((t, i) => ({ predecessorId: `t${i}`, successorId: t.id, type: 'FS' }));
    const file = path.join(dir, 'large.json');
    writeFileSync(file, JSON.stringify({ ...plan, tasks, links }));
    const viaFile = await bytesThrough('file', ['schedule', file]);
    expect(viaFile).toBeGreaterThan(4 * 65_536);
    expect(await bytesThrough('pipe', ['schedule', file])).toBe(viaFile);
    // A pipe read by this process (no shell) gets the whole document too.
    const r = await trellis(['schedule', file]);
    expect(r.code).toBe(0);
    expect(Buffer.byteLength(r.stdout)).toBe(viaFile);
    expect(JSON.parse(r.stdout).tasks).toHaveLength(3000);
  });
});

describe('trellis import and export (DATABASE_URL)', () => {
  let h: Harness;
  let owner: TestUser;
  beforeAll(async () => {
    h = await startHarness();
    owner = await h.user('Cli User');
    await h.gql(`mutation { projectCreate(input: { key: "CLI", name: "Command line" }) { project { id } } }`, {}, owner);
  });
  afterAll(() => h?.close());

  it('imports a plan file into a project by key and exports it as CSV and JSON', async () => {
    const file = path.join(dir, 'import.json');
    writeFileSync(file, JSON.stringify(plan));
    const env = { DATABASE_URL: h.databaseUrl };
    const imported = await trellis(['import', file, '--project', 'cli'], env);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/imported into CLI: 3 tasks, 2 links/);
    const names = await h.app.dataSource.query(`SELECT t.name FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.key = 'CLI' ORDER BY t.wbs_sort`);
    expect(names.map((n: { name: string }) => n.name)).toEqual(['Design', 'Build', 'Write docs']);

    const csvFile = path.join(dir, 'out.csv');
    const csv = await trellis(['export', '--project', 'CLI', '--format', 'csv', '--out', csvFile], env);
    expect(csv.code).toBe(0);
    expect(readFileSync(csvFile, 'utf8')).toContain('Write docs');
    const json = await trellis(['export', '--project', 'CLI'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).tasks.map((t: { name: string }) => t.name)).toEqual(['Design', 'Build', 'Write docs']);

    const unknown = await trellis(['export', '--project', 'NOPE'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no project with the key NOPE/);
  });
});
