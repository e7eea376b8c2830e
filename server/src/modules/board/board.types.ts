import { GraphQLLocalDate } from 'graphql-scalars';
import { ActivityPart } from '../activity/index.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { StatusCategory, TaskKind } from '../task/index.js';

@ObjectType({ description: 'A person as shown on the board' })
export class BoardPerson {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ObjectType({ description: 'A task as shown on a board card' })
export class BoardCard {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => String) wbsCode: string;
  @Field(() => TaskKind) kind: TaskKind;
  @Field(() => Int) percentComplete: number;
  @Field(() => String, { nullable: true, description: "Start in the current schedule, local 'YYYY-MM-DDTHH:MM'" }) start: string | null;
  @Field(() => String, { nullable: true, description: "Finish in the current schedule, local 'YYYY-MM-DDTHH:MM'" }) finish: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, deprecationReason: 'Use finish: the day of the scheduled finish' }) plannedFinish: string | null;
  @Field(() => BoardPerson, { nullable: true }) assignee: BoardPerson | null;
  @Field(() => ID) statusId: string;
  @Field(() => Boolean, { description: 'Not complete and due by the status date (today without one), or past its deadline' }) late: boolean;
  @Field(() => Int) version: number;
}

@ObjectType()
export class BoardColumn {
  @Field(() => ID) statusId: string;
  @Field(() => String) name: string;
  @Field(() => StatusCategory) category: StatusCategory;
  @Field(() => String) color: string;
  @Field(() => Int) count: number;
  @Field(() => [BoardCard], { description: 'Leaf tasks (not summaries) in outline order' }) cards: BoardCard[];
}

@ObjectType()
export class CategoryCount {
  @Field(() => StatusCategory) category: StatusCategory;
  @Field(() => Int) count: number;
}

@ObjectType()
export class BoardMilestone {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The day it falls on in the current schedule' }) date: string | null;
  @Field(() => String, { nullable: true, description: "When it falls in the current schedule, local 'YYYY-MM-DDTHH:MM'" }) finish: string | null;
  @Field(() => Boolean) completed: boolean;
  @Field(() => Boolean) late: boolean;
}

@ObjectType()
export class BoardActivity {
  @Field(() => ID) id: string;
  @Field(() => Date) at: Date;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => String) summary: string;
  @Field(() => [ActivityPart], { description: 'The sentence as words and typed values for the reader to format' }) parts: ActivityPart[];
  @Field(() => String, { description: 'Rows next to each other with the same key form a burst the wall folds into one line' }) burstKey: string;
  @Field(() => [ActivityPart], { description: 'The line for a burst of rows like this one, with a COUNT part' }) burstParts: ActivityPart[];
}

@ObjectType({ description: "A project's progress at a glance: what the board page and the wall screen show" })
export class Board {
  @Field(() => ID) projectId: string;
  @Field(() => String) projectKey: string;
  @Field(() => String) projectName: string;
  @Field(() => Date) generatedAt: Date;
  @Field(() => Float, { description: 'Duration-weighted % complete over leaf tasks, cancelled ones left out' })
  percentComplete: number;
  @Field(() => Int, { description: 'Leaf tasks (work packages and milestones)' }) taskCount: number;
  @Field(() => [CategoryCount]) categories: CategoryCount[];
  @Field(() => [BoardColumn]) columns: BoardColumn[];
  @Field(() => [BoardMilestone]) milestones: BoardMilestone[];
  @Field(() => [BoardCard]) lateTasks: BoardCard[];
  @Field(() => [BoardActivity]) recentActivity: BoardActivity[];
}
