import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/pagination.js';
import { MutationPayload } from '../../common/payload.js';
import { UUID } from '../../common/uuid.js';
import { Issue } from '../issuelog/index.js';
import { ChangeBoard, ChangeRequest, Decision } from './change.entity.js';
import { ChangeCategory, ChangeRequestSort, ChangeRequestStatus, DecisionSort, RegisterEventAction } from './change.enums.js';
import { ChangeSetShape } from './change-set.types.js';

@InputType()
export class ChangeRequestCreateInput {
  @Field(() => UUID) projectId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => ChangeCategory) category: ChangeCategory;
  @Field(() => UUID, { nullable: true, description: 'A member; defaults to you' }) requestedById?: string | null;
  @Field(() => ChangeSetShape, { nullable: true }) changeSet?: ChangeSetShape | null;
  @Field(() => [UUID], { nullable: true, description: 'Tasks the request is about besides those its change set names' }) linkedTaskIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) takeBaseline?: boolean | null;
}

@InputType()
export class ChangeRequestUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => ChangeCategory, { nullable: true }) category?: ChangeCategory | null;
  @Field(() => UUID, { nullable: true }) requestedById?: string | null;
  @Field(() => ChangeSetShape, { nullable: true, description: 'Replaces the whole change set (and clears the preview)' }) changeSet?: ChangeSetShape | null;
  @Field(() => [UUID], { nullable: true }) linkedTaskIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) takeBaseline?: boolean | null;
}

@InputType({ description: 'A workflow step; reject and defer need a reason' })
export class ChangeRequestStepInput {
  @Field(() => UUID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class ChangeRequestFilter {
  @Field(() => [ChangeRequestStatus], { nullable: true }) statuses?: ChangeRequestStatus[] | null;
  @Field(() => [ChangeCategory], { nullable: true }) categories?: ChangeCategory[] | null;
  @Field(() => UUID, { nullable: true }) requestedById?: string | null;
  @Field(() => String, { nullable: true, description: 'Words of the title, or CR-n' }) search?: string | null;
}

@ArgsType()
export class ChangeRequestArgs extends PageArgs {
  @Field(() => ChangeRequestFilter, { nullable: true }) filter?: ChangeRequestFilter | null;
  @Field(() => ChangeRequestSort, { nullable: true, description: 'Default NUMBER_DESC' }) sort?: ChangeRequestSort | null;
}

@InputType()
export class DecisionCreateInput {
  @Field(() => UUID) projectId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) rationale?: string | null;
  @Field(() => String, { nullable: true }) alternatives?: string | null;
  @Field(() => [UUID], { nullable: true }) decidedByIds?: string[] | null;
  @Field(() => String, { nullable: true }) decidedByText?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) decidedOn?: string | null;
  @Field(() => [UUID], { nullable: true }) linkedTaskIds?: string[] | null;
  @Field(() => [UUID], { nullable: true }) linkedChangeRequestIds?: string[] | null;
}

@InputType()
export class DecisionUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) rationale?: string | null;
  @Field(() => String, { nullable: true }) alternatives?: string | null;
  @Field(() => [UUID], { nullable: true }) decidedByIds?: string[] | null;
  @Field(() => String, { nullable: true }) decidedByText?: string | null;
  @Field(() => String, { nullable: true }) decidedOn?: string | null;
  @Field(() => [UUID], { nullable: true }) linkedTaskIds?: string[] | null;
  @Field(() => [UUID], { nullable: true }) linkedChangeRequestIds?: string[] | null;
}

@InputType()
export class DecisionFilter {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => UUID, { nullable: true, description: 'Decisions linked to this change request' }) changeRequestId?: string | null;
}

@ArgsType()
export class DecisionArgs extends PageArgs {
  @Field(() => DecisionFilter, { nullable: true }) filter?: DecisionFilter | null;
  @Field(() => DecisionSort, { nullable: true, description: 'Default DECIDED_DESC' }) sort?: DecisionSort | null;
}

@InputType({ description: 'An issue and a change request of the same project: the request addresses the issue (raised to resolve it, or its change caused it)' })
export class ChangeRequestIssueInput {
  @Field(() => UUID) changeRequestId: string;
  @Field(() => UUID) issueId: string;
}

@ObjectType() export class ChangeRequestPayload extends MutationPayload { @Field(() => ChangeRequest) changeRequest: ChangeRequest; }
@ObjectType() export class DecisionPayload extends MutationPayload { @Field(() => Decision) decision: Decision; }
@ObjectType() export class ChangeRequestIssuePayload extends MutationPayload {
  @Field(() => ChangeRequest) changeRequest: ChangeRequest;
  @Field(() => Issue) issue: Issue;
}
@ObjectType() export class ChangeBoardPayload extends MutationPayload { @Field(() => ChangeBoard) changeBoard: ChangeBoard; }
export const ChangeRequestConnection = ConnectionType(ChangeRequest, 'ChangeRequest');
export const DecisionConnection = ConnectionType(Decision, 'Decision');

/** What `changeRequestChanged` carries: the row (null once deleted) and the write's change number. */
export interface ChangeRequestEventPayload {
  action: RegisterEventAction;
  id: string;
  changeRequest: ChangeRequest | null;
  changeNumber: number | null;
  actorId: string | null;
}
export interface DecisionEventPayload {
  action: RegisterEventAction;
  id: string;
  decision: Decision | null;
  changeNumber: number | null;
  actorId: string | null;
}

@ObjectType({ description: 'A change request was created, changed (fields, workflow, preview) or deleted' })
export class ChangeRequestEvent implements ChangeRequestEventPayload {
  @Field(() => RegisterEventAction) action: RegisterEventAction;
  @Field(() => ID) id: string;
  @Field(() => ChangeRequest, { nullable: true }) changeRequest: ChangeRequest | null;
  @Field(() => Float, { nullable: true }) changeNumber: number | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
}

@ObjectType({ description: 'A decision was recorded, changed or deleted' })
export class DecisionEvent implements DecisionEventPayload {
  @Field(() => RegisterEventAction) action: RegisterEventAction;
  @Field(() => ID) id: string;
  @Field(() => Decision, { nullable: true }) decision: Decision | null;
  @Field(() => Float, { nullable: true }) changeNumber: number | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
}
