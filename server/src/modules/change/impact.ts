/**
 * The impact of a change set: the planning engine schedules a what-if copy of the plan with the
 * change applied and this compares it with the live schedule. Pure: plan documents in, figures out.
 */
import { createHash } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CycleError } from '../../planning/errors.js';
import type { ScheduledTask, ScheduleResult } from '../../planning/model.js';
import type { PlanAssignment, PlanDocument } from '../../planning/plan-document.js';
import { overallocatedDayCounts, PlanCalendars, spreadLookup, spreadSome, type SpreadLookup } from '../../planning/resources.js';
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

const bases = new WeakMap<PlanDocument, { budget: number | null; base: string }>();

/**
 * What the plan's base is fingerprinted from: everything the schedule, costs and budget read.
 * Kept per document object: the server reuses the live plan's document while it is unchanged.
 */
export function planBase(doc: PlanDocument, budget: number | null): string {
  const known = bases.get(doc);
  if (known && known.budget === budget) return known.base;
  const inputs = { project: doc.project, calendars: doc.calendars, tasks: doc.tasks, links: doc.links, resources: doc.resources, assignments: doc.assignments, budget };
  const base = createHash('sha256').update(JSON.stringify(inputs)).digest('base64url').slice(0, 32);
  bases.set(doc, { budget, base });
  return base;
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

/**
 * Planned cost at completion: what the top-level tasks' totals add up to (taskCosts), summed
 * straight from the assignments' daily costs and per-use costs, with no roll-up through the
 * outline. Only the given assignments are costed (all of the plan's for the whole figure).
 */
function costAtCompletion(doc: PlanDocument, assignments: readonly PlanAssignment[], lookup: SpreadLookup): number {
  let total = 0;
  for (const t of doc.tasks) total += t.fixedCost ?? 0;
  for (const spread of spreadSome(assignments, lookup)) {
    total += spread.perUseCost;
    for (const d of spread.days) total += d.cost;
  }
  return total;
}

/**
 * What the live plan's figures are, computed once per schedule: the server keeps the live schedule
 * while the plan is unchanged (ScheduleService), so previews after the first pay only for the what-if side.
 */
interface LiveFigures {
  lookup: SpreadLookup;
  cost: number;
  over: Map<string, number>;
  critical: Map<string, string>;
}
const liveFigures = new WeakMap<ScheduleResult, LiveFigures>();
function figuresOf(doc: PlanDocument, result: ScheduleResult): LiveFigures {
  let f = liveFigures.get(result);
  if (!f) {
    const lookup = spreadLookup(doc, result);
    f = { lookup, cost: costAtCompletion(doc, doc.assignments, lookup), over: overallocatedDayCounts(doc, result, { lookup }), critical: criticalLeaves(doc, result) };
    liveFigures.set(result, f);
  }
  return f;
}

/** Tasks whose dates differ between the live schedule (its rows by id) and the what-if one, or that are in one only. */
function movedTasks(was: ReadonlyMap<string, ScheduledTask>, after: ScheduleResult): Set<string> {
  const moved = new Set<string>();
  let kept = 0;
  for (const t of after.tasks) {
    const b = was.get(t.id);
    if (b) kept++;
    if (!b || b.start !== t.start || b.finish !== t.finish) moved.add(t.id);
  }
  if (kept < was.size) {
    const now = new Set(after.tasks.map((t) => t.id));
    for (const id of was.keys()) if (!now.has(id)) moved.add(id);
  }
  return moved;
}

/**
 * Cost at completion and over-allocation with the change, from the live figures and what the
 * change moved: cost is a sum over assignments, so only the moved tasks' assignments are costed
 * again; days over capacity are counted again, over the what-if schedule, only for the resources
 * booked on moved work (the others keep every booking, so their days over capacity stay).
 */
function whatIfFigures(before: { doc: PlanDocument; result: ScheduleResult }, after: { doc: PlanDocument; result: ScheduleResult }, afterRows: ReadonlyMap<string, ScheduledTask>) {
  const live = figuresOf(before.doc, before.result);
  const moved = movedTasks(live.lookup.rows, after.result);
  // The what-if copy keeps the live plan's project, calendars and resources (applyToPlan changes tasks, links and assignments only).
  const same = after.doc.project === before.doc.project && after.doc.calendars === before.doc.calendars && after.doc.resources === before.doc.resources;
  const lookup: SpreadLookup = {
    calendars: same ? live.lookup.calendars : new PlanCalendars(after.doc),
    tasks: new Map(after.doc.tasks.map((t) => [t.id, t])),
    rows: afterRows,
    resources: same ? live.lookup.resources : new Map(after.doc.resources.map((r) => [r.id, r])),
  };
  const movedBefore = before.doc.assignments.filter((a) => moved.has(a.taskId));
  const movedAfter = after.doc.assignments.filter((a) => moved.has(a.taskId));
  const cost = live.cost + costAtCompletion(after.doc, movedAfter, lookup) - costAtCompletion(before.doc, movedBefore, live.lookup);
  const over = new Map(live.over);
  const touched = new Set([...movedBefore, ...movedAfter].map((a) => a.resourceId));
  if (touched.size) {
    for (const [id, days] of overallocatedDayCounts(after.doc, after.result, { resourceIds: touched, lookup })) over.set(id, days);
  }
  return { live, cost, over };
}

function criticalLeaves(doc: PlanDocument, result: ScheduleResult): Map<string, string> {
  const critical = new Set(result.tasks.filter((t) => t.critical && !t.summary).map((t) => t.id));
  return new Map(doc.tasks.filter((t) => critical.has(t.id)).map((t) => [t.id, t.name]));
}

/**
 * The difference between the live plan (`before`, its schedule) and the plan with the change set:
 * finish, milestones, critical tasks, cost and budget at completion, newly over-allocated resources.
 */
export function computeImpact(before: { doc: PlanDocument; result: ScheduleResult; budget: number | null }, cs: ChangeSet, at: string, now = new Date()): ChangeImpact {
  const after = whatIf(before.doc, cs, at);
  const afterRows = new Map(after.result.tasks.map((t) => [t.id, t]));
  const figures = whatIfFigures(before, after, afterRows);
  const milestones = new Map<string, string>();
  for (const t of [...before.doc.tasks, ...after.doc.tasks]) if (t.kind === 'MILESTONE') milestones.set(t.id, t.name);
  const critBefore = figures.live.critical;
  const critAfter = criticalLeaves(after.doc, after.result);
  const names = new Map(after.doc.resources.map((r) => [r.id, r.name]));
  const budgetAfter = cs.budgetDelta === null ? before.budget : round2((before.budget ?? 0) + cs.budgetDelta);
  return {
    base: planBase(before.doc, before.budget),
    computedAt: now,
    finishBefore: before.result.finish,
    finishAfter: after.result.finish,
    milestones: [...milestones].map(([taskId, name]) => ({ taskId, name, before: figures.live.lookup.rows.get(taskId)?.finish ?? null, after: afterRows.get(taskId)?.finish ?? null })),
    becameCritical: [...critAfter].filter(([id]) => !critBefore.has(id)).map(([taskId, name]) => ({ taskId, name })),
    leftCritical: [...critBefore].filter(([id]) => !critAfter.has(id)).map(([taskId, name]) => ({ taskId, name })),
    costBefore: round2(figures.live.cost),
    costAfter: round2(figures.cost),
    budgetBefore: before.budget,
    budgetAfter,
    overallocations: [...figures.over]
      .filter(([id, days]) => days > (figures.live.over.get(id) ?? 0))
      .map(([resourceId, days]) => ({ resourceId, name: names.get(resourceId) ?? '', daysBefore: figures.live.over.get(resourceId) ?? 0, daysAfter: days })),
  };
}
