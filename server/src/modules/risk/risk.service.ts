import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { lockVersioned } from '../../common/versioned.js';
import { publishInTransaction } from '../../common/events.js';
import { FieldErrors, MAX_TITLE } from '../../common/field-errors.js';
import { pageArgs, pageOf, type Connection } from '../../common/pagination.js';
import { ActivityAction, fieldChanges, recordActivity, type Change } from '../activity/index.js';
import { Project, ProjectMember } from '../project/index.js';
import type { Task, TaskService } from '../task/index.js';
import { Risk, RiskHistory, RiskTask } from './risk.entity.js';
import { RiskKind, RiskSortField, RiskStatus, type RiskStrategy } from './risk.enums.js';
import type { RiskCreateInput, RiskFilter, RiskMitigationTaskInput, RiskSort, RiskUpdateInput } from './risk.inputs.js';
import { expectedValueOf, impactOf, isOpenRisk, scoreOf, strategiesFor, todayIso } from './risk.rules.js';
import type { RiskExposurePoint, RiskReserve } from './risk.types.js';

/** The fields a person sets; the others (impact, score, expected value) follow from them. */
const EDITABLE = [
  'title', 'description', 'cause', 'effect', 'category', 'ownerId', 'kind', 'probability',
  'impactSchedule', 'impactCost', 'impactScope', 'impactQuality', 'costImpact', 'scheduleImpactDays',
  'strategy', 'responsePlan', 'trigger', 'reviewDate', 'status', 'residualProbability', 'residualImpact',
] as const;
type Editable = Pick<Risk, (typeof EDITABLE)[number]>;
type EditableInput = Partial<{ [K in keyof Editable]: Editable[K] | null }>;

const TEXTS = ['description', 'cause', 'effect', 'responsePlan', 'trigger'] as const;
const SCORES = ['probability', 'impactSchedule', 'impactCost', 'impactScope', 'impactQuality', 'residualProbability', 'residualImpact'] as const;
const NOT_NULL = new Set<string>(['title', 'kind', 'status', 'probability', 'impactSchedule', 'impactCost', 'impactScope', 'impactQuality', ...TEXTS, 'category']);

const SCORE_LABELS: Record<(typeof SCORES)[number], string> = {
  probability: 'Probability',
  impactSchedule: 'Schedule impact',
  impactCost: 'Cost impact score',
  impactScope: 'Scope impact',
  impactQuality: 'Quality impact',
  residualProbability: 'Residual probability',
  residualImpact: 'Residual impact',
};

export const riskKey = (r: Pick<Risk, 'number'>): string => `R-${r.number}`;
export const riskLabel = (r: Pick<Risk, 'number' | 'title'>): string => `${riskKey(r)} ${r.title}`;

/** A risk with what follows from its scores (impact, score, expected value, residual score). */
function withDerived(f: Editable): Editable & Pick<Risk, 'impact' | 'score' | 'expectedValue' | 'residualScore'> {
  const impact = impactOf(f);
  return {
    ...f,
    impact,
    score: scoreOf(f.probability, impact),
    expectedValue: expectedValueOf(f.probability, f.costImpact),
    residualScore: f.residualProbability !== null && f.residualImpact !== null ? scoreOf(f.residualProbability, f.residualImpact) : null,
  };
}

/** The rules of the fields alone, every problem at once (`errors`). */
function checkFields(f: EditableInput, errors: FieldErrors): void {
  errors.text(f.title, 'input.title', 'Title', { required: f.title !== undefined, max: MAX_TITLE });
  errors.text(f.category, 'input.category', 'Category', { max: MAX_TITLE });
  for (const t of TEXTS) errors.text(f[t], `input.${t}`, t === 'responsePlan' ? 'Response plan' : t[0]!.toUpperCase() + t.slice(1));
  for (const s of SCORES) errors.whole(f[s], `input.${s}`, SCORE_LABELS[s], 1, 5);
  errors.number(f.costImpact, 'input.costImpact', 'Cost impact', 0, 1e12);
  errors.number(f.scheduleImpactDays, 'input.scheduleImpactDays', 'Schedule impact', 0, 10_000);
  for (const k of Object.keys(f) as (keyof EditableInput)[]) {
    if (f[k] === null && NOT_NULL.has(k)) errors.add(`input.${k}`, `${k} cannot be null`);
  }
}

