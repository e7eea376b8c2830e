import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import { HealthAreaName, HealthColour } from './report.enums.js';

/*
 * What a report shows. A draft computes these from the live plan on every read; publishing stores
 * the same shape as JSON (the snapshot) and from then on they are read back, never recomputed.
 */

@ObjectType({ description: 'The health of one area (or OVERALL): the computed colour with its reasons, and an override if someone set one' })
export class ReportAreaHealth {
  @Field(() => HealthAreaName) area: HealthAreaName;
  @Field(() => HealthColour, { description: 'The colour shown: the override when there is one, else the computed colour' }) colour: HealthColour;
  @Field(() => HealthColour, { description: 'What the rules give' }) computed: HealthColour;
  @Field(() => [String], { description: 'Why the rules give that colour, the worst first' }) reasons: string[];
  @Field(() => String, { nullable: true, description: 'Why a person overrode the computed colour' }) overrideReason: string | null;
}

@ObjectType({ description: 'A task in a report: completed in the period, or planned for the next' })
export class ReportTask {
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: 'Completed: the day it was completed; planned: its scheduled start' }) start: string | null;
  @Field(() => String, { nullable: true }) finish: string | null;
}

@ObjectType()
export class ReportMilestone {
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) baselineFinish: string | null;
  @Field(() => String, { nullable: true, description: 'The schedule’s finish (null once finished)' }) forecastFinish: string | null;
  @Field(() => String, { nullable: true }) actualFinish: string | null;
  @Field(() => Int, { nullable: true, description: 'Calendar days after the baseline (negative = early)' }) slipDays: number | null;
}

@ObjectType({ description: 'Earned value at the status date; null figures where undefined' })
export class ReportEarnedValue {
  @Field(() => GraphQLLocalDate) statusDate: string;
  @Field(() => Float) pv: number;
  @Field(() => Float) ev: number;
  @Field(() => Float) ac: number;
  @Field(() => Float) sv: number;
  @Field(() => Float) cv: number;
  @Field(() => Float, { nullable: true }) spi: number | null;
  @Field(() => Float, { nullable: true }) cpi: number | null;
  @Field(() => Float) bac: number;
}

@ObjectType({ description: 'SPI and CPI of one report: the earlier published ones (frozen), then this one' })
export class ReportTrendPoint {
  @Field(() => Int) number: number;
  @Field(() => GraphQLLocalDate) periodEnd: string;
  @Field(() => Float, { nullable: true }) spi: number | null;
  @Field(() => Float, { nullable: true }) cpi: number | null;
}

@ObjectType()
export class ReportCurvePoint {
  @Field(() => GraphQLLocalDate) date: string;
  @Field(() => Float) pv: number;
  @Field(() => Float, { nullable: true }) ev: number | null;
  @Field(() => Float, { nullable: true }) ac: number | null;
}

@ObjectType({ description: 'Tasks not yet completed at the end of a week' })
export class ReportBurndownPoint {
  @Field(() => GraphQLLocalDate) date: string;
  @Field(() => Int) remaining: number;
}

@ObjectType()
export class ReportRisk {
  @Field(() => String) key: string;
  @Field(() => String) title: string;
  @Field(() => Int) score: number;
  @Field(() => String) status: string;
}

@ObjectType()
export class ReportIssue {
  @Field(() => String) key: string;
  @Field(() => String) title: string;
  @Field(() => String) severity: string;
  @Field(() => Boolean) blocking: boolean;
  @Field(() => Boolean) overdue: boolean;
  @Field(() => String, { nullable: true }) dueDate: string | null;
}

@ObjectType()
export class ReportChange {
  @Field(() => String) key: string;
  @Field(() => String) title: string;
  @Field(() => String) status: string;
  @Field(() => String, { nullable: true, description: 'The day it was decided (null while pending)' }) decidedOn: string | null;
  @Field(() => Float, { nullable: true, description: 'Change of the budget it carries' }) budgetDelta: number | null;
}

