import { randomUUID } from 'node:crypto';
import { lockVersioned } from '../../common/versioned.js';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { addNode, archiveNode, moveNode, renameNode, setKind } from '@trellis/schema/wbs';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid, mayDeleteTask } from '../../common/access.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { checkOptionalDay } from '../../common/date-range.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { pageArgs, pageOf, type Connection } from '../../common/pagination.js';
import { fieldChanges, recordActivity } from '../activity/index.js';
import { Project, ProjectMember } from '../project/index.js';
import { systemClock, type Clock } from '../../common/clock.js';
import { checkAsOf, endOfDay } from '../../common/as-of.js';
import { asItWas, markAsOf, taskStatesAsOf, type PastTaskState } from './history.js';
import type { TaskStructure } from './structure.js';
import { TaskStatus } from './status.entity.js';
import { Task } from './task.entity.js';
import { StatusCategory, TaskKind } from './task.enums.js';
import type { TaskCreateInput, TaskFilter, TaskMoveInput, TaskUpdateInput } from './task.inputs.js';
import { lockProject, subtreeIds } from './wbs.js';
import { reconcileProgress, type Progress, type ProgressChange } from './progress.js';
import { rollUpAncestors } from './rollup.js';
import { ConstraintType } from './task.enums.js';
import { noFollower, type AssigneeFollower } from './assignee.js';

/** Fields of the tree that only the WBS document changes (see WbsService). */
const STRUCTURAL = new Set(['name', 'kind']);

const UPDATABLE = [
  'name',
  'description',
  'kind',
  'durationDays',
  'statusId',
  'percentComplete',
  'assigneeId',
  'estimateHours',
  'storyPoints',
] as const;
type Updatable = Pick<Task, (typeof UPDATABLE)[number]>;

/** The scheduling fields an update can change besides UPDATABLE: through progress rules or the deprecated planned dates. */
const SCHEDULING = ['constraintType', 'constraintDate', 'deadline', 'actualStart', 'actualFinish'] as const;
type Scheduling = Pick<Task, (typeof SCHEDULING)[number]>;

/** A task's dates in its project's current schedule (null when the plan cannot be scheduled). */
export type ScheduledDates = (projectId: string, taskId: string) => Promise<{ start: string; finish: string } | null>;

/**
 * The deprecated `plannedStart` / `plannedFinish` inputs, as what they mean in the planning model:
 * a planned start is a "start no earlier than" constraint on that day, a planned finish a deadline
 * at the end of that day. Clearing a planned start clears a start-no-earlier-than constraint only.
 */
export function plannedDatesAsSchedule(input: { plannedStart?: string | null; plannedFinish?: string | null }, current: Scheduling): Partial<Scheduling> {
  const out: Partial<Scheduling> = {};
  if (input.plannedStart !== undefined) {
    if (input.plannedStart) Object.assign(out, { constraintType: ConstraintType.SNET, constraintDate: `${input.plannedStart}T00:00` });
    else if (current.constraintType === ConstraintType.SNET) Object.assign(out, { constraintType: ConstraintType.ASAP, constraintDate: null });
  }
  if (input.plannedFinish !== undefined) out.deadline = input.plannedFinish ? `${input.plannedFinish}T23:59` : null;
  return out;
}

