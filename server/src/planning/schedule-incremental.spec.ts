/**
 * rescheduleTasks gives exactly the schedule computeSchedule gives on the changed plan: random
 * plans (summaries over several levels, tasks on calendars of their own, holidays, every link
 * type with leads and lags, constraints, deadlines, progress around a status date, leveling
 * delays), then several rounds of random changes to some tasks' durations, constraints,
 * deadlines, progress and leveling delays, each compared on every field of the result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarSpec, ConstraintType, LinkType, PlanInput, PlanLink, PlanTask } from './model.js';
import { rescheduleTasks, type TaskChange } from './schedule-incremental.js';
import type { ScheduleDates } from './schedule-passes.js';
import { computeSchedule, rescheduleDates, scheduleDates, scheduleWithState, type ScheduleState } from './schedule.js';

const CALENDARS: CalendarSpec[] = [
  {
    id: 'holidays',
    baseId: 'standard',
    exceptions: [
      { from: '2025-01-08', to: '2025-01-08', working: false },
      { from: '2025-01-20', to: '2025-01-24', working: false },
    ],
  },
  {
    id: 'four-days',
    baseId: 'holidays',
    hoursPerDay: 10,
    workWeek: { 1: [{ from: '07:00', to: '12:00' }, { from: '13:00', to: '18:00' }], 5: [] },
  },
];

const TIMES = ['', 'T08:00', 'T12:30', 'T17:00', 'T18:45'];
const dateOf = (day: number, time: string) => new Date(Date.UTC(2025, 0, 2 + day)).toISOString().slice(0, 10) + time;
const dateText = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(...TIMES)).map(([day, time]) => dateOf(day, time));

function sometimes<T>(arbitrary: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: 100 - percent }, { arbitrary, weight: percent });
}

const constraintType = fc.constantFrom<ConstraintType>('ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO');

/** A task's own scheduling fields: what a change may set. */
const taskFields = fc.record({
  quarterDays: fc.integer({ min: 0, max: 24 }),
  constraint: sometimes(fc.record({ type: constraintType, date: dateText }), 25),
  deadline: sometimes(dateText, 10),
  progress: sometimes(fc.record({ startDay: fc.integer({ min: 0, max: 20 }), finishAfter: sometimes(fc.integer({ min: 0, max: 6 }), 40), percent: fc.constantFrom(0, 30, 100) }), 15),
  levelingDelayDays: sometimes(fc.constantFrom(0.5, 1, 2), 10),
});
type TaskFields = typeof taskFields extends fc.Arbitrary<infer T> ? T : never;

