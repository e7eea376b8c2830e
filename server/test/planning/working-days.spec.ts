import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, dayNumber, workingDays, type CalendarLike } from '@trellis/schema/working-days';
import { WorkCalendar } from '../../src/planning/calendar.js';
import type { CalendarException, CalendarSpec, Weekday, WorkingTime } from '../../src/planning/model.js';

/**
 * The day-level working-day rule the client shades the Gantt and sizes dragged bars with
 * (@trellis/schema/working-days) against the engine's calendar: on random calendars (weeks,
 * working and non-working exceptions, overlapping ones) both call the same days working and
 * count the same working days. The engine is the truth.
 */

/** Working days of eight hours, so that the engine's working minutes count whole days. */
const DAYS: WorkingTime[][] = [
  [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }],
  [{ from: '09:00', to: '17:00' }],
  [{ from: '00:00', to: '08:00' }],
  [{ from: '14:00', to: '22:00' }],
];
const MINUTES = 480;
const FIRST = dayNumber('2024-01-01');
const SPAN = 3 * 366;
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const arbTimes = fc.constantFrom(...DAYS);
/** A weekday left out (the standard week's rule), non-working, or working with some times. */
const arbWeekday = fc.oneof(fc.constant(undefined), fc.constant([] as WorkingTime[]), arbTimes);
const arbException = fc
  .record({
    start: fc.integer({ min: 0, max: SPAN }),
    length: fc.integer({ min: 0, max: 20 }),
    working: fc.boolean(),
    // Omitted (the standard day), none at all (no work that day), or given.
    times: fc.oneof(fc.constant(undefined), fc.constant([] as WorkingTime[]), arbTimes),
  })
  .map((e): CalendarException => ({
    from: iso(FIRST + e.start),
    to: iso(FIRST + e.start + e.length),
    working: e.working,
    ...(e.working && e.times !== undefined ? { times: e.times } : {}),
  }));

const arbCalendar = fc
  .record({ week: fc.array(arbWeekday, { minLength: 7, maxLength: 7 }), exceptions: fc.array(arbException, { maxLength: 12 }) })
  // The engine refuses a week without working time (so would the calendar form).
  .filter(({ week }) => week.some((d, i) => (d === undefined ? i >= 1 && i <= 5 : d.length > 0)))
  .map(({ week, exceptions }) => {
    const workWeek: Partial<Record<Weekday, WorkingTime[]>> = {};
    week.forEach((times, day) => {
      if (times !== undefined) workWeek[day as Weekday] = times;
    });
    const spec: CalendarSpec = { id: 'c', workWeek, exceptions };
    const like: CalendarLike = {
      workWeek: week.flatMap((times, day) => (times === undefined ? [] : [{ day, times }])),
      exceptions: exceptions.map((e) => ({ from: e.from, to: e.to, working: e.working, times: e.times ?? null })),
    };
    return { engine: WorkCalendar.from(spec), shared: workingDays(like) };
  });

describe('the shared working-day rule agrees with the engine', () => {
  it('on which days are working', () => {
    fc.assert(
      fc.property(arbCalendar, fc.array(fc.integer({ min: -10, max: SPAN + 10 }), { minLength: 1, maxLength: 40 }), ({ engine, shared }, days) => {
        for (const d of days) expect(shared(FIRST + d), iso(FIRST + d)).toBe(engine.isWorkingDay(iso(FIRST + d)));
      }),
      { numRuns: 300 },
    );
  });

  it('on working-day counts between two dates', () => {
    fc.assert(
      fc.property(arbCalendar, fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: 120 }), ({ engine, shared }, from, length) => {
        const a = FIRST + from;
        const b = a + length;
        const minutes = engine.workingMinutesBetween(`${iso(a)}T00:00`, `${iso(b)}T00:00`);
        expect(countWorkingDays(a, b, shared)).toBe(minutes / MINUTES);
      }),
      { numRuns: 300 },
    );
  });

  it('on the day that n working days after a day end on', () => {
    fc.assert(
      fc.property(arbCalendar, fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 1, max: 60 }), ({ engine, shared }, from, n) => {
        const day = FIRST + from;
        // Work of n days starting right after `day` finishes at the end of its last working period.
        const finish = engine.addWorkingMinutes(`${iso(day + 1)}T00:00`, n * MINUTES);
        expect(iso(addWorkingDays(day, n, shared))).toBe(finish.slice(0, 10));
      }),
      { numRuns: 300 },
    );
  });
});
