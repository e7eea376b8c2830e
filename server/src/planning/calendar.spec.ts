import { describe, expect, it } from 'vitest';
import { CALENDAR_YEARS, STANDARD_CALENDAR, WorkCalendar } from './calendar.js';
import { PlanInputError } from './errors.js';
import type { CalendarSpec } from './model.js';

const standard = WorkCalendar.from(STANDARD_CALENDAR);

describe('the Standard calendar', () => {
  it('works Monday to Friday', () => {
    expect(standard.isWorkingDay('2025-01-10')).toBe(true); // Friday
    expect(standard.isWorkingDay('2025-01-11')).toBe(false); // Saturday
    expect(standard.isWorkingDay('2025-01-12')).toBe(false); // Sunday
  });

  it('one 8-hour day runs from 08:00 to 17:00 with lunch off', () => {
    expect(standard.addWorkingMinutes('2025-01-06T08:00', 480)).toBe('2025-01-06T17:00');
    expect(standard.addWorkingMinutes('2025-01-06T11:00', 120)).toBe('2025-01-06T14:00');
    expect(standard.minutesPerDay()).toBe(480);
  });

  it('carries work over the weekend', () => {
    expect(standard.addWorkingMinutes('2025-01-10T16:00', 120)).toBe('2025-01-13T09:00');
    expect(standard.addWorkingMinutes('2025-01-13T09:00', -120)).toBe('2025-01-10T16:00');
  });

  it('a finish lands at the end of a working period, a start at the beginning of the next', () => {
    expect(standard.addWorkingMinutes('2025-01-10T08:00', 480)).toBe('2025-01-10T17:00');
    expect(standard.addWorkingMinutes('2025-01-10T17:00', 0)).toBe('2025-01-13T08:00');
    expect(standard.addWorkingMinutes('2025-01-06T13:00', -240)).toBe('2025-01-06T08:00');
  });

  it('measures working minutes between two moments, negative when backwards', () => {
    expect(standard.workingMinutesBetween('2025-01-06', '2025-01-13')).toBe(5 * 480);
    expect(standard.workingMinutesBetween('2025-01-13', '2025-01-06')).toBe(-5 * 480);
    expect(standard.workingMinutesBetween('2025-01-06T12:00', '2025-01-06T13:00')).toBe(0);
  });

  it('stays consistent when asked about dates decades apart', () => {
    const before = standard.workingMinutesBetween('2025-01-06', '2025-02-03');
    expect(standard.addWorkingMinutes('1995-03-01T08:00', 480)).toBe('1995-03-01T17:00');
    expect(standard.addWorkingMinutes('2090-03-01T08:00', 480)).toBe('2090-03-01T17:00');
    expect(standard.workingMinutesBetween('2025-01-06', '2025-02-03')).toBe(before);
    expect(standard.workingMinutesBetween('2024-01-01', '2025-01-01')).toBe(262 * 480);
  });
});

describe('exceptions and inheritance', () => {
  const company: CalendarSpec = {
    id: 'company',
    baseId: 'standard',
    hoursPerDay: 7.5,
    exceptions: [
      { from: '2025-12-24', to: '2025-12-26', working: false, name: 'Christmas' },
      { from: '2025-12-27', to: '2025-12-27', working: true, times: [{ from: '09:00', to: '12:00' }], name: 'Stocktake' },
    ],
  };
  const team: CalendarSpec = {
    id: 'team',
    baseId: 'company',
    workWeek: { 5: [{ from: '08:00', to: '12:00' }] },
    exceptions: [{ from: '2025-12-26', to: '2025-12-26', working: true }],
  };
  const all = [company, team];

  it('a range of non-working days and a working Saturday with its own hours', () => {
    const calendar = WorkCalendar.from(company, all);
    expect(calendar.isWorkingDay('2025-12-24')).toBe(false);
    expect(calendar.isWorkingDay('2025-12-26')).toBe(false);
    expect(calendar.isWorkingDay('2025-12-27')).toBe(true);
    expect(calendar.addWorkingMinutes('2025-12-23T16:00', 120)).toBe('2025-12-27T10:00');
  });

  it('inherits weekdays, exceptions and hours per day from the base; its own exceptions win', () => {
    const calendar = WorkCalendar.from(team, all);
    expect(calendar.hoursPerDay).toBe(7.5);
    expect(calendar.isWorkingDay('2025-12-24')).toBe(false); // the base's holiday
    expect(calendar.isWorkingDay('2025-12-26')).toBe(true); // overridden here
    // Fridays are mornings only: Friday 2026-01-02 08:00 + 5 h ends Monday 10:00.
    expect(calendar.addWorkingMinutes('2026-01-02T08:00', 300)).toBe('2026-01-05T09:00');
  });

  it('a working time may end at midnight and carry on the next day', () => {
    const nights = WorkCalendar.from({
      id: 'nights',
      workWeek: { 0: [], 1: [{ from: '22:00', to: '24:00' }], 2: [{ from: '00:00', to: '06:00' }, { from: '22:00', to: '24:00' }], 3: [], 4: [], 5: [], 6: [] },
    });
    expect(nights.addWorkingMinutes('2025-01-06T22:00', 240)).toBe('2025-01-07T02:00');
  });

  it('a calendar without its own hours per day leaves the choice to the project', () => {
    const calendar = WorkCalendar.from({ id: 'plain' });
    expect(calendar.hoursPerDay).toBeUndefined();
    expect(calendar.minutesPerDay(6)).toBe(360);
  });
});

