import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../common/columns.js';
import { Project } from '../project/index.js';
import { Task } from '../task/index.js';
import { User } from '../user/index.js';

/** Time or money actually spent on a task on a day: the actual cost (AC) of earned value. */
@Entity({ name: 'cost_entries' })
@Index('cost_entries_project_date_idx', ['projectId', 'date'])
@Index('cost_entries_task_id_idx', ['taskId'])
@ObjectType()
export class CostEntry {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('uuid', { name: 'task_id' })
  @Field(() => ID)
  taskId: string;

  @Column('date')
  @Field(() => GraphQLLocalDate)
  date: string;

  @Column('numeric', { precision: 10, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true })
  hours: number | null;

  @Column('numeric', { precision: 14, scale: 2, transformer: numericTransformer })
  @Field(() => Float, { description: 'In the project currency' })
  amount: number;

  @Column('text', { default: '' })
  @Field(() => String)
  note: string;

  @Column('uuid', { name: 'user_id', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Who recorded it' })
  userId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'cost_entries_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => Task, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'cost_entries_task_id_fkey' })
  task?: unknown;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'cost_entries_user_id_fkey' })
  user?: unknown;
}
