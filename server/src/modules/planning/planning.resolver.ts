import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Context } from '../../context.js';
import { Permission } from '../../common/access.js';
import { UnauthenticatedError } from '../../common/errors.js';
import { watch } from '../../common/guard.js';
import { Task, TaskPayload } from '../task/index.js';
import { Project } from '../project/index.js';
import { User } from '../user/index.js';
import { Baseline, BaselineTask } from './baseline.entity.js';
import type { BaselineService } from './baseline.service.js';
import { CalendarException, WorkCalendar, WorkWeekDay } from './calendar.entity.js';
import type { CalendarService } from './calendar.service.js';
import { CostEntry } from './cost-entry.entity.js';
import type { CostService } from './cost.service.js';
import type { ExchangeService } from './exchange.service.js';
import type { LevelingService } from './leveling.service.js';
import { ExportFormat, UsagePeriod } from './planning.enums.js';
import {
  AssignmentCreateInput,
  AssignmentUpdateInput,
  CalendarCreateInput,
  CalendarExceptionAddInput,
  CalendarUpdateInput,
  CostEntryCreateInput,
  PlanSettingsInput,
  ProjectImportInput,
  ResourceCreateInput,
  ResourceForMemberInput,
  ResourceUpdateInput,
  TaskScheduleUpdateInput,
} from './planning.inputs.js';
import {
  AssignmentPayload,
  BaselinePayload,
  CalendarExceptionPayload,
  CalendarPayload,
  CalendarUsage,
  CostEntryPayload,
  EarnedValue,
  ImportReport,
  LevelingPayload,
  LevelingPreview,
  PlanChange,
  PlanSettings,
  PlanSettingsPayload,
  ResourcePayload,
  ResourceUsage,
  Schedule,
  ScheduledTask,
  ScheduleUpdate,
  Variance,
} from './planning.types.js';
import { Assignment, Resource, ResourceRate } from './resource.entity.js';
import type { ResourceService } from './resource.service.js';
import { SCHEDULE_TOPIC, scheduleServiceFor, type ScheduleService } from './schedule.service.js';

/** The planning fields of a project: schedule, baselines, resources, costs, earned value, export. */
@Resolver(() => Project)
export class PlanningProjectResolver {
  constructor(
    private readonly scheduleSvc: ScheduleService,
    private readonly calendarSvc: CalendarService,
    private readonly resourceSvc: ResourceService,
    private readonly baselineSvc: BaselineService,
    private readonly costSvc: CostService,
    private readonly levelingSvc: LevelingService,
    private readonly exchangeSvc: ExchangeService,
  ) {}

  @FieldResolver(() => Schedule, { description: 'Computed from tasks, links, calendars, constraints, progress and leveling delays' })
  schedule(
    @Root() p: Project,
    @Ctx() ctx: Context,
    @Arg('asOf', () => GraphQLLocalDate, {
      nullable: true,
      description: "The schedule as forecast at the end of this day (UTC), from the tasks' recorded progress then and that day as the status date; from the project's creation to today",
    })
    asOf?: string | null,
  ) {
    return asOf ? this.scheduleSvc.asOf(ctx.actor, p.id, asOf) : this.scheduleSvc.forViewer(ctx.actor, p.id);
  }

  @FieldResolver(() => PlanSettings)
  plan(@Root() p: Project, @Ctx() ctx: Context) {
    return this.calendarSvc.settings(ctx.actor, p.id);
  }

  @FieldResolver(() => [WorkCalendar])
  calendars(@Root() p: Project, @Ctx() ctx: Context) {
    return this.calendarSvc.list(ctx.actor, p.id);
  }

  @FieldResolver(() => [Resource])
  resources(@Root() p: Project, @Ctx() ctx: Context) {
    return this.resourceSvc.list(ctx.actor, p.id);
  }

