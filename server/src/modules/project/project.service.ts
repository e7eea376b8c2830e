import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { lockVersioned } from '../../common/versioned.js';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid, requireUser } from '../../common/access.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { checkOptionalDay } from '../../common/date-range.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { pageArgs, pageOf, type Connection } from '../../common/pagination.js';
import { ActivityAction, fieldChanges, recordActivity } from '../activity/index.js';
import { BOARD_PREFIX, checkPersonName, newSecret, normaliseEmail, sha256, User } from '../user/index.js';
import { BoardToken } from './board-token.entity.js';
import { Charter } from './charter.entity.js';
import { ProjectMember } from './member.entity.js';
import { Methodology, ProjectRole, ProjectStatus } from './project.enums.js';
import { Project } from './project.entity.js';
import type { MemberUpdateInput, ProjectCreateInput, ProjectUpdateInput } from './project.inputs.js';

const KEY = /^[A-Z][A-Z0-9]{1,9}$/;
/** ISO 4217 codes as the runtime's Intl knows them (Node ships the full list). */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

type ProjectFields = Omit<ProjectUpdateInput, 'id' | 'version'>;

/** Shared field rules for create and update; `prefix` names the input argument. */
function validateProjectFields(f: ProjectFields, current?: Project): void {
  if (f.name !== undefined) {
    const n = f.name.trim();
    if (!n) throw new BadUserInputError('Project name is required', 'input.name');
    if (n.length > 200) throw new BadUserInputError('Project name must be at most 200 characters', 'input.name');
  }
  if (f.description !== undefined && f.description.length > 20_000) {
    throw new BadUserInputError('Description must be at most 20,000 characters', 'input.description');
  }
  if (f.currency !== undefined && !CURRENCIES.has(f.currency)) {
    throw new BadUserInputError('Currency must be an ISO 4217 code such as EUR or USD', 'input.currency');
  }
  if (f.budget !== undefined && f.budget !== null && (!Number.isFinite(f.budget) || f.budget < 0 || f.budget >= 1e12)) {
    throw new BadUserInputError('Budget must be zero or more', 'input.budget');
  }
  checkOptionalDay(f.startDate, 'input.startDate');
  checkOptionalDay(f.targetFinish, 'input.targetFinish');
  const start = f.startDate !== undefined ? f.startDate : (current?.startDate ?? null);
  const finish = f.targetFinish !== undefined ? f.targetFinish : (current?.targetFinish ?? null);
  if (start && finish && finish < start) {
    throw new BadUserInputError('Target finish must not be before the start date', 'input.targetFinish');
  }
}

/**
 * Locks one project's row for the rest of the transaction (`FOR NO KEY UPDATE`: rows that only
 * reference the project, such as new tasks, are not held up). Writes that check a rule over many
 * rows of the project (at least one owner, at least one status) take it before they look.
 */
export async function lockProject(m: EntityManager, projectId: string): Promise<void> {
  const rows: unknown[] = await m.query('SELECT id FROM projects WHERE id = $1 FOR NO KEY UPDATE', [projectId]);
  if (!rows.length) throw new NotFoundError('Project');
}

const dateOut = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d as string | null));

/**
 * What another module adds to a new project, inside the transaction that creates it (the task
 * module's default statuses); the composition root passes them in.
 */
export type ProjectSetUp = (m: EntityManager, projectId: string) => Promise<void>;

export class ProjectService {
  constructor(
    private readonly ds: DataSource,
    private readonly setUps: readonly ProjectSetUp[],
  ) {}

  async get(actor: Actor, ref: { id?: string | null; key?: string | null }): Promise<Project> {
    let id = ref.id ?? null;
    if (!id && ref.key) {
      const p = await this.ds.getRepository(Project).findOne({ select: { id: true }, where: { key: ref.key.toUpperCase() } });
      if (!p) throw new NotFoundError('Project');
      id = p.id;
    }
    if (!id) throw new BadUserInputError('Give the project id or key', 'id');
    await can(actor, id, Permission.PROJECT_READ);
    const p = await this.ds.getRepository(Project).findOneBy({ id });
    if (!p) throw new NotFoundError('Project');
    return p;
  }

  async list(actor: Actor, args: { first?: number | null; after?: string | null; includeArchived?: boolean | null }): Promise<Connection<Project>> {
    const userId = requireUser(actor);
    const { take, skip } = pageArgs(args.first, args.after);
    const qb = this.ds
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoin(ProjectMember, 'm', 'm.project_id = p.id AND m.user_id = :userId', { userId })
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (!args.includeArchived) qb.andWhere('p.archived_at IS NULL');
    return pageOf(qb, skip, take);
  }

