/**
 * The CPM core against the PSPLIB single-mode benchmark sets (j30, j60, j120: 1,560
 * instances, all finish-to-start links without lag). With resources ignored, the shortest
 * project length is the critical path, which every file states as its MPM-Time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePsplib } from '../../../bench/planning/lib/psplib.mjs';
import { buildNetwork, cpm, type NetworkLink } from './cpm.js';
import { psplibDir, psplibPresent, psplibTitle } from './psplib-dir.js';

const sets = ['j30', 'j60', 'j120'];

function instanceFiles(set: string): string[] {
  const dir = path.join(psplibDir, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.sm')).sort().map((name) => path.join(dir, name));
}

describe.skipIf(!psplibPresent)(psplibTitle('cpm on PSPLIB instances'), () => {
  it.each(sets)('%s: the makespan equals MPM-Time for every instance', (set) => {
    const files = instanceFiles(set);
    expect(files.length, `${set} has instances`).toBeGreaterThan(0);
    const mismatches: string[] = [];
    for (const file of files) {
      const instance = parsePsplib(readFileSync(file, 'utf8'));
      const links: NetworkLink[] = instance.successors.flatMap((next, from) => next.map((to) => ({ from, to })));
      const result = cpm(buildNetwork(instance.durations, links));
      if (result.makespan !== instance.mpmTime) mismatches.push(`${path.basename(file)}: ${result.makespan} != ${instance.mpmTime}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('the supersink of an instance is critical and the supersource starts at 0', () => {
    const [file] = instanceFiles('j30');
    const instance = parsePsplib(readFileSync(file, 'utf8'));
    const links = instance.successors.flatMap((next, from) => next.map((to) => ({ from, to })));
    const result = cpm(buildNetwork(instance.durations, links));
    const sink = instance.jobs - 1;
    expect(result.es[0]).toBe(0);
    expect(result.ef[sink]).toBe(result.makespan);
    expect(result.totalFloat[sink]).toBe(0);
    expect(result.order[0]).toBe(0);
  });
});
