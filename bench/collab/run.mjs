#!/usr/bin/env node
/**
 * Collaboration service benchmark: the built @trellis/collab (PostgreSQL persistence) against the
 * reference y-websocket server (@y/websocket-server 0.1.1, in memory), same machine, same load.
 * Needs the collab build (`npm run build -w collab`).
 *
 *   node bench/collab/run.mjs
 *
 * BENCH_DATABASE_URL       a PostgreSQL server to create a throw-away database in (default: an
 *                          embedded PostgreSQL in a temporary folder, removed at the end)
 * BENCH_COLLAB_DURATION    seconds of typing per run (default 20)
 * BENCH_COLLAB_RATE        keystrokes per second per writer (default 10)
 * BENCH_COLLAB_SCENARIOS   e.g. "50x3" to run only some scenarios (default "50x3,200x5")
 * BENCH_COLLAB_SERVERS     e.g. "trellis" to run only some servers (default "trellis,reference";
 *                          "trellis-memory" adds the service on its in-memory store)
 * BENCH_COLLAB_ROUNDS      rounds per scenario (default 1); each round runs every server once, in
 *                          turn, and the summary gives each server's median over the rounds
 *
 * Prints markdown on stdout, progress on stderr, and writes bench/results/collab.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startChild } from '../graphql/lib/child.mjs';
import { fmt, table } from '../graphql/lib/stats.mjs';
import { benchDatabase } from './lib/database.mjs';

const here = import.meta.dirname;
const int = (name, def, min, max) => {
  const v = Number(process.env[name] ?? def);
  return Number.isInteger(v) && v >= min && v <= max ? v : def;
};
const durationS = int('BENCH_COLLAB_DURATION', 20, 1, 120);
const rateHz = int('BENCH_COLLAB_RATE', 10, 1, 100);
const rounds = int('BENCH_COLLAB_ROUNDS', 1, 1, 9);
const graceMs = 5_000;
const scenarios = [
  { rooms: 50, clientsPerRoom: 3 },
  { rooms: 200, clientsPerRoom: 5 },
].filter((s) => !process.env.BENCH_COLLAB_SCENARIOS || process.env.BENCH_COLLAB_SCENARIOS.split(',').includes(`${s.rooms}x${s.clientsPerRoom}`));
const servers = [
  { kind: 'trellis', label: '@trellis/collab (PostgreSQL)' },
  { kind: 'trellis-memory', label: '@trellis/collab (memory store)', optIn: true },
  { kind: 'reference', label: '@y/websocket-server 0.1.1 (memory)' },
].filter((s) => (process.env.BENCH_COLLAB_SERVERS ? process.env.BENCH_COLLAB_SERVERS.split(',').includes(s.kind) : !s.optIn));

const log = (m) => process.stderr.write(`${m}\n`);

async function runOne(server, scenario, db) {
  const srv = startChild(path.join(here, 'workers/server.mjs'));
  const load = startChild(path.join(here, 'workers/load.mjs'));
  try {
    const { url } = await srv.call('start', { kind: server.kind, databaseUrl: db.url });
    await load.call('connect', { url, ...scenario });
    await srv.call('mark');
    const pgCpuAtStart = db.cpuSeconds();
    const result = await load.call('run', { rateHz, durationS, graceMs });
    const measured = await srv.call('measure');
    const pgCpuAtEnd = db.cpuSeconds();
    await load.call('close');
    return { ...result, ...measured, pgCpuSeconds: pgCpuAtStart === null || pgCpuAtEnd === null ? null : pgCpuAtEnd - pgCpuAtStart };
  } finally {
    await load.stop();
    await srv.stop();
  }
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

async function main() {
  const loadAtStart = loadAverage();
  log(`collab benchmark: node ${process.version}, ${os.cpus()[0]?.model?.trim()}, ${os.availableParallelism()} cores`);
  const db = await benchDatabase();
  const rows = [];
  const notes = [];
  const results = [];
  try {
    log(`database: PostgreSQL ${db.version}, ${db.kind}`);
    for (const scenario of scenarios) {
      for (let round = 1; round <= rounds; round++) {
      // Servers take turns within a round, so a spell of load on the machine hits both alike.
      for (const server of servers) {
        log(`${server.label}: ${scenario.rooms} rooms x ${scenario.clientsPerRoom} clients, ${rateHz} Hz for ${durationS} s${rounds > 1 ? `, round ${round} of ${rounds}` : ''} ...`);
        const r = await runOne(server, scenario, db);
        results.push({ server, scenario, r });
        const label = rounds > 1 ? `${server.label}, round ${round}` : server.label;
        log(`  sent ${r.sent}, p50 ${fmt(r.p50, 2)} ms, p99 ${fmt(r.p99, 2)} ms, lost ${r.lost}, RSS ${fmt(r.peakRssMb)} MB, CPU ${fmt(r.cpuSeconds, 2)} s`);
        rows.push([
          label,
          `${scenario.rooms} x ${scenario.clientsPerRoom}`,
          String(r.sent),
          fmt(r.p50, 2),
          fmt(r.p99, 2),
          String(r.lost),
          fmt(r.peakRssMb),
          fmt(r.cpuSeconds, 2),
        ]);
        const expected = scenario.rooms * rateHz * durationS;
        notes.push(
          `${label}, ${scenario.rooms} x ${scenario.clientsPerRoom}: ${r.sent} of ${expected} scheduled keystrokes were typed (late timers mean a busy load generator); ${r.deliveries} deliveries; load generator CPU ${fmt(r.loadCpuSeconds, 2)} s.`,
        );
        if (r.closes > 0) notes.push(`${label}, ${scenario.rooms} x ${scenario.clientsPerRoom}: ${r.closes} client connections closed during the run.`);
        if (r.stats?.storedRows !== undefined) {
          notes.push(
            `${label}, ${scenario.rooms} x ${scenario.clientsPerRoom}: ${r.stats.storeWrites ?? r.stats.flushes} INSERT statements stored ${r.stats.flushes} document batches as ${r.stats.storedRows} log rows for ${r.sent} updates; ${r.stats.compactions} compactions` +
              (r.pgCpuSeconds === null ? '.' : `; PostgreSQL used ${fmt(r.pgCpuSeconds, 2)} s of CPU meanwhile (not in the server CPU column).`),
          );
        }
      }
      }
    }
  } finally {
    await db.drop();
  }
  const summary = rounds > 1 ? medians(results) : [];

  const report = [
    `Node ${process.version}, ${os.cpus()[0]?.model?.trim()}, ${os.availableParallelism()} cores, PostgreSQL ${db.version} (${db.kind}).`,
    `Machine load average (1/5/15 min) at start: ${loadAtStart}, at end: ${loadAverage()}; other work on the machine skews latency and CPU.`,
    `One writer per room types ${rateHz} insertions/s for ${durationS} s; latency is from the writer's insert to each reader's observe (same process, same clock); lost = (reader, update) pairs never seen ${graceMs / 1000} s after the end.`,
    '',
    table(['server', 'rooms x clients', 'updates sent', 'p50 ms', 'p99 ms', 'lost', 'server RSS MB (peak)', 'server CPU s'], rows, 2),
    '',
    ...(summary.length > 0
      ? [`Median over ${rounds} rounds (lost: total):`, '', table(['server', 'rooms x clients', 'updates sent', 'p50 ms', 'p99 ms', 'lost', 'server RSS MB (peak)', 'server CPU s'], summary, 2), '']
      : []),
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
  process.stdout.write(report + '\n');
  const out = path.resolve(here, '..', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'collab.md'), report + '\n');
}

/** Per server and scenario: the median of each column over the rounds, and the total lost. */
function medians(results) {
  const median = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const rows = [];
  for (const scenario of scenarios) {
    for (const server of servers) {
      const rs = results.filter((x) => x.server === server && x.scenario === scenario).map((x) => x.r);
      if (rs.length === 0) continue;
      rows.push([
        server.label,
        `${scenario.rooms} x ${scenario.clientsPerRoom}`,
        String(Math.round(median(rs.map((r) => r.sent)))),
        fmt(median(rs.map((r) => r.p50)), 2),
        fmt(median(rs.map((r) => r.p99)), 2),
        String(rs.reduce((sum, r) => sum + r.lost, 0)),
        fmt(median(rs.map((r) => r.peakRssMb))),
        fmt(median(rs.map((r) => r.cpuSeconds)), 2),
      ]);
    }
  }
  return rows;
}

main().catch((err) => {
  log(err?.stack ?? String(err));
  process.exitCode = 1;
});
