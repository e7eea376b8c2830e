import { describe, expect, it } from 'vitest';
import { compactNumber, niceTicks } from './axis.js';
import { histogram } from './histogram.js';
import { indexHealth, tcpiHealth } from './indices.js';
import { sCurve } from './s-curve.js';

describe('niceTicks', () => {
  it('uses round steps from zero to at least the maximum', () => {
    expect(niceTicks(0, 56, 4)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(0, 850_000, 5)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(compactNumber(1_250_000)).toBe('1.3M');
    expect(compactNumber(40_000)).toBe('40k');
  });
});

describe('histogram', () => {
  const periods = [
    { start: '2026-11-02', workHours: 40, capacityHours: 40, overallocated: false },
    { start: '2026-11-09', workHours: 64, capacityHours: 40, overallocated: true },
    { start: '2026-11-16', workHours: 8, capacityHours: 32, overallocated: false },
  ];

  it('draws one bar per period, taller for more work, and flags over-allocated periods', () => {
    const h = histogram(periods, { width: 344, height: 130, left: 44, bottom: 22, top: 8 });
    expect(h.bars).toHaveLength(3);
    expect(h.bars[1]!.height).toBeGreaterThan(h.bars[0]!.height);
    expect(h.bars.map((b) => b.overallocated)).toEqual([false, true, false]);
    // The axis reaches past the largest value (64 h) and bars sit on the baseline.
    expect(h.ticks.at(-1)!.value).toBeGreaterThanOrEqual(64);
    for (const b of h.bars) expect(b.y + b.height).toBeCloseTo(h.plot.top + h.plot.height);
  });

  it('draws capacity as a step line that is flat across each period', () => {
    const h = histogram(periods, { width: 344, height: 130, left: 44 });
    const ys = [...h.capacity.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(6);
    expect(ys[0]).toBe(ys[1]);
    expect(ys[4]).toBe(ys[5]);
    expect(ys[4]).toBeGreaterThan(ys[0]!); // less capacity in week 3 is lower on the chart
  });
});

describe('sCurve', () => {
  const series = [
    { date: '2026-11-01', pv: 0, ev: 0, ac: 0 },
    { date: '2026-12-01', pv: 100, ev: 80, ac: 120 },
    { date: '2027-01-01', pv: 300, ev: 80, ac: 120 },
    { date: '2027-02-01', pv: 400, ev: 80, ac: 120 },
  ];

  it('draws PV over the whole plan and EV and AC only up to the status date', () => {
    const c = sCurve(series, '2026-12-15', { width: 600, height: 300 });
    expect(c.pv.match(/[ML]/g)).toHaveLength(4);
    expect(c.ev.match(/[ML]/g)).toHaveLength(2);
    expect(c.ac.match(/[ML]/g)).toHaveLength(2);
    expect(c.statusX).toBeGreaterThan(c.ends.ev![0]);
    // More spent than earned: the AC line ends above the EV line.
    expect(c.ends.ac![1]).toBeLessThan(c.ends.ev![1]);
    expect(c.xTicks.map((t) => t.label)).toEqual(['Nov', 'Dec', 'Jan 2027', 'Feb']);
  });

  it('has no status marker for a date outside the series and copes with no data', () => {
    expect(sCurve(series, '2030-01-01', { width: 600, height: 300 }).statusX).toBeNull();
    const empty = sCurve([], null, { width: 600, height: 300 });
    expect(empty.pv).toBe('');
    expect(empty.ends.pv).toBeNull();
  });
});

describe('index colours', () => {
  it('read SPI/CPI against 1.0 and TCPI the other way round', () => {
    expect([1.05, 0.95, 0.7, 0, null].map(indexHealth)).toEqual(['good', 'watch', 'bad', 'bad', 'none']);
    expect([0.9, 1.05, 1.4].map(tcpiHealth)).toEqual(['good', 'watch', 'bad']);
  });
});

describe('fieldNumber', () => {
  it('reads what a number field holds, with NaN for an empty one', async () => {
    const { fieldNumber } = await import('./numbers.js');
    expect(fieldNumber(12.5)).toBe(12.5);
    expect(fieldNumber('7')).toBe(7);
    expect(fieldNumber(null)).toBeNaN();
    expect(fieldNumber('')).toBeNaN();
  });
});

describe('withStatusPoint', () => {
  it('ends EV and AC on the status date with the figures measured there', async () => {
    const { withStatusPoint } = await import('./s-curve.js');
    const series = [
      { date: '2026-11-01', pv: 0, ev: 0, ac: 0 },
      { date: '2026-11-22', pv: 50, ev: 40, ac: 0 },
      { date: '2026-11-29', pv: 80, ev: null, ac: null },
    ];
    const out = withStatusPoint(series, '2026-11-25', { pv: 62, ev: 45, ac: 30 });
    expect(out.map((p) => p.date)).toEqual(['2026-11-01', '2026-11-22', '2026-11-25', '2026-11-29']);
    const c = sCurve(out, '2026-11-25', { width: 600, height: 300 });
    expect(c.ends.ac![0]).toBe(c.statusX);
    // Outside the plan's dates nothing is added.
    expect(withStatusPoint(series, '2027-05-01', { pv: 1, ev: 1, ac: 1 })).toHaveLength(3);
  });
});
