import { In, type DataSource, type EntityManager } from 'typeorm';
import { PLAN_FORMAT, PLAN_VERSION, type PlanDocument, type PlanDocumentTask } from '../../planning/plan-document.js';
import { NotFoundError } from '../../common/errors.js';
import { Project } from '../project/index.js';
import { Dependency, Task } from '../task/index.js';
import { Baseline, BaselineTask } from './baseline.entity.js';
import { CalendarException, ProjectPlan, WorkCalendar } from './calendar.entity.js';
import { CostEntry } from './cost-entry.entity.js';
import { ConstraintType, ResourceType } from './planning.enums.js';
import { Assignment, Resource, ResourceRate } from './resource.entity.js';

/** MS Project keeps the baseline 0 and ten more; older baselines beyond that are left out of a file. */
const MAX_BASELINES = 11;

const dateOut = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** Adds whole days to an ISO date (UTC arithmetic, so no daylight-saving surprises). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A status date is a day; progress is reported through its end. The engine and the plan document
 * take an instant, so the day's status date is the midnight that ends it.
 */
export const statusInstant = (statusDate: string) => `${addDays(statusDate, 1)}T00:00`;
/** The inverse of statusInstant: the day whose end the instant is (or contains). */
export function statusDay(instant: string): string {
  const [day, time] = instant.split('T');
  return time === '00:00' || time === undefined ? addDays(day!, time === undefined ? 0 : -1) : day!;
}

export interface LoadedPlan {
  project: Project;
  settings: { calendarId: string | null; statusDate: string | null };
  /** The project as a Trellis plan document; ids are the database ids. Tasks in outline order. */
  doc: PlanDocument;
}

/**
 * Reads what the engine needs about a project: calendars, tasks, links, resources and assignments,
 * and with `history` also its baselines and cost entries (a file export wants them; the schedule
 * does not, and they can be many rows).
 */
/**
 * Runs the reads one after the other: in a transaction they share one connection, where pg would
 * only queue them (and pg 9 refuses a query while another one runs on the same client).
 */
async function inTurn<T extends readonly unknown[]>(reads: { [K in keyof T]: () => Promise<T[K]> | T[K] }): Promise<T> {
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}

export async function loadPlan(m: EntityManager | DataSource, projectId: string, opts: { history?: boolean; withArchived?: boolean } = {}): Promise<LoadedPlan> {
  const project = await m.getRepository(Project).findOneBy({ id: projectId });
  if (!project) throw new NotFoundError('Project');
  const [plan, calendars, exceptions, tasks, links, resources, rates, assignments, baselines, costEntries] = await inTurn([
    () => m.getRepository(ProjectPlan).findOneBy({ projectId }),
    () => m.getRepository(WorkCalendar).find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    () => m
      .getRepository(CalendarException)
      .createQueryBuilder('e')
      .innerJoin(WorkCalendar, 'c', 'c.id = e.calendar_id')
      .where('c.project_id = :projectId', { projectId })
      .orderBy('e.from_date', 'ASC')
      .getMany(),
    // Plain rows for the two big lists: entity hydration would cost more than the queries.
    () => m.query(`SELECT ${TASK_COLUMNS} FROM tasks WHERE project_id = $1 AND (archived_at IS NULL OR $2) ORDER BY wbs_sort`, [projectId, opts.withArchived ?? false]) as Promise<TaskRow[]>,
    () => m.query(
      `SELECT predecessor_id AS "predecessorId", successor_id AS "successorId", type, lag_days::float8 AS "lagDays"
         FROM task_dependencies WHERE project_id = $1 ORDER BY created_at, id`,
      [projectId],
    ) as Promise<LinkRow[]>,
    () => m.getRepository(Resource).find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    () => m
      .getRepository(ResourceRate)
      .createQueryBuilder('r')
      .innerJoin(Resource, 'res', 'res.id = r.resource_id')
      .where('res.project_id = :projectId', { projectId })
      .orderBy('r.effective_from', 'ASC')
      .getMany(),
    () => m.getRepository(Assignment).find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    () => opts.history ? m.getRepository(Baseline).find({ where: { projectId }, order: { createdAt: 'DESC', id: 'DESC' }, take: MAX_BASELINES }) : [],
    () => opts.history ? m.getRepository(CostEntry).find({ where: { projectId }, order: { date: 'ASC', createdAt: 'ASC' } }) : [],
  ]);
  const baselineTasks = baselines.length
    ? await m
        .getRepository(BaselineTask)
        .createQueryBuilder('b')
        .where('b.baseline_id = ANY(:ids::uuid[])', { ids: baselines.map((b) => b.id) })
        .getMany()
    : [];
  return planDocument({ project, plan, calendars, exceptions, tasks, links, resources, rates, assignments, baselines, baselineTasks, costEntries });
}

