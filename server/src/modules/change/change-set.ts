/**
 * A change set: the plan edits a change request proposes, stored as validated JSON. This file
 * checks one against the live plan and builds the what-if plan document it would produce; it
 * reads nothing itself, so preview, save and approval all check the same way.
 */
import { z } from 'zod';
import { BadUserInputError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { CycleError } from '../../planning/errors.js';
import type { PlanDocument, PlanDocumentTask } from '../../planning/plan-document.js';
import { DependencyType } from '../task/index.js';
import type { ChangeSetShape } from './change-set.types.js';

const MAX_ITEMS = 500;
const MAX_DAYS = 10_000;

const days = z.number().finite().min(0).max(MAX_DAYS);
const ref = z.string().min(1).max(64);

/** The stored form (jsonb), read back through the same schema so a bad row never reaches the engine. */
export const changeSetSchema = z.object({
  addTasks: z.array(z.object({ key: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/), name: z.string().trim().min(1).max(500), parentId: ref.nullable(), durationDays: days, milestone: z.boolean() })).max(MAX_ITEMS),
  durations: z.array(z.object({ taskId: ref, durationDays: days })).max(MAX_ITEMS),
  links: z.array(z.object({ predecessorId: ref, successorId: ref, type: z.enum(DependencyType), lagDays: z.number().finite().min(-MAX_DAYS).max(MAX_DAYS) })).max(MAX_ITEMS),
  removeLinks: z.array(z.object({ predecessorId: ref, successorId: ref })).max(MAX_ITEMS),
  removeTasks: z.array(ref).max(MAX_ITEMS),
  budgetDelta: z.number().finite().min(-1e12).max(1e12).nullable(),
  scopeItems: z.array(z.string().trim().min(1).max(500)).max(100),
});
export type ChangeSet = z.infer<typeof changeSetSchema>;

export const EMPTY_CHANGE_SET: ChangeSet = { addTasks: [], durations: [], links: [], removeLinks: [], removeTasks: [], budgetDelta: null, scopeItems: [] };

/** The id an added task has in the what-if plan (never a UUID, so it cannot meet a real task). */
export const addedId = (key: string) => `new:${key}`;

/**
 * The input made whole (defaults filled in) and checked field by field; `at` is the input's path
 * (`input.changeSet`), so an error names e.g. `input.changeSet.addTasks[1].durationDays`.
 */
