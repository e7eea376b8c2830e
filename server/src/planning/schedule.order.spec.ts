/**
 * The schedule does not depend on the order tasks and links are listed in: random plans
 * (milestones on both sides of non-working time, every constraint, deadlines, progress and
 * status dates, leveling delays, percent lags, elapsed lags, calendars with odd hours, tasks
 * on calendars of their own, summaries) give the same dates, floats, critical flags and paths
 * when their tasks and links are shuffled, as a database hands rows over in an order of its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarSpec, ConstraintType, LinkType, PlanInput, PlanLink, PlanTask } from './model.js';
import { computeSchedule } from './schedule.js';

const CALENDARS: CalendarSpec[] = [
  // Standard hours with holidays, a closure and a working Saturday.
  {
    id: 'holidays',
    baseId: 'standard',
    exceptions: [
      { from: '2025-01-08', to: '2025-01-08', working: false },
      { from: '2025-01-20', to: '2025-01-24', working: false },
      { from: '2025-01-11', to: '2025-01-11', working: true, times: [{ from: '09:00', to: '11:30' }] },
    ],
  },
  // Three short periods a day, one running to midnight, and a different Friday.
  {
    id: 'shifts',
    hoursPerDay: 7.5,
    workWeek: {
      0: [],
      1: [{ from: '06:00', to: '09:30' }, { from: '10:00', to: '12:00' }, { from: '22:00', to: '24:00' }],
      2: [{ from: '00:00', to: '01:00' }, { from: '06:00', to: '09:30' }, { from: '22:00', to: '24:00' }],
      3: [{ from: '00:00', to: '02:00' }, { from: '06:00', to: '11:30' }],
      4: [{ from: '06:00', to: '09:30' }, { from: '10:00', to: '14:00' }],
      5: [{ from: '07:15', to: '11:45' }],
      6: [],
    },
  },
  // Round the clock: no non-working time at all, so both readings of every offset coincide.
  { id: 'always', hoursPerDay: 24, workWeek: Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((d) => [d, [{ from: '00:00', to: '24:00' }]])) },
];

const PROJECT_CALENDARS = ['standard', ...CALENDARS.map((c) => c.id)];

/** `arbitrary` in about `percent`% of the draws, else null. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: 100 - percent }, { arbitrary, weight: percent });
}

const TIMES = ['', 'T00:00', 'T06:00', 'T08:00', 'T09:30', 'T12:00', 'T12:30', 'T13:00', 'T17:00', 'T18:45', 'T24:00'];

/** Day `day` after 2025-01-02, as a plain date or at a time inside, at the edge of or outside working time. */
function dateOf(day: number, time: string): string {
  return new Date(Date.UTC(2025, 0, 2 + day)).toISOString().slice(0, 10) + time;
}

const dateText = fc.tuple(fc.integer({ min: 0, max: 43 }), fc.constantFrom(...TIMES)).map(([day, time]) => dateOf(day, time));

/** An actual start and finish (the finish a few days after the start when both are given), and a percent done. */
const progress = fc.record({
  startDay: sometimes(fc.integer({ min: 0, max: 30 }), 60),
  finishAfterDays: sometimes(fc.integer({ min: 0, max: 8 }), 40),
  percent: fc.constantFrom(0, 10, 50, 100),
  startTime: fc.constantFrom(...TIMES),
  finishTime: fc.constantFrom('', 'T12:00', 'T17:00', 'T18:45'),
});

const constraintType = fc.constantFrom<ConstraintType>('ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO');

const randomTask = fc.record({
  quarterDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 24 })),
  milestoneKind: fc.boolean(),
  constraint: sometimes(fc.record({ type: constraintType, date: dateText }), 25),
  deadline: sometimes(dateText, 10),
  progress: sometimes(progress, 15),
  levelingDelayDays: sometimes(fc.constantFrom(0.5, 1, 2.25), 10),
});

const randomLink = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
  lagHalfDays: fc.oneof(fc.constant(0), fc.integer({ min: -6, max: 8 })),
  lagPercent: sometimes(fc.constantFrom(-50, 25, 100, 150), 10),
});

const randomPlan = fc.record({
  projectCalendar: fc.constantFrom(...PROJECT_CALENDARS),
  start: dateText,
  statusDate: sometimes(dateText, 50),
  tasks: fc.array(randomTask, { minLength: 1, maxLength: 30 }),
  links: fc.array(randomLink, { maxLength: 45 }),
  /** Something more, if anything: the number picks the task or link. */
  fallback: sometimes(fc.tuple(fc.constantFrom('own calendar', 'project calendar by name', 'elapsed lag', 'summary'), fc.nat()), 25),
});

type RandomPlan = typeof randomPlan extends fc.Arbitrary<infer T> ? T : never;

