#!/usr/bin/env node
// Resource leveling benchmark: the RCPSP solver on the PSPLIB single-mode sets J30, J60, J120.
//
//   npx tsc -p server/tsconfig.build.json && node bench/planning/leveling.mjs [options]
//
//   --set j30|j60|j120|all   sets to run (default all)
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
  const { parsePsplib } = await import(pathToFileURL(path.join(options.dist, 'psplib.js')).href);
  const { solveRcpsp } = await import(pathToFileURL(path.join(options.dist, 'leveling', 'rcpsp.js')).href);
  const bounds = loadBounds();
  const sets = options.set === 'all' ? ['j30', 'j60', 'j120'] : [options.set];
  console.log(`Node ${process.version}, ${options.schedules} schedules per instance, seed ${options.seed}\n`);
  for (const set of sets) {
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
