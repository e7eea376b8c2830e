import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import { MutationPayload } from '../../common/payload.js';
import { Dependency } from './dependency.entity.js';
import { TaskStatus } from './status.entity.js';
import { Task } from './task.entity.js';

@ObjectType() export class TaskPayload extends MutationPayload { @Field(() => Task) task: Task; }
@ObjectType() export class DependencyPayload extends MutationPayload { @Field(() => Dependency) dependency: Dependency; }
@ObjectType() export class StatusPayload extends MutationPayload { @Field(() => TaskStatus) status: TaskStatus; }
export const TaskConnection = ConnectionType(Task, 'Task');
export const DependencyConnection = ConnectionType(Dependency, 'Dependency');
