/**
 * The impact of a change set: the planning engine schedules a what-if copy of the plan with the
 * change applied and this compares it with the live schedule. Pure: plan documents in, figures out.
 */
import { createHash } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CycleError } from '../../planning/errors.js';
import type { ScheduleResult } from '../../planning/model.js';
import type { PlanDocument } from '../../planning/plan-document.js';
import { resourceUsage, taskCosts } from '../../planning/resources.js';
import { computeSchedule } from '../../planning/schedule.js';
import { planInput } from '../planning/index.js';
import { applyToPlan, cycleError, type ChangeSet } from './change-set.js';

@ObjectType({ description: 'A milestone\'s date before and after the change (null: not in that plan)' })
export class MilestoneShift {
  @Field(() => String) taskId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType({ description: 'A task named in an impact' })
export class ImpactTask {
  @Field(() => String, { description: "The task's id, or new:<key> for a task the change adds" }) taskId: string;
  @Field(() => String) name: string;
}

@ObjectType({ description: 'A resource over-allocated on more days with the change than without' })
export class ImpactOverallocation {
  @Field(() => ID) resourceId: string;
  @Field(() => String) name: string;
  @Field(() => Int, { description: 'Days over capacity in the live plan' }) daysBefore: number;
  @Field(() => Int, { description: 'Days over capacity with the change' }) daysAfter: number;
}

@ObjectType({ description: 'What a change set would do to the plan, computed by the planning engine on a what-if copy' })
export class ChangeImpact {
  @Field(() => String, { description: 'Fingerprint of the plan inputs this was computed on; approval needs it to match the plan of that moment' })
  base: string;
  @Field(() => Date) computedAt: Date;
  @Field(() => String, { description: 'Project finish in the live plan' }) finishBefore: string;
  @Field(() => String, { description: 'Project finish with the change' }) finishAfter: string;
  @Field(() => [MilestoneShift]) milestones: MilestoneShift[];
  @Field(() => [ImpactTask], { description: 'Tasks that become critical' }) becameCritical: ImpactTask[];
  @Field(() => [ImpactTask], { description: 'Tasks that stop being critical' }) leftCritical: ImpactTask[];
  @Field(() => Float, { description: 'Planned cost at completion, live plan' }) costBefore: number;
  @Field(() => Float, { description: 'Planned cost at completion with the change' }) costAfter: number;
  @Field(() => Float, { nullable: true, description: 'Project budget (budget at completion), live' }) budgetBefore: number | null;
  @Field(() => Float, { nullable: true }) budgetAfter: number | null;
  @Field(() => [ImpactOverallocation]) overallocations: ImpactOverallocation[];
}

/** What the plan's base is fingerprinted from: everything the schedule, costs and budget read. */
export function planBase(doc: PlanDocument, budget: number | null): string {
  const inputs = { project: doc.project, calendars: doc.calendars, tasks: doc.tasks, links: doc.links, resources: doc.resources, assignments: doc.assignments, budget };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url').slice(0, 32);
}

/** The what-if plan of a change set and its schedule; a loop the change closes is BAD_USER_INPUT on its link. */
export function whatIf(doc: PlanDocument, cs: ChangeSet, at: string): { doc: PlanDocument; result: ScheduleResult } {
  const after = applyToPlan(doc, cs, at);
  try {
    return { doc: after, result: computeSchedule(planInput(after)) };
  } catch (err) {
    if (err instanceof CycleError) throw cycleError(err, cs, at);
    throw err;
  }
}

const round2 = (v: number) => Math.round(v * 100) / 100;

function costAtCompletion(doc: PlanDocument, result: ScheduleResult): number {
  const top = new Set(doc.tasks.filter((t) => !t.parentId).map((t) => t.id));
  return round2(taskCosts(doc, result).reduce((sum, c) => (top.has(c.taskId) ? sum + c.total : sum), 0));
}

function overallocatedDays(doc: PlanDocument, result: ScheduleResult): Map<string, { name: string; days: number }> {
  if (!doc.assignments.length) return new Map();
  return new Map(resourceUsage(doc, result, { period: 'DAY' }).map((u) => [u.resourceId, { name: u.name, days: u.periods.filter((p) => p.overAllocated).length }]));
}

function criticalLeaves(doc: PlanDocument, result: ScheduleResult): Map<string, string> {
  const names = new Map(doc.tasks.map((t) => [t.id, t.name]));
  return new Map(result.tasks.filter((t) => t.critical && !t.summary).map((t) => [t.id, names.get(t.id) ?? '']));
}

/**
 * The difference between the live plan (`before`, its schedule) and the plan with the change set:
 * finish, milestones, critical tasks, cost and budget at completion, newly over-allocated resources.
 */
export function computeImpact(before: { doc: PlanDocument; result: ScheduleResult; budget: number | null }, cs: ChangeSet, at: string, now = new Date()): ChangeImpact {
  const after = whatIf(before.doc, cs, at);
  const dateOf = (r: ScheduleResult) => new Map(r.tasks.map((t) => [t.id, t.finish]));
  const beforeDates = dateOf(before.result);
  const afterDates = dateOf(after.result);
  const milestones = new Map<string, string>();
  for (const t of [...before.doc.tasks, ...after.doc.tasks]) if (t.kind === 'MILESTONE') milestones.set(t.id, t.name);
  const critBefore = criticalLeaves(before.doc, before.result);
  const critAfter = criticalLeaves(after.doc, after.result);
  const overBefore = overallocatedDays(before.doc, before.result);
  const overAfter = overallocatedDays(after.doc, after.result);
  const budgetAfter = cs.budgetDelta === null ? before.budget : round2((before.budget ?? 0) + cs.budgetDelta);
  return {
    base: planBase(before.doc, before.budget),
    computedAt: now,
    finishBefore: before.result.finish,
    finishAfter: after.result.finish,
    milestones: [...milestones].map(([taskId, name]) => ({ taskId, name, before: beforeDates.get(taskId) ?? null, after: afterDates.get(taskId) ?? null })),
    becameCritical: [...critAfter].filter(([id]) => !critBefore.has(id)).map(([taskId, name]) => ({ taskId, name })),
    leftCritical: [...critBefore].filter(([id]) => !critAfter.has(id)).map(([taskId, name]) => ({ taskId, name })),
    costBefore: costAtCompletion(before.doc, before.result),
    costAfter: costAtCompletion(after.doc, after.result),
    budgetBefore: before.budget,
    budgetAfter,
    overallocations: [...overAfter]
      .filter(([id, a]) => a.days > (overBefore.get(id)?.days ?? 0))
      .map(([resourceId, a]) => ({ resourceId, name: a.name, daysBefore: overBefore.get(resourceId)?.days ?? 0, daysAfter: a.days })),
  };
}
