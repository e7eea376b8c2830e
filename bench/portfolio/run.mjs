// The portfolio query over HTTP for a person on 200 projects of 500 tasks each (or --projects,
// --tasks): p50 / p99 of `portfolio` with every figure and the health, and the SQL statements one
// request sends (the same for any number of projects), in four cases: every project written to
// since the last request (all figures computed afresh), one project written to (people at work),
// nothing written (every project's figures reused), and every project's plan changed (every
// schedule computed again for its forecast, the plans read together in a few statements).
//
//   npm run build && node bench/portfolio/run.mjs [--projects 200] [--tasks 500] [--requests 200] [--explain]
//
// Projects have the product's shape: UUIDs, an outline of 10 phases (summaries) with their leaves
// (a milestone closing each phase), statuses in every category, percent complete, a baseline on
// 85 % of them (the rest have none), cost entries, risks, issues and pending change requests. The
// server runs in this process on its own database (BENCH_DATABASE_URL's server, or an embedded
// PostgreSQL in a temporary folder). It prints markdown; it never fails on a time.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../server/dist/app.js';
import { loadConfig } from '../../server/dist/config.js';
import { createLogger } from '../../server/dist/common/logger.js';
import { numberOutline } from '../lib/outline-codes.mjs';
import { benchDatabase } from '../graphql/lib/database.mjs';
import { createUserWithSession } from '../graphql/lib/seed.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PROJECTS = arg('projects', 200);
const TASKS = arg('tasks', 500);
const REQUESTS = arg('requests', 200);
const PHASES = 10;

async function seedProject(ds, ownerId, i) {
  const key = `P${String(i).padStart(3, '0')}`;
  const [project] = await ds.query(
    `INSERT INTO projects (key, name, start_date, status, methodology, budget, version) VALUES ($1, $2, '2026-01-05', $3, $4, $5, 1) RETURNING id`,
    [key, `Project ${key}`, ['ACTIVE', 'PROPOSED', 'ON_HOLD'][i % 3], ['HYBRID', 'WATERFALL', 'SCRUM', 'KANBAN'][i % 4], 400_000 + i * 1000],
  );
  const id = project.id;
  await ds.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [id, ownerId]);
  const statuses = await ds.query(
    `INSERT INTO task_statuses (project_id, name, category, color, position)
     VALUES ($1, 'To do', 'UNSTARTED', '#64748b', 0), ($1, 'Doing', 'STARTED', '#2456d6', 1), ($1, 'Done', 'COMPLETED', '#18703e', 2), ($1, 'Dropped', 'CANCELLED', '#999999', 3)
     RETURNING id, category`,
    [id],
  );
  const st = Object.fromEntries(statuses.map((s) => [s.category, s.id]));
  const leaves = TASKS - PHASES;
  const perPhase = Math.ceil(leaves / PHASES);
  await ds.query(
    `WITH ph AS (
       INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days)
       SELECT gen_random_uuid(), $1, g, NULL, g - 1, '', '', 'Phase ' || g, 'SUMMARY', $2, 0 FROM generate_series(1, $3::int) g RETURNING id, number)
     INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days, percent_complete, actual_finish)
     SELECT gen_random_uuid(), $1, $3 + g, (SELECT id FROM ph WHERE ph.number = 1 + (g - 1) / $4), (g - 1) % $4, '', '', 'Work ' || g,
            CASE WHEN g % $4 = 0 THEN 'MILESTONE' ELSE 'TASK' END,
            CASE WHEN g < $5 * 0.3 THEN $6::uuid WHEN g < $5 * 0.5 THEN $7::uuid WHEN g % 50 = 7 THEN $8::uuid ELSE $2 END,
            CASE WHEN g % $4 = 0 THEN 0 ELSE 1 + (g * 7919) % 10 END,
            CASE WHEN g < $5 * 0.3 THEN 100 WHEN g < $5 * 0.5 THEN (g * 37) % 100 ELSE 0 END,
            CASE WHEN g < $5 * 0.3 AND g % $4 = 0 THEN to_char(date '2026-01-05' + (g / 2), 'YYYY-MM-DD') || 'T17:00' END
       FROM generate_series(1, $5::int) g`,
    [id, st.UNSTARTED, PHASES, perPhase, leaves, st.COMPLETED, st.STARTED, st.CANCELLED],
  );
  await numberOutline(ds, id);
  await ds.query(`UPDATE projects SET task_seq = $2 WHERE id = $1`, [id, TASKS]);
  if (i % 7 !== 3) {
    // A baseline on most projects: leaf dates laid end to end by phase, costed at 800 a day.
    const [b] = await ds.query(`INSERT INTO baselines (project_id, name) VALUES ($1, 'Approved plan') RETURNING id`, [id]);
    await ds.query(
      `INSERT INTO baseline_tasks (baseline_id, task_id, start, finish, duration_days, work_hours, cost)
       SELECT $1, t.id,
              to_char(date '2026-01-05' + (t.number / 2), 'YYYY-MM-DD') || 'T08:00',
              to_char(date '2026-01-05' + (t.number / 2) + t.duration_days::int, 'YYYY-MM-DD') || 'T17:00',
              t.duration_days, t.duration_days * 8, t.duration_days * 800
         FROM tasks t WHERE t.project_id = $2`,
      [b.id, id],
    );
  }
  const someTasks = await ds.query(`SELECT id FROM tasks WHERE project_id = $1 AND kind = 'TASK' ORDER BY number LIMIT 20`, [id]);
  await ds.query(
    `INSERT INTO cost_entries (project_id, task_id, date, amount) SELECT $1, t, date '2026-01-10' + k, 700 + k * 13 FROM unnest($2::uuid[]) t, generate_series(1, 3) k`,
    [id, someTasks.map((t) => t.id)],
  );
  await ds.query(
    `INSERT INTO risks (project_id, number, title, probability, impact_schedule, impact_cost, impact_scope, impact_quality, impact, score, status)
     SELECT $1, g, 'Risk ' || g, 1 + (g + $2) % 5, 1 + g % 5, 1, 1, 1, 1 + g % 5, (1 + (g + $2) % 5) * (1 + g % 5), CASE WHEN g = 6 THEN 'CLOSED' ELSE 'ACTIVE' END
       FROM generate_series(1, 6) g`,
    [id, i],
  );
  await ds.query(
    `INSERT INTO issues (project_id, number, title, type, severity, due_date, status)
     SELECT $1, g, 'Issue ' || g, CASE WHEN g = 1 THEN 'BLOCKER' ELSE 'PROBLEM' END, (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (g + $2) % 4],
            date '2026-02-01' + g * 20, CASE WHEN g = 4 THEN 'CLOSED' ELSE 'OPEN' END
       FROM generate_series(1, 4) g`,
    [id, i],
  );
  await ds.query(
    `INSERT INTO change_requests (project_id, number, title, category, status, requested_by_id, change_set)
     SELECT $1, g, 'Change ' || g, 'SCOPE', CASE WHEN g = 1 THEN 'SUBMITTED' ELSE 'DRAFT' END, $2, '{}'::jsonb FROM generate_series(1, 2) g`,
    [id, ownerId],
  );
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const ms = (x) => `${x.toFixed(1)} ms`;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

