import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Permission } from '../../common/access.js';
import { watch } from '../../common/guard.js';
import { PageArgs } from '../../common/pagination.js';
import { MutationPayload } from '../../common/payload.js';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import { Task } from '../task/index.js';
import { User } from '../user/index.js';
import { Risk } from './risk.entity.js';
import { RiskCreateInput, RiskFilter, RiskMitigationTaskInput, RiskSort, RiskUpdateInput } from './risk.inputs.js';
import { reviewOverdue, todayIso } from './risk.rules.js';
import { riskKey, type RiskService } from './risk.service.js';
import { RiskConnection, RiskEvent, RiskExposurePoint, RiskPayload, RiskReserve } from './risk.types.js';

@ObjectType()
export class RiskMitigationPayload extends MutationPayload {
  @Field(() => Risk) risk: Risk;
  @Field(() => Task, { description: 'The new task in the WBS, linked to the risk' }) task: Task;
}

@ArgsType()
class RisksArgs extends PageArgs {
  @Field(() => RiskFilter, { nullable: true }) filter?: RiskFilter;
  @Field(() => RiskSort, { nullable: true, description: 'Default: highest score first' }) sort?: RiskSort;
}

@Resolver(() => Risk)
export class RiskResolver {
  constructor(private readonly risks: RiskService) {}

  @Query(() => Risk)
  risk(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return this.risks.get(ctx.actor, id);
  }

  @FieldResolver(() => String, { description: 'Human key, numbered per project: R-3' })
  key(@Root() r: Risk): string {
    return riskKey(r);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() r: Risk, @Ctx() ctx: Context) {
    return r.ownerId ? ctx.loaders.user.load(r.ownerId) : null;
  }

  @FieldResolver(() => Project)
  project(@Root() r: Risk, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(r.projectId);
  }

  @FieldResolver(() => [Task], { description: 'Linked live tasks (mitigation work, or work the risk threatens), in outline order' })
  linkedTasks(@Root() r: Risk, @Ctx() ctx: Context) {
    return ctx.loaders.riskTasks.load(r.id);
  }

  @FieldResolver(() => Boolean, { description: 'The review date has passed and the risk is still open' })
  reviewOverdue(@Root() r: Risk): boolean {
    return reviewOverdue(r.reviewDate, r.status, todayIso());
  }

  @Mutation(() => RiskPayload, { description: 'Raises a risk; members and above' })
  async riskCreate(@Arg('input', () => RiskCreateInput) input: RiskCreateInput, @Ctx() ctx: Context) {
    return { risk: await this.risks.create(ctx.actor, input) };
  }

  @Mutation(() => RiskPayload, { description: 'Changes a risk; send the version you read (stale = CONFLICT)' })
  async riskUpdate(@Arg('input', () => RiskUpdateInput) input: RiskUpdateInput, @Ctx() ctx: Context) {
    return { risk: await this.risks.update(ctx.actor, input) };
  }

  @Mutation(() => RiskPayload, { description: 'Deletes (archives) a risk; managers and owners. Its history stays.' })
  async riskDelete(@Arg('id', () => UUID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context) {
    return { risk: await this.risks.remove(ctx.actor, id, version) };
  }

  @Mutation(() => RiskMitigationPayload, { description: 'Creates a task in the WBS (under parentId, default top level) and links it to the risk, in one step' })
  async riskMitigationTaskCreate(@Arg('input', () => RiskMitigationTaskInput) input: RiskMitigationTaskInput, @Ctx() ctx: Context) {
    return this.risks.createMitigationTask(ctx.actor, input);
  }

  @Subscription(() => RiskEvent, {
    description: 'Every risk raised, changed or deleted in the project',
    subscribe: ({ args, context }) => watch(context as Context, 'RISK_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  riskChanged(@Root() e: RiskEvent, @Arg('projectId', () => UUID) _projectId: string, @Ctx() ctx: Context): RiskEvent {
    ctx.loaders.clear();
    return e;
  }
}

/** The `Project` fields this module owns. */
@Resolver(() => Project)
export class ProjectRisksResolver {
  constructor(private readonly riskSvc: RiskService) {}

  @FieldResolver(() => RiskConnection, { description: 'The risk register' })
  risks(@Root() p: Project, @Args(() => RisksArgs) a: RisksArgs, @Ctx() ctx: Context) {
    return this.riskSvc.list(ctx.actor, p.id, a.filter, a.sort, a.first, a.after);
  }

  @FieldResolver(() => [RiskExposurePoint], { description: 'Open exposure at the end of each of the last weeks, from the recorded history, oldest first' })
  riskExposure(@Root() p: Project, @Arg('weeks', () => Int, { defaultValue: 12 }) weeks: number, @Ctx() ctx: Context) {
    return this.riskSvc.exposureTrend(ctx.actor, p.id, weeks);
  }

  @FieldResolver(() => RiskReserve, { description: "The contingency reserve the open threats call for, beside the project's budget" })
  riskReserve(@Root() p: Project, @Ctx() ctx: Context) {
    return this.riskSvc.reserve(ctx.actor, p.id);
  }
}
