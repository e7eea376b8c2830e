import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../common/pagination.js';
import { UUID } from '../../common/uuid.js';
import {
  CadenceKind,
  CommunicationChannel,
  CommunicationKind,
  CommunicationSortField,
  EngagementLevel,
  RaciLetter,
  StakeholderSortField,
  StakeholderStrategy,
} from './stakeholder.enums.js';

@InputType()
export class StakeholderCreateInput {
  @Field(() => UUID) projectId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => UUID, { nullable: true, description: 'A member of this project (a user id)' }) memberId?: string | null;
  @Field(() => Int, { description: '1-5' }) interest: number;
  @Field(() => Int, { description: '1-5' }) influence: number;
  @Field(() => EngagementLevel, { nullable: true, description: 'Default NEUTRAL' }) currentEngagement?: EngagementLevel | null;
  @Field(() => EngagementLevel, { nullable: true, description: 'Default SUPPORTIVE' }) desiredEngagement?: EngagementLevel | null;
  @Field(() => String, { nullable: true }) communicationNeeds?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: 'Omit a field to keep it; null clears an optional one' })
export class StakeholderUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Int, { description: 'The version you read; a stale one fails with CONFLICT' }) version: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => UUID, { nullable: true }) memberId?: string | null;
  @Field(() => Int, { nullable: true }) interest?: number | null;
  @Field(() => Int, { nullable: true }) influence?: number | null;
  @Field(() => EngagementLevel, { nullable: true }) currentEngagement?: EngagementLevel | null;
  @Field(() => EngagementLevel, { nullable: true }) desiredEngagement?: EngagementLevel | null;
  @Field(() => String, { nullable: true }) communicationNeeds?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether they receive no mail from the project. A manager sets it when they ask by other means, and clears it only when they ask to receive it again.',
  })
  emailOptOut?: boolean | null;
}

@InputType()
export class StakeholderFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, organisation or role' }) search?: string | null;
  @Field(() => [StakeholderStrategy], { nullable: true }) strategies?: StakeholderStrategy[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only those whose current engagement differs from the desired one' }) withGap?: boolean | null;
}

@InputType()
export class StakeholderSort {
  @Field(() => StakeholderSortField) field: StakeholderSortField;
  @Field(() => Boolean, { nullable: true }) descending?: boolean | null;
}

@ArgsType()
export class StakeholderArgs extends PageArgs {
  @Field(() => StakeholderFilter, { nullable: true }) filter?: StakeholderFilter | null;
  @Field(() => StakeholderSort, { nullable: true, description: 'Default: by name' }) orderBy?: StakeholderSort | null;
}

@InputType()
export class StakeholderGroupCreateInput {
  @Field(() => UUID) projectId: string;
  @Field(() => String) name: string;
  @Field(() => [UUID], { nullable: true }) stakeholderIds?: string[] | null;
}

@InputType()
export class StakeholderGroupUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [UUID], { nullable: true, description: 'The whole new set of stakeholders' }) stakeholderIds?: string[] | null;
}

@InputType({ description: 'When a communication falls due' })
export class CadenceInput {
  @Field(() => CadenceKind) kind: CadenceKind;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'ONCE: the day' }) date?: string | null;
  @Field(() => Int, { nullable: true, description: 'WEEKLY and EVERY_N_WEEKS: 0 = Sunday ... 6 = Saturday' }) weekday?: number | null;
  @Field(() => Int, { nullable: true, description: 'EVERY_N_WEEKS: 1-52' }) everyWeeks?: number | null;
  @Field(() => Int, { nullable: true, description: 'MONTHLY_DAY: 1-31 (a shorter month takes its last day)' }) monthDay?: number | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The first day it may fall on (EVERY_N_WEEKS counts from here); default today' })
  startsOn?: string | null;
}

@InputType()
export class CommunicationItemCreateInput {
  @Field(() => UUID) projectId: string;
  @Field(() => CommunicationKind) kind: CommunicationKind;
  @Field(() => String, { nullable: true, description: 'Default: the kind in words; required for OTHER' }) title?: string | null;
  @Field(() => CommunicationChannel) channel: CommunicationChannel;
  @Field(() => UUID, { nullable: true, description: 'A member of this project' }) ownerId?: string | null;
  @Field(() => [UUID], { nullable: true }) audienceStakeholderIds?: string[] | null;
  @Field(() => [UUID], { nullable: true }) audienceGroupIds?: string[] | null;
  @Field(() => CadenceInput) cadence: CadenceInput;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class CommunicationItemUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Int) version: number;
  @Field(() => CommunicationKind, { nullable: true }) kind?: CommunicationKind | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => CommunicationChannel, { nullable: true }) channel?: CommunicationChannel | null;
  @Field(() => UUID, { nullable: true }) ownerId?: string | null;
  @Field(() => [UUID], { nullable: true }) audienceStakeholderIds?: string[] | null;
  @Field(() => [UUID], { nullable: true }) audienceGroupIds?: string[] | null;
  @Field(() => CadenceInput, { nullable: true }) cadence?: CadenceInput | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class CommunicationItemHoldInput {
  @Field(() => UUID) id: string;
  @Field(() => Int) version: number;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Default today' }) heldOn?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class CommunicationFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only items whose next due day is before today' }) overdue?: boolean | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only items due on or before this day' }) dueOnOrBefore?: string | null;
  @Field(() => UUID, { nullable: true }) ownerId?: string | null;
}

@InputType()
export class CommunicationSort {
  @Field(() => CommunicationSortField) field: CommunicationSortField;
  @Field(() => Boolean, { nullable: true }) descending?: boolean | null;
}

@ArgsType()
export class CommunicationArgs extends PageArgs {
  @Field(() => CommunicationFilter, { nullable: true }) filter?: CommunicationFilter | null;
  @Field(() => CommunicationSort, { nullable: true, description: 'Default: by next due day, soonest first' }) orderBy?: CommunicationSort | null;
}

@InputType({ description: 'Sets one cell; a null letter blanks it (and so overrides the assignee’s implied R)' })
export class RaciCellSetInput {
  @Field(() => UUID) taskId: string;
  @Field(() => UUID, { description: 'A member (user id) or a stakeholder of the project' }) partyId: string;
  @Field(() => RaciLetter, { nullable: true }) letter?: RaciLetter | null;
}
