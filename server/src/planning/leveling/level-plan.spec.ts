import { describe, expect, it } from 'vitest';
import type { CalendarSpec, PlanTask } from '../model.js';
import { levelPlan, type LevelingInput } from './index.js';

// 2025-03-03 is a Monday; the Standard calendar works Monday to Friday, 08:00-17:00.
const MONDAY = '2025-03-03';

function task(id: string, durationDays: number, extra: Partial<PlanTask> = {}): PlanTask {
  return { id, name: id, durationDays, ...extra };
}

function plan(overrides: Partial<LevelingInput>): LevelingInput {
  return {
    start: MONDAY,
    tasks: [],
    links: [],
    resources: [{ id: 'ana', name: 'Ana', maxUnits: 1 }],
    assignments: [],
    maxSchedules: 500,
    ...overrides,
  };
}

/** Position of a date's day among the working days from Monday 2025-03-03 (two weeks). */
function workdayIndex(date: string): number {
  const days = ['03', '04', '05', '06', '07', '10', '11', '12', '13', '14'].map((d) => `2025-03-${d}`);
  return days.indexOf(date.slice(0, 10));
}

const delayOf = (result: ReturnType<typeof levelPlan>, id: string) => result.delays.find((d) => d.taskId === id)?.levelingDelayDays;
const scheduled = (result: ReturnType<typeof levelPlan>, id: string) => result.schedule.tasks.find((t) => t.id === id)!;

