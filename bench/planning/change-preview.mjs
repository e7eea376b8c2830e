#!/usr/bin/env node
// Change request preview benchmark: `computeImpact` as `changeRequestPreview` runs it once the
// live schedule is in memory (the server's schedule cache): the change set checked against the
// plan and applied to a what-if copy, the copy scheduled by the engine, and the difference taken
// (finish, milestones, critical tasks, cost and budget at completion, over-allocated resources).
//
// The plan is the CPM benchmark's product shape (lib/plans.mjs: UUID ids in shuffled order, a
// four-level outline, two calendars with holidays, all link types, constraints and progress) as
// a stored plan document, with work resources on a third of the tasks so costs and
// over-allocation have something to compare. The change set has 20 items: 10 tasks added under
// a work package (a chain hanging off an existing task), 6 durations changed, 3 links added
// between the new tasks and 1 existing link removed.
//
// Uses the built server: `npm run build -w schema && npm run build -w server` first.
// Usage: node --expose-gc bench/planning/change-preview.mjs [--sizes 10000] [--runs 30] [--warmup 5]
// Prints a markdown table on stdout; it never fails on a time threshold.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { productPlan, random } from './lib/plans.mjs';
import { asDocument, changeSetOf } from './lib/change-plan.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = parseArgs(process.argv.slice(2));
const dist = path.join(repoRoot, 'server', 'dist');
const impactJs = path.join(dist, 'modules', 'change', 'impact.js');
if (!existsSync(impactJs)) {
  console.error(`Missing ${impactJs}: build the server first (npm run build -w schema && npm run build -w server).`);
  process.exit(1);
}
// The impact types are GraphQL object types: their decorators want reflect-metadata, as in the server.
await import('reflect-metadata');
const { computeSchedule } = await import(pathToFileURL(path.join(dist, 'planning', 'index.js')).href);
const { computeImpact } = await import(pathToFileURL(impactJs).href);
const { normalizeChangeSet } = await import(pathToFileURL(path.join(dist, 'modules', 'change', 'change-set.js')).href);
const { planInput } = await import(pathToFileURL(path.join(dist, 'modules', 'planning', 'plan-input.js')).href);

const sizes = (args.sizes ?? '10000').split(',').map(Number);
const runs = Number(args.runs ?? 30);
const warmup = Number(args.warmup ?? 5);
function time(fn) {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, out };
}

const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

const rows = [];
for (const n of sizes) {
  const rnd = random(20261207 + n);
  const doc = asDocument(productPlan(n, 20261206 + n, computeSchedule), rnd);
  // The server has the live schedule in memory (ScheduleService.current): the preview starts from it.
  const before = { doc, result: computeSchedule(planInput(doc)), budget: 1_000_000 };
  const cs = changeSetOf(doc, rnd, normalizeChangeSet);
  const items = cs.addTasks.length + cs.durations.length + cs.links.length + cs.removeLinks.length;
  const first = computeImpact(before, cs, 'changeSet');
  console.error(`${n} tasks, ${doc.links.length} links, ${doc.assignments.length} assignments; ${items} edits: finish ${first.finishBefore} -> ${first.finishAfter}, ${first.becameCritical.length} tasks become critical, ${first.leftCritical.length} leave, ${first.overallocations.length} resources more over-allocated`);
  for (let i = 0; i < warmup; i++) computeImpact(before, cs, 'changeSet');
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = time(() => computeImpact(before, cs, 'changeSet'));
    wall.push(t.ms);
    cpu.push(t.cpuMs);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  rows.push({ n, links: doc.links.length, assignments: doc.assignments.length, items, median: at(wall, 0.5), p95: at(wall, 0.95), p99: at(wall, 0.99), max: wall.at(-1), cpu: at(cpu, 0.5) });
}

const load = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${load} (1/5/15 min) at the end; ${runs} measured runs after ${warmup} warm-up runs${globalThis.gc ? ', GC before each run' : ''}\n`);
console.log('| tasks | links | assignments | edits | median ms | p95 ms | p99 ms | max ms | median CPU ms |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString('en')} | ${r.links.toLocaleString('en')} | ${r.assignments.toLocaleString('en')} | ${r.items} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.cpu.toFixed(1)} |`);
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1];
  }
  return out;
}
