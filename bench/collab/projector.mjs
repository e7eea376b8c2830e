#!/usr/bin/env node
/**
 * Projector benchmark: the server's WBS projector (built, `npm run build`) applying typing in the
 * outline to the task rows, on a small and a large outline. Each keystroke is one Yjs update that
 * renames a task, stored through the collab package as a collab instance stores it, then projected
 * on its own (no debounce, so every keystroke pays a whole projection). The log is compacted every
 * 500 rows, as the collab service does. Measured: this process's CPU inside the projection (the
 * projector and the pg client; PostgreSQL's own CPU is not in it), the wall time per projection, and
 * the SQL statements it sends.
 *
 *   node bench/collab/projector.mjs
 *
 * BENCH_DATABASE_URL         a PostgreSQL server to create a throw-away database in (default: an
 *                            embedded PostgreSQL in a temporary folder, removed at the end)
 * BENCH_PROJECTOR_SIZES      outline sizes (default "100,5000")
 * BENCH_PROJECTOR_KEYSTROKES keystrokes measured per size (default 1000)
 *
 * Prints markdown on stdout, progress on stderr, and writes bench/results/projector.md.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';
import { appendUpdate, loadDocumentState, PgDocStore } from '@trellis/collab';
import { renameNode, wbsChildCode, wbsDocName } from '@trellis/schema/wbs';
import { createDataSource, QueryCounter, runMigrations } from '../../server/dist/database/data-source.js';
import { createServices } from '../../server/dist/schema.js';
import { benchDatabase } from '../graphql/lib/database.mjs';
import { createUserWithSession, seedActor } from '../graphql/lib/seed.mjs';
import { fmt, table } from '../graphql/lib/stats.mjs';

const here = import.meta.dirname;
const sizes = (process.env.BENCH_PROJECTOR_SIZES ?? '100,5000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0 && n <= 50_000);
const keystrokes = Math.max(10, Math.min(20_000, Number(process.env.BENCH_PROJECTOR_KEYSTROKES ?? 1000) || 1000));
const COMPACT_EVERY = 500;
const WARMUP = 100;
const log = (m) => process.stderr.write(`${m}\n`);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** A project with `size` tasks: a tree ten wide (summaries over ten children each), rows inserted in bulk, the document seeded from them. */
async function seed(ds, services, size) {
  const owner = await createUserWithSession(ds, 'Bench Owner', `owner.${randomUUID().slice(0, 8)}@bench.test`);
  const project = await services.projects.create(seedActor(ds, owner.userId), { key: `P${size}`, name: `Outline of ${size}`, startDate: '2027-01-04', status: 'ACTIVE' });
  const [status] = await ds.query(`SELECT id FROM task_statuses WHERE project_id = $1 ORDER BY position LIMIT 1`, [project.id]);
  const rows = [];
  for (let i = 0; i < size; i++) {
    const parent = i < 10 ? null : rows[Math.floor(i / 10) - 1];
    const siblings = parent ? parent.kids : (rows.top ??= []);
    const { code, sort } = wbsChildCode(parent?.code ?? '', parent?.sort ?? '', siblings.length);
    const row = { id: randomUUID(), parent: parent?.id ?? null, position: siblings.length, code, sort, name: `Task ${code}`, kids: [] };
    siblings.push(row);
    rows.push(row);
  }
  for (const r of rows) r.kind = r.kids.length ? 'SUMMARY' : 'TASK';
  await ds.query(
    `INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, duration_days, status_id, created_by_id)
     SELECT v.id, $1, v.n, v.parent, v.position, v.code, v.sort, v.name, v.kind, 1, $2, $3
       FROM unnest($4::uuid[], $5::int[], $6::uuid[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[]) AS v(id, n, parent, position, code, sort, name, kind)`,
    [
      project.id,
      status.id,
      owner.userId,
      rows.map((r) => r.id),
      rows.map((_, i) => i + 1),
      rows.map((r) => r.parent),
      rows.map((r) => r.position),
      rows.map((r) => r.code),
      rows.map((r) => r.sort),
      rows.map((r) => r.name),
      rows.map((r) => r.kind),
    ],
  );
  await ds.query('UPDATE projects SET task_seq = $2 WHERE id = $1', [project.id, size]);
  await ds.transaction((m) => services.documents.ensure(m, project.id, 'wbs'));
  return { projectId: project.id, userId: owner.userId, leaves: rows.filter((r) => r.kind === 'TASK') };
}

