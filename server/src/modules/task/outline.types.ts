import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Task } from './task.entity.js';

@ObjectType({ description: "A task's place in the outline" })
export class OutlineNode {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int, { description: 'Among its siblings, 0-based' }) position: number;
  @Field(() => String) wbsCode: string;
}

@ObjectType({ description: "Every live task's place in the outline, in outline order" })
export class Outline {
  @Field(() => ID) projectId: string;
  @Field(() => [OutlineNode]) nodes: OutlineNode[];
}

/** What `taskUpdated` carries: a task created, changed or deleted, with its write's change number. */
export interface TaskEventPayload {
  action: 'CREATED' | 'UPDATED' | 'DELETED';
  task: Task;
  changeNumber: number | null;
  actorId: string | null;
}
