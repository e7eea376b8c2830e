import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import { Methodology, ProjectRole, ProjectStatus } from './project.enums.js';

/** Fields shared by create and update. */
@InputType()
abstract class ProjectFields {
  @Field(() => String, { nullable: true })
  description?: string;
  @Field(() => Methodology, { nullable: true })
  methodology?: Methodology;
  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus;
  @Field(() => GraphQLLocalDate, { nullable: true })
  startDate?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true })
  targetFinish?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 code, e.g. EUR' })
  currency?: string;
  @Field(() => Float, { nullable: true })
  budget?: number | null;
}

@InputType()
export class ProjectCreateInput extends ProjectFields {
  @Field(() => String, { description: '2-10 upper-case letters or digits, starting with a letter' })
  key: string;
  @Field(() => String)
  name: string;
}

@InputType()
export class ProjectUpdateInput extends ProjectFields {
  @Field(() => UUID)
  id: string;
  @Field(() => Int, { description: 'The version you read; a stale one fails with CONFLICT' })
  version: number;
  @Field(() => String, { nullable: true })
  name?: string;
}

@InputType()
export class MemberInviteInput {
  @Field(() => UUID)
  projectId: string;
  @Field(() => String, { description: 'Whom the link is meant for; it claims nothing by itself' })
  email: string;
  @Field(() => ProjectRole)
  role: ProjectRole;
  @Field(() => String, { nullable: true, description: 'Whom the link is for, as the inviter knows them (at most 100 characters); shown in the list of pending invitations' })
  name?: string;
}

@InputType()
export class MemberUpdateInput {
  @Field(() => UUID)
  projectId: string;
  @Field(() => UUID)
  userId: string;
  @Field(() => ProjectRole)
  role: ProjectRole;
}

@InputType()
export class CharterUpdateInput {
  @Field(() => UUID)
  projectId: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'The version you read; a stale one fails with CONFLICT. Leave it out to change the fields whatever happened meanwhile, as the live editors do (others typing elsewhere in the charter bump the version about once a second)',
  })
  version?: number | null;
  @Field(() => String, { nullable: true })
  purpose?: string;
  @Field(() => [String], { nullable: true })
  objectives?: string[];
  @Field(() => [String], { nullable: true })
  successCriteria?: string[];
  @Field(() => String, { nullable: true })
  inScope?: string;
  @Field(() => String, { nullable: true })
  outOfScope?: string;
  @Field(() => String, { nullable: true })
  assumptions?: string;
  @Field(() => String, { nullable: true })
  constraints?: string;
  @Field(() => [String], { nullable: true })
  keyStakeholders?: string[];
  @Field(() => String, { nullable: true })
  sponsor?: string;
}
