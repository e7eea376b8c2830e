import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import { User } from '../user/index.js';
import { ReportLink, StatusReport } from './report.entity.js';
import { HealthColour } from './report.enums.js';
import type { ReportService } from './report.service.js';
import { HealthRulesPayload, ReportLinkCreatePayload, ReportLinkPayload, StakeholderView, StatusReportPayload } from './report.payloads.js';
import { HealthRules, HealthRulesInput, ReportFigures, StatusReportCreateInput, StatusReportUpdateInput } from './report.types.js';

@Resolver(() => StatusReport)
export class StatusReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => StatusReport)
  statusReport(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return this.reports.get(ctx.actor, id);
  }

  @Query(() => StakeholderView, { description: "A stakeholder link's view (no sign-in): the project's latest published report and the list of published ones" })
  stakeholderReports(@Arg('token', () => String) token: string) {
    return this.reports.stakeholderView(token);
  }

  @Query(() => StatusReport, { description: 'One published report through a stakeholder link (no sign-in)' })
  stakeholderReport(@Arg('token', () => String) token: string, @Arg('number', () => Int) number: number) {
    return this.reports.publishedByLink(token, number);
  }

  @FieldResolver(() => ReportFigures, { description: 'Computed from the live plan for a draft; frozen once published' })
  figures(@Root() r: StatusReport, @Ctx() ctx: Context) {
    return this.reports.figures(ctx.actor, r);
  }

  @FieldResolver(() => String, { description: 'The narrative as text: the live document for a draft, frozen once published' })
  narrative(@Root() r: StatusReport) {
    return this.reports.narrativeOf(r);
  }

  @FieldResolver(() => HealthColour, { nullable: true, description: 'The published overall colour (null for a draft)' })
  publishedHealth(@Root() r: StatusReport): HealthColour | null {
    return (r.overall as HealthColour | null) ?? null;
  }

  @FieldResolver(() => User, { nullable: true })
  publishedBy(@Root() r: StatusReport, @Ctx() ctx: Context) {
    return r.publishedById ? ctx.loaders.user.load(r.publishedById) : null;
  }

  @FieldResolver(() => String, { description: 'The live narrative document (y-websocket), for a draft' })
  narrativeDocument(@Root() r: StatusReport): string {
    return `project/${r.projectId}/report/${r.id}`;
  }

  @Mutation(() => StatusReportPayload, { description: 'Starts a draft report (owners and managers); the period defaults to since the last report' })
  async statusReportCreate(@Arg('input', () => StatusReportCreateInput) input: StatusReportCreateInput, @Ctx() ctx: Context) {
    return { report: await this.reports.create(ctx.actor, input) };
  }

  @Mutation(() => StatusReportPayload, { description: 'Changes a draft: title, period, overrides (each with a reason), narrative' })
  async statusReportUpdate(@Arg('input', () => StatusReportUpdateInput) input: StatusReportUpdateInput, @Ctx() ctx: Context) {
    return { report: await this.reports.update(ctx.actor, input) };
  }

  @Mutation(() => StatusReportPayload, { description: 'Publishes a draft: every figure and the narrative are frozen as they are now' })
  async statusReportPublish(@Arg('id', () => UUID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context) {
    return { report: await this.reports.publish(ctx.actor, id, version) };
  }

  @Mutation(() => StatusReportPayload, { description: 'Deletes a draft; published reports are kept' })
  async statusReportDelete(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { report: await this.reports.remove(ctx.actor, id) };
  }

  @Mutation(() => HealthRulesPayload, { description: "Sets the project's health thresholds (owners and managers); a field left out keeps its default" })
  async healthRulesSet(@Arg('projectId', () => UUID) projectId: string, @Arg('input', () => HealthRulesInput) input: HealthRulesInput, @Ctx() ctx: Context) {
    return { rules: await this.reports.setRules(ctx.actor, projectId, input) };
  }

  @Mutation(() => ReportLinkCreatePayload, { description: 'A read-only link to the published reports at /report/<token>; the token is returned once' })
  async reportLinkCreate(@Arg('projectId', () => UUID) projectId: string, @Arg('name', () => String) name: string, @Ctx() ctx: Context) {
    return this.reports.createLink(ctx.actor, projectId, name);
  }

  @Mutation(() => ReportLinkPayload, { description: 'Revokes a stakeholder link: its page stops working at once' })
  async reportLinkRevoke(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { link: await this.reports.revokeLink(ctx.actor, id) };
  }
}

@Resolver(() => Project)
export class ProjectReportsResolver {
  constructor(private readonly reports: ReportService) {}

  @FieldResolver(() => [StatusReport], { description: 'Status reports, newest first' })
  statusReports(@Root() p: Project, @Ctx() ctx: Context) {
    return this.reports.list(ctx.actor, p.id);
  }

  @FieldResolver(() => StatusReport, { nullable: true, description: 'One status report by its number' })
  statusReportByNumber(@Root() p: Project, @Arg('number', () => Int) number: number, @Ctx() ctx: Context) {
    return this.reports.byNumber(ctx.actor, p.id, number);
  }

  @FieldResolver(() => HealthRules, { description: 'The health thresholds its reports use (the defaults where not tuned)' })
  healthRules(@Root() p: Project, @Ctx() ctx: Context) {
    return this.reports.rules(ctx.actor, p.id);
  }

  @FieldResolver(() => [ReportLink], { description: 'Live stakeholder links (owners and managers)' })
  reportLinks(@Root() p: Project, @Ctx() ctx: Context) {
    return this.reports.links(ctx.actor, p.id);
  }
}
