import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Permission } from '../../common/access.js';
import { watch } from '../../common/guard.js';
import type { TaskEventPayload } from './outline.types.js';
import { ActivityConnection, type ActivityService } from '../activity/index.js';
import { DependencyPayload, StatusPayload, TaskPayload } from './task.payloads.js';
import { ActivityArgs } from '../../common/pagination.js';
import { Project } from '../project/index.js';
import { User } from '../user/index.js';
import { Dependency } from './dependency.entity.js';
import type { DependencyService } from './dependency.service.js';
import { TaskStatus } from './status.entity.js';
import type { StatusService } from './status.service.js';
import { Task } from './task.entity.js';
import { Outline } from './outline.types.js';
import {
  DependencyCreateInput,
  DependencyUpdateInput,
  StatusCreateInput,
  StatusUpdateInput,
  TaskCreateInput,
  TaskMoveInput,
  TaskUpdateInput,
} from './task.inputs.js';
import type { TaskService } from './task.service.js';

export enum TaskEventAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(TaskEventAction, { name: 'TaskEventAction' });

@ObjectType({ description: 'A task was created, changed (fields, place in the outline, links) or deleted' })
export class TaskEvent {
  @Field(() => TaskEventAction) action: TaskEventAction;
  @Field(() => Task) task: Task;
  @Field(() => Float, { nullable: true, description: "The project's change number of the write; the mutation that made it returned the same number" })
  changeNumber: number | null;
  @Field(() => ID, { nullable: true, description: 'Who made the change (null: Trellis itself)' })
  actorId: string | null;
}

@Resolver(() => Task)
export class TaskResolver {
  constructor(
    private readonly taskSvc: TaskService,
    private readonly activitySvc: ActivityService,
  ) {}

  @Query(() => Task)
  task(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return this.taskSvc.get(ctx.actor, id);
  }

  @FieldResolver(() => String, { description: 'Human key, e.g. ERP-17' })
  async key(@Root() t: Task, @Ctx() ctx: Context) {
    const p = await ctx.loaders.project.load(t.projectId);
    return `${p?.key ?? '?'}-${t.number}`;
  }

  @FieldResolver(() => Project)
  project(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(t.projectId);
  }

  @FieldResolver(() => Task, { nullable: true })
  parent(@Root() t: Task, @Ctx() ctx: Context) {
    return t.parentId ? ctx.loaders.task.load(t.parentId) : null;
  }

  @FieldResolver(() => Int, { description: "Percent complete: a summary's is rolled up from the work under it (stored with every change of that work)" })
  percentComplete(@Root() t: Task): number {
    return t.rollupPercent ?? t.percentComplete;
  }

  @FieldResolver(() => Int, { description: 'Live sub-tasks' })
  childCount(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.childCount.load(t.id);
  }

  @FieldResolver(() => TaskStatus)
  status(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.status.load(t.statusId);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() t: Task, @Ctx() ctx: Context) {
    return t.assigneeId ? ctx.loaders.user.load(t.assigneeId) : null;
  }

  @FieldResolver(() => [Dependency], { description: 'Links where this task is the successor' })
  predecessors(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.links.load(t.id).then((l) => l.in);
  }

  @FieldResolver(() => [Dependency], { description: 'Links where this task is the predecessor' })
  successors(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.links.load(t.id).then((l) => l.out);
  }

  @FieldResolver(() => ActivityConnection, { description: 'History of this task, newest first' })
  activity(@Root() t: Task, @Args(() => ActivityArgs) a: ActivityArgs, @Ctx() ctx: Context) {
    return this.activitySvc.list(ctx.actor, t.projectId, t.id, a);
  }

  @Mutation(() => TaskPayload)
  async taskCreate(@Arg('input', () => TaskCreateInput) input: TaskCreateInput, @Ctx() ctx: Context) {
    return { task: await this.taskSvc.create(ctx.actor, input) };
  }

  @Mutation(() => TaskPayload, { description: 'Changes fields; send the version you read (stale = CONFLICT)' })
  async taskUpdate(@Arg('input', () => TaskUpdateInput) input: TaskUpdateInput, @Ctx() ctx: Context) {
    return { task: await this.taskSvc.update(ctx.actor, input) };
  }