@ObjectType({ description: "A report's figures: computed live for a draft, frozen once published" })
export class ReportFigures {
  @Field(() => Date, { description: 'When these figures were computed' }) computedAt: Date;
  @Field(() => String) currency: string;
  @Field(() => HealthColour, { description: 'The overall colour shown (override or computed)' }) overall: HealthColour;
  @Field(() => [ReportAreaHealth], { description: 'OVERALL first, then each area' }) health: ReportAreaHealth[];
  @Field(() => [ReportTask], { description: 'Work completed in the period' }) accomplishments: ReportTask[];
  @Field(() => [ReportTask], { description: 'Work scheduled to start or finish in the next period of the same length' }) planned: ReportTask[];
  @Field(() => [ReportMilestone]) milestones: ReportMilestone[];
  @Field(() => ReportEarnedValue, { nullable: true, description: 'null without a baseline' }) earnedValue: ReportEarnedValue | null;
  @Field(() => [ReportTrendPoint]) trend: ReportTrendPoint[];
  @Field(() => [ReportCurvePoint], { description: 'The S-curve, weekly' }) curve: ReportCurvePoint[];
  @Field(() => [ReportBurndownPoint]) burndown: ReportBurndownPoint[];
  @Field(() => [ReportRisk], { description: 'Open risks, highest score first (at most ten)' }) risks: ReportRisk[];
  @Field(() => [ReportIssue], { description: 'Open issues, most severe first' }) issues: ReportIssue[];
  @Field(() => [ReportChange], { description: 'Change requests decided in the period, then those pending' }) changes: ReportChange[];
}

/** The frozen report: its figures and its narrative as published. */
export interface ReportSnapshot {
  figures: Omit<ReportFigures, 'computedAt'> & { computedAt: string };
  narrative: string;
}

@InputType({ description: 'A colour set over the computed one; the reason is required' })
export class HealthOverrideInput {
  @Field(() => HealthAreaName) area: HealthAreaName;
  @Field(() => HealthColour) colour: HealthColour;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class StatusReportCreateInput {
  @Field(() => UUID) projectId: string;
  @Field(() => String, { nullable: true, description: 'Default: "Status report <n>"' }) title?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Default: the day after the last report ended, else the project start' }) periodStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Default: today' }) periodEnd?: string | null;
}

@InputType()
export class StatusReportUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Int, { nullable: true, description: 'The version read (stale = CONFLICT)' }) version?: number | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) periodStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) periodEnd?: string | null;
  @Field(() => [HealthOverrideInput], { nullable: true, description: 'Replaces every override; an empty list clears them' }) overrides?: HealthOverrideInput[] | null;
  @Field(() => String, { nullable: true, description: 'The narrative as plain text or Markdown (the live editor writes it through the document)' }) narrative?: string | null;
}

@InputType({ description: "The project's health thresholds; a field left out keeps its default" })
export class HealthRulesInput {
  @Field(() => Float, { nullable: true }) spiAmber?: number | null;
  @Field(() => Float, { nullable: true }) spiRed?: number | null;
  @Field(() => Float, { nullable: true }) cpiAmber?: number | null;
  @Field(() => Float, { nullable: true }) cpiRed?: number | null;
  @Field(() => Float, { nullable: true }) milestoneSlipAmberDays?: number | null;
  @Field(() => Float, { nullable: true }) milestoneSlipRedDays?: number | null;
  @Field(() => Float, { nullable: true }) scopeAmberPercent?: number | null;
  @Field(() => Float, { nullable: true }) scopeRedPercent?: number | null;
  @Field(() => Float, { nullable: true }) scopePendingAmberDays?: number | null;
  @Field(() => Float, { nullable: true }) riskAmberScore?: number | null;
  @Field(() => Float, { nullable: true }) riskRedScore?: number | null;
}

@ObjectType({ description: "The health thresholds the project's reports use" })
export class HealthRules {
  @Field(() => Float) spiAmber: number;
  @Field(() => Float) spiRed: number;
  @Field(() => Float) cpiAmber: number;
  @Field(() => Float) cpiRed: number;
  @Field(() => Float) milestoneSlipAmberDays: number;
  @Field(() => Float) milestoneSlipRedDays: number;
  @Field(() => Float) scopeAmberPercent: number;
  @Field(() => Float) scopeRedPercent: number;
  @Field(() => Float) scopePendingAmberDays: number;
  @Field(() => Float) riskAmberScore: number;
  @Field(() => Float) riskRedScore: number;
}

