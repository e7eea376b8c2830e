import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import { RiskKind, RiskSortField, RiskStatus, RiskStrategy } from './risk.enums.js';
import { PROBABILITY_MAPPING_TEXT } from './risk.rules.js';

/** Fields shared by create and update; on update, a field left out keeps its value. */
@InputType()
abstract class RiskFields {
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String, { nullable: true }) cause?: string;
  @Field(() => String, { nullable: true }) effect?: string;
  @Field(() => String, { nullable: true }) category?: string;
  @Field(() => UUID, { nullable: true, description: 'A project member; null clears' }) ownerId?: string | null;
  @Field(() => RiskKind, { nullable: true, description: 'Default THREAT' }) kind?: RiskKind;
  @Field(() => Int, { nullable: true, description: `1-5, default 3. ${PROBABILITY_MAPPING_TEXT}` }) probability?: number;
  @Field(() => Int, { nullable: true, description: '1-5, default 1' }) impactSchedule?: number;
  @Field(() => Int, { nullable: true, description: '1-5, default 1' }) impactCost?: number;
  @Field(() => Int, { nullable: true, description: '1-5, default 1' }) impactScope?: number;
  @Field(() => Int, { nullable: true, description: '1-5, default 1' }) impactQuality?: number;
  @Field(() => Float, { nullable: true, description: "In the project's currency; null clears" }) costImpact?: number | null;
  @Field(() => Float, { nullable: true, description: 'Working days; null clears' }) scheduleImpactDays?: number | null;
  @Field(() => RiskStrategy, { nullable: true, description: 'Must fit the kind; null clears' }) strategy?: RiskStrategy | null;
  @Field(() => String, { nullable: true }) responsePlan?: string;
  @Field(() => String, { nullable: true }) trigger?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'null clears' }) reviewDate?: string | null;
  @Field(() => RiskStatus, { nullable: true, description: 'IDENTIFIED, ACTIVE or CLOSED (riskOccur makes a risk OCCURRED)' }) status?: RiskStatus;
  @Field(() => Int, { nullable: true, description: '1-5; null clears' }) residualProbability?: number | null;
  @Field(() => Int, { nullable: true, description: '1-5; null clears' }) residualImpact?: number | null;
  @Field(() => [UUID], { nullable: true, description: 'Linked tasks of this project (replaces the list)' }) taskIds?: string[];
}

@InputType()
export class RiskCreateInput extends RiskFields {
  @Field(() => UUID) projectId: string;
  @Field(() => String) title: string;
}

@InputType()
export class RiskUpdateInput extends RiskFields {
  @Field(() => UUID) id: string;
  @Field(() => Int, { description: 'The version you read; a stale one fails with CONFLICT' }) version: number;
  @Field(() => String, { nullable: true }) title?: string;
}

@InputType()
export class RiskMitigationTaskInput {
  @Field(() => UUID) riskId: string;
  @Field(() => String, { nullable: true, description: 'Default: "Mitigate: <risk title>"' }) name?: string;
  @Field(() => UUID, { nullable: true, description: 'Parent task in the WBS; omit for a top-level task' }) parentId?: string | null;
  @Field(() => UUID, { nullable: true, description: 'A project member; default the risk owner' }) assigneeId?: string | null;
}

@InputType()
export class RiskFilter {
  @Field(() => [RiskStatus], { nullable: true }) statuses?: RiskStatus[];
  @Field(() => RiskKind, { nullable: true }) kind?: RiskKind;
  @Field(() => UUID, { nullable: true }) ownerId?: string;
  @Field(() => String, { nullable: true, description: 'Exact category' }) category?: string;
  @Field(() => Int, { nullable: true, description: 'Only risks scoring at least this' }) minScore?: number;
  @Field(() => Int, { nullable: true }) probability?: number;
  @Field(() => Int, { nullable: true }) impact?: number;
  @Field(() => Boolean, { nullable: true, description: 'With probability/impact: match the residual assessment instead' }) residual?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only open risks whose review date has passed' }) reviewOverdue?: boolean;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on title or key' }) search?: string;
  @Field(() => Boolean, { nullable: true, description: 'Include deleted (archived) risks' }) includeArchived?: boolean;
}

@InputType()
export class RiskSort {
  @Field(() => RiskSortField) field: RiskSortField;
  @Field(() => Boolean, { nullable: true, description: 'Highest first' }) descending?: boolean;
}
