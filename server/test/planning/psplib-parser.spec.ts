import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePsplib } from '../../../bench/planning/lib/psplib.mjs';
import { psplibDir, psplibPresent, psplibTitle } from './psplib-dir.js';

const SMALL = `************************************************************************
file with basedata            : tiny.bas
initial value random generator: 1
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  4
horizon                       :  9
RESOURCES
  - renewable                 :  2   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1      2      0        5        1        5
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           4
   3        1          1           4
   4        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2
------------------------------------------------------------------------
  1      1     0       0    0
  2      1     5       2    0
  3      1     4       1    3
  4      1     0       0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2
    2    3
************************************************************************
`;

describe('parsePsplib', () => {
  it('reads jobs, durations, successors, requests and capacities with 0-based indexes', () => {
    const instance = parsePsplib(SMALL);
    expect(instance).toEqual({
      jobs: 4,
      horizon: 9,
      mpmTime: 5,
      durations: [0, 5, 4, 0],
      successors: [[1, 2], [3], [3], []],
      demands: [
        [0, 0],
        [2, 0],
        [1, 3],
        [0, 0],
      ],
      capacities: [2, 3],
    });
  });

  it('accepts Windows line endings', () => {
    expect(parsePsplib(SMALL.replace(/\n/g, '\r\n')).durations).toEqual([0, 5, 4, 0]);
  });

  it('names the line of a successor count that does not match the list', () => {
    const bad = SMALL.replace('   2        1          1           4', '   2        1          2           4');
    expect(() => parsePsplib(bad)).toThrow(/line 20: job 2 announces 2 successors but lists 1/);
  });

  it('names the line of a non-numeric request', () => {
    const bad = SMALL.replace('  3      1     4       1    3', '  3      1     4       x    3');
    expect(() => parsePsplib(bad)).toThrow(/line 29: expected an integer, found "x"/);
  });

  it('rejects a file that stops before its last section', () => {
    const truncated = SMALL.slice(0, SMALL.indexOf('RESOURCEAVAILABILITIES'));
    expect(() => parsePsplib(truncated)).toThrow(/PSPLIB line \d+: missing RESOURCEAVAILABILITIES section/);
  });

  it('rejects a missing jobs header', () => {
    expect(() => parsePsplib('hello\nworld\n')).toThrow(/PSPLIB line \d+: missing jobs/);
  });
});

describe.skipIf(!psplibPresent)(psplibTitle('parsePsplib on the PSPLIB library'), () => {
  it('parses every J30 instance and its MPM-Time matches a forward pass', () => {
    const folder = path.join(psplibDir, 'j30');
    const files = readdirSync(folder).filter((f) => f.endsWith('.sm'));
    expect(files.length).toBe(480);
    for (const file of files) {
      const instance = parsePsplib(readFileSync(path.join(folder, file), 'utf8'));
      const earliestStart = new Array<number>(instance.jobs).fill(0);
      for (let job = 0; job < instance.jobs; job++) {
        for (const successor of instance.successors[job]) {
          earliestStart[successor] = Math.max(earliestStart[successor], earliestStart[job] + instance.durations[job]);
        }
      }
      expect(earliestStart[instance.jobs - 1], file).toBe(instance.mpmTime);
      expect(instance.capacities.length).toBe(4);
    }
  });
});
