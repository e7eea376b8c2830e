/**
 * The Trellis plan document: the JSON file the CLI reads and the product imports and exports.
 * It carries everything the planning engine schedules (the `PlanInput` fields) plus what people
 * see and cost: names, outline order, notes, resources, assignments, baselines and cost entries.
 * `parsePlanDocument` is the single gate for untrusted JSON; every error names the JSON path.
 *
 * A minimal document:
 *
 *     { "format": "trellis-plan", "version": 1,
 *       "project": { "name": "Mail migration", "start": "2024-05-06T08:00" },
 *       "calendars": [], "resources": [], "assignments": [], "baselines": [], "costEntries": [],
 *       "tasks": [
 *         { "id": "a", "name": "Pilot", "parentId": null, "order": 0, "kind": "TASK", "durationDays": 3 },
 *         { "id": "b", "name": "Everyone", "parentId": null, "order": 1, "kind": "TASK", "durationDays": 5 } ],
 *       "links": [ { "predecessorId": "a", "successorId": "b", "type": "FS", "lagDays": 1 } ] }
 *
 * Dates are local wall-clock times ('YYYY-MM-DDTHH:MM'; calendar days 'YYYY-MM-DD'), durations
 * and lags are working days, money is in the project currency, work is in hours.
 */
import { z } from 'zod';
import type { CalendarSpec, PlanInput, PlanTask } from './model.js';

export const PLAN_FORMAT = 'trellis-plan';
export const PLAN_VERSION = 1;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const CLOCK = /^\d{2}:\d{2}$/;

const id = z.string().min(1);
const date = z.string().regex(DATE, 'expected a date YYYY-MM-DD');
const dateTime = z.string().regex(DATE_TIME, 'expected a local date-time YYYY-MM-DDTHH:MM');
const clock = z.string().regex(CLOCK, 'expected a time of day HH:MM');
const nonNegative = z.number().finite().nonnegative();
const money = z.number().finite();

const workingTime = z.strictObject({ from: clock, to: clock });

const calendarException = z.strictObject({
  from: date,
  to: date,
  working: z.boolean(),
  times: z.array(workingTime).optional(),
  name: z.string().optional(),
});

const weekdayKeys = ['0', '1', '2', '3', '4', '5', '6'] as const;

const calendar = z.strictObject({
  id,
  name: z.string(),
  baseId: id.optional(),
  /** 0 = Sunday. A weekday left out of a derived calendar follows the base calendar. */
  workWeek: z.partialRecord(z.enum(weekdayKeys), z.array(workingTime)),
  hoursPerDay: z.number().finite().positive(),
  exceptions: z.array(calendarException),
});

const constraint = z.strictObject({
  type: z.enum(['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO']),
  date: dateTime.optional(),
});

const task = z.strictObject({
  id,
  name: z.string(),
  parentId: id.nullable().optional(),
  /** Position among the siblings under the same parent, ascending. */
  order: z.number().int().nonnegative(),
  kind: z.enum(['TASK', 'SUMMARY', 'MILESTONE']),
  durationDays: nonNegative,
  calendarId: id.optional(),
  constraint: constraint.optional(),
  deadline: dateTime.optional(),
  actualStart: dateTime.optional(),
  actualFinish: dateTime.optional(),
  percentComplete: z.number().finite().min(0).max(100).optional(),
  levelingDelayDays: nonNegative.optional(),
  notes: z.string().optional(),
  fixedCost: money.optional(),
  actualCost: money.optional(),
  actualWorkHours: nonNegative.optional(),
});

const link = z.strictObject({
  predecessorId: id,
  successorId: id,
  type: z.enum(['FS', 'SS', 'FF', 'SF']),
  lagDays: z.number().finite().optional(),
  lagPercent: z.number().finite().optional(),
  elapsed: z.boolean().optional(),
});

const rate = z.strictObject({
  /** First day the rate applies; the entry without `from` applies before every dated one. */
  from: date.optional(),
  standardRate: money,
  overtimeRate: money.optional(),
  costPerUse: money.optional(),
});

