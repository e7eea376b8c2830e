import { Field, ObjectType } from 'type-graphql';
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

@ObjectType() export class AuthPayload { @Field(() => User) user: User; }
@ObjectType() export class ProjectPayload { @Field(() => Project) project: Project; }
@ObjectType() export class MemberPayload { @Field(() => ProjectMember) member: ProjectMember; }
@ObjectType() export class CharterPayload { @Field(() => Charter) charter: Charter; }
@ObjectType() export class TaskPayload { @Field(() => Task) task: Task; }
@ObjectType() export class DependencyPayload { @Field(() => Dependency) dependency: Dependency; }
@ObjectType() export class StatusPayload { @Field(() => TaskStatus) status: TaskStatus; }
@ObjectType() export class AccessTokenPayload { @Field(() => AccessToken) accessToken: AccessToken; }
@ObjectType() export class BoardTokenPayload { @Field(() => BoardToken) boardToken: BoardToken; }
@ObjectType() export class InvitationPayload { @Field(() => Invitation) invitation: Invitation; }

@ObjectType({ description: 'The secret is shown only here, once' })
export class AccessTokenCreatePayload {
  @Field(() => String) token: string;
  @Field(() => AccessToken) accessToken: AccessToken;
}

@ObjectType({ description: 'The secret is shown only here, once; the wall page is /wall/<token>' })
export class BoardTokenCreatePayload {
  @Field(() => String) token: string;
  @Field(() => BoardToken) boardToken: BoardToken;
}

export const ProjectConnection = ConnectionType(Project, 'Project');
export const TaskConnection = ConnectionType(Task, 'Task');
export const DependencyConnection = ConnectionType(Dependency, 'Dependency');
export const ActivityConnection = ConnectionType(Activity, 'Activity');

@ObjectType({ description: 'The link token is shown only here, once: pass the link /invite/<token> on to the person' })
export class InvitationCreatePayload {
  @Field(() => String) token: string;
  @Field(() => Invitation) invitation: Invitation;
}
