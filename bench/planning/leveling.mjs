#!/usr/bin/env node
// Resource leveling benchmark: the RCPSP solver on the PSPLIB single-mode sets J30, J60, J120.
//
//   npx tsc -p server/tsconfig.build.json && node bench/planning/leveling.mjs [options]
//
//   --set j30|j60|j120|plans|all   sets to run (default all); "plans" levels seeded random
//                            product plans (100, 500 and 1,000 tasks) with levelPlan
//   --limit N                N instances per set, evenly spread over the set (default: every instance)
//   --schedules K            schedule budget per instance (default 5000)
//   --seed S                 solver seed (default 1)
//   --dist DIR               folder holding the built planning engine (default server/dist/planning)
//
// Reads the instances and bounds from ../shared/psplib beside the repository. Prints one markdown
// table per set on stdout and progress on stderr. It never fails on quality or time: it reports.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parsePsplib } from './lib/psplib.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const psplibRoot = path.resolve(repoRoot, '..', 'shared', 'psplib');

function parseArgs(argv) {
  const options = { set: 'all', limit: Infinity, schedules: 5000, seed: 1, dist: path.join(repoRoot, 'server', 'dist', 'planning') };
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--set') options.set = value.toLowerCase();
    else if (flag === '--limit') options.limit = Number(value);
    else if (flag === '--schedules') options.schedules = Number(value);
    else if (flag === '--seed') options.seed = Number(value);
    else if (flag === '--dist') options.dist = path.resolve(value);
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}


function listInstances(set) {
  const prefix = set.length;
  const files = readdirSync(path.join(psplibRoot, set)).filter((f) => f.endsWith('.sm'));
  const key = (f) => f.slice(prefix, -3).split('_').map(Number);
  return files.sort((a, b) => {
    const [pa, ia] = key(a);
    const [pb, ib] = key(b);
    return pa - pb || ia - ib;
  });
}

function evenlySpread(items, limit) {
  if (!(limit < items.length)) return items;
  const picked = [];
  for (let k = 0; k < limit; k++) picked.push(items[Math.floor((k * items.length) / limit)]);
  return picked;
}

function loadBounds() {
  const lines = readFileSync(path.join(psplibRoot, 'solutions', 'reference_bounds.csv'), 'utf8').trim().split('\n');
  const header = lines.shift().split(',');
  const bounds = new Map();
  for (const line of lines) {
    const row = Object.fromEntries(line.split(',').map((value, index) => [header[index], value]));
    bounds.set(row.instance, {
      mpm: Number(row.cpm_lb_mpm_time),
      bestLb: Number(row.best_lb),
      bestUb: Number(row.best_ub),
      optimal: row.proven_optimal === '1',
    });
  }
  return bounds;
}

function toProblem(instance) {
  return {
    durations: instance.durations,
    successors: instance.successors,
    demands: instance.demands,
    capacities: instance.capacities,
  };
}

/** Independent check that the schedule keeps every precedence and capacity. */
function feasible(instance, starts) {
  for (let i = 0; i < instance.jobs; i++) {
    for (const j of instance.successors[i]) if (starts[j] < starts[i] + instance.durations[i]) return false;
  }
  const horizon = Math.max(...starts.map((s, i) => s + instance.durations[i]));
  for (let r = 0; r < instance.capacities.length; r++) {
    const usage = new Array(horizon + 1).fill(0);
    for (let i = 0; i < instance.jobs; i++) {
      for (let t = starts[i]; t < starts[i] + instance.durations[i]; t++) usage[t] += instance.demands[i][r];
    }
    if (usage.some((u) => u > instance.capacities[r])) return false;
  }
  return true;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(psplibRoot)) {
    console.error(`PSPLIB data not found at ${psplibRoot}; nothing to measure.`);
    process.exit(1);
  }
  const { solveRcpsp } = await import(pathToFileURL(path.join(options.dist, 'leveling', 'rcpsp.js')).href);
  const bounds = loadBounds();
  const sets = options.set === 'all' ? ['j30', 'j60', 'j120', 'plans'] : [options.set];
  console.log(`Node ${process.version}, ${options.schedules} schedules per instance, seed ${options.seed}\n`);
  for (const set of sets) {
    if (set === 'plans') {
      const { levelPlan } = await import(pathToFileURL(path.join(options.dist, 'leveling', 'index.js')).href);
      benchPlans(levelPlan, options);
      continue;
    }
    const files = evenlySpread(listInstances(set), options.limit);
    const rows = [];
    for (const [index, file] of files.entries()) {
      const name = file.slice(0, -3);
      const instance = parsePsplib(readFileSync(path.join(psplibRoot, set, file), 'utf8'));
      const bound = bounds.get(name);
      const began = performance.now();
      const solution = solveRcpsp(toProblem(instance), { maxSchedules: options.schedules, seed: options.seed });
      const ms = performance.now() - began;
      if (!feasible(instance, solution.starts)) throw new Error(`${name}: infeasible schedule`);
      const reference = set === 'j30' ? bound.bestUb : bound.mpm;
      rows.push({ name, makespan: solution.makespan, schedules: solution.schedules, ms, deviation: (solution.makespan - reference) / reference, bestKnown: (bound.bestUb - reference) / reference, atBest: solution.makespan <= bound.bestUb });
      if ((index + 1) % 20 === 0 || index + 1 === files.length) {
        const avg = rows.reduce((s, r) => s + r.deviation, 0) / rows.length;
        process.stderr.write(`${set}: ${index + 1}/${files.length} avg deviation ${(avg * 100).toFixed(2)} %\n`);
      }
    }
    report(set, rows, options.schedules);
  }
}

