import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Permission } from '../../common/access.js';
import { watch } from '../../common/guard.js';
import { PageArgs } from '../../common/pagination.js';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import { Risk } from '../risk/index.js';
import { Task } from '../task/index.js';
import { User } from '../user/index.js';
import { Issue } from './issue.entity.js';
import { IssueCreateInput, IssueFilter, IssueSort, IssueUpdateInput, RiskOccurInput } from './issue.inputs.js';
import { ageInDays, issueKey, issueOverdue, type IssueService } from './issue.service.js';
import { IssueConnection, IssueEvent, IssuePayload, RiskOccurPayload } from './issue.types.js';

@ArgsType()
class IssuesArgs extends PageArgs {
  @Field(() => IssueFilter, { nullable: true }) filter?: IssueFilter;
  @Field(() => IssueSort, { nullable: true, description: 'Default: newest first' }) sort?: IssueSort;
}

@Resolver(() => Issue)
export class IssueResolver {
  constructor(private readonly issues: IssueService) {}

  @Query(() => Issue)
  issue(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return this.issues.get(ctx.actor, id);
  }

  @FieldResolver(() => String, { description: 'Human key, numbered per project: I-2' })
  key(@Root() i: Issue): string {
    return issueKey(i);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() i: Issue, @Ctx() ctx: Context) {
    return i.ownerId ? ctx.loaders.user.load(i.ownerId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  raisedBy(@Root() i: Issue, @Ctx() ctx: Context) {
    return i.raisedById ? ctx.loaders.user.load(i.raisedById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  escalatedTo(@Root() i: Issue, @Ctx() ctx: Context) {
    return i.escalatedToId ? ctx.loaders.user.load(i.escalatedToId) : null;
  }

  @FieldResolver(() => Risk, { nullable: true, description: 'The risk this issue is the occurrence of' })
  originRisk(@Root() i: Issue, @Ctx() ctx: Context) {
    return i.originRiskId ? ctx.loaders.risk.load(i.originRiskId) : null;
  }

  @FieldResolver(() => Int, { description: 'Whole days since it was raised' })
  ageDays(@Root() i: Issue): number {
    return ageInDays(i.raisedAt);
  }

  @FieldResolver(() => Boolean, { description: 'Its due date has passed and it is not resolved or closed' })
  overdue(@Root() i: Issue): boolean {
    return issueOverdue(i);
  }

  @FieldResolver(() => [Task], { description: 'Linked live tasks; an open BLOCKER blocks them' })
  linkedTasks(@Root() i: Issue, @Ctx() ctx: Context) {
    return ctx.loaders.issueTasks.load(i.id);
  }

  @FieldResolver(() => [Risk], { description: 'Linked risks' })
  linkedRisks(@Root() i: Issue, @Ctx() ctx: Context) {
    return ctx.loaders.issueRisks.load(i.id);
  }

  @Mutation(() => IssuePayload, { description: 'Logs an issue; members and above' })
  async issueCreate(@Arg('input', () => IssueCreateInput) input: IssueCreateInput, @Ctx() ctx: Context) {
    return { issue: await this.issues.create(ctx.actor, input) };
  }

  @Mutation(() => IssuePayload, { description: 'Changes an issue; send the version you read (stale = CONFLICT)' })
  async issueUpdate(@Arg('input', () => IssueUpdateInput) input: IssueUpdateInput, @Ctx() ctx: Context) {
    return { issue: await this.issues.update(ctx.actor, input) };
  }

  @Mutation(() => IssuePayload, { description: 'Deletes (archives) an issue; managers and owners' })
  async issueDelete(@Arg('id', () => UUID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context) {
    return { issue: await this.issues.remove(ctx.actor, id, version) };
  }

  @Mutation(() => RiskOccurPayload, { description: 'The risk happened: it becomes OCCURRED and an issue is logged for it, linked both ways, in one step' })
  async riskOccur(@Arg('input', () => RiskOccurInput) input: RiskOccurInput, @Ctx() ctx: Context) {
    return this.issues.riskOccur(ctx.actor, input);
  }

  @Subscription(() => IssueEvent, {
    description: 'Every issue logged, changed or deleted in the project',
    subscribe: ({ args, context }) => watch(context as Context, 'ISSUE_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  issueChanged(@Root() e: IssueEvent, @Arg('projectId', () => UUID) _projectId: string, @Ctx() ctx: Context): IssueEvent {
    ctx.loaders.clear();
    return e;
  }
}

/** `Project.issues`, `Risk.issues` and `Task.blockingIssues`: fields of lower types this module owns. */
@Resolver(() => Project)
export class ProjectIssuesResolver {
  constructor(private readonly issueSvc: IssueService) {}

  @FieldResolver(() => IssueConnection, { description: 'The issue log' })
  issues(@Root() p: Project, @Args(() => IssuesArgs) a: IssuesArgs, @Ctx() ctx: Context) {
    return this.issueSvc.list(ctx.actor, p.id, a.filter, a.sort, a.first, a.after);
  }
}

@Resolver(() => Risk)
export class RiskIssuesResolver {
  @FieldResolver(() => [Issue], { description: 'Issues linked to this risk (the one it became when it occurred among them)' })
  issues(@Root() r: Risk, @Ctx() ctx: Context) {
    return ctx.loaders.riskIssues.load(r.id);
  }
}

@Resolver(() => Task)
export class TaskBlockingResolver {
  @FieldResolver(() => [Issue], { description: 'Open BLOCKER issues linked to this task: while there is one, the task is blocked' })
  blockingIssues(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.blockingIssues.load(t.id);
  }
}
