import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { InvitationCreatePayload, InvitationPayload, ProjectPayload } from './project.payloads.js';
import { Invitation, InvitationState } from './invitation.entity.js';
import type { InvitationService } from './invitation.service.js';
import { ProjectRole } from './project.enums.js';
import { Project } from './project.entity.js';
import { MemberInviteInput } from './project.inputs.js';

@ObjectType({ description: 'What an invitation link leads to, for whoever holds the link' })
export class InvitationPreview {
  @Field(() => String) projectName: string;
  @Field(() => String) projectKey: string;
  @Field(() => ProjectRole) role: ProjectRole;
  @Field(() => String, { nullable: true, description: 'Who invited (null when that account is gone)' }) invitedByName: string | null;
  @Field(() => Date) expiresAt: Date;
  @Field(() => InvitationState) state: InvitationState;
  @Field(() => Boolean, { description: 'The signed-in viewer is already a member of the project' }) viewerIsMember: boolean;
}

@Resolver(() => Project)
export class InvitationResolver {
  constructor(private readonly svc: InvitationService) {}

  @FieldResolver(() => [Invitation], { description: 'Invitations not yet accepted, withdrawn or expired, newest first (owners and managers only)' })
  invitations(@Root() p: Project, @Ctx() ctx: Context) {
    return this.svc.pending(ctx.actor, p.id);
  }

  @Query(() => InvitationPreview, { description: 'The project and role an invitation link offers; NOT_FOUND for a link that never existed' })
  invitation(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return this.svc.preview(ctx.actor, token);
  }

  @Mutation(() => InvitationCreatePayload, {
    description:
      'Invites someone to the project: the answer carries a secret link token, shown only here, once. Whoever opens /invite/<token> and is signed in can accept it until it expires; nothing is claimed by the email address, which only says whom the link is for.',
  })
  memberInvite(@Arg('input', () => MemberInviteInput) input: MemberInviteInput, @Ctx() ctx: Context) {
    return this.svc.create(ctx.actor, input);
  }

  @Mutation(() => InvitationPayload, { description: 'Withdraws an invitation: its link stops working' })
  async invitationRevoke(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { invitation: await this.svc.revoke(ctx.actor, id) };
  }

  @Mutation(() => ProjectPayload, { description: 'The signed-in viewer joins the project through an invitation link (once, before it expires)' })
  async invitationAccept(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return { project: await this.svc.accept(ctx.actor, token) };
  }
}