  @FieldResolver(() => [Assignment])
  assignments(@Root() p: Project, @Ctx() ctx: Context) {
    return this.resourceSvc.assignments(ctx.actor, p.id);
  }

  @FieldResolver(() => [ResourceUsage], { description: 'Work, capacity and cost per resource and period over the schedule' })
  resourceUsage(
    @Root() p: Project,
    @Ctx() ctx: Context,
    @Arg('period', () => UsagePeriod, { defaultValue: UsagePeriod.WEEK }) period: UsagePeriod,
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from?: string | null,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to?: string | null,
  ) {
    return this.resourceSvc.usage(ctx.actor, p.id, period, from ?? null, to ?? null);
  }

  @FieldResolver(() => LevelingPreview, { description: 'What levelingApply would do, without changing anything' })
  levelingPreview(@Root() p: Project, @Ctx() ctx: Context) {
    return this.levelingSvc.preview(ctx.actor, p.id);
  }

  @FieldResolver(() => [Baseline], { description: 'Newest first' })
  baselines(@Root() p: Project, @Ctx() ctx: Context) {
    return this.baselineSvc.list(ctx.actor, p.id);
  }

  @FieldResolver(() => Variance, { description: 'The current schedule and costs against a baseline' })
  variance(@Root() p: Project, @Arg('baselineId', () => UUID) baselineId: string, @Ctx() ctx: Context) {
    return this.baselineSvc.variance(ctx.actor, p.id, baselineId);
  }

  @FieldResolver(() => EarnedValue, {
    description: 'Earned value at the status date against a baseline (default: the newest); its S-curve has the recorded EV and AC of past periods',
  })
  earnedValue(
    @Root() p: Project,
    @Ctx() ctx: Context,
    @Arg('statusDate', () => GraphQLLocalDate, { nullable: true, description: 'Required unless asOf is given' }) statusDate?: string | null,
    @Arg('baselineId', () => UUID, { nullable: true }) baselineId?: string | null,
    @Arg('period', () => UsagePeriod, { defaultValue: UsagePeriod.WEEK }) period?: UsagePeriod,
    @Arg('asOf', () => GraphQLLocalDate, {
      nullable: true,
      description: "Earned value as it stood at the end of this day (UTC), from the recorded progress and costs, measured at that day; from the project's creation to today",
    })
    asOf?: string | null,
  ) {
    return this.costSvc.earnedValue(ctx.actor, p.id, statusDate ?? null, baselineId ?? null, period ?? UsagePeriod.WEEK, asOf ?? null);
  }

  @FieldResolver(() => [CostEntry], { description: 'Newest first' })
  costEntries(@Root() p: Project, @Ctx() ctx: Context, @Arg('taskId', () => UUID, { nullable: true }) taskId?: string | null) {
    return this.costSvc.list(ctx.actor, p.id, taskId ?? null);
  }

  @FieldResolver(() => String, { name: 'export', description: 'The whole plan as MSPDI XML (MS Project), a Trellis plan JSON document or a CSV task list' })
  exportPlan(@Root() p: Project, @Arg('format', () => ExportFormat) format: ExportFormat, @Ctx() ctx: Context) {
    return this.exchangeSvc.export(ctx.actor, p.id, format);
  }
}

/** Planning mutations, the wall screen's schedule and the live schedule subscription. */
@Resolver()
export class PlanningResolver {
  constructor(
    private readonly scheduleSvc: ScheduleService,
    private readonly calendarSvc: CalendarService,
    private readonly resourceSvc: ResourceService,
    private readonly baselineSvc: BaselineService,
    private readonly costSvc: CostService,
    private readonly levelingSvc: LevelingService,
    private readonly exchangeSvc: ExchangeService,
  ) {}

  @Query(() => Schedule, { description: "The wall screen's project schedule, for a request made with a board token" })
  wallSchedule(@Ctx() ctx: Context) {
    if (ctx.actor.kind !== 'board') throw new UnauthenticatedError('Open the wall board with its board token');
    return this.scheduleSvc.forViewer(ctx.actor, ctx.actor.projectId);
  }

