import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BaselineSnapshot } from './baseline.js';
import { EarnedValueKept, earnedValue, earnedValueMeasure, earnedValueSeries, seriesInstants, seriesPeriodEnds } from './evm.js';
import { emptyPlanDocument, type PlanDocument } from './plan-document.js';

/**
 * The textbook case: BAC 100,000; at the status date PV 50,000, EV 40,000, AC 45,000.
 * So SV = -10,000, CV = -5,000, SPI = 0.8, CPI = 0.8889, EAC = BAC / CPI = 112,500,
 * EAC (CPI x SPI) = 45,000 + 60,000 / 0.7111 = 129,375, ETC = 67,500, VAC = -12,500,
 * TCPI = 60,000 / 55,000 = 1.0909.
 *
 * Built from two tasks on the Standard calendar (no holidays), status date Tuesday 16 January 2024 at 17:00:
 * - Design: baseline 8-19 Jan (10 days), BAC 60,000; 7 of 10 days planned by then: PV 42,000; 50 % done: EV 30,000; AC 35,000.
 * - Build: baseline 15-26 Jan (10 days), BAC 40,000; 2 of 10 days planned: PV 8,000; 25 % done: EV 10,000; AC 10,000.
 */
function textbook(): { plan: PlanDocument; baseline: BaselineSnapshot } {
  const plan: PlanDocument = {
    ...emptyPlanDocument({ name: 'ERP rollout', start: '2024-01-08T08:00', statusDate: '2024-01-16T17:00' }),
    tasks: [
      { id: 'p', name: 'Rollout', parentId: null, order: 0, kind: 'SUMMARY', durationDays: 0 },
      { id: 'design', name: 'Design', parentId: 'p', order: 0, kind: 'TASK', durationDays: 10, percentComplete: 50, actualStart: '2024-01-08T08:00' },
      { id: 'build', name: 'Build', parentId: 'p', order: 1, kind: 'TASK', durationDays: 10, percentComplete: 25, actualStart: '2024-01-15T08:00' },
      { id: 'test', name: 'Test', parentId: null, order: 1, kind: 'TASK', durationDays: 5 },
    ],
    costEntries: [
      { taskId: 'design', date: '2024-01-10', amount: 20_000, hours: 200 },
      { taskId: 'design', date: '2024-01-15', amount: 15_000 },
      { taskId: 'build', date: '2024-01-16', amount: 10_000 },
      // After the status date: not counted.
      { taskId: 'design', date: '2024-01-20', amount: 5_000 },
    ],
  };
  const baseline: BaselineSnapshot = {
    tasks: [
      { taskId: 'design', start: '2024-01-08T08:00', finish: '2024-01-19T17:00', durationDays: 10, cost: 60_000 },
      { taskId: 'build', start: '2024-01-15T08:00', finish: '2024-01-26T17:00', durationDays: 10, cost: 40_000 },
      // Not due to start yet, and nothing budgeted: every index is undefined.
      { taskId: 'test', start: '2024-02-05T08:00', finish: '2024-02-09T17:00', durationDays: 5, cost: 0 },
    ],
  };
  return { plan, baseline };
}