const QUERY = `query { portfolio(sort: HEALTH, descending: true) { total projects { key health { overall areas { area colour reasons } } percentComplete spi cpi bac ev ac
  baselineFinish forecastFinish finishVarianceDays budgetBurnPercent topRisk { key title score } openIssues openBlockingIssues nextMilestone { key name baselineFinish forecastFinish } managers { name } } } }`;

const db = await benchDatabase();
const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', GRAPHQL_RATE_LIMIT_PER_MINUTE: '0' });
const app = await createApp(config, { databaseUrl: db.url, logger: createLogger('silent') });
try {
  const url = await app.listen(0, '127.0.0.1');
  const owner = await createUserWithSession(app.dataSource, 'Portfolio owner', 'owner@bench.test');
  const t0 = performance.now();
  for (let i = 0; i < PROJECTS; i++) {
    await seedProject(app.dataSource, owner.userId, i);
    if ((i + 1) % 25 === 0) process.stderr.write(`seeded ${i + 1}/${PROJECTS} projects\n`);
  }
  await app.dataSource.query('ANALYZE');
  const loadBefore = load();
  const seeded = (performance.now() - t0) / 1000;

  const ask = async () => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: owner.cookie }, body: JSON.stringify({ query: QUERY }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.portfolio;
  };
  // The statements one request sends, counted at the query runner.
  const runner = app.dataSource.createQueryRunner();
  const proto = Object.getPrototypeOf(runner);
  await runner.release();
  const original = proto.query;
  let statements = 0;
  const counted = async (fn) => {
    proto.query = function (...args) {
      statements++;
      return original.apply(this, args);
    };
    statements = 0;
    try {
      await fn();
      return statements;
    } finally {
      proto.query = original;
    }
  };
  // A write to a project takes its next change number (as publishInTransaction does); the portfolio
  // computes that project's figures again.
  const touch = (ids) =>
    app.dataSource.query(
      `INSERT INTO project_changes (project_id, change) SELECT unnest($1::uuid[]), 1 ON CONFLICT (project_id) DO UPDATE SET change = project_changes.change + 1`,
      [ids],
    );
  const projectIds = (await app.dataSource.query(`SELECT id FROM projects ORDER BY key`)).map((r) => r.id);
  // A change to each project's plan (a task row written): its recorded schedule forecast is stale.
  const replan = async (ids) => {
    await app.dataSource.query(`UPDATE tasks SET updated_at = updated_at WHERE id IN (SELECT DISTINCT ON (project_id) id FROM tasks WHERE project_id = ANY($1::uuid[]) ORDER BY project_id, number DESC)`, [ids]);
    await touch(ids);
  };
  // Wall-clock per request, and this process's CPU (the server's JavaScript; PostgreSQL's is not in it) per request.
  const timed = async (n, before) => {
    const times = [];
    let cpu = 0;
    for (let i = 0; i < n; i++) {
      await before(i);
      const c = process.cpuUsage();
      const s = performance.now();
      await ask();
      times.push(performance.now() - s);
      const d = process.cpuUsage(c);
      cpu += (d.user + d.system) / 1000;
    }
    times.cpu = cpu / n;
    times.load = os.loadavg()[0];
    return times;
  };

  const first = await ask();
  for (let i = 0; i < 5; i++) await ask(); // warm-up
  const rows = [];
  // Every project written to since the last request: all figures computed afresh.
  const coldStatements = await counted(async () => {
    await touch(projectIds);
    await ask();
  });
  rows.push(['every project changed since the last request', coldStatements, await timed(Math.max(10, Math.round(REQUESTS / 5)), () => touch(projectIds))]);
  // One project written to between requests (people at work): that project is computed again.
  const oneStatements = await counted(async () => {
    await touch([projectIds[0]]);
    await ask();
  });
  rows.push(['one project changed since the last request', oneStatements, await timed(REQUESTS, (i) => touch([projectIds[i % projectIds.length]]))]);
  // Nothing changed: every project's figures are reused.
  const warmStatements = await counted(() => ask());
  rows.push(['nothing changed', warmStatements, await timed(REQUESTS, async () => {})]);
  // Every project's plan changed since the last request: every schedule is computed again (its forecast recorded).
  const replanStatements = await counted(async () => {
    await replan(projectIds);
    await ask();
  });
  rows.push(["every project's plan changed since the last request (each schedule computed again)", replanStatements, await timed(Math.max(3, Math.round(REQUESTS / 40)), () => replan(projectIds))]);

  if (process.argv.includes('--explain')) {
    // Each statement's time in one cold request (stderr), to see where it spends it.
    await touch(projectIds);
    proto.query = async function (...args) {
      const s = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        process.stderr.write(`${(performance.now() - s).toFixed(1).padStart(8)} ms  ${String(args[0]).replace(/\s+/g, ' ').slice(0, 110)}\n`);
      }
    };
    await ask();
    proto.query = original;
  }

  const colours = first.projects.reduce((m, p) => ((m[p.health.overall] = (m[p.health.overall] ?? 0) + 1), m), {});
  console.log(`# Portfolio query: ${first.total} projects × ${TASKS} tasks (${first.projects.filter((p) => p.bac === null).length} without a baseline; health R/A/G ${colours.RED ?? 0}/${colours.AMBER ?? 0}/${colours.GREEN ?? 0}), sequential requests over HTTP`);
  console.log(`# ${new Date().toISOString()}, Node ${process.version}, ${os.availableParallelism()} cores, load before ${loadBefore}, database: ${db.kind}, seeded in ${seeded.toFixed(0)} s`);
  console.log('| case | requests | SQL statements per request | p50 | p99 | max | server CPU per request | load (1 min) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, n, times] of rows)
    console.log(`| ${name} | ${times.length} | ${n} | ${ms(pct(times, 50))} | ${ms(pct(times, 99))} | ${ms(Math.max(...times))} | ${ms(times.cpu)} | ${times.load.toFixed(1)} |`);
  console.log(`# load after: ${load()}`);
} finally {
  await app.close();
  await db.drop();
}
