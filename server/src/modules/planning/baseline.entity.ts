import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../common/columns.js';
import { Project } from '../project/index.js';
import { Task } from '../task/index.js';
import { User } from '../user/index.js';

/** A named, immutable snapshot of the schedule and costs; a project keeps several. */
@Entity({ name: 'baselines' })
@Index('baselines_project_id_idx', ['projectId'])
@ObjectType()
export class Baseline {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'baselines_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'baselines_created_by_id_fkey' })
  createdBy?: unknown;
}

/** One task's values in a baseline; dates are local wall-clock 'YYYY-MM-DDTHH:MM'. */
@Entity({ name: 'baseline_tasks' })
@Index('baseline_tasks_task_id_idx', ['taskId'])
// With INCLUDE (start, cost), which entities cannot say: made by the PortfolioSums migration, left alone here.
@Index('baseline_tasks_finish_idx', { synchronize: false })
@ObjectType()
export class BaselineTask {
  @PrimaryColumn('uuid', { name: 'baseline_id' })
  baselineId: string;

  @PrimaryColumn('uuid', { name: 'task_id' })
  @Field(() => ID)
  taskId: string;

  @Column('text')
  @Field(() => String)
  start: string;

  @Column('text')
  @Field(() => String)
  finish: string;

  @Column('numeric', { name: 'duration_days', precision: 16, scale: 6, transformer: numericTransformer })
  @Field(() => Float)
  durationDays: number;

  @Column('numeric', { name: 'work_hours', precision: 14, scale: 2, default: 0, transformer: numericTransformer })
  @Field(() => Float)
  workHours: number;

  @Column('numeric', { precision: 14, scale: 2, default: 0, transformer: numericTransformer })
  @Field(() => Float)
  cost: number;

  @ManyToOne(() => Baseline, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'baseline_id', foreignKeyConstraintName: 'baseline_tasks_baseline_id_fkey' })
  baseline?: unknown;

  @ManyToOne(() => Task, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'baseline_tasks_task_id_fkey' })
  task?: unknown;
}
