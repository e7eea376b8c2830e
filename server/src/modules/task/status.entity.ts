import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, ManyToOne, JoinColumn } from 'typeorm';
import { Project } from '../project/index.js';
import { StatusCategory } from './task.enums.js';

/** A project's own workflow state, always inside one fixed category. */
@Entity({ name: 'task_statuses' })
@Index('task_statuses_project_name_key', ['projectId', 'name'], { unique: true })
@ObjectType()
export class TaskStatus {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('text')
  @Field(() => StatusCategory)
  category: StatusCategory;

  @Column('text', { default: '#64748b' })
  @Field(() => String)
  color: string;

  @Column('int')
  @Field(() => Int)
  position: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'task_statuses_project_id_fkey' })
  project?: unknown;
}
