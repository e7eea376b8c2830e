import { describe, expect, it } from 'vitest';
import { captureBaseline, variance } from './baseline.js';
import type { ScheduleResult, ScheduledTask } from './model.js';
import { emptyPlanDocument, type PlanDocument } from './plan-document.js';
import type { TaskCost } from './resources.js';

/** Standard calendar (Mon-Fri, 8 h). Branch "Infra" holds A and B; C sits at the top level. */
const plan: PlanDocument = {
  ...emptyPlanDocument({ name: 'Network refresh', start: '2024-01-08T08:00' }),
  tasks: [
    { id: 'infra', name: 'Infra', parentId: null, order: 0, kind: 'SUMMARY', durationDays: 0 },
    { id: 'a', name: 'Order switches', parentId: 'infra', order: 0, kind: 'TASK', durationDays: 3 },
    { id: 'b', name: 'Rack switches', parentId: 'infra', order: 1, kind: 'TASK', durationDays: 2 },
    { id: 'c', name: 'Sign-off', parentId: null, order: 1, kind: 'TASK', durationDays: 2 },
  ],
};

function task(id: string, start: string, finish: string, durationDays: number): ScheduledTask {
  return { id, start, finish, earlyStart: start, earlyFinish: finish, lateStart: start, lateFinish: finish, durationDays, totalFloatDays: 0, freeFloatDays: 0, critical: false, summary: false, milestone: false };
}

function schedule(tasks: ScheduledTask[]): ScheduleResult {
  return { start: tasks[0]!.start, finish: tasks.at(-1)!.finish, tasks, criticalPaths: [], warnings: [] };
}

function costs(values: Record<string, [number, number]>): TaskCost[] {
  return Object.entries(values).map(([taskId, [total, workHours]]) => ({
    taskId, workHours, laborCost: total, materialCost: 0, resourceCost: 0, perUseCost: 0, fixedCost: 0, total,
  }));
}

const planned = schedule([
  task('infra', '2024-01-08T08:00', '2024-01-12T17:00', 5),
  task('a', '2024-01-08T08:00', '2024-01-10T17:00', 3),
  task('b', '2024-01-11T08:00', '2024-01-12T17:00', 2),
  task('c', '2024-01-15T08:00', '2024-01-16T17:00', 2),
]);
const plannedCosts = costs({ infra: [1500, 40], a: [1000, 24], b: [500, 16], c: [200, 0] });

// A took a day longer, pushing B a day; C kept its dates but came in cheaper.
const current = schedule([
  task('infra', '2024-01-08T08:00', '2024-01-15T17:00', 6),
  task('a', '2024-01-08T08:00', '2024-01-11T17:00', 4),
  task('b', '2024-01-12T08:00', '2024-01-15T17:00', 2),
  task('c', '2024-01-15T08:00', '2024-01-16T17:00', 2),
]);
const currentCosts = costs({ infra: [1800, 48], a: [1300, 32], b: [500, 16], c: [150, 0] });

describe('captureBaseline', () => {
  it('freezes dates, duration, work and cost of every task', () => {
    const snapshot = captureBaseline(plan, planned, plannedCosts, { capturedAt: '2024-01-05T17:00' });
    expect(snapshot.capturedAt).toBe('2024-01-05T17:00');
    expect(snapshot.tasks[1]).toEqual({ taskId: 'a', start: '2024-01-08T08:00', finish: '2024-01-10T17:00', durationDays: 3, workHours: 24, cost: 1000 });
    expect(snapshot.tasks).toHaveLength(4);
  });
});

describe('variance', () => {
  const baseline = captureBaseline(plan, planned, plannedCosts);
  const report = variance({ plan, schedule: current, costs: currentCosts }, baseline);
  const byTask = new Map(report.tasks.map((t) => [t.taskId, t]));
  const pick = (v: { startVarianceDays: number | null; finishVarianceDays: number | null; durationVarianceDays: number | null; costVariance: number | null }) =>
    [v.startVarianceDays, v.finishVarianceDays, v.durationVarianceDays, v.costVariance];

  it('measures each task in working days and money', () => {
    expect(pick(byTask.get('a')!)).toEqual([0, 1, 1, 300]);
    // Friday to Monday is one working day, not three calendar days.
    expect(pick(byTask.get('b')!)).toEqual([1, 1, 0, 0]);
    expect(pick(byTask.get('c')!)).toEqual([0, 0, 0, -50]);
    expect(byTask.get('a')!.workVarianceHours).toBe(8);
  });

  it('rolls up a WBS branch over the tasks under it', () => {
    expect(report.branches).toHaveLength(1);
    const infra = report.branches[0]!;
    expect(infra).toMatchObject({ taskId: 'infra', wbs: '1', start: '2024-01-08T08:00', baselineStart: '2024-01-08T08:00', finish: '2024-01-15T17:00', baselineFinish: '2024-01-12T17:00' });
    expect(pick(infra)).toEqual([0, 1, 1, 300]);
  });

  it('rolls up the project', () => {
    // A and B slipped inside the float before C, so the project still ends on time.
    expect(pick(report.project)).toEqual([0, 0, 0, 250]);
    expect(report.project).toMatchObject({ cost: 1950, baselineCost: 1700 });
  });

  it('leaves variances empty for a task added after the baseline', () => {
    const added: PlanDocument = { ...plan, tasks: [...plan.tasks, { id: 'd', name: 'Extra cabling', parentId: null, order: 2, kind: 'TASK', durationDays: 1 }] };
    const withNew = schedule([...current.tasks, task('d', '2024-01-17T08:00', '2024-01-17T17:00', 1)]);
    const d = variance({ plan: added, schedule: withNew, costs: [...currentCosts, ...costs({ d: [80, 0] })] }, baseline).tasks.at(-1)!;
    expect(d).toMatchObject({ taskId: 'd', baselineStart: null, startVarianceDays: null, finishVarianceDays: null, durationVarianceDays: null, cost: 80, costVariance: null });
  });
});
