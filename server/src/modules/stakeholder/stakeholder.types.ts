import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import { MutationPayload } from '../../common/payload.js';
import { CommunicationItem, Stakeholder, StakeholderGroup } from './stakeholder.entity.js';
import { CadenceKind, RaciFlag, RaciLetter, RaciPartyKind, StakeholderChangeAction } from './stakeholder.enums.js';

@ObjectType()
export class Cadence {
  @Field(() => CadenceKind) kind: CadenceKind;
  @Field(() => GraphQLLocalDate, { nullable: true }) date: string | null;
  @Field(() => Int, { nullable: true, description: '0 = Sunday ... 6 = Saturday' }) weekday: number | null;
  @Field(() => Int, { nullable: true }) everyWeeks: number | null;
  @Field(() => Int, { nullable: true }) monthDay: number | null;
  @Field(() => GraphQLLocalDate) startsOn: string;
}

@ObjectType() export class StakeholderPayload extends MutationPayload { @Field(() => Stakeholder) stakeholder: Stakeholder; }
@ObjectType() export class StakeholderGroupPayload extends MutationPayload { @Field(() => StakeholderGroup) group: StakeholderGroup; }
@ObjectType() export class CommunicationItemPayload extends MutationPayload { @Field(() => CommunicationItem) item: CommunicationItem; }
export const StakeholderConnection = ConnectionType(Stakeholder, 'Stakeholder');
export const CommunicationItemConnection = ConnectionType(CommunicationItem, 'CommunicationItem');

@ObjectType({ description: 'A column of the RACI matrix: a project member or a stakeholder' })
export class RaciParty {
  @Field(() => ID, { description: 'The user id of a member, the id of a stakeholder' }) id: string;
  @Field(() => RaciPartyKind) kind: RaciPartyKind;
  @Field(() => String) name: string;
}

@ObjectType()
export class RaciCellValue {
  @Field(() => ID) partyId: string;
  @Field(() => RaciLetter, { nullable: true }) letter: RaciLetter | null;
  @Field(() => Boolean, { description: 'An R that comes from the task assignee, not from the matrix' }) implied: boolean;
}

@ObjectType({ description: 'A WBS task with its letters' })
export class RaciRow {
  @Field(() => ID) taskId: string;
  @Field(() => String) key: string;
  @Field(() => String) wbsCode: string;
  @Field(() => String) name: string;
  @Field(() => Int, { description: '0 for a top-level task' }) depth: number;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field(() => [RaciCellValue], { description: 'The filled cells only (explicit letters, explicit blanks and the implied R)' }) cells: RaciCellValue[];
  @Field(() => [RaciFlag]) flags: RaciFlag[];
}

@ObjectType()
export class RaciMatrix {
  @Field(() => ID) projectId: string;
  @Field(() => [RaciParty]) parties: RaciParty[];
  @Field(() => [RaciRow], { description: 'In outline order' }) rows: RaciRow[];
}

@ObjectType({ description: 'A stakeholder or a group was created, changed or deleted' })
export class StakeholderChange {
  @Field(() => ID) projectId: string;
  @Field(() => StakeholderChangeAction) action: StakeholderChangeAction;
  @Field(() => ID, { nullable: true }) stakeholderId: string | null;
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field(() => Float, { nullable: true }) changeNumber: number | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
}

@ObjectType({ description: 'A communication item was created, changed, held or deleted' })
export class CommunicationChange {
  @Field(() => ID) projectId: string;
  @Field(() => StakeholderChangeAction) action: StakeholderChangeAction;
  @Field(() => ID) itemId: string;
  @Field(() => Float, { nullable: true }) changeNumber: number | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
}

@ObjectType({ description: 'A RACI cell was set' })
export class RaciChange {
  @Field(() => ID) projectId: string;
  @Field(() => ID) taskId: string;
  @Field(() => ID) partyId: string;
  @Field(() => RaciLetter, { nullable: true, description: 'The letter the cell now shows' }) letter: RaciLetter | null;
  @Field(() => Boolean, { description: 'The letter is the assignee’s implied R' }) implied: boolean;
  @Field(() => [RaciFlag], { description: "The row's flags after the change" }) flags: RaciFlag[];
  @Field(() => Float, { nullable: true }) changeNumber: number | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
}

@ObjectType() export class RaciCellPayload extends MutationPayload { @Field(() => RaciChange) change: RaciChange; }
