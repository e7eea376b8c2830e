import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { FieldErrors, MAX_TITLE } from '../../common/field-errors.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { pageArgs, pageOf, type Connection } from '../../common/pagination.js';
import { lockVersioned } from '../../common/versioned.js';
import { ActivityAction, fieldChanges, recordActivity, type Change } from '../activity/index.js';
import { ProjectMember } from '../project/index.js';
import { riskLabel, type Risk, type RiskService } from '../risk/index.js';
import { Issue, IssueRisk, IssueTask } from './issue.entity.js';
import { IssueLevel, IssueSortField, IssueStatus, IssueType, isOpenIssue } from './issue.enums.js';
import type { IssueCreateInput, IssueFilter, IssueSort, IssueUpdateInput, RiskOccurInput } from './issue.inputs.js';

const EDITABLE = [
  'title', 'description', 'type', 'severity', 'priority', 'ownerId', 'raisedById', 'raisedAt', 'dueDate',
  'status', 'escalationLevel', 'escalatedToId', 'resolution',
] as const;
type Editable = Pick<Issue, (typeof EDITABLE)[number]>;
const NOT_NULL = new Set<string>(['title', 'description', 'type', 'severity', 'priority', 'raisedAt', 'status', 'escalationLevel', 'resolution']);
const PEOPLE = ['ownerId', 'raisedById', 'escalatedToId'] as const;

export const issueKey = (i: Pick<Issue, 'number'>): string => `I-${i.number}`;
export const issueLabel = (i: Pick<Issue, 'number' | 'title'>): string => `${issueKey(i)} ${i.title}`;

const DAY_MS = 86_400_000;
/** Whole days since the issue was raised. */
export const ageInDays = (raisedAt: Date, now = new Date()): number => Math.max(0, Math.floor((now.getTime() - raisedAt.getTime()) / DAY_MS));
/** Past its due date (before today) and still open. */
export const issueOverdue = (i: Pick<Issue, 'dueDate' | 'status'>, today = new Date().toISOString().slice(0, 10)): boolean =>
  !!i.dueDate && i.dueDate < today && isOpenIssue(i.status);

const LEVEL_ORDER = `CASE %s WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 WHEN 'CRITICAL' THEN 4 END`;
const SORT_COLUMNS: Record<IssueSortField, string> = {
  [IssueSortField.KEY]: 'i.number',
  [IssueSortField.TITLE]: 'lower(i.title)',
  [IssueSortField.SEVERITY]: LEVEL_ORDER.replace('%s', 'i.severity'),
  [IssueSortField.PRIORITY]: LEVEL_ORDER.replace('%s', 'i.priority'),
  [IssueSortField.DUE_DATE]: 'i.due_date',
  [IssueSortField.RAISED_AT]: 'i.raised_at',
  [IssueSortField.STATUS]: 'i.status',
  [IssueSortField.UPDATED_AT]: 'i.updated_at',
};

function checkFields(f: Partial<Record<keyof Editable, unknown>>, errors: FieldErrors): void {
  errors.text(f.title as string | undefined, 'input.title', 'Title', { required: f.title !== undefined, max: MAX_TITLE });
  errors.text(f.description as string | undefined, 'input.description', 'Description');
  errors.text(f.resolution as string | undefined, 'input.resolution', 'Resolution');
  errors.whole(f.escalationLevel as number | undefined, 'input.escalationLevel', 'Escalation level', 0, 5);
  for (const k of Object.keys(f)) if (f[k as keyof Editable] === null && NOT_NULL.has(k)) errors.add(`input.${k}`, `${k} cannot be null`);
}

export class IssueService {
  constructor(
    private readonly ds: DataSource,
    private readonly risks: RiskService,
  ) {}

  async get(actor: Actor, id: string): Promise<Issue> {
    await authorizeEntity(actor, 'issue', id, Permission.PROJECT_READ);
    const issue = await this.ds.getRepository(Issue).findOneBy({ id });
    if (!issue) throw new NotFoundError('Issue');
    return issue;
  }

