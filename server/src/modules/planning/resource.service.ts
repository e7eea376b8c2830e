import type { DataSource, EntityManager } from 'typeorm';
import { lockVersioned } from '../../common/versioned.js';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { ActivityAction, fieldChanges, recordActivity, type Change } from '../activity/index.js';
import { lockProject, Task, TaskKind, type AssigneeChange, type AssigneeFollower } from '../task/index.js';
import { ProjectMember } from '../project/index.js';
import { User } from '../user/index.js';
import { WorkCalendar } from './calendar.entity.js';
import { checkDay } from '../../common/date-range.js';
import { PlanPart, ResourceType, type UsagePeriod } from './planning.enums.js';
import type { AssignmentCreateInput, AssignmentUpdateInput, CostRateInput, ResourceCreateInput, ResourceUpdateInput } from './planning.inputs.js';
import type { ResourceUsage } from './planning.types.js';
import { Assignment, Resource, ResourceRate } from './resource.entity.js';
import type { ScheduleService } from './schedule.service.js';
import { usageRows } from './engine.js';
import { planningLoaders } from './planning.loaders.js';

const MAX_RATE = 1e9;

function money(v: number | null | undefined, field: string): number {
  if (v === null || v === undefined) return 0;
  if (!Number.isFinite(v) || v < 0 || v >= MAX_RATE) throw new BadUserInputError('Rates and costs are zero or more', field);
  return v;
}

function checkUnits(v: number, field: string): number {
  if (!Number.isFinite(v) || v < 0 || v > 100_000) throw new BadUserInputError('Units must be zero or more', field);
  return v;
}

function checkRates(rates: CostRateInput[]): Omit<ResourceRate, 'id' | 'resourceId' | 'resource'>[] {
  const seen = new Set<string>();
  return rates.map((r, i) => {
    const field = `input.rates[${i}]`;
    checkDay(r.effectiveFrom, `${field}.effectiveFrom`);
    if (seen.has(r.effectiveFrom)) throw new BadUserInputError('Two rates start on the same day', `${field}.effectiveFrom`);
    seen.add(r.effectiveFrom);
    return {
      effectiveFrom: r.effectiveFrom,
      standardRate: money(r.standardRate, `${field}.standardRate`),
      overtimeRate: money(r.overtimeRate, `${field}.overtimeRate`),
      costPerUse: money(r.costPerUse, `${field}.costPerUse`),
    };
  });
}

function checkName(name: string | null | undefined): string {
  const n = (name ?? '').trim();
  if (!n) throw new BadUserInputError('Resource name is required', 'input.name');
  if (n.length > 200) throw new BadUserInputError('Resource name must be at most 200 characters', 'input.name');
  return n;
}

const RESOURCE_FIELDS = ['name', 'type', 'maxUnits', 'calendarId', 'standardRate', 'overtimeRate', 'costPerUse', 'userId'] as const;
type ResourceFields = Pick<Resource, (typeof RESOURCE_FIELDS)[number]>;

/**
 * Resources (people, machines, materials, cost items), their rate tables and their assignments to
 * tasks. A project member can be a resource (`userId`); assigning the person to a task assigns
 * their resource too (`assigneeChanged`, the one place of that rule).
 */