describe('levelPlan', () => {
  it('delays one of two tasks that need the same person at the same time', () => {
    const input = plan({
      tasks: [task('design', 3), task('review', 2)],
      assignments: [
        { taskId: 'design', resourceId: 'ana', units: 1 },
        { taskId: 'review', resourceId: 'ana', units: 1 },
      ],
    });
    const result = levelPlan(input);

    // Either order takes five days; whichever goes second waits for the first to finish.
    const [first, second] = [scheduled(result, 'design'), scheduled(result, 'review')].sort((x, y) => x.start.localeCompare(y.start));
    expect(first.start).toBe('2025-03-03T08:00');
    expect(second.start > first.finish).toBe(true);
    expect(delayOf(result, first.id)).toBe(0);
    expect(delayOf(result, second.id)).toBe(first.durationDays);
    expect(result.overallocationsRemaining).toEqual([]);
    expect(result.finishBefore).toBe('2025-03-05T17:00');
    expect(result.finishAfter).toBe('2025-03-07T17:00');
  });

  it('reports the over-allocation of the unleveled plan as gone only after leveling', () => {
    const input = plan({
      tasks: [task('a', 2), task('b', 2)],
      assignments: [
        { taskId: 'a', resourceId: 'ana', units: 1 },
        { taskId: 'b', resourceId: 'ana', units: 0.5 },
      ],
    });
    const result = levelPlan(input);
    expect(result.overallocationsRemaining).toEqual([]);
    expect(result.finishAfter).toBe('2025-03-06T17:00');
  });

  it('leaves tasks alone when half-time assignments fit side by side', () => {
    const input = plan({
      tasks: [task('a', 2), task('b', 2)],
      assignments: [
        { taskId: 'a', resourceId: 'ana', units: 0.5 },
        { taskId: 'b', resourceId: 'ana', units: 0.5 },
      ],
    });
    const result = levelPlan(input);
    expect(result.delays.map((d) => d.levelingDelayDays)).toEqual([0, 0]);
    expect(result.finishAfter).toBe(result.finishBefore);
  });

  it('does not move a task with a must-start-on constraint, nor one already started', () => {
    const input = plan({
      statusDate: '2025-03-04T17:00',
      tasks: [
        task('fixed', 2, { constraint: { type: 'MSO', date: '2025-03-05T08:00' } }),
        task('started', 2, { actualStart: '2025-03-03T08:00', percentComplete: 50 }),
        task('free', 2),
      ],
      resources: [
        { id: 'ana', maxUnits: 1 },
        { id: 'ben', maxUnits: 1 },
      ],
      assignments: [
        { taskId: 'fixed', resourceId: 'ana', units: 1 },
        { taskId: 'free', resourceId: 'ana', units: 1 },
        { taskId: 'started', resourceId: 'ben', units: 1 },
        { taskId: 'free', resourceId: 'ben', units: 1 },
      ],
    });
    const before = levelPlan({ ...input, assignments: [] }).schedule;
    const result = levelPlan(input);
    expect(delayOf(result, 'fixed')).toBe(0);
    expect(delayOf(result, 'started')).toBe(0);
    expect(scheduled(result, 'fixed').start).toBe(before.tasks[0].start);
    expect(scheduled(result, 'started').start).toBe(before.tasks[1].start);
    // 'free' must wait for both: after 'fixed' (Wed-Thu) on Ana.
    expect(scheduled(result, 'free').start).toBe('2025-03-07T08:00');
    expect(result.overallocationsRemaining).toEqual([]);
  });

  it('moves successors along with a delayed predecessor without delaying them twice', () => {
    const input = plan({
      tasks: [task('a', 2), task('b', 3), task('c', 1)],
      links: [{ predecessorId: 'b', successorId: 'c', type: 'FS' }],
      assignments: [
        { taskId: 'a', resourceId: 'ana', units: 1 },
        { taskId: 'b', resourceId: 'ana', units: 1 },
      ],
    });
    const result = levelPlan(input);
    // Best: b first (Mon-Wed), then a (Thu-Fri) beside c, which is unassigned and follows b
    // through its link only. Delaying b instead would push c to the next Monday.
    expect(delayOf(result, 'b')).toBe(0);
    expect(delayOf(result, 'a')).toBe(3);
    expect(delayOf(result, 'c')).toBe(0);
    expect(scheduled(result, 'c').start).toBe('2025-03-06T08:00');
    expect(result.overallocationsRemaining).toEqual([]);
    expect(result.finishAfter).toBe('2025-03-07T17:00');
  });

  it('delays a successor only by its own wait, not again by its delayed predecessor', () => {
    const input = plan({
      tasks: [task('a', 2), task('b', 2), task('c', 2)],
      links: [{ predecessorId: 'b', successorId: 'c', type: 'FS' }],
      resources: [
        { id: 'ana', maxUnits: 1 },
        { id: 'ben', maxUnits: 1 },
      ],
      assignments: [
        { taskId: 'a', resourceId: 'ana', units: 1 },
        { taskId: 'b', resourceId: 'ana', units: 1 },
        { taskId: 'a', resourceId: 'ben', units: 1 },
        { taskId: 'c', resourceId: 'ben', units: 1 },
      ],
    });
    const result = levelPlan(input);
    // a needs both people, b needs Ana, c (after b) needs Ben: six days in any good order.
    expect(result.finishAfter).toBe('2025-03-10T17:00');
    expect(result.overallocationsRemaining).toEqual([]);
    // c's own delay is only the gap between b's finish and c's start: b's delay moves c already.
    const b = scheduled(result, 'b');
    const c = scheduled(result, 'c');
    expect(delayOf(result, 'c')).toBe(workdayIndex(c.start) - workdayIndex(b.finish) - 1);
  });

  it('leaves no over-allocation when half days make tasks start mid-day', () => {
    const input = plan({
      tasks: [task('a', 1.5), task('b', 0.5), task('c', 2), task('d', 1.5), task('e', 1)],
      links: [
        { predecessorId: 'a', successorId: 'c', type: 'FS' },
        { predecessorId: 'b', successorId: 'd', type: 'FS', lagDays: 0.5 },
      ],
      resources: [
        { id: 'ana', maxUnits: 1 },
        { id: 'ben', maxUnits: 1 },
      ],
      assignments: [
        { taskId: 'a', resourceId: 'ana', units: 1 },
        { taskId: 'b', resourceId: 'ana', units: 1 },
        { taskId: 'c', resourceId: 'ben', units: 1 },
        { taskId: 'd', resourceId: 'ben', units: 1 },
        { taskId: 'e', resourceId: 'ana', units: 0.5 },
        { taskId: 'e', resourceId: 'ben', units: 0.5 },
      ],
    });
    const result = levelPlan(input);
    expect(result.overallocationsRemaining).toEqual([]);
    expect(result.delays.some((d) => d.levelingDelayDays > 0)).toBe(true);
  });

  it('never starts a task before its start-no-earlier-than date, and keeps link lags', () => {
    const input = plan({
      tasks: [task('a', 3), task('later', 2, { constraint: { type: 'SNET', date: '2025-03-05' } }), task('b', 1), task('c', 1)],
      links: [{ predecessorId: 'b', successorId: 'c', type: 'FS', lagDays: 2 }],
      assignments: [
        { taskId: 'a', resourceId: 'ana', units: 1 },
        { taskId: 'later', resourceId: 'ana', units: 1 },
        { taskId: 'b', resourceId: 'ana', units: 1 },
        { taskId: 'c', resourceId: 'ana', units: 1 },
      ],
    });
    const result = levelPlan(input);
    expect(scheduled(result, 'later').start >= '2025-03-05T08:00').toBe(true);
    expect(workdayIndex(scheduled(result, 'c').start) - workdayIndex(scheduled(result, 'b').finish)).toBeGreaterThanOrEqual(3);
    expect(result.overallocationsRemaining).toEqual([]);
    // Seven days of work for one person: the plan cannot end before the second Tuesday.
    expect(result.finishAfter >= '2025-03-11T17:00').toBe(true);
  });

  it("keeps work off a resource's days off", () => {
    const anaOff: CalendarSpec = { id: 'ana-cal', baseId: 'standard', exceptions: [{ from: '2025-03-04', to: '2025-03-04', working: false, name: 'leave' }] };
    const input = plan({
      calendars: [anaOff],
      tasks: [task('a', 1), task('b', 1)],
      resources: [{ id: 'ana', maxUnits: 1, calendarId: 'ana-cal' }],
      assignments: [
        { taskId: 'a', resourceId: 'ana', units: 1 },
        { taskId: 'b', resourceId: 'ana', units: 1 },
      ],
    });
    const result = levelPlan(input);
    const starts = [scheduled(result, 'a').start, scheduled(result, 'b').start].sort();
    expect(starts).toEqual(['2025-03-03T08:00', '2025-03-05T08:00']);
    expect(result.overallocationsRemaining).toEqual([]);
  });

  it('ignores materials and reports what leveling cannot fix', () => {
    const input = plan({
      tasks: [task('pour', 1), task('lay', 1), task('big', 1)],
      resources: [
        { id: 'ana', maxUnits: 1 },
        { id: 'concrete', maxUnits: 1, type: 'MATERIAL' },
      ],
      assignments: [
        { taskId: 'pour', resourceId: 'concrete', units: 5 },
        { taskId: 'lay', resourceId: 'concrete', units: 5 },
        { taskId: 'big', resourceId: 'ana', units: 2 }, // twice what Ana has: no delay helps
      ],
    });
    const result = levelPlan(input);
    expect(result.delays.every((d) => d.levelingDelayDays === 0)).toBe(true);
    expect(result.overallocationsRemaining).toEqual([{ resourceId: 'ana', date: '2025-03-03', load: 2, capacity: 1 }]);
  });

  it('gives the same delays for the same seed', () => {
    const tasks = Array.from({ length: 12 }, (_, i) => task(`t${i}`, 1 + (i % 4)));
    const input = plan({
      tasks,
      links: [
        { predecessorId: 't0', successorId: 't5', type: 'FS' },
        { predecessorId: 't1', successorId: 't7', type: 'SS', lagDays: 1 },
      ],
      resources: [
        { id: 'ana', maxUnits: 1 },
        { id: 'ben', maxUnits: 1 },
      ],
      assignments: tasks.map((t, i) => ({ taskId: t.id, resourceId: i % 3 === 0 ? 'ben' : 'ana', units: 1 })),
      seed: 9,
    });
    const first = levelPlan(input);
    expect(levelPlan(input).delays).toEqual(first.delays);
    expect(first.overallocationsRemaining).toEqual([]);
  });

  it('levels the leaf tasks under summaries and leaves summaries out of the delays', () => {
    const input = plan({
      tasks: [task('phase', 0, { kind: 'SUMMARY' }), task('a', 2, { parentId: 'phase' }), task('b', 2, { parentId: 'phase' }), task('c', 1)],
      links: [{ predecessorId: 'phase', successorId: 'c', type: 'FS' }],
      assignments: [
        { taskId: 'a', resourceId: 'ana', units: 1 },
        { taskId: 'b', resourceId: 'ana', units: 1 },
      ],
    });
    const result = levelPlan(input);
    expect(result.delays.map((d) => d.taskId)).toEqual(['a', 'b', 'c']);
    expect(result.overallocationsRemaining).toEqual([]);
    expect(scheduled(result, 'c').start).toBe('2025-03-07T08:00');
  });
});