/**
 * The plans of many projects as loadPlan reads them (live tasks, no history), in the same nine
 * statements for any number of projects: each table is read once for all of them. Projects that do
 * not exist are left out.
 */
export async function loadPlans(m: EntityManager | DataSource, projectIds: readonly string[]): Promise<Map<string, LoadedPlan>> {
  const ids = [...new Set(projectIds)];
  const out = new Map<string, LoadedPlan>();
  if (!ids.length) return out;
  const [projects, plans, calendars, exceptions, tasks, links, resources, rates, assignments] = await inTurn([
    () => m.getRepository(Project).findBy({ id: In(ids) }),
    () => m.getRepository(ProjectPlan).findBy({ projectId: In(ids) }),
    () => m.getRepository(WorkCalendar).find({ where: { projectId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    () => m
      .getRepository(CalendarException)
      .createQueryBuilder('e')
      .innerJoin(WorkCalendar, 'c', 'c.id = e.calendar_id')
      .where('c.project_id = ANY(:ids::uuid[])', { ids })
      .orderBy('e.from_date', 'ASC')
      .getMany(),
    () => m.query(`SELECT ${TASK_COLUMNS}, project_id AS "projectId" FROM tasks WHERE project_id = ANY($1::uuid[]) AND archived_at IS NULL ORDER BY project_id, wbs_sort`, [ids]) as Promise<(TaskRow & { projectId: string })[]>,
    () => m.query(
      `SELECT project_id AS "projectId", predecessor_id AS "predecessorId", successor_id AS "successorId", type, lag_days::float8 AS "lagDays"
         FROM task_dependencies WHERE project_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    ) as Promise<(LinkRow & { projectId: string })[]>,
    () => m.getRepository(Resource).find({ where: { projectId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    () => m
      .getRepository(ResourceRate)
      .createQueryBuilder('r')
      .innerJoin(Resource, 'res', 'res.id = r.resource_id')
      .where('res.project_id = ANY(:ids::uuid[])', { ids })
      .orderBy('r.effective_from', 'ASC')
      .getMany(),
    () => m.getRepository(Assignment).find({ where: { projectId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
  ]);
  const calendarProject = new Map(calendars.map((c) => [c.id, c.projectId]));
  const resourceProject = new Map(resources.map((r) => [r.id, r.projectId]));
  const planOf = new Map(plans.map((p) => [p.projectId, p]));
  const calendarsOf = groupBy(calendars, (c) => c.projectId);
  const exceptionsOf = groupBy(exceptions, (e) => calendarProject.get(e.calendarId));
  const tasksOf = groupBy(tasks, (t) => t.projectId);
  const linksOf = groupBy(links, (l) => l.projectId);
  const resourcesOf = groupBy(resources, (r) => r.projectId);
  const ratesOf = groupBy(rates, (r) => resourceProject.get(r.resourceId));
  const assignmentsOf = groupBy(assignments, (a) => a.projectId);
  for (const project of projects) {
    const id = project.id;
    out.set(
      id,
      planDocument({
        project,
        plan: planOf.get(id) ?? null,
        calendars: calendarsOf.get(id) ?? [],
        exceptions: exceptionsOf.get(id) ?? [],
        tasks: tasksOf.get(id) ?? [],
        links: linksOf.get(id) ?? [],
        resources: resourcesOf.get(id) ?? [],
        rates: ratesOf.get(id) ?? [],
        assignments: assignmentsOf.get(id) ?? [],
        baselines: [],
        baselineTasks: [],
        costEntries: [],
      }),
    );
  }
  return out;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k == null) continue;
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

type LinkRow = Pick<Dependency, 'predecessorId' | 'successorId' | 'type' | 'lagDays'>;

/** The rows of one project's plan, as loadPlan and loadPlans read them. */
interface PlanRows {
  project: Project;
  plan: ProjectPlan | null;
  calendars: WorkCalendar[];
  exceptions: CalendarException[];
  tasks: TaskRow[];
  links: LinkRow[];
  resources: Resource[];
  rates: ResourceRate[];
  assignments: Assignment[];
  baselines: Baseline[];
  baselineTasks: BaselineTask[];
  costEntries: CostEntry[];
}

/** A project's plan document from its rows (tasks in outline order, baselines newest first). */
function planDocument({ project, plan, calendars, exceptions, tasks, links, resources, rates, assignments, baselines, baselineTasks, costEntries }: PlanRows): LoadedPlan {
  const live = new Set(tasks.map((t) => t.id));
  const costResources = new Set(resources.filter((r) => r.type === ResourceType.COST).map((r) => r.id));
  const start = `${project.startDate ? dateOut(project.startDate) : project.createdAt.toISOString().slice(0, 10)}T00:00`;
  const statusDate = plan?.statusDate ? dateOut(plan.statusDate) : null;

  const doc: PlanDocument = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    project: {
      name: project.name,
      start,
      ...(statusDate ? { statusDate: statusInstant(statusDate) } : {}),
      ...(plan?.calendarId ? { calendarId: plan.calendarId } : {}),
      currency: project.currency,
    },
    calendars: calendars.map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.baseCalendarId ? { baseId: c.baseCalendarId } : {}),
      workWeek: c.workWeek as PlanDocument['calendars'][number]['workWeek'],
      hoursPerDay: c.hoursPerDay,
      exceptions: exceptions
        .filter((e) => e.calendarId === c.id)
        .map((e) => ({
          from: dateOut(e.from),
          to: dateOut(e.to),
          working: e.working,
          ...(e.times ? { times: e.times } : {}),
          ...(e.name ? { name: e.name } : {}),
        })),
    })),
    tasks: tasks.map((t) => planTask(t, live)),
    links: links
      .filter((l) => live.has(l.predecessorId) && live.has(l.successorId))
      .map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type, ...(l.lagDays ? { lagDays: l.lagDays } : {}) })),
    resources: resources.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      maxUnits: r.maxUnits,
      ...(r.calendarId ? { calendarId: r.calendarId } : {}),
      standardRate: r.standardRate,
      overtimeRate: r.overtimeRate,
      costPerUse: r.costPerUse,
      rates: rates
        .filter((x) => x.resourceId === r.id)
        .map((x) => ({ from: dateOut(x.effectiveFrom), standardRate: x.standardRate, overtimeRate: x.overtimeRate, costPerUse: x.costPerUse })),
    })),
    // A cost resource's assignment carries an amount, which the engine reads as the assignment's cost.
    assignments: assignments
      .filter((a) => live.has(a.taskId))
      .map((a) => (costResources.has(a.resourceId) ? { taskId: a.taskId, resourceId: a.resourceId, units: 1, cost: a.units } : { taskId: a.taskId, resourceId: a.resourceId, units: a.units })),
    baselines: [...baselines].reverse().map((b, number) => ({
      number,
      name: b.name,
      capturedAt: b.createdAt.toISOString().slice(0, 16),
      tasks: baselineTasks
        .filter((bt) => bt.baselineId === b.id && live.has(bt.taskId))
        .map((bt) => ({ taskId: bt.taskId, start: bt.start, finish: bt.finish, durationDays: bt.durationDays, workHours: bt.workHours, cost: bt.cost })),
    })),
    costEntries: costEntries
      .filter((c) => live.has(c.taskId))
      .map((c) => ({ taskId: c.taskId, date: dateOut(c.date), amount: c.amount, ...(c.hours !== null ? { hours: c.hours } : {}) })),
  };
  return { project, settings: { calendarId: plan?.calendarId ?? null, statusDate }, doc };
}

/** What the engine reads of a task row (a summary's percent is its stored roll-up, as exports and reports show it). */
const TASK_COLUMNS = `id, name, parent_id AS "parentId", position, kind, duration_days::float8 AS "durationDays", calendar_id AS "calendarId",
  constraint_type AS "constraintType", constraint_date AS "constraintDate", deadline, actual_start AS "actualStart",
  actual_finish AS "actualFinish", COALESCE(rollup_percent, percent_complete) AS "percentComplete", leveling_delay_days::float8 AS "levelingDelayDays", description,
  archived_at IS NOT NULL AS archived`;

/**
 * A loaded plan with some of its tasks read again (their scheduling fields changed, nothing about
 * the tree did): a new document sharing every other part with the old one, and the newest row
 * version (xmin) among the rows read. Null when a task is not in the plan as a task of the same
 * place (archived, moved, new): the plan must be read whole. Index lookups by id only.
 */
export async function patchPlanTasks(m: EntityManager | DataSource, loaded: LoadedPlan, index: Map<string, number>, ids: string[]): Promise<{ loaded: LoadedPlan; newestVersion: bigint } | null> {
  const rows = (await m.query(`SELECT ${TASK_COLUMNS}, xmin::text AS "rowVersion" FROM tasks WHERE id = ANY($1::uuid[])`, [ids])) as (TaskRow & { archived: boolean; rowVersion: string })[];
  if (rows.length !== ids.length) return null;
  const tasks = loaded.doc.tasks.slice();
  const live = { has: (id: string) => index.has(id) } as Set<string>;
  let newestVersion = 0n;
  for (const row of rows) {
    const i = index.get(row.id);
    const old = i === undefined ? undefined : tasks[i];
    if (i === undefined || !old || row.archived || (row.parentId ?? null) !== (old.parentId ?? null) || row.position !== old.order || row.kind !== old.kind) return null;
    tasks[i] = planTask(row, live);
    const version = BigInt(row.rowVersion);
    if (version > newestVersion) newestVersion = version;
  }
  return { loaded: { ...loaded, doc: { ...loaded.doc, tasks } }, newestVersion };
}

type TaskRow = Pick<
  Task,
  'id' | 'name' | 'parentId' | 'position' | 'kind' | 'durationDays' | 'calendarId' | 'constraintType' | 'constraintDate' | 'deadline' | 'actualStart' | 'actualFinish' | 'percentComplete' | 'levelingDelayDays' | 'description'
>;

function planTask(t: TaskRow, live: Set<string>): PlanDocumentTask {
  const constrained = t.constraintType !== ConstraintType.ASAP;
  return {
    id: t.id,
    name: t.name,
    parentId: t.parentId && live.has(t.parentId) ? t.parentId : null,
    order: t.position,
    kind: t.kind,
    durationDays: t.durationDays,
    ...(t.calendarId ? { calendarId: t.calendarId } : {}),
    ...(constrained ? { constraint: { type: t.constraintType, ...(t.constraintDate ? { date: t.constraintDate } : {}) } } : {}),
    ...(t.deadline ? { deadline: t.deadline } : {}),
    ...(t.actualStart ? { actualStart: t.actualStart } : {}),
    ...(t.actualFinish ? { actualFinish: t.actualFinish } : {}),
    percentComplete: t.percentComplete,
    ...(t.levelingDelayDays ? { levelingDelayDays: t.levelingDelayDays } : {}),
    ...(t.description ? { notes: t.description } : {}),
  };
}

/** One baseline of a project as the engine reads it (number 0), or null when there is no such baseline. */
export async function loadBaseline(m: EntityManager | DataSource, projectId: string, baselineId: string): Promise<PlanDocument['baselines'][number] | null> {
  const b = await m.getRepository(Baseline).findOneBy({ id: baselineId, projectId });
  if (!b) return null;
  const rows = await m.getRepository(BaselineTask).findBy({ baselineId });
  return {
    number: 0,
    name: b.name,
    capturedAt: b.createdAt.toISOString().slice(0, 16),
    tasks: rows.map((bt) => ({ taskId: bt.taskId, start: bt.start, finish: bt.finish, durationDays: bt.durationDays, workHours: bt.workHours, cost: bt.cost })),
  };
}

/** Every cost entry of a project's live tasks, oldest first. */
export async function loadCostEntries(m: EntityManager | DataSource, projectId: string): Promise<PlanDocument['costEntries']> {
  const rows = await m
    .getRepository(CostEntry)
    .createQueryBuilder('c')
    .innerJoin(Task, 't', 't.id = c.task_id AND t.archived_at IS NULL')
    .where('c.project_id = :projectId', { projectId })
    .orderBy('c.date', 'ASC')
    .addOrderBy('c.created_at', 'ASC')
    .getMany();
  return rows.map((c) => ({ taskId: c.taskId, date: dateOut(c.date), amount: c.amount, ...(c.hours !== null ? { hours: c.hours } : {}) }));
}
