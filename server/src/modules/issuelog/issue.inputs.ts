import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import { IssueLevel, IssueSortField, IssueStatus, IssueType } from './issue.enums.js';

/** Fields shared by create and update; on update, a field left out keeps its value. */
@InputType()
abstract class IssueFields {
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => IssueType, { nullable: true, description: 'Default PROBLEM' }) type?: IssueType;
  @Field(() => IssueLevel, { nullable: true, description: 'Default MEDIUM' }) severity?: IssueLevel;
  @Field(() => IssueLevel, { nullable: true, description: 'Default MEDIUM' }) priority?: IssueLevel;
  @Field(() => UUID, { nullable: true, description: 'A project member; null clears' }) ownerId?: string | null;
  @Field(() => UUID, { nullable: true, description: 'A project member; default: whoever logs it' }) raisedById?: string | null;
  @Field(() => Date, { nullable: true, description: 'Default: now' }) raisedAt?: Date;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'null clears' }) dueDate?: string | null;
  @Field(() => IssueStatus, { nullable: true, description: 'Default OPEN; RESOLVED and CLOSED need a resolution' }) status?: IssueStatus;
  @Field(() => Int, { nullable: true, description: '0-5' }) escalationLevel?: number;
  @Field(() => UUID, { nullable: true, description: 'A project member; null clears' }) escalatedToId?: string | null;
  @Field(() => String, { nullable: true }) resolution?: string;
  @Field(() => [UUID], { nullable: true, description: 'Linked tasks of this project (replaces the list)' }) taskIds?: string[];
  @Field(() => [UUID], { nullable: true, description: 'Linked risks of this project (replaces the list)' }) riskIds?: string[];
}

@InputType()
export class IssueCreateInput extends IssueFields {
  @Field(() => UUID) projectId: string;
  @Field(() => String) title: string;
}

@InputType()
export class IssueUpdateInput extends IssueFields {
  @Field(() => UUID) id: string;
  @Field(() => Int, { description: 'The version you read; a stale one fails with CONFLICT' }) version: number;
  @Field(() => String, { nullable: true }) title?: string;
}

@InputType({ description: 'A risk that happened: it becomes OCCURRED and an issue is logged for it, linked both ways' })
export class RiskOccurInput {
  @Field(() => UUID) riskId: string;
  @Field(() => Int, { nullable: true, description: "The risk's version you read; a stale one fails with CONFLICT" }) version?: number;
  @Field(() => String, { nullable: true, description: "Default: the risk's title" }) title?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => IssueType, { nullable: true, description: 'Default PROBLEM' }) type?: IssueType;
  @Field(() => IssueLevel, { nullable: true }) severity?: IssueLevel;
  @Field(() => IssueLevel, { nullable: true }) priority?: IssueLevel;
  @Field(() => UUID, { nullable: true, description: "Default: the risk's owner" }) ownerId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueDate?: string | null;
}

@InputType()
export class IssueFilter {
  @Field(() => [IssueStatus], { nullable: true }) statuses?: IssueStatus[];
  @Field(() => [IssueType], { nullable: true }) types?: IssueType[];
  @Field(() => UUID, { nullable: true }) ownerId?: string;
  @Field(() => IssueLevel, { nullable: true }) severity?: IssueLevel;
  @Field(() => Boolean, { nullable: true, description: 'Only open issues past their due date' }) overdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only open issues (not RESOLVED or CLOSED)' }) open?: boolean;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on title or key' }) search?: string;
}

@InputType()
export class IssueSort {
  @Field(() => IssueSortField) field: IssueSortField;
  @Field(() => Boolean, { nullable: true }) descending?: boolean;
}
