import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsNull, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { MutationPayload } from '../../common/payload.js';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { BoardToken, Project, WallLayout } from '../project/index.js';
import { projectFigures } from './health-facts.js';

const NEXT_MILESTONES = 6;
const NEXT_CRITICAL = 6;
const TOP_RISKS = 6;

/** Where the wall reads the computed schedule (the planning module's schedules). */
export interface WallScheduleSource {
  current(projectId: string): Promise<{ schedule: { tasks: { taskId: string; start: string; finish: string; critical: boolean; summary: boolean; complete: boolean }[] } }>;
}

@ObjectType()
export class WallMilestone {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Its finish in the newest baseline' }) baselineFinish: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Its finish in the current schedule' }) forecastFinish: string | null;
  @Field(() => Int, { nullable: true, description: 'Calendar days forecast after (+) or before (-) the baseline' }) slipDays: number | null;
}

@ObjectType()
export class WallTask {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: "Scheduled start, local 'YYYY-MM-DDTHH:MM'" }) start: string;
  @Field(() => String, { description: "Scheduled finish, local 'YYYY-MM-DDTHH:MM'" }) finish: string;
  @Field(() => Int) percentComplete: number;
}

@ObjectType()
export class WallRisk {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) title: string;
  @Field(() => Int) score: number;
}

@ObjectType()
export class WallIssue {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) title: string;
  @Field(() => String) severity: string;
  @Field(() => Boolean) blocking: boolean;
  @Field(() => Boolean) overdue: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueDate: string | null;
}

@ObjectType()
export class WallSeverityCount {
  @Field(() => String) severity: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "What a wall screen shows besides the board, in the layout its board token chose" })
export class WallView {
  @Field(() => WallLayout) layout: WallLayout;
  @Field(() => String) projectKey: string;
  @Field(() => String) projectName: string;
  @Field(() => GraphQLLocalDate) statusDate: string;
  @Field(() => Float, { nullable: true, description: 'Schedule performance index (empty without a baseline)' }) spi: number | null;
  @Field(() => Float, { nullable: true, description: 'Cost performance index (empty without a baseline or actual cost)' }) cpi: number | null;
  @Field(() => Boolean) hasBaseline: boolean;
  @Field(() => [WallMilestone], { description: 'The next milestones not yet completed, by forecast' }) milestones: WallMilestone[];
  @Field(() => [WallTask], { description: "The critical path's next unfinished tasks" }) criticalNext: WallTask[];
  @Field(() => [WallRisk], { description: 'Open risks, highest score first' }) topRisks: WallRisk[];
  @Field(() => [WallIssue], { description: 'Open issues, blocking ones first, then by severity' }) openIssues: WallIssue[];
  @Field(() => [WallSeverityCount], { description: 'Open issues per severity, CRITICAL first' }) issuesBySeverity: WallSeverityCount[];
}

@ObjectType() export class BoardTokenLayoutPayload extends MutationPayload { @Field(() => BoardToken) boardToken: BoardToken; }