describe('earnedValue', () => {
  it('matches the textbook figures for the project', () => {
    const { plan, baseline } = textbook();
    const { project } = earnedValue(plan, baseline);
    expect(project).toMatchObject({ bac: 100_000, pv: 50_000, ev: 40_000, ac: 45_000, sv: -10_000, cv: -5_000, spi: 0.8 });
    expect(project.cpi).toBeCloseTo(0.888889, 6);
    expect(project.eacCpi).toBeCloseTo(112_500, 4);
    expect(project.eacCpiSpi).toBeCloseTo(129_375, 4);
    expect(project.etc).toBeCloseTo(67_500, 4);
    expect(project.vac).toBeCloseTo(-12_500, 4);
    expect(project.tcpi).toBeCloseTo(60_000 / 55_000, 6);
  });

  it('gives per-task figures and rolls them up into the WBS branch', () => {
    const { plan, baseline } = textbook();
    const report = earnedValue(plan, baseline);
    const design = report.tasks.find((t) => t.taskId === 'design')!;
    expect(design).toMatchObject({ bac: 60_000, pv: 42_000, ev: 30_000, ac: 35_000, sv: -12_000, cv: -5_000 });
    expect(design.spi).toBeCloseTo(30 / 42, 6);
    expect(report.branches).toEqual([expect.objectContaining({ taskId: 'p', wbs: '1', bac: 100_000, pv: 50_000, ev: 40_000, ac: 45_000 })]);
    expect(report.tasks.find((t) => t.taskId === 'p')).toMatchObject({ bac: 100_000, pv: 50_000 });
  });

  it('answers null, never NaN or Infinity, where a ratio has nothing to divide by', () => {
    const { plan, baseline } = textbook();
    const test = earnedValue(plan, baseline).tasks.find((t) => t.taskId === 'test')!;
    expect(test).toEqual({
      taskId: 'test', bac: 0, pv: 0, ev: 0, ac: 0, sv: 0, cv: 0,
      spi: null, cpi: null, eacCpi: null, eacCpiSpi: null, etc: null, vac: null, tcpi: null,
    });
  });

  it('before work starts: SPI is 0 (not undefined) while PV > 0; CPI and the BAC / CPI forecasts stay null without cost', () => {
    const { plan, baseline } = textbook();
    const fresh: PlanDocument = {
      ...plan,
      tasks: plan.tasks.map((t) => ({ ...t, percentComplete: 0, actualStart: undefined })),
      costEntries: [],
    };
    const p = earnedValue(fresh, baseline).project;
    expect(p).toEqual({
      bac: 100_000, pv: 50_000, ev: 0, ac: 0, sv: -50_000, cv: 0,
      spi: 0, cpi: null, eacCpi: null, eacCpiSpi: null, etc: null, vac: null, tcpi: 1,
    });
    // Cost but nothing earned: CPI is 0 and BAC / CPI has no finite value.
    const spent = earnedValue({ ...fresh, costEntries: [{ taskId: 'design', date: '2024-01-10', amount: 5_000 }] }, baseline).project;
    expect(spent).toMatchObject({ ac: 5_000, spi: 0, cpi: 0, eacCpi: null, etc: null, vac: null });
    expect(spent.tcpi).toBeCloseTo(100_000 / 95_000, 6);
  });

  it('uses the recorded actual cost of a task without cost entries, and a status date passed in', () => {
    const { plan, baseline } = textbook();
    plan.costEntries = [];
    plan.tasks[1] = { ...plan.tasks[1]!, actualCost: 12_000 };
    const design = earnedValue(plan, baseline, { statusDate: '2024-01-12' }).tasks.find((t) => t.taskId === 'design')!;
    // End of Friday the 12th: 5 of 10 baseline days.
    expect(design).toMatchObject({ pv: 30_000, ac: 12_000, cv: 18_000, cpi: 2.5 });
  });
  it('counts costs booked on a summary in its branch, but not a summary\'s rolled-up actual cost', () => {
    const { plan, baseline } = textbook();
    plan.costEntries.push({ taskId: 'p', date: '2024-01-12', amount: 1_000 });
    // As MS Project writes it: the summary's actual cost is its sub-tasks' total.
    plan.tasks[0] = { ...plan.tasks[0]!, actualCost: 45_000 };
    const report = earnedValue(plan, baseline);
    expect(report.branches[0]!.ac).toBe(46_000);
    expect(report.project.ac).toBe(46_000);
    expect(report.tasks.find((t) => t.taskId === 'p')!.ac).toBe(46_000);
  });
});

