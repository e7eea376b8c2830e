#!/usr/bin/env node
// Critical path benchmark: computeSchedule (calendars, summaries' machinery, date conversion,
// floats, critical paths) and the calendar-free cpm() core, on seeded random networks of
// 1k, 10k and 100k tasks with ~1.4 links per task of mixed types and lags.
//
// Uses the built server: `npx tsc -p server/tsconfig.build.json` first.
// Usage: node bench/planning/cpm.mjs [--sizes 1000,10000,100000] [--runs 9] [--warmup 3]
// Prints a markdown table on stdout; it never fails on a time threshold.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = path.join(repoRoot, 'server', 'dist', 'planning', 'index.js');
if (!existsSync(built)) {
  console.error(`Missing ${built}: build the server first (npx tsc -p server/tsconfig.build.json).`);
  process.exit(1);
}
const { computeSchedule, buildNetwork, cpm } = await import(pathToFileURL(built).href);

const args = parseArgs(process.argv.slice(2));
const sizes = (args.sizes ?? '1000,10000,100000').split(',').map(Number);
const runs = Number(args.runs ?? 9);
const warmup = Number(args.warmup ?? 3);

/** Deterministic PRNG (mulberry32) so every run measures the same networks. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Tasks link back to recent tasks (a window of 200), which gives chains a few hundred tasks
 * deep like real plans rather than one flat layer. 70% FS, 12% SS, 12% FF, 6% SF; 70% no lag,
 * 20% a lag of 1-5 days, 10% a lead of 1-2 days; 5% milestones; durations 1-10 days.
 */
function generate(n, seed) {
  const rnd = random(seed);
  const tasks = [];
  const durations = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const days = rnd() < 0.05 ? 0 : 1 + Math.floor(rnd() * 10);
    durations[i] = days * 480;
    tasks.push({ id: `T${i}`, durationDays: days });
  }
  const links = [];
  const coreLinks = [];
  const targetLinks = Math.round(n * 1.4);
  for (let k = 0; k < targetLinks; k++) {
    const to = 1 + Math.floor(rnd() * (n - 1));
    const from = Math.max(0, to - 1 - Math.floor(rnd() * Math.min(to, 200)));
    const r = rnd();
    const type = r < 0.7 ? 'FS' : r < 0.82 ? 'SS' : r < 0.94 ? 'FF' : 'SF';
    const l = rnd();
    const lagDays = l < 0.7 ? 0 : l < 0.9 ? 1 + Math.floor(rnd() * 5) : -(1 + Math.floor(rnd() * 2));
    links.push({ predecessorId: `T${from}`, successorId: `T${to}`, type, lagDays });
    coreLinks.push({ from, to, type, lag: lagDays * 480 });
  }
  return { tasks, links, durations, coreLinks };
}

/**
 * The same network as a work breakdown: one summary over every 20 tasks, 10% of the tasks on
 * a four-day-week calendar of their own, and a link into a summary for every 100 tasks.
 * Tasks are built with one object literal, as the server's planInput does: copies made with
 * object spread ({ ...task, parentId }) each got a hidden class of their own in V8, which made
 * every property read in the scheduler megamorphic and slowed this row down by a third.
 */
function withBreakdown({ tasks, links }, seed) {
  const rnd = random(seed);
  const summaries = [];
  const planned = tasks.map((task, i) => {
    const group = Math.floor(i / 20);
    if (i % 20 === 0) summaries.push({ id: `S${group}`, durationDays: 0, kind: 'SUMMARY' });
    return { id: task.id, durationDays: task.durationDays, parentId: `S${group}`, calendarId: rnd() < 0.1 ? 'four-day' : null };
  });
  const intoSummaries = [];
  for (let g = 1; g < summaries.length; g += 5) {
    intoSummaries.push({ predecessorId: `T${g * 20 - 1 - Math.floor(rnd() * 20)}`, successorId: `S${g}`, type: rnd() < 0.8 ? 'FS' : 'SS', lagDays: 0 });
  }
  const fourDay = { id: 'four-day', baseId: 'project', workWeek: { 5: [] } };
  for (const day of [1, 2, 3, 4]) fourDay.workWeek[day] = [{ from: '07:00', to: '12:00' }, { from: '12:30', to: '17:30' }];
  return { tasks: [...summaries, ...planned], links: [...links, ...intoSummaries], calendar: fourDay };
}