  @Mutation(() => TaskPayload, { description: 'Sets constraint, deadline, actual dates or calendar of a task (dragging a bar = SNET at the dropped start)' })
  async taskScheduleUpdate(@Arg('input', () => TaskScheduleUpdateInput) input: TaskScheduleUpdateInput, @Ctx() ctx: Context) {
    return { task: await this.scheduleSvc.updateTask(ctx.actor, input) };
  }

  @Mutation(() => PlanSettingsPayload, { description: 'Sets the project calendar and/or the status date' })
  async planSettingsUpdate(@Arg('input', () => PlanSettingsInput) input: PlanSettingsInput, @Ctx() ctx: Context) {
    return { plan: await this.calendarSvc.updateSettings(ctx.actor, input) };
  }

  @Mutation(() => CalendarPayload)
  async calendarCreate(@Arg('input', () => CalendarCreateInput) input: CalendarCreateInput, @Ctx() ctx: Context) {
    return { calendar: await this.calendarSvc.create(ctx.actor, input) };
  }

  @Mutation(() => CalendarPayload, { description: 'Send the version you read (stale = CONFLICT)' })
  async calendarUpdate(@Arg('input', () => CalendarUpdateInput) input: CalendarUpdateInput, @Ctx() ctx: Context) {
    return { calendar: await this.calendarSvc.update(ctx.actor, input) };
  }