/** Field rules shared by create and update; `f` is the task as it would be after the write. */
function validateFields(f: Updatable): void {
  const name = f.name.trim();
  if (!name) throw new BadUserInputError('Task name is required', 'input.name');
  if (name.length > 500) throw new BadUserInputError('Task name must be at most 500 characters', 'input.name');
  if (f.description.length > 50_000) throw new BadUserInputError('Description must be at most 50,000 characters', 'input.description');
  if (!Number.isFinite(f.durationDays) || f.durationDays < 0 || f.durationDays > 10_000) {
    throw new BadUserInputError('Duration must be between 0 and 10,000 working days', 'input.durationDays');
  }
  if (f.kind === TaskKind.MILESTONE && f.durationDays !== 0) {
    throw new BadUserInputError('A milestone has no duration; set durationDays to 0', 'input.durationDays');
  }
  if (!Number.isInteger(f.percentComplete) || f.percentComplete < 0 || f.percentComplete > 100) {
    throw new BadUserInputError('Percent complete must be a whole number from 0 to 100', 'input.percentComplete');
  }
  if (f.estimateHours !== null && (!Number.isFinite(f.estimateHours) || f.estimateHours < 0 || f.estimateHours > 1e7)) {
    throw new BadUserInputError('Estimate must be zero or more hours', 'input.estimateHours');
  }
  if (f.storyPoints !== null && (!Number.isFinite(f.storyPoints) || f.storyPoints < 0 || f.storyPoints > 10_000)) {
    throw new BadUserInputError('Story points must be zero or more', 'input.storyPoints');
  }
}

/**
 * Keeps the project's statuses as they are until this transaction ends: a status deleted at the
 * same moment (statusDelete holds the project row) waits, or has finished and is seen as gone, so
 * a task never points at a status that no longer exists.
 */
async function holdStatuses(m: EntityManager, projectId: string): Promise<void> {
  await m.query('SELECT 1 FROM projects WHERE id = $1 FOR SHARE', [projectId]);
}

/** The deprecated planned dates keep their old rule: a finish before the start is refused. */
function checkPlannedDates(input: { plannedStart?: string | null; plannedFinish?: string | null }): void {
  checkOptionalDay(input.plannedStart, 'input.plannedStart');
  checkOptionalDay(input.plannedFinish, 'input.plannedFinish');
  if (input.plannedStart && input.plannedFinish && input.plannedFinish < input.plannedStart) {
    throw new BadUserInputError('Planned finish must not be before planned start', 'input.plannedFinish');
  }
}

/**
 * Status, percent complete and actual dates made consistent (see reconcileProgress) for a write that
 * changes one of them, with what the rules read: the project's statuses, whether work is booked on
 * the task, and its scheduled dates. Task and schedule mutations both call it.
 */
export async function reconcileTaskProgress(
  m: EntityManager,
  task: Pick<Task, 'id' | 'projectId' | 'kind'>,
  before: Progress,
  requested: Progress,
  scheduled: ScheduledDates,
  sent: ProgressChange['sent'],
): Promise<Progress> {
  if (task.kind === TaskKind.SUMMARY) return requested; // a summary's progress is its children's
  const statuses = await m.getRepository(TaskStatus).find({ select: { id: true, category: true }, where: { projectId: task.projectId }, order: { position: 'ASC' } });
  const [work] = (await m.query(`SELECT EXISTS (SELECT 1 FROM cost_entries WHERE task_id = $1) AS booked`, [task.id])) as { booked: boolean }[];
  const dates = await scheduled(task.projectId, task.id).catch(() => null);
  const p = reconcileProgress({ before, requested, sent, statuses, scheduled: dates, actualWork: !!work?.booked });
  return { statusId: p.statusId, percentComplete: p.percentComplete, actualStart: p.actualStart, actualFinish: p.actualFinish };
}

export class TaskService {
  constructor(
    private readonly ds: DataSource,
    private readonly wbs: TaskStructure,
    private readonly scheduled: ScheduledDates = async () => null,
    private readonly assignees: AssigneeFollower = noFollower,
    private readonly clock: Clock = systemClock,
  ) {}

  async get(actor: Actor, id: string): Promise<Task> {
    await authorizeEntity(actor, 'task', id, Permission.PROJECT_READ);
    const task = await this.ds.getRepository(Task).findOneBy({ id });
    if (!task) throw new NotFoundError('Task');
    return task;
  }

