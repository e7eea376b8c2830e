// Progress history: "as of" answers of a 10,000-task project with a year of history.
//
//   npm run build && node bench/history/run.mjs [--tasks 10000] [--changes 30] [--requests 60] [--breakdown [--explain]] [--only earnedValue]
//     [--keep | --reuse postgres://…/trellis_bench_…]   (BENCH_TIMES=1: each request's time on stderr)
//
// The project is in product shape: UUIDs, an outline of phases > deliverables > packages > leaves
// (about 5 % summaries), finish-to-start chains inside each package, a baseline with costs, and cost
// entries booked over the year. Its history: every task changes `--changes` times over the past
// year (about 300,000 rows at 10,000 tasks), written straight into task_history with times spread
// over the year; cost entries get their cost_history rows by the database's own trigger.
// Measured over HTTP with a session cookie, one request at a time, each for a random past day:
//   - earnedValue(asOf:) with the project's figures and its weekly S-curve;
//   - board(asOf:) with its columns, counts and late tasks;
// each first for 60 different days (nothing kept helps), then for one past day asked again.
// It prints markdown (p50 / p99 / max) and the history's storage (pg_total_relation_size of
// task_history with its indexes, per task and year, and per row). It never fails on a time.
// --keep leaves the seeded database in place and prints its URL; --reuse URL measures on such a
// database without seeding (alternating runs of two builds on the same data; drop it afterwards).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../server/dist/app.js';
import { loadConfig } from '../../server/dist/config.js';
import { createLogger } from '../../server/dist/common/logger.js';
import { storeRollups } from '../../server/dist/modules/task/rollup.js';
import { numberOutline } from '../lib/outline-codes.mjs';
import { benchDatabase } from '../graphql/lib/database.mjs';
import { taskStatesAsOf } from '../../server/dist/modules/task/history.js';
import { KeptTaskStates } from '../../server/dist/modules/task/kept-states.js';
import { RecordedHistory, costEntriesAsOf, planAsOf, progressAsOf, progressPlanAsOf, recordedProgress } from '../../server/dist/modules/planning/history.js';
import { systemClock } from '../../server/dist/common/clock.js';
import { loadBaseline, loadPlan } from '../../server/dist/modules/planning/plan-loader.js';
import { runEngine } from '../../server/dist/modules/planning/schedule.service.js';
import { earnedValue, earnedValueSeries, seriesInstants } from '../../server/dist/planning/evm.js';
import { createUserWithSession } from '../graphql/lib/seed.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const n = Number(arg('tasks', '10000'));
const changes = Number(arg('changes', '30'));
const requests = Number(arg('requests', '60'));
/** --breakdown: time each step of an as-of answer once (stderr). */
const breakdown = process.argv.includes('--breakdown');
const DAY = 86_400_000;
const today = new Date();
const yearAgo = new Date(today.getTime() - 366 * DAY);
const iso = (d) => d.toISOString().slice(0, 10);