  @Mutation(() => TaskPayload, {
    description: 'Renames a task, whatever its version: the outline is a shared document where the last rename wins (taskUpdate checks the version)',
  })
  async taskRename(@Arg('id', () => UUID) id: string, @Arg('name', () => String) name: string, @Ctx() ctx: Context) {
    return { task: await this.taskSvc.rename(ctx.actor, id, name) };
  }

  @Mutation(() => TaskPayload, { description: 'Moves a task (with its sub-tasks) to a new parent and/or position' })
  async taskMove(@Arg('input', () => TaskMoveInput) input: TaskMoveInput, @Ctx() ctx: Context) {
    return { task: await this.taskSvc.move(ctx.actor, input) };
  }

  @Mutation(() => TaskPayload, { description: 'Archives the task and its sub-tasks and removes their links' })
  async taskDelete(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { task: await this.taskSvc.remove(ctx.actor, id) };
  }

  @Subscription(() => TaskEvent, {
    subscribe: ({ args, context }) => watch(context as Context, 'TASK_UPDATED', args.projectId, Permission.PROJECT_READ),
  })
  taskUpdated(@Root() e: TaskEventPayload, @Arg('projectId', () => UUID) _projectId: string, @Ctx() ctx: Context): TaskEventPayload {
    ctx.loaders.clear();
    return e;
  }

  @Subscription(() => Outline, {
    description:
      'Sent once after a create, move or delete renumbers other tasks (their WBS codes or positions), with every task\'s place; the task that was created, moved or deleted gets its own taskUpdated',
    subscribe: ({ args, context }) => watch(context as Context, 'OUTLINE_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  outlineChanged(@Root() o: Outline, @Arg('projectId', () => UUID) _projectId: string): Outline {
    return o;
  }
}

@Resolver(() => Dependency)
export class DependencyResolver {
  constructor(private readonly dependencySvc: DependencyService) {}

  @FieldResolver(() => Task)
  predecessor(@Root() d: Dependency, @Ctx() ctx: Context) {
    return ctx.loaders.task.load(d.predecessorId);
  }

  @FieldResolver(() => Task)
  successor(@Root() d: Dependency, @Ctx() ctx: Context) {
    return ctx.loaders.task.load(d.successorId);
  }

  @Mutation(() => DependencyPayload, { description: 'Links two tasks; a link that would close a cycle is refused, naming the cycle' })
  async dependencyCreate(@Arg('input', () => DependencyCreateInput) input: DependencyCreateInput, @Ctx() ctx: Context) {
    return { dependency: await this.dependencySvc.create(ctx.actor, input) };
  }

  @Mutation(() => DependencyPayload)
  async dependencyUpdate(@Arg('input', () => DependencyUpdateInput) input: DependencyUpdateInput, @Ctx() ctx: Context) {
    return { dependency: await this.dependencySvc.update(ctx.actor, input) };
  }

  @Mutation(() => DependencyPayload)
  async dependencyDelete(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { dependency: await this.dependencySvc.remove(ctx.actor, id) };
  }
}

@Resolver(() => TaskStatus)
export class StatusResolver {
  constructor(private readonly statusSvc: StatusService) {}

  @Mutation(() => StatusPayload)
  async statusCreate(@Arg('input', () => StatusCreateInput) input: StatusCreateInput, @Ctx() ctx: Context) {
    return { status: await this.statusSvc.create(ctx.actor, input) };
  }

  @Mutation(() => StatusPayload)
  async statusUpdate(@Arg('input', () => StatusUpdateInput) input: StatusUpdateInput, @Ctx() ctx: Context) {
    return { status: await this.statusSvc.update(ctx.actor, input) };
  }

  @Mutation(() => StatusPayload, { description: 'Deletes a status; its tasks move to moveToId (required when it has tasks)' })
  async statusDelete(
    @Arg('id', () => UUID) id: string,
    @Arg('moveToId', () => UUID, { nullable: true }) moveToId: string | null,
    @Ctx() ctx: Context,
  ) {
    return { status: await this.statusSvc.remove(ctx.actor, id, moveToId) };
  }
}