  async list(
    actor: Actor,
    projectId: string,
    filter: TaskFilter | undefined | null,
    first?: number | null,
    after?: string | null,
    includeArchived = false,
    asOf: string | null = null,
  ): Promise<Connection<Task>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(first, after);
    // As of a past day: the tasks that existed then, with their progress fields as they were.
    let past: Map<string, PastTaskState> | null = null;
    if (asOf !== null) {
      const project = await this.ds.getRepository(Project).findOne({ select: { id: true, createdAt: true }, where: { id: projectId } });
      if (!project) throw new NotFoundError('Project');
      past = await taskStatesAsOf(this.ds, projectId, endOfDay(checkAsOf(asOf, project.createdAt, this.clock)));
    }
    const qb = this.ds.getRepository(Task).createQueryBuilder('t').where('t.project_id = :projectId', { projectId });
    const status = past ? 'p.status_id' : 't.status_id';
    if (past) {
      const rows = [...past.values()].filter((p) => includeArchived || !p.archived);
      qb.innerJoin(
        '(SELECT * FROM unnest(:pastIds::uuid[], :pastStatuses::uuid[]) AS x(task_id, status_id))',
        'p',
        'p.task_id = t.id',
        { pastIds: rows.map((p) => p.taskId), pastStatuses: rows.map((p) => p.statusId) },
      );
    } else if (!includeArchived) qb.andWhere('t.archived_at IS NULL');
    if (filter?.statusIds?.length) qb.andWhere(`${status} = ANY(:statusIds::uuid[])`, { statusIds: filter.statusIds.filter(isUuid) });
    if (filter?.statusCategories?.length) {
      qb.andWhere(`${status} IN (SELECT s.id FROM task_statuses s WHERE s.project_id = :projectId AND s.category = ANY(:cats))`, {
        cats: filter.statusCategories,
      });
    }
    if (filter?.assigneeId) {
      if (!isUuid(filter.assigneeId)) throw new BadUserInputError('assigneeId is not a valid id', 'filter.assigneeId');
      qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    }
    if (filter?.unassigned) qb.andWhere('t.assignee_id IS NULL');
    if (filter?.parentId) {
      if (!isUuid(filter.parentId)) throw new BadUserInputError('parentId is not a valid id', 'filter.parentId');
      qb.andWhere('t.parent_id = :parentId', { parentId: filter.parentId });
    }
    if (filter?.rootOnly) qb.andWhere('t.parent_id IS NULL');
    if (filter?.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter?.updatedSince) qb.andWhere('t.updated_at >= :since', { since: filter.updatedSince });
    if (filter?.search?.trim()) {
      const s = filter.search.trim();
      const num = /^(?:[A-Za-z][A-Za-z0-9]*-)?(\d+)$/.exec(s);
      qb.andWhere(num ? '(t.name ILIKE :q OR t.number = :num)' : 't.name ILIKE :q', { q: `%${s.replace(/[%_\\]/g, '\\$&')}%`, num: num ? Number(num[1]) : null });
    }
    qb.orderBy('t.wbs_sort', 'ASC').addOrderBy('t.id', 'ASC');
    const page = await pageOf(qb, skip, take);
    if (past) {
      for (const task of page.nodes) {
        asItWas(task, past.get(task.id)!);
        markAsOf(task, asOf!);
      }
    }
    return page;
  }

  private async checkStatus(m: EntityManager, projectId: string, statusId: string): Promise<TaskStatus> {
    const s = isUuid(statusId) ? await m.getRepository(TaskStatus).findOneBy({ id: statusId, projectId }) : null;
    if (!s) throw new BadUserInputError('No such status in this project', 'input.statusId');
    return s;
  }

  private async checkAssignee(m: EntityManager, projectId: string, userId: string): Promise<void> {
    const member = isUuid(userId) ? await m.getRepository(ProjectMember).findOneBy({ projectId, userId }) : null;
    if (!member) throw new BadUserInputError('The assignee must be a member of this project', 'input.assigneeId');
  }

  private async checkParent(m: EntityManager, projectId: string, parentId: string, field: string): Promise<Task> {
    const parent = isUuid(parentId) ? await m.getRepository(Task).findOneBy({ id: parentId, projectId, archivedAt: IsNull() }) : null;
    if (!parent) throw new BadUserInputError('The parent task does not exist in this project', field);
    if (parent.kind === TaskKind.MILESTONE) throw new BadUserInputError('A milestone cannot have sub-tasks', field);
    return parent;
  }

  /** `within`: the caller's transaction, when the task is one part of a larger write (a risk's mitigation task). */
  async create(actor: Actor, input: TaskCreateInput, within?: EntityManager): Promise<Task> {
    const grant = await can(actor, input.projectId, Permission.TASK_CREATE);
    const kind = input.kind ?? TaskKind.TASK;
    const fields: Updatable = {
      name: input.name ?? '',
      description: input.description ?? '',
      kind,
      durationDays: input.durationDays ?? (kind === TaskKind.MILESTONE ? 0 : 1),
      statusId: input.statusId ?? '',
      percentComplete: input.percentComplete ?? 0,
      assigneeId: input.assigneeId ?? null,
      estimateHours: input.estimateHours ?? null,
      storyPoints: input.storyPoints ?? null,
    };
    validateFields(fields);
    checkPlannedDates(input);
    const dates = { constraintType: ConstraintType.ASAP, constraintDate: null, deadline: null, ...plannedDatesAsSchedule(input, { constraintType: ConstraintType.ASAP, constraintDate: null, deadline: null, actualStart: null, actualFinish: null }) };
    if (input.position !== undefined && input.position !== null && (input.position < 0 || !Number.isInteger(input.position))) {
      throw new BadUserInputError('Position must be 0 or more', 'input.position');
    }
    const run = <T>(work: (m: EntityManager) => Promise<T>): Promise<T> => (within ? work(within) : this.ds.transaction(work));
    return run(async (m) => {
      await lockProject(m, input.projectId);
      const parentId = input.parentId ?? null;
      if (parentId) await this.checkParent(m, input.projectId, parentId, 'input.parentId');
      if (fields.statusId) {
        const s = await this.checkStatus(m, input.projectId, fields.statusId);
        if (s.category === StatusCategory.COMPLETED && input.percentComplete === undefined) fields.percentComplete = 100;
      } else {
        const statuses = await m.getRepository(TaskStatus).find({ where: { projectId: input.projectId }, order: { position: 'ASC' } });
        // Work reported at creation picks the status it means (see reconcileProgress).
        const wanted = fields.percentComplete >= 100 ? StatusCategory.COMPLETED : fields.percentComplete > 0 ? StatusCategory.STARTED : StatusCategory.UNSTARTED;
        const pick = statuses.find((s) => s.category === wanted) ?? statuses.find((s) => s.category === StatusCategory.UNSTARTED) ?? statuses[0];
        if (!pick) throw new BadUserInputError('The project has no statuses; create one first', 'input.statusId');
        fields.statusId = pick.id;
      }
      if (fields.assigneeId) await this.checkAssignee(m, input.projectId, fields.assigneeId);
      // The node goes into the WBS document; the projector creates the row (number, position, WBS code, activity, events).
      const id = randomUUID();
      await this.wbs.applyStructure(m, input.projectId, grant.userId, (doc) =>
        addNode(doc, { id, parentId, index: input.position ?? undefined, name: fields.name.trim(), kind }),
      );
      await m.query(
        `UPDATE tasks SET description = $2, duration_days = $3, constraint_type = $4, constraint_date = $5, deadline = $6, status_id = $7,
                percent_complete = $8, assignee_id = $9, estimate_hours = $10, story_points = $11
          WHERE id = $1`,
        [id, fields.description, fields.durationDays, dates.constraintType, dates.constraintDate, dates.deadline, fields.statusId, fields.percentComplete, fields.assigneeId, fields.estimateHours, fields.storyPoints],
      );
      if (fields.assigneeId) await this.assignees.assigneeChanged(m, { projectId: input.projectId, taskId: id, from: null, to: fields.assigneeId, actorId: grant.userId });
      // The projector rolled the new task up with its first values; these replace them.
      await rollUpAncestors(m, input.projectId, [id]);
      return m.getRepository(Task).findOneByOrFail({ id });
    });
  }

  /**
   * A rename without a version, as the outline does it: the shared WBS document resolves concurrent
   * renames (last wins), so a version taken just before cannot be stale for a reason the caller
   * could act on. Retried once if another change lands between reading the version and writing.
   */
  async rename(actor: Actor, id: string, name: string): Promise<Task> {
    const trimmed = name.trim();
    if (!trimmed) throw new BadUserInputError('Task name is required', 'name');
    if (trimmed.length > 500) throw new BadUserInputError('Task name must be at most 500 characters', 'name');
    for (let attempt = 0; ; attempt++) {
      const current = isUuid(id) ? await this.ds.getRepository(Task).findOne({ select: { id: true, version: true, archivedAt: true }, where: { id } }) : null;
      if (!current || current.archivedAt) throw new NotFoundError('Task');
      try {
        return await this.update(actor, { id, version: current.version, name });
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt > 0) throw err;
      }
    }
  }

  async update(actor: Actor, input: TaskUpdateInput): Promise<Task> {
    const grant = await authorizeEntity(actor, 'task', input.id, Permission.TASK_UPDATE);
    return this.ds.transaction(async (m) => {
      // The project lock before the task's row, whatever changes: renames go through the WBS
      // document and roll-ups update the summaries' rows under it, and every plan write bumps the
      // project's plan version at its end; a task row locked before the project lock could wait on a
      // roll-up that waits on it (lock-order.int.spec.ts).
      await lockProject(m, grant.projectId);
      const repo = m.getRepository(Task);
      const current = await lockVersioned(m, Task, { id: input.id }, input.version, 'Task', (t) => !!t.archivedAt);
      if (input.percentComplete !== undefined && (current.kind === TaskKind.SUMMARY || (await repo.exists({ where: { parentId: current.id, archivedAt: IsNull() } })))) {
        throw new BadUserInputError("A summary's percent complete is rolled up from its sub-tasks; update theirs", 'input.percentComplete');
      }
      const before = Object.fromEntries([...UPDATABLE, ...SCHEDULING].map((f) => [f, current[f]])) as Updatable & Scheduling;
      const after: Updatable & Scheduling = { ...before };
      for (const f of UPDATABLE) {
        const v = input[f];
        if (v === undefined) continue;
        if (v === null && ['name', 'description', 'kind', 'durationDays', 'statusId', 'percentComplete'].includes(f)) {
          throw new BadUserInputError(`${f} cannot be null`, `input.${f}`);
        }
        (after as Record<string, unknown>)[f] = f === 'name' ? (v as string).trim() : v;
      }
      checkPlannedDates(input);
      Object.assign(after, plannedDatesAsSchedule(input, before));
      if (after.kind === TaskKind.MILESTONE && before.kind !== TaskKind.MILESTONE && input.durationDays === undefined) after.durationDays = 0;
      validateFields(after);
      if (after.kind === TaskKind.MILESTONE && before.kind !== TaskKind.MILESTONE) {
        const kids = await m.getRepository(Task).count({ where: { parentId: current.id, archivedAt: IsNull() } });
        if (kids > 0) throw new BadUserInputError('A task with sub-tasks cannot become a milestone', 'input.kind');
      }
      if (after.statusId !== before.statusId) {
        await holdStatuses(m, current.projectId);
        await this.checkStatus(m, current.projectId, after.statusId);
      }
      if (input.statusId !== undefined || input.percentComplete !== undefined) {
        Object.assign(after, await reconcileTaskProgress(m, current, before, after, this.scheduled, { status: input.statusId !== undefined, percent: input.percentComplete !== undefined }));
      }
      if (after.assigneeId && after.assigneeId !== before.assigneeId) await this.checkAssignee(m, current.projectId, after.assigneeId);
      const plain = [...UPDATABLE.filter((f) => !STRUCTURAL.has(f)), ...SCHEDULING];
      const changes = fieldChanges(before, after, plain, { entityType: 'task', entityId: current.id, taskId: current.id });
      const renamed = after.name !== before.name;
      const rekinded = after.kind !== before.kind;
      if (changes.length === 0 && !renamed && !rekinded) return current;
      if (changes.length) {
        // Name and kind belong to the tree: they change through the WBS document below.
        await repo.save(repo.merge(current, { ...after, name: before.name, kind: before.kind, version: current.version + 1 }));
        await recordActivity(m, current.projectId, grant.userId, changes);
        await publishInTransaction(m, { type: 'task', projectId: current.projectId, action: 'UPDATED', ids: [current.id] });
        if (after.assigneeId !== before.assigneeId) {
          await this.assignees.assigneeChanged(m, { projectId: current.projectId, taskId: current.id, from: before.assigneeId, to: after.assigneeId, actorId: grant.userId });
        }
        if (after.percentComplete !== before.percentComplete || after.statusId !== before.statusId || after.durationDays !== before.durationDays) {
          await rollUpAncestors(m, current.projectId, [current.id]);
        }
      }
      if (renamed || rekinded) {
        await this.wbs.applyStructure(m, current.projectId, grant.userId, (doc) => {
          if (renamed) renameNode(doc, current.id, after.name);
          if (rekinded) setKind(doc, current.id, after.kind);
        });
      }
      return repo.findOneByOrFail({ id: current.id });
    });
  }

  async move(actor: Actor, input: TaskMoveInput): Promise<Task> {
    const grant = await authorizeEntity(actor, 'task', input.id, Permission.TASK_UPDATE);
    if (input.position !== undefined && input.position !== null && (input.position < 0 || !Number.isInteger(input.position))) {
      throw new BadUserInputError('Position must be 0 or more', 'input.position');
    }
    const projectId = grant.projectId;
    return this.ds.transaction(async (m) => {
      await lockProject(m, projectId);
      const current = await m.getRepository(Task).findOneBy({ id: input.id });
      if (!current || current.archivedAt) throw new NotFoundError('Task');
      const parentId = input.parentId === undefined ? current.parentId : input.parentId;
      if (parentId) {
        if (parentId === current.id) throw new BadUserInputError('A task cannot be its own parent', 'input.parentId');
        const parent = await this.checkParent(m, projectId, parentId, 'input.parentId');
        const subtree = await subtreeIds(m, current.id);
        if (subtree.includes(parent.id)) throw new BadUserInputError('A task cannot move under one of its own sub-tasks', 'input.parentId');
      }
      await this.wbs.applyStructure(m, projectId, grant.userId, (doc) => moveNode(doc, current.id, parentId, input.position ?? undefined));
      return m.getRepository(Task).findOneByOrFail({ id: current.id });
    });
  }

  /** Archives the task and its sub-tasks and removes their links; history is kept. */
  async remove(actor: Actor, id: string): Promise<Task> {
    const grant = await authorizeEntity(actor, 'task', id, Permission.TASK_DELETE_OWN);
    const existing = await this.ds.getRepository(Task).findOneBy({ id });
    if (!existing || existing.archivedAt) throw new NotFoundError('Task');
    const projectId = grant.projectId;
    if (grant.role && grant.userId && !mayDeleteTask(grant.role, grant.userId, existing.createdById)) {
      throw new ForbiddenError('Members can delete only the tasks they created; ask a manager');
    }
    return this.ds.transaction(async (m) => {
      await lockProject(m, projectId);
      // Archiving the node archives its sub-tree; the projector archives the rows and removes their links.
      await this.wbs.applyStructure(m, projectId, grant.userId, (doc) => archiveNode(doc, id));
      return m.getRepository(Task).findOneByOrFail({ id });
    });
  }
}