/**
 * The same network as the server hands it over: tasks keyed by UUIDs, links in the order a
 * database returns them (not the order of the tasks), every id a string of its own (read from
 * a row, not shared with the task it names). Built through JSON.parse, which gives flat
 * strings like a database driver does; ids made by concatenation would be rope strings that
 * every comparison first flattens.
 */
function asStored({ tasks, links }, seed) {
  const rnd = random(seed);
  const hex = (digits) => Array.from({ length: digits }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const uuids = tasks.map(() => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`);
  const index = new Map(tasks.map((task, i) => [task.id, i]));
  const rows = links.map((link) => ({ ...link, predecessorId: uuids[index.get(link.predecessorId)], successorId: uuids[index.get(link.successorId)] }));
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return JSON.parse(JSON.stringify({ tasks: tasks.map((task, i) => ({ id: uuids[i], durationDays: task.durationDays })), links: rows }));
}

/** Standard week plus ten holidays a year for 2025-2034. */
function projectCalendar() {
  const exceptions = [];
  for (let year = 2025; year <= 2034; year++) {
    for (const md of ['01-01', '04-18', '04-21', '05-01', '05-29', '06-09', '07-14', '08-15', '11-11', '12-25']) {
      exceptions.push({ from: `${year}-${md}`, to: `${year}-${md}`, working: false, name: 'Holiday' });
    }
  }
  exceptions.push({ from: '2025-12-24', to: '2026-01-02', working: false, name: 'Year-end closure' });
  return { id: 'project', name: 'Project', baseId: 'standard', exceptions };
}

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

const rows = [];
for (const n of sizes) {
  const { tasks, links, durations, coreLinks } = generate(n, 20250106 + n);
  const input = { start: '2025-01-06', calendars: [projectCalendar()], calendarId: 'project', tasks, links };
  const sample = computeSchedule(input);
  console.error(`${n} tasks: finish ${sample.finish}, ${sample.criticalPaths.length} critical path(s), ${sample.warnings.length} warning(s)`);
  const full = measure(() => computeSchedule(input));
  const stored = asStored({ tasks, links }, 11 + n);
  const storedInput = { ...input, tasks: stored.tasks, links: stored.links };
  const uuid = measure(() => computeSchedule(storedInput));
  const breakdown = withBreakdown({ tasks, links }, 7 + n);
  const wbsInput = { ...input, calendars: [projectCalendar(), breakdown.calendar], tasks: breakdown.tasks, links: breakdown.links };
  const wbs = measure(() => computeSchedule(wbsInput));
  const net = buildNetwork(durations, coreLinks);
  const core = measure(() => cpm(net));
  const build = measure(() => buildNetwork(durations, coreLinks));
  rows.push({ n, links: links.length, name: 'computeSchedule', ...full });
  rows.push({ n, links: links.length, name: 'computeSchedule, UUID ids, links in stored order', ...uuid });
  rows.push({ n, links: breakdown.links.length, name: `computeSchedule, ${breakdown.tasks.length - n} summaries, 2 calendars`, ...wbs });
  rows.push({ n, links: links.length, name: 'cpm (network prebuilt)', ...core });
  rows.push({ n, links: links.length, name: 'buildNetwork', ...build });
}

const load = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${load} (1/5/15 min) at the end; ${runs} measured runs after ${warmup} warm-up runs${globalThis.gc ? ', GC before each run' : ''}\n`);
console.log('| tasks | links | function | median ms | min ms | p95 ms | median CPU ms | heap MB |');
console.log('|---:|---:|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString('en')} | ${r.links.toLocaleString('en')} | ${r.name} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.cpuMedian.toFixed(1)} | ${r.heapMb.toFixed(0)} |`);
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1];
    i++;
  }
  return out;
}
