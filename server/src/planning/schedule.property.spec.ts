/**
 * Properties of the scheduler on random acyclic plans with random link types and lags and no
 * constraints: every link holds, floats are consistent, a critical path runs from the project
 * start to its finish, and the calendar-aware schedule agrees with the calendar-free core.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR, WorkCalendar } from './calendar.js';
import { formatLocalMinute, parseLocalDate } from './dates.js';
import type { CalendarSpec, LinkType, PlanInput, ScheduleResult } from './model.js';
import { buildNetwork, cpm } from '../../test/planning/cpm.js';
import { computeSchedule, CycleError } from './schedule.js';

const START = '2025-01-06';
const MINUTES_PER_DAY = 480;
const standard = WorkCalendar.from(STANDARD_CALENDAR);
/** Working minutes from the project start on the Standard calendar. */
const offset = (date: string): number => standard.workingMinutesBetween(START, date);

interface RandomPlan {
  durations: number[];
  links: { from: number; to: number; type: LinkType; lagDays: number }[];
}

/** Random DAGs: links only go from a lower to a higher index. Durations and lags in half days. */
const randomPlan: fc.Arbitrary<RandomPlan> = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    durations: fc.array(fc.integer({ min: 0, max: 20 }).map((halfDays) => halfDays / 2), { minLength: n, maxLength: n }),
    links: fc.array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
        lagDays: fc.integer({ min: -6, max: 10 }).map((halfDays) => halfDays / 2),
      }),
      { maxLength: Math.round(n * 1.6) },
    ).map((raw) => raw.filter((l) => l.a !== l.b).map((l) => ({ from: Math.min(l.a, l.b), to: Math.max(l.a, l.b), type: l.type, lagDays: l.lagDays }))),
  }),
);

function toInput(plan: RandomPlan, calendars?: CalendarSpec[], calendarId?: string): PlanInput {
  return {
    start: START,
    calendars,
    calendarId,
    tasks: plan.durations.map((durationDays, i) => ({ id: `T${i}`, durationDays })),
    links: plan.links.map((l) => ({ predecessorId: `T${l.from}`, successorId: `T${l.to}`, type: l.type, lagDays: l.lagDays })),
  };
}

/** Working minutes the link's successor could move earlier before the link would bind. */
function linkSlack(result: ScheduleResult, l: RandomPlan['links'][number]): number {
  const p = result.tasks[l.from];
  const s = result.tasks[l.to];
  const from = l.type === 'FS' || l.type === 'FF' ? offset(p.earlyFinish) : offset(p.earlyStart);
  const to = l.type === 'FS' || l.type === 'SS' ? offset(s.earlyStart) : offset(s.earlyFinish);
  return to - from - l.lagDays * MINUTES_PER_DAY;
}

function linkHolds(result: ScheduleResult, l: RandomPlan['links'][number]): boolean {
  const p = result.tasks[l.from];
  const s = result.tasks[l.to];
  const lag = l.lagDays * MINUTES_PER_DAY;
  switch (l.type) {
    case 'FS': return offset(s.earlyStart) >= offset(p.earlyFinish) + lag;
    case 'SS': return offset(s.earlyStart) >= offset(p.earlyStart) + lag;
    case 'FF': return offset(s.earlyFinish) >= offset(p.earlyFinish) + lag;
    case 'SF': return offset(s.earlyFinish) >= offset(p.earlyStart) + lag;
  }
}

