import { randomBytes } from 'node:crypto';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission, requireUser } from '../../common/access.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { checkPersonName, normaliseEmail, sha256, User } from '../user/index.js';
import { Invitation, InvitationState, invitationState } from './invitation.entity.js';
import { ProjectMember } from './member.entity.js';
import { ProjectRole } from './project.enums.js';
import { Project } from './project.entity.js';
import type { MemberInviteInput } from './project.inputs.js';

export const INVITATION_PREFIX = 'trl_inv_';

export interface InvitationOptions {
  /** How long a link can be accepted. */
  days: number;
}

/** What the holder of a link sees before accepting it. */
export interface InvitationPreview {
  projectName: string;
  projectKey: string;
  role: ProjectRole;
  invitedByName: string | null;
  expiresAt: Date;
  state: InvitationState;
  viewerIsMember: boolean;
}

const REFUSED: Record<Exclude<InvitationState, InvitationState.PENDING>, string> = {
  [InvitationState.ACCEPTED]: 'This invitation link has already been used',
  [InvitationState.EXPIRED]: 'This invitation link has expired; ask for a new one',
  [InvitationState.REVOKED]: 'This invitation link was withdrawn; ask for a new one',
};

/**
 * Invitations to a project. The inviter gets a secret link once; whoever opens it and is signed
 * in may accept it before it expires, once. An address alone claims nothing, and inviting an
 * address answers the same whether it has an account or not.
 */
export class InvitationService {
  constructor(
    private readonly ds: DataSource,
    private readonly opts: InvitationOptions,
  ) {}

  async create(actor: Actor, input: MemberInviteInput): Promise<{ token: string; invitation: Invitation }> {
    const grant = await can(actor, input.projectId, Permission.MEMBER_MANAGE);
    const email = normaliseEmail(input.email);
    const name = checkPersonName(input.name, 'input.name', true);
    if (input.role === ProjectRole.OWNER && grant.role !== ProjectRole.OWNER) {
      throw new ForbiddenError('Only an owner can grant the owner role');
    }
    const token = INVITATION_PREFIX + randomBytes(24).toString('base64url');
    return this.ds.transaction(async (m) => {
      // Who is a member is already in the inviter's member list, so saying so reveals nothing new.
      const member = await m
        .getRepository(ProjectMember)
        .createQueryBuilder('pm')
        .innerJoin(User, 'u', 'u.id = pm.user_id')
        .where('pm.project_id = :projectId AND u.email = :email', { projectId: input.projectId, email })
        .getExists();
      if (member) throw new BadUserInputError(`${email} is already a member of this project`, 'input.email');
      const repo = m.getRepository(Invitation);
      const invitation = await repo.save(
        repo.create({
          projectId: input.projectId,
          email,
          name,
          role: input.role,
          tokenHash: sha256(token),
          invitedById: grant.userId,
          expiresAt: new Date(Date.now() + this.opts.days * 86_400_000),
          acceptedAt: null,
          acceptedById: null,
          revokedAt: null,
        }),
      );
      await recordActivity(m, input.projectId, grant.userId, [
        { entityType: 'invitation', entityId: invitation.id, action: ActivityAction.CREATED, newValue: { email, role: input.role } },
      ]);
      return { token, invitation };
    });
  }

  /** Invitations not yet accepted, withdrawn or expired, newest first (owners and managers). */
  async pending(actor: Actor, projectId: string): Promise<Invitation[]> {
    await can(actor, projectId, Permission.MEMBER_MANAGE);
    return this.ds.getRepository(Invitation).find({
      where: { projectId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
  }

  async revoke(actor: Actor, id: string): Promise<Invitation> {
    const grant = await authorizeEntity(actor, 'invitation', id, Permission.MEMBER_MANAGE);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Invitation);
      const inv = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!inv) throw new NotFoundError('Invitation');
      const state = invitationState(inv);
      if (state === InvitationState.ACCEPTED) throw new ConflictError('This invitation has already been accepted');
      if (state === InvitationState.REVOKED) return inv;
      inv.revokedAt = new Date();
      await repo.save(inv);
      await recordActivity(m, inv.projectId, grant.userId, [
        { entityType: 'invitation', entityId: inv.id, action: ActivityAction.DELETED, oldValue: { email: inv.email, role: inv.role } },
      ]);
      return inv;
    });
  }

  /** What a link leads to; anyone holding it may look, signed in or not. */
  async preview(actor: Actor, token: string): Promise<InvitationPreview> {
    const inv = await this.byToken(token);
    const [project, inviter] = await Promise.all([
      this.ds.getRepository(Project).findOneByOrFail({ id: inv.projectId }),
      inv.invitedById ? this.ds.getRepository(User).findOneBy({ id: inv.invitedById }) : null,
    ]);
    const viewerIsMember =
      actor.kind === 'user' && (await this.ds.getRepository(ProjectMember).existsBy({ projectId: inv.projectId, userId: actor.userId }));
    return {
      projectName: project.name,
      projectKey: project.key,
      role: inv.role,
      invitedByName: inviter?.name ?? null,
      expiresAt: inv.expiresAt,
      state: invitationState(inv),
      viewerIsMember,
    };
  }

  /** The signed-in viewer joins the project with the invitation's role; the link is used up. */
  async accept(actor: Actor, token: string): Promise<Project> {
    const userId = requireUser(actor);
    const { id } = await this.byToken(token);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Invitation);
      const inv = (await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }))!;
      const state = invitationState(inv);
      if (state !== InvitationState.PENDING) throw new BadUserInputError(REFUSED[state], 'token', { state });
      if (await m.getRepository(ProjectMember).existsBy({ projectId: inv.projectId, userId })) {
        throw new BadUserInputError('You are already a member of this project', 'token');
      }
      await m.getRepository(ProjectMember).insert({ projectId: inv.projectId, userId, role: inv.role });
      inv.acceptedAt = new Date();
      inv.acceptedById = userId;
      await repo.save(inv);
      await recordActivity(m, inv.projectId, userId, [
        { entityType: 'member', entityId: userId, action: ActivityAction.CREATED, newValue: { role: inv.role, invitationId: inv.id } },
      ]);
      await publishInTransaction(m, { type: 'project', projectId: inv.projectId });
      return m.getRepository(Project).findOneByOrFail({ id: inv.projectId });
    });
  }

  private async byToken(token: string): Promise<Invitation> {
    const t = token.trim();
    const inv = t.startsWith(INVITATION_PREFIX) && t.length < 200 ? await this.ds.getRepository(Invitation).findOneBy({ tokenHash: sha256(t) }) : null;
    if (!inv) throw new NotFoundError('Invitation');
    return inv;
  }
}
