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

const WORK_WEEK = { 1: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 2: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 3: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 4: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 5: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 6: [], 0: [] };

/** The engine's input of the product-shape plan as the plan document the server loads from its rows. */
function asDocument(input, rnd) {
  const order = new Map();
  const tasks = input.tasks.map((t) => {
    const k = order.get(t.parentId) ?? 0;
    order.set(t.parentId, k + 1);
    return {
      id: t.id,
      name: t.name,
      parentId: t.parentId,
      order: k,
      kind: t.kind === 'TASK' && t.durationDays === 0 ? 'MILESTONE' : t.kind,
      durationDays: t.durationDays,
      ...(t.calendarId ? { calendarId: t.calendarId } : {}),
      ...(t.constraint ? { constraint: t.constraint } : {}),
      ...(t.deadline ? { deadline: t.deadline } : {}),
      ...(t.actualStart ? { actualStart: t.actualStart } : {}),
      ...(t.actualFinish ? { actualFinish: t.actualFinish } : {}),
      percentComplete: t.percentComplete,
    };
  });
  const calendars = input.calendars.map((c) => ({
    id: c.id,
    name: c.name,
    ...(c.id === 'project' ? {} : { baseId: c.baseId }),
    workWeek: c.workWeek ?? WORK_WEEK,
    hoursPerDay: 8,
    exceptions: c.exceptions ?? [],
  }));
  const resources = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, name: `Person ${i + 1}`, type: 'WORK', maxUnits: 1, standardRate: 60 + (i % 5) * 10, overtimeRate: 0, costPerUse: 0, rates: [] }));
  const leaves = tasks.filter((t) => t.kind === 'TASK' && t.durationDays > 0);
  const parents = new Set(tasks.map((t) => t.parentId));
  const assignments = leaves.filter((t) => !parents.has(t.id) && rnd() < 0.33).map((t) => ({ taskId: t.id, resourceId: `r${Math.floor(rnd() * 40)}`, units: 1 }));
  return {
    format: 'trellis-plan',
    version: 1,
    project: { name: 'Benchmark', start: `${input.start}T00:00`, ...(input.statusDate ? { statusDate: `${input.statusDate}T00:00` } : {}), calendarId: 'project', currency: 'EUR' },
    calendars,
    tasks,
    links: input.links.map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type, ...(l.lagDays ? { lagDays: l.lagDays } : {}) })),
    resources,
    assignments,
    baselines: [],
    costEntries: [],
  };
}

/** 20 edits: 10 tasks added as a chain under a work package, 6 durations, 3 links among the new tasks, 1 link removed. */
function changeSetOf(doc, rnd) {
  const parents = new Set(doc.tasks.map((t) => t.parentId));
  const leaves = doc.tasks.filter((t) => !parents.has(t.id) && t.kind === 'TASK' && !t.actualStart);
  const anchor = leaves[Math.floor(rnd() * leaves.length)];
  const addTasks = Array.from({ length: 10 }, (_, i) => ({ key: `n${i}`, name: `Added ${i + 1}`, parentId: anchor.parentId, durationDays: 1 + Math.floor(rnd() * 5) }));
  const durations = Array.from({ length: 6 }, () => leaves[Math.floor(rnd() * leaves.length)]).filter((t, i, a) => a.indexOf(t) === i).map((t) => ({ taskId: t.id, durationDays: t.durationDays + 2 }));
  const links = [{ predecessorId: anchor.id, successorId: 'n0' }, { predecessorId: 'n0', successorId: 'n1' }, { predecessorId: 'n1', successorId: 'n2' }];
  const removable = doc.links.filter((l) => l.type === 'FS');
  const removed = removable[Math.floor(rnd() * removable.length)];
  return normalizeChangeSet({ addTasks, durations, links, removeLinks: [{ predecessorId: removed.predecessorId, successorId: removed.successorId }], budgetDelta: 25_000 }, 'changeSet');
}

const rnd = random(20261207 + n);
const doc = asDocument(productPlan(n, 20261206 + n, computeSchedule), rnd);
const cs = changeSetOf(doc, rnd);
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