function checkStrategy(kind: RiskKind, strategy: RiskStrategy | null, errors: FieldErrors): void {
  if (strategy && !strategiesFor(kind).includes(strategy)) {
    const allowed = strategiesFor(kind).map((s) => s.toLowerCase()).join(', ');
    errors.add('input.strategy', `A ${kind.toLowerCase()} takes one of these strategies: ${allowed}`);
  }
}

const SORT_COLUMNS: Record<RiskSortField, string> = {
  [RiskSortField.KEY]: 'r.number',
  [RiskSortField.TITLE]: 'lower(r.title)',
  [RiskSortField.SCORE]: 'r.score',
  [RiskSortField.RESIDUAL_SCORE]: 'r.residual_score',
  [RiskSortField.EMV]: 'r.expected_value',
  [RiskSortField.REVIEW_DATE]: 'r.review_date',
  [RiskSortField.STATUS]: 'r.status',
  [RiskSortField.UPDATED_AT]: 'r.updated_at',
};

export class RiskService {
  constructor(
    private readonly ds: DataSource,
    private readonly tasks: TaskService,
  ) {}

  async get(actor: Actor, id: string): Promise<Risk> {
    await authorizeEntity(actor, 'risk', id, Permission.PROJECT_READ);
    const risk = await this.ds.getRepository(Risk).findOneBy({ id });
    if (!risk) throw new NotFoundError('Risk');
    return risk;
  }

