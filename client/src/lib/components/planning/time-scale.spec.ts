import { describe, expect, it } from 'vitest';
import { stepZoom, TimeScale } from './time-scale.js';
import { isWeekend, toDay, toIsoDate, toWallClock } from './time.js';

describe('day numbers', () => {
  it('read wall-clock times without a time zone and round-trip', () => {
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('1970-01-01T12:00')).toBe(0.5);
    expect(toWallClock(toDay('2026-03-29T08:30'))).toBe('2026-03-29T08:30');
    expect(toIsoDate(toDay('2026-03-29T23:59'))).toBe('2026-03-29');
    expect(isWeekend(toDay('2026-11-07'))).toBe(true);
    expect(isWeekend(toDay('2026-11-09'))).toBe(false);
  });

  it('print short dates for table columns in the locale, with the year only when it is not the current one', async () => {
    const { compactDate } = await import('./time.js');
    const inLocale = (iso: string, year: boolean) =>
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(new Date(`${iso}T00:00Z`));
    expect(compactDate('2026-09-18T08:00', 2026)).toBe(inLocale('2026-09-18', false));
    expect(compactDate('2028-09-18', 2026)).toBe(inLocale('2028-09-18', true));
    expect(compactDate('2026-09-18', 2026, true)).toBe(inLocale('2026-09-18', true));
    expect(compactDate('not a date', 2026)).toBe('—');
  });
});

describe('TimeScale', () => {
  it('zooms in and out with +/- and stops at day and month', () => {
    expect(stepZoom('week', 1)).toBe('day');
    expect(stepZoom('day', 1)).toBe('day');
    expect(stepZoom('week', -1)).toBe('month');
    expect(stepZoom('month', -1)).toBe('month');
  });

  it('day zoom starts on a Monday and labels days with weekends marked, weeks above', () => {
    const s = new TimeScale('day', toDay('2026-11-04'), toDay('2026-11-20'));
    expect(toIsoDate(s.start)).toBe('2026-11-02');
    expect(s.x(toDay('2026-11-03'))).toBe(30);
    expect(s.day(45)).toBe(toDay('2026-11-03T12:00'));
    const lower = s.lower();
    expect(lower.slice(0, 2).map((c) => c.label)).toEqual(['M 2', 'T 3']);
    expect(lower.filter((c) => c.weekend).map((c) => toIsoDate(c.day))).toEqual(['2026-11-07', '2026-11-08', '2026-11-14', '2026-11-15']);
    const nov2 = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-11-02T00:00Z'));
    expect(s.upper()[0]).toMatchObject({ label: `Week of ${nov2}`, x: 0, width: 210 });
  });

  it('week zoom shows months above and Mondays below; month zoom shows years and months', () => {
    const w = new TimeScale('week', toDay('2026-11-04'), toDay('2027-01-20'));
    expect(w.upper().map((c) => c.label)).toEqual(['Nov 2026', 'Dec 2026', 'Jan 2027']);
    expect(w.lower().slice(0, 3).map((c) => c.label)).toEqual(['26', '2', '9']);
    expect(w.lower()[0]!.x).toBe(0); // the week that began in October is cut at the scale's start
    const m = new TimeScale('month', toDay('2026-11-04'), toDay('2027-02-01'));
    expect(m.upper().map((c) => c.label)).toEqual(['2026', '2027']);
    expect(m.lower().slice(10, 13).map((c) => c.label)).toEqual(['Nov', 'Dec', 'Jan']);
  });
});

describe('working days', () => {
  it('follow the standard week without a calendar, and a calendar with holidays when given', async () => {
    const { countWorkingDays, nonWorkingRuns, workingDays } = await import('./calendar.js');
    const standard = workingDays(null);
    // Mon 2 Nov .. Sun 15 Nov 2026: ten working days, two weekends.
    expect(countWorkingDays(toDay('2026-11-02'), toDay('2026-11-16'), standard)).toBe(10);
    expect(nonWorkingRuns(toDay('2026-11-02'), toDay('2026-11-16'), standard).map(([a, b]) => [toIsoDate(a), b - a])).toEqual([
      ['2026-11-07', 2],
      ['2026-11-14', 2],
    ]);
    const withHoliday = workingDays({
      workWeek: [{ day: 6, times: [{ from: '08:00', to: '12:00' }] }],
      exceptions: [{ from: '2026-11-11', to: '2026-11-11', working: false }],
    });
    expect(withHoliday(toDay('2026-11-11'))).toBe(false);
    expect(withHoliday(toDay('2026-11-07'))).toBe(true);
    expect(countWorkingDays(toDay('2026-11-02'), toDay('2026-11-09'), withHoliday)).toBe(6);
  });

  it('push a finish by working days, over weekends and holidays', async () => {
    const { addWorkingDays, workingDays } = await import('./calendar.js');
    // Friday 6 Nov 2026 + 1 working day = Monday 9 Nov; + 3 with Wednesday 11 Nov off = Thursday 12 Nov.
    expect(toIsoDate(addWorkingDays(toDay('2026-11-06'), 1, workingDays(null)))).toBe('2026-11-09');
    const withHoliday = workingDays({ workWeek: [], exceptions: [{ from: '2026-11-11', to: '2026-11-11', working: false }] });
    expect(toIsoDate(addWorkingDays(toDay('2026-11-06'), 3, withHoliday))).toBe('2026-11-12');
  });
});