const DAY = 86_400_000;
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** The wall screen's layouts: a manager's choice per board token, and what each layout shows. */
export class WallLayoutService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: WallScheduleSource,
    private readonly today: () => string,
  ) {}

  async forToken(actor: Actor, tokenId: string): Promise<WallView> {
    const token = await this.ds.getRepository(BoardToken).findOneBy({ id: tokenId, revokedAt: IsNull() });
    if (!token) throw new NotFoundError('Board token');
    await can(actor, token.projectId, Permission.BOARD_READ);
    const projectId = token.projectId;
    const [project, figures] = await Promise.all([
      this.ds.getRepository(Project).findOne({ select: { key: true, name: true }, where: { id: projectId } }),
      projectFigures(this.ds, [projectId], this.today()),
    ]);
    const f = figures.get(projectId);
    if (!project || !f) throw new NotFoundError('Project');
    const view: WallView = {
      layout: token.layout,
      projectKey: project.key,
      projectName: project.name,
      statusDate: f.statusDate,
      spi: f.spi,
      cpi: f.cpi,
      hasBaseline: f.baselineId !== null,
      milestones: [],
      criticalNext: [],
      topRisks: f.risks.slice(0, TOP_RISKS).map((r) => ({ id: r.id, key: `${project.key}-R${r.number}`, title: r.title, score: r.score })),
      openIssues: f.issues.map((i) => ({ id: i.id, key: `${project.key}-I${i.number}`, title: i.title, severity: i.severity, blocking: i.blocking, overdue: i.overdue, dueDate: i.dueDate })),
      issuesBySeverity: SEVERITIES.map((severity) => ({ severity, count: f.issues.filter((i) => i.severity === severity).length })),
    };
    if (token.layout !== WallLayout.SCHEDULE) return view;
    // The schedule view reads the computed schedule: forecasts are the engine's dates.
    const plan = await this.schedules.current(projectId).catch(() => null);
    const rows = new Map((plan?.schedule.tasks ?? []).map((t) => [t.taskId, t]));
    view.milestones = f.milestones
      .filter((m) => !m.completed)
      .map((m) => {
        const forecast = rows.get(m.id)?.finish.slice(0, 10) ?? m.forecastFinish;
        const slip = forecast && m.baselineFinish ? Math.round((Date.parse(`${forecast}T00:00:00Z`) - Date.parse(`${m.baselineFinish}T00:00:00Z`)) / DAY) : null;
        return { id: m.id, key: `${project.key}-${m.number}`, name: m.name, baselineFinish: m.baselineFinish, forecastFinish: forecast, slipDays: slip };
      })
      .sort((a, b) => (a.forecastFinish ?? '9999').localeCompare(b.forecastFinish ?? '9999'))
      .slice(0, NEXT_MILESTONES);
    const critical = (plan?.schedule.tasks ?? []).filter((t) => t.critical && !t.summary && !t.complete).sort((a, b) => a.start.localeCompare(b.start)).slice(0, NEXT_CRITICAL);
    if (critical.length) {
      const tasks: { id: string; number: number; name: string; percent_complete: number }[] = await this.ds.query(
        `SELECT id, number, name, percent_complete FROM tasks WHERE id = ANY($1::uuid[])`,
        [critical.map((t) => t.taskId)],
      );
      const byId = new Map(tasks.map((t) => [t.id, t]));
      view.criticalNext = critical.flatMap((t) => {
        const row = byId.get(t.taskId);
        return row ? [{ id: row.id, key: `${project.key}-${row.number}`, name: row.name, start: t.start, finish: t.finish, percentComplete: row.percent_complete }] : [];
      });
    }
    return view;
  }

  /** A manager chooses the token's layout; its wall hears it through its board's next update. */
  async choose(actor: Actor, id: string, layout: WallLayout): Promise<BoardToken> {
    const grant = await authorizeEntity(actor, 'boardToken', id, Permission.BOARD_TOKEN_MANAGE);
    return this.ds.transaction(async (m) => {
      const token = await m.getRepository(BoardToken).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token || token.revokedAt) throw new NotFoundError('Board token');
      if (token.layout === layout) return token;
      const before = token.layout;
      token.layout = layout;
      const saved = await m.getRepository(BoardToken).save(token);
      await recordActivity(m, grant.projectId, grant.userId, [
        { entityType: 'board_token', entityId: id, action: ActivityAction.UPDATED, field: 'layout', oldValue: before, newValue: layout },
      ]);
      // Walls refresh with their board (the relay recomputes it after any project event).
      await publishInTransaction(m, { type: 'wall', projectId: grant.projectId });
      return saved;
    });
  }
}

@Resolver()
export class WallLayoutResolver {
  constructor(private readonly walls: WallLayoutService) {}

  @Query(() => WallView, { description: "The wall screen's layout and what it shows; for a request made with a board token" })
  wallView(@Ctx() ctx: Context) {
    if (ctx.actor.kind !== 'board') throw new UnauthenticatedError('Open the wall board with its board token');
    return this.walls.forToken(ctx.actor, ctx.actor.tokenId);
  }

  @Mutation(() => BoardTokenLayoutPayload, { description: "Chooses what the token's wall shows: progress, the schedule, or risks and issues (managers)" })
  async boardTokenLayoutSet(@Arg('id', () => UUID) id: string, @Arg('layout', () => WallLayout) layout: WallLayout, @Ctx() ctx: Context) {
    return { boardToken: await this.walls.choose(ctx.actor, id, layout) };
  }
}