describe('computeSchedule on random plans', () => {
  it('every link holds in the early dates', () => {
    fc.assert(fc.property(randomPlan, (plan) => {
      const result = computeSchedule(toInput(plan));
      for (const l of plan.links) expect(linkHolds(result, l), JSON.stringify(l)).toBe(true);
    }));
  });

  it('floats are consistent: 0 <= free float <= total float, late never before early', () => {
    fc.assert(fc.property(randomPlan, (plan) => {
      const result = computeSchedule(toInput(plan));
      for (const t of result.tasks) {
        expect(t.totalFloatDays).toBeGreaterThanOrEqual(0);
        expect(t.freeFloatDays).toBeGreaterThanOrEqual(0);
        expect(t.freeFloatDays).toBeLessThanOrEqual(t.totalFloatDays);
        expect(offset(t.lateFinish)).toBeGreaterThanOrEqual(offset(t.earlyFinish));
        expect(offset(t.lateFinish)).toBeLessThanOrEqual(offset(result.finish));
      }
    }));
  });

  it('has a critical path, and each one runs from the project start to the project finish along links', () => {
    fc.assert(fc.property(randomPlan, (plan) => {
      const result = computeSchedule(toInput(plan));
      expect(result.criticalPaths.length).toBeGreaterThan(0);
      const byId = new Map(result.tasks.map((t) => [t.id, t]));
      const linked = new Set(plan.links.map((l) => `T${l.from}>T${l.to}`));
      for (const path of result.criticalPaths) {
        const first = byId.get(path[0])!;
        const last = byId.get(path[path.length - 1])!;
        expect(offset(first.earlyStart)).toBe(0);
        expect(offset(last.earlyFinish)).toBe(offset(result.finish));
        for (const id of path) expect(byId.get(id)!.critical).toBe(true);
        for (let k = 1; k < path.length; k++) expect(linked.has(`${path[k - 1]}>${path[k]}`)).toBe(true);
        // Nothing critical drives the first task: every critical link into it has slack.
        const driving = plan.links.filter((l) => `T${l.to}` === path[0] && result.tasks[l.from].critical && linkSlack(result, l) <= 0);
        expect(driving).toEqual([]);
      }
    }));
  });

  it('agrees with the calendar-free core in working minutes', () => {
    fc.assert(fc.property(randomPlan, (plan) => {
      const result = computeSchedule(toInput(plan));
      const core = cpm(buildNetwork(
        plan.durations.map((d) => d * MINUTES_PER_DAY),
        plan.links.map((l) => ({ from: l.from, to: l.to, type: l.type, lag: l.lagDays * MINUTES_PER_DAY })),
      ));
      result.tasks.forEach((t, i) => {
        expect(offset(t.earlyStart)).toBe(core.es[i]);
        expect(offset(t.earlyFinish)).toBe(core.ef[i]);
        expect(offset(t.lateFinish)).toBe(core.lf[i]);
        expect(t.totalFloatDays * MINUTES_PER_DAY).toBeCloseTo(core.totalFloat[i], 6);
        expect(t.freeFloatDays * MINUTES_PER_DAY).toBeCloseTo(core.freeFloat[i], 6);
      });
      expect(offset(result.finish)).toBe(core.makespan);
    }));
  });

  it('with holidays, links still hold when measured in the project calendar', () => {
    const holidays = fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 15 });
    fc.assert(fc.property(randomPlan, holidays, (plan, days) => {
      const exceptions = days.map((d) => {
        const date = new Date(Date.UTC(2025, 0, 6 + d)).toISOString().slice(0, 10);
        return { from: date, to: date, working: false };
      });
      const spec: CalendarSpec = { id: 'company', baseId: 'standard', exceptions };
      const calendar = WorkCalendar.from(spec);
      const at = (date: string) => calendar.workingMinutesBetween(START, date);
      const result = computeSchedule(toInput(plan, [spec], 'company'));
      for (const l of plan.links) {
        const p = result.tasks[l.from];
        const s = result.tasks[l.to];
        const lag = l.lagDays * MINUTES_PER_DAY;
        const from = l.type === 'FS' || l.type === 'FF' ? at(p.earlyFinish) : at(p.earlyStart);
        const to = l.type === 'FS' || l.type === 'SS' ? at(s.earlyStart) : at(s.earlyFinish);
        expect(to).toBeGreaterThanOrEqual(from + lag);
      }
      for (const t of result.tasks) expect(t.totalFloatDays).toBeGreaterThanOrEqual(0);
    }));
  });
});

describe('WorkCalendar arithmetic', () => {
  it('adding working minutes and measuring them back agree, holidays or not', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 60 * 24 * 200 }),
      fc.integer({ min: -480 * 60, max: 480 * 60 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 20 }),
      (startMinute, minutes, holidayDays) => {
        const exceptions = holidayDays.map((d) => {
          const date = new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
          return { from: date, to: date, working: false };
        });
        const calendar = WorkCalendar.from({ id: 'c', exceptions });
        const from = new Date(Date.UTC(2025, 0, 1) + startMinute * 60_000).toISOString().slice(0, 16);
        const to = calendar.addWorkingMinutes(from, minutes);
        expect(calendar.workingMinutesBetween(from, to)).toBe(minutes);
        if (minutes > 0) expect(calendar.isWorkingDay(to.slice(0, 10))).toBe(true);
      },
    ));
  });
});