  async create(actor: Actor, input: ProjectCreateInput): Promise<Project> {
    const userId = requireUser(actor);
    const key = input.key.trim().toUpperCase();
    if (!KEY.test(key)) {
      throw new BadUserInputError('Key must be 2-10 letters or digits and start with a letter (like ERP)', 'input.key');
    }
    if (input.name === undefined || input.name === null) throw new BadUserInputError('Project name is required', 'input.name');
    validateProjectFields(input);
    return this.ds.transaction(async (m) => {
      // Two creates with the same key at once take turns, so the second sees the first and is told why.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('project-key:' || $1))`, [key]);
      const clash = await m.getRepository(Project).exists({ where: { key } });
      if (clash) throw new BadUserInputError(`The key ${key} is already used by another project`, 'input.key');
      const project = await m.getRepository(Project).save(
        m.getRepository(Project).create({
          key,
          name: input.name.trim(),
          description: input.description ?? '',
          methodology: input.methodology ?? Methodology.HYBRID,
          status: input.status ?? ProjectStatus.PROPOSED,
          startDate: input.startDate ?? null,
          targetFinish: input.targetFinish ?? null,
          currency: input.currency ?? 'EUR',
          budget: input.budget ?? null,
          archivedAt: null,
          taskSeq: 0,
        }),
      );
      await m.getRepository(ProjectMember).insert({ projectId: project.id, userId, role: ProjectRole.OWNER });
      for (const setUp of this.setUps) await setUp(m, project.id);
      await m.getRepository(Charter).insert({ projectId: project.id });
      await recordActivity(m, project.id, userId, [{ entityType: 'project', entityId: project.id, action: ActivityAction.CREATED, newValue: { key, name: project.name } }]);
      await publishInTransaction(m, { type: 'project', projectId: project.id });
      return project;
    });
  }