const randomPlan = fc.record({
  projectCalendar: fc.constantFrom('standard', 'holidays'),
  start: dateText,
  statusDate: sometimes(dateText, 40),
  tasks: fc.array(fc.record({ fields: taskFields, parent: fc.nat(), calendar: sometimes(fc.constantFrom('holidays', 'four-days'), 20) }), { minLength: 2, maxLength: 30 }),
  /** Tasks that become summaries of the tasks after them (a few levels deep). */
  summaries: fc.array(fc.nat(), { maxLength: 4 }),
  links: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'), lagHalfDays: fc.oneof(fc.constant(0), fc.integer({ min: -4, max: 8 })), elapsed: fc.boolean() }), { maxLength: 45 }),
  rounds: fc.array(fc.array(fc.tuple(fc.nat(), taskFields), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  /** A long task of its own that holds the project finish, so that changes leave it where it is. */
  anchored: fc.boolean(),
});

function withFields(task: PlanTask, f: TaskFields): PlanTask {
  const out: PlanTask = { id: task.id, durationDays: f.quarterDays / 4 };
  if (task.parentId) out.parentId = task.parentId;
  if (task.calendarId) out.calendarId = task.calendarId;
  if (f.constraint) out.constraint = f.constraint;
  if (f.deadline) out.deadline = f.deadline;
  if (f.progress) {
    out.actualStart = dateOf(f.progress.startDay, '');
    if (f.progress.finishAfter !== null) out.actualFinish = dateOf(f.progress.startDay + f.progress.finishAfter, '');
    out.percentComplete = f.progress.percent;
  }
  if (f.levelingDelayDays) out.levelingDelayDays = f.levelingDelayDays;
  return out;
}

function toInput(plan: typeof randomPlan extends fc.Arbitrary<infer T> ? T : never): PlanInput {
  const n = plan.tasks.length;
  const summaries = new Set(plan.summaries.map((s) => s % (n - 1)));
  const tasks: PlanTask[] = plan.tasks.map((t, i) => {
    const task: PlanTask = withFields({ id: `T${i}`, durationDays: 0, calendarId: t.calendar }, t.fields);
    // Each task sits under the nearest summary listed before it, or at the top.
    const above = [...summaries].filter((s) => s < i).sort((a, b) => b - a);
    if (above.length > 0 && t.parent % 3 !== 0) task.parentId = `T${above[t.parent % above.length]}`;
    return task;
  });
  const links: PlanLink[] = plan.links
    .map((l) => ({ ...l, from: Math.min(l.a % n, l.b % n), to: Math.max(l.a % n, l.b % n) }))
    .filter((l) => l.from !== l.to)
    .map((l) => ({ predecessorId: `T${l.from}`, successorId: `T${l.to}`, type: l.type, lagDays: l.lagHalfDays / 2, ...(l.elapsed && l.lagHalfDays !== 0 ? { elapsed: true } : {}) }));
  if (plan.anchored) tasks.push({ id: 'anchor', durationDays: 90 });
  return { start: plan.start, statusDate: plan.statusDate, calendars: CALENDARS, calendarId: plan.projectCalendar, tasks, links };
}

/** The full computation's outcome, or the error's name when it refuses the plan. */
function full(input: PlanInput): unknown {
  try {
    return computeSchedule(input);
  } catch (error) {
    return { error: (error as Error).name };
  }
}

describe('rescheduleTasks', () => {
  it('gives the same schedule as computing the changed plan whole, round after round', () => {
    let compared = 0;
    let incremental = 0;
    fc.assert(fc.property(randomPlan, (plan) => {
      let input = toInput(plan);
      let state: ScheduleState;
      try {
        state = scheduleWithState(input).state;
      } catch {
        return; // a plan the engine refuses (a summary linked to its own task...) has nothing to change
      }
      for (const round of plan.rounds) {
        const changes: TaskChange[] = round.map(([pick, fields]) => {
          const index = pick % plan.tasks.length;
          return { index, task: withFields(input.tasks[index], fields) };
        });
        const tasks = input.tasks.slice();
        for (const { index, task } of changes) tasks[index] = task;
        input = { ...input, tasks };
        const expected = full(input);
        const next = rescheduleTasks(state, changes);
        if (!next) {
          // Not covered (or refused): the caller schedules the plan whole.
          try {
            state = scheduleWithState(input).state;
          } catch {
            return;
          }
          continue;
        }
        incremental++;
        expect(next.state.result).toEqual(expected);
        // The rows that changed are the ones reported.
        const before = state.result.tasks;
        for (let i = 0; i < before.length; i++) {
          if (!next.changedRows.includes(i)) expect(next.state.result.tasks[i]).toEqual(before[i]);
        }
        state = next.state;
        compared++;
      }
    }), { numRuns: 1500 });
    expect(compared).toBeGreaterThan(1000);
    expect(incremental).toBeGreaterThan(1000);
  });

  it('does not take a change of calendar or a spent state', () => {
    const input: PlanInput = { start: '2025-01-06', calendars: CALENDARS, tasks: [{ id: 'A', durationDays: 2 }, { id: 'B', durationDays: 1 }], links: [{ predecessorId: 'A', successorId: 'B', type: 'FS' }] };
    const { state } = scheduleWithState(input);
    expect(rescheduleTasks(state, [{ index: 0, task: { id: 'A', durationDays: 2, calendarId: 'four-days' } }])).toBeNull();
    const next = rescheduleTasks(state, [{ index: 0, task: { id: 'A', durationDays: 3 } }]);
    expect(next?.state.result).toEqual(computeSchedule({ ...input, tasks: [{ id: 'A', durationDays: 3 }, input.tasks[1]] }));
    expect(next?.changedRows).toEqual([0, 1]);
    expect(rescheduleTasks(state, [{ index: 0, task: { id: 'A', durationDays: 4 } }])).toBeNull();
  });

  it('measures free float into a summary whose start moved with one of its tasks', () => {
    // P links into summary S; S starts with its task C, which waits for X: shortening X moves S's start and P's free float.
    const tasks: PlanTask[] = [
      { id: 'P', durationDays: 1 },
      { id: 'X', durationDays: 5 },
      { id: 'S', durationDays: 0 },
      { id: 'C', durationDays: 2, parentId: 'S' },
      { id: 'D', durationDays: 1, parentId: 'S' },
      // Holds the project finish, so that only what the change reaches is swept again.
      { id: 'L', durationDays: 20 },
    ];
    const links: PlanLink[] = [
      { predecessorId: 'P', successorId: 'S', type: 'FS' },
      { predecessorId: 'X', successorId: 'C', type: 'FS' },
      { predecessorId: 'X', successorId: 'D', type: 'FS' },
    ];
    const input: PlanInput = { start: '2025-01-06', tasks, links };
    const { state } = scheduleWithState(input);
    const changed = { id: 'X', durationDays: 3 };
    const next = rescheduleTasks(state, [{ index: 1, task: changed }]);
    const expected = computeSchedule({ ...input, tasks: tasks.map((t) => (t.id === 'X' ? changed : t)) });
    expect(next?.state.result).toEqual(expected);
    expect(expected.tasks[0]!.freeFloatDays).toBe(2);
  });
});

/** The dates, floats and link slack of the passes (not their scratch values: working offsets depend on how far a calendar has been indexed). */
const datesOf = (dates: ScheduleDates | null) => dates && { ...dates, scratch: null, backward: null };

describe('rescheduleDates', () => {
  it('gives the dates of scheduling the plan whole after its tasks changed in place and the status date moved', () => {
    let compared = 0;
    fc.assert(fc.property(randomPlan, fc.array(sometimes(dateText, 80), { minLength: 4, maxLength: 4 }), (plan, statusDates) => {
      const input = toInput(plan);
      let built: ReturnType<typeof scheduleDates>;
      try {
        built = scheduleDates(input);
      } catch {
        return;
      }
      const { model } = built;
      plan.rounds.forEach((round, r) => {
        // The same task objects with other fields, as a caller scheduling many days of one plan keeps them.
        for (const [pick, fields] of round) {
          const task = input.tasks[pick % plan.tasks.length]!;
          const next = withFields(task, fields);
          for (const key of Object.keys(task)) delete (task as unknown as Record<string, unknown>)[key];
          Object.assign(task, next);
        }
        input.statusDate = statusDates[r];
        let expected: unknown;
        try {
          expected = datesOf(scheduleDates(input).dates);
        } catch (error) {
          expected = { error: (error as Error).name };
        }
        let actual: unknown;
        try {
          actual = datesOf(rescheduleDates(model, input));
        } catch (error) {
          actual = { error: (error as Error).name };
        }
        expect(actual).toEqual(expected);
        if (actual !== null) compared++;
      });
    }), { numRuns: 1000 });
    expect(compared).toBeGreaterThan(1000);
  });

  it('does not take other tasks, other links or a lag in percent', () => {
    const tasks: PlanTask[] = [{ id: 'A', durationDays: 2 }, { id: 'B', durationDays: 1 }];
    const links: PlanLink[] = [{ predecessorId: 'A', successorId: 'B', type: 'FS' }];
    const input: PlanInput = { start: '2025-01-06', tasks, links };
    const { model } = scheduleDates(input);
    expect(rescheduleDates(model, { ...input, tasks: [{ ...tasks[0]! }, tasks[1]!] })).toBeNull();
    expect(rescheduleDates(model, { ...input, links: [] })).toBeNull();
    expect(rescheduleDates(model, { ...input, links: [{ ...links[0]!, lagPercent: 50 }] })).toBeNull();
    tasks[0]!.durationDays = 4;
    expect(rescheduleDates(model, input)!.finish).toEqual(scheduleDates(input).dates.finish);
  });
});