  async list(actor: Actor, projectId: string, filter?: RiskFilter | null, sort?: RiskSort | null, first?: number | null, after?: string | null): Promise<Connection<Risk>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(first, after);
    const qb = this.ds.getRepository(Risk).createQueryBuilder('r').where('r.project_id = :projectId', { projectId });
    if (!filter?.includeArchived) qb.andWhere('r.archived_at IS NULL');
    if (filter?.statuses?.length) qb.andWhere('r.status = ANY(:statuses)', { statuses: filter.statuses });
    if (filter?.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter?.ownerId) {
      if (!isUuid(filter.ownerId)) throw new BadUserInputError('ownerId is not a valid id', 'filter.ownerId');
      qb.andWhere('r.owner_id = :ownerId', { ownerId: filter.ownerId });
    }
    if (filter?.category) qb.andWhere('r.category = :category', { category: filter.category });
    if (filter?.minScore) qb.andWhere('r.score >= :minScore', { minScore: filter.minScore });
    const [p, i] = filter?.residual ? ['r.residual_probability', 'r.residual_impact'] : ['r.probability', 'r.impact'];
    if (filter?.probability) qb.andWhere(`${p} = :probability`, { probability: filter.probability });
    if (filter?.impact) qb.andWhere(`${i} = :impact`, { impact: filter.impact });
    if (filter?.reviewOverdue) qb.andWhere(`r.review_date < :today AND r.status IN ('IDENTIFIED', 'ACTIVE')`, { today: todayIso() });
    if (filter?.search?.trim()) {
      const s = filter.search.trim();
      const num = /^(?:R-)?(\d+)$/i.exec(s);
      qb.andWhere(num ? '(r.title ILIKE :q OR r.number = :num)' : 'r.title ILIKE :q', { q: `%${s.replace(/[%_\\]/g, '\\$&')}%`, num: num ? Number(num[1]) : null });
    }
    const field = sort?.field ?? RiskSortField.SCORE;
    const descending = sort ? !!sort.descending : true;
    qb.orderBy(SORT_COLUMNS[field], descending ? 'DESC' : 'ASC', descending ? 'NULLS LAST' : 'NULLS FIRST').addOrderBy('r.number', 'ASC');
    return pageOf(qb, skip, take);
  }

  /** Tasks given for a link must be live tasks of the risk's project. */
  private async checkTasks(m: EntityManager, projectId: string, taskIds: string[] | undefined, errors: FieldErrors): Promise<void> {
    if (!taskIds?.length) return;
    const ids = [...new Set(taskIds)];
    const found: { id: string }[] = ids.every(isUuid)
      ? await m.query(`SELECT id FROM tasks WHERE id = ANY($1::uuid[]) AND project_id = $2 AND archived_at IS NULL`, [ids, projectId])
      : [];
    if (found.length !== ids.length) errors.add('input.taskIds', 'Linked tasks must be live tasks of this project');
  }

  private async checkMember(m: EntityManager, projectId: string, userId: string | null | undefined, field: string, errors: FieldErrors): Promise<void> {
    if (!userId) return;
    const member = isUuid(userId) ? await m.getRepository(ProjectMember).existsBy({ projectId, userId }) : false;
    if (!member) errors.add(field, 'Choose a member of this project');
  }

  async create(actor: Actor, input: RiskCreateInput): Promise<Risk> {
    const grant = await can(actor, input.projectId, Permission.RISK_MANAGE);
    const errors = new FieldErrors();
    const given = pick(input);
    checkFields({ ...given, title: input.title ?? '' }, errors);
    if (input.status === RiskStatus.OCCURRED) errors.add('input.status', 'A risk becomes occurred through riskOccur, which logs its issue');
    const fields: Editable = {
      title: (input.title ?? '').trim(),
      description: input.description ?? '',
      cause: input.cause ?? '',
      effect: input.effect ?? '',
      category: input.category?.trim() ?? '',
      ownerId: input.ownerId ?? null,
      kind: input.kind ?? RiskKind.THREAT,
      probability: input.probability ?? 3,
      impactSchedule: input.impactSchedule ?? 1,
      impactCost: input.impactCost ?? 1,
      impactScope: input.impactScope ?? 1,
      impactQuality: input.impactQuality ?? 1,
      costImpact: input.costImpact ?? null,
      scheduleImpactDays: input.scheduleImpactDays ?? null,
      strategy: input.strategy ?? null,
      responsePlan: input.responsePlan ?? '',
      trigger: input.trigger ?? '',
      reviewDate: input.reviewDate ?? null,
      status: input.status ?? RiskStatus.IDENTIFIED,
      residualProbability: input.residualProbability ?? null,
      residualImpact: input.residualImpact ?? null,
    };
    checkStrategy(fields.kind, fields.strategy, errors);
    return this.ds.transaction(async (m) => {
      await this.checkMember(m, input.projectId, fields.ownerId, 'input.ownerId', errors);
      await this.checkTasks(m, input.projectId, input.taskIds, errors);
      errors.throwIfAny();
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('risk-number:' || $1))`, [input.projectId]);
      const [{ next }] = (await m.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM risks WHERE project_id = $1`, [input.projectId])) as { next: number }[];
      const repo = m.getRepository(Risk);
      const risk = await repo.save(repo.create({ ...withDerived(fields), projectId: input.projectId, number: Number(next), createdById: grant.userId }));
      const taskIds = [...new Set(input.taskIds ?? [])];
      await this.writeLinks(m, risk.id, taskIds);
      await this.record(m, risk, 'CREATED', [
        { entityType: 'risk', entityId: risk.id, action: ActivityAction.CREATED, newValue: { key: riskKey(risk), title: risk.title } },
      ], grant.userId);
      return risk;
    });
  }

  async update(actor: Actor, input: RiskUpdateInput): Promise<Risk> {
    const grant = await authorizeEntity(actor, 'risk', input.id, Permission.RISK_MANAGE);
    const errors = new FieldErrors();
    const given = pick(input);
    checkFields(given, errors);
    if (input.status === RiskStatus.OCCURRED) errors.add('input.status', 'A risk becomes occurred through riskOccur, which logs its issue');
    return this.ds.transaction(async (m) => {
      const current = await lockRisk(m, input.id, input.version);
      const before = Object.fromEntries(EDITABLE.map((f) => [f, current[f]])) as Editable;
      const after: Editable = { ...before };
      for (const f of EDITABLE) {
        const v = given[f];
        if (v === undefined || (v === null && NOT_NULL.has(f))) continue;
        (after as Record<string, unknown>)[f] = typeof v === 'string' && (f === 'title' || f === 'category') ? v.trim() : v;
      }
      checkStrategy(after.kind, after.strategy, errors);
      if (after.ownerId !== before.ownerId) await this.checkMember(m, current.projectId, after.ownerId, 'input.ownerId', errors);
      await this.checkTasks(m, current.projectId, input.taskIds, errors);
      errors.throwIfAny();
      const changes = fieldChanges(before, after, [...EDITABLE], { entityType: 'risk', entityId: current.id, subject: riskLabel({ number: current.number, title: after.title }) });
      if (input.taskIds !== undefined) {
        const old = (await this.linkedTaskIds(m, current.id)).sort();
        const next = [...new Set(input.taskIds)].sort();
        if (JSON.stringify(old) !== JSON.stringify(next)) {
          await m.delete(RiskTask, { riskId: current.id });
          await this.writeLinks(m, current.id, next);
          changes.push({ entityType: 'risk', entityId: current.id, subject: riskLabel({ number: current.number, title: after.title }), action: ActivityAction.UPDATED, field: 'taskIds', oldValue: old, newValue: next });
        }
      }
      if (changes.length === 0) return current;
      const repo = m.getRepository(Risk);
      const saved = await repo.save(repo.merge(current, { ...withDerived(after), version: current.version + 1 }));
      await this.record(m, saved, 'UPDATED', changes, grant.userId);
      return saved;
    });
  }

  /** Deletes a risk by archiving it: it leaves the register and the exposure from now on; its history stays. */
  async remove(actor: Actor, id: string, version?: number | null): Promise<Risk> {
    const grant = await authorizeEntity(actor, 'risk', id, Permission.RISK_DELETE);
    return this.ds.transaction(async (m) => {
      const current = await lockRisk(m, id, version);
      current.archivedAt = new Date();
      current.version += 1;
      const saved = await m.getRepository(Risk).save(current);
      await this.record(m, saved, 'DELETED', [{ entityType: 'risk', entityId: id, action: ActivityAction.DELETED, subject: riskLabel(saved) }], grant.userId);
      return saved;
    });
  }

  /**
   * Creates a task in the WBS through the task module's own create path (so open outlines see it at
   * once) and links it to the risk, in one transaction.
   */
  async createMitigationTask(actor: Actor, input: RiskMitigationTaskInput): Promise<{ risk: Risk; task: Task }> {
    const grant = await authorizeEntity(actor, 'risk', input.riskId, Permission.RISK_MANAGE);
    await can(actor, grant.projectId, Permission.TASK_CREATE);
    const errors = new FieldErrors();
    errors.text(input.name, 'input.name', 'Task name', { required: input.name !== undefined && input.name !== null, max: MAX_TITLE });
    errors.throwIfAny();
    return this.ds.transaction(async (m) => {
      const risk = await lockRisk(m, input.riskId, null);
      // The task module checks the parent and the assignee, naming its own fields.
      const name = input.name?.trim() || `Mitigate: ${risk.title}`.slice(0, MAX_TITLE);
      const task = await this.tasks.create(
        actor,
        {
          projectId: risk.projectId,
          name,
          parentId: input.parentId ?? null,
          assigneeId: input.assigneeId ?? risk.ownerId ?? null,
          description: `Response to risk ${riskLabel(risk)}`,
          // A start-no-earlier-than constraint (what the task module makes of a planned start).
          plannedStart: mitigationStart(risk.reviewDate, todayIso()),
        },
        m,
      );
      await this.writeLinks(m, risk.id, [task.id]);
      risk.version += 1;
      const saved = await m.getRepository(Risk).save(risk);
      const taskKey = await taskLabel(m, task);
      await this.record(m, saved, 'UPDATED', [
        { entityType: 'risk', entityId: risk.id, subject: riskLabel(risk), action: ActivityAction.UPDATED, field: 'mitigationTask', newValue: { taskId: task.id, task: taskKey } },
      ], grant.userId);
      return { risk: saved, task };
    });
  }

  /**
   * Marks a risk occurred inside the caller's transaction (the issue log's riskOccur, which logs the
   * issue in the same transaction). The risk must be open.
   */
  async markOccurred(m: EntityManager, riskId: string, version: number | null | undefined, actorId: string | null): Promise<Risk> {
    const current = await lockRisk(m, riskId, version);
    if (!isOpenRisk(current.status)) throw new BadUserInputError(`Only an open risk can occur; ${riskKey(current)} is ${current.status.toLowerCase()}`, 'riskId');
    const before = current.status;
    current.status = RiskStatus.OCCURRED;
    current.version += 1;
    const saved = await m.getRepository(Risk).save(current);
    await this.record(m, saved, 'UPDATED', [
      { entityType: 'risk', entityId: riskId, subject: riskLabel(saved), action: ActivityAction.UPDATED, field: 'status', oldValue: before, newValue: RiskStatus.OCCURRED },
    ], actorId);
    return saved;
  }

  /**
   * Open exposure at the end of each of the last `weeks` weeks, from the history rows as they were
   * written then: for every risk, its last recorded state on or before the week's end.
   */
  async exposureTrend(actor: Actor, projectId: string, weeks: number): Promise<RiskExposurePoint[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw new BadUserInputError('weeks must be from 1 to 104', 'weeks');
    const rows: { week_ending: string; threat_score: string; threat_value: string; opp_score: string; opp_value: string; open_count: string }[] = await this.ds.query(
      `WITH weeks AS (
         SELECT (date_trunc('week', now() AT TIME ZONE 'UTC')::date + 6 - 7 * g) AS week_ending FROM generate_series(0, $2::int - 1) g
       ),
       states AS (
         SELECT w.week_ending, s.*
           FROM weeks w
           CROSS JOIN LATERAL (
             SELECT DISTINCT ON (h.risk_id) h.risk_id, h.kind, h.status, h.score, h.expected_value, h.archived
               FROM risk_history h
              WHERE h.project_id = $1 AND h.at < (w.week_ending + 1)::timestamp AT TIME ZONE 'UTC'
              ORDER BY h.risk_id, h.at DESC, h.id DESC
           ) s
       )
       SELECT w.week_ending::text AS week_ending,
              coalesce(sum(s.score) FILTER (WHERE s.kind = 'THREAT'), 0) AS threat_score,
              coalesce(sum(s.expected_value) FILTER (WHERE s.kind = 'THREAT'), 0) AS threat_value,
              coalesce(sum(s.score) FILTER (WHERE s.kind = 'OPPORTUNITY'), 0) AS opp_score,
              coalesce(sum(s.expected_value) FILTER (WHERE s.kind = 'OPPORTUNITY'), 0) AS opp_value,
              count(s.risk_id) AS open_count
         FROM weeks w
         LEFT JOIN states s ON s.week_ending = w.week_ending AND NOT s.archived AND s.status IN ('IDENTIFIED', 'ACTIVE')
        GROUP BY w.week_ending
        ORDER BY w.week_ending`,
      [projectId, weeks],
    );
    return rows.map((r) => ({
      weekEnding: r.week_ending,
      threatScore: Number(r.threat_score),
      threatValue: Number(r.threat_value),
      opportunityScore: Number(r.opp_score),
      opportunityValue: Number(r.opp_value),
      openCount: Number(r.open_count),
    }));
  }

  /** The contingency reserve the open threats call for, and the open opportunities apart. */
  async reserve(actor: Actor, projectId: string): Promise<RiskReserve> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const project = await this.ds.getRepository(Project).findOneByOrFail({ id: projectId });
    const [row] = (await this.ds.query(
      `SELECT coalesce(sum(expected_value) FILTER (WHERE kind = 'THREAT'), 0) AS threats,
              coalesce(sum(expected_value) FILTER (WHERE kind = 'OPPORTUNITY'), 0) AS opportunities,
              count(*) FILTER (WHERE kind = 'THREAT') AS threat_count,
              count(*) FILTER (WHERE kind = 'OPPORTUNITY') AS opportunity_count
         FROM risks WHERE project_id = $1 AND archived_at IS NULL AND status IN ('IDENTIFIED', 'ACTIVE')`,
      [projectId],
    )) as { threats: string; opportunities: string; threat_count: string; opportunity_count: string }[];
    return {
      currency: project.currency,
      budget: project.budget,
      contingency: Number(row!.threats),
      opportunities: Number(row!.opportunities),
      openThreats: Number(row!.threat_count),
      openOpportunities: Number(row!.opportunity_count),
    };
  }

  private async linkedTaskIds(m: EntityManager, riskId: string): Promise<string[]> {
    return (await m.getRepository(RiskTask).findBy({ riskId })).map((l) => l.taskId);
  }

  private async writeLinks(m: EntityManager, riskId: string, taskIds: string[]): Promise<void> {
    if (taskIds.length) await m.createQueryBuilder().insert().into(RiskTask).values(taskIds.map((taskId) => ({ riskId, taskId }))).orIgnore().execute();
  }

  /** What every risk write leaves behind, in its transaction: history, activity and the event. */
  private async record(m: EntityManager, risk: Risk, action: 'CREATED' | 'UPDATED' | 'DELETED', changes: Change[], actorId: string | null): Promise<void> {
    await m.getRepository(RiskHistory).insert({
      projectId: risk.projectId,
      riskId: risk.id,
      kind: risk.kind,
      status: risk.status,
      probability: risk.probability,
      impact: risk.impact,
      score: risk.score,
      expectedValue: risk.expectedValue,
      archived: !!risk.archivedAt,
    });
    await recordActivity(m, risk.projectId, actorId, changes.map((c) => ({ ...c, subject: c.subject ?? riskLabel(risk) })));
    await publishInTransaction(m, { type: 'risk', projectId: risk.projectId, action, ids: [risk.id] });
  }
}