describe('earnedValueSeries', () => {
  it('draws the weekly S-curve: PV over the whole baseline, EV and AC up to the status date', () => {
    const { plan, baseline } = textbook();
    const series = earnedValueSeries(plan, baseline, 'WEEK');
    expect(series.map((p) => [p.periodStart, p.periodEnd, p.pv, p.ac])).toEqual([
      ['2024-01-08', '2024-01-14', 30_000, 20_000],
      ['2024-01-15', '2024-01-21', 80_000, 45_000],
      ['2024-01-22', '2024-01-28', 100_000, null],
      ['2024-01-29', '2024-02-04', 100_000, null],
      ['2024-02-05', '2024-02-11', 100_000, null],
    ]);
    // Design's 30,000 is earned evenly over its 7 working days up to the status date; 5 fall in week one.
    expect(series[0]!.ev).toBeCloseTo((30_000 * 5) / 7, 4);
    expect(series[1]!.ev).toBe(40_000);
    expect(series[2]!.ev).toBeNull();
  });

  it('draws a monthly S-curve', () => {
    const { plan, baseline } = textbook();
    expect(earnedValueSeries(plan, baseline, 'MONTH').map((p) => [p.periodStart, p.periodEnd, p.pv, p.ev, p.ac])).toEqual([
      ['2024-01-01', '2024-01-31', 100_000, 40_000, 45_000],
      ['2024-02-01', '2024-02-29', 100_000, null, null],
    ]);
  });
});

