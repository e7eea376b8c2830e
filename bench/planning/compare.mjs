#!/usr/bin/env node
// Two builds of the planning engine in one process, taking turns call by call on the same
// plan, so both meet the same moments of the host (its caches, the other processes on the
// cores). Used to decide whether a second way of doing something pays for itself.
//
// Usage: node --expose-gc bench/planning/compare.mjs --a DIR --b DIR [--size 100000] [--runs 15] [--shape product|flat]
// DIR holds a built planning engine (the server's dist/planning folder, or a copy of an older one).
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { flatNetwork, productPlan } from './lib/plans.mjs';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].slice(2)] = process.argv[i + 1];
const load = async (dir) => (await import(pathToFileURL(path.resolve(dir, 'index.js')).href)).computeSchedule;
const a = await load(args.a);
const b = await load(args.b);
const size = Number(args.size ?? 100_000);
const runs = Number(args.runs ?? 15);
const plan = args.shape === 'flat' ? flatNetwork(size, 20250106 + size) : productPlan(size, 20261206 + size, b);

const same = JSON.stringify(a(plan)) === JSON.stringify(b(plan));
for (let i = 0; i < 3; i++) {
  a(plan);
  b(plan);
}
const times = { a: [], b: [] };
const cpu = { a: [], b: [] };
for (let i = 0; i < runs; i++) {
  for (const [name, fn] of i % 2 === 0 ? [['a', a], ['b', b]] : [['b', b], ['a', a]]) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn(plan);
    times[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu[name].push((c.user + c.system) / 1000);
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const load1 = os.loadavg()[0].toFixed(1);
const ratio = (xs, ys) => (median(ys) / median(xs)).toFixed(2);
console.log(
  `${args.shape ?? 'product'} ${size}: wall a ${median(times.a).toFixed(1)} ms, b ${median(times.b).toFixed(1)} ms, b/a ${ratio(times.a, times.b)}; ` +
    `CPU a ${median(cpu.a).toFixed(1)} ms, b ${median(cpu.b).toFixed(1)} ms, b/a ${ratio(cpu.a, cpu.b)}; same result: ${same}; load ${load1}`,
);
