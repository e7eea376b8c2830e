/**
 * The impact preview costs and counts again only what the change moved; on random plans and
 * change sets its figures must equal those of the what-if plan taken whole (every assignment
 * costed, every resource's days over capacity counted on every day of the schedule).
 */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../common/errors.js';
import type { ScheduleResult } from '../../planning/model.js';
import { emptyPlanDocument, type PlanDocument } from '../../planning/plan-document.js';
import { resourceUsage, spreadAssignments } from '../../planning/resources.js';
import { computeSchedule } from '../../planning/schedule.js';
import { planInput } from '../planning/index.js';
import { DependencyType } from '../task/index.js';
import { normalizeChangeSet } from './change-set.js';
import { computeImpact, whatIf } from './impact.js';

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const week = [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }];

/** Three phases of leaf tasks with forward links, four people at full or half time, one on a shorter week, one material. */
function randomPlan(rnd: () => number): PlanDocument {
  const doc: PlanDocument = {
    ...emptyPlanDocument({ name: 'Random', start: '2025-01-06T08:00', calendarId: 'std' }),
    calendars: [
      { id: 'std', name: 'Standard', workWeek: { 0: [], 1: week, 2: week, 3: week, 4: week, 5: week, 6: [] }, hoursPerDay: 8, exceptions: [{ from: '2025-01-15', to: '2025-01-15', working: false, name: 'Holiday' }] },
      { id: 'short', name: 'Four days', baseId: 'std', workWeek: { 5: [] }, hoursPerDay: 8, exceptions: [] },
    ],
  };
  let n = 1;
  const leaves: string[] = [];
  for (let p = 0; p < 3; p++) {
    const phase = uuid(n++);
    doc.tasks.push({ id: phase, name: `Phase ${p}`, parentId: null, order: p, kind: 'SUMMARY', durationDays: 0, fixedCost: p * 100 });
    const count = 5 + Math.floor(rnd() * 8);
    for (let k = 0; k < count; k++) {
      const id = uuid(n++);
      const milestone = rnd() < 0.1;
      doc.tasks.push({ id, name: `Task ${n}`, parentId: phase, order: k, kind: milestone ? 'MILESTONE' : 'TASK', durationDays: milestone ? 0 : 1 + Math.floor(rnd() * 6), ...(rnd() < 0.2 ? { fixedCost: 50 } : {}) });
      if (leaves.length && rnd() < 0.7) doc.links.push({ predecessorId: leaves[Math.floor(rnd() * leaves.length)]!, successorId: id, type: rnd() < 0.8 ? 'FS' : 'SS' });
      leaves.push(id);
    }
  }
  doc.resources = [
    { id: 'ana', name: 'Ana', type: 'WORK', maxUnits: 1, standardRate: 50, costPerUse: 10 },
    { id: 'ben', name: 'Ben', type: 'WORK', maxUnits: 0.5, standardRate: 40 },
    { id: 'cleo', name: 'Cleo', type: 'WORK', maxUnits: 1, standardRate: 70, calendarId: 'short', rates: [{ from: '2025-02-01', standardRate: 80 }] },
    { id: 'dev', name: 'Dev', type: 'WORK', maxUnits: 1, standardRate: 60 },
    { id: 'box', name: 'Boxes', type: 'MATERIAL', standardRate: 2 },
  ];
  for (const id of leaves) {
    for (const r of doc.resources) if (rnd() < 0.25) doc.assignments.push({ taskId: id, resourceId: r.id, units: r.type === 'MATERIAL' ? 10 : 1 });
  }
  return doc;
}

/** A change set of a few edits of every kind the preview handles. */
function randomChange(doc: PlanDocument, rnd: () => number) {
  const parents = new Set(doc.tasks.map((t) => t.parentId));
  const leaves = doc.tasks.filter((t) => t.kind === 'TASK' && !parents.has(t.id));
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const anchor = pick(leaves);
  const addTasks = Array.from({ length: Math.floor(rnd() * 3) }, (_, i) => ({ key: `k${i}`, name: `Added ${i}`, parentId: anchor.parentId, durationDays: 1 + Math.floor(rnd() * 5) }));
  const durations = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(leaves)))].map((t) => ({ taskId: t.id, durationDays: Math.max(1, t.durationDays + Math.floor(rnd() * 7) - 3) }));
  const links = addTasks.length ? [{ predecessorId: anchor.id, successorId: 'k0', type: DependencyType.FS }] : [];
  const removeLinks = doc.links.length && rnd() < 0.5 ? [pick(doc.links)].map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId })) : [];
  const removable = leaves.filter((t) => t !== anchor && !durations.some((d) => d.taskId === t.id) && !removeLinks.some((l) => l.predecessorId === t.id || l.successorId === t.id));
  const removeTasks = rnd() < 0.3 && removable.length ? [pick(removable).id] : [];
  return normalizeChangeSet({ addTasks, durations, links, removeLinks, removeTasks, budgetDelta: rnd() < 0.5 ? 1000 : null }, 'changeSet');
}

/** Cost at completion and days over capacity of a plan taken whole. */
function whole(doc: PlanDocument, result: ScheduleResult) {
  let cost = 0;
  for (const t of doc.tasks) cost += t.fixedCost ?? 0;
  for (const s of spreadAssignments(doc, result)) cost += s.perUseCost + s.days.reduce((sum, d) => sum + d.cost, 0);
  const over = new Map(resourceUsage(doc, result, { period: 'DAY' }).map((u) => [u.resourceId, u.periods.filter((p) => p.overAllocated).length]));
  return { cost, over };
}

describe('computeImpact', () => {
  it('gives the cost and over-allocation of the what-if plan taken whole, on 150 random plans and changes', () => {
    let compared = 0;
    let overallocated = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const rnd = random(seed);
      const doc = randomPlan(rnd);
      const before = { doc, result: computeSchedule(planInput(doc)), budget: 5000 };
      const cs = randomChange(doc, rnd);
      let impact;
      try {
        impact = computeImpact(before, cs, 'changeSet');
      } catch (err) {
        // A removed link may leave an added one closing a loop, or a removed task be named elsewhere: refused, nothing to compare.
        if (err instanceof BadUserInputError) continue;
        throw err;
      }
      const after = whatIf(doc, cs, 'changeSet');
      const was = whole(doc, before.result);
      const now = whole(after.doc, after.result);
      expect(Math.abs(impact.costBefore - was.cost)).toBeLessThan(0.006);
      expect(Math.abs(impact.costAfter - now.cost)).toBeLessThan(0.006);
      const expected = [...now.over].filter(([id, days]) => days > (was.over.get(id) ?? 0)).map(([resourceId, days]) => ({ resourceId, daysBefore: was.over.get(resourceId) ?? 0, daysAfter: days }));
      expect(impact.overallocations.map(({ resourceId, daysBefore, daysAfter }) => ({ resourceId, daysBefore, daysAfter }))).toEqual(expected);
      expect(impact.finishAfter).toBe(after.result.finish);
      compared++;
      overallocated += expected.length;
    }
    // The plans are busy enough that changes make people over-allocated, and most changes are accepted.
    expect(compared).toBeGreaterThan(100);
    expect(overallocated).toBeGreaterThan(20);
  });

  it('leaves the live plan untouched', () => {
    const rnd = random(7);
    const doc = randomPlan(rnd);
    const copy = structuredClone(doc);
    const before = { doc, result: computeSchedule(planInput(doc)), budget: null };
    computeImpact(before, randomChange(doc, rnd), 'changeSet');
    expect(doc).toEqual(copy);
  });
});