describe('computeSchedule on random work breakdowns', () => {
  interface RandomBreakdown {
    parents: number[];
    durations: number[];
    onSecondCalendar: boolean[];
    links: { from: number; to: number; type: LinkType; lagDays: number; elapsed: boolean }[];
  }

  /** Task i's parent is an earlier task or none; links join tasks that are not each other's ancestors. */
  const randomBreakdown: fc.Arbitrary<RandomBreakdown> = fc.integer({ min: 2, max: 20 }).chain((n) =>
    fc.record({
      parents: fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 })))),
      durations: fc.array(fc.integer({ min: 0, max: 10 }).map((halfDays) => halfDays / 2), { minLength: n, maxLength: n }),
      onSecondCalendar: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      links: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: n - 1 }),
          b: fc.integer({ min: 0, max: n - 1 }),
          type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
          lagDays: fc.integer({ min: -4, max: 6 }).map((halfDays) => halfDays / 2),
          elapsed: fc.boolean(),
        }),
        { maxLength: n },
      ).map((raw) => raw.map((l) => ({ from: Math.min(l.a, l.b), to: Math.max(l.a, l.b), type: l.type, lagDays: l.lagDays, elapsed: l.elapsed }))),
    }),
  );

  const fourDays: CalendarSpec = {
    id: 'four-days',
    workWeek: { 1: [{ from: '07:00', to: '17:00' }], 2: [{ from: '07:00', to: '17:00' }], 3: [{ from: '07:00', to: '17:00' }], 4: [{ from: '07:00', to: '17:00' }], 5: [] },
  };

  const secondCalendar = WorkCalendar.from(fourDays);

  /** Where a link's lag takes a date: working days of the successor's calendar, or clock days when elapsed. */
  function shiftByLag(date: string, lagDays: number, elapsed: boolean, calendar: WorkCalendar): string {
    const at = parseLocalDate(date)!.minute;
    if (lagDays === 0) return date;
    if (elapsed) return formatLocalMinute(at + lagDays * 1440);
    return formatLocalMinute(calendar.finishAtOffset(calendar.offsetAt(at) + lagDays * MINUTES_PER_DAY));
  }

  function isAncestor(parents: number[], ancestor: number, task: number): boolean {
    for (let v = parents[task]; v >= 0; v = parents[v]) if (v === ancestor) return true;
    return false;
  }

  /** The input, leaving out links MS Project would refuse (summary and own subtask; FF/SF into a summary). */
  function toBreakdownInput(b: RandomBreakdown): { input: PlanInput; links: RandomBreakdown['links'] } {
    const hasChildren = (i: number) => b.parents.includes(i);
    const links = b.links.filter((l) => l.from !== l.to && !isAncestor(b.parents, l.from, l.to) && !isAncestor(b.parents, l.to, l.from)
      && !(hasChildren(l.to) && (l.type === 'FF' || l.type === 'SF')));
    const input: PlanInput = {
      start: START,
      calendars: [fourDays],
      tasks: b.durations.map((durationDays, i) => ({
        id: `T${i}`,
        durationDays,
        parentId: b.parents[i] >= 0 ? `T${b.parents[i]}` : null,
        calendarId: b.onSecondCalendar[i] ? 'four-days' : null,
      })),
      links: links.map((l) => ({ predecessorId: `T${l.from}`, successorId: `T${l.to}`, type: l.type, lagDays: l.lagDays, elapsed: l.elapsed })),
    };
    return { input, links };
  }

  function scheduleOrSkipCycle(input: PlanInput): ScheduleResult | undefined {
    try {
      return computeSchedule(input);
    } catch (error) {
      // A link into a summary and another out of its child can close a loop through the roll-up.
      if (error instanceof CycleError) return undefined;
      throw error;
    }
  }

  it('summaries span their children, links hold for every task under a linked summary, floats stay consistent', () => {
    fc.assert(fc.property(randomBreakdown, (b) => {
      const { input, links } = toBreakdownInput(b);
      const result = scheduleOrSkipCycle(input);
      if (!result) return;
      const children = (i: number) => b.parents.map((p, c) => (p === i ? c : -1)).filter((c) => c >= 0);
      const leavesUnder = (i: number): number[] => (children(i).length === 0 ? [i] : children(i).flatMap(leavesUnder));
      result.tasks.forEach((t, i) => {
        const kids = children(i);
        if (kids.length > 0) {
          expect(t.summary).toBe(true);
          expect(offset(t.start)).toBe(Math.min(...kids.map((c) => offset(result.tasks[c].start))));
          expect(offset(t.finish)).toBe(Math.max(...kids.map((c) => offset(result.tasks[c].finish))));
        } else {
          expect(t.totalFloatDays).toBeGreaterThanOrEqual(0);
          expect(t.freeFloatDays).toBeLessThanOrEqual(t.totalFloatDays);
        }
      });
      expect(result.criticalPaths.length).toBeGreaterThan(0);
      for (const path of result.criticalPaths) {
        for (const id of path) expect(result.tasks[Number(id.slice(1))]).toMatchObject({ critical: true, summary: false });
      }
      for (const l of links) {
        const p = result.tasks[l.from];
        // Summaries measure lags on the project calendar; tasks on their own.
        const lagCalendar = b.onSecondCalendar[l.to] && !b.parents.includes(l.to) ? secondCalendar : standard;
        const required = shiftByLag(l.type === 'FS' || l.type === 'FF' ? p.earlyFinish : p.earlyStart, l.lagDays, l.elapsed, lagCalendar);
        // A link into a summary binds every task under it, measured in that task's own calendar.
        for (const leaf of leavesUnder(l.to)) {
          const s = result.tasks[leaf];
          const calendar = b.onSecondCalendar[leaf] ? secondCalendar : standard;
          const actual = l.type === 'FS' || l.type === 'SS' ? s.earlyStart : s.earlyFinish;
          expect(calendar.workingMinutesBetween(required, actual), `${JSON.stringify(l)} -> T${leaf}`).toBeGreaterThanOrEqual(0);
        }
      }
    }));
  });
});
