// Live recompute: from a committed `taskUpdate` of one duration to the `scheduleUpdated` message
// that follows from it at a graphql-ws subscriber, for projects of 1k, 10k and 100k tasks.
//
//   npm run build && node bench/planning/live.mjs [--sizes 1000,10000,100000] [--edits 200]
//
// The server runs in this process on its own database (BENCH_DATABASE_URL's server, or an
// embedded PostgreSQL in a temporary folder). Each project is shaped like a real one: UUID ids,
// a four-level outline with about 5 % summaries, finish-to-start links along each work package
// and across branches, tasks in outline order with shuffled numbers. The clock starts when the
// mutation's answer arrives (the write is committed) and stops when the subscriber receives the
// update whose change numbers include the one the mutation returned. Edits run one after another.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp } from '../../server/dist/app.js';
import { loadConfig } from '../../server/dist/config.js';
import { createLogger } from '../../server/dist/common/logger.js';
import { numberOutline } from '../lib/outline-codes.mjs';
import { benchDatabase } from '../graphql/lib/database.mjs';
import { createUserWithSession } from '../graphql/lib/seed.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const edits = Number(arg('edits', '200'));

/** Seeds one project of about `n` tasks in SQL: 5 % summaries over four levels, leaves linked FS. */
async function seed(ds, ownerId, key, n) {
  const [project] = await ds.query(`INSERT INTO projects (key, name, start_date, version) VALUES ($1, $1, '2027-01-04', 1) RETURNING id`, [key]);
  await ds.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [project.id, ownerId]);
  const [status] = await ds.query(
    `INSERT INTO task_statuses (project_id, name, category, color, position) VALUES ($1, 'To do', 'UNSTARTED', '#64748b', 0) RETURNING id`,
    [project.id],
  );
  // Level sizes: 1 phase per 1,000 tasks, 4 deliverables per phase, 3 packages per deliverable; the rest are leaves.
  const phases = Math.max(1, Math.round(n / 1000));
  const summaries = phases * (1 + 4 + 12);
  const leaves = n - summaries;
  await ds.query(
    `WITH p AS (
       INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days)
       SELECT gen_random_uuid(), $1, g, NULL, g - 1, '', '', 'Phase ' || g, 'SUMMARY', $2, 0 FROM generate_series(1, $3::int) g RETURNING id, number),
     d AS (
       INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days)
       SELECT gen_random_uuid(), $1, $3 + (p.number - 1) * 4 + k, p.id, k - 1, '', '', 'Deliverable ' || k, 'SUMMARY', $2, 0
         FROM p, generate_series(1, 4) k RETURNING id, number)
     INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days)
     SELECT gen_random_uuid(), $1, $3 * 5 + (d.number - $3 - 1) * 3 + k, d.id, k - 1, '', '', 'Package ' || k, 'SUMMARY', $2, 0
       FROM d, generate_series(1, 3) k`,
    [project.id, status.id, phases],
  );
  const packages = await ds.query(`SELECT id FROM tasks WHERE project_id = $1 AND name LIKE 'Package %' ORDER BY random()`, [project.id]);
  await ds.query(
    `INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days)
     SELECT gen_random_uuid(), $1, $2 + g, ($3::uuid[])[1 + (g - 1) % $4], (g - 1) / $4, '', '', 'Work ' || g, 'TASK', $5, 1 + (g * 7919) % 10
       FROM generate_series(1, $6::int) g`,
    [project.id, summaries, packages.map((p) => p.id), packages.length, status.id, leaves],
  );
  await numberOutline(ds, project.id);
  // Links: along each package in order, and from every 10th leaf to the next leaf of the next package
  // (paths stay as long as a package, as in a real plan, rather than threading every task).
  await ds.query(
    `INSERT INTO task_dependencies (project_id, predecessor_id, successor_id)
     SELECT $1, a.id, b.id FROM tasks a JOIN tasks b ON b.parent_id = a.parent_id AND b.position = a.position + 1
      WHERE a.project_id = $1 AND a.kind = 'TASK'`,
    [project.id],
  );
  await ds.query(
    `WITH l AS (SELECT id, parent_id, position, dense_rank() OVER (ORDER BY parent_id) AS pk FROM tasks WHERE project_id = $1 AND kind = 'TASK')
     INSERT INTO task_dependencies (project_id, predecessor_id, successor_id)
     SELECT $1, a.id, b.id FROM l a JOIN l b ON b.pk = a.pk + 1 AND b.position = a.position + 1 WHERE a.position % 10 = 9`,
    [project.id],
  );
  await ds.query(`UPDATE projects SET task_seq = $2 WHERE id = $1`, [project.id, n]);
  const sample = await ds.query(`SELECT id, version, duration_days::float8 AS duration FROM tasks WHERE project_id = $1 AND kind = 'TASK' ORDER BY random() LIMIT $2`, [project.id, edits]);
  return { projectId: project.id, tasks: sample };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function measure(url, cookie, projectId, tasks) {
  const gql = async (query, variables) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const waiting = new Map();
  const seen = new Map();
  const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: class extends WebSocket { constructor(u, p) { super(u, p, { headers: { cookie } }); } } });
  const ready = new Promise((resolve, reject) => {
    client.subscribe(
      { query: `subscription($p: UUID!) { scheduleUpdated(projectId: $p) { changeNumbers tasks { taskId } } }`, variables: { p: projectId } },
      {
        next: (msg) => {
          const at = performance.now();
          for (const n of msg.data.scheduleUpdated.changeNumbers) {
            const w = waiting.get(n);
            if (w) w(at);
            else seen.set(n, at);
          }
        },
        error: reject,
        complete: () => undefined,
      },
    );
    setTimeout(resolve, 500);
  });
  await ready;
  // The first schedule is computed when the subscription starts; read it once so it is in memory.
  const t0 = performance.now();
  await gql(`query($id: UUID!) { project(id: $id) { schedule { finish } } }`, { id: projectId });
  const firstRead = performance.now() - t0;
  const latencies = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    // A different duration every time (the same one would write nothing and take no change number).
    const duration = t.duration >= 10 ? t.duration - 1 : t.duration + 1;
    t.duration = duration;
    const r = await gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { changeNumber task { version } } }`, { i: { id: t.id, version: t.version, durationDays: duration } });
    const committed = performance.now();
    t.version = r.taskUpdate.task.version;
    const n = r.taskUpdate.changeNumber;
    const arrived = seen.has(n)
      ? seen.get(n)
      : await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no scheduleUpdated for change ${n} within 30 s (seen: ${[...seen.keys()].join(', ') || 'none'})`)), 30_000);
          waiting.set(n, (at) => {
            clearTimeout(timer);
            resolve(at);
          });
        });
    waiting.delete(n);
    seen.delete(n);
    latencies.push(Math.max(0, arrived - committed));
  }
  await client.dispose();
  latencies.sort((a, b) => a - b);
  return { firstRead, p50: pct(latencies, 50), p99: pct(latencies, 99), max: latencies.at(-1) };
}

const db = await benchDatabase();
const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', GRAPHQL_RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_PERSON: '1000000' });
const app = await createApp(config, { databaseUrl: db.url, logger: createLogger('silent') });
try {
  const url = await app.listen(0, '127.0.0.1');
  const owner = await createUserWithSession(app.dataSource, 'Planner', 'planner@bench.test');
  console.log(`# Live recompute: taskUpdate (one duration) -> scheduleUpdated at a graphql-ws subscriber, ${edits} edits in a row`);
  console.log(`# ${new Date().toISOString()}, Node ${process.version}, ${os.cpus()[0]?.model?.trim()}, ${os.availableParallelism()} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, database: ${db.kind}`);
  console.log('| tasks | first schedule read | p50 | p99 | max |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const { projectId, tasks } = await seed(app.dataSource, owner.userId, `L${n}`, n);
    const r = await measure(url, owner.cookie, projectId, tasks);
    console.log(`| ${n.toLocaleString('en')} | ${r.firstRead.toFixed(0)} ms | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.max.toFixed(1)} ms |`);
  }
  console.log(`# load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await app.close();
  await db.drop();
}
