/** Actual dates are facts: the engine keeps them in order whatever the calendar says later. */
import { describe, expect, it } from 'vitest';
import { PlanInputError } from './errors.js';
import type { CalendarSpec } from './model.js';
import { computeSchedule } from './schedule.js';

const START = '2025-01-06';

describe('actual dates', () => {
  it('work done on a day made a holiday afterwards still schedules, start before finish', () => {
    const holiday: CalendarSpec = { id: 'company', baseId: 'standard', exceptions: [{ from: '2025-01-07', to: '2025-01-07', working: false, name: 'Made a holiday later' }] };
    const result = computeSchedule({
      start: START,
      calendars: [holiday],
      calendarId: 'company',
      tasks: [{ id: 'A', durationDays: 1, actualStart: '2025-01-07T08:00', actualFinish: '2025-01-07T17:00', percentComplete: 100 }],
      links: [],
    });
    const a = result.tasks.find((t) => t.id === 'A')!;
    expect(a.start <= a.finish).toBe(true);
    expect(a.finish).toBe('2025-01-06T17:00');
  });

  it('a milestone reached at the end of a working day stays at that instant', () => {
    const result = computeSchedule({
      start: START,
      tasks: [{ id: 'M', kind: 'MILESTONE', durationDays: 0, actualStart: '2025-01-07T17:00', actualFinish: '2025-01-07T17:00', percentComplete: 100 }],
      links: [],
    });
    const m = result.tasks.find((t) => t.id === 'M')!;
    expect([m.start, m.finish]).toEqual(['2025-01-07T17:00', '2025-01-07T17:00']);
  });

  it('an actual finish typed before the actual start is still refused, naming the field', () => {
    expect(() =>
      computeSchedule({ start: START, tasks: [{ id: 'A', durationDays: 1, actualStart: '2025-01-08T08:00', actualFinish: '2025-01-07T17:00' }], links: [] }),
    ).toThrow(PlanInputError);
  });
});
