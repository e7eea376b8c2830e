import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { toConnection, pageArgs, type Connection } from '../../common/pagination.js';
import { lockVersioned } from '../../common/versioned.js';
import { ActivityAction, recordActivity, type Change } from '../activity/index.js';
import { publishRegister } from './register-event.js';
import { checkEmail, checkIdsIn, checkMember, checkScore, checkText } from './stakeholder.checks.js';
import { Stakeholder, StakeholderGroup } from './stakeholder.entity.js';
import { EngagementLevel, StakeholderChangeAction, StakeholderSortField } from './stakeholder.enums.js';
import type { StakeholderArgs, StakeholderCreateInput, StakeholderGroupCreateInput, StakeholderGroupUpdateInput, StakeholderUpdateInput } from './stakeholder.inputs.js';
import { ENGAGEMENT_ORDER, engagementGap, strategyOf } from './stakeholder.rules.js';

/** The fields whose changes the activity log records, one row each. */
const LOGGED_FIELDS = [
  'name',
  'organisation',
  'role',
  'email',
  'phone',
  'memberId',
  'interest',
  'influence',
  'currentEngagement',
  'desiredEngagement',
  'communicationNeeds',
  'notes',
] as const;

/** Activity rows of one row's field changes, each value carrying the row's name for the sentence. */
export function namedChanges<T extends object>(entityType: string, id: string, name: string, before: T, after: T, fields: readonly (keyof T & string)[]): Change[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return fields
    .filter((f) => !same(before[f], after[f]))
    .map((f) => ({
      entityType,
      entityId: id,
      action: ActivityAction.UPDATED,
      field: f,
      oldValue: { name, value: before[f] ?? null },
      newValue: { name, value: after[f] ?? null },
    }));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The order of one sort field; ties go by name. */
function comparator(field: StakeholderSortField): (a: Stakeholder, b: Stakeholder) => number {
  switch (field) {
    case StakeholderSortField.NAME:
      return (a, b) => collator.compare(a.name, b.name);
    case StakeholderSortField.ORGANISATION:
      return (a, b) => collator.compare(a.organisation, b.organisation);
    case StakeholderSortField.INTEREST:
      return (a, b) => a.interest - b.interest;
    case StakeholderSortField.INFLUENCE:
      return (a, b) => a.influence - b.influence;
    case StakeholderSortField.CURRENT_ENGAGEMENT:
      return (a, b) => ENGAGEMENT_ORDER.indexOf(a.currentEngagement) - ENGAGEMENT_ORDER.indexOf(b.currentEngagement);
    case StakeholderSortField.ENGAGEMENT_GAP:
      return (a, b) => engagementGap(a.currentEngagement, a.desiredEngagement) - engagementGap(b.currentEngagement, b.desiredEngagement);
  }
}

/** The stakeholder register and its groups. */
export class StakeholderService {
  constructor(private readonly ds: DataSource) {}

  /**
   * One page of a project's stakeholders. A register holds tens, not thousands, of people, so the
   * filter (on the computed strategy, in one place) and the sort run over the project's rows.
   */
  async list(actor: Actor, projectId: string, args: StakeholderArgs): Promise<Connection<Stakeholder>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(args.first, args.after);
    const all = await this.ds.getRepository(Stakeholder).find({ where: { projectId } });
    const search = args.filter?.search?.trim().toLowerCase();
    const strategies = args.filter?.strategies?.length ? new Set(args.filter.strategies) : null;
    const rows = all.filter(
      (s) =>
        (!search || [s.name, s.organisation, s.role].some((t) => t.toLowerCase().includes(search))) &&
        (!strategies || strategies.has(strategyOf(s.influence, s.interest))) &&
        (!args.filter?.withGap || s.currentEngagement !== s.desiredEngagement),
    );
    const byField = comparator(args.orderBy?.field ?? StakeholderSortField.NAME);
    const sign = args.orderBy?.descending ? -1 : 1;
    const byName = comparator(StakeholderSortField.NAME);
    rows.sort((a, b) => sign * byField(a, b) || byName(a, b) || a.id.localeCompare(b.id));
    return toConnection(rows.slice(skip, skip + take), rows.length, skip);
  }

  async get(actor: Actor, id: string): Promise<Stakeholder> {
    await authorizeEntity(actor, 'stakeholder', id, Permission.PROJECT_READ);
    return this.ds.getRepository(Stakeholder).findOneByOrFail({ id });
  }

  async create(actor: Actor, input: StakeholderCreateInput): Promise<Stakeholder> {
    const grant = await can(actor, input.projectId, Permission.STAKEHOLDER_EDIT);
    const fields = {
      name: checkText(input.name, 'input.name', 200, true),
      organisation: checkText(input.organisation, 'input.organisation', 200),
      role: checkText(input.role, 'input.role', 200),
      email: checkEmail(input.email, 'input.email'),
      phone: checkText(input.phone, 'input.phone', 50) || null,
      interest: checkScore(input.interest, 'input.interest'),
      influence: checkScore(input.influence, 'input.influence'),
      currentEngagement: input.currentEngagement ?? EngagementLevel.NEUTRAL,
      desiredEngagement: input.desiredEngagement ?? EngagementLevel.SUPPORTIVE,
      communicationNeeds: checkText(input.communicationNeeds, 'input.communicationNeeds', 2000),
      notes: checkText(input.notes, 'input.notes', 5000),
    };
    return this.ds.transaction(async (m) => {
      const memberId = await checkMember(m, grant.projectId, input.memberId, 'input.memberId');
      const repo = m.getRepository(Stakeholder);
      const s = await repo.save(repo.create({ projectId: grant.projectId, ...fields, memberId }));
      await recordActivity(m, s.projectId, grant.userId, [
        { entityType: 'stakeholder', entityId: s.id, action: ActivityAction.CREATED, newValue: { name: s.name, influence: s.influence, interest: s.interest } },
      ]);
      await publishRegister(m, s.projectId, { part: 'stakeholder', action: StakeholderChangeAction.CREATED, stakeholderId: s.id, groupId: null });
      return s;
    });
  }

  async update(actor: Actor, input: StakeholderUpdateInput): Promise<Stakeholder> {
    const grant = await authorizeEntity(actor, 'stakeholder', input.id, Permission.STAKEHOLDER_EDIT, 'input.id');
    const patch: Partial<Stakeholder> = {};
    if (input.name !== undefined) patch.name = checkText(input.name, 'input.name', 200, true);
    if (input.organisation !== undefined) patch.organisation = checkText(input.organisation, 'input.organisation', 200);
    if (input.role !== undefined) patch.role = checkText(input.role, 'input.role', 200);
    if (input.email !== undefined) patch.email = checkEmail(input.email, 'input.email');
    if (input.phone !== undefined) patch.phone = checkText(input.phone, 'input.phone', 50) || null;
    if (input.interest !== undefined && input.interest !== null) patch.interest = checkScore(input.interest, 'input.interest');
    if (input.influence !== undefined && input.influence !== null) patch.influence = checkScore(input.influence, 'input.influence');
    if (input.currentEngagement) patch.currentEngagement = input.currentEngagement;
    if (input.desiredEngagement) patch.desiredEngagement = input.desiredEngagement;
    if (input.communicationNeeds !== undefined) patch.communicationNeeds = checkText(input.communicationNeeds, 'input.communicationNeeds', 2000);
    if (input.notes !== undefined) patch.notes = checkText(input.notes, 'input.notes', 5000);
    return this.ds.transaction(async (m) => {
      if (input.memberId !== undefined) patch.memberId = await checkMember(m, grant.projectId, input.memberId, 'input.memberId');
      const before = await lockVersioned(m, Stakeholder, { id: input.id }, input.version, 'Stakeholder');
      const after = m.getRepository(Stakeholder).merge(m.getRepository(Stakeholder).create({ ...before }), patch);
      const changes = namedChanges('stakeholder', before.id, after.name, before, after, LOGGED_FIELDS);
      if (input.emailOptOut !== undefined && input.emailOptOut !== null && input.emailOptOut !== before.emailOptOut) {
        after.emailOptOut = input.emailOptOut;
        after.optedOutAt = input.emailOptOut ? new Date() : null;
        changes.push({
          entityType: 'stakeholder',
          entityId: before.id,
          action: ActivityAction.UPDATED,
          field: 'emailOptOut',
          oldValue: { name: after.name, value: before.emailOptOut },
          newValue: { name: after.name, value: input.emailOptOut },
        });
      }
      if (!changes.length) return before;
      after.version = before.version + 1;
      const saved = await m.getRepository(Stakeholder).save(after);
      await recordActivity(m, saved.projectId, grant.userId, changes);
      await publishRegister(m, saved.projectId, { part: 'stakeholder', action: StakeholderChangeAction.UPDATED, stakeholderId: saved.id, groupId: null });
      return saved;
    });
  }

  /** Deletes a stakeholder with their places in groups, audiences and the RACI. */
  async remove(actor: Actor, id: string, version: number): Promise<Stakeholder> {
    const grant = await authorizeEntity(actor, 'stakeholder', id, Permission.STAKEHOLDER_DELETE, 'id');
    return this.ds.transaction(async (m) => {
      const s = await lockVersioned(m, Stakeholder, { id }, version, 'Stakeholder');
      await this.forget(m, s.projectId, id);
      await m.getRepository(Stakeholder).delete({ id });
      await recordActivity(m, s.projectId, grant.userId, [{ entityType: 'stakeholder', entityId: id, action: ActivityAction.DELETED, oldValue: { name: s.name } }]);
      await publishRegister(m, s.projectId, { part: 'stakeholder', action: StakeholderChangeAction.DELETED, stakeholderId: id, groupId: null });
      return s;
    });
  }

  /** Takes a deleted stakeholder out of every group, audience and RACI cell of the project. */
  private async forget(m: EntityManager, projectId: string, id: string): Promise<void> {
    await m.query('UPDATE stakeholder_groups SET stakeholder_ids = array_remove(stakeholder_ids, $2::uuid) WHERE project_id = $1 AND $2::uuid = ANY(stakeholder_ids)', [projectId, id]);
    await m.query(
      'UPDATE communication_items SET audience_stakeholder_ids = array_remove(audience_stakeholder_ids, $2::uuid) WHERE project_id = $1 AND $2::uuid = ANY(audience_stakeholder_ids)',
      [projectId, id],
    );
    // The RACI loses the column; its watchers learn it from this stakeholder's DELETED event.
    await m.query('DELETE FROM raci_cells WHERE project_id = $1 AND party_id = $2', [projectId, id]);
  }

  async groups(actor: Actor, projectId: string): Promise<StakeholderGroup[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const rows = await this.ds.getRepository(StakeholderGroup).find({ where: { projectId } });
    return rows.sort((a, b) => collator.compare(a.name, b.name));
  }

  async createGroup(actor: Actor, input: StakeholderGroupCreateInput): Promise<StakeholderGroup> {
    const grant = await can(actor, input.projectId, Permission.STAKEHOLDER_EDIT);
    const name = checkText(input.name, 'input.name', 200, true);
    return this.ds.transaction(async (m) => {
      const stakeholderIds = await checkIdsIn(m, 'stakeholders', grant.projectId, input.stakeholderIds, 'input.stakeholderIds');
      const repo = m.getRepository(StakeholderGroup);
      const g = await repo.save(repo.create({ projectId: grant.projectId, name, stakeholderIds }));
      await recordActivity(m, g.projectId, grant.userId, [{ entityType: 'stakeholder_group', entityId: g.id, action: ActivityAction.CREATED, newValue: { name, size: stakeholderIds.length } }]);
      await publishRegister(m, g.projectId, { part: 'stakeholder', action: StakeholderChangeAction.CREATED, stakeholderId: null, groupId: g.id });
      return g;
    });
  }

  async updateGroup(actor: Actor, input: StakeholderGroupUpdateInput): Promise<StakeholderGroup> {
    const grant = await authorizeEntity(actor, 'stakeholderGroup', input.id, Permission.STAKEHOLDER_EDIT, 'input.id');
    const name = input.name === undefined || input.name === null ? undefined : checkText(input.name, 'input.name', 200, true);
    return this.ds.transaction(async (m) => {
      const ids = input.stakeholderIds ? await checkIdsIn(m, 'stakeholders', grant.projectId, input.stakeholderIds, 'input.stakeholderIds') : undefined;
      const before = await lockVersioned(m, StakeholderGroup, { id: input.id }, input.version, 'Stakeholder group');
      const after = { ...before, ...(name !== undefined ? { name } : {}), ...(ids ? { stakeholderIds: ids } : {}) };
      const changes = namedChanges('stakeholder_group', before.id, after.name, before, after, ['name', 'stakeholderIds']);
      if (!changes.length) return before;
      const saved = await m.getRepository(StakeholderGroup).save({ ...after, version: before.version + 1 });
      await recordActivity(m, before.projectId, grant.userId, changes);
      await publishRegister(m, before.projectId, { part: 'stakeholder', action: StakeholderChangeAction.UPDATED, stakeholderId: null, groupId: before.id });
      return saved;
    });
  }

  async removeGroup(actor: Actor, id: string, version: number): Promise<StakeholderGroup> {
    const grant = await authorizeEntity(actor, 'stakeholderGroup', id, Permission.STAKEHOLDER_DELETE, 'id');
    return this.ds.transaction(async (m) => {
      const g = await lockVersioned(m, StakeholderGroup, { id }, version, 'Stakeholder group');
      await m.query('UPDATE communication_items SET audience_group_ids = array_remove(audience_group_ids, $2::uuid) WHERE project_id = $1 AND $2::uuid = ANY(audience_group_ids)', [
        g.projectId,
        id,
      ]);
      await m.getRepository(StakeholderGroup).delete({ id });
      await recordActivity(m, g.projectId, grant.userId, [{ entityType: 'stakeholder_group', entityId: id, action: ActivityAction.DELETED, oldValue: { name: g.name } }]);
      await publishRegister(m, g.projectId, { part: 'stakeholder', action: StakeholderChangeAction.DELETED, stakeholderId: null, groupId: id });
      return g;
    });
  }
}