  async update(actor: Actor, input: ProjectUpdateInput): Promise<Project> {
    const grant = await can(actor, input.id, Permission.PROJECT_UPDATE);
    validateProjectFields(input);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Project);
      const current = await lockVersioned(m, Project, { id: input.id }, input.version, 'Project');
      validateProjectFields(input, current);
      const before = { ...current, startDate: dateOut(current.startDate), targetFinish: dateOut(current.targetFinish) };
      const after = { ...before };
      for (const f of ['name', 'description', 'methodology', 'status', 'startDate', 'targetFinish', 'currency', 'budget'] as const) {
        if (input[f] !== undefined) (after as Record<string, unknown>)[f] = f === 'name' ? input.name!.trim() : input[f];
      }
      const changes = fieldChanges(before, after, ['name', 'description', 'methodology', 'status', 'startDate', 'targetFinish', 'currency', 'budget'], {
        entityType: 'project',
        entityId: current.id,
      });
      if (changes.length === 0) return current;
      const saved = await repo.save(repo.merge(current, after));
      await recordActivity(m, current.id, grant.userId, changes);
      await publishInTransaction(m, { type: 'project', projectId: current.id });
      return saved;
    });
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<Project> {
    const grant = await can(actor, id, Permission.PROJECT_ARCHIVE);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Project);
      const p = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!p) throw new NotFoundError('Project');
      if ((p.archivedAt !== null) === archived) return p;
      const old = p.archivedAt;
      p.archivedAt = archived ? new Date() : null;
      const saved = await repo.save(p);
      await recordActivity(m, id, grant.userId, [
        { entityType: 'project', entityId: id, action: ActivityAction.UPDATED, field: 'archivedAt', oldValue: old, newValue: saved.archivedAt },
      ]);
      await publishInTransaction(m, { type: 'project', projectId: id });
      return saved;
    });
  }

  // ---- members ----

  async members(actor: Actor, projectId: string): Promise<ProjectMember[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.ds
      .getRepository(ProjectMember)
      .createQueryBuilder('m')
      .innerJoin(User, 'u', 'u.id = m.user_id')
      .where('m.project_id = :projectId', { projectId })
      .orderBy('u.name', 'ASC')
      .getMany();
  }

  /**
   * Checks a change of one member's role (`newRole` null: removal) against the owner rules. It first
   * locks the project row, so two changes to one project's members run one after the other: two
   * owners demoting or removing each other at the same moment cannot both see the other still there.
   */
  private async ownerGuard(m: EntityManager, actorId: string | null, projectId: string, userId: string, newRole: ProjectRole | null): Promise<void> {
    await lockProject(m, projectId);
    // The actor's role as it is now, under the lock: it may have changed since the request was let in.
    const actor = actorId ? await m.getRepository(ProjectMember).findOneBy({ projectId, userId: actorId }) : null;
    if (!actor) throw new NotFoundError('Project');
    if (actor.role !== ProjectRole.OWNER && actor.role !== ProjectRole.MANAGER) throw new ForbiddenError();
    const grantRole = actor.role;
    const target = await m.getRepository(ProjectMember).findOne({ where: { projectId, userId }, lock: { mode: 'pessimistic_write' } });
    if (!target) throw new NotFoundError('Member');
    if ((target.role === ProjectRole.OWNER || newRole === ProjectRole.OWNER) && grantRole !== ProjectRole.OWNER) {
      throw new ForbiddenError('Only an owner can grant or take away the owner role');
    }
    if (target.role === ProjectRole.OWNER && newRole !== ProjectRole.OWNER) {
      const owners = await m.getRepository(ProjectMember).count({ where: { projectId, role: ProjectRole.OWNER } });
      if (owners <= 1) throw new BadUserInputError('A project needs at least one owner; make someone else owner first', 'input.role');
    }
  }

  /**
   * Adds a person who has no account (a team member the plan names, as the demo does) with a role.
   * Not reachable through the API: people join through invitation links.
   */
  async addPersonWithoutAccount(actor: Actor, input: { projectId: string; email: string; name: string; role: ProjectRole }): Promise<ProjectMember> {
    const grant = await can(actor, input.projectId, Permission.MEMBER_MANAGE);
    const email = normaliseEmail(input.email);
    const name = checkPersonName(input.name, 'input.name')!;
    return this.ds.transaction(async (m) => {
      const user = await m.getRepository(User).save(m.getRepository(User).create({ email, name, passwordHash: null }));
      const member = await m.getRepository(ProjectMember).save(
        m.getRepository(ProjectMember).create({ projectId: input.projectId, userId: user.id, role: input.role }),
      );
      await recordActivity(m, input.projectId, grant.userId, [
        { entityType: 'member', entityId: user.id, action: ActivityAction.CREATED, newValue: { email, role: input.role } },
      ]);
      await publishInTransaction(m, { type: 'project', projectId: input.projectId });
      return member;
    });
  }

  async updateMember(actor: Actor, input: MemberUpdateInput): Promise<ProjectMember> {
    const grant = await can(actor, input.projectId, Permission.MEMBER_MANAGE);
    if (!isUuid(input.userId)) throw new NotFoundError('Member');
    return this.ds.transaction(async (m) => {
      await this.ownerGuard(m, grant.userId, input.projectId, input.userId, input.role);
      const member = (await m.getRepository(ProjectMember).findOneBy({ projectId: input.projectId, userId: input.userId }))!;
      if (member.role === input.role) return member;
      const old = member.role;
      member.role = input.role;
      await m.getRepository(ProjectMember).save(member);
      await recordActivity(m, input.projectId, grant.userId, [
        { entityType: 'member', entityId: input.userId, action: ActivityAction.UPDATED, field: 'role', oldValue: old, newValue: input.role },
      ]);
      await publishInTransaction(m, { type: 'project', projectId: input.projectId });
      return member;
    });
  }

  async removeMember(actor: Actor, projectId: string, userId: string): Promise<boolean> {
    const grant = await can(actor, projectId, Permission.MEMBER_MANAGE);
    if (!isUuid(userId)) throw new NotFoundError('Member');
    return this.ds.transaction(async (m) => {
      await this.ownerGuard(m, grant.userId, projectId, userId, null);
      await m.getRepository(ProjectMember).delete({ projectId, userId });
      await recordActivity(m, projectId, grant.userId, [{ entityType: 'member', entityId: userId, action: ActivityAction.DELETED }]);
      await publishInTransaction(m, { type: 'project', projectId }, { type: 'member_removed', projectId, userId });
      return true;
    });
  }

  // ---- board tokens ----

  async boardTokens(actor: Actor, projectId: string): Promise<BoardToken[]> {
    await can(actor, projectId, Permission.BOARD_TOKEN_MANAGE);
    return this.ds.getRepository(BoardToken).find({ where: { projectId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async createBoardToken(actor: Actor, projectId: string, name: string): Promise<{ token: string; boardToken: BoardToken }> {
    const grant = await can(actor, projectId, Permission.BOARD_TOKEN_MANAGE);
    const clean = name.trim();
    if (!clean || clean.length > 100) throw new BadUserInputError('Give the board token a name (1-100 characters)', 'input.name');
    const token = newSecret(BOARD_PREFIX);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(BoardToken);
      const boardToken = await repo.save(
        repo.create({ projectId, name: clean, tokenHash: sha256(token), prefix: token.slice(0, BOARD_PREFIX.length + 4), createdById: grant.userId!, lastUsedAt: null, revokedAt: null }),
      );
      await recordActivity(m, projectId, grant.userId, [{ entityType: 'board_token', entityId: boardToken.id, action: ActivityAction.CREATED, newValue: { name: clean } }]);
      return { token, boardToken };
    });
  }

  async revokeBoardToken(actor: Actor, id: string): Promise<BoardToken> {
    const grant = await authorizeEntity(actor, 'boardToken', id, Permission.BOARD_TOKEN_MANAGE);
    const t = await this.ds.getRepository(BoardToken).findOneBy({ id });
    if (!t) throw new NotFoundError('Board token');
    if (t.revokedAt) throw new ConflictError('This board token is already revoked');
    return this.ds.transaction(async (m) => {
      t.revokedAt = new Date();
      const saved = await m.getRepository(BoardToken).save(t);
      await recordActivity(m, t.projectId, grant.userId, [{ entityType: 'board_token', entityId: t.id, action: ActivityAction.DELETED }]);
      await publishInTransaction(m, { type: 'board_token_revoked', projectId: t.projectId, tokenId: t.id });
      return saved;
    });
  }
}