export function normalizeChangeSet(input: ChangeSetShape | null | undefined, at: string): ChangeSet {
  const raw = {
    addTasks: (input?.addTasks ?? []).map((t) => ({ key: t.key, name: t.name?.trim() ?? '', parentId: t.parentId ?? null, durationDays: t.milestone ? 0 : t.durationDays, milestone: !!t.milestone })),
    durations: (input?.durations ?? []).map((d) => ({ taskId: d.taskId, durationDays: d.durationDays })),
    links: (input?.links ?? []).map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type ?? DependencyType.FS, lagDays: l.lagDays ?? 0 })),
    removeLinks: (input?.removeLinks ?? []).map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId })),
    removeTasks: input?.removeTasks ?? [],
    budgetDelta: input?.budgetDelta ?? null,
    scopeItems: (input?.scopeItems ?? []).map((s) => s.trim()).filter(Boolean),
  };
  const parsed = changeSetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${String(k)}`), at);
    throw new BadUserInputError(explain(issue.path.at(-1), issue.message), path);
  }
  return parsed.data;
}

function explain(field: PropertyKey | undefined, fallback: string): string {
  switch (field) {
    case 'durationDays':
      return `Duration must be between 0 and ${MAX_DAYS.toLocaleString('en')} working days`;
    case 'lagDays':
      return `Lag must be between -${MAX_DAYS.toLocaleString('en')} and ${MAX_DAYS.toLocaleString('en')} working days`;
    case 'name':
      return 'Each added task needs a name of at most 500 characters';
    case 'key':
      return 'An added task key is 1-40 letters, digits, dots, dashes or underscores';
    default:
      return fallback;
  }
}

/** A stored change set read back (older rows or hand edits are made whole the same way). */
export function readChangeSet(stored: unknown): ChangeSet {
  const parsed = changeSetSchema.safeParse({ ...EMPTY_CHANGE_SET, ...(stored as object | null) });
  return parsed.success ? parsed.data : EMPTY_CHANGE_SET;
}

/** The tasks a change set names (existing ones only), for the request's linked tasks. */
export function existingTaskIds(cs: ChangeSet): string[] {
  const ids = [
    ...cs.addTasks.map((t) => t.parentId),
    ...cs.durations.map((d) => d.taskId),
    ...cs.links.flatMap((l) => [l.predecessorId, l.successorId]),
    ...cs.removeLinks.flatMap((l) => [l.predecessorId, l.successorId]),
    ...cs.removeTasks,
  ];
  return [...new Set(ids.filter((id): id is string => !!id && isUuid(id)))];
}

/** Each task's sub-tasks, by parent id. */
function childrenOf(tasks: readonly PlanDocumentTask[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const t of tasks) {
    if (!t.parentId) continue;
    const list = children.get(t.parentId);
    if (list) list.push(t.id);
    else children.set(t.parentId, [t.id]);
  }
  return children;
}

function subtree(children: Map<string, string[]>, id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

function ancestors(task: (id: string) => PlanDocumentTask | undefined, id: string): Set<string> {
  const up = new Set<string>();
  for (let p = task(id)?.parentId ?? null; p && !up.has(p); p = task(p)?.parentId ?? null) up.add(p);
  return up;
}

/**
 * The plan document as it would be with the change set applied (the live one is not touched),
 * after checking every reference against it: each task named exists in this project and is not
 * deleted, parents can hold sub-tasks, nothing refers to a task the change removes, links are new
 * and not between a summary and its own sub-task. `at` is the change set's input path.
 *
 * A preview runs this on every call, so it builds only the indexes the change set needs: the
 * outline's children only to remove tasks, the set of linked pairs only to add or remove links.
 */
export function applyToPlan(doc: PlanDocument, cs: ChangeSet, at: string): PlanDocument {
  const live = new Map<string, number>();
  doc.tasks.forEach((t, i) => live.set(t.id, i));
  const added = new Map<string, number>();
  cs.addTasks.forEach((t, i) => {
    if (added.has(t.key)) throw new BadUserInputError(`Two added tasks share the key "${t.key}"`, `${at}.addTasks[${i}].key`);
    added.set(t.key, i);
  });
  const existing = (id: string, path: string): PlanDocumentTask => {
    const i = isUuid(id) ? live.get(id) : undefined;
    if (i === undefined) throw new BadUserInputError('No such task in this project (it may have been deleted)', path);
    return doc.tasks[i]!;
  };
  const removed = new Set<string>();
  if (cs.removeTasks.length) {
    const children = childrenOf(doc.tasks);
    cs.removeTasks.forEach((id, i) => {
      existing(id, `${at}.removeTasks[${i}]`);
      for (const s of subtree(children, id)) removed.add(s);
    });
  }
  const notRemoved = (id: string, path: string) => {
    if (removed.has(id)) throw new BadUserInputError('This task is removed by the same change', path);
  };
  /** An added task's what-if id, or an existing live task's id. */
  const resolve = (id: string, path: string, before?: number): string => {
    const k = added.get(id);
    if (k !== undefined) {
      if (before !== undefined && k >= before) throw new BadUserInputError('List a parent task before the tasks added under it', path);
      return addedId(id);
    }
    const t = existing(id, path);
    notRemoved(t.id, path);
    return t.id;
  };

  // The live plan's task objects are shared; the few the change edits are copied first.
  const tasks = removed.size ? doc.tasks.filter((t) => !removed.has(t.id)) : doc.tasks.slice();
  // Positions in `tasks`: the live plan's while nothing is removed.
  const position = removed.size ? new Map(tasks.map((t, i) => [t.id, i])) : new Map(live);
  const task = (id: string) => {
    const i = position.get(id);
    return i === undefined ? undefined : tasks[i];
  };
  const own = new Set<string>();
  const writable = (id: string): PlanDocumentTask => {
    const i = position.get(id)!;
    if (own.has(id)) return tasks[i]!;
    const copy = { ...tasks[i]! };
    tasks[i] = copy;
    own.add(id);
    return copy;
  };

  if (cs.addTasks.length) {
    const nextOrder = new Map<string | null, number>();
    for (const t of tasks) nextOrder.set(t.parentId ?? null, Math.max(nextOrder.get(t.parentId ?? null) ?? 0, t.order + 1));
    cs.addTasks.forEach((t, i) => {
      const parentId = t.parentId ? resolve(t.parentId, `${at}.addTasks[${i}].parentId`, i) : null;
      const parent = parentId ? task(parentId) : undefined;
      if (parent?.kind === 'MILESTONE') throw new BadUserInputError('A milestone cannot have sub-tasks', `${at}.addTasks[${i}].parentId`);
      if (parent && parentId && parent.kind !== 'SUMMARY') writable(parentId).kind = 'SUMMARY';
      const order = nextOrder.get(parentId) ?? 0;
      nextOrder.set(parentId, order + 1);
      const added: PlanDocumentTask = { id: addedId(t.key), name: t.name, parentId, order, kind: t.milestone ? 'MILESTONE' : 'TASK', durationDays: t.durationDays, percentComplete: 0 };
      position.set(added.id, tasks.length);
      own.add(added.id);
      tasks.push(added);
    });
  }

  if (cs.durations.length) {
    const summaries = new Set<string>();
    for (const t of tasks) if (t.parentId) summaries.add(t.parentId);
    cs.durations.forEach((d, i) => {
      const path = `${at}.durations[${i}].taskId`;
      const id = resolve(d.taskId, path);
      const t = task(id)!;
      if (summaries.has(t.id)) throw new BadUserInputError("A summary's duration comes from its sub-tasks; change theirs", path);
      if (t.kind === 'MILESTONE' && d.durationDays !== 0) throw new BadUserInputError('A milestone has no duration', `${at}.durations[${i}].durationDays`);
      writable(id).durationDays = d.durationDays;
    });
  }

  const pair = (p: string, s: string) => `${p}>${s}`;
  const linkKeys = cs.removeLinks.length || cs.links.length ? new Set(doc.links.map((l) => pair(l.predecessorId, l.successorId))) : new Set<string>();
  const dropped = new Set<string>();
  cs.removeLinks.forEach((l, i) => {
    const key = pair(l.predecessorId, l.successorId);
    if (!linkKeys.has(key)) throw new BadUserInputError('These tasks are not linked', `${at}.removeLinks[${i}].predecessorId`);
    dropped.add(key);
  });
  const links = dropped.size || removed.size
    ? doc.links.filter((l) => !removed.has(l.predecessorId) && !removed.has(l.successorId) && !dropped.has(pair(l.predecessorId, l.successorId)))
    : doc.links.slice();
  // A pair is linked in the what-if plan when a live link between them is kept (both ends of a
  // new link are checked not to be removed) or the change adds it.
  const addedPairs = new Set<string>();
  const present = (key: string) => (linkKeys.has(key) && !dropped.has(key)) || addedPairs.has(key);
  cs.links.forEach((l, i) => {
    const p = resolve(l.predecessorId, `${at}.links[${i}].predecessorId`);
    const s = resolve(l.successorId, `${at}.links[${i}].successorId`);
    if (p === s) throw new BadUserInputError('A task cannot depend on itself', `${at}.links[${i}].successorId`);
    if (present(pair(p, s))) throw new BadUserInputError('These tasks are already linked', `${at}.links[${i}].successorId`);
    if (ancestors(task, p).has(s) || ancestors(task, s).has(p)) {
      throw new BadUserInputError('A summary task cannot be linked to its own sub-task', `${at}.links[${i}].successorId`);
    }
    addedPairs.add(pair(p, s));
    links.push({ predecessorId: p, successorId: s, type: l.type, ...(l.lagDays ? { lagDays: l.lagDays } : {}) });
  });

  return {
    ...doc,
    tasks,
    links,
    assignments: removed.size ? doc.assignments.filter((a) => !removed.has(a.taskId)) : doc.assignments,
  };
}

/**
 * The engine found a loop in the what-if plan: names the first added link on it, since only an
 * added link can close one (the live plan has none).
 */
export function cycleError(err: CycleError, cs: ChangeSet, at: string): BadUserInputError {
  const ring = err.taskIds;
  const next = new Map(ring.map((id, i) => [id, ring[(i + 1) % ring.length]!]));
  const idOf = (id: string) => (isUuid(id) ? id : addedId(id));
  const onRing = cs.links.map((l) => next.get(idOf(l.predecessorId)) === idOf(l.successorId));
  // The last added link on the loop is the one that closes it, read in the order the change lists them.
  const i = onRing.lastIndexOf(true);
  return new BadUserInputError('This link would close a cycle in the plan', `${at}.links[${i >= 0 ? i : cs.links.length - 1}].predecessorId`, { cycle: ring });
}