const availability = z.strictObject({
  from: date.optional(),
  to: date.optional(),
  units: nonNegative,
});

const resource = z.strictObject({
  id,
  name: z.string(),
  type: z.enum(['WORK', 'MATERIAL', 'COST']),
  initials: z.string().optional(),
  /** 1 = one full-time person. */
  maxUnits: nonNegative.optional(),
  calendarId: id.optional(),
  /** Currency per hour of work (WORK) or per unit consumed (MATERIAL). */
  standardRate: money.optional(),
  overtimeRate: money.optional(),
  costPerUse: money.optional(),
  rates: z.array(rate).optional(),
  availability: z.array(availability).optional(),
  materialLabel: z.string().optional(),
  notes: z.string().optional(),
});

const assignment = z.strictObject({
  taskId: id,
  resourceId: id,
  /** WORK: share of the resource's time (1 = full time); MATERIAL: units consumed. */
  units: nonNegative,
  /** WORK: planned hours; when absent, units x task duration in hours. */
  workHours: nonNegative.optional(),
  /** COST resources: the amount this task incurs. */
  cost: money.optional(),
});

const baselineTask = z.strictObject({
  taskId: id,
  start: dateTime.optional(),
  finish: dateTime.optional(),
  durationDays: z.number().finite().optional(),
  workHours: z.number().finite().optional(),
  cost: money.optional(),
});

const baseline = z.strictObject({
  /** 0 is "the" baseline; 1-10 are the additional ones MS Project keeps. */
  number: z.number().int().min(0).max(10),
  name: z.string().optional(),
  capturedAt: dateTime.optional(),
  tasks: z.array(baselineTask),
});

const costEntry = z.strictObject({
  taskId: id,
  date,
  amount: money,
  hours: nonNegative.optional(),
});

const planDocument = z.strictObject({
  format: z.literal(PLAN_FORMAT, { error: `not a Trellis plan: expected "${PLAN_FORMAT}"` }),
  version: z.literal(PLAN_VERSION, { error: `unsupported version: this Trellis reads version ${PLAN_VERSION}` }),
  project: z.strictObject({
    name: z.string(),
    start: dateTime,
    statusDate: dateTime.optional(),
    calendarId: id.optional(),
    currency: z.string().optional(),
  }),
  calendars: z.array(calendar),
  tasks: z.array(task),
  links: z.array(link),
  resources: z.array(resource),
  assignments: z.array(assignment),
  baselines: z.array(baseline),
  costEntries: z.array(costEntry),
});

export type PlanDocument = z.infer<typeof planDocument>;
export type PlanProject = PlanDocument['project'];
export type PlanCalendar = z.infer<typeof calendar>;
export type PlanWorkingTime = z.infer<typeof workingTime>;
export type PlanCalendarException = z.infer<typeof calendarException>;
export type PlanDocumentTask = z.infer<typeof task>;
export type PlanConstraint = z.infer<typeof constraint>;
export type PlanDocumentLink = z.infer<typeof link>;
export type PlanResource = z.infer<typeof resource>;
export type ResourceType = PlanResource['type'];
export type ResourceRate = z.infer<typeof rate>;
export type ResourceAvailability = z.infer<typeof availability>;
export type PlanAssignment = z.infer<typeof assignment>;
export type PlanBaseline = z.infer<typeof baseline>;
export type BaselineTaskValues = z.infer<typeof baselineTask>;
export type CostEntry = z.infer<typeof costEntry>;

export interface PlanDocumentIssue {
  /** JSON path such as `tasks[3].durationDays`. */
  path: string;
  message: string;
}

