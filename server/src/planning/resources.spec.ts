import { describe, expect, it } from 'vitest';
import type { ScheduleResult, ScheduledTask } from './model.js';
import { emptyPlanDocument, type PlanDocument } from './plan-document.js';
import { overallocatedDayCounts, rateOn, resourceUsage, taskCosts } from './resources.js';

const week = [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }];

/** Monday 8 to Friday 12 January 2024, Wednesday the 10th a public holiday. */
function officePlan(): PlanDocument {
  return {
    ...emptyPlanDocument({ name: 'Office move', start: '2024-01-08T08:00', calendarId: 'std' }),
    calendars: [
      {
        id: 'std',
        name: 'Standard',
        workWeek: { 0: [], 1: week, 2: week, 3: week, 4: week, 5: week, 6: [] },
        hoursPerDay: 8,
        exceptions: [{ from: '2024-01-10', to: '2024-01-10', working: false, name: 'Holiday' }],
      },
    ],
    tasks: [
      { id: 'phase', name: 'Move', parentId: null, order: 0, kind: 'SUMMARY', durationDays: 0, fixedCost: 50 },
      { id: 'pack', name: 'Pack', parentId: 'phase', order: 0, kind: 'TASK', durationDays: 4, fixedCost: 200 },
      { id: 'label', name: 'Label', parentId: 'phase', order: 1, kind: 'TASK', durationDays: 1 },
    ],
    resources: [{ id: 'ana', name: 'Ana', type: 'WORK', maxUnits: 1, standardRate: 50 }],
    assignments: [
      { taskId: 'pack', resourceId: 'ana', units: 1 },
      { taskId: 'label', resourceId: 'ana', units: 1, workHours: 8 },
    ],
  };
}

function scheduled(id: string, start: string, finish: string, durationDays: number): ScheduledTask {
  return { id, start, finish, earlyStart: start, earlyFinish: finish, lateStart: start, lateFinish: finish, durationDays, totalFloatDays: 0, freeFloatDays: 0, critical: true, summary: false, milestone: false };
}

/** Pack runs Monday to Friday around the holiday (4 working days); Label is on the Monday too. */
const officeSchedule: ScheduleResult = {
  start: '2024-01-08T08:00',
  finish: '2024-01-12T17:00',
  tasks: [
    { ...scheduled('phase', '2024-01-08T08:00', '2024-01-12T17:00', 4), summary: true },
    scheduled('pack', '2024-01-08T08:00', '2024-01-12T17:00', 4),
    scheduled('label', '2024-01-08T08:00', '2024-01-08T17:00', 1),
  ],
  criticalPaths: [],
  warnings: [],
};

describe('resourceUsage', () => {
  it('spreads work over working days only and flags the over-allocated day', () => {
    const [ana] = resourceUsage(officePlan(), officeSchedule, { period: 'DAY' });
    expect(ana!.periods.map((p) => [p.periodStart, p.workHours, p.capacityHours, p.overAllocated])).toEqual([
      ['2024-01-08', 16, 8, true],
      ['2024-01-09', 8, 8, false],
      ['2024-01-10', 0, 0, false],
      ['2024-01-11', 8, 8, false],
      ['2024-01-12', 8, 8, false],
    ]);
    expect(ana!.periods.map((p) => p.cost)).toEqual([800, 400, 0, 400, 400]);
  });

  it('sums a week, keeping the flag when any day in it is over-allocated', () => {
    const [ana] = resourceUsage(officePlan(), officeSchedule, { period: 'WEEK' });
    expect(ana!.periods).toEqual([{ periodStart: '2024-01-08', workHours: 40, capacityHours: 32, overAllocated: true, cost: 2000 }]);
  });

  it('is not over-allocated when two half-time assignments share a day', () => {
    const plan = officePlan();
    plan.assignments = [
      { taskId: 'pack', resourceId: 'ana', units: 0.5, workHours: 16 },
      { taskId: 'label', resourceId: 'ana', units: 0.5, workHours: 4 },
    ];
    const [ana] = resourceUsage(plan, officeSchedule, { period: 'DAY', from: '2024-01-08', to: '2024-01-08' });
    expect(ana!.periods).toEqual([{ periodStart: '2024-01-08', workHours: 8, capacityHours: 8, overAllocated: false, cost: 400 }]);
  });

  it('takes capacity from the resource calendar and its units', () => {
    const plan = officePlan();
    plan.calendars.push({ id: 'part', name: 'Mornings', baseId: 'std', workWeek: { 1: [{ from: '08:00', to: '12:00' }] }, hoursPerDay: 8, exceptions: [] });
    plan.resources = [{ id: 'ana', name: 'Ana', type: 'WORK', maxUnits: 2, calendarId: 'part' }];
    const [ana] = resourceUsage(plan, officeSchedule, { period: 'DAY', from: '2024-01-08', to: '2024-01-09' });
    expect(ana!.periods.map((p) => p.capacityHours)).toEqual([8, 16]);
  });
});

