import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload.js';
import { ReportLink, StatusReport } from './report.entity.js';
import { HealthRules } from './report.types.js';

@ObjectType() export class StatusReportPayload extends MutationPayload { @Field(() => StatusReport) report: StatusReport; }
@ObjectType() export class HealthRulesPayload extends MutationPayload { @Field(() => HealthRules) rules: HealthRules; }
@ObjectType() export class ReportLinkPayload extends MutationPayload { @Field(() => ReportLink) link: ReportLink; }
@ObjectType({ description: 'A new stakeholder link; the token is shown once' })
export class ReportLinkCreatePayload extends MutationPayload {
  @Field(() => String, { description: 'The secret: the page is /report/<token>' }) token: string;
  @Field(() => ReportLink) link: ReportLink;
}

@ObjectType({ description: 'What a stakeholder link shows: the project, its latest published report and the list of published ones' })
export class StakeholderView {
  @Field(() => String) projectName: string;
  @Field(() => String) projectKey: string;
  @Field(() => StatusReport, { nullable: true }) latest: StatusReport | null;
  @Field(() => [StatusReport], { description: 'Published reports, newest first' }) reports: StatusReport[];
}
