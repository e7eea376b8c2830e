import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ManyToOne, JoinColumn } from 'typeorm';
import { Task } from './task.entity.js';
import { Project } from '../project/index.js';
import { DependencyType } from './task.enums.js';
import { numericTransformer } from '../../common/columns.js';

/** A scheduling link between two tasks of one project. */
@Entity({ name: 'task_dependencies' })
@Index('task_dependencies_pair_key', ['predecessorId', 'successorId'], { unique: true })
@Index('task_dependencies_project_id_idx', ['projectId'])
@Index('task_dependencies_successor_id_idx', ['successorId'])
@ObjectType()
export class Dependency {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('uuid', { name: 'predecessor_id' })
  @Field(() => ID)
  predecessorId: string;

  @Column('uuid', { name: 'successor_id' })
  @Field(() => ID)
  successorId: string;

  @Column('text', { default: DependencyType.FS })
  @Field(() => DependencyType)
  type: DependencyType;

  @Column('numeric', { name: 'lag_days', precision: 16, scale: 6, default: 0, transformer: numericTransformer })
  @Field(() => Float, { description: 'Lag in working days; negative is a lead' })
  lagDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'task_dependencies_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => Task, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'predecessor_id', foreignKeyConstraintName: 'task_dependencies_predecessor_id_fkey' })
  predecessor?: unknown;

  @ManyToOne(() => Task, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'task_dependencies_successor_id_fkey' })
  successor?: unknown;
}