describe('overallocatedDayCounts', () => {
  const fromUsage = (plan: PlanDocument, options: { from?: string; to?: string } = {}) =>
    new Map(resourceUsage(plan, officeSchedule, { period: 'DAY', ...options }).map((u) => [u.resourceId, u.periods.filter((p) => p.overAllocated).length]));

  it('counts the days resourceUsage flags, from the booked days alone', () => {
    const plan = officePlan();
    plan.resources.push({ id: 'box', name: 'Boxes', type: 'MATERIAL', standardRate: 2 }, { id: 'idle', name: 'Idle', type: 'WORK' });
    plan.assignments.push({ taskId: 'pack', resourceId: 'box', units: 500 });
    expect(overallocatedDayCounts(plan, officeSchedule)).toEqual(new Map([['ana', 1], ['box', 0], ['idle', 0]]));
    expect(overallocatedDayCounts(plan, officeSchedule)).toEqual(fromUsage(plan));
    expect(overallocatedDayCounts(plan, officeSchedule, { from: '2024-01-09' })).toEqual(fromUsage(plan, { from: '2024-01-09' }));
  });

  it('follows the resource calendar and units, and counts only the resources asked for', () => {
    const plan = officePlan();
    plan.calendars.push({ id: 'part', name: 'Mornings', baseId: 'std', workWeek: { 1: [{ from: '08:00', to: '12:00' }] }, hoursPerDay: 8, exceptions: [] });
    plan.resources = [
      { id: 'ana', name: 'Ana', type: 'WORK', maxUnits: 1, calendarId: 'part' },
      { id: 'ben', name: 'Ben', type: 'WORK', maxUnits: 1, availability: [{ from: '2024-01-11', units: 0.5 }] },
    ];
    plan.assignments = [
      { taskId: 'pack', resourceId: 'ana', units: 1 },
      { taskId: 'pack', resourceId: 'ben', units: 1 },
    ];
    const counts = overallocatedDayCounts(plan, officeSchedule);
    expect(counts).toEqual(fromUsage(plan));
    expect(counts.get('ana')).toBe(1);
    expect(counts.get('ben')).toBe(4);
    expect(overallocatedDayCounts(plan, officeSchedule, { resourceIds: new Set(['ben']) })).toEqual(new Map([['ben', 4]]));
  });
});

describe('taskCosts', () => {
  it('prices work at the rate in effect on each day, then adds per-use, material, cost resources and fixed cost', () => {
    const plan = officePlan();
    plan.resources = [
      { id: 'ana', name: 'Ana', type: 'WORK', standardRate: 50, costPerUse: 100, rates: [{ standardRate: 50, costPerUse: 100 }, { from: '2024-01-11', standardRate: 60, costPerUse: 999 }] },
      { id: 'box', name: 'Boxes', type: 'MATERIAL', standardRate: 2.5, materialLabel: 'box' },
      { id: 'van', name: 'Van hire', type: 'COST' },
    ];
    plan.assignments = [
      { taskId: 'pack', resourceId: 'ana', units: 1 },
      { taskId: 'pack', resourceId: 'box', units: 40 },
      { taskId: 'label', resourceId: 'van', units: 1, cost: 300 },
    ];
    const costs = new Map(taskCosts(plan, officeSchedule).map((c) => [c.taskId, c]));
    // Monday and Tuesday at 50/h, the holiday costs nothing, Thursday and Friday at 60/h.
    expect(costs.get('pack')).toEqual({
      taskId: 'pack',
      workHours: 32,
      laborCost: 16 * 50 + 16 * 60,
      materialCost: 100,
      resourceCost: 0,
      perUseCost: 100,
      fixedCost: 200,
      total: 1760 + 100 + 100 + 200,
    });
    expect(costs.get('label')!.total).toBe(300);
    expect(costs.get('phase')).toMatchObject({ workHours: 32, fixedCost: 250, total: 2160 + 300 + 50 });
  });

  it('uses the undated rate before the first dated one', () => {
    const resource = { id: 'r', name: 'R', type: 'WORK' as const, standardRate: 10, rates: [{ from: '2024-02-01', standardRate: 20 }] };
    expect(rateOn(resource, '2024-01-31').standardRate).toBe(10);
    expect(rateOn(resource, '2024-02-01').standardRate).toBe(20);
  });
});
