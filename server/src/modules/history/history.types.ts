import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IssueLevel } from '../issuelog/index.js';

@ObjectType({ description: 'Open issues of one severity' })
export class SeverityCount {
  @Field(() => IssueLevel) severity: IssueLevel;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "A project's figures at the end of one day (UTC), taken by the server once per day" })
export class ProjectSnapshot {
  @Field(() => GraphQLLocalDate) day: string;
  @Field(() => Date, { description: 'When the server took it (a day missed while it was down is taken later, from the history)' }) takenAt: Date;
  @Field(() => Float, { description: 'Overall percent complete (the roll-up rule over all the work)' }) percentComplete: number;
  @Field(() => String, { nullable: true, description: 'The baseline PV, EV, SPI, CPI and the baseline finish are measured against (the newest then); null without one' })
  baselineId: string | null;
  @Field(() => Float, { nullable: true }) pv: number | null;
  @Field(() => Float, { nullable: true }) ev: number | null;
  @Field(() => Float) ac: number;
  @Field(() => Float, { nullable: true }) spi: number | null;
  @Field(() => Float, { nullable: true }) cpi: number | null;
  @Field(() => String, { nullable: true, description: "The schedule's forecast finish that day ('YYYY-MM-DDTHH:MM'); null when the plan could not be scheduled" })
  forecastFinish: string | null;
  @Field(() => String, { nullable: true }) baselineFinish: string | null;
  @Field(() => Float, { description: 'Expected value of the open threats' }) openRiskExposure: number;
  @Field(() => [SeverityCount]) openIssues: SeverityCount[];
  @Field(() => Float, { description: 'Working days of work left: each task’s duration times what is not done of it' }) remainingDays: number;
  @Field(() => Float, { description: 'Working days of work done' }) completedDays: number;
  @Field(() => Float, { description: 'Working days of all the work (the scope)' }) totalDays: number;
  @Field(() => Int, { description: 'Tasks (not summaries) that existed' }) tasks: number;
  @Field(() => Int, { description: 'Of them, completed' }) tasksDone: number;
}
