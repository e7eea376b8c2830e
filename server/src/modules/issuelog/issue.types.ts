import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import { MutationPayload } from '../../common/payload.js';
import { Risk } from '../risk/index.js';
import { Issue } from './issue.entity.js';

export enum IssueEventAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(IssueEventAction, { name: 'IssueEventAction' });

@ObjectType() export class IssuePayload extends MutationPayload { @Field(() => Issue) issue: Issue; }
export const IssueConnection = ConnectionType(Issue, 'Issue');

@ObjectType()
export class RiskOccurPayload extends MutationPayload {
  @Field(() => Risk, { description: 'The risk, now OCCURRED' }) risk: Risk;
  @Field(() => Issue, { description: 'The issue logged for it' }) issue: Issue;
}

@ObjectType({ description: 'An issue was logged, changed or deleted (archived)' })
export class IssueEvent {
  @Field(() => IssueEventAction) action: IssueEventAction;
  @Field(() => Issue) issue: Issue;
  @Field(() => Float, { nullable: true, description: "The project's change number of the write" }) changeNumber: number | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
}
