import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Permission } from '../../common/access.js';
import { watch } from '../../common/guard.js';
import { ActivityConnection, type ActivityService } from '../activity/index.js';
import { ActivityArgs, PageArgs } from '../../common/pagination.js';
import { User } from '../user/index.js';
import { BoardToken } from './board-token.entity.js';
import { Charter } from './charter.entity.js';
import { CharterDecision } from './charter-decision.entity.js';
import type { CharterService } from './charter.service.js';
import { ProjectMember } from './member.entity.js';
import { CharterApproval, ProjectRole } from './project.enums.js';
import { Project } from './project.entity.js';
import { CharterUpdateInput, MemberUpdateInput, ProjectCreateInput, ProjectUpdateInput } from './project.inputs.js';
import type { ProjectService } from './project.service.js';
import { BoardTokenCreatePayload, BoardTokenPayload, CharterPayload, MemberPayload, ProjectConnection, ProjectPayload } from './project.payloads.js';

@ArgsType()
class ProjectsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Include archived projects' }) includeArchived?: boolean;
}

@Resolver(() => Project)
export class ProjectResolver {
  constructor(
    private readonly projectSvc: ProjectService,
    private readonly charterSvc: CharterService,
    private readonly activitySvc: ActivityService,
  ) {}

  @Query(() => ProjectConnection, { name: 'projects', description: 'Projects the viewer is a member of, by name' })
  projectList(@Args(() => ProjectsArgs) args: ProjectsArgs, @Ctx() ctx: Context) {
    return this.projectSvc.list(ctx.actor, args);
  }

  @Query(() => Project, { description: 'A project by id or by key' })
  project(
    @Ctx() ctx: Context,
    @Arg('id', () => UUID, { nullable: true }) id?: string,
    @Arg('key', () => String, { nullable: true }) key?: string,
  ) {
    return this.projectSvc.get(ctx.actor, { id, key });
  }

  @FieldResolver(() => ProjectRole, { nullable: true, description: "The viewer's role here (null for a board token)" })
  async viewerRole(@Root() p: Project, @Ctx() ctx: Context) {
    return (await ctx.loaders.membership.load(p.id))?.role ?? null;
  }

  @FieldResolver(() => [ProjectMember])
  members(@Root() p: Project, @Ctx() ctx: Context) {
    return this.projectSvc.members(ctx.actor, p.id);
  }

  @FieldResolver(() => Charter)
  charter(@Root() p: Project, @Ctx() ctx: Context) {
    return this.charterSvc.get(ctx.actor, p.id);
  }

  @FieldResolver(() => ActivityConnection, { description: 'Newest first' })
  activity(@Root() p: Project, @Args(() => ActivityArgs) a: ActivityArgs, @Ctx() ctx: Context) {
    return this.activitySvc.list(ctx.actor, p.id, null, a);
  }

  @FieldResolver(() => [BoardToken], { description: 'Active wall-board tokens (managers only)' })
  boardTokens(@Root() p: Project, @Ctx() ctx: Context) {
    return this.projectSvc.boardTokens(ctx.actor, p.id);
  }

  @Mutation(() => ProjectPayload)
  async projectCreate(@Arg('input', () => ProjectCreateInput) input: ProjectCreateInput, @Ctx() ctx: Context) {
    return { project: await this.projectSvc.create(ctx.actor, input) };
  }

  @Mutation(() => ProjectPayload)
  async projectUpdate(@Arg('input', () => ProjectUpdateInput) input: ProjectUpdateInput, @Ctx() ctx: Context) {
    return { project: await this.projectSvc.update(ctx.actor, input) };
  }

  @Mutation(() => ProjectPayload, { description: 'Makes the project read-only' })
  async projectArchive(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { project: await this.projectSvc.setArchived(ctx.actor, id, true) };
  }

  @Mutation(() => ProjectPayload)
  async projectUnarchive(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { project: await this.projectSvc.setArchived(ctx.actor, id, false) };
  }