/** A seeded plan: phases of 20 tasks under a summary, links inside phases and between some, 20 people. */
function randomPlan(taskCount, seed) {
  let state = seed >>> 0;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  const tasks = [];
  const links = [];
  const assignments = [];
  const people = 20;
  for (let phase = 0; phase < taskCount / 20; phase++) {
    tasks.push({ id: `p${phase}`, durationDays: 0 });
    for (let k = 0; k < 19; k++) {
      const id = `t${phase}.${k}`;
      tasks.push({ id, parentId: `p${phase}`, durationDays: 1 + Math.floor(random() * 10) });
      if (k > 0 && random() < 0.6) links.push({ predecessorId: `t${phase}.${Math.floor(random() * k)}`, successorId: id, type: random() < 0.85 ? 'FS' : 'SS', lagDays: random() < 0.2 ? 1 : 0 });
      assignments.push({ taskId: id, resourceId: `r${Math.floor(random() * people)}`, units: random() < 0.7 ? 1 : 0.5 });
    }
    if (phase > 0 && random() < 0.3) links.push({ predecessorId: `p${phase - 1}`, successorId: `p${phase}`, type: 'FS' });
  }
  const resources = Array.from({ length: people }, (_, r) => ({ id: `r${r}`, maxUnits: 1 }));
  return { start: '2025-03-03', tasks, links, resources, assignments };
}

function benchPlans(levelPlan, options) {
  console.log('### levelPlan on random plans\n');
  console.log('| tasks | links | people | schedules | ms | finish before | finish after | tasks delayed | over-allocations left |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const size of [100, 500, 1000]) {
    const plan = randomPlan(size, 7);
    const began = performance.now();
    const result = levelPlan({ ...plan, maxSchedules: options.schedules, seed: options.seed });
    const ms = performance.now() - began;
    const delayed = result.delays.filter((d) => d.levelingDelayDays > 0).length;
    console.log(`| ${plan.tasks.length} | ${plan.links.length} | ${plan.resources.length} | ${options.schedules} | ${ms.toFixed(0)} | ${result.finishBefore.slice(0, 10)} | ${result.finishAfter.slice(0, 10)} | ${delayed} | ${result.overallocationsRemaining.length} |`);
    process.stderr.write(`plans: ${size} tasks done\n`);
  }
  console.log('');
}

function report(set, rows, schedules) {
  const average = (values) => values.reduce((s, v) => s + v, 0) / values.length;
  const reference = set === 'j30' ? 'optimum' : 'critical path (MPM-Time)';
  console.log(`### ${set.toUpperCase()}\n`);
  console.log('| instances | schedules/instance (max) | average deviation | from | best-known solutions, deviation | at best-known bound | avg ms/instance | max ms/instance |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(
    `| ${rows.length} | ${schedules} (${Math.max(...rows.map((r) => r.schedules))}) | ${(average(rows.map((r) => r.deviation)) * 100).toFixed(2)} % | ${reference} | ${(average(rows.map((r) => r.bestKnown)) * 100).toFixed(2)} % | ` +
      `${((rows.filter((r) => r.atBest).length / rows.length) * 100).toFixed(1)} % | ${average(rows.map((r) => r.ms)).toFixed(0)} | ${Math.max(...rows.map((r) => r.ms)).toFixed(0)} |\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
