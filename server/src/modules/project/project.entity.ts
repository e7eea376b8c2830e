import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Methodology, ProjectStatus } from './project.enums.js';
import { numericTransformer } from '../../common/columns.js';

@Entity({ name: 'projects' })
@ObjectType()
export class Project {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  /** Short upper-case key, prefix of the task keys (`ERP` -> `ERP-17`). */
  @Index('projects_key_key', { unique: true })
  @Column('text')
  @Field(() => String)
  key: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('text', { default: '' })
  @Field(() => String)
  description: string;

  @Column('text', { default: Methodology.HYBRID })
  @Field(() => Methodology)
  methodology: Methodology;

  @Column('text', { default: ProjectStatus.PROPOSED })
  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Column('date', { name: 'start_date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true })
  startDate: string | null;

  @Column('date', { name: 'target_finish', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true })
  targetFinish: string | null;

  @Column('text', { default: 'EUR' })
  @Field(() => String, { description: 'ISO 4217 currency code' })
  currency: string;

  @Column('numeric', { precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true })
  budget: number | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Archived projects are read-only' })
  archivedAt: Date | null;

  /** The project's health rules where they differ from the defaults (@trellis/schema/health); null = the defaults. */
  @Column('jsonb', { name: 'health_rules', nullable: true, select: false })
  healthRules?: Record<string, number> | null;

  /** Last allocated task number; bumped under a row lock when a task is created. */
  @Column('int', { name: 'task_seq', default: 0 })
  taskSeq: number;

  @VersionColumn({ type: 'int' })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;
}