function toInput(plan: RandomPlan): PlanInput {
  const n = plan.tasks.length;
  const tasks: PlanTask[] = plan.tasks.map((t, i) => {
    const task: PlanTask = { id: `T${i}`, durationDays: t.quarterDays / 4 };
    if (t.milestoneKind && t.quarterDays === 0) task.kind = 'MILESTONE';
    if (t.constraint) task.constraint = t.constraint;
    if (t.deadline) task.deadline = t.deadline;
    if (t.progress) {
      const { startDay, finishAfterDays, percent, startTime, finishTime } = t.progress;
      if (startDay !== null) task.actualStart = dateOf(startDay, startTime);
      // A finish on the start day is still after the start when it is a plain date (the end of the day).
      if (finishAfterDays !== null) task.actualFinish = dateOf((startDay ?? 3) + finishAfterDays, finishAfterDays === 0 ? '' : finishTime);
      task.percentComplete = percent;
    }
    if (t.levelingDelayDays) task.levelingDelayDays = t.levelingDelayDays;
    return task;
  });
  const [fallback, pick] = plan.fallback ?? ['', 0];
  if (fallback === 'own calendar') tasks[pick % n].calendarId = PROJECT_CALENDARS[pick % PROJECT_CALENDARS.length];
  if (fallback === 'project calendar by name') tasks[pick % n].calendarId = plan.projectCalendar;
  if (fallback === 'summary') {
    // A summary over a run of tasks; the links stay as generated (those a summary refuses are errors on both sides).
    tasks.push({ id: 'S', durationDays: 0 });
    for (let i = pick % n; i < Math.min(n, (pick % n) + 3); i++) tasks[i].parentId = 'S';
  }
  const links: PlanLink[] = plan.links
    .map((l) => ({ ...l, from: Math.min(l.a % n, l.b % n), to: Math.max(l.a % n, l.b % n) }))
    .filter((l) => l.from !== l.to)
    .map((l) => {
      const link: PlanLink = { predecessorId: `T${l.from}`, successorId: `T${l.to}`, type: l.type, lagDays: l.lagHalfDays / 2 };
      if (l.lagPercent !== null) link.lagPercent = l.lagPercent;
      return link;
    });
  if (fallback === 'elapsed lag' && links.length > 0) links[pick % links.length].elapsed = true;
  return { start: plan.start, statusDate: plan.statusDate, calendars: CALENDARS, calendarId: plan.projectCalendar, tasks, links };
}

/** Deterministic shuffle (a seeded Fisher-Yates), so a failing case can be replayed. */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The result in a form that does not depend on input order: rows and warnings by task id,
 * critical paths sorted; an error by its name (the field it names is an input index).
 */
function outcome(input: PlanInput): unknown {
  try {
    const result = computeSchedule(input);
    const byId = <T extends { id?: string; taskId?: string }>(a: T, b: T) => ((a.id ?? a.taskId)! < (b.id ?? b.taskId)! ? -1 : 1);
    return {
      start: result.start,
      finish: result.finish,
      tasks: [...result.tasks].sort(byId),
      warnings: [...result.warnings].sort((a, b) => byId(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
      criticalPaths: result.criticalPaths.map((path) => path.join(' ')).sort(),
    };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

describe('the order tasks and links are listed in', () => {
  it('changes nothing in the schedule of random plans', () => {
    let scheduled = 0;
    fc.assert(fc.property(randomPlan, fc.nat(), (plan, seed) => {
      const input = toInput(plan);
      const listed = { ...input, tasks: shuffled(input.tasks, seed), links: shuffled(input.links, seed + 1) };
      const result = outcome(input);
      if (!(result && typeof result === 'object' && 'error' in result)) scheduled++;
      expect(outcome(listed)).toEqual(result);
    }), { numRuns: 1500 });
    // Most generated plans must be scheduled, or the comparison proves little.
    expect(scheduled).toBeGreaterThan(1000);
  });
});

describe('milestones', () => {
  it('sit on the side of non-working time their driving date is on', () => {
    const input: PlanInput = {
      start: '2025-01-06',
      tasks: [
        { id: 'Friday', durationDays: 5 },
        { id: 'AtFinish', durationDays: 0 },
        { id: 'AtStart', durationDays: 0 },
        { id: 'Next', durationDays: 1 },
        { id: 'Late', durationDays: 0, constraint: { type: 'ALAP' } },
      ],
      links: [
        { predecessorId: 'Friday', successorId: 'AtFinish', type: 'FS' },
        { predecessorId: 'Friday', successorId: 'Next', type: 'FS' },
        { predecessorId: 'Next', successorId: 'AtStart', type: 'SS' },
        { predecessorId: 'Friday', successorId: 'Late', type: 'FS' },
        { predecessorId: 'Late', successorId: 'Next', type: 'FS' },
      ],
    };
    const result = computeSchedule(input);
    const at = (id: string) => result.tasks.find((t) => t.id === id)!;
    expect(at('AtFinish').start).toBe('2025-01-10T17:00');
    expect(at('AtStart').start).toBe('2025-01-13T08:00');
    expect(at('Late').start).toBe('2025-01-13T08:00');
  });
});