async function seed(ds, ownerId) {
  const [project] = await ds.query(
    `INSERT INTO projects (key, name, start_date, status, version, created_at) VALUES ('HIST', 'History', $1, 'ACTIVE', 1, $2) RETURNING id`,
    [iso(yearAgo), yearAgo],
  );
  const projectId = project.id;
  await ds.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [projectId, ownerId]);
  const statuses = await ds.query(
    `INSERT INTO task_statuses (project_id, name, category, color, position)
     VALUES ($1, 'To do', 'UNSTARTED', '#64748b', 0), ($1, 'Doing', 'STARTED', '#2456d6', 1), ($1, 'Done', 'COMPLETED', '#1d7f47', 2) RETURNING id, category`,
    [projectId],
  );
  const status = Object.fromEntries(statuses.map((s) => [s.category, s.id]));
  const phases = Math.max(1, Math.round(n / 1000));
  const summaries = phases * (1 + 4 + 12);
  await ds.query(
    `WITH p AS (
       INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days, created_at)
       SELECT gen_random_uuid(), $1, g, NULL, g - 1, '', '', 'Phase ' || g, 'SUMMARY', $2, 0, $4 FROM generate_series(1, $3::int) g RETURNING id, number),
     d AS (
       INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days, created_at)
       SELECT gen_random_uuid(), $1, $3 + (p.number - 1) * 4 + k, p.id, k - 1, '', '', 'Deliverable ' || k, 'SUMMARY', $2, 0, $4
         FROM p, generate_series(1, 4) k RETURNING id, number)
     INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days, created_at)
     SELECT gen_random_uuid(), $1, $3 * 5 + (d.number - $3 - 1) * 3 + k, d.id, k - 1, '', '', 'Package ' || k, 'SUMMARY', $2, 0, $4
       FROM d, generate_series(1, 3) k`,
    [projectId, status.STARTED, phases, yearAgo],
  );
  const packages = await ds.query(`SELECT id FROM tasks WHERE project_id = $1 AND name LIKE 'Package %' ORDER BY random()`, [projectId]);
  await ds.query(
    `INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days, percent_complete, created_at)
     SELECT gen_random_uuid(), $1, $2 + g, ($3::uuid[])[1 + (g - 1) % $4], (g - 1) / $4, '', '', 'Work ' || g, 'TASK', $5, 1 + (g * 7919) % 10, 100, $7
       FROM generate_series(1, $6::int) g`,
    [projectId, summaries, packages.map((p) => p.id), packages.length, status.COMPLETED, n - summaries, yearAgo],
  );
  await numberOutline(ds, projectId);
  await ds.query(`UPDATE projects SET task_seq = $2 WHERE id = $1`, [projectId, n]);
  await storeRollups((sql, params) => ds.query(sql, params), projectId);
  // Finish-to-start chains inside each package.
  await ds.query(
    `INSERT INTO task_dependencies (project_id, predecessor_id, successor_id, type, lag_days)
     SELECT $1, prev, id, 'FS', 0 FROM (
       SELECT id, lag(id) OVER (PARTITION BY parent_id ORDER BY position) AS prev FROM tasks WHERE project_id = $1 AND kind = 'TASK') x
      WHERE prev IS NOT NULL`,
    [projectId],
  );
  // A baseline from a year ago: each leaf's planned span somewhere in the year, with a cost.
  const [baseline] = await ds.query(`INSERT INTO baselines (project_id, name, created_at) VALUES ($1, 'Plan', $2) RETURNING id`, [projectId, yearAgo]);
  await ds.query(
    `INSERT INTO baseline_tasks (baseline_id, task_id, start, finish, duration_days, work_hours, cost)
     SELECT $1, t.id, to_char($3::date + o, 'YYYY-MM-DD') || 'T08:00', to_char($3::date + o + d, 'YYYY-MM-DD') || 'T17:00', d, d * 8, d * 800
       FROM (SELECT id, (abs(hashtext(id::text)) % 330) AS o, duration_days::int AS d FROM tasks WHERE project_id = $2 AND kind = 'TASK') t`,
    [baseline.id, projectId, iso(yearAgo)],
  );
  // The year's history, replacing the rows the inserts above wrote: each task changes `changes` times.
  await ds.query(`DELETE FROM task_history WHERE project_id = $1`, [projectId]);
  await ds.query(
    `INSERT INTO task_history (project_id, task_id, at, status_id, percent_complete, percent_delta, rollup_percent, duration_days, actual_start, actual_finish, archived)
     SELECT $1, t.id, $2::timestamptz + ((k * 360.0 / $3) + (abs(hashtext(t.id::text)) % 11)) * interval '1 day',
            CASE WHEN k = 0 THEN $4::uuid WHEN k = $3 - 1 THEN $6::uuid ELSE $5::uuid END,
            CASE WHEN t.kind = 'TASK' THEN k * 100 / ($3 - 1) ELSE 0 END,
            CASE WHEN t.kind = 'TASK' THEN k * 100 / ($3 - 1) - greatest(k - 1, 0) * 100 / ($3 - 1) ELSE 0 END,
            CASE WHEN t.kind = 'TASK' THEN NULL ELSE k * 100 / ($3 - 1) END,
            t.duration_days, CASE WHEN k > 0 THEN to_char($2::date, 'YYYY-MM-DD') || 'T08:00' END,
            CASE WHEN k = $3 - 1 THEN to_char(now()::date, 'YYYY-MM-DD') || 'T17:00' END, false
       FROM tasks t, generate_series(0, $3 - 1) k WHERE t.project_id = $1`,
    [projectId, yearAgo, changes, status.UNSTARTED, status.STARTED, status.COMPLETED],
  );
  // Costs booked through the year (the trigger writes their history; booked on their day).
  await ds.query(
    `INSERT INTO cost_entries (project_id, task_id, date, hours, amount, note, created_at)
     SELECT $1, t.id, $2::date + (abs(hashtext(t.id::text || k)) % 360), 8, 640, '', $3
       FROM (SELECT id FROM tasks WHERE project_id = $1 AND kind = 'TASK') t, generate_series(1, 2) k`,
    [projectId, iso(yearAgo), yearAgo],
  );
  await ds.query(`UPDATE cost_history SET at = (date::timestamp AT TIME ZONE 'UTC') + interval '18 hours' WHERE project_id = $1`, [projectId]);
  await ds.query('VACUUM ANALYZE task_history');
  await ds.query('ANALYZE');
  return projectId;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const ms = (x) => `${x.toFixed(1)} ms`;