  async list(actor: Actor, projectId: string, filter?: IssueFilter | null, sort?: IssueSort | null, first?: number | null, after?: string | null): Promise<Connection<Issue>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(first, after);
    const qb = this.ds.getRepository(Issue).createQueryBuilder('i').where('i.project_id = :projectId AND i.archived_at IS NULL', { projectId });
    if (filter?.statuses?.length) qb.andWhere('i.status = ANY(:statuses)', { statuses: filter.statuses });
    if (filter?.types?.length) qb.andWhere('i.type = ANY(:types)', { types: filter.types });
    if (filter?.severity) qb.andWhere('i.severity = :severity', { severity: filter.severity });
    if (filter?.ownerId) {
      if (!isUuid(filter.ownerId)) throw new BadUserInputError('ownerId is not a valid id', 'filter.ownerId');
      qb.andWhere('i.owner_id = :ownerId', { ownerId: filter.ownerId });
    }
    if (filter?.open || filter?.overdue) qb.andWhere(`i.status IN ('OPEN', 'IN_PROGRESS', 'ESCALATED')`);
    if (filter?.overdue) qb.andWhere('i.due_date < :today', { today: new Date().toISOString().slice(0, 10) });
    if (filter?.search?.trim()) {
      const s = filter.search.trim();
      const num = /^(?:I-)?(\d+)$/i.exec(s);
      qb.andWhere(num ? '(i.title ILIKE :q OR i.number = :num)' : 'i.title ILIKE :q', { q: `%${s.replace(/[%_\\]/g, '\\$&')}%`, num: num ? Number(num[1]) : null });
    }
    const field = sort?.field ?? IssueSortField.KEY;
    const descending = sort ? !!sort.descending : true;
    qb.orderBy(SORT_COLUMNS[field], descending ? 'DESC' : 'ASC', descending ? 'NULLS LAST' : 'NULLS FIRST').addOrderBy('i.number', 'DESC');
    return pageOf(qb, skip, take);
  }

  private async checkMembers(m: EntityManager, projectId: string, f: Partial<Record<string, unknown>>, errors: FieldErrors): Promise<void> {
    for (const k of PEOPLE) {
      const id = f[k] as string | null | undefined;
      if (!id) continue;
      const ok = isUuid(id) && (await m.getRepository(ProjectMember).existsBy({ projectId, userId: id }));
      if (!ok) errors.add(`input.${k}`, 'Choose a member of this project');
    }
  }

  private async checkLinks(m: EntityManager, projectId: string, input: { taskIds?: string[]; riskIds?: string[] }, errors: FieldErrors): Promise<void> {
    const live = async (table: 'tasks' | 'risks', ids: string[]) => {
      const unique = [...new Set(ids)];
      if (!unique.every(isUuid)) return false;
      const rows: unknown[] = await m.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND project_id = $2 AND archived_at IS NULL`, [unique, projectId]);
      return rows.length === unique.length;
    };
    if (input.taskIds?.length && !(await live('tasks', input.taskIds))) errors.add('input.taskIds', 'Linked tasks must be live tasks of this project');
    if (input.riskIds?.length && !(await live('risks', input.riskIds))) errors.add('input.riskIds', 'Linked risks must be risks of this project');
  }

  /** A resolved or closed issue says how. */
  private checkResolution(f: Editable, errors: FieldErrors): void {
    if ((f.status === IssueStatus.RESOLVED || f.status === IssueStatus.CLOSED) && !f.resolution.trim()) {
      errors.add('input.resolution', 'Say how the issue was resolved before resolving or closing it');
    }
  }

  async create(actor: Actor, input: IssueCreateInput): Promise<Issue> {
    const grant = await can(actor, input.projectId, Permission.ISSUE_MANAGE);
    const errors = new FieldErrors();
    checkFields({ ...pick(input), title: input.title ?? '' }, errors);
    const fields: Editable = {
      title: (input.title ?? '').trim(),
      description: input.description ?? '',
      type: input.type ?? IssueType.PROBLEM,
      severity: input.severity ?? IssueLevel.MEDIUM,
      priority: input.priority ?? IssueLevel.MEDIUM,
      ownerId: input.ownerId ?? null,
      raisedById: input.raisedById ?? grant.userId,
      raisedAt: input.raisedAt ?? new Date(),
      dueDate: input.dueDate ?? null,
      status: input.status ?? IssueStatus.OPEN,
      escalationLevel: input.escalationLevel ?? 0,
      escalatedToId: input.escalatedToId ?? null,
      resolution: input.resolution ?? '',
    };
    this.checkResolution(fields, errors);
    return this.ds.transaction(async (m) => {
      await this.checkMembers(m, input.projectId, { ...fields, raisedById: input.raisedById }, errors);
      await this.checkLinks(m, input.projectId, input, errors);
      errors.throwIfAny();
      return this.insert(m, input.projectId, fields, grant.userId, { taskIds: input.taskIds ?? [], riskIds: input.riskIds ?? [] });
    });
  }

  private async insert(m: EntityManager, projectId: string, fields: Editable, actorId: string | null, links: { taskIds: string[]; riskIds: string[] }, originRisk?: Risk): Promise<Issue> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('issue-number:' || $1))`, [projectId]);
    const [{ next }] = (await m.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM issues WHERE project_id = $1`, [projectId])) as { next: number }[];
    const repo = m.getRepository(Issue);
    const issue = await repo.save(repo.create({ ...fields, projectId, number: Number(next), createdById: actorId, originRiskId: originRisk?.id ?? null }));
    await this.writeLinks(m, issue.id, [...new Set(links.taskIds)], [...new Set(links.riskIds)]);
    const created: Change = originRisk
      ? { entityType: 'issue', entityId: issue.id, action: ActivityAction.CREATED, field: 'occurred', newValue: { risk: riskLabel(originRisk), riskId: originRisk.id } }
      : { entityType: 'issue', entityId: issue.id, action: ActivityAction.CREATED, newValue: { key: issueKey(issue), title: issue.title } };
    await this.record(m, issue, 'CREATED', [created], actorId);
    return issue;
  }

  async update(actor: Actor, input: IssueUpdateInput): Promise<Issue> {
    const grant = await authorizeEntity(actor, 'issue', input.id, Permission.ISSUE_MANAGE);
    const errors = new FieldErrors();
    const given = pick(input);
    checkFields(given, errors);
    return this.ds.transaction(async (m) => {
      const current = await lockIssue(m, input.id, input.version);
      const before = Object.fromEntries(EDITABLE.map((f) => [f, current[f]])) as Editable;
      const after: Editable = { ...before };
      for (const f of EDITABLE) {
        const v = given[f];
        if (v === undefined || (v === null && NOT_NULL.has(f))) continue;
        (after as Record<string, unknown>)[f] = f === 'title' && typeof v === 'string' ? v.trim() : v;
      }
      this.checkResolution(after, errors);
      const changedPeople = Object.fromEntries(PEOPLE.filter((k) => after[k] !== before[k]).map((k) => [k, after[k]]));
      await this.checkMembers(m, current.projectId, changedPeople, errors);
      await this.checkLinks(m, current.projectId, input, errors);
      errors.throwIfAny();
      const comparable = (f: Editable) => ({ ...f, raisedAt: f.raisedAt.toISOString() });
      const changes = fieldChanges(comparable(before), comparable(after), [...EDITABLE], { entityType: 'issue', entityId: current.id });
      for (const [kind, ids] of [['taskIds', input.taskIds], ['riskIds', input.riskIds]] as const) {
        if (ids === undefined) continue;
        const old = (await this.linkIds(m, current.id, kind)).sort();
        const next = [...new Set(ids)].sort();
        if (JSON.stringify(old) === JSON.stringify(next)) continue;
        await m.delete(kind === 'taskIds' ? IssueTask : IssueRisk, { issueId: current.id });
        await this.writeLinks(m, current.id, kind === 'taskIds' ? next : [], kind === 'riskIds' ? next : []);
        changes.push({ entityType: 'issue', entityId: current.id, action: ActivityAction.UPDATED, field: kind, oldValue: old, newValue: next });
      }
      if (changes.length === 0) return current;
      const repo = m.getRepository(Issue);
      const saved = await repo.save(repo.merge(current, { ...after, version: current.version + 1 }));
      await this.record(m, saved, 'UPDATED', changes, grant.userId);
      return saved;
    });
  }

  /** Deletes an issue by archiving it; managers and owners. */
  async remove(actor: Actor, id: string, version?: number | null): Promise<Issue> {
    const grant = await authorizeEntity(actor, 'issue', id, Permission.ISSUE_DELETE);
    return this.ds.transaction(async (m) => {
      const current = await lockIssue(m, id, version);
      current.archivedAt = new Date();
      current.version += 1;
      const saved = await m.getRepository(Issue).save(current);
      await this.record(m, saved, 'DELETED', [{ entityType: 'issue', entityId: id, action: ActivityAction.DELETED }], grant.userId);
      return saved;
    });
  }

  /** A risk happened: it becomes OCCURRED and its issue is logged, linked both ways, in one transaction. */
  async riskOccur(actor: Actor, input: RiskOccurInput): Promise<{ risk: Risk; issue: Issue }> {
    const grant = await authorizeEntity(actor, 'risk', input.riskId, Permission.RISK_MANAGE);
    await can(actor, grant.projectId, Permission.ISSUE_MANAGE);
    const errors = new FieldErrors();
    checkFields(pick(input), errors);
    errors.throwIfAny();
    return this.ds.transaction(async (m) => {
      const risk = await this.risks.markOccurred(m, input.riskId, input.version, grant.userId);
      const fields: Editable = {
        title: input.title?.trim() || risk.title,
        description: input.description ?? (risk.effect ? `Occurred risk ${riskLabel(risk)}. Effect: ${risk.effect}` : `Occurred risk ${riskLabel(risk)}.`),
        type: input.type ?? IssueType.PROBLEM,
        severity: input.severity ?? (risk.impact >= 4 ? IssueLevel.HIGH : IssueLevel.MEDIUM),
        priority: input.priority ?? (risk.score >= 15 ? IssueLevel.HIGH : IssueLevel.MEDIUM),
        ownerId: input.ownerId === undefined ? risk.ownerId : input.ownerId,
        raisedById: grant.userId,
        raisedAt: new Date(),
        dueDate: input.dueDate ?? null,
        status: IssueStatus.OPEN,
        escalationLevel: 0,
        escalatedToId: null,
        resolution: '',
      };
      await this.checkMembers(m, risk.projectId, { ownerId: input.ownerId }, errors);
      errors.throwIfAny();
      const taskIds = ((await m.query(`SELECT l.task_id FROM risk_tasks l JOIN tasks t ON t.id = l.task_id WHERE l.risk_id = $1 AND t.archived_at IS NULL`, [risk.id])) as { task_id: string }[]).map((r) => r.task_id);
      const issue = await this.insert(m, risk.projectId, fields, grant.userId, { taskIds, riskIds: [risk.id] }, risk);
      return { risk, issue };
    });
  }

  private async linkIds(m: EntityManager, issueId: string, kind: 'taskIds' | 'riskIds'): Promise<string[]> {
    if (kind === 'taskIds') return (await m.getRepository(IssueTask).findBy({ issueId })).map((l) => l.taskId);
    return (await m.getRepository(IssueRisk).findBy({ issueId })).map((l) => l.riskId);
  }

  private async writeLinks(m: EntityManager, issueId: string, taskIds: string[], riskIds: string[]): Promise<void> {
    if (taskIds.length) await m.createQueryBuilder().insert().into(IssueTask).values(taskIds.map((taskId) => ({ issueId, taskId }))).orIgnore().execute();
    if (riskIds.length) await m.createQueryBuilder().insert().into(IssueRisk).values(riskIds.map((riskId) => ({ issueId, riskId }))).orIgnore().execute();
  }

  /**
   * Activity and the event of an issue write, in its transaction. A blocker's tasks change too (their
   * marker), so the tasks it links are announced as updated for the outline, board and Gantt.
   */
  private async record(m: EntityManager, issue: Issue, action: 'CREATED' | 'UPDATED' | 'DELETED', changes: Change[], actorId: string | null): Promise<void> {
    await recordActivity(m, issue.projectId, actorId, changes.map((c) => ({ ...c, subject: issueLabel(issue) })));
    await publishInTransaction(m, { type: 'issue', projectId: issue.projectId, action, ids: [issue.id] });
    const touched = changes.some((c) => c.field === 'taskIds' || c.field === 'type' || c.field === 'status') || action !== 'UPDATED';
    if (!touched) return;
    const taskIds = new Set(await this.linkIds(m, issue.id, 'taskIds'));
    for (const c of changes) if (c.field === 'taskIds') for (const id of (c.oldValue as string[]) ?? []) taskIds.add(id);
    if (taskIds.size) await publishInTransaction(m, { type: 'task', projectId: issue.projectId, action: 'UPDATED', ids: [...taskIds] });
  }
}

function pick(input: object): Partial<Record<keyof Editable, unknown>> & Partial<Editable> {
  const out: Record<string, unknown> = {};
  for (const f of EDITABLE) if ((input as Record<string, unknown>)[f] !== undefined) out[f] = (input as Record<string, unknown>)[f];
  return out as Partial<Editable>;
}

function lockIssue(m: EntityManager, id: string, version: number | null | undefined): Promise<Issue> {
  if (!isUuid(id)) throw new NotFoundError('Issue');
  return lockVersioned(m, Issue, { id }, version, 'Issue', (i) => !!i.archivedAt);
}
