import { describe, expect, it } from 'vitest';
import {
  baseCandidates,
  checkException,
  checkHoursPerDay,
  commonTimes,
  effectiveWeek,
  exceptionField,
  fieldIndex,
  formatHours,
  formatSpans,
  parseSpans,
  sortExceptions,
  spanHours,
  STANDARD_TIMES,
  weekDrafts,
  weekdaySummary,
  weekInput,
  type DayDraft,
  type WorkCalendarDetail,
} from './working-time';

const span = (from: string, to: string) => ({ from, to });

function calendar(id: string, workWeek: WorkCalendarDetail['workWeek'], baseCalendarId: string | null = null) {
  return { id, baseCalendarId, workWeek };
}

describe('parseSpans', () => {
  it('reads spans with any dash, "to", commas, semicolons or spaces between them, and short hours', () => {
    const standard = [span('08:00', '12:00'), span('13:00', '17:00')];
    expect(parseSpans('08:00–12:00, 13:00–17:00')).toEqual({ ok: true, times: standard });
    expect(parseSpans('08:00-12:00;13:00 - 17:00')).toEqual({ ok: true, times: standard });
    expect(parseSpans(' 8 to 12  13:00—17 ')).toEqual({ ok: true, times: standard });
    expect(parseSpans('8:30-12')).toEqual({ ok: true, times: [span('08:30', '12:00')] });
  });

  it('sorts the spans and allows 24:00 as an end', () => {
    expect(parseSpans('22:00-24:00, 13-17')).toEqual({ ok: true, times: [span('13:00', '17:00'), span('22:00', '24:00')] });
  });

  it('refuses nothing, words, times that do not exist, 24:00 as a start, backwards and overlapping spans', () => {
    const error = (text: string) => {
      const r = parseSpans(text);
      return r.ok ? null : r.error;
    };
    expect(error('  ')).toMatch(/Enter working times/);
    expect(error('mornings')).toBe('“mornings” is not a span such as 08:00–12:00');
    expect(error('08:00-12:00, 13:00')).toBe('“13:00” is not a span such as 08:00–12:00');
    expect(error('08:75-12:00')).toMatch(/not a time of day/);
    expect(error('25:00-26:00')).toMatch(/not a time of day/);
    expect(error('24:00-24:00')).toMatch(/not a time of day/);
    expect(error('17:00-08:00')).toBe('17:00–08:00 ends before it starts: a working time must end after it starts');
    expect(error('09:00-09:00')).toMatch(/ends before it starts/);
    expect(error('08:00-12:00, 11:00-15:00')).toBe('08:00–12:00 and 11:00–15:00 overlap');
  });

  it('lets spans touch', () => {
    expect(parseSpans('08:00-12:00 12:00-16:00').ok).toBe(true);
  });
});

describe('formatting', () => {
  it('writes spans with an en dash and counts their hours', () => {
    expect(formatSpans(STANDARD_TIMES)).toBe('08:00–12:00, 13:00–17:00');
    expect(formatSpans([])).toBe('');
    expect(spanHours(STANDARD_TIMES)).toBe(8);
    expect(spanHours([span('22:00', '24:00'), span('07:30', '09:00')])).toBe(3.5);
    expect(formatHours(8)).toBe('8 h');
    expect(formatHours(7.5)).toBe('7.5 h');
    expect(formatHours(1 / 3)).toBe('0.33 h');
  });
});

describe('weekdaySummary', () => {
  const days = (...on: number[]) => (d: number) => on.includes(d);

  it('joins runs of three days or more with a dash, shorter ones with commas', () => {
    expect(weekdaySummary(days(1, 2, 3, 4, 5))).toBe('Mon–Fri');
    expect(weekdaySummary(days(1, 2, 3, 4))).toBe('Mon–Thu');
    expect(weekdaySummary(days(1, 3, 5))).toBe('Mon, Wed, Fri');
    expect(weekdaySummary(days(1, 2, 3, 5))).toBe('Mon–Wed, Fri');
    expect(weekdaySummary(days(6, 0))).toBe('Sat, Sun');
    expect(weekdaySummary(days(2))).toBe('Tue');
  });

  it('keeps a run across Sunday and Monday together, and names every day or none', () => {
    expect(weekdaySummary(days(0, 1, 2, 3, 4))).toBe('Sun–Thu');
    expect(weekdaySummary(days(0, 1, 3))).toBe('Sun, Mon, Wed');
    expect(weekdaySummary(days(0, 1, 2, 3, 4, 5, 6))).toBe('Every day');
    expect(weekdaySummary(days())).toBe('No working days');
  });
});

