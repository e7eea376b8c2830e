#!/usr/bin/env node
/**
 * GraphQL benchmarks for the Trellis server. Needs the server build (`npm run build -w server`).
 *
 *   node bench/graphql/run.mjs
 *
 * BENCH_DATABASE_URL  a PostgreSQL server to create a throw-away database in (default: an embedded
 *                     PostgreSQL in a temporary folder, stopped and removed at the end).
 * Prints markdown to stdout, progress to stderr, and writes bench/results/graphql.md.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../server/dist/app.js';
import { createLogger } from '../../server/dist/common/logger.js';
import { loadConfig } from '../../server/dist/config.js';
import { measureBoardService, queryTables, runQueryBenchmarks } from './board.mjs';
import { fanoutTables, runFanout } from './fanout.mjs';
import { startBareServer } from './lib/bare-server.mjs';
import { startChild } from './lib/child.mjs';
import { benchDatabase, postgresVersion } from './lib/database.mjs';
import { environment, environmentMarkdown } from './lib/env.mjs';
import { seedProject } from './lib/seed.mjs';
import { ms } from './lib/stats.mjs';

const here = import.meta.dirname;
const int = (name, def, min, max) => {
  const v = Number(process.env[name] ?? def);
  return Number.isInteger(v) && v >= min && v <= max ? v : def;
};
const settings = {
  connections: int('BENCH_CONNECTIONS', 10, 1, 200),
  duration: int('BENCH_DURATION', 10, 1, 20),
  warmup: int('BENCH_WARMUP', 3, 0, 10),
  perInstance: int('BENCH_SUBSCRIBERS', 100, 1, 1000),
  mutations: int('BENCH_MUTATIONS', 200, 1, 400),
  rate: int('BENCH_RATE', 20, 1, 200),
};

const log = (m) => process.stderr.write(`${m}\n`);
const started = performance.now();
const serverLog = [];
const logger = createLogger('warn', (line) => serverLog.push(line));

const processWarnings = [];
process.on('warning', (w) => processWarnings.push(`${w.name}: ${w.message}`));
const cleanups = [];
let output = '';

async function main() {
  const env = environment();
  log(`Trellis GraphQL benchmarks: node ${env.node}, ${env.cpu}, ${env.cores} cores`);
  const db = await benchDatabase();
  cleanups.push(['database', () => db.drop()]);
  env.postgres = `${await postgresVersion(db.url)}, ${db.kind}`;
  log(`database: ${env.postgres}`);

  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const appA = await createApp(config, { databaseUrl: db.url, logger });
  cleanups.push(['instance A', () => appA.close()]);
  const urlA = await appA.listen(0, '127.0.0.1');

  let t = performance.now();
  const seed = await seedProject(appA);
  log(`seeded ${seed.taskCount} tasks (${seed.leafCount} leaves, ${seed.depth} WBS levels) in ${ms(performance.now() - t)}`);

  const bare = await startBareServer(appA, config);
  cleanups.push(['bare server', () => bare.close()]);
  const servers = [
    { name: 'app (type-graphql)', url: urlA },
    { name: 'bare Apollo', url: bare.url },
  ];

  log('benchmark 1: queries');
  const load = startChild(path.join(here, 'workers/load.mjs'));
  cleanups.push(['load worker', () => load.stop()]);
  const queries = await runQueryBenchmarks({
    app: appA,
    servers,
    seed,
    load,
    connections: settings.connections,
    duration: settings.duration,
    warmup: settings.warmup,
    log,
  });
  await load.stop();
  const floor = await measureBoardService(appA, seed.projectId);
  await bare.close();

  log('benchmark 2: subscription fan-out over two instances');
  const appB = await createApp(config, { databaseUrl: db.url, logger });
  cleanups.push(['instance B', () => appB.close()]);
  const urlB = await appB.listen(0, '127.0.0.1');
  const subscribers = startChild(path.join(here, 'workers/subscribers.mjs'));
  cleanups.push(['subscriber worker', () => subscribers.stop()]);
  const fanout = await runFanout({
    instances: [
      { name: 'instance A (mutations)', url: urlA, app: appA },
      { name: 'instance B', url: urlB, app: appB },
    ],
    seed,
    subscribers,
    perInstance: settings.perInstance,
    mutations: settings.mutations,
    ratePerSecond: settings.rate,
    log,
  });
  await subscribers.stop();
  const watchingAfterClose = [appA, appB].map((a) => a.hub.watching('TASK_UPDATED', seed.projectId));

  const errors = serverLog.filter((l) => /"level":"error"/.test(l));
  const warnings = serverLog.length - errors.length;
  output = [
    '# Trellis GraphQL benchmarks',
    '',
    environmentMarkdown(env),
    '',
    `Settings: ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per measurement; ` +
      `${settings.perInstance} subscribers per instance, ${settings.mutations} mutations at ${settings.rate}/s. ` +
      `Project: ${seed.taskCount} tasks (${seed.leafCount} leaf cards), ${seed.depth}-level WBS. Load generators run in child processes.`,
    '',
    '## 1. Query throughput and latency: app (type-graphql) vs bare Apollo Server',
    '',
    ...queryTables(queries).flatMap((t) => [t, '']),
    `\`BoardService.compute\` alone (in-process, sequential, no HTTP/GraphQL): p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}, p99 ${ms(floor.p99)} over ${floor.n} calls.`,
    '',
    '## 2. `taskUpdated` fan-out across two instances',
    '',
    fanoutTables(fanout),
    `- Hub subscriber counts: ${fanout.watchingAfter.join(' / ')} just after the run, ${watchingAfterClose.join(' / ')} after the clients disconnected (A / B).`,
    '',
    `Server log during the run: ${errors.length} error(s), ${warnings} warning(s)${serverLog.length ? ':' : '.'}`,
    ...serverLog.slice(0, 10).map((l) => `    ${l.slice(0, 400)}`),
    '',
    `Process warnings during the run: ${processWarnings.length}${processWarnings.length ? ':' : '.'}`,
    ...[...new Set(processWarnings)].slice(0, 10).map((w) => `    ${w.slice(0, 400)}`),
    '',
    `Total run time: ${(performance.now() - started) / 1000 | 0} s.`,
    '',
  ].join('\n');
}

async function cleanup() {
  for (const [name, fn] of cleanups.reverse()) {
    try {
      await fn();
    } catch (err) {
      log(`cleanup of ${name} failed: ${err?.stack ?? err}`);
    }
  }
}

try {
  await main();
} catch (err) {
  log(`benchmark failed: ${err?.stack ?? err}`);
  if (serverLog.length) log(`server log:\n${serverLog.slice(0, 20).join('\n')}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
if (output) {
  process.stdout.write(output);
  const dir = path.resolve(here, '../results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'graphql.md'), output);
  log(`written ${path.relative(process.cwd(), path.join(dir, 'graphql.md'))}`);
}
// Everything is closed by now; if some handle still keeps the process alive, say which and leave.
setTimeout(() => {
  log(`still running 10 s after cleanup; open resources: ${process.getActiveResourcesInfo().join(', ')}`);
  process.exit(process.exitCode ?? 0);
}, 10_000).unref();
