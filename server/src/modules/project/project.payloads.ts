import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import { MutationPayload } from '../../common/payload.js';
import { BoardToken } from './board-token.entity.js';
import { Charter } from './charter.entity.js';
import { Invitation } from './invitation.entity.js';
import { ProjectMember } from './member.entity.js';
import { Project } from './project.entity.js';

@ObjectType() export class ProjectPayload extends MutationPayload { @Field(() => Project) project: Project; }
@ObjectType() export class MemberPayload extends MutationPayload { @Field(() => ProjectMember) member: ProjectMember; }
@ObjectType() export class CharterPayload extends MutationPayload { @Field(() => Charter) charter: Charter; }
@ObjectType() export class BoardTokenPayload extends MutationPayload { @Field(() => BoardToken) boardToken: BoardToken; }
@ObjectType() export class InvitationPayload extends MutationPayload { @Field(() => Invitation) invitation: Invitation; }

@ObjectType({ description: 'The secret is shown only here, once; the wall page is /wall/<token>' })
export class BoardTokenCreatePayload extends MutationPayload {
  @Field(() => String) token: string;
  @Field(() => BoardToken) boardToken: BoardToken;
}

@ObjectType({ description: 'The link token is shown only here, once: pass the link /invite/<token> on to the person' })
export class InvitationCreatePayload extends MutationPayload {
  @Field(() => String) token: string;
  @Field(() => Invitation) invitation: Invitation;
}

export const ProjectConnection = ConnectionType(Project, 'Project');