describe('the S-curve\'s planned value', () => {
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const instant = (day: number, minute: number) => {
    const d = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000 + minute * 60_000);
    return d.toISOString().slice(0, 16);
  };
  const randomTask = fc.record({
    startDay: fc.integer({ min: 0, max: 120 }),
    startMinute: fc.integer({ min: 0, max: 1439 }),
    lengthDays: fc.integer({ min: -2, max: 60 }),
    finishMinute: fc.integer({ min: 0, max: 1439 }),
    cost: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
    dated: fc.boolean(),
  });

  it('is, at every period end, the sum of the tasks\' planned value at that instant', () => {
    fc.assert(
      fc.property(fc.array(randomTask, { minLength: 1, maxLength: 40 }), fc.constantFrom('WEEK' as const, 'MONTH' as const), fc.integer({ min: 0, max: 200 }), (specs, period, statusDay) => {
        const plan: PlanDocument = {
          ...emptyPlanDocument({ name: 'Curve', start: '2024-01-01T08:00', statusDate: instant(statusDay, 17 * 60) }),
          tasks: specs.map((_, i) => ({ id: `t${i}`, name: `T${i}`, parentId: null, order: i, kind: 'TASK' as const, durationDays: 1 })),
        };
        const baseline: BaselineSnapshot = {
          tasks: specs.map((t, i) => ({
            taskId: `t${i}`,
            ...(t.dated || i === 0 ? { start: instant(t.startDay, t.startMinute), finish: instant(t.startDay + t.lengthDays, t.finishMinute) } : {}),
            durationDays: Math.max(0, t.lengthDays),
            cost: t.cost,
          })),
        };
        for (const point of earnedValueSeries(plan, baseline, period)) {
          // earnedValue's PV at an instant is each task's plannedValue there, added up.
          const expected = earnedValue(plan, baseline, { statusDate: `${nextDay(point.periodEnd)}T00:00` }).project.pv;
          expect(point.pv).toBeCloseTo(expected, 5);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('measures that share what a plan structure and a baseline keep', () => {
  const instant = (day: number, minute: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000 + minute * 60_000).toISOString().slice(0, 16);
  const randomTask = fc.record({
    parent: fc.integer({ min: -1, max: 30 }),
    startDay: fc.integer({ min: 0, max: 90 }),
    startMinute: fc.integer({ min: 0, max: 1439 }),
    lengthDays: fc.integer({ min: -1, max: 40 }),
    cost: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.01, max: 1e5, noNaN: true })),
    dated: fc.boolean(),
    actualCost: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined }),
  });
  const randomDay = fc.record({
    statusDay: fc.integer({ min: 0, max: 130 }),
    statusMinute: fc.integer({ min: 0, max: 1439 }),
    live: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    percent: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 40, maxLength: 40 }),
    costs: fc.array(fc.record({ task: fc.integer({ min: 0, max: 39 }), day: fc.integer({ min: 0, max: 130 }), amount: fc.double({ min: 0, max: 5000, noNaN: true }) }), { maxLength: 30 }),
  });

  it('answer every day exactly as measures that keep nothing', () => {
    fc.assert(
      fc.property(fc.array(randomTask, { minLength: 1, maxLength: 40 }), fc.array(randomDay, { minLength: 1, maxLength: 5 }), fc.constantFrom('WEEK' as const, 'MONTH' as const), (specs, days, period) => {
        // The plan as it is now: a tree (a task's parent comes before it), some on a calendar of their own that does not exist.
        const structure = specs.map((t, i) => ({
          id: `t${i}`,
          name: `T${i}`,
          parentId: t.parent >= 0 && t.parent < i ? `t${t.parent}` : null,
          order: i,
          kind: 'TASK' as const,
          durationDays: 1,
          ...(t.actualCost !== undefined ? { actualCost: t.actualCost } : {}),
          ...(i % 7 === 3 ? { calendarId: 'none' } : {}),
        }));
        const full: BaselineSnapshot = {
          tasks: specs.map((t, i) => ({
            taskId: `t${i}`,
            ...(t.dated || i === 0 ? { start: instant(t.startDay, t.startMinute), finish: instant(t.startDay + t.lengthDays, 17 * 60) } : {}),
            durationDays: Math.max(0, t.lengthDays),
            cost: t.cost,
          })),
        };
        const kept = new EarnedValueKept(full);
        // Each day twice (its planned value curve and the tasks' span again), then a later status date on the same tasks.
        for (const [day, later] of [...days, ...days].flatMap((d) => [[d, 0], [d, 17]] as const)) {
          // The plan of one day: the tasks there then (a parent not there makes a root), their progress then.
          const live = new Set(structure.filter((_, i) => i === 0 || day.live[i]).map((t) => t.id));
          const plan: PlanDocument = {
            ...emptyPlanDocument({ name: 'Kept', start: '2024-01-01T08:00', statusDate: instant(day.statusDay + later, day.statusMinute) }),
            tasks: structure
              .filter((t) => live.has(t.id))
              .map((t, i) => ({ ...t, parentId: t.parentId && live.has(t.parentId) ? t.parentId : null, percentComplete: day.percent[i]! })),
            costEntries: day.costs.filter((c) => live.has(`t${c.task}`)).map((c) => ({ taskId: `t${c.task}`, date: instant(c.day, 0).slice(0, 10), amount: c.amount })),
          };
          const baseline = { tasks: full.tasks.filter((t) => live.has(t.taskId)) };
          const fresh = earnedValueMeasure(plan, baseline);
          // With what is kept, the whole baseline and every cost entry may be given: only the plan's tasks' are read.
          const everyCost = day.costs.map((c) => ({ taskId: `t${c.task}`, date: instant(c.day, 0).slice(0, 10), amount: c.amount }));
          const shared = earnedValueMeasure({ ...plan, costEntries: everyCost }, full, kept);
          expect(seriesInstants(plan, full, period, {}, kept)).toEqual(seriesInstants(plan, baseline, period));
          expect(seriesPeriodEnds(plan, full, period, {}, kept)).toEqual(seriesPeriodEnds(plan, baseline, period));
          const [a, b] = [fresh.report(), shared.report()];
          expect(b.project).toEqual(a.project);
          expect(b.tasks).toEqual(a.tasks);
          expect(b.branches).toEqual(a.branches);
          expect(shared.series(period)).toEqual(fresh.series(period));
        }
      }),
      { numRuns: 100 },
    );
  });
});