describe('effectiveWeek', () => {
  it('is the standard week without a calendar', () => {
    const week = effectiveWeek(null, new Map());
    expect(week[0]).toEqual([]);
    expect(week[1]).toEqual([...STANDARD_TIMES]);
    expect(week[6]).toEqual([]);
  });

  it('takes the calendar’s own days, then its base chain’s, then the standard week', () => {
    const night = calendar('night', [{ day: 1, times: [span('22:00', '24:00')] }, { day: 6, times: [span('09:00', '13:00')] }]);
    const site = calendar('site', [{ day: 5, times: [] }, { day: 6, times: [] }], 'night');
    const byId = new Map([night, site].map((c) => [c.id, c]));
    const week = effectiveWeek(site, byId);
    expect(week[1]).toEqual([span('22:00', '24:00')]); // from the base
    expect(week[2]).toEqual([...STANDARD_TIMES]); // from the standard week
    expect(week[5]).toEqual([]); // its own: Friday off
    expect(week[6]).toEqual([]); // its own Saturday wins over the base's
  });

  it('stops at a base chain that comes back on itself', () => {
    const a = calendar('a', [{ day: 1, times: [] }], 'b');
    const b = calendar('b', [{ day: 2, times: [] }], 'a');
    const week = effectiveWeek(a, new Map([a, b].map((c) => [c.id, c])));
    expect(week[1]).toEqual([]);
    expect(week[2]).toEqual([]);
    expect(week[3]).toEqual([...STANDARD_TIMES]);
  });
});

describe('commonTimes', () => {
  it('is the times every working day shares, or null', () => {
    expect(commonTimes([[], [...STANDARD_TIMES], [...STANDARD_TIMES], [], [], [], []])).toEqual([...STANDARD_TIMES]);
    expect(commonTimes([[], [...STANDARD_TIMES], [span('08:00', '12:00')], [], [], [], []])).toBeNull();
    expect(commonTimes([[], [], [], [], [], [], []])).toBeNull();
  });
});

describe('exceptions', () => {
  it('sorts by first day, last day and name', () => {
    const list = [
      { name: 'B', from: '2026-12-25', to: '2026-12-26' },
      { name: 'A', from: '2026-12-25', to: '2026-12-26' },
      { name: 'Z', from: '2026-12-24', to: '2026-12-31' },
      { name: 'C', from: '2026-12-25', to: '2026-12-25' },
    ];
    expect(sortExceptions(list).map((e) => e.name)).toEqual(['Z', 'C', 'A', 'B']);
  });

  it('sends times only for working exceptions that have their own', () => {
    const draft = { name: 'Sat', from: '2026-12-19', to: '', times: '9-13' };
    expect(checkException({ ...draft, working: false }).input!.times).toBeNull();
    expect(checkException({ ...draft, working: true, times: ' ' }).input!.times).toBeNull();
    expect(checkException({ ...draft, working: true }).input!.times).toEqual([span('09:00', '13:00')]);
  });

  it('checks a draft: a name, a real first day, a last day not before it, times that parse', () => {
    const ok = checkException({ name: ' Christmas ', from: '2026-12-25', to: '', working: false, times: '' });
    expect(ok).toEqual({ errors: {}, input: { name: 'Christmas', from: '2026-12-25', to: '2026-12-25', working: false, times: null } });
    expect(checkException({ name: '', from: '', to: '', working: false, times: '' }).errors).toEqual({
      name: expect.stringMatching(/name/),
      from: 'Choose the first day',
    });
    expect(checkException({ name: 'Move', from: '2026-02-30', to: '', working: false, times: '' }).errors).toEqual({ from: 'Not a valid date' });
    const backwards = checkException({ name: 'Move', from: '2026-06-10', to: '2026-06-09', working: false, times: '' });
    expect(backwards).toEqual({ errors: { to: 'The last day must not be before the first' }, input: null });
    const saturday = checkException({ name: 'Release weekend', from: '2026-06-13', to: '2026-06-14', working: true, times: '9-13' });
    expect(saturday.input).toEqual({ name: 'Release weekend', from: '2026-06-13', to: '2026-06-14', working: true, times: [span('09:00', '13:00')] });
    expect(checkException({ name: 'Late', from: '2026-06-13', to: '', working: true, times: '17-8' }).errors.times).toMatch(/ends before it starts/);
    // Times typed for a non-working day are ignored, not refused.
    expect(checkException({ name: 'Off', from: '2026-06-13', to: '', working: false, times: '17-8' }).input?.times).toBeNull();
  });
});