describe('invalid calendars', () => {
  it.each([
    ['a malformed time', { id: 'x', workWeek: { 1: [{ from: '8:00', to: '17:00' }] } }, 'calendars.x.workWeek.1[0]'],
    ['a period ending before it starts', { id: 'x', workWeek: { 1: [{ from: '17:00', to: '08:00' }] } }, 'calendars.x.workWeek.1[0]'],
    ['overlapping periods', { id: 'x', workWeek: { 1: [{ from: '08:00', to: '12:00' }, { from: '11:00', to: '13:00' }] } }, 'calendars.x.workWeek.1'],
    ['an unknown base', { id: 'x', baseId: 'nope' }, 'calendars.x.baseId'],
    ['an exception ending before it starts', { id: 'x', exceptions: [{ from: '2025-01-10', to: '2025-01-09', working: false }] }, 'calendars.x.exceptions[0].to'],
    ['a week without working time', { id: 'x', workWeek: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] } }, 'calendars.x.workWeek'],
    ['zero hours per day', { id: 'x', hoursPerDay: 0 }, 'calendars.x.hoursPerDay'],
  ] as [string, CalendarSpec, string][])('rejects %s naming the field', (_, spec, field) => {
    expect(() => WorkCalendar.from(spec)).toThrow(expect.objectContaining({ name: 'PlanInputError', field }));
  });

  it('rejects base calendars that loop', () => {
    const a: CalendarSpec = { id: 'a', baseId: 'b' };
    const b: CalendarSpec = { id: 'b', baseId: 'a' };
    expect(() => WorkCalendar.from(a, [a, b])).toThrow(/loop: a -> b -> a/);
  });

  it('rejects a date that is not a date', () => {
    expect(() => standard.addWorkingMinutes('2025-02-30T08:00', 60)).toThrow(PlanInputError);
  });
});

describe('the years a calendar serves', () => {
  it('answers for every day from the first to the last, even on a calendar asked nothing before', () => {
    expect(CALENDAR_YEARS).toEqual({ first: 1900, last: 2399 });
    // 1900-01-01 was a Monday, 2399-12-31 a Friday.
    expect(WorkCalendar.from(STANDARD_CALENDAR).addWorkingMinutes('1900-01-01T08:00', 480)).toBe('1900-01-01T17:00');
    expect(WorkCalendar.from(STANDARD_CALENDAR).addWorkingMinutes('2399-12-31T17:00', -480)).toBe('2399-12-31T08:00');
    const fresh = WorkCalendar.from(STANDARD_CALENDAR);
    expect(fresh.workingMinutesBetween('1900-01-01', '1900-01-08')).toBe(5 * 480);
    expect(fresh.workingMinutesBetween('2399-12-27', '2399-12-31T17:00')).toBe(5 * 480);
  });

  it('refuses a day outside them as bad plan input, not a crash', () => {
    expect(() => WorkCalendar.from(STANDARD_CALENDAR).workingMinutesBetween('1899-12-31', '1900-01-02')).toThrow(/outside 1900-2399/);
    expect(() => WorkCalendar.from(STANDARD_CALENDAR).addWorkingMinutes('2399-12-31T17:00', 60)).toThrow(PlanInputError);
  });
});
