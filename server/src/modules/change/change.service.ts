import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { addNode, archiveNode } from '@trellis/schema/wbs';
import type { Actor } from '../../common/actor.js';
import { isSystem } from '../../common/actor.js';
import { Permission, isUuid, roleAllows, type Grant } from '../../common/access.js';
import { BadUserInputError, ForbiddenError, NotFoundError, WorkflowError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { pageArgs, pageOf, type Connection } from '../../common/pagination.js';
import { lockVersioned } from '../../common/versioned.js';
import { ActivityAction, recordActivity, type Change } from '../activity/index.js';
import { Baseline, BaselineTask, baselineSnapshot, loadPlan, type ScheduleService } from '../planning/index.js';
import { PlanPart } from '../planning/index.js';
import { ProjectMember, ProjectRole } from '../project/index.js';
import { Dependency, lockProject, rollUpAncestors, type TaskStructure } from '../task/index.js';
import { computeSchedule } from '../../planning/schedule.js';
import { planInput } from '../planning/index.js';
import { existingTaskIds, normalizeChangeSet, readChangeSet, type ChangeSet } from './change-set.js';
import { Issue, issueLabel } from '../issuelog/index.js';
import { ChangeBoard, ChangeRequest, ChangeRequestIssue, ChangeRequestStep } from './change.entity.js';
import { ChangeRequestSort, ChangeRequestStatus, DECIDED } from './change.enums.js';
import type { ChangeRequestArgs, ChangeRequestCreateInput, ChangeRequestIssueInput, ChangeRequestStepInput, ChangeRequestUpdateInput } from './change.types.js';
import { computeImpact, planBase, whatIf, type ChangeImpact } from './impact.js';
import { insertDecision } from './decision.service.js';
import { nextNumber, registerEvent } from './register.js';

const MAX_TEXT = 20_000;

/** How a change request is named to people: `CR-4 Vendor delay`. */
export const changeRequestLabel = (cr: Pick<ChangeRequest, 'number' | 'title'>) => `CR-${cr.number} ${cr.title}`;

/** States in which the requester may still edit the request. */
const EDITABLE = new Set([ChangeRequestStatus.DRAFT, ChangeRequestStatus.DEFERRED]);
/** States from which a request can be decided. */
const OPEN = new Set([ChangeRequestStatus.SUBMITTED, ChangeRequestStatus.UNDER_REVIEW]);

function checkText(value: string | null | undefined, field: string, label: string, required = false, max = MAX_TEXT): string {
  const v = (value ?? '').trim();
  if (required && !v) throw new BadUserInputError(`${label} is required`, field);
  if (v.length > max) throw new BadUserInputError(`${label} must be at most ${max.toLocaleString('en')} characters`, field);
  return v;
}

/** One activity row of a register entry: the label travels with each value, so the sentence can name it later. */
export function registerChange(entityType: string, entityId: string, label: string, action: ActivityAction, field: string | null, oldValue: unknown, newValue: unknown): Change {
  return { entityType, entityId, action, field, oldValue: { label, value: oldValue ?? null }, newValue: { label, value: newValue ?? null } };
}

/**
 * Change requests: the change set is checked against the live plan when saved, previewed on a
 * what-if copy by the planning engine, and applied in one transaction when approved, through the
 * WBS document (so open outlines see the new tasks) and the task and link rows.
 */
export class ChangeService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
    private readonly structure: TaskStructure,
  ) {}

  async get(actor: Actor, id: string): Promise<ChangeRequest> {
    await authorizeEntity(actor, 'changeRequest', id, Permission.PROJECT_READ);
    const cr = await this.ds.getRepository(ChangeRequest).findOneBy({ id });
    if (!cr) throw new NotFoundError('Change request');
    return cr;
  }

  async list(actor: Actor, projectId: string, args: ChangeRequestArgs): Promise<Connection<ChangeRequest>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(args.first, args.after);
    const qb = this.ds.getRepository(ChangeRequest).createQueryBuilder('c').where('c.project_id = :projectId', { projectId });
    const f = args.filter;
    if (f?.statuses?.length) qb.andWhere('c.status = ANY(:statuses)', { statuses: f.statuses });
    if (f?.categories?.length) qb.andWhere('c.category = ANY(:categories)', { categories: f.categories });
    if (f?.requestedById) qb.andWhere('c.requested_by_id = :requestedById', { requestedById: f.requestedById });
    if (f?.search?.trim()) {
      const s = f.search.trim();
      const num = /^(?:CR-)?(\d+)$/i.exec(s);
      qb.andWhere(num ? '(c.title ILIKE :q OR c.number = :num)' : 'c.title ILIKE :q', { q: `%${s.replace(/[%_\\]/g, '\\$&')}%`, num: num ? Number(num[1]) : null });
    }
    const order: Record<ChangeRequestSort, [string, 'ASC' | 'DESC']> = {
      NUMBER_DESC: ['c.number', 'DESC'],
      NUMBER_ASC: ['c.number', 'ASC'],
      UPDATED_DESC: ['c.updated_at', 'DESC'],
      TITLE_ASC: ['c.title', 'ASC'],
    };
    const [col, dir] = order[args.sort ?? ChangeRequestSort.NUMBER_DESC];
    qb.orderBy(col, dir).addOrderBy('c.id', 'ASC');
    return pageOf(qb, skip, take);
  }

  /** The project's change board (empty: owners and managers decide). */
  async board(actor: Actor, projectId: string): Promise<ChangeBoard> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return (await this.ds.getRepository(ChangeBoard).findOneBy({ projectId })) ?? Object.assign(new ChangeBoard(), { projectId, memberIds: [], updatedAt: new Date(0) });
  }

  async boardSet(actor: Actor, projectId: string, memberIds: string[]): Promise<ChangeBoard> {
    const grant = await can(actor, projectId, Permission.PROJECT_UPDATE);
    const ids = [...new Set(memberIds)];
    const members = ids.length ? await this.ds.getRepository(ProjectMember).findBy({ projectId, userId: In(ids) }) : [];
    ids.forEach((id, i) => {
      const m = members.find((x) => x.userId === id);
      if (!m || m.role === ProjectRole.VIEWER) throw new BadUserInputError('Each member of the change board must be a project member who can edit (not a viewer)', `memberIds[${i}]`);
    });
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(ChangeBoard);
      const before = (await repo.findOneBy({ projectId }))?.memberIds ?? [];
      await repo.upsert({ projectId, memberIds: ids }, ['projectId']);
      await recordActivity(m, projectId, grant.userId, [{ entityType: 'change_board', entityId: projectId, action: ActivityAction.UPDATED, field: 'memberIds', oldValue: before, newValue: ids }]);
      await publishInTransaction(m, { type: 'project', projectId });
      return repo.findOneByOrFail({ projectId });
    });
  }

  /** Whether this actor may decide the project's change requests (the board if named, else owners and managers). */
  async mayDecide(actor: Actor, projectId: string, grant?: Grant): Promise<boolean> {
    if (isSystem(actor)) return true;
    const g = grant ?? (await can(actor, projectId, Permission.PROJECT_READ).catch(() => null));
    if (!g?.role || g.role === ProjectRole.VIEWER) return false;
    const board = await this.ds.getRepository(ChangeBoard).findOneBy({ projectId });
    if (board?.memberIds.length) return !!g.userId && board.memberIds.includes(g.userId);
    return roleAllows(g.role, Permission.CHANGE_DECIDE);
  }

  private async requireDecider(actor: Actor, grant: Grant): Promise<void> {
    if (await this.mayDecide(actor, grant.projectId, grant)) return;
    const board = await this.ds.getRepository(ChangeBoard).findOneBy({ projectId: grant.projectId });
    throw new ForbiddenError(board?.memberIds.length ? 'Only the members of the change board decide change requests in this project' : 'Only owners and managers decide change requests in this project');
  }

  /** Members edit and submit only the requests they raised or were named on; deciders any. */
  private async requireOwnOrDecider(actor: Actor, grant: Grant, cr: ChangeRequest): Promise<void> {
    if (isSystem(actor) || (grant.userId && (grant.userId === cr.createdById || grant.userId === cr.requestedById))) return;
    if (await this.mayDecide(actor, grant.projectId, grant)) return;
    throw new ForbiddenError('Members can change only the change requests they raised');
  }

  private async checkRequester(m: EntityManager, projectId: string, userId: string, field: string): Promise<void> {
    const member = isUuid(userId) ? await m.getRepository(ProjectMember).findOneBy({ projectId, userId }) : null;
    if (!member) throw new BadUserInputError('The requester must be a member of this project', field);
  }

  private async checkLinkedTasks(m: EntityManager, projectId: string, ids: string[], field: string): Promise<void> {
    if (!ids.length) return;
    const rows: { id: string }[] = await m.query('SELECT id FROM tasks WHERE project_id = $1 AND id = ANY($2::uuid[]) AND archived_at IS NULL', [projectId, ids]);
    const found = new Set(rows.map((r) => r.id));
    const i = ids.findIndex((id) => !found.has(id));
    if (i >= 0) throw new BadUserInputError('No such task in this project (it may have been deleted)', `${field}[${i}]`);
  }

  /** Checks a change set against the live plan (references, limits, cycles) by scheduling its what-if plan. */
  private async checkAgainstPlan(projectId: string, cs: ChangeSet, at: string): Promise<void> {
    const plan = await this.schedules.current(projectId);
    whatIf(plan.doc, cs, at);
  }

  async create(actor: Actor, input: ChangeRequestCreateInput): Promise<ChangeRequest> {
    const grant = await can(actor, input.projectId, Permission.CHANGE_REQUEST_EDIT);
    const title = checkText(input.title, 'input.title', 'Title', true, 300);
    const description = checkText(input.description, 'input.description', 'Description');
    const reason = checkText(input.reason, 'input.reason', 'Reason');
    const cs = normalizeChangeSet(input.changeSet, 'input.changeSet');
    const requestedById = input.requestedById ?? grant.userId;
    if (!requestedById) throw new BadUserInputError('Name who requests the change', 'input.requestedById');
    await this.checkAgainstPlan(input.projectId, cs, 'input.changeSet');
    const linked = [...new Set(input.linkedTaskIds ?? [])];
    return this.ds.transaction(async (m) => {
      await this.checkRequester(m, input.projectId, requestedById, 'input.requestedById');
      await this.checkLinkedTasks(m, input.projectId, linked, 'input.linkedTaskIds');
      const number = await nextNumber(m, 'change_requests', input.projectId);
      const repo = m.getRepository(ChangeRequest);
      const cr = await repo.save(
        repo.create({
          projectId: input.projectId,
          number,
          title,
          description,
          reason,
          category: input.category,
          status: ChangeRequestStatus.DRAFT,
          requestedById,
          createdById: grant.userId,
          changeSet: cs,
          linkedTaskIds: [...new Set([...linked, ...existingTaskIds(cs)])],
          takeBaseline: !!input.takeBaseline,
          impact: null,
        }),
      );
      await this.step(m, cr, null, ChangeRequestStatus.DRAFT, grant.userId, '');
      await recordActivity(m, cr.projectId, grant.userId, [registerChange('change_request', cr.id, changeRequestLabel(cr), ActivityAction.CREATED, null, null, { title, category: cr.category })]);
      await registerEvent(m, 'change_request', cr.projectId, 'CREATED', cr.id);
      return cr;
    });
  }

  async update(actor: Actor, input: ChangeRequestUpdateInput): Promise<ChangeRequest> {
    const grant = await authorizeEntity(actor, 'changeRequest', input.id, Permission.CHANGE_REQUEST_EDIT);
    const cs = input.changeSet ? normalizeChangeSet(input.changeSet, 'input.changeSet') : null;
    if (cs) await this.checkAgainstPlan(grant.projectId, cs, 'input.changeSet');
    return this.ds.transaction(async (m) => {
      const cr = await this.lock(m, input.id, input.version);
      await this.requireOwnOrDecider(actor, grant, cr);
      if (!EDITABLE.has(cr.status)) throw new WorkflowError('INVALID_STATE', 'Only a draft or deferred change request can be edited');
      const label = changeRequestLabel(cr);
      const changes: Change[] = [];
      const set = <K extends 'title' | 'description' | 'reason' | 'category' | 'requestedById' | 'takeBaseline'>(field: K, value: ChangeRequest[K] | null | undefined) => {
        if (value === undefined || value === null || value === cr[field]) return;
        changes.push(registerChange('change_request', cr.id, label, ActivityAction.UPDATED, field, field === 'description' ? null : cr[field], field === 'description' ? null : value));
        cr[field] = value;
      };
      if (input.title !== undefined && input.title !== null) set('title', checkText(input.title, 'input.title', 'Title', true, 300));
      if (input.description !== undefined && input.description !== null) set('description', checkText(input.description, 'input.description', 'Description'));
      if (input.reason !== undefined && input.reason !== null) set('reason', checkText(input.reason, 'input.reason', 'Reason'));
      set('category', input.category);
      if (input.requestedById && input.requestedById !== cr.requestedById) await this.checkRequester(m, cr.projectId, input.requestedById, 'input.requestedById');
      set('requestedById', input.requestedById);
      set('takeBaseline', input.takeBaseline);
      const linked = input.linkedTaskIds ? [...new Set(input.linkedTaskIds)] : null;
      if (linked) await this.checkLinkedTasks(m, cr.projectId, linked, 'input.linkedTaskIds');
      if (cs && JSON.stringify(cs) !== JSON.stringify(readChangeSet(cr.changeSet))) {
        changes.push(registerChange('change_request', cr.id, label, ActivityAction.UPDATED, 'changeSet', null, summarize(cs)));
        cr.changeSet = cs;
        // A preview of another change set says nothing about this one.
        cr.impact = null;
      }
      const nextLinked = linked || cs ? [...new Set([...(linked ?? cr.linkedTaskIds), ...existingTaskIds(readChangeSet(cr.changeSet))])] : cr.linkedTaskIds;
      if (JSON.stringify(nextLinked) !== JSON.stringify(cr.linkedTaskIds)) {
        if (!changes.some((c) => c.field === 'changeSet')) changes.push(registerChange('change_request', cr.id, label, ActivityAction.UPDATED, 'linkedTaskIds', cr.linkedTaskIds.length, nextLinked.length));
        cr.linkedTaskIds = nextLinked;
      }
      if (!changes.length) return cr;
      cr.version += 1;
      const saved = await m.getRepository(ChangeRequest).save(cr);
      await recordActivity(m, cr.projectId, grant.userId, changes);
      await registerEvent(m, 'change_request', cr.projectId, 'UPDATED', cr.id);
      return saved;
    });
  }

  /**
   * Schedules the what-if plan and stores its difference from the live plan, with the fingerprint
   * of the plan it was computed on (approval refuses once the plan has moved on).
   */
  async preview(actor: Actor, id: string): Promise<ChangeRequest> {
    const grant = await authorizeEntity(actor, 'changeRequest', id, Permission.CHANGE_REQUEST_EDIT);
    const current = await this.ds.getRepository(ChangeRequest).findOneBy({ id });
    if (!current) throw new NotFoundError('Change request');
    if (current.status === ChangeRequestStatus.APPROVED || current.status === ChangeRequestStatus.REJECTED) {
      throw new WorkflowError('INVALID_STATE', 'This change request is decided; its impact is no longer previewed');
    }
    const plan = await this.schedules.current(grant.projectId);
    const impact = computeImpact({ doc: plan.doc, result: plan.result, budget: plan.project.budget }, readChangeSet(current.changeSet), 'changeSet');
    return this.ds.transaction(async (m) => {
      const cr = await this.lock(m, id, null);
      // The change set was replaced meanwhile: this preview is of the old one.
      if (JSON.stringify(cr.changeSet) !== JSON.stringify(current.changeSet)) throw new WorkflowError('STALE_PREVIEW', 'The change set was edited meanwhile; preview again');
      cr.impact = impact;
      cr.version += 1;
      const saved = await m.getRepository(ChangeRequest).save(cr);
      await recordActivity(m, cr.projectId, grant.userId, [registerChange('change_request', cr.id, changeRequestLabel(cr), ActivityAction.UPDATED, 'impact', null, { finish: impact.finishAfter })]);
      await registerEvent(m, 'change_request', cr.projectId, 'UPDATED', cr.id);
      return saved;
    });
  }

  /** Whether the stored preview was computed on the plan as it is now. */
  async previewCurrent(cr: ChangeRequest): Promise<boolean | null> {
    const impact = cr.impact as ChangeImpact | null;
    if (!impact) return null;
    const plan = await this.schedules.current(cr.projectId);
    return planBase(plan.doc, plan.project.budget) === impact.base;
  }

  submit(actor: Actor, input: ChangeRequestStepInput): Promise<ChangeRequest> {
    return this.transition(actor, input, ChangeRequestStatus.SUBMITTED, 'own', (cr) => {
      if (!EDITABLE.has(cr.status)) throw new WorkflowError('INVALID_STATE', 'Only a draft or deferred change request can be submitted');
    });
  }

  startReview(actor: Actor, input: ChangeRequestStepInput): Promise<ChangeRequest> {
    return this.transition(actor, input, ChangeRequestStatus.UNDER_REVIEW, 'decider', (cr) => {
      if (cr.status !== ChangeRequestStatus.SUBMITTED) throw new WorkflowError('INVALID_STATE', 'Only a submitted change request can be taken under review');
    });
  }

  reject(actor: Actor, input: ChangeRequestStepInput): Promise<ChangeRequest> {
    return this.decide(actor, input, ChangeRequestStatus.REJECTED);
  }

  defer(actor: Actor, input: ChangeRequestStepInput): Promise<ChangeRequest> {
    return this.decide(actor, input, ChangeRequestStatus.DEFERRED);
  }

  approve(actor: Actor, input: ChangeRequestStepInput): Promise<ChangeRequest> {
    return this.decide(actor, input, ChangeRequestStatus.APPROVED);
  }

  private async decide(actor: Actor, input: ChangeRequestStepInput, to: ChangeRequestStatus): Promise<ChangeRequest> {
    const reason = checkText(input.reason, 'input.reason', 'Reason', to !== ChangeRequestStatus.APPROVED, 5000);
    return this.transition(actor, input, to, 'decider', async (cr, m, grant) => {
      if (DECIDED.has(cr.status)) throw new WorkflowError('ALREADY_DECIDED', `${changeRequestLabel(cr)} was already ${cr.status.toLowerCase()}; it cannot be decided again`);
      if (!OPEN.has(cr.status)) throw new WorkflowError('INVALID_STATE', 'Submit the change request before deciding it');
      if (to === ChangeRequestStatus.APPROVED) {
        if (grant.userId && grant.userId === cr.requestedById) {
          throw new WorkflowError('SELF_APPROVAL', 'You raised this change request; someone else must approve it');
        }
        await this.apply(m, cr, grant.userId);
      }
      if (to !== ChangeRequestStatus.DEFERRED) await insertDecision(m, cr, to, reason, grant.userId);
    }, reason);
  }

  /**
   * Applies an approved change set in the caller's transaction: first checks it was previewed on
   * the plan as it is now (under the project lock, so nothing moves meanwhile), then edits the
   * tree through the WBS document and the other rows directly, and takes the baseline if asked.
   */
  private async apply(m: EntityManager, cr: ChangeRequest, userId: string | null): Promise<void> {
    const projectId = cr.projectId;
    await lockProject(m, projectId);
    const impact = cr.impact as ChangeImpact | null;
    if (!impact) throw new WorkflowError('STALE_PREVIEW', 'Preview the impact of this change before approving it');
    const loaded = await loadPlan(m, projectId);
    if (planBase(loaded.doc, loaded.project.budget) !== impact.base) {
      throw new WorkflowError('STALE_PREVIEW', 'The plan has changed since this impact was previewed; preview again and check the new impact before approving');
    }
    const cs = readChangeSet(cr.changeSet);
    const label = changeRequestLabel(cr);
    const ids = new Map<string, string>(cs.addTasks.map((t) => [t.key, randomUUID()]));
    const idOf = (ref: string) => ids.get(ref) ?? ref;
    const touched: string[] = [];
    const changes: Change[] = [];

    for (const t of cs.addTasks) {
      const id = ids.get(t.key)!;
      await this.structure.applyStructure(m, projectId, userId, (doc) => addNode(doc, { id, parentId: t.parentId ? idOf(t.parentId) : null, name: t.name, kind: t.milestone ? 'MILESTONE' : 'TASK' }), 'changeSet');
      await m.query('UPDATE tasks SET duration_days = $2 WHERE id = $1', [id, t.durationDays]);
      touched.push(id);
    }
    for (const d of cs.durations) {
      const [[row]]: [{ old: number }[]] = await m.query(
        `UPDATE tasks t SET duration_days = $2, version = t.version + 1, updated_at = now() FROM tasks o WHERE t.id = $1 AND o.id = t.id RETURNING o.duration_days::float8 AS old`,
        [d.taskId, d.durationDays],
      );
      changes.push({ entityType: 'task', entityId: d.taskId, taskId: d.taskId, action: ActivityAction.UPDATED, field: 'durationDays', oldValue: row?.old ?? null, newValue: d.durationDays });
      touched.push(d.taskId);
    }
    const linkEnds: string[] = [];
    for (const l of cs.removeLinks) {
      const [rows]: [{ id: string; type: string }[]] = await m.query('DELETE FROM task_dependencies WHERE project_id = $1 AND predecessor_id = $2 AND successor_id = $3 RETURNING id, type', [projectId, l.predecessorId, l.successorId]);
      for (const r of rows) changes.push({ entityType: 'dependency', entityId: r.id, taskId: l.successorId, action: ActivityAction.DELETED, oldValue: { predecessorId: l.predecessorId, successorId: l.successorId, type: r.type } });
      linkEnds.push(l.predecessorId, l.successorId);
    }
    for (const l of cs.links) {
      const dep = await m.getRepository(Dependency).save(m.getRepository(Dependency).create({ projectId, predecessorId: idOf(l.predecessorId), successorId: idOf(l.successorId), type: l.type, lagDays: l.lagDays }));
      changes.push({ entityType: 'dependency', entityId: dep.id, taskId: dep.successorId, action: ActivityAction.CREATED, newValue: { predecessorId: dep.predecessorId, successorId: dep.successorId, type: dep.type, lagDays: dep.lagDays } });
      linkEnds.push(dep.predecessorId, dep.successorId);
    }
    for (const id of cs.removeTasks) {
      await this.structure.applyStructure(m, projectId, userId, (doc) => archiveNode(doc, id), 'changeSet');
    }
    if (touched.length) await rollUpAncestors(m, projectId, touched);
    if (cs.budgetDelta !== null && cs.budgetDelta !== 0) {
      const [[row]]: [{ old: number | null; budget: number }[]] = await m.query(
        `UPDATE projects p SET budget = COALESCE(o.budget, 0) + $2, version = p.version + 1, updated_at = now() FROM projects o
          WHERE p.id = $1 AND o.id = p.id RETURNING o.budget::float8 AS old, p.budget::float8 AS budget`,
        [projectId, cs.budgetDelta],
      );
      changes.push({ entityType: 'project', entityId: projectId, action: ActivityAction.UPDATED, field: 'budget', oldValue: row?.old ?? null, newValue: row?.budget ?? null });
      await publishInTransaction(m, { type: 'project', projectId });
    }
    const updated = [...new Set([...touched.filter((id) => !ids.has(id) && ![...ids.values()].includes(id)), ...linkEnds])];
    if (updated.length) await publishInTransaction(m, { type: 'task', projectId, action: 'UPDATED', ids: updated });
    if (cs.links.length || cs.removeLinks.length) await publishInTransaction(m, { type: 'plan', projectId, part: PlanPart.LINKS });
    changes.push(registerChange('change_request', cr.id, label, ActivityAction.UPDATED, 'appliedAt', null, new Date().toISOString()));
    await recordActivity(m, projectId, userId, changes);
    cr.appliedAt = new Date();
    if (cr.takeBaseline) cr.baselineId = await this.takeBaseline(m, projectId, label, userId);
  }

  /** A baseline of the plan as the transaction now sees it (the change applied), named after the request. */
  private async takeBaseline(m: EntityManager, projectId: string, name: string, userId: string | null): Promise<string> {
    const loaded = await loadPlan(m, projectId);
    const rows = baselineSnapshot(loaded.doc, computeSchedule(planInput(loaded.doc)));
    const repo = m.getRepository(Baseline);
    const b = await repo.save(repo.create({ projectId, name: name.slice(0, 200), createdById: userId }));
    for (let i = 0; i < rows.length; i += 5000) await m.getRepository(BaselineTask).insert(rows.slice(i, i + 5000).map((r) => ({ ...r, baselineId: b.id })));
    await recordActivity(m, projectId, userId, [{ entityType: 'baseline', entityId: b.id, action: ActivityAction.CREATED, newValue: { name: b.name, tasks: rows.length } }]);
    await publishInTransaction(m, { type: 'plan', projectId, part: PlanPart.BASELINES });
    return b.id;
  }

  /** A workflow step: access, the request locked at its version, the state rule, the step and its history row. */
  private async transition(
    actor: Actor,
    input: ChangeRequestStepInput,
    to: ChangeRequestStatus,
    who: 'own' | 'decider',
    rule: (cr: ChangeRequest, m: EntityManager, grant: Grant) => void | Promise<void>,
    reason = checkText(input.reason, 'input.reason', 'Reason', false, 5000),
  ): Promise<ChangeRequest> {
    const grant = await authorizeEntity(actor, 'changeRequest', input.id, Permission.CHANGE_REQUEST_EDIT);
    return this.ds.transaction(async (m) => {
      const cr = await this.lock(m, input.id, input.version);
      if (who === 'decider') await this.requireDecider(actor, grant);
      else await this.requireOwnOrDecider(actor, grant, cr);
      await rule(cr, m, grant);
      const from = cr.status;
      cr.status = to;
      cr.version += 1;
      const saved = await m.getRepository(ChangeRequest).save(cr);
      await this.step(m, cr, from, to, grant.userId, reason);
      await recordActivity(m, cr.projectId, grant.userId, [registerChange('change_request', cr.id, changeRequestLabel(cr), ActivityAction.UPDATED, 'status', from, { status: to, reason })]);
      await registerEvent(m, 'change_request', cr.projectId, 'UPDATED', cr.id);
      return saved;
    });
  }

  async remove(actor: Actor, id: string): Promise<ChangeRequest> {
    const grant = await authorizeEntity(actor, 'changeRequest', id, Permission.CHANGE_REQUEST_EDIT);
    return this.ds.transaction(async (m) => {
      const cr = await this.lock(m, id, null);
      await this.requireOwnOrDecider(actor, grant, cr);
      if (cr.status !== ChangeRequestStatus.DRAFT) throw new WorkflowError('INVALID_STATE', 'Only a draft can be deleted; a submitted change request stays in the change log');
      await m.getRepository(ChangeRequest).delete({ id });
      await recordActivity(m, cr.projectId, grant.userId, [registerChange('change_request', cr.id, changeRequestLabel(cr), ActivityAction.DELETED, null, null, null)]);
      await registerEvent(m, 'change_request', cr.projectId, 'DELETED', cr.id);
      return cr;
    });
  }

  /**
   * Links an issue to a change request, or unlinks it. Members who may log issues may link them; the
   * issue must be one the actor can see (else NOT_FOUND, as for any unknown id) and in the request's
   * project. Linking what is already linked (or unlinking what is not) writes nothing.
   */
  async issueLink(actor: Actor, input: ChangeRequestIssueInput, link: boolean): Promise<{ changeRequest: ChangeRequest; issue: Issue; written: boolean }> {
    const grant = await authorizeEntity(actor, 'changeRequest', input.changeRequestId, Permission.ISSUE_MANAGE);
    const issueGrant = await authorizeEntity(actor, 'issue', input.issueId, Permission.PROJECT_READ);
    if (issueGrant.projectId !== grant.projectId) throw new BadUserInputError("The issue must be in the change request's project", 'input.issueId');
    return this.ds.transaction(async (m) => {
      const cr = await this.lock(m, input.changeRequestId, null);
      const issue = await m.getRepository(Issue).findOneBy({ id: input.issueId });
      if (!issue || issue.archivedAt) throw new BadUserInputError('That issue was deleted', 'input.issueId');
      const links = m.getRepository(ChangeRequestIssue);
      const pair = { changeRequestId: cr.id, issueId: issue.id };
      const exists = await links.existsBy(pair);
      if (exists === link) return { changeRequest: cr, issue, written: false };
      if (link) await links.insert(pair);
      else await links.delete(pair);
      const label = changeRequestLabel(cr);
      await recordActivity(m, cr.projectId, grant.userId, [
        registerChange('change_request', cr.id, label, ActivityAction.UPDATED, 'issueLink', null, { issue: issueLabel(issue), linked: link }),
      ]);
      await registerEvent(m, 'change_request', cr.projectId, 'UPDATED', cr.id);
      await publishInTransaction(m, { type: 'issue', projectId: cr.projectId, action: 'UPDATED', ids: [issue.id] });
      return { changeRequest: cr, issue, written: true };
    });
  }

  /** The request read and locked for the rest of the transaction; a stale `version` is CONFLICT. */
  private lock(m: EntityManager, id: string, version: number | null): Promise<ChangeRequest> {
    return lockVersioned(m, ChangeRequest, { id }, version, 'Change request');
  }

  private async step(m: EntityManager, cr: ChangeRequest, from: ChangeRequestStatus | null, to: ChangeRequestStatus, actorId: string | null, reason: string): Promise<void> {
    await m.getRepository(ChangeRequestStep).insert({ changeRequestId: cr.id, fromStatus: from, toStatus: to, actorId, reason });
  }
}

/** A short account of a change set for the activity log. */
function summarize(cs: ChangeSet): Record<string, number> {
  return {
    addTasks: cs.addTasks.length,
    durations: cs.durations.length,
    links: cs.links.length,
    removeLinks: cs.removeLinks.length,
    removeTasks: cs.removeTasks.length,
  };
}