export class ResourceService implements AssigneeFollower {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
  ) {}

  async list(actor: Actor, projectId: string): Promise<Resource[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.ds.getRepository(Resource).find({ where: { projectId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Rates of a resource the viewer could read already. */
  rates(actor: Actor, resourceId: string): Promise<ResourceRate[]> {
    return planningLoaders(actor, this.ds).rates.load(resourceId);
  }

  async assignments(actor: Actor, projectId: string): Promise<Assignment[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.ds
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoin(Task, 't', 't.id = a.task_id AND t.archived_at IS NULL')
      .where('a.project_id = :projectId', { projectId })
      .orderBy('t.wbs_sort', 'ASC')
      .addOrderBy('a.created_at', 'ASC')
      .getMany();
  }

  async usage(actor: Actor, projectId: string, period: UsagePeriod, from: string | null, to: string | null): Promise<ResourceUsage[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    if (from) checkDay(from, 'from');
    if (to) checkDay(to, 'to');
    if (from && to && to < from) throw new BadUserInputError('The end must not be before the start', 'to');
    const plan = await this.schedules.current(projectId);
    return usageRows(plan.doc, plan.result, period, from, to);
  }

  private async checkCalendar(m: EntityManager, projectId: string, id: string | null | undefined): Promise<void> {
    if (!id) return;
    const cal = isUuid(id) ? await m.getRepository(WorkCalendar).findOneBy({ id, projectId }) : null;
    if (!cal) throw new BadUserInputError('No such calendar in this project', 'input.calendarId');
  }

  async create(actor: Actor, input: ResourceCreateInput): Promise<Resource> {
    const grant = await can(actor, input.projectId, Permission.PROJECT_UPDATE);
    const fields: ResourceFields = {
      name: checkName(input.name),
      type: input.type ?? ResourceType.WORK,
      maxUnits: checkUnits(input.maxUnits ?? 1, 'input.maxUnits'),
      calendarId: input.calendarId ?? null,
      standardRate: money(input.standardRate, 'input.standardRate'),
      overtimeRate: money(input.overtimeRate, 'input.overtimeRate'),
      costPerUse: money(input.costPerUse, 'input.costPerUse'),
      userId: null,
    };
    const rates = checkRates(input.rates ?? []);
    return this.ds.transaction(async (m) => {
      await lockProject(m, input.projectId);
      await this.checkCalendar(m, input.projectId, fields.calendarId);
      const repo = m.getRepository(Resource);
      const r = await repo.save(repo.create({ ...fields, projectId: input.projectId, version: 1 }));
      if (rates.length) await m.getRepository(ResourceRate).insert(rates.map((x) => ({ ...x, resourceId: r.id })));
      await recordActivity(m, input.projectId, grant.userId, [
        { entityType: 'resource', entityId: r.id, action: ActivityAction.CREATED, newValue: { name: r.name, type: r.type } },
      ]);
      await publishInTransaction(m, { type: 'plan', projectId: input.projectId, part: PlanPart.RESOURCES });
      return r;
    });
  }

  private async load(actor: Actor, id: string, permission: Permission) {
    const grant = await authorizeEntity(actor, 'resource', id, permission);
    const r = await this.ds.getRepository(Resource).findOneBy({ id });
    if (!r) throw new NotFoundError('Resource');
    return { resource: r, grant };
  }

  async update(actor: Actor, input: ResourceUpdateInput): Promise<Resource> {
    const { resource, grant } = await this.load(actor, input.id, Permission.PROJECT_UPDATE);
    const rates = input.rates ? checkRates(input.rates) : null;
    return this.ds.transaction(async (m) => {
      await lockProject(m, resource.projectId);
      const repo = m.getRepository(Resource);
      const current = await lockVersioned(m, Resource, { id: resource.id }, input.version, 'Resource');
      const before = Object.fromEntries(RESOURCE_FIELDS.map((f) => [f, current[f]])) as ResourceFields;
      const after: ResourceFields = {
        name: input.name === undefined || input.name === null ? before.name : checkName(input.name),
        type: input.type ?? before.type,
        maxUnits: input.maxUnits === undefined || input.maxUnits === null ? before.maxUnits : checkUnits(input.maxUnits, 'input.maxUnits'),
        calendarId: input.calendarId === undefined ? before.calendarId : input.calendarId,
        standardRate: input.standardRate === undefined || input.standardRate === null ? before.standardRate : money(input.standardRate, 'input.standardRate'),
        overtimeRate: input.overtimeRate === undefined || input.overtimeRate === null ? before.overtimeRate : money(input.overtimeRate, 'input.overtimeRate'),
        costPerUse: input.costPerUse === undefined || input.costPerUse === null ? before.costPerUse : money(input.costPerUse, 'input.costPerUse'),
        userId: input.userId === undefined ? before.userId : input.userId,
      };
      if (after.calendarId !== before.calendarId) await this.checkCalendar(m, current.projectId, after.calendarId);
      if (after.userId !== before.userId) await this.checkMemberLink(m, { ...current, type: after.type }, after.userId);
      if (after.userId && after.type !== ResourceType.WORK) throw new BadUserInputError('Only a work resource can be a person', 'input.type');
      const changes = fieldChanges(before, after, [...RESOURCE_FIELDS], { entityType: 'resource', entityId: current.id });
      if (rates) {
        const old = await m.getRepository(ResourceRate).find({ where: { resourceId: current.id }, order: { effectiveFrom: 'ASC' } });
        const shape = (rows: typeof rates) => JSON.stringify([...rows].sort((a, b) => String(a.effectiveFrom).localeCompare(String(b.effectiveFrom))).map((r) => [String(r.effectiveFrom), r.standardRate, r.overtimeRate, r.costPerUse]));
        if (shape(old) !== shape(rates)) {
          await m.getRepository(ResourceRate).delete({ resourceId: current.id });
          if (rates.length) await m.getRepository(ResourceRate).insert(rates.map((x) => ({ ...x, resourceId: current.id })));
          changes.push({ entityType: 'resource', entityId: current.id, action: ActivityAction.UPDATED, field: 'rates', oldValue: old.length, newValue: rates.length });
        }
      }
      if (!changes.length) return current;
      const saved = await repo.save(repo.merge(current, { ...after, version: current.version + 1 }));
      await recordActivity(m, current.projectId, grant.userId, changes);
      await publishInTransaction(m, { type: 'plan', projectId: current.projectId, part: PlanPart.RESOURCES });
      return saved;
    });
  }

  async remove(actor: Actor, id: string): Promise<Resource> {
    const { resource, grant } = await this.load(actor, id, Permission.PROJECT_UPDATE);
    return this.ds.transaction(async (m) => {
      await lockProject(m, resource.projectId);
      const assigned: { task_id: string }[] = await m.query('SELECT task_id FROM assignments WHERE resource_id = $1', [resource.id]);
      await m.getRepository(Resource).delete({ id: resource.id });
      await recordActivity(m, resource.projectId, grant.userId, [
        { entityType: 'resource', entityId: resource.id, action: ActivityAction.DELETED, oldValue: { name: resource.name, assignments: assigned.length } },
      ]);
      await publishInTransaction(m, { type: 'plan', projectId: resource.projectId, part: PlanPart.RESOURCES });
      return resource;
    });
  }

  async assign(actor: Actor, input: AssignmentCreateInput): Promise<Assignment> {
    const grant = await authorizeEntity(actor, 'task', input.taskId, Permission.TASK_UPDATE, 'input.taskId');
    const task = await this.ds.getRepository(Task).findOneBy({ id: input.taskId });
    if (!task || task.archivedAt) throw new NotFoundError('Task', 'input.taskId');
    if (task.kind === TaskKind.SUMMARY) throw new BadUserInputError('Assign resources to the work below a summary, not to the summary', 'input.taskId');
    const units = checkUnits(input.units ?? 1, 'input.units');
    return this.ds.transaction(async (m) => {
      await lockProject(m, task.projectId);
      const resource = isUuid(input.resourceId) ? await m.getRepository(Resource).findOneBy({ id: input.resourceId, projectId: task.projectId }) : null;
      if (!resource) throw new BadUserInputError('No such resource in this project', 'input.resourceId');
      const repo = m.getRepository(Assignment);
      if (await repo.existsBy({ taskId: task.id, resourceId: resource.id })) {
        throw new BadUserInputError('This resource is already assigned to the task; change its units instead', 'input.resourceId');
      }
      const a = await repo.save(repo.create({ projectId: task.projectId, taskId: task.id, resourceId: resource.id, units }));
      await recordActivity(m, task.projectId, grant.userId, [
        { entityType: 'assignment', entityId: a.id, taskId: task.id, action: ActivityAction.CREATED, newValue: { resourceId: resource.id, resource: resource.name, units } },
      ]);
      await publishInTransaction(m, { type: 'task', projectId: task.projectId, action: 'UPDATED', ids: [task.id] }, { type: 'plan', projectId: task.projectId, part: PlanPart.ASSIGNMENTS });
      return a;
    });
  }

  private async loadAssignment(actor: Actor, id: string) {
    const grant = await authorizeEntity(actor, 'assignment', id, Permission.TASK_UPDATE);
    const a = await this.ds.getRepository(Assignment).findOneBy({ id });
    if (!a) throw new NotFoundError('Assignment');
    return { a, grant };
  }

  async updateAssignment(actor: Actor, input: AssignmentUpdateInput): Promise<Assignment> {
    const { a, grant } = await this.loadAssignment(actor, input.id);
    const units = checkUnits(input.units, 'input.units');
    if (units === a.units) return a;
    return this.ds.transaction(async (m) => {
      await lockProject(m, a.projectId);
      await m.getRepository(Assignment).update({ id: a.id }, { units });
      await recordActivity(m, a.projectId, grant.userId, [
        { entityType: 'assignment', entityId: a.id, taskId: a.taskId, action: ActivityAction.UPDATED, field: 'units', oldValue: a.units, newValue: units },
      ]);
      await publishInTransaction(m, { type: 'task', projectId: a.projectId, action: 'UPDATED', ids: [a.taskId] }, { type: 'plan', projectId: a.projectId, part: PlanPart.ASSIGNMENTS });
      return { ...a, units } as Assignment;
    });
  }

  async unassign(actor: Actor, id: string): Promise<Assignment> {
    const { a, grant } = await this.loadAssignment(actor, id);
    return this.ds.transaction(async (m) => {
      await lockProject(m, a.projectId);
      await m.getRepository(Assignment).delete({ id: a.id });
      await recordActivity(m, a.projectId, grant.userId, [
        { entityType: 'assignment', entityId: a.id, taskId: a.taskId, action: ActivityAction.DELETED, oldValue: { resourceId: a.resourceId, units: a.units } },
      ]);
      await publishInTransaction(m, { type: 'task', projectId: a.projectId, action: 'UPDATED', ids: [a.taskId] }, { type: 'plan', projectId: a.projectId, part: PlanPart.ASSIGNMENTS });
      return a;
    });
  }

  /** The member's resource, made on demand (a WORK resource with the member's name, on the project calendar). */
  async forMember(actor: Actor, projectId: string, userId: string): Promise<Resource> {
    const grant = await can(actor, projectId, Permission.PROJECT_UPDATE);
    return this.ds.transaction(async (m) => {
      await lockProject(m, projectId);
      const { resource, created } = await this.memberResource(m, projectId, userId, 'input.userId', grant.userId);
      if (created) await publishInTransaction(m, { type: 'plan', projectId, part: PlanPart.RESOURCES });
      return resource;
    });
  }

  /**
   * The rule that keeps people and resources together: taking a person off a task removes their
   * resource's assignment to it; putting a person on a task assigns their resource (made on
   * demand). Runs in the transaction of the assignee change; summaries take no assignments.
   */
  async assigneeChanged(m: EntityManager, change: AssigneeChange): Promise<void> {
    const { projectId, taskId, from, to, actorId } = change;
    const task = await m.getRepository(Task).findOneBy({ id: taskId });
    if (!task) return;
    const repo = m.getRepository(Assignment);
    const changes: Change[] = [];
    let resourcesChanged = false;
    if (from) {
      const old = await m.getRepository(Resource).findOneBy({ projectId, userId: from });
      const a = old ? await repo.findOneBy({ taskId, resourceId: old.id }) : null;
      if (old && a) {
        await repo.delete({ id: a.id });
        changes.push({ entityType: 'assignment', entityId: a.id, taskId, action: ActivityAction.DELETED, oldValue: { resourceId: old.id, resource: old.name, units: a.units, followsAssignee: true } });
      }
    }
    if (to && task.kind !== TaskKind.SUMMARY) {
      const { resource, created } = await this.memberResource(m, projectId, to, 'input.assigneeId', actorId);
      resourcesChanged = created;
      if (!(await repo.existsBy({ taskId, resourceId: resource.id }))) {
        const a = await repo.save(repo.create({ projectId, taskId, resourceId: resource.id, units: 1 }));
        changes.push({ entityType: 'assignment', entityId: a.id, taskId, action: ActivityAction.CREATED, newValue: { resourceId: resource.id, resource: resource.name, units: 1, followsAssignee: true } });
      }
    }
    if (!changes.length && !resourcesChanged) return;
    await recordActivity(m, projectId, actorId, changes);
    await publishInTransaction(m, { type: 'plan', projectId, part: changes.length ? PlanPart.ASSIGNMENTS : PlanPart.RESOURCES });
    if (resourcesChanged && changes.length) await publishInTransaction(m, { type: 'plan', projectId, part: PlanPart.RESOURCES });
  }

  /** Finds or makes the member's resource; the member must belong to the project. */
  private async memberResource(m: EntityManager, projectId: string, userId: string, field: string, actorId: string | null): Promise<{ resource: Resource; created: boolean }> {
    const member = isUuid(userId) ? await m.getRepository(ProjectMember).findOneBy({ projectId, userId }) : null;
    if (!member) throw new BadUserInputError('That person is not a member of this project', field);
    const repo = m.getRepository(Resource);
    // Two people assigning the same member at once must not make two resources: the unique index decides, the loser reads the winner's.
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO resources (id, project_id, name, type, max_units, user_id, version)
         SELECT gen_random_uuid(), $1, u.name, 'WORK', 1, u.id, 1 FROM users u WHERE u.id = $2
       ON CONFLICT (project_id, user_id) WHERE user_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [projectId, userId],
    );
    const resource = await repo.findOneByOrFail({ projectId, userId });
    if (inserted.length) {
      await recordActivity(m, projectId, actorId, [
        { entityType: 'resource', entityId: resource.id, action: ActivityAction.CREATED, newValue: { name: resource.name, type: resource.type, userId } },
      ]);
    }
    return { resource, created: inserted.length > 0 };
  }

  /** Links a resource to a member (or unlinks it with null); a member has at most one resource. */
  private async checkMemberLink(m: EntityManager, current: Resource, userId: string | null): Promise<void> {
    if (!userId) return;
    const member = isUuid(userId) ? await m.getRepository(ProjectMember).findOneBy({ projectId: current.projectId, userId }) : null;
    if (!member) throw new BadUserInputError('That person is not a member of this project', 'input.userId');
    if (current.type !== ResourceType.WORK) throw new BadUserInputError('Only a work resource can be a person', 'input.userId');
    const other = await m.getRepository(Resource).findOneBy({ projectId: current.projectId, userId });
    if (other && other.id !== current.id) throw new BadUserInputError(`${(await m.getRepository(User).findOneBy({ id: userId }))?.name ?? 'That member'} is already the resource ${other.name}`, 'input.userId');
  }
}
