import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission, roleAllows } from '../../common/access.js';
import { checkOptionalDay } from '../../common/date-range.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { pageArgs, pageOf, type Connection } from '../../common/pagination.js';
import { lockVersioned } from '../../common/versioned.js';
import { ActivityAction, recordActivity, type Change } from '../activity/index.js';
import { ProjectMember } from '../project/index.js';
import { ChangeRequest, Decision } from './change.entity.js';
import { ChangeRequestStatus, DecisionSort } from './change.enums.js';
import type { DecisionArgs, DecisionCreateInput, DecisionUpdateInput } from './change.types.js';
import { nextNumber, registerEvent } from './register.js';

/** How a decision is named to people: `D-2 Use the managed database`. */
export const decisionLabel = (d: Pick<Decision, 'number' | 'title'>) => `D-${d.number} ${d.title}`;

const today = () => new Date().toISOString().slice(0, 10);

function registerChange(d: Pick<Decision, 'id' | 'number' | 'title'>, action: ActivityAction, field: string | null, oldValue: unknown, newValue: unknown): Change {
  const label = decisionLabel(d);
  return { entityType: 'decision', entityId: d.id, action, field, oldValue: { label, value: oldValue ?? null }, newValue: { label, value: newValue ?? null } };
}

/**
 * The decision an approval or rejection writes, in the deciding transaction: what was decided about
 * which request, by whom and why, linked to the request and its tasks.
 */
export async function insertDecision(m: EntityManager, cr: ChangeRequest, outcome: ChangeRequestStatus, reason: string, userId: string | null): Promise<Decision> {
  const repo = m.getRepository(Decision);
  const number = await nextNumber(m, 'decisions', cr.projectId);
  const verb = outcome === ChangeRequestStatus.APPROVED ? 'Approved' : 'Rejected';
  const d = await repo.save(
    repo.create({
      projectId: cr.projectId,
      number,
      title: `${verb} CR-${cr.number} ${cr.title}`.slice(0, 300),
      rationale: reason,
      alternatives: '',
      decidedByIds: userId ? [userId] : [],
      decidedByText: '',
      decidedOn: today(),
      linkedTaskIds: cr.linkedTaskIds,
      linkedChangeRequestIds: [cr.id],
      createdById: userId,
    }),
  );
  await recordActivity(m, cr.projectId, userId, [registerChange(d, ActivityAction.CREATED, null, null, { title: d.title })]);
  await registerEvent(m, 'decision', cr.projectId, 'CREATED', d.id);
  return d;
}

interface DecisionFields {
  title: string;
  rationale: string;
  alternatives: string;
  decidedByIds: string[];
  decidedByText: string;
  decidedOn: string;
  linkedTaskIds: string[];
  linkedChangeRequestIds: string[];
}
const FIELDS = ['title', 'rationale', 'alternatives', 'decidedByIds', 'decidedByText', 'decidedOn', 'linkedTaskIds', 'linkedChangeRequestIds'] as const;

/** The decision log: a simple register of what was decided, why, by whom and when. */
export class DecisionService {
  constructor(private readonly ds: DataSource) {}

  async get(actor: Actor, id: string): Promise<Decision> {
    await authorizeEntity(actor, 'decision', id, Permission.PROJECT_READ);
    const d = await this.ds.getRepository(Decision).findOneBy({ id });
    if (!d) throw new NotFoundError('Decision');
    return d;
  }

