#!/usr/bin/env node
// Two builds of the change request preview in one process, taking turns call by call on the
// same plan and change set (the plan and change of change-preview.mjs), so both meet the same
// moments of the host. Results are compared field by field (computedAt aside).
//
// Usage: node --expose-gc bench/planning/compare-preview.mjs --a DIST --b DIST [--size 10000] [--runs 30]
// DIST is a built server's dist folder (server/dist, or a copy of an older build).
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { productPlan, random } from './lib/plans.mjs';
import { asDocument, changeSetOf } from './lib/change-plan.mjs';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].slice(2)] = process.argv[i + 1];
await import('reflect-metadata');
const url = (dist, file) => pathToFileURL(path.resolve(dist, file)).href;
async function load(dist) {
  const { computeSchedule } = await import(url(dist, 'planning/index.js'));
  const { computeImpact } = await import(url(dist, 'modules/change/impact.js'));
  const { normalizeChangeSet } = await import(url(dist, 'modules/change/change-set.js'));
  const { planInput } = await import(url(dist, 'modules/planning/plan-input.js'));
  return { computeSchedule, computeImpact, normalizeChangeSet, planInput };
}
const A = await load(args.a);
const B = await load(args.b);
const { computeSchedule, normalizeChangeSet } = B;
const n = Number(args.size ?? 10_000);
const runs = Number(args.runs ?? 30);


const rnd = random(20261207 + n);
const doc = asDocument(productPlan(n, 20261206 + n, computeSchedule), rnd);
const cs = changeSetOf(doc, rnd, normalizeChangeSet);
// Each build starts from its own live schedule (its figures are kept per schedule object).
const before = { a: { doc, result: A.computeSchedule(A.planInput(doc)), budget: 1_000_000 }, b: { doc, result: B.computeSchedule(B.planInput(doc)), budget: 1_000_000 } };
const fns = { a: () => A.computeImpact(before.a, cs, 'changeSet', new Date(0)), b: () => B.computeImpact(before.b, cs, 'changeSet', new Date(0)) };
const same = JSON.stringify(fns.a()) === JSON.stringify(fns.b());
for (let i = 0; i < 5; i++) {
  fns.a();
  fns.b();
}
const times = { a: [], b: [] };
const cpu = { a: [], b: [] };
for (let i = 0; i < runs; i++) {
  for (const name of i % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fns[name]();
    times[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu[name].push((c.user + c.system) / 1000);
  }
}
const sorted = (xs) => [...xs].sort((x, y) => x - y);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p99 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.99 * xs.length) - 1)];
const ratio = (xs, ys) => (median(ys) / median(xs)).toFixed(2);
console.log(
  `preview ${n}: wall a ${median(times.a).toFixed(1)} ms (p99 ${p99(times.a).toFixed(1)}), b ${median(times.b).toFixed(1)} ms (p99 ${p99(times.b).toFixed(1)}), b/a ${ratio(times.a, times.b)}; ` +
    `CPU a ${median(cpu.a).toFixed(1)} ms, b ${median(cpu.b).toFixed(1)} ms, b/a ${ratio(cpu.a, cpu.b)}; same result: ${same}; load ${os.loadavg()[0].toFixed(1)}`,
);
