import { describe, expect, it } from 'vitest';
import { expandRecurrence, RecurrenceType } from './recurrence.js';

describe('expandRecurrence', () => {
  it('every third day, four times', () => {
    expect(expandRecurrence({ type: RecurrenceType.EVERY_N_DAYS, period: 3, occurrences: 4, from: '2000-02-01', to: '2000-02-10' })).toEqual([
      '2000-02-01', '2000-02-04', '2000-02-07', '2000-02-10',
    ]);
  });

  it('every other week on Tuesday and Thursday, counting weeks from the Sunday before the start', () => {
    expect(expandRecurrence({ type: RecurrenceType.WEEKLY, period: 2, daysOfWeek: 4 | 16, from: '2024-01-03', to: '2024-01-31' })).toEqual([
      '2024-01-04', '2024-01-16', '2024-01-18', '2024-01-30',
    ]);
  });

  it('the last Friday of every month', () => {
    expect(expandRecurrence({ type: RecurrenceType.MONTHLY_BY_POSITION, period: 1, monthItem: 8, monthPosition: 4, from: '2024-01-01', to: '2024-03-31' })).toEqual([
      '2024-01-26', '2024-02-23', '2024-03-29',
    ]);
  });

  it('the 31st of every month falls on the last day of shorter months', () => {
    expect(expandRecurrence({ type: RecurrenceType.MONTHLY_BY_DAY, period: 1, monthDay: 31, from: '2024-01-01', to: '2024-04-30' })).toEqual([
      '2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30',
    ]);
  });

  it('every year on 25 December (months count from 0) and on the first Monday of September', () => {
    expect(expandRecurrence({ type: RecurrenceType.YEARLY_BY_DAY, month: 11, monthDay: 25, from: '2024-01-01', to: '2026-12-31' })).toEqual([
      '2024-12-25', '2025-12-25', '2026-12-25',
    ]);
    expect(expandRecurrence({ type: RecurrenceType.YEARLY_BY_POSITION, month: 8, monthItem: 4, monthPosition: 0, occurrences: 2, from: '2024-01-01', to: '2030-12-31' })).toEqual([
      '2024-09-02', '2025-09-01',
    ]);
  });

  it('the first weekday of the month skips the weekend', () => {
    expect(expandRecurrence({ type: RecurrenceType.MONTHLY_BY_POSITION, monthItem: 1, monthPosition: 0, from: '2024-06-01', to: '2024-06-30' })).toEqual(['2024-06-03']);
  });
});