async function measure(ds, counter, services, pool, size) {
  const t0 = performance.now();
  const { projectId, userId, leaves } = await seed(ds, services, size);
  log(`  seeded ${size} tasks in ${fmt(performance.now() - t0, 0)} ms`);
  const name = wbsDocName(projectId);
  const query = (sql, params) => pool.query(sql, params);
  const store = new PgDocStore(pool);
  // The typist's copy of the document, as an outline in a browser holds it.
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadDocumentState(query, name)).update);
  let stored = 0;
  let typed = 0;
  const type = async () => {
    // Typing into one task for twenty keystrokes, then into the next.
    const task = leaves[Math.floor(typed / 20) % leaves.length];
    typed++;
    const updates = [];
    const capture = (u) => updates.push(u);
    doc.on('update', capture);
    renameNode(doc, task.id, `${doc.getMap('nodes').get(task.id).get('name')}${String.fromCharCode(97 + (typed % 26))}`);
    doc.off('update', capture);
    await appendUpdate(query, name, Y.mergeUpdates(updates), userId, 'bench');
    if (++stored % COMPACT_EVERY === 0) await store.compact(name);
    return task;
  };
  const project = () => services.projector.runNow(name);

  for (let i = 0; i < WARMUP; i++) {
    await type();
    await project();
  }
  const walls = [];
  let cpuMs = 0;
  const sqlBefore = counter.count;
  for (let i = 0; i < keystrokes; i++) {
    const task = await type();
    const c0 = cpu();
    const w0 = performance.now();
    await project();
    walls.push(performance.now() - w0);
    cpuMs += cpu() - c0;
    if (i === keystrokes - 1) {
      const [row] = await ds.query('SELECT name FROM tasks WHERE id = $1', [task.id]);
      const want = doc.getMap('nodes').get(task.id).get('name');
      if (row.name !== want) throw new Error(`projection lagged: row has "${row.name}", document "${want}"`);
    }
  }
  // Statements of the projector only: the typist and the compactions use their own pool.
  const sql = (counter.count - sqlBefore) / keystrokes;
  walls.sort((a, b) => a - b);
  return { size, cpuPer1000: (cpuMs / keystrokes) * 1000, p50: pct(walls, 50), p99: pct(walls, 99), sql };
}

async function main() {
  const loadAtStart = loadAverage();
  log(`projector benchmark: node ${process.version}, ${os.cpus()[0]?.model?.trim()}, ${os.availableParallelism()} cores`);
  const db = await benchDatabase();
  const counter = new QueryCounter();
  const ds = createDataSource({ url: db.url, counter });
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const results = [];
  try {
    await ds.initialize();
    await runMigrations(ds);
    const services = createServices(ds, { sessionDays: 1, cookieSecure: false });
    for (const size of sizes) {
      log(`outline of ${size} tasks: ${keystrokes} keystrokes, each projected on its own ...`);
      const r = await measure(ds, counter, services, pool, size);
      log(`  projector CPU ${fmt(r.cpuPer1000, 0)} ms per 1,000 keystrokes, p50 ${fmt(r.p50, 2)} ms, p99 ${fmt(r.p99, 2)} ms, ${fmt(r.sql, 1)} SQL statements each`);
      results.push(r);
    }
    await services.projector.close();
  } finally {
    await pool.end().catch(() => undefined);
    if (ds.isInitialized) await ds.destroy();
    await db.drop();
  }
  const base = results[0];
  const rows = results.map((r) => [
    `${r.size.toLocaleString('en')} tasks`,
    fmt(r.cpuPer1000, 0),
    fmt(r.cpuPer1000 / base.cpuPer1000, 2),
    fmt(r.p50, 2),
    fmt(r.p99, 2),
    fmt(r.sql, 1),
  ]);
  const report = [
    `Node ${process.version}, ${os.cpus()[0]?.model?.trim()}, ${os.availableParallelism()} cores, ${db.kind} PostgreSQL; ${new Date().toISOString().slice(0, 10)}.`,
    `Machine load average (1/5/15 min) at start: ${loadAtStart}, at end: ${loadAverage()}; other work on the machine skews CPU and latency.`,
    `${keystrokes} keystrokes (after ${WARMUP} warm-up ones) typed into one task after another, 20 each; each is stored as a collab instance stores it and projected on its own; the log is compacted every ${COMPACT_EVERY} rows.`,
    '',
    table(['outline', 'projector CPU ms per 1,000 keystrokes', `vs ${base.size.toLocaleString('en')} tasks`, 'p50 ms per projection', 'p99 ms', 'SQL statements per keystroke'], rows, 1),
  ].join('\n');
  process.stdout.write(report + '\n');
  const out = path.resolve(here, '..', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'projector.md'), report + '\n');
}

main().catch((err) => {
  log(err?.stack ?? String(err));
  process.exitCode = 1;
});