  @Mutation(() => CalendarPayload, { description: 'Tasks and resources on it go back to the project calendar, calendars based on it to the standard week. With the version you read, a calendar changed since is not deleted (CONFLICT)' })
  async calendarDelete(@Arg('id', () => UUID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context) {
    return { calendar: await this.calendarSvc.remove(ctx.actor, id, version) };
  }

  @Mutation(() => CalendarExceptionPayload, { description: 'Adds one exception (no version needed: others may add theirs at the same time)' })
  async calendarExceptionAdd(@Arg('input', () => CalendarExceptionAddInput) input: CalendarExceptionAddInput, @Ctx() ctx: Context) {
    return this.calendarSvc.addException(ctx.actor, input);
  }

  @Mutation(() => CalendarExceptionPayload, { description: 'Removes one exception; one already removed is NOT_FOUND' })
  async calendarExceptionRemove(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return this.calendarSvc.removeException(ctx.actor, id);
  }

  @Mutation(() => ResourcePayload)
  async resourceCreate(@Arg('input', () => ResourceCreateInput) input: ResourceCreateInput, @Ctx() ctx: Context) {
    return { resource: await this.resourceSvc.create(ctx.actor, input) };
  }

  @Mutation(() => ResourcePayload, { description: 'Send the version you read (stale = CONFLICT)' })
  async resourceUpdate(@Arg('input', () => ResourceUpdateInput) input: ResourceUpdateInput, @Ctx() ctx: Context) {
    return { resource: await this.resourceSvc.update(ctx.actor, input) };
  }

  @Mutation(() => ResourcePayload, { description: "The member's resource, made on demand (a work resource with their name on the project calendar); the existing one if they have it" })
  async resourceForMember(@Arg('input', () => ResourceForMemberInput) input: ResourceForMemberInput, @Ctx() ctx: Context) {
    return { resource: await this.resourceSvc.forMember(ctx.actor, input.projectId, input.userId) };
  }

  @Mutation(() => ResourcePayload, { description: 'Removes the resource and its assignments' })
  async resourceDelete(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { resource: await this.resourceSvc.remove(ctx.actor, id) };
  }

  @Mutation(() => AssignmentPayload)
  async assignmentCreate(@Arg('input', () => AssignmentCreateInput) input: AssignmentCreateInput, @Ctx() ctx: Context) {
    return { assignment: await this.resourceSvc.assign(ctx.actor, input) };
  }

  @Mutation(() => AssignmentPayload)
  async assignmentUpdate(@Arg('input', () => AssignmentUpdateInput) input: AssignmentUpdateInput, @Ctx() ctx: Context) {
    return { assignment: await this.resourceSvc.updateAssignment(ctx.actor, input) };
  }

  @Mutation(() => AssignmentPayload)
  async assignmentDelete(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { assignment: await this.resourceSvc.unassign(ctx.actor, id) };
  }

  @Mutation(() => BaselinePayload, { description: 'Saves the current schedule and costs of every task under a name' })
  async baselineCreate(@Arg('projectId', () => UUID) projectId: string, @Arg('name', () => String) name: string, @Ctx() ctx: Context) {
    return { baseline: await this.baselineSvc.create(ctx.actor, projectId, name) };
  }

  @Mutation(() => BaselinePayload)
  async baselineDelete(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { baseline: await this.baselineSvc.remove(ctx.actor, id) };
  }

  @Mutation(() => CostEntryPayload, { description: 'Records time or money spent on a task (actual cost)' })
  async costEntryCreate(@Arg('input', () => CostEntryCreateInput) input: CostEntryCreateInput, @Ctx() ctx: Context) {
    return { costEntry: await this.costSvc.create(ctx.actor, input) };
  }

  @Mutation(() => CostEntryPayload, { description: 'Members delete their own entries; managers any' })
  async costEntryDelete(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { costEntry: await this.costSvc.remove(ctx.actor, id) };
  }

  @Mutation(() => LevelingPayload, { description: 'Levels the work resources: stores each task\'s leveling delay' })
  async levelingApply(@Arg('projectId', () => UUID) projectId: string, @Ctx() ctx: Context) {
    return { leveling: await this.levelingSvc.apply(ctx.actor, projectId) };
  }

  @Mutation(() => LevelingPayload, { description: 'Removes every leveling delay' })
  async levelingClear(@Arg('projectId', () => UUID) projectId: string, @Ctx() ctx: Context) {
    return { leveling: await this.levelingSvc.clear(ctx.actor, projectId) };
  }

  @Mutation(() => ImportReport, {
    description: 'Imports an MS Project (MSPDI) XML file or a Trellis plan JSON document into the project: everything or nothing',
  })
  projectImport(@Arg('input', () => ProjectImportInput) input: ProjectImportInput, @Ctx() ctx: Context) {
    return this.exchangeSvc.import(ctx.actor, input);
  }

  @Subscription(() => ScheduleUpdate, {
    description: 'The schedule moved: the tasks whose dates, float or criticality changed, the critical path and the finish',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const events = await watch(ctx, SCHEDULE_TOPIC, args.projectId, Permission.BOARD_READ);
      // The first update is a difference from the schedule as it is now.
      scheduleServiceFor(ctx.hub)?.track(args.projectId);
      return events;
    },
  })
  scheduleUpdated(@Root() u: ScheduleUpdate, @Arg('projectId', () => UUID) _projectId: string): ScheduleUpdate {
    return u;
  }

