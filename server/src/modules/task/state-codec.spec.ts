import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PastTaskState } from './history.js';
import { decodeStates, encodeStates } from './state-codec.js';

/** A small deterministic random source (the same states on every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

describe('task state checkpoint values', () => {
  it('give back every state exactly, in order: nulls, extreme percents, fractional durations, any text', () => {
    const rnd = random(11);
    const statuses = Array.from({ length: 7 }, () => randomUUID());
    const texts = ['2026-01-05T08:00', '2026-02-05T17:00', '', 'é 漢字 ✓', 'x'.repeat(300)];
    for (const n of [0, 1, 2, 500]) {
      const states: PastTaskState[] = Array.from({ length: n }, (_, i) => ({
        taskId: randomUUID(),
        statusId: statuses[Math.floor(rnd() * statuses.length)]!,
        percentComplete: i === 0 ? -32767 : i === 1 ? 32767 : Math.floor(rnd() * 101),
        rollupPercent: rnd() < 0.3 ? null : Math.floor(rnd() * 101),
        durationDays: rnd() < 0.1 ? 0 : rnd() < 0.5 ? Math.round(rnd() * 1e6) / 1e6 : rnd() * 10_000,
        actualStart: rnd() < 0.4 ? null : texts[Math.floor(rnd() * texts.length)]!,
        actualFinish: rnd() < 0.6 ? null : texts[Math.floor(rnd() * texts.length)]!,
        archived: rnd() < 0.1,
      }));
      const decoded = decodeStates(encodeStates(states));
      expect(decoded).toEqual(states);
      // The keys in the order rows read from the database have them (one object shape for both).
      if (n) expect(Object.keys(decoded[0]!)).toEqual(['taskId', 'statusId', 'percentComplete', 'rollupPercent', 'durationDays', 'actualStart', 'actualFinish', 'archived']);
    }
  });

  it('take about 59 bytes per task', () => {
    const status = randomUUID();
    const states = Array.from({ length: 1000 }, () => ({ taskId: randomUUID(), statusId: status, percentComplete: 50, rollupPercent: null, durationDays: 3, actualStart: null, actualFinish: null, archived: false }));
    expect(encodeStates(states).length).toBeLessThan(1000 * 60);
  });

  it('refuse what they cannot hold or did not make', () => {
    const state = { taskId: randomUUID(), statusId: randomUUID(), percentComplete: 0, rollupPercent: null, durationDays: 1, actualStart: null, actualFinish: null, archived: false };
    expect(() => encodeStates([{ ...state, taskId: 'not-a-uuid' }])).toThrow(/UUID/);
    expect(() => encodeStates([{ ...state, taskId: state.taskId.toUpperCase() }])).toThrow(/UUID/);
    const good = encodeStates([state]);
    expect(() => decodeStates(Buffer.from([2, 0, 0, 0, 0]))).toThrow(/version/);
    expect(() => decodeStates(good.subarray(0, good.length - 1))).toThrow();
    expect(() => decodeStates(Buffer.concat([good, Buffer.from([0])]))).toThrow(/length/);
    const badStatus = Buffer.from(good);
    badStatus.writeUInt16LE(9, good.length - 59 + 36);
    expect(() => decodeStates(badStatus)).toThrow(/unknown status/);
  });
});