export class PlanDocumentError extends Error {
  override readonly name = 'PlanDocumentError';
  constructor(readonly issues: PlanDocumentIssue[]) {
    super(`Invalid plan document: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

/** Validates untrusted JSON as a plan document: shape first, then the references between its parts. */
export function parsePlanDocument(json: unknown): PlanDocument {
  const parsed = planDocument.safeParse(json);
  if (!parsed.success) {
    throw new PlanDocumentError(
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  const issues = referenceIssues(parsed.data);
  if (issues.length > 0) throw new PlanDocumentError(issues);
  return parsed.data;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

function referenceIssues(doc: PlanDocument): PlanDocumentIssue[] {
  const issues: PlanDocumentIssue[] = [];
  const calendarIds = uniqueIds(doc.calendars, 'calendars', issues);
  const taskIds = uniqueIds(doc.tasks, 'tasks', issues);
  const resourceIds = uniqueIds(doc.resources, 'resources', issues);
  const expect = (ids: Set<string>, value: string | null | undefined, path: string, what: string): void => {
    if (value !== undefined && value !== null && !ids.has(value)) issues.push({ path, message: `unknown ${what} "${value}"` });
  };
  expect(calendarIds, doc.project.calendarId, 'project.calendarId', 'calendar');
  doc.calendars.forEach((c, i) => {
    expect(calendarIds, c.baseId, `calendars[${i}].baseId`, 'calendar');
    c.exceptions.forEach((e, j) => {
      if (e.to < e.from) issues.push({ path: `calendars[${i}].exceptions[${j}].to`, message: 'ends before it starts' });
    });
  });
  doc.tasks.forEach((t, i) => {
    expect(taskIds, t.parentId, `tasks[${i}].parentId`, 'task');
    expect(calendarIds, t.calendarId, `tasks[${i}].calendarId`, 'calendar');
  });
  issues.push(...outlineCycleIssues(doc.tasks));
  doc.links.forEach((l, i) => {
    expect(taskIds, l.predecessorId, `links[${i}].predecessorId`, 'task');
    expect(taskIds, l.successorId, `links[${i}].successorId`, 'task');
    if (l.predecessorId === l.successorId) issues.push({ path: `links[${i}]`, message: 'a task cannot depend on itself' });
  });
  doc.resources.forEach((r, i) => expect(calendarIds, r.calendarId, `resources[${i}].calendarId`, 'calendar'));
  doc.assignments.forEach((a, i) => {
    expect(taskIds, a.taskId, `assignments[${i}].taskId`, 'task');
    expect(resourceIds, a.resourceId, `assignments[${i}].resourceId`, 'resource');
  });
  doc.baselines.forEach((b, i) => {
    if (doc.baselines.findIndex((other) => other.number === b.number) !== i) {
      issues.push({ path: `baselines[${i}].number`, message: `baseline ${b.number} appears twice` });
    }
    b.tasks.forEach((t, j) => expect(taskIds, t.taskId, `baselines[${i}].tasks[${j}].taskId`, 'task'));
  });
  doc.costEntries.forEach((c, i) => expect(taskIds, c.taskId, `costEntries[${i}].taskId`, 'task'));
  return issues;
}

function uniqueIds(items: readonly { id: string }[], path: string, issues: PlanDocumentIssue[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) issues.push({ path: `${path}[${i}].id`, message: `duplicate id "${item.id}"` });
    ids.add(item.id);
  });
  return ids;
}

function outlineCycleIssues(tasks: readonly PlanDocumentTask[]): PlanDocumentIssue[] {
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId ?? null]));
  const issues: PlanDocumentIssue[] = [];
  tasks.forEach((t, i) => {
    const seen = new Set<string>([t.id]);
    for (let p = parentOf.get(t.id) ?? null; p !== null; p = parentOf.get(p) ?? null) {
      if (seen.has(p)) {
        issues.push({ path: `tasks[${i}].parentId`, message: 'the outline loops back on itself' });
        break;
      }
      seen.add(p);
    }
  });
  return issues;
}

/** A task in outline (WBS) order with its depth and WBS code ("1.2.3"). */
export interface OutlineRow {
  task: PlanDocumentTask;
  /** 1 for top-level tasks. */
  level: number;
  wbs: string;
}

/** Tasks in the order a Gantt chart lists them: each parent followed by its children by `order`. */
export function outline(tasks: readonly PlanDocumentTask[]): OutlineRow[] {
  const children = new Map<string | null, PlanDocumentTask[]>();
  for (const t of tasks) {
    const key = t.parentId ?? null;
    const list = children.get(key);
    if (list) list.push(t);
    else children.set(key, [t]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const rows: OutlineRow[] = [];
  const visit = (parentId: string | null, level: number, prefix: string): void => {
    (children.get(parentId) ?? []).forEach((t, i) => {
      const wbs = prefix === '' ? String(i + 1) : `${prefix}.${i + 1}`;
      rows.push({ task: t, level, wbs });
      visit(t.id, level + 1, wbs);
    });
  };
  visit(null, 1, '');
  return rows;
}

/** An empty, valid document to build on. */
export function emptyPlanDocument(project: PlanProject): PlanDocument {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    project,
    calendars: [],
    tasks: [],
    links: [],
    resources: [],
    assignments: [],
    baselines: [],
    costEntries: [],
  };
}

/**
 * Per task, the calendars of the work resources assigned to it (PlanTask.resourceCalendarIds),
 * when every one of them has a calendar of its own: a resource without one works on the
 * task's calendar, which then bounds nothing more than the task's calendar alone would.
 */
export function resourceCalendarIds(doc: PlanDocument): Map<string, string[]> {
  const calendarOf = new Map(doc.resources.filter((r) => r.type === 'WORK').map((r) => [r.id, r.calendarId ?? null]));
  const byTask = new Map<string, (string | null)[]>();
  for (const a of doc.assignments) {
    const calendarId = calendarOf.get(a.resourceId);
    if (calendarId === undefined || !(a.units > 0)) continue;
    const list = byTask.get(a.taskId);
    if (list) list.push(calendarId);
    else byTask.set(a.taskId, [calendarId]);
  }
  const result = new Map<string, string[]>();
  for (const [taskId, ids] of byTask) {
    if (ids.every((id) => id !== null)) result.set(taskId, [...new Set(ids as string[])]);
  }
  return result;
}

/** The document's calendars as the scheduler reads them (without its tasks: cheap on any plan). */
export function calendarSpecs(doc: Pick<PlanDocument, 'calendars'>): CalendarSpec[] {
  return doc.calendars.map(
    (c): CalendarSpec => ({
      id: c.id,
      name: c.name,
      ...(c.baseId ? { baseId: c.baseId } : {}),
      workWeek: c.workWeek,
      hoursPerDay: c.hoursPerDay,
      exceptions: c.exceptions,
    }),
  );
}

/** The part of the document the scheduler reads. */
export function toPlanInput(doc: PlanDocument): PlanInput {
  const onResourceCalendars = resourceCalendarIds(doc);
  return {
    start: doc.project.start,
    ...(doc.project.statusDate ? { statusDate: doc.project.statusDate } : {}),
    ...(doc.project.calendarId ? { calendarId: doc.project.calendarId } : {}),
    calendars: calendarSpecs(doc),
    tasks: doc.tasks.map(
      (t): PlanTask => ({
        id: t.id,
        name: t.name,
        parentId: t.parentId ?? null,
        kind: t.kind,
        durationDays: t.durationDays,
        ...(t.calendarId ? { calendarId: t.calendarId } : {}),
        ...(onResourceCalendars.has(t.id) ? { resourceCalendarIds: onResourceCalendars.get(t.id) } : {}),
        ...(t.constraint ? { constraint: t.constraint } : {}),
        ...(t.deadline ? { deadline: t.deadline } : {}),
        ...(t.actualStart ? { actualStart: t.actualStart } : {}),
        ...(t.actualFinish ? { actualFinish: t.actualFinish } : {}),
        ...(t.percentComplete !== undefined ? { percentComplete: t.percentComplete } : {}),
        ...(t.levelingDelayDays !== undefined ? { levelingDelayDays: t.levelingDelayDays } : {}),
      }),
    ),
    links: doc.links.map((l) => ({ ...l })),
  };
}
