import { GraphQLLocalDate } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { Project } from '../project/index.js';
import type { DependencyService } from './dependency.service.js';
import { TaskStatus } from './status.entity.js';
import type { StatusService } from './status.service.js';
import { TaskFilter } from './task.inputs.js';
import { DependencyConnection, TaskConnection } from './task.payloads.js';
import type { TaskService } from './task.service.js';

@ArgsType()
class TasksArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true }) filter?: TaskFilter;
  @Field(() => Boolean, { nullable: true, description: 'Include deleted (archived) tasks' }) includeArchived?: boolean;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The tasks as they were at the end of this day (UTC): those that existed then, with their status, progress, duration and actual dates of that day. From the project\'s creation to today.',
  })
  asOf?: string | null;
}

/** The project's statuses, tasks and links: fields of `Project` that this module owns. */
@Resolver(() => Project)
export class ProjectTasksResolver {
  constructor(
    private readonly taskSvc: TaskService,
    private readonly dependencySvc: DependencyService,
    private readonly statusSvc: StatusService,
  ) {}

  @FieldResolver(() => [TaskStatus], { description: 'Workflow statuses in board order' })
  statuses(@Root() p: Project, @Ctx() ctx: Context) {
    return this.statusSvc.list(ctx.actor, p.id);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks in outline (WBS) order' })
  tasks(@Root() p: Project, @Args(() => TasksArgs) a: TasksArgs, @Ctx() ctx: Context) {
    return this.taskSvc.list(ctx.actor, p.id, a.filter, a.first, a.after, a.includeArchived ?? false, a.asOf ?? null);
  }

  @FieldResolver(() => DependencyConnection)
  dependencies(@Root() p: Project, @Args(() => PageArgs) a: PageArgs, @Ctx() ctx: Context) {
    return this.dependencySvc.list(ctx.actor, p.id, a.first, a.after);
  }
}