describe('the week in the calendar form', () => {
  it('starts a new calendar on the standard week, written out', () => {
    const days = weekDrafts(null);
    expect(days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(days.map((d) => d.mode)).toEqual(['work', 'work', 'work', 'work', 'work', 'off', 'off']);
    expect(days[0]!.text).toBe('08:00–12:00, 13:00–17:00');
    expect(weekInput(days, null)).toEqual({
      ok: true,
      week: [1, 2, 3, 4, 5, 6, 0].map((day) => ({ day, times: day >= 1 && day <= 5 ? [...STANDARD_TIMES] : [] })),
    });
  });

  it('shows the days a calendar leaves to its base as such, and sends only the others', () => {
    const cal = calendar('site', [{ day: 5, times: [] }], 'office');
    const days = weekDrafts(cal);
    expect(days.find((d) => d.day === 5)!.mode).toBe('off');
    expect(days.filter((d) => d.mode === 'base').map((d) => d.day)).toEqual([1, 2, 3, 4, 6, 0]);
    const baseWeek = effectiveWeek(null, new Map());
    expect(weekInput(days, baseWeek)).toEqual({ ok: true, week: [{ day: 5, times: [] }] });
  });

  it('shows a calendar without a base with the standard week filling the days it does not set', () => {
    const days = weekDrafts(calendar('c', [{ day: 6, times: [span('09:00', '13:00')] }]));
    expect(days.map((d) => d.mode)).toEqual(['work', 'work', 'work', 'work', 'work', 'work', 'off']);
    expect(days[5]!.text).toBe('09:00–13:00');
  });

  it('names the day whose times do not parse, and refuses a week with no working time', () => {
    const days: DayDraft[] = weekDrafts(null).map((d) => (d.day === 3 ? { ...d, text: '17:00-08:00' } : d));
    const bad = weekInput(days, null);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors)).toEqual(['3']);
    const none = weekInput(weekDrafts(null).map((d) => ({ ...d, mode: 'off' as const })), null);
    expect(none).toEqual({ ok: false, errors: {}, error: 'A calendar needs working time on at least one day of the week' });
    // Left to a base that works on Saturdays: fine.
    const saturdays = effectiveWeek(calendar('b', [{ day: 6, times: [span('09:00', '13:00')] }, ...[0, 1, 2, 3, 4, 5].map((day) => ({ day, times: [] }))]), new Map());
    const onBase = weekDrafts(null).map((d) => ({ ...d, mode: d.day === 6 ? ('base' as const) : ('off' as const) }));
    expect(weekInput(onBase, saturdays).ok).toBe(true);
  });
});

describe('checks and API fields', () => {
  it('checks the hours per day', () => {
    expect(checkHoursPerDay(8)).toBeNull();
    expect(checkHoursPerDay(24)).toBeNull();
    expect(checkHoursPerDay(0)).toMatch(/More than 0/);
    expect(checkHoursPerDay(25)).toMatch(/at most 24/);
    expect(checkHoursPerDay(null)).toMatch(/Enter/);
    expect(checkHoursPerDay(Number.NaN)).toMatch(/Enter/);
  });

  it('finds the list index in an error field', () => {
    expect(fieldIndex('input.workWeek[3].times[0].to', 'workWeek')).toBe(3);
    expect(fieldIndex('input.exceptions[12].from', 'exceptions')).toBe(12);
    expect(fieldIndex('input.workWeek', 'workWeek')).toBeNull();
    expect(fieldIndex('input.exceptions[1].to', 'workWeek')).toBeNull();
    expect(fieldIndex(undefined, 'workWeek')).toBeNull();
    expect(exceptionField('input.from')).toBe('from');
    expect(exceptionField('input.times[0].to')).toBe('times');
    expect(exceptionField('input.times')).toBe('times');
    expect(exceptionField('input.calendarId')).toBeNull();
    expect(exceptionField('input.fromage')).toBeNull();
    expect(exceptionField(undefined)).toBeNull();
  });

  it('offers as a base every calendar but the one edited and those based on it', () => {
    const cals = [
      { id: 'a', baseCalendarId: null },
      { id: 'b', baseCalendarId: 'a' },
      { id: 'c', baseCalendarId: 'b' },
      { id: 'd', baseCalendarId: null },
    ];
    expect(baseCandidates(cals, 'a').map((c) => c.id)).toEqual(['d']);
    expect(baseCandidates(cals, 'b').map((c) => c.id)).toEqual(['a', 'd']);
    expect(baseCandidates(cals, null).map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
