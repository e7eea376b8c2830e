import { Field, Float, ObjectType } from 'type-graphql';
import { Activity } from './activity/activity.entity.js';
import { BoardToken } from './project/board-token.entity.js';
import { Charter } from './project/charter.entity.js';
import { Invitation } from './project/invitation.entity.js';
import { ProjectMember } from './project/member.entity.js';
import { Project } from './project/project.entity.js';
import { Dependency } from './task/dependency.entity.js';
import { TaskStatus } from './task/status.entity.js';
import { Task } from './task/task.entity.js';
import { AccessToken } from './user/access-token.entity.js';
import { User } from './user/user.entity.js';
import { ConnectionType } from '../common/pagination.js';

/**
 * What every mutation payload says besides its object: the project's change number of the write,
 * which the events it caused carry too, so the client that made it recognises their echo.
 * Filled in by the schema's change-number middleware (see schema.ts).
 */
@ObjectType()
export abstract class MutationPayload {
  @Field(() => Float, { nullable: true, description: "The project's change number of this write (null when nothing was written); its events carry the same number" })
  changeNumber?: number | null;
}

@ObjectType() export class AuthPayload extends MutationPayload { @Field(() => User) user: User; }
@ObjectType() export class ProjectPayload extends MutationPayload { @Field(() => Project) project: Project; }
@ObjectType() export class MemberPayload extends MutationPayload { @Field(() => ProjectMember) member: ProjectMember; }
@ObjectType() export class CharterPayload extends MutationPayload { @Field(() => Charter) charter: Charter; }
@ObjectType() export class TaskPayload extends MutationPayload { @Field(() => Task) task: Task; }
@ObjectType() export class DependencyPayload extends MutationPayload { @Field(() => Dependency) dependency: Dependency; }
@ObjectType() export class StatusPayload extends MutationPayload { @Field(() => TaskStatus) status: TaskStatus; }
@ObjectType() export class AccessTokenPayload extends MutationPayload { @Field(() => AccessToken) accessToken: AccessToken; }
@ObjectType() export class BoardTokenPayload extends MutationPayload { @Field(() => BoardToken) boardToken: BoardToken; }
@ObjectType() export class InvitationPayload extends MutationPayload { @Field(() => Invitation) invitation: Invitation; }

@ObjectType({ description: 'The secret is shown only here, once' })
export class AccessTokenCreatePayload extends MutationPayload {
  @Field(() => String) token: string;
  @Field(() => AccessToken) accessToken: AccessToken;
}

@ObjectType({ description: 'The secret is shown only here, once; the wall page is /wall/<token>' })
export class BoardTokenCreatePayload extends MutationPayload {
  @Field(() => String) token: string;
  @Field(() => BoardToken) boardToken: BoardToken;
}

export const ProjectConnection = ConnectionType(Project, 'Project');
export const TaskConnection = ConnectionType(Task, 'Task');
export const DependencyConnection = ConnectionType(Dependency, 'Dependency');
export const ActivityConnection = ConnectionType(Activity, 'Activity');

@ObjectType({ description: 'The link token is shown only here, once: pass the link /invite/<token> on to the person' })
export class InvitationCreatePayload extends MutationPayload {
  @Field(() => String) token: string;
  @Field(() => Invitation) invitation: Invitation;
}
