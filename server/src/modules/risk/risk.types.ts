import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import { MutationPayload } from '../../common/payload.js';
import { Risk } from './risk.entity.js';

export enum RiskEventAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(RiskEventAction, { name: 'RiskEventAction' });

@ObjectType() export class RiskPayload extends MutationPayload { @Field(() => Risk) risk: Risk; }
export const RiskConnection = ConnectionType(Risk, 'Risk');

@ObjectType({ description: 'A risk was raised, changed or deleted (archived)' })
export class RiskEvent {
  @Field(() => RiskEventAction) action: RiskEventAction;
  @Field(() => Risk) risk: Risk;
  @Field(() => Float, { nullable: true, description: "The project's change number of the write" }) changeNumber: number | null;
  @Field(() => ID, { nullable: true, description: 'Who made the change (null: Trellis itself)' }) actorId: string | null;
}

@ObjectType({ description: 'Open risks at the end of one week, as recorded then' })
export class RiskExposurePoint {
  @Field(() => GraphQLLocalDate, { description: 'The last day of the week (Sunday)' }) weekEnding: string;
  @Field(() => Int, { description: 'Sum of the scores of open threats' }) threatScore: number;
  @Field(() => Float, { description: 'Sum of the expected monetary values of open threats' }) threatValue: number;
  @Field(() => Int, { description: 'Sum of the scores of open opportunities' }) opportunityScore: number;
  @Field(() => Float, { description: 'Sum of the expected monetary values of open opportunities' }) opportunityValue: number;
  @Field(() => Int) openCount: number;
}

@ObjectType({ description: "The money the open risks call for, beside the project's budget" })
export class RiskReserve {
  @Field(() => String) currency: string;
  @Field(() => Float, { nullable: true }) budget: number | null;
  @Field(() => Float, { description: 'Contingency reserve: sum of the expected monetary values of open threats' }) contingency: number;
  @Field(() => Float, { description: 'Sum of the expected monetary values of open opportunities (possible savings, shown apart)' }) opportunities: number;
  @Field(() => Int) openThreats: number;
  @Field(() => Int) openOpportunities: number;
}
