import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { DependencyType } from '../task/index.js';

/*
 * The proposed change to the plan, the same shape going in (…Input) and coming out. Task ids are
 * strings: an existing task's UUID, or the `key` of a task this change set adds, so added tasks
 * can be placed under each other and linked before they exist.
 */

@ObjectType('ChangeTaskAdd', { description: 'A task the change adds' })
@InputType('ChangeTaskAddInput')
export class ChangeTaskAdd {
  @Field(() => String, { description: 'A short name for this added task within the change set (e.g. "new-1"), used by parentId and links' })
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: "An existing task's id, or the key of a task added earlier in this change set; null at the top level" })
  parentId?: string | null;

  @Field(() => Float, { description: 'Duration in working days' })
  durationDays: number;

  @Field(() => Boolean, { nullable: true, description: 'A milestone (duration 0)' })
  milestone?: boolean | null;
}

@ObjectType('ChangeDuration', { description: "A new duration for an existing task" })
@InputType('ChangeDurationInput')
export class ChangeDuration {
  @Field(() => String)
  taskId: string;

  @Field(() => Float, { description: 'Duration in working days' })
  durationDays: number;
}

@ObjectType('ChangeLink', { description: 'A link the change adds; either end may be an added task (by key)' })
@InputType('ChangeLinkInput')
export class ChangeLink {
  @Field(() => String)
  predecessorId: string;

  @Field(() => String)
  successorId: string;

  @Field(() => DependencyType, { nullable: true })
  type?: DependencyType | null;

  @Field(() => Float, { nullable: true })
  lagDays?: number | null;
}

@ObjectType('ChangeLinkRef', { description: 'An existing link the change removes' })
@InputType('ChangeLinkRefInput')
export class ChangeLinkRef {
  @Field(() => String)
  predecessorId: string;

  @Field(() => String)
  successorId: string;
}

@ObjectType('ChangeSet', { description: 'What a change request would do to the plan' })
@InputType('ChangeSetInput')
export class ChangeSetShape {
  @Field(() => [ChangeTaskAdd], { nullable: true })
  addTasks?: ChangeTaskAdd[] | null;

  @Field(() => [ChangeDuration], { nullable: true })
  durations?: ChangeDuration[] | null;

  @Field(() => [ChangeLink], { nullable: true, description: 'Links to add' })
  links?: ChangeLink[] | null;

  @Field(() => [ChangeLinkRef], { nullable: true, description: 'Links to remove' })
  removeLinks?: ChangeLinkRef[] | null;

  @Field(() => [String], { nullable: true, description: 'Tasks to remove (with their sub-tasks)' })
  removeTasks?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'Change of the project budget (+ or -)' })
  budgetDelta?: number | null;

  @Field(() => [String], { nullable: true, description: "Items of the charter's in-scope / out-of-scope lists this change touches" })
  scopeItems?: string[] | null;
}