const reuse = arg('reuse', '');
const db = reuse ? { url: reuse, kind: 'reused (--reuse)', drop: async () => undefined } : await benchDatabase();
const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', GRAPHQL_RATE_LIMIT_PER_MINUTE: '0' });
// The server's own round of snapshots and checkpoints is taken below, before measuring, not in the middle of it.
const app = await createApp(config, { databaseUrl: db.url, logger: createLogger('silent'), snapshotEveryMs: 0 });
try {
  const url = await app.listen(0, '127.0.0.1');
  const owner = await createUserWithSession(app.dataSource, 'Planner', `planner-${Date.now()}@bench.test`);
  let projectId;
  if (reuse) {
    [{ id: projectId }] = await app.dataSource.query(`SELECT id FROM projects WHERE key = 'HIST'`);
    await app.dataSource.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [projectId, owner.userId]);
  } else {
    console.error(`seeding ${n} tasks with ${changes} changes each…`);
    const t0 = performance.now();
    projectId = await seed(app.dataSource, owner.userId);
    console.error(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  {
    // What the server's history round would have done over the year: a snapshot per day and the
    // task state checkpoints (taken once; a reused database has them).
    const t0 = performance.now();
    const checkpoints = await app.services.history.checkpoints();
    const snapshots = await app.services.history.catchUp();
    if (checkpoints || snapshots) console.error(`history round: ${checkpoints} checkpoints, ${snapshots} snapshots in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (breakdown) {
    const ds = app.dataSource;
    const day = iso(new Date(today.getTime() - 120 * DAY));
    const at = new Date(`${day}T00:00:00Z`).getTime() + DAY;
    const step = async (name, f) => {
      const s = performance.now();
      const r = await f();
      console.error(`${name}: ${(performance.now() - s).toFixed(1)} ms`);
      return r;
    };
    // What a settled day asked for the first time reads when an earlier day is kept: the states moved
    // on from 27 days before (about 22,000 history rows), and the cost entries from the ledger.
    const kept = new KeptTaskStates(systemClock);
    const ledger = new RecordedHistory(systemClock);
    await step('kept states, first day (probe)', () => kept.statesAsOf(ds, projectId, new Date(at - 27 * DAY), 2));
    await step('kept states, 27 days on', () => kept.statesAsOf(ds, projectId, new Date(at), 2));
    await step('cost ledger, first read', () => ledger.costEntriesAsOf(ds, projectId, new Date(at - 27 * DAY)));
    await step('cost ledger, another day', () => ledger.costEntriesAsOf(ds, projectId, new Date(at)));
    for (let round = 0; round < 2; round++) {
      const loaded = await step('loadPlan', () => loadPlan(ds, projectId, { withArchived: true }));
      const past = await step('taskStatesAsOf', () => taskStatesAsOf(ds, projectId, new Date(at)));
      const costs = await step('costEntriesAsOf', () => costEntriesAsOf(ds, projectId, new Date(at)));
      const then = await step('planAsOf', () => planAsOf(loaded, past, day));
      // Earned value of a settled day reads only the tasks' progress of that day.
      const progress = await step('progressAsOf (earned value)', () => progressAsOf(ds, projectId, new Date(at)));
      await step('progressPlanAsOf (earned value)', () => progressPlanAsOf(loaded, progress, day));
      await step('runEngine', () => runEngine(then.doc));
      const [{ id }] = await ds.query(`SELECT id FROM baselines WHERE project_id = $1`, [projectId]);
      const baseline = await step('loadBaseline', () => loadBaseline(ds, projectId, id));
      const doc = { ...then.doc, baselines: [baseline], costEntries: costs };
      await step('earnedValue', () => earnedValue(doc, baseline, { statusDate: day }));
      const instants = seriesInstants(doc, baseline, 'WEEK', { statusDate: day });
      const parents = new Set(doc.tasks.map((t) => t.parentId).filter(Boolean));
      const recorded = await step('recordedProgress', () => recordedProgress(ds, projectId, id, doc.tasks.filter((t) => !parents.has(t.id)).map((t) => t.id), doc.tasks.map((t) => t.id), instants));
      await step('earnedValueSeries', () => earnedValueSeries(doc, baseline, 'WEEK', { statusDate: day, recorded }));
    }
    if (process.argv.includes('--explain')) {
      // The plans of the history reads (stderr): each must stay one indexed pass.
      const explain = async (name, sql, params) => {
        const plan = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        console.error(`-- ${name}\n${plan.map((r) => r['QUERY PLAN'].slice(0, 160)).join('\n')}`);
      };
      await explain('task states as of', `SELECT h.* FROM tasks t CROSS JOIN LATERAL (SELECT * FROM task_history h WHERE h.task_id = t.id AND h.at < $2 ORDER BY h.at DESC, h.id DESC LIMIT 1) h WHERE t.project_id = $1`, [projectId, new Date(at)]);
      const [{ id }] = await ds.query(`SELECT id FROM baselines WHERE project_id = $1`, [projectId]);
      const leaves = (await ds.query(`SELECT id FROM tasks WHERE project_id = $1 AND kind = 'TASK'`, [projectId])).map((r) => r.id);
      await explain('recorded EV', `SELECT width_bucket(h.at, $3::timestamptz[]) AS bucket, sum(h.percent_delta * b.cost)::float8 / 100 AS value FROM task_history h JOIN baseline_tasks b ON b.baseline_id = $2 AND b.task_id = h.task_id WHERE h.project_id = $1 AND h.at < $4 AND h.task_id = ANY($5::uuid[]) GROUP BY 1`, [projectId, id, [new Date(at - 7 * DAY), new Date(at)], new Date(at), leaves]);
      await explain('cost entries as of', `SELECT task_id, date, sum(amount), sum(hours) FROM cost_history WHERE project_id = $1 AND at < $2 GROUP BY entry_id, task_id, date HAVING sum(amount) <> 0 OR sum(hours) <> 0 ORDER BY date`, [projectId, new Date(at)]);
    }
  }
  const gql = async (query, variables) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: owner.cookie }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const queries = {
    'earnedValue(asOf:)': `query($p: UUID!, $d: LocalDate) { project(id: $p) { earnedValue(asOf: $d) { statusDate project { pv ev ac spi cpi } series { date pv ev ac } } } }`,
    'board(asOf:)': `query($p: UUID!, $d: LocalDate) { project(id: $p) { board(asOf: $d) { percentComplete taskCount columns { name count } lateTasks { key } } } }`,
  };
  const [{ rows }] = await app.dataSource.query(`SELECT count(*)::int AS rows FROM task_history WHERE project_id = $1`, [projectId]);
  const [{ bytes }] = await app.dataSource.query(`SELECT pg_total_relation_size('task_history')::float8 AS bytes`);
  const [{ cost }] = await app.dataSource.query(`SELECT pg_total_relation_size('cost_history')::float8 AS cost`);
  const [checkpoints] = await app.dataSource.query(
    `SELECT count(*)::int AS n, pg_total_relation_size('task_state_checkpoints')::float8 AS bytes FROM task_state_checkpoints WHERE project_id = $1`,
    [projectId],
  );
  console.log(`# Progress history: as-of answers of a ${n.toLocaleString('en')}-task project with a year of history`);
  console.log(`# ${new Date().toISOString()}, Node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, database: ${db.kind}`);
  console.log('');
  console.log('| query | requests | p50 | p99 | max | Node CPU per request |');
  console.log('|---|---:|---:|---:|---:|---:|');
  // --only <prefix>: measure only the queries whose name starts with it (to profile one).
  const only = arg('only', '');
  for (const [name, query] of Object.entries(queries).filter(([name]) => name.startsWith(only))) {
    // Two unmeasured requests warm the caches, as a running server has them.
    for (let i = 0; i < 2; i++) await gql(query, { p: projectId, d: iso(new Date(today.getTime() - (100 + i) * DAY)) });
    const times = [];
    // CPU time of this process (the server and the client; PostgreSQL's own is not in it).
    const cpu = process.cpuUsage();
    for (let i = 0; i < requests; i++) {
      const day = iso(new Date(today.getTime() - (1 + ((i * 37) % 360)) * DAY));
      const s = performance.now();
      await gql(query, { p: projectId, d: day });
      times.push(performance.now() - s);
    }
    const used = process.cpuUsage(cpu);
    if (process.env.BENCH_TIMES) console.error(name, times.map(Math.round).join(" "));
    console.log(`| ${name} | ${requests} | ${ms(pct(times, 50))} | ${ms(pct(times, 99))} | ${ms(Math.max(...times))} | ${ms((used.user + used.system) / 1000 / requests)} |`);
    // The same past day asked again (a dashboard, several viewers, the day's snapshot): a day that is over does not change.
    const again = [];
    const cpuAgain = process.cpuUsage();
    const day = iso(new Date(today.getTime() - 30 * DAY));
    await gql(query, { p: projectId, d: day });
    for (let i = 0; i < requests; i++) {
      const s = performance.now();
      await gql(query, { p: projectId, d: day });
      again.push(performance.now() - s);
    }
    const usedAgain = process.cpuUsage(cpuAgain);
    console.log(`| ${name}, the same past day again | ${requests} | ${ms(pct(again, 50))} | ${ms(pct(again, 99))} | ${ms(Math.max(...again))} | ${ms((usedAgain.user + usedAgain.system) / 1000 / (requests + 1))} |`);
  }
  console.log('');
  console.log('| history storage | value |');
  console.log('|---|---:|');
  console.log(`| task_history rows (a year) | ${rows.toLocaleString('en')} |`);
  console.log(`| task_history with indexes | ${(bytes / 1048576).toFixed(1)} MB |`);
  console.log(`| per task per year | ${(bytes / n / 1024).toFixed(1)} kB |`);
  console.log(`| per history row | ${Math.round(bytes / rows)} B |`);
  console.log(`| task state checkpoints (${checkpoints.n} for the year) | ${(checkpoints.bytes / 1048576).toFixed(1)} MB, ${(checkpoints.bytes / n / 1024).toFixed(1)} kB per task per year |`);
  console.log(`| cost_history (${(2 * (n - Math.max(1, Math.round(n / 1000)) * 17)).toLocaleString('en')} entries) | ${(cost / 1048576).toFixed(1)} MB |`);
  console.log(`# load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await app.close();
  if (process.argv.includes('--keep')) console.error(`kept: ${db.url}`);
  else await db.drop();
}
