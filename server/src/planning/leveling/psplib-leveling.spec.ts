import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePsplib } from '../../../../bench/planning/lib/psplib.mjs';
import { solveRcpsp } from './rcpsp.js';
import { scheduleViolations } from '../../../test/planning/check-schedule.js';
import { psplibDir, psplibPresent, psplibTitle } from '../../../test/planning/psplib-dir.js';

const psplib = psplibDir;
const present = psplibPresent && existsSync(path.join(psplib, 'solutions', 'reference_bounds.csv'));

/** Best known lower bound per instance name (j301_1 ...), from reference_bounds.csv. */
function lowerBounds(): Map<string, number> {
  const [header, ...rows] = readFileSync(path.join(psplib, 'solutions', 'reference_bounds.csv'), 'utf8').trim().split('\n');
  const columns = header.split(',');
  const instance = columns.indexOf('instance');
  const bestLb = columns.indexOf('best_lb');
  return new Map(rows.map((row) => row.split(',')).map((cells) => [cells[instance], Number(cells[bestLb])]));
}

/** Every `step`-th instance of a set, in file-name order. */
function sample(set: string, step: number): string[] {
  return readdirSync(path.join(psplib, set))
    .filter((file) => file.endsWith('.sm'))
    .sort()
    .filter((_, index) => index % step === 0);
}

const title = psplibTitle('solveRcpsp on PSPLIB instances');

describe.skipIf(!present)(title, () => {
  const bounds = present ? lowerBounds() : new Map<string, number>();

  for (const [set, step] of [
    ['j30', 10],
    ['j120', 60],
  ] as const) {
    it(`gives feasible schedules no shorter than the known lower bound on every ${step}th ${set.toUpperCase()} instance`, () => {
      const files = sample(set, step);
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        const instance = parsePsplib(readFileSync(path.join(psplib, set, file), 'utf8'));
        const problem = { durations: instance.durations, successors: instance.successors, demands: instance.demands, capacities: instance.capacities };
        const solution = solveRcpsp(problem, { maxSchedules: 1000, seed: 1 });
        expect(scheduleViolations(problem, solution.starts), file).toEqual([]);
        expect(solution.schedules, file).toBeLessThanOrEqual(1000);
        expect(solution.makespan, file).toBeGreaterThanOrEqual(bounds.get(file.slice(0, -3))!);
      }
    });
  }
});
