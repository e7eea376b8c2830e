// The engine's part of a live recompute: one task's duration changed in a product-shaped plan,
// scheduled from the schedule before (rescheduleTasks) and whole (computeSchedule), taking
// turns in one process on the same changes. Checks that both give the same result.
//
//   npm run build -w server && node --expose-gc bench/planning/incremental.mjs [--size 100000] [--changes 40]
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { computeSchedule, scheduleWithState } from '../../server/dist/planning/schedule.js';
import { rescheduleTasks } from '../../server/dist/planning/schedule-incremental.js';
import { productPlan, random } from './lib/plans.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const size = Number(arg('size', '100000'));
const changes = Number(arg('changes', '40'));
const plan = productPlan(size, 20261206 + size, computeSchedule);
const rnd = random(size);
let { state } = scheduleWithState(plan);
const times = { incremental: [], whole: [] };
let rows = 0;
let same = true;
for (let r = 0; r < changes; r++) {
  let index;
  do index = Math.floor(rnd() * plan.tasks.length);
  while (state.model.kind[state.model.nodeOf[index]] !== 0);
  const old = plan.tasks[index];
  const task = { ...old, durationDays: old.durationDays >= 10 ? old.durationDays - 1 : old.durationDays + 1 };
  plan.tasks[index] = task;
  globalThis.gc?.();
  let t0 = performance.now();
  const next = rescheduleTasks(state, [{ index, task }]);
  times.incremental.push(performance.now() - t0);
  globalThis.gc?.();
  t0 = performance.now();
  const whole = computeSchedule(plan);
  times.whole.push(performance.now() - t0);
  if (r % 10 === 0 && JSON.stringify(whole) !== JSON.stringify(next.state.result)) same = false;
  rows += next.changedRows.length;
  state = next.state;
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const p95 = (list) => [...list].sort((a, b) => a - b)[Math.ceil(list.length * 0.95) - 1];
console.log(`# ${new Date().toISOString()}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`product shape ${size}: ${changes} duration changes, ${Math.round(rows / changes)} rows changed on average; same result: ${same}`);
console.log(`rescheduleTasks median ${median(times.incremental).toFixed(1)} ms, p95 ${p95(times.incremental).toFixed(1)} ms; computeSchedule median ${median(times.whole).toFixed(1)} ms, p95 ${p95(times.whole).toFixed(1)} ms; whole/incremental ${(median(times.whole) / median(times.incremental)).toFixed(1)}`);
