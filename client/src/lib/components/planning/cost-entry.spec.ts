import { describe, expect, it } from 'vitest';
import { costFieldErrors, splitOverWorkingDays } from './cost-entry.js';

describe('costFieldErrors', () => {
  it('says why a negative amount or hours is refused, all at once', () => {
    const e = costFieldErrors({ task: 't', date: '2026-11-02', amount: -5, hours: -1 }, false);
    expect(e.amount).toMatch(/Cannot be negative/);
    expect(e.hours).toMatch(/Cannot be negative/);
  });

  it('lists every missing field after a try, none before', () => {
    const fields = { task: '', date: '', amount: null, hours: null };
    expect(costFieldErrors(fields, false)).toEqual({});
    expect(Object.keys(costFieldErrors(fields, true)).sort()).toEqual(['amount', 'date', 'task']);
  });

  it('names the day cap and the split for a 40-hour week', () => {
    const e = costFieldErrors({ task: 't', date: '2026-11-02', amount: 4000, hours: 40 }, true);
    expect(e.hours).toBe('One entry covers one day: at most 24 hours. Split 40 hours over 5 working days of 8 hours instead.');
    expect(costFieldErrors({ task: 't', date: '2026-11-02', amount: 0, hours: 24 }, true)).toEqual({});
  });
});

describe('splitOverWorkingDays', () => {
  it('books a 40-hour week from Monday as five days of 8 hours', () => {
    const parts = splitOverWorkingDays('2026-11-02', 40, 4000);
    expect(parts.map((p) => p.date)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
    expect(parts.every((p) => p.hours === 8 && p.amount === 800)).toBe(true);
  });

  it('skips the weekend and keeps the totals exact', () => {
    const parts = splitOverWorkingDays('2026-11-05', 30, 1000);
    expect(parts.map((p) => [p.date, p.hours])).toEqual([
      ['2026-11-05', 8],
      ['2026-11-06', 8],
      ['2026-11-09', 8],
      ['2026-11-10', 6],
    ]);
    expect(parts.reduce((s, p) => s + Math.round(p.amount * 100), 0)).toBe(100_000);
  });
});