/** The editable fields an input sends (left-out fields are undefined). */
function pick(input: object): EditableInput {
  const out: EditableInput = {};
  for (const f of EDITABLE) if ((input as Record<string, unknown>)[f] !== undefined) (out as Record<string, unknown>)[f] = (input as Record<string, unknown>)[f];
  return out;
}

function lockRisk(m: EntityManager, id: string, version: number | null | undefined): Promise<Risk> {
  if (!isUuid(id)) throw new NotFoundError('Risk');
  return lockVersioned(m, Risk, { id }, version, 'Risk', (r) => !!r.archivedAt);
}

async function taskLabel(m: EntityManager, task: Task): Promise<string> {
  const [p] = (await m.query(`SELECT key FROM projects WHERE id = $1`, [task.projectId])) as { key: string }[];
  return `${p?.key ?? '?'}-${task.number} ${task.name}`;
}

/**
 * When a mitigation task may start. With no predecessor an ASAP task would be drawn at the project's
 * start, often months in the past, where nobody can do the work; the manager expects it from the
 * day the response is due: the risk's review date when one is set and still ahead, otherwise today
 * (an overdue review or none at all means the response is wanted now). Dates are calendar days
 * (`YYYY-MM-DD`), so the comparison is a string one.
 */
export function mitigationStart(reviewDate: string | null, today: string): string {
  return reviewDate && reviewDate > today ? reviewDate : today;
}