  @Subscription(() => PlanChange, {
    description: 'A part of the plan changed (links, baselines, calendars, resources, assignments, costs, leveling, an import), whether or not the schedule moved',
    subscribe: ({ args, context }) => watch(context as Context, 'PLAN_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  planChanged(@Root() c: PlanChange, @Arg('projectId', () => UUID) _projectId: string): PlanChange {
    return c;
  }
}

/** A task's place in the computed schedule. */
@Resolver(() => Task)
export class PlanningTaskResolver {
  constructor(private readonly scheduleSvc: ScheduleService) {}

  @FieldResolver(() => ScheduledTask, { nullable: true, description: 'Its dates, floats and criticality in the current schedule; null once archived' })
  scheduled(@Root() t: Task, @Ctx() ctx: Context) {
    return this.scheduleSvc.rowOf(ctx.actor, t);
  }

  /** The row, or null where there is none to give (archived, or a plan the engine refuses: `scheduled` says why). */
  private row(ctx: Context, t: Task) {
    return this.scheduleSvc.rowOf(ctx.actor, t).catch(() => null);
  }

  @FieldResolver(() => String, { nullable: true, description: "Start in the current schedule, local 'YYYY-MM-DDTHH:MM' (its actual start once started)" })
  async start(@Root() t: Task, @Ctx() ctx: Context) {
    return (await this.row(ctx, t))?.start ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Finish in the current schedule, local 'YYYY-MM-DDTHH:MM' (its actual finish once finished)" })
  async finish(@Root() t: Task, @Ctx() ctx: Context) {
    return (await this.row(ctx, t))?.finish ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Not complete and due by the status date (today without one), or past its deadline (see ScheduledTask.late)' })
  async late(@Root() t: Task, @Ctx() ctx: Context) {
    return (await this.row(ctx, t))?.late ?? false;
  }

  @FieldResolver(() => GraphQLLocalDate, { nullable: true, deprecationReason: 'Use start: dates come from the schedule. A typed planned start is a constraint (constraintType SNET).' })
  async plannedStart(@Root() t: Task, @Ctx() ctx: Context) {
    return (await this.row(ctx, t))?.start.slice(0, 10) ?? null;
  }

  @FieldResolver(() => GraphQLLocalDate, { nullable: true, deprecationReason: 'Use finish: dates come from the schedule. A typed planned finish is a deadline.' })
  async plannedFinish(@Root() t: Task, @Ctx() ctx: Context) {
    return (await this.row(ctx, t))?.finish.slice(0, 10) ?? null;
  }
}

@Resolver(() => WorkCalendar)
export class WorkCalendarResolver {
  constructor(private readonly calendarSvc: CalendarService) {}

  @FieldResolver(() => [WorkWeekDay], { description: 'Weekdays this calendar sets; the others follow its base calendar or the standard week' })
  workWeek(@Root() c: WorkCalendar): WorkWeekDay[] {
    return Object.entries(c.workWeek ?? {})
      .map(([day, times]) => ({ day: Number(day), times: times ?? [] }))
      .sort((a, b) => a.day - b.day);
  }

  @FieldResolver(() => [CalendarException], { description: 'In date order' })
  exceptions(@Root() c: WorkCalendar, @Ctx() ctx: Context) {
    return this.calendarSvc.exceptions(ctx.actor, c.id);
  }

  @FieldResolver(() => Boolean)
  isProjectCalendar(@Root() c: WorkCalendar, @Ctx() ctx: Context) {
    return this.calendarSvc.isProjectCalendar(ctx.actor, c);
  }

  @FieldResolver(() => CalendarUsage, { description: 'What goes by this calendar' })
  usage(@Root() c: WorkCalendar, @Ctx() ctx: Context) {
    return this.calendarSvc.usage(ctx.actor, c.id);
  }
}

@Resolver(() => Resource)
export class ResourceResolver {
  constructor(private readonly resourceSvc: ResourceService) {}

  @FieldResolver(() => [ResourceRate], { description: 'Rate changes by date, oldest first' })
  rates(@Root() r: Resource, @Ctx() ctx: Context) {
    return this.resourceSvc.rates(ctx.actor, r.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The project member this resource is' })
  user(@Root() r: Resource, @Ctx() ctx: Context) {
    return r.userId ? ctx.loaders.user.load(r.userId) : null;
  }
}

@Resolver(() => Baseline)
export class BaselineResolver {
  constructor(private readonly baselineSvc: BaselineService) {}

  @FieldResolver(() => [BaselineTask])
  tasks(@Root() b: Baseline, @Ctx() ctx: Context) {
    return this.baselineSvc.tasks(ctx.actor, b.id);
  }
}