  @Mutation(() => MemberPayload)
  async memberUpdate(@Arg('input', () => MemberUpdateInput) input: MemberUpdateInput, @Ctx() ctx: Context) {
    return { member: await this.projectSvc.updateMember(ctx.actor, input) };
  }

  @Mutation(() => Boolean)
  memberRemove(@Arg('projectId', () => UUID) projectId: string, @Arg('userId', () => UUID) userId: string, @Ctx() ctx: Context) {
    return this.projectSvc.removeMember(ctx.actor, projectId, userId);
  }

  @Mutation(() => CharterPayload)
  async charterUpdate(@Arg('input', () => CharterUpdateInput) input: CharterUpdateInput, @Ctx() ctx: Context) {
    return { charter: await this.charterSvc.update(ctx.actor, input) };
  }

  @Mutation(() => CharterPayload)
  async charterApprovalSet(
    @Arg('projectId', () => UUID) projectId: string,
    @Arg('state', () => CharterApproval) state: CharterApproval,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true, description: 'Kept in the approval history; required to reject' }) comment?: string,
  ) {
    return { charter: await this.charterSvc.setApproval(ctx.actor, projectId, state, comment) };
  }

  @Mutation(() => CharterPayload, { description: 'Names the sponsor who approves or rejects the charter (any member, a viewer too); null names nobody' })
  async charterApproverSet(
    @Arg('projectId', () => UUID) projectId: string,
    @Arg('userId', () => UUID, { nullable: true }) userId: string | null,
    @Ctx() ctx: Context,
  ) {
    return { charter: await this.charterSvc.setApprover(ctx.actor, projectId, userId ?? null) };
  }

  @Mutation(() => BoardTokenCreatePayload, { description: 'A read-only token for the wall screen at /wall/<token>; the secret is returned once' })
  boardTokenCreate(@Arg('projectId', () => UUID) projectId: string, @Arg('name', () => String) name: string, @Ctx() ctx: Context) {
    return this.projectSvc.createBoardToken(ctx.actor, projectId, name);
  }

  @Mutation(() => BoardTokenPayload)
  async boardTokenRevoke(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { boardToken: await this.projectSvc.revokeBoardToken(ctx.actor, id) };
  }

  @Subscription(() => Project, {
    description: 'The project, its members, statuses or charter changed',
    subscribe: ({ args, context }) => watch(context as Context, 'PROJECT_UPDATED', args.projectId, Permission.PROJECT_READ),
  })
  projectUpdated(@Root() p: Project, @Arg('projectId', () => UUID) _projectId: string, @Ctx() ctx: Context): Project {
    ctx.loaders.clear();
    return p;
  }
}

@Resolver(() => ProjectMember)
export class MemberResolver {
  @FieldResolver(() => User)
  user(@Root() m: ProjectMember, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(m.userId);
  }
}

@Resolver(() => Charter)
export class CharterResolver {
  constructor(private readonly charterSvc: CharterService) {}

  @FieldResolver(() => User, { nullable: true, description: 'The sponsor: the one member who approves or rejects the charter' })
  approver(@Root() c: Charter, @Ctx() ctx: Context) {
    return c.approverId ? ctx.loaders.user.load(c.approverId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  approvedBy(@Root() c: Charter, @Ctx() ctx: Context) {
    return c.approvedById ? ctx.loaders.user.load(c.approvedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who submitted it last' })
  submittedBy(@Root() c: Charter, @Ctx() ctx: Context) {
    return c.submittedById ? ctx.loaders.user.load(c.submittedById) : null;
  }

  @FieldResolver(() => [CharterDecision], { description: 'The approval history, newest first' })
  decisions(@Root() c: Charter, @Ctx() ctx: Context) {
    return this.charterSvc.decisions(ctx.actor, c.projectId);
  }
}

@Resolver(() => CharterDecision)
export class CharterDecisionResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() d: CharterDecision, @Ctx() ctx: Context) {
    return d.actorId ? ctx.loaders.user.load(d.actorId) : null;
  }
}
