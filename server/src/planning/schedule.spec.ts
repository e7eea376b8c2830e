/**
 * computeSchedule on small hand-made plans. The project starts Monday 2025-01-06 on the
 * Standard calendar (Mon-Fri 08:00-12:00 + 13:00-17:00) unless a test says otherwise, so
 * every expected date below can be checked against a wall calendar:
 *   Mon 06  Tue 07  Wed 08  Thu 09  Fri 10  (Sat 11, Sun 12)  Mon 13  Tue 14  Wed 15 ...
 */
import { describe, expect, it } from 'vitest';
import { CycleError, PlanInputError } from './errors.js';
import type { CalendarSpec, LinkType, PlanInput, PlanLink, PlanTask, ScheduledTask, ScheduleResult } from './model.js';
import { computeSchedule } from './schedule.js';

const START = '2025-01-06';

function plan(tasks: PlanTask[], links: PlanLink[] = [], extra: Partial<PlanInput> = {}): ScheduleResult {
  return computeSchedule({ start: START, tasks, links, ...extra });
}

function task(result: ScheduleResult, id: string): ScheduledTask {
  const found = result.tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id} in the result`);
  return found;
}

function link(predecessorId: string, successorId: string, type: LinkType = 'FS', more: Partial<PlanLink> = {}): PlanLink {
  return { predecessorId, successorId, type, ...more };
}

function dates(t: ScheduledTask): [string, string] {
  return [t.start, t.finish];
}

describe('finish-to-start links', () => {
  it('starts the successor at the next working time after the predecessor finishes', () => {
    const result = plan([{ id: 'A', durationDays: 2 }, { id: 'B', durationDays: 3 }], [link('A', 'B')]);
    expect(dates(task(result, 'A'))).toEqual(['2025-01-06T08:00', '2025-01-07T17:00']);
    expect(dates(task(result, 'B'))).toEqual(['2025-01-08T08:00', '2025-01-10T17:00']);
    expect(result.finish).toBe('2025-01-10T17:00');
  });

  it('waits for a positive lag in working days', () => {
    const result = plan([{ id: 'A', durationDays: 2 }, { id: 'B', durationDays: 3 }], [link('A', 'B', 'FS', { lagDays: 2 })]);
    expect(dates(task(result, 'B'))).toEqual(['2025-01-10T08:00', '2025-01-14T17:00']);
  });

  it('overlaps with a lead (negative lag)', () => {
    const result = plan([{ id: 'A', durationDays: 2 }, { id: 'B', durationDays: 3 }], [link('A', 'B', 'FS', { lagDays: -1 })]);
    expect(dates(task(result, 'B'))).toEqual(['2025-01-07T08:00', '2025-01-09T17:00']);
  });

  it('measures a percent lag on the predecessor duration', () => {
    const result = plan([{ id: 'A', durationDays: 4 }, { id: 'B', durationDays: 1 }], [link('A', 'B', 'FS', { lagPercent: 50 })]);
    // A ends Thu 17:00; 50% of 4 days = 2 working days, so B starts Tue 14.
    expect(task(result, 'B').start).toBe('2025-01-14T08:00');
  });

  it('an elapsed lag over a weekend leaves the chain critical with zero float, not negative', () => {
    const result = plan([{ id: 'A', durationDays: 5 }, { id: 'B', durationDays: 1 }], [link('A', 'B', 'FF', { lagDays: 1, elapsed: true })]);
    // A ends Fri 17:00; one clock day later is Saturday 17:00, which in working time is the same
    // moment as Friday 17:00: B may finish on Friday, and the backward pass must agree.
    expect(task(result, 'B').finish).toBe('2025-01-10T17:00');
    expect(task(result, 'A').totalFloatDays).toBe(0);
    expect(task(result, 'B').totalFloatDays).toBe(0);
  });

  it('counts an elapsed lag in calendar days, weekends included', () => {
    const tasks = [{ id: 'A', durationDays: 5 }, { id: 'B', durationDays: 1 }];
    const elapsed = plan(tasks, [link('A', 'B', 'FS', { lagDays: 3, elapsed: true })]);
    const working = plan(tasks, [link('A', 'B', 'FS', { lagDays: 3 })]);
    // A ends Fri 10 17:00. Three calendar days later is Mon 13 17:00; three working days is Wed 15 17:00.
    expect(task(elapsed, 'B').start).toBe('2025-01-14T08:00');
    expect(task(working, 'B').start).toBe('2025-01-16T08:00');
  });
});

describe('start-to-start, finish-to-finish and start-to-finish links', () => {
  // X (2d) pushes A to Wed 08 so leads have room to pull B earlier than A.
  const base: PlanTask[] = [{ id: 'X', durationDays: 2 }, { id: 'A', durationDays: 2 }, { id: 'B', durationDays: 1 }];
  const run = (type: LinkType, lagDays: number) => plan(base, [link('X', 'A'), link('A', 'B', type, { lagDays })]);

  it.each([
    ['SS', 0, '2025-01-08T08:00', '2025-01-08T17:00'],
    ['SS', 1, '2025-01-09T08:00', '2025-01-09T17:00'],
    ['SS', -1, '2025-01-07T08:00', '2025-01-07T17:00'],
    ['FF', 0, '2025-01-09T08:00', '2025-01-09T17:00'],
    ['FF', 1, '2025-01-10T08:00', '2025-01-10T17:00'],
    ['FF', -1, '2025-01-08T08:00', '2025-01-08T17:00'],
    // Without lag B must finish when A starts, Wed 08 08:00, and is shown finishing then (below).
    ['SF', 0, '2025-01-07T08:00', '2025-01-08T08:00'],
    ['SF', 1, '2025-01-08T08:00', '2025-01-08T17:00'],
    ['SF', -1, '2025-01-06T08:00', '2025-01-06T17:00'],
  ] as [LinkType, number, string, string][])('%s with lag %d runs B from %s to %s', (type, lagDays, start, finish) => {
    const b = task(run(type, lagDays), 'B');
    expect(b.start).toBe(start);
    expect(b.finish).toBe(finish);
  });

  it('a start-to-finish link without lag finishes the successor when the predecessor starts, as MS Project shows it', () => {
    // A (1d) -> C (1d) FS puts C on Tue 07; C -> D (1d) SF: D must finish by the time C starts.
    // MS Project shows D finishing Tue 07 08:00 (not Mon 06 17:00, the same working moment)
    // and starting Mon 06 08:00; its late finish is the project's end, Tue 07 17:00.
    const result = plan(
      [{ id: 'A', durationDays: 1 }, { id: 'C', durationDays: 1 }, { id: 'D', durationDays: 1 }],
      [link('A', 'C'), link('C', 'D', 'SF')],
    );
    const d = task(result, 'D');
    expect([d.earlyStart, d.earlyFinish, d.lateStart, d.lateFinish]).toEqual(['2025-01-06T08:00', '2025-01-07T08:00', '2025-01-07T08:00', '2025-01-07T17:00']);
    expect(dates(d)).toEqual(['2025-01-06T08:00', '2025-01-07T08:00']);
    expect([d.totalFloatDays, d.freeFloatDays]).toEqual([1, 1]);
    // Across a weekend: C on Mon 13 (after A of 5 days) makes D finish Mon 13 08:00 and start Fri 10 08:00.
    const weekend = plan(
      [{ id: 'A', durationDays: 5 }, { id: 'C', durationDays: 1 }, { id: 'D', durationDays: 1 }],
      [link('A', 'C'), link('C', 'D', 'SF')],
    );
    expect(dates(task(weekend, 'D'))).toEqual(['2025-01-10T08:00', '2025-01-13T08:00']);
    // A successor of D starts where it would have: Mon 13 08:00 is the next working moment either way.
    const chained = plan(
      [{ id: 'A', durationDays: 5 }, { id: 'C', durationDays: 1 }, { id: 'D', durationDays: 1 }, { id: 'E', durationDays: 1 }],
      [link('A', 'C'), link('C', 'D', 'SF'), link('D', 'E')],
    );
    expect(dates(task(chained, 'E'))).toEqual(['2025-01-13T08:00', '2025-01-13T17:00']);
  });

  it('a finish-to-finish link makes the successor end with the predecessor', () => {
    const result = run('FF', 0);
    expect(task(result, 'B').finish).toBe(task(result, 'A').finish);
  });
});

describe('float and the critical path', () => {
  // A (2d) -> B (3d) -> M; A -> C (1d) -> M; M is the finish milestone.
  const result = plan(
    [{ id: 'A', durationDays: 2 }, { id: 'B', durationDays: 3 }, { id: 'C', durationDays: 1 }, { id: 'M', durationDays: 0 }],
    [link('A', 'B'), link('A', 'C'), link('B', 'M'), link('C', 'M')],
  );

  it('gives the short branch float and keeps the long one critical', () => {
    expect(task(result, 'C').totalFloatDays).toBe(2);
    expect(task(result, 'C').freeFloatDays).toBe(2);
    expect(task(result, 'C').lateStart).toBe('2025-01-10T08:00');
    expect(task(result, 'C').critical).toBe(false);
    for (const id of ['A', 'B', 'M']) {
      expect(task(result, id).totalFloatDays).toBe(0);
      expect(task(result, id).critical).toBe(true);
    }
  });

  it('lists the critical path from start to finish', () => {
    expect(result.criticalPaths).toEqual([['A', 'B', 'M']]);
  });

  it('lists every critical path when two branches tie', () => {
    const tie = plan(
      [{ id: 'A', durationDays: 1 }, { id: 'B', durationDays: 2 }, { id: 'C', durationDays: 2 }, { id: 'D', durationDays: 1 }],
      [link('A', 'B'), link('A', 'C'), link('B', 'D'), link('C', 'D')],
    );
    expect(tie.criticalPaths).toEqual([['A', 'B', 'D'], ['A', 'C', 'D']]);
  });

  it('free float is zero when the successor starts right away, even with total float left', () => {
    // A (1d) -> B (1d), and a 5-day task alone: A can slip 3 days in total but not without moving B.
    const chain = plan([{ id: 'A', durationDays: 1 }, { id: 'B', durationDays: 1 }, { id: 'L', durationDays: 5 }], [link('A', 'B')]);
    expect(task(chain, 'A').totalFloatDays).toBe(3);
    expect(task(chain, 'A').freeFloatDays).toBe(0);
    expect(task(chain, 'B').freeFloatDays).toBe(3);
  });
});

describe('milestones', () => {
  it('a milestone after a task sits at that task\'s finish and its successor starts next morning', () => {
    const result = plan(
      [{ id: 'A', durationDays: 2 }, { id: 'M', durationDays: 0 }, { id: 'B', durationDays: 1 }],
      [link('A', 'M'), link('M', 'B')],
    );
    const m = task(result, 'M');
    expect(m.milestone).toBe(true);
    expect(dates(m)).toEqual(['2025-01-07T17:00', '2025-01-07T17:00']);
    expect(task(result, 'B').start).toBe('2025-01-08T08:00');
  });

  it('a milestone with no predecessor sits at the project start', () => {
    const result = plan([{ id: 'Kickoff', durationDays: 0, kind: 'MILESTONE' }]);
    expect(dates(task(result, 'Kickoff'))).toEqual(['2025-01-06T08:00', '2025-01-06T08:00']);
  });

  it('a task marked as milestone keeps its duration', () => {
    const result = plan([{ id: 'Review', durationDays: 1, kind: 'MILESTONE' }]);
    expect(task(result, 'Review').milestone).toBe(true);
    expect(task(result, 'Review').finish).toBe('2025-01-06T17:00');
  });
});

describe('summary tasks', () => {
  const tasks: PlanTask[] = [
    { id: 'Prep', durationDays: 2 },
    { id: 'Build', durationDays: 0, kind: 'SUMMARY' },
    { id: 'Code', parentId: 'Build', durationDays: 3 },
    { id: 'Docs', parentId: 'Build', durationDays: 1 },
    { id: 'Test', parentId: 'Build', durationDays: 2 },
    { id: 'Ship', durationDays: 0 },
  ];
  const links = [link('Prep', 'Build'), link('Code', 'Test'), link('Build', 'Ship')];
  const result = plan(tasks, links);

  it('rolls up the earliest start and the latest finish of its children', () => {
    const build = task(result, 'Build');
    expect(build.summary).toBe(true);
    expect(dates(build)).toEqual(['2025-01-08T08:00', '2025-01-14T17:00']);
    expect(build.durationDays).toBe(5);
  });

  it('a link into the summary holds back every child', () => {
    expect(task(result, 'Code').start).toBe('2025-01-08T08:00');
    expect(task(result, 'Docs').start).toBe('2025-01-08T08:00');
  });

  it('a link out of the summary leaves from its finish', () => {
    expect(task(result, 'Ship').start).toBe('2025-01-14T17:00');
  });

  it('the critical path runs through the summary\'s driving children', () => {
    expect(result.criticalPaths).toEqual([['Prep', 'Code', 'Test', 'Ship']]);
    expect(task(result, 'Docs').totalFloatDays).toBe(4);
    expect(task(result, 'Build').critical).toBe(true);
  });

  it('nested summaries pass a link down to the grandchildren', () => {
    const nested = plan(
      [
        { id: 'Prep', durationDays: 3 },
        { id: 'Phase', durationDays: 0 },
        { id: 'Step', parentId: 'Phase', durationDays: 0 },
        { id: 'Leaf', parentId: 'Step', durationDays: 1 },
      ],
      [link('Prep', 'Phase')],
    );
    expect(task(nested, 'Leaf').start).toBe('2025-01-09T08:00');
    expect(task(nested, 'Phase').start).toBe('2025-01-09T08:00');
  });

  it('a start-to-start link out of a summary uses its start, a finish-to-finish link its finish', () => {
    const result = plan(
      [...tasks, { id: 'Review', durationDays: 1 }, { id: 'Handover', durationDays: 1 }],
      [...links, link('Build', 'Review', 'SS', { lagDays: 1 }), link('Build', 'Handover', 'FF')],
    );
    expect(task(result, 'Review').start).toBe('2025-01-09T08:00');
    expect(task(result, 'Handover').finish).toBe('2025-01-14T17:00');
  });

  it('refuses finish-to-finish links into a summary, as MS Project does', () => {
    expect(() => plan(tasks, [link('Prep', 'Build', 'FF')])).toThrow(PlanInputError);
  });

  it('refuses a link between a summary and its own subtask', () => {
    expect(() => plan(tasks, [link('Build', 'Code')])).toThrow(/own subtask/);
  });
});

describe('constraints', () => {
  // A (2d) -> B (1d); L (10d) runs alone so late dates have room.
  const base = (constraint: PlanTask['constraint']): ScheduleResult =>
    plan([{ id: 'A', durationDays: 2 }, { id: 'B', durationDays: 1, constraint }, { id: 'L', durationDays: 10 }], [link('A', 'B')]);

  it('ASAP is the default', () => {
    expect(task(base({ type: 'ASAP' }), 'B').start).toBe('2025-01-08T08:00');
    expect(task(base(null), 'B').start).toBe('2025-01-08T08:00');
  });

  it('SNET pushes the start', () => {
    expect(task(base({ type: 'SNET', date: '2025-01-13' }), 'B').start).toBe('2025-01-13T08:00');
    // A SNET date the links already pass is no constraint at all.
    expect(task(base({ type: 'SNET', date: '2025-01-06' }), 'B').start).toBe('2025-01-08T08:00');
  });

  it('FNET pushes the finish', () => {
    expect(dates(task(base({ type: 'FNET', date: '2025-01-10' }), 'B'))).toEqual(['2025-01-10T08:00', '2025-01-10T17:00']);
  });

  it('MSO and MFO pin the task', () => {
    expect(task(base({ type: 'MSO', date: '2025-01-09' }), 'B').start).toBe('2025-01-09T08:00');
    expect(task(base({ type: 'MFO', date: '2025-01-09' }), 'B').finish).toBe('2025-01-09T17:00');
    const pinned = base({ type: 'MSO', date: '2025-01-09' });
    expect(task(pinned, 'B').totalFloatDays).toBe(0);
    expect(pinned.warnings).toEqual([]);
  });

  it('MSO may place a task before the project start', () => {
    const result = plan([{ id: 'Prework', durationDays: 1, constraint: { type: 'MSO', date: '2025-01-02' } }]);
    expect(task(result, 'Prework').start).toBe('2025-01-02T08:00');
    expect(result.warnings).toEqual([]);
  });

  it('SNLT and FNLT cap the late dates', () => {
    const snlt = task(base({ type: 'SNLT', date: '2025-01-09' }), 'B');
    expect(snlt.lateStart).toBe('2025-01-09T08:00');
    expect(snlt.totalFloatDays).toBe(1);
    const fnlt = task(base({ type: 'FNLT', date: '2025-01-10' }), 'B');
    expect(fnlt.lateFinish).toBe('2025-01-10T17:00');
    expect(fnlt.totalFloatDays).toBe(2);
  });

  it('a violated SNLT keeps the links, gives negative float and warns', () => {
    const result = base({ type: 'SNLT', date: '2025-01-07' });
    const b = task(result, 'B');
    expect(b.start).toBe('2025-01-08T08:00');
    expect(b.totalFloatDays).toBe(-1);
    expect(b.critical).toBe(true);
    expect(task(result, 'A').totalFloatDays).toBe(-1);
    expect(result.warnings.map((w) => [w.taskId, w.code])).toEqual([
      ['A', 'NEGATIVE_FLOAT'],
      ['B', 'CONSTRAINT_VIOLATED'],
      ['B', 'NEGATIVE_FLOAT'],
    ]);
    expect(result.warnings[1].message).toContain('SNLT 2025-01-07T08:00');
  });

  it('a violated MFO warns on the finish', () => {
    const result = base({ type: 'MFO', date: '2025-01-07' });
    expect(task(result, 'B').finish).toBe('2025-01-08T17:00');
    expect(result.warnings.find((w) => w.taskId === 'B' && w.code === 'CONSTRAINT_VIOLATED')?.message).toContain('finish');
  });

  it('ALAP moves a task as late as it can without delaying anything', () => {
    const result = plan([{ id: 'A', durationDays: 1, constraint: { type: 'ALAP' } }, { id: 'L', durationDays: 5 }]);
    const a = task(result, 'A');
    expect(dates(a)).toEqual(['2025-01-10T08:00', '2025-01-10T17:00']);
    expect(a.earlyStart).toBe('2025-01-06T08:00');
  });

  it('a chain of ALAP tasks slides together but an ASAP successor holds its ALAP predecessor', () => {
    const chain = plan(
      [{ id: 'A', durationDays: 1, constraint: { type: 'ALAP' } }, { id: 'B', durationDays: 1, constraint: { type: 'ALAP' } }, { id: 'L', durationDays: 5 }],
      [link('A', 'B')],
    );
    expect(task(chain, 'A').start).toBe('2025-01-09T08:00');
    expect(task(chain, 'B').start).toBe('2025-01-10T08:00');
    const held = plan(
      [{ id: 'A', durationDays: 1, constraint: { type: 'ALAP' } }, { id: 'B', durationDays: 1 }, { id: 'L', durationDays: 5 }],
      [link('A', 'B')],
    );
    expect(task(held, 'A').start).toBe('2025-01-06T08:00');
  });
});

describe('leveling delay', () => {
  it('delays the start by working days after the links are met', () => {
    const result = plan([{ id: 'A', durationDays: 1 }, { id: 'B', durationDays: 1, levelingDelayDays: 2 }], [link('A', 'B')]);
    expect(dates(task(result, 'B'))).toEqual(['2025-01-09T08:00', '2025-01-09T17:00']);
  });
});

describe('constraints and deadlines on summaries', () => {
  it('a start-no-earlier-than on a summary holds back its children', () => {
    const result = plan([
      { id: 'Phase', durationDays: 0, constraint: { type: 'SNET', date: '2025-01-08' } },
      { id: 'A', parentId: 'Phase', durationDays: 1 },
    ]);
    expect(task(result, 'A').start).toBe('2025-01-08T08:00');
  });

  it('a summary deadline limits the late finish of its children', () => {
    const result = plan([
      { id: 'Phase', durationDays: 0, deadline: '2025-01-07' },
      { id: 'A', parentId: 'Phase', durationDays: 3 },
      { id: 'L', durationDays: 10 },
    ]);
    expect(task(result, 'A').lateFinish).toBe('2025-01-07T17:00');
    expect(task(result, 'A').totalFloatDays).toBe(-1);
    expect(result.warnings.map((w) => [w.taskId, w.code])).toEqual([['Phase', 'DEADLINE_MISSED'], ['A', 'NEGATIVE_FLOAT']]);
  });
});

describe('deadlines', () => {
  it('a missed deadline warns, limits the late finish and shows negative float', () => {
    const result = plan([{ id: 'A', durationDays: 3, deadline: '2025-01-07' }]);
    const a = task(result, 'A');
    expect(a.finish).toBe('2025-01-08T17:00');
    expect(a.lateFinish).toBe('2025-01-07T17:00');
    expect(a.totalFloatDays).toBe(-1);
    expect(result.warnings[0]).toMatchObject({ taskId: 'A', code: 'DEADLINE_MISSED' });
  });

  it('a deadline that is met only reduces float', () => {
    const result = plan([{ id: 'A', durationDays: 2, deadline: '2025-01-09' }, { id: 'L', durationDays: 10 }]);
    expect(task(result, 'A').totalFloatDays).toBe(2);
    expect(result.warnings).toEqual([]);
  });
});

describe('calendars', () => {
  const withCalendar = (calendar: CalendarSpec, tasks: PlanTask[], links: PlanLink[] = []) =>
    plan(tasks, links, { calendars: [calendar], calendarId: calendar.id });

  it('skips weekends', () => {
    const result = plan([{ id: 'A', durationDays: 5, constraint: { type: 'SNET', date: '2025-01-08' } }]);
    expect(dates(task(result, 'A'))).toEqual(['2025-01-08T08:00', '2025-01-14T17:00']);
  });

  it('skips a holiday', () => {
    const holidays: CalendarSpec = { id: 'company', baseId: 'standard', exceptions: [{ from: '2025-01-08', to: '2025-01-08', working: false, name: 'Holiday' }] };
    const result = withCalendar(holidays, [{ id: 'A', durationDays: 3 }]);
    expect(task(result, 'A').finish).toBe('2025-01-09T17:00');
  });

  it('skips a range of non-working days', () => {
    const closure: CalendarSpec = { id: 'company', exceptions: [{ from: '2025-01-08', to: '2025-01-10', working: false }] };
    const result = withCalendar(closure, [{ id: 'A', durationDays: 3 }]);
    expect(task(result, 'A').finish).toBe('2025-01-13T17:00');
  });

  it('works on a Saturday made working by an exception', () => {
    const saturday: CalendarSpec = { id: 'company', exceptions: [{ from: '2025-01-11', to: '2025-01-11', working: true }] };
    expect(task(withCalendar(saturday, [{ id: 'A', durationDays: 6 }]), 'A').finish).toBe('2025-01-11T17:00');
    const morning: CalendarSpec = { id: 'company', exceptions: [{ from: '2025-01-11', to: '2025-01-11', working: true, times: [{ from: '09:00', to: '13:00' }] }] };
    expect(task(withCalendar(morning, [{ id: 'A', durationDays: 5.5 }]), 'A').finish).toBe('2025-01-11T13:00');
  });

  it('a 4-hour day: one day of duration is four hours when the calendar says so', () => {
    const mornings: CalendarSpec = {
      id: 'mornings',
      hoursPerDay: 4,
      workWeek: { 1: [{ from: '08:00', to: '12:00' }], 2: [{ from: '08:00', to: '12:00' }], 3: [{ from: '08:00', to: '12:00' }], 4: [{ from: '08:00', to: '12:00' }], 5: [{ from: '08:00', to: '12:00' }] },
    };
    const result = withCalendar(mornings, [{ id: 'A', durationDays: 2 }]);
    expect(dates(task(result, 'A'))).toEqual(['2025-01-06T08:00', '2025-01-07T12:00']);
    expect(task(result, 'A').totalFloatDays).toBe(0);
  });

  it('a task on its own calendar works its hours while the project keeps the Standard day', () => {
    // The part-timer's calendar sets no hoursPerDay, so a day is the project's 8 hours: 4 mornings.
    const partTime: CalendarSpec = { id: 'part-time', workWeek: { 1: [{ from: '08:00', to: '12:00' }], 2: [{ from: '08:00', to: '12:00' }], 3: [{ from: '08:00', to: '12:00' }], 4: [{ from: '08:00', to: '12:00' }], 5: [{ from: '08:00', to: '12:00' }] } };
    const result = plan(
      [{ id: 'A', durationDays: 2, calendarId: 'part-time' }, { id: 'B', durationDays: 1 }],
      [link('A', 'B')],
      { calendars: [partTime] },
    );
    expect(dates(task(result, 'A'))).toEqual(['2025-01-06T08:00', '2025-01-09T12:00']);
    expect(task(result, 'B').start).toBe('2025-01-09T13:00');
  });

  it('a lag into a task on its own calendar runs on that calendar', () => {
    const partTime: CalendarSpec = { id: 'part-time', workWeek: { 1: [{ from: '08:00', to: '12:00' }], 2: [{ from: '08:00', to: '12:00' }], 3: [{ from: '08:00', to: '12:00' }], 4: [{ from: '08:00', to: '12:00' }], 5: [{ from: '08:00', to: '12:00' }] } };
    const result = plan(
      [{ id: 'A', durationDays: 1 }, { id: 'B', durationDays: 0.5, calendarId: 'part-time' }],
      [link('A', 'B', 'FS', { lagDays: 1 })],
      { calendars: [partTime] },
    );
    // A ends Mon 17:00; one 8-hour day on B's mornings-only calendar is Tue and Wed mornings.
    expect(task(result, 'B').start).toBe('2025-01-09T08:00');
  });

  it('fractional durations end mid-day and the next task resumes after lunch', () => {
    const result = plan([{ id: 'A', durationDays: 0.5 }, { id: 'B', durationDays: 1.25 }], [link('A', 'B')]);
    expect(task(result, 'A').finish).toBe('2025-01-06T12:00');
    expect(dates(task(result, 'B'))).toEqual(['2025-01-06T13:00', '2025-01-07T15:00']);
  });

  it('a calendar inherits the days it leaves out from its base', () => {
    const base: CalendarSpec = { id: 'base', exceptions: [{ from: '2025-01-07', to: '2025-01-07', working: false }] };
    const derived: CalendarSpec = { id: 'derived', baseId: 'base', workWeek: { 1: [] } };
    const result = plan([{ id: 'A', durationDays: 2 }], [], { calendars: [base, derived], calendarId: 'derived' });
    // Monday is off (own week), Tuesday off (base's exception): Wed and Thu.
    expect(dates(task(result, 'A'))).toEqual(['2025-01-08T08:00', '2025-01-09T17:00']);
  });
});

describe('tasks on their resources\' calendars', () => {
  // A night shift: Monday to Friday evenings 22:00-24:00 and the mornings after, 00:00-06:00.
  const night: CalendarSpec = {
    id: 'night',
    workWeek: {
      0: [],
      1: [{ from: '22:00', to: '24:00' }],
      2: [{ from: '00:00', to: '06:00' }, { from: '22:00', to: '24:00' }],
      3: [{ from: '00:00', to: '06:00' }, { from: '22:00', to: '24:00' }],
      4: [{ from: '00:00', to: '06:00' }, { from: '22:00', to: '24:00' }],
      5: [{ from: '00:00', to: '06:00' }, { from: '22:00', to: '24:00' }],
      6: [{ from: '00:00', to: '06:00' }],
    },
  };
  // Early shifts: Monday to Friday 06:00-14:00.
  const early: CalendarSpec = {
    id: 'early',
    workWeek: { 1: [{ from: '06:00', to: '14:00' }], 2: [{ from: '06:00', to: '14:00' }], 3: [{ from: '06:00', to: '14:00' }], 4: [{ from: '06:00', to: '14:00' }], 5: [{ from: '06:00', to: '14:00' }] },
  };

  it('works whenever one of its resources works: a day shift and a night shift', () => {
    // 16 hours (2 days): Mon 06 08:00-17:00 (8 h), 22:00-24:00 (2 h), Tue 07 00:00-06:00 (6 h).
    const result = plan(
      [{ id: 'A', durationDays: 2, resourceCalendarIds: ['standard', 'night'] }, { id: 'B', durationDays: 1 }],
      [link('A', 'B')],
      { calendars: [night] },
    );
    expect(dates(task(result, 'A'))).toEqual(['2025-01-06T08:00', '2025-01-07T06:00']);
    expect(task(result, 'A').durationDays).toBe(2);
    // B, on the Standard calendar alone, starts at its first working moment after that.
    expect(dates(task(result, 'B'))).toEqual(['2025-01-07T08:00', '2025-01-07T17:00']);
    // Without its resources' calendars A would take Mon 06 and Tue 07.
    const alone = plan([{ id: 'A', durationDays: 2 }]);
    expect(dates(task(alone, 'A'))).toEqual(['2025-01-06T08:00', '2025-01-07T17:00']);
  });

  it('a resource on the night shift alone starts the task on the first night', () => {
    const result = plan([{ id: 'A', durationDays: 1, resourceCalendarIds: ['night'] }], [], { calendars: [night] });
    // Mon 06 22:00-24:00 and Tue 07 00:00-06:00: eight hours.
    expect(dates(task(result, 'A'))).toEqual(['2025-01-06T22:00', '2025-01-07T06:00']);
  });

  it('a task with a calendar of its own works only where that calendar and a resource\'s overlap', () => {
    // Early shifts within the Standard day: 08:00-12:00 and 13:00-14:00, five hours a day.
    // One 8-hour day: Mon 06 08:00-14:00 (5 h), Tue 07 08:00-11:00 (3 h).
    const result = plan([{ id: 'A', durationDays: 1, calendarId: 'early', resourceCalendarIds: ['standard'] }], [], { calendars: [early] });
    expect(dates(task(result, 'A'))).toEqual(['2025-01-06T08:00', '2025-01-07T11:00']);
  });

  it('follows holidays of the resources\' calendars: a day off for both moves the work', () => {
    const dayOff = (id: string, baseId: string): CalendarSpec => ({ id, baseId, exceptions: [{ from: '2025-01-06', to: '2025-01-06', working: false }] });
    const result = plan([{ id: 'A', durationDays: 1, resourceCalendarIds: ['ana', 'ben'] }], [], { calendars: [night, dayOff('ana', 'standard'), dayOff('ben', 'night')] });
    // Nobody works on Mon 06; the night shift works Tue 07 00:00-06:00 (6 h), then the day shift Tue 07 08:00-10:00.
    expect(dates(task(result, 'A'))).toEqual(['2025-01-07T00:00', '2025-01-07T10:00']);
  });

  it('lags and floats stay in the task\'s own calendar', () => {
    // C (1 day) runs Mon 06 on the Standard day; A waits one working day of its own (Standard) calendar.
    const result = plan(
      [{ id: 'C', durationDays: 1 }, { id: 'A', durationDays: 1, resourceCalendarIds: ['night'] }, { id: 'L', durationDays: 4 }],
      [link('C', 'A', 'FS', { lagDays: 1 })],
      { calendars: [night] },
    );
    // Mon 06 17:00 + one Standard day = Tue 07 17:00; the night shift then starts at 22:00.
    expect(dates(task(result, 'A'))).toEqual(['2025-01-07T22:00', '2025-01-08T06:00']);
    // L sets the project finish, Thu 09 17:00: A can finish as late as Thu 09 06:00, the end of
    // the last night shift before then, one Standard working day (Wed 08) after Wed 08 06:00.
    expect(task(result, 'A').lateFinish).toBe('2025-01-09T06:00');
    expect(task(result, 'A').totalFloatDays).toBe(1);
  });

  it('refuses resources that never work within the task\'s calendar, naming the task', () => {
    const input = { calendars: [night] };
    expect(() => plan([{ id: 'A', durationDays: 1, calendarId: 'standard', resourceCalendarIds: ['night'] }], [], input)).toThrow(
      expect.objectContaining({ name: 'PlanInputError', field: 'tasks[0].resourceCalendarIds' }),
    );
    expect(() => plan([{ id: 'A', durationDays: 1, resourceCalendarIds: ['nobody'] }], [], input)).toThrow(
      expect.objectContaining({ name: 'PlanInputError', field: 'tasks[0].resourceCalendarIds[0]' }),
    );
  });
});

describe('progress', () => {
  it('finished work keeps its actual dates and drives its successors', () => {
    const result = plan(
      [{ id: 'A', durationDays: 3, actualStart: '2025-01-06T08:00', actualFinish: '2025-01-07T17:00', percentComplete: 100 }, { id: 'B', durationDays: 1 }],
      [link('A', 'B')],
    );
    expect(dates(task(result, 'A'))).toEqual(['2025-01-06T08:00', '2025-01-07T17:00']);
    expect(task(result, 'A').critical).toBe(false);
    expect(task(result, 'B').start).toBe('2025-01-08T08:00');
  });

  it('remaining work of a task in progress waits for the status date', () => {
    const result = plan(
      [{ id: 'A', durationDays: 4, actualStart: '2025-01-06', percentComplete: 50 }, { id: 'B', durationDays: 1 }],
      [link('A', 'B')],
      { statusDate: '2025-01-10' },
    );
    // Two days done Mon-Tue; the two remaining days run from the status date (Fri 10): Fri and Mon.
    expect(dates(task(result, 'A'))).toEqual(['2025-01-06T08:00', '2025-01-13T17:00']);
    expect(task(result, 'B').start).toBe('2025-01-14T08:00');
  });

  it('a task in progress ahead of the status date finishes on its own pace', () => {
    const result = plan([{ id: 'A', durationDays: 4, actualStart: '2025-01-06', percentComplete: 50 }], [], { statusDate: '2025-01-07' });
    expect(task(result, 'A').finish).toBe('2025-01-09T17:00');
  });

  it('unstarted tasks cannot start before the status date', () => {
    const result = plan([{ id: 'A', durationDays: 1 }], [], { statusDate: '2025-01-09' });
    expect(task(result, 'A').start).toBe('2025-01-09T08:00');
  });

  it('a summary whose work is all done is no longer critical', () => {
    const result = plan(
      [
        { id: 'Phase', durationDays: 0 },
        { id: 'A', parentId: 'Phase', durationDays: 2, actualStart: '2025-01-06', actualFinish: '2025-01-07' },
        { id: 'B', durationDays: 3 },
      ],
      [link('A', 'B')],
    );
    expect(task(result, 'Phase').critical).toBe(false);
    expect(task(result, 'B').critical).toBe(true);
    expect(result.criticalPaths).toEqual([['B']]);
  });

  it('a summary is critical by its own total float, not because a task under it is', () => {
    // A is held to its deadline (no float); B, in the same phase, may slip to the project finish
    // that C sets. The phase finishes with A but may finish as late as B may: it has float.
    const result = plan(
      [
        { id: 'Phase', durationDays: 0 },
        { id: 'A', parentId: 'Phase', durationDays: 2, deadline: '2025-01-07' },
        { id: 'B', parentId: 'Phase', durationDays: 1 },
        { id: 'C', durationDays: 10 },
      ],
    );
    expect(task(result, 'A')).toMatchObject({ critical: true, totalFloatDays: 0 });
    expect(task(result, 'Phase')).toMatchObject({ critical: false, totalFloatDays: 8 });
    expect(task(result, 'C').critical).toBe(true);
    // Without the room B leaves, the phase has no float and is critical with A.
    const tight = plan([{ id: 'Phase', durationDays: 0 }, { id: 'A', parentId: 'Phase', durationDays: 2, deadline: '2025-01-07' }, { id: 'C', durationDays: 10 }]);
    expect(task(tight, 'Phase')).toMatchObject({ critical: true, totalFloatDays: 0 });
  });

  it('a task reported partly done without an actual start started where its links put it', () => {
    const result = plan(
      [{ id: 'A', durationDays: 2, actualStart: '2025-01-06', actualFinish: '2025-01-07' }, { id: 'B', durationDays: 4, percentComplete: 25 }],
      [link('A', 'B')],
      { statusDate: '2025-01-13' },
    );
    // B started after A, Wed 08, and did one day; three remain from Mon 13: Mon, Tue, Wed.
    expect(task(result, 'B').start).toBe('2025-01-08T08:00');
    expect(task(result, 'B').finish).toBe('2025-01-15T17:00');
  });

  it('100% complete without actual dates is done where the links put it', () => {
    const result = plan([{ id: 'A', durationDays: 2, percentComplete: 100 }], [], { statusDate: '2025-01-09' });
    expect(task(result, 'A').start).toBe('2025-01-06T08:00');
    expect(task(result, 'A').critical).toBe(false);
  });
});

describe('bad input', () => {
  it('a cycle names its tasks in link order', () => {
    const run = () => plan([{ id: 'A', durationDays: 1 }, { id: 'B', durationDays: 1 }, { id: 'C', durationDays: 1 }, { id: 'D', durationDays: 1 }], [link('D', 'A'), link('A', 'B'), link('B', 'C'), link('C', 'A')]);
    expect(run).toThrow(CycleError);
    try {
      run();
    } catch (error) {
      expect((error as CycleError).taskIds).toEqual(['A', 'B', 'C']);
      expect((error as Error).message).toBe('Links form a cycle: A -> B -> C -> A');
    }
  });

  it.each([
    ['an unknown task in a link', { tasks: [{ id: 'A', durationDays: 1 }], links: [link('A', 'Z')] }, 'links[0].successorId'],
    ['a negative duration', { tasks: [{ id: 'A', durationDays: -1 }], links: [] }, 'tasks[0].durationDays'],
    ['an unknown calendar', { tasks: [{ id: 'A', durationDays: 1, calendarId: 'nope' }], links: [] }, 'tasks[0].calendarId'],
    ['a malformed date', { tasks: [{ id: 'A', durationDays: 1, deadline: '2025-13-01' }], links: [] }, 'tasks[0].deadline'],
    ['a task linked to itself', { tasks: [{ id: 'A', durationDays: 1 }], links: [link('A', 'A')] }, 'links[0]'],
    ['a duplicate task id', { tasks: [{ id: 'A', durationDays: 1 }, { id: 'A', durationDays: 1 }], links: [] }, 'tasks[1].id'],
    ['a parent loop', { tasks: [{ id: 'A', durationDays: 1, parentId: 'B' }, { id: 'B', durationDays: 1, parentId: 'A' }], links: [] }, 'tasks[0].parentId'],
    ['a lag beyond the years calendars serve', { tasks: [{ id: 'A', durationDays: 1 }, { id: 'B', durationDays: 1 }], links: [link('A', 'B', 'FS', { lagDays: -5e6 })] }, 'links[0].lagDays'],
    ['a lag in percent beyond them', { tasks: [{ id: 'A', durationDays: 1 }, { id: 'B', durationDays: 1 }], links: [link('A', 'B', 'FS', { lagPercent: 1e9 })] }, 'links[0].lagPercent'],
  ] as [string, Pick<PlanInput, 'tasks' | 'links'>, string][])('rejects %s naming the field', (_, input, field) => {
    expect(() => computeSchedule({ start: START, ...input })).toThrow(expect.objectContaining({ name: 'PlanInputError', field }));
  });

  it('names the first faulty task listed, whatever order the links put the tasks in', () => {
    const tasks = [{ id: 'A', durationDays: -1 }, { id: 'B', durationDays: 1, deadline: 'soon' }];
    expect(() => plan(tasks, [link('B', 'A')])).toThrow(expect.objectContaining({ name: 'PlanInputError', field: 'tasks[0].durationDays' }));
  });

  it('rejects a calendar without any working time', () => {
    const closed: CalendarSpec = { id: 'closed', workWeek: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] } };
    expect(() => plan([{ id: 'A', durationDays: 1 }], [], { calendars: [closed] })).toThrow(/no working time/);
  });
});