  async list(actor: Actor, projectId: string, args: DecisionArgs): Promise<Connection<Decision>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(args.first, args.after);
    const qb = this.ds.getRepository(Decision).createQueryBuilder('d').where('d.project_id = :projectId', { projectId });
    const s = args.filter?.search?.trim();
    if (s) qb.andWhere('(d.title ILIKE :q OR d.rationale ILIKE :q)', { q: `%${s.replace(/[%_\\]/g, '\\$&')}%` });
    if (args.filter?.changeRequestId) qb.andWhere('d.linked_change_request_ids @> :cr::jsonb', { cr: JSON.stringify([args.filter.changeRequestId]) });
    const sort = args.sort ?? DecisionSort.DECIDED_DESC;
    if (sort === DecisionSort.NUMBER_DESC) qb.orderBy('d.number', 'DESC');
    else qb.orderBy('d.decided_on', sort === DecisionSort.DECIDED_ASC ? 'ASC' : 'DESC').addOrderBy('d.number', sort === DecisionSort.DECIDED_ASC ? 'ASC' : 'DESC');
    return pageOf(qb, skip, take);
  }

  /** Input made whole and checked; references must be live rows of this project. */
  private async check(m: EntityManager, projectId: string, f: DecisionFields): Promise<DecisionFields> {
    const title = f.title.trim();
    if (!title) throw new BadUserInputError('Say what was decided', 'input.title');
    if (title.length > 300) throw new BadUserInputError('The decision must be at most 300 characters; put the detail in the rationale', 'input.title');
    for (const k of ['rationale', 'alternatives', 'decidedByText'] as const) {
      if (f[k].length > 20_000) throw new BadUserInputError(`${k} must be at most 20,000 characters`, `input.${k}`);
    }
    checkOptionalDay(f.decidedOn, 'input.decidedOn');
    const missing = async (sql: string, ids: string[], field: string, what: string) => {
      if (!ids.length) return;
      const rows: { id: string }[] = await m.query(sql, [projectId, ids]);
      const found = new Set(rows.map((r) => r.id));
      const i = ids.findIndex((id) => !found.has(id));
      if (i >= 0) throw new BadUserInputError(`No such ${what} in this project`, `${field}[${i}]`);
    };
    const people = [...new Set(f.decidedByIds)];
    if (people.length) {
      const members = await m.getRepository(ProjectMember).find({ select: { userId: true }, where: people.map((userId) => ({ projectId, userId })) });
      const known = new Set(members.map((x) => x.userId));
      const i = people.findIndex((id) => !known.has(id));
      if (i >= 0) throw new BadUserInputError('Deciders named by id must be members of this project; name others in words', `input.decidedByIds[${i}]`);
    }
    const tasks = [...new Set(f.linkedTaskIds)];
    const crs = [...new Set(f.linkedChangeRequestIds)];
    await missing('SELECT id FROM tasks WHERE project_id = $1 AND id = ANY($2::uuid[]) AND archived_at IS NULL', tasks, 'input.linkedTaskIds', 'task');
    await missing('SELECT id FROM change_requests WHERE project_id = $1 AND id = ANY($2::uuid[])', crs, 'input.linkedChangeRequestIds', 'change request');
    return { ...f, title, rationale: f.rationale.trim(), alternatives: f.alternatives.trim(), decidedByText: f.decidedByText.trim(), decidedByIds: people, linkedTaskIds: tasks, linkedChangeRequestIds: crs };
  }

  async create(actor: Actor, input: DecisionCreateInput): Promise<Decision> {
    const grant = await can(actor, input.projectId, Permission.DECISION_MANAGE);
    return this.ds.transaction(async (m) => {
      const f = await this.check(m, input.projectId, {
        title: input.title ?? '',
        rationale: input.rationale ?? '',
        alternatives: input.alternatives ?? '',
        decidedByIds: input.decidedByIds ?? [],
        decidedByText: input.decidedByText ?? '',
        decidedOn: input.decidedOn ?? today(),
        linkedTaskIds: input.linkedTaskIds ?? [],
        linkedChangeRequestIds: input.linkedChangeRequestIds ?? [],
      });
      if (!f.decidedByIds.length && !f.decidedByText) throw new BadUserInputError('Say who decided (members, or people outside the project in words)', 'input.decidedByIds');
      const number = await nextNumber(m, 'decisions', input.projectId);
      const repo = m.getRepository(Decision);
      const d = await repo.save(repo.create({ projectId: input.projectId, number, ...f, createdById: grant.userId }));
      await recordActivity(m, d.projectId, grant.userId, [registerChange(d, ActivityAction.CREATED, null, null, { title: d.title })]);
      await registerEvent(m, 'decision', d.projectId, 'CREATED', d.id);
      return d;
    });
  }

  async update(actor: Actor, input: DecisionUpdateInput): Promise<Decision> {
    const grant = await authorizeEntity(actor, 'decision', input.id, Permission.DECISION_MANAGE);
    return this.ds.transaction(async (m) => {
      const d = await lockVersioned(m, Decision, { id: input.id }, input.version, 'Decision');
      const before: DecisionFields = Object.fromEntries(FIELDS.map((k) => [k, d[k]])) as unknown as DecisionFields;
      const merged: DecisionFields = { ...before };
      for (const k of FIELDS) {
        const v = input[k];
        if (v !== undefined && v !== null) (merged as unknown as Record<string, unknown>)[k] = v;
      }
      const after = await this.check(m, d.projectId, merged);
      if (!after.decidedByIds.length && !after.decidedByText) throw new BadUserInputError('Say who decided (members, or people outside the project in words)', 'input.decidedByIds');
      const changed = FIELDS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      if (!changed.length) return d;
      const changes = changed.map((k) => registerChange(d, ActivityAction.UPDATED, k, k === 'rationale' || k === 'alternatives' ? null : before[k], k === 'rationale' || k === 'alternatives' ? null : after[k]));
      Object.assign(d, after, { version: d.version + 1 });
      const saved = await m.getRepository(Decision).save(d);
      await recordActivity(m, d.projectId, grant.userId, changes);
      await registerEvent(m, 'decision', d.projectId, 'UPDATED', d.id);
      return saved;
    });
  }

  /** Owners and managers delete any entry; members the ones they recorded. */
  async remove(actor: Actor, id: string, version?: number | null): Promise<Decision> {
    const grant = await authorizeEntity(actor, 'decision', id, Permission.DECISION_MANAGE);
    return this.ds.transaction(async (m) => {
      const d = await lockVersioned(m, Decision, { id }, version, 'Decision');
      if (grant.role && !roleAllows(grant.role, Permission.CHANGE_DECIDE) && d.createdById !== grant.userId) {
        throw new ForbiddenError('Members can delete only the decisions they recorded');
      }
      await m.getRepository(Decision).delete({ id });
      await recordActivity(m, d.projectId, grant.userId, [registerChange(d, ActivityAction.DELETED, null, null, null)]);
      await registerEvent(m, 'decision', d.projectId, 'DELETED', d.id);
      return d;
    });
  }
}
