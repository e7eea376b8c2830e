import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, dayNumber, nonWorkingRuns, weekdayOf, workingDays } from './working-days.js';

const day = dayNumber;
const standard = workingDays(null);

describe('working days', () => {
  it('reads dates and weekdays', () => {
    expect(day('1970-01-01')).toBe(0);
    expect(day('2026-11-02T08:00')).toBe(day('2026-11-02'));
    expect(weekdayOf(day('2026-11-02'))).toBe(1); // a Monday
    expect(weekdayOf(-1)).toBe(3);
    expect(Number.isNaN(day('soon'))).toBe(true);
  });

  it('is Monday to Friday without a calendar', () => {
    expect([...Array(7).keys()].map((i) => standard(day('2026-11-01') + i))).toEqual([false, true, true, true, true, true, false]);
  });

  it('takes the week from the calendar, unlisted days keeping the standard rule', () => {
    const sixDays = workingDays({ workWeek: [{ day: 6, times: [{}] }, { day: 1, times: [] }], exceptions: [] });
    expect([...Array(7).keys()].map((i) => sixDays(day('2026-11-01') + i))).toEqual([false, false, true, true, true, true, true]);
  });

  it('lets exceptions win over the week, later ones over earlier ones, an empty working day being no work', () => {
    const isWorking = workingDays({
      workWeek: [],
      exceptions: [
        { from: '2026-12-24', to: '2026-12-31', working: false },
        { from: '2026-12-28', to: '2026-12-28', working: true },
        { from: '2026-12-29', to: '2026-12-29', working: true, times: [] },
        { from: '2026-12-26', to: '2026-12-26', working: true, times: [{ from: '09:00', to: '12:00' }] },
      ],
    });
    expect(isWorking(day('2026-12-23'))).toBe(true);
    expect(isWorking(day('2026-12-24'))).toBe(false);
    expect(isWorking(day('2026-12-26'))).toBe(true); // a Saturday made working
    expect(isWorking(day('2026-12-28'))).toBe(true);
    expect(isWorking(day('2026-12-29'))).toBe(false);
  });

  it('counts, runs and adds working days', () => {
    const mon = day('2026-11-02');
    expect(countWorkingDays(mon, mon + 14, standard)).toBe(10);
    expect(nonWorkingRuns(mon, mon + 14, standard)).toEqual([
      [mon + 5, mon + 7],
      [mon + 12, mon + 14],
    ]);
    expect(addWorkingDays(mon + 4, 1, standard)).toBe(mon + 7); // Friday + 1 = Monday
    expect(addWorkingDays(mon, 0, standard)).toBe(mon);
    expect(addWorkingDays(mon, 1.2, standard)).toBe(mon + 2);
  });
});
