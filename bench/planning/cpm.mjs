#!/usr/bin/env node
// Critical path benchmark: computeSchedule, the whole job as the server runs it (input checks,
// task ids, calendars, both passes, floats, critical paths, warnings, result rows with their
// date texts), on seeded plans of 1k, 10k and 100k tasks (lib/plans.mjs):
//  - the headline, a plan in the product's shape: UUID ids in shuffled order, a four-level
//    outline, two calendars with holidays, all four link types with lags and leads,
//    constraints, deadlines and progress;
//  - a flat network with short ids listed in link order, the shape of this benchmark's
//    earlier headline, kept to show what the product's shape costs.
//
// Uses the built server: `npm run build -w schema && npm run build -w server` first.
// Usage: node --expose-gc bench/planning/cpm.mjs [--sizes 1000,10000,100000] [--runs 9] [--warmup 3] [--dist DIR]
// Prints a markdown table on stdout; it never fails on a time threshold.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { flatNetwork, productPlan } from './lib/plans.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = parseArgs(process.argv.slice(2));
const built = path.resolve(args.dist ?? path.join(repoRoot, 'server', 'dist', 'planning'), 'index.js');
if (!existsSync(built)) {
  console.error(`Missing ${built}: build the server first (npm run build -w schema && npm run build -w server).`);
  process.exit(1);
}
const { computeSchedule } = await import(pathToFileURL(built).href);

const sizes = (args.sizes ?? '1000,10000,100000').split(',').map(Number);
const runs = Number(args.runs ?? 9);
const warmup = Number(args.warmup ?? 3);

/** Wall-clock and CPU time of one call. CPU time shows the cost when other processes share the cores. */
function time(fn) {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

function measure(fn) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  const cpuSamples = [];
  let heap = 0;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const { ms, cpuMs } = time(fn);
    samples.push(ms);
    cpuSamples.push(cpuMs);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  return { ...stats(samples), min: Math.min(...samples), cpuMedian: stats(cpuSamples).median, heapMb: heap / 2 ** 20 };
}

function describe(n, input) {
  const result = computeSchedule(input);
  const summaries = result.tasks.filter((t) => t.summary).length;
  console.error(`${n} tasks (${summaries} summaries), ${input.links.length} links: finish ${result.finish}, ${result.criticalPaths.length} critical path(s), ${result.warnings.length} warning(s)`);
  return summaries;
}

const rows = [];
for (const n of sizes) {
  const product = productPlan(n, 20261206 + n, computeSchedule);
  const summaries = describe(n, product);
  rows.push({ n, links: product.links.length, name: `**product shape** (UUIDs shuffled, ${summaries.toLocaleString('en')} summaries in 4 levels, 2 calendars, constraints, progress)`, ...measure(() => computeSchedule(product)) });
  const flat = flatNetwork(n, 20250106 + n);
  describe(n, flat);
  rows.push({ n, links: flat.links.length, name: 'flat network, short ids in link order, 1 calendar', ...measure(() => computeSchedule(flat)) });
}

const load = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${load} (1/5/15 min) at the end; ${runs} measured runs after ${warmup} warm-up runs${globalThis.gc ? ', GC before each run' : ''}\n`);
console.log('| tasks | links | computeSchedule on | median ms | min ms | p95 ms | median CPU ms | heap MB |');
console.log('|---:|---:|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString('en')} | ${r.links.toLocaleString('en')} | ${r.name} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.cpuMedian.toFixed(1)} | ${r.heapMb.toFixed(0)} |`);
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1];
  }
  return out;
}
