import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import { DependencyType, StatusCategory, TaskKind } from './task.enums.js';

/** Fields shared by create and update. */
@InputType()
abstract class TaskFields {
  @Field(() => String, { nullable: true })
  description?: string;
  @Field(() => TaskKind, { nullable: true })
  kind?: TaskKind;
  @Field(() => Float, { nullable: true, description: 'Working days' })
  durationDays?: number;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    deprecationReason: 'Dates come from the schedule: set a constraint with taskScheduleUpdate. Still accepted as a start-no-earlier-than constraint on that day; null clears such a constraint.',
  })
  plannedStart?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    deprecationReason: 'Dates come from the schedule: set a deadline with taskScheduleUpdate. Still accepted as a deadline at the end of that day; null clears the deadline.',
  })
  plannedFinish?: string | null;
  @Field(() => Int, { nullable: true, description: '0-100' })
  percentComplete?: number;
  @Field(() => UUID, { nullable: true, description: 'A project member; null unassigns' })
  assigneeId?: string | null;
  @Field(() => Float, { nullable: true })
  estimateHours?: number | null;
  @Field(() => Float, { nullable: true })
  storyPoints?: number | null;
}

@InputType()
export class TaskCreateInput extends TaskFields {
  @Field(() => UUID)
  projectId: string;
  @Field(() => UUID, { nullable: true, description: 'Parent task; omit for a top-level task' })
  parentId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Position among siblings (0-based); default last' })
  position?: number | null;
  @Field(() => String)
  name: string;
  @Field(() => UUID, { nullable: true, description: 'Default: the first status in UNSTARTED' })
  statusId?: string | null;
}

@InputType()
export class TaskUpdateInput extends TaskFields {
  @Field(() => UUID)
  id: string;
  @Field(() => Int, { description: 'The version you read; a stale one fails with CONFLICT' })
  version: number;
  @Field(() => String, { nullable: true })
  name?: string;
  @Field(() => UUID, { nullable: true })
  statusId?: string;
}

@InputType()
export class TaskMoveInput {
  @Field(() => UUID)
  id: string;
  @Field(() => UUID, { nullable: true, description: 'New parent; null moves the task to the top level' })
  parentId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Position among the new siblings (0-based); default last' })
  position?: number | null;
}

@InputType()
export class TaskFilter {
  @Field(() => [UUID], { nullable: true })
  statusIds?: string[];
  @Field(() => [StatusCategory], { nullable: true })
  statusCategories?: StatusCategory[];
  @Field(() => UUID, { nullable: true })
  assigneeId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only tasks with no assignee' })
  unassigned?: boolean;
  @Field(() => UUID, { nullable: true, description: 'Only direct children of this task' })
  parentId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only top-level tasks' })
  rootOnly?: boolean;
  @Field(() => TaskKind, { nullable: true })
  kind?: TaskKind;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or key' })
  search?: string;
  @Field(() => Date, { nullable: true, description: 'Only tasks changed at or after this time (for incremental sync)' })
  updatedSince?: Date;
}

@InputType()
export class DependencyCreateInput {
  @Field(() => UUID)
  predecessorId: string;
  @Field(() => UUID)
  successorId: string;
  @Field(() => DependencyType, { nullable: true, description: 'Default FS' })
  type?: DependencyType;
  @Field(() => Float, { nullable: true, description: 'Working days; negative is a lead' })
  lagDays?: number;
}

@InputType()
export class DependencyUpdateInput {
  @Field(() => UUID)
  id: string;
  @Field(() => DependencyType, { nullable: true })
  type?: DependencyType;
  @Field(() => Float, { nullable: true })
  lagDays?: number;
}

@InputType()
export class StatusCreateInput {
  @Field(() => UUID)
  projectId: string;
  @Field(() => String)
  name: string;
  @Field(() => StatusCategory)
  category: StatusCategory;
  @Field(() => String, { nullable: true, description: '#rrggbb' })
  color?: string;
}

@InputType()
export class StatusUpdateInput {
  @Field(() => UUID)
  id: string;
  @Field(() => String, { nullable: true })
  name?: string;
  @Field(() => String, { nullable: true })
  color?: string;
  @Field(() => Int, { nullable: true })
  position?: number;
}
