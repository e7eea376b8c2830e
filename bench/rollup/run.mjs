// Summary roll-ups: what a leaf percent edit costs on projects of 1k and 10k tasks (or --sizes).
//
//   npm run build && node bench/rollup/run.mjs [--sizes 1000,10000] [--edits 100]
//
// Two measurements per project, in the same run so machine load weighs on both alike:
// 1. The roll-up step alone, in a transaction after the leaf's UPDATE, alternating between
//    - chain: storeRollups(ids) as the server runs it (walk up the leaf's ancestors, read their direct
//      children, recompute them from the stored aggregates);
//    - project: storeRollups() over the whole project (one read of every live task and the rule over
//      the tree in memory), which is what every leaf edit cost before summaries kept their aggregates.
// 2. `taskUpdate` of a leaf's percent over HTTP (the whole mutation, roll-up included), p50 and p99.
// The server runs in this process on its own database (BENCH_DATABASE_URL's server, or an embedded
// PostgreSQL in a temporary folder). Outline: phases of 4 deliverables of 3 packages, leaves spread
// over the packages (about 5 % summaries). It prints markdown; it never fails on a time.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../server/dist/app.js';
import { loadConfig } from '../../server/dist/config.js';
import { createLogger } from '../../server/dist/common/logger.js';
import { storeRollups } from '../../server/dist/modules/task/rollup.js';
import { numberOutline } from '../lib/outline-codes.mjs';
import { benchDatabase } from '../graphql/lib/database.mjs';
import { createUserWithSession } from '../graphql/lib/seed.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1000,10000').split(',').map(Number);
const edits = Number(arg('edits', '100'));
/** --explain: print the plans (EXPLAIN ANALYZE) of the chain roll-up's reads for one leaf edit of each project. */
const explain = process.argv.includes('--explain');

async function seed(ds, ownerId, key, n) {
  const [project] = await ds.query(`INSERT INTO projects (key, name, start_date, version) VALUES ($1, $1, '2027-01-04', 1) RETURNING id`, [key]);
  await ds.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [project.id, ownerId]);
  const [status] = await ds.query(
    `INSERT INTO task_statuses (project_id, name, category, color, position) VALUES ($1, 'Doing', 'STARTED', '#64748b', 0) RETURNING id`,
    [project.id],
  );
  const phases = Math.max(1, Math.round(n / 1000));
  const summaries = phases * (1 + 4 + 12);
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
    `INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days, percent_complete)
     SELECT gen_random_uuid(), $1, $2 + g, ($3::uuid[])[1 + (g - 1) % $4], (g - 1) / $4, '', '', 'Work ' || g, 'TASK', $5, 1 + (g * 7919) % 10, (g * 37) % 101
       FROM generate_series(1, $6::int) g`,
    [project.id, summaries, packages.map((p) => p.id), packages.length, status.id, n - summaries],
  );
  await numberOutline(ds, project.id);
  await ds.query(`UPDATE projects SET task_seq = $2 WHERE id = $1`, [project.id, n]);
  await storeRollups((sql, params) => ds.query(sql, params), project.id);
  await ds.query('ANALYZE tasks');
  const sample = await ds.query(`SELECT id, version FROM tasks WHERE project_id = $1 AND kind = 'TASK' ORDER BY random() LIMIT $2`, [project.id, edits]);
  return { projectId: project.id, tasks: sample };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const ms = (x) => `${x.toFixed(2)} ms`;

/** The roll-up step alone, chain and whole project alternating, each after the same leaf UPDATE in its own transaction. */
async function rollupStep(ds, projectId, tasks) {
  const times = { chain: [], project: [] };
  for (let i = 0; i < tasks.length; i++) {
    for (const mode of i % 2 ? ['project', 'chain'] : ['chain', 'project']) {
      const qr = ds.createQueryRunner();
      await qr.connect();
      try {
        await qr.startTransaction();
        await qr.query(`UPDATE tasks SET percent_complete = $2 WHERE id = $1`, [tasks[i].id, (i * 17 + (mode === 'chain' ? 3 : 5)) % 101]);
        const t0 = performance.now();
        await storeRollups((sql, params) => qr.query(sql, params), projectId, mode === 'chain' ? [tasks[i].id] : undefined);
        times[mode].push(performance.now() - t0);
        await qr.rollbackTransaction();
      } finally {
        await qr.release();
      }
    }
  }
  return times;
}

async function explainChain(ds, projectId, leafId, n) {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction();
    await qr.query(`UPDATE tasks SET percent_complete = 100 - percent_complete WHERE id = $1`, [leafId]);
    const reads = [];
    await storeRollups(async (sql, params) => {
      if (/^\s*(WITH|SELECT)/.test(sql)) reads.push([sql, params]);
      return qr.query(sql, params);
    }, projectId, [leafId]);
    for (const [sql, params] of reads) {
      const plan = await qr.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) ${sql}`, params);
      console.error(`-- ${n} tasks\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
    await qr.rollbackTransaction();
  } finally {
    await qr.release();
  }
}

async function updates(url, cookie, tasks) {
  const gql = async (query, variables) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const times = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    const t0 = performance.now();
    const r = await gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { version } } }`, { i: { id: t.id, version: t.version, percentComplete: (i * 31 + 7) % 101 } });
    times.push(performance.now() - t0);
    t.version = r.taskUpdate.task.version;
  }
  return times;
}

const db = await benchDatabase();
const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', GRAPHQL_RATE_LIMIT_PER_MINUTE: '0' });
const app = await createApp(config, { databaseUrl: db.url, logger: createLogger('silent') });
try {
  const url = await app.listen(0, '127.0.0.1');
  const owner = await createUserWithSession(app.dataSource, 'Planner', 'planner@bench.test');
  console.log(`# Summary roll-up of a leaf percent edit, ${edits} edits per project`);
  console.log(`# ${new Date().toISOString()}, Node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, database: ${db.kind}`);
  console.log('| tasks | roll-up step: chain p50 / p99 | whole project p50 / p99 | taskUpdate (percent) p50 / p99 |');
  console.log('|---:|---:|---:|---:|');
  for (const n of sizes) {
    const { projectId, tasks } = await seed(app.dataSource, owner.userId, `R${n}`, n);
    if (explain) await explainChain(app.dataSource, projectId, tasks[0].id, n);
    const step = await rollupStep(app.dataSource, projectId, tasks);
    const upd = await updates(url, owner.cookie, tasks);
    console.log(
      `| ${n.toLocaleString('en')} | ${ms(pct(step.chain, 50))} / ${ms(pct(step.chain, 99))} | ${ms(pct(step.project, 50))} / ${ms(pct(step.project, 99))} | ${ms(pct(upd, 50))} / ${ms(pct(upd, 99))} |`,
    );
  }
  console.log(`# load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await app.close();
  await db.drop();
}
