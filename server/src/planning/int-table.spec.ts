import { describe, expect, it } from 'vitest';
import { Int32Table } from './int-table.js';

describe('Int32Table', () => {
  it('finds what was added, and -1 for what was not', () => {
    const t = new Int32Table(2);
    expect(t.get(123)).toBe(-1);
    t.add(123, 0);
    t.add(-5, 7);
    expect(t.get(123)).toBe(0);
    expect(t.get(-5)).toBe(7);
    expect(t.get(124)).toBe(-1);
  });

  it('keeps every key through many doublings, with keys that share a slot', () => {
    const t = new Int32Table(1);
    // Runs of 16 neighbours share a slot (the key divided by 16), and far keys wrap onto the same slots.
    const keys = [...Array.from({ length: 3000 }, (_, i) => 28_000_000 + i), ...Array.from({ length: 500 }, (_, i) => -i * 65_536 - 1), 0x7fffffff];
    keys.forEach((k, i) => t.add(k, i));
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    expect(t.get(28_000_000 + 3000)).toBe(-1);
  });

  it('holds 32-bit integers other than -2^31 only', () => {
    expect(Int32Table.holds(0)).toBe(true);
    expect(Int32Table.holds(-0x7fffffff)).toBe(true);
    expect(Int32Table.holds(0x7fffffff)).toBe(true);
    expect(Int32Table.holds(-0x80000000)).toBe(false);
    expect(Int32Table.holds(0x80000000)).toBe(false);
    expect(Int32Table.holds(1.5)).toBe(false);
    expect(Int32Table.holds(Infinity)).toBe(false);
    expect(Int32Table.holds(NaN)).toBe(false);
  });
});
