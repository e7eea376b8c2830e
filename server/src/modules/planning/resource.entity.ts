import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../common/columns.js';
import { Project } from '../project/index.js';
import { Task } from '../task/index.js';
import { WorkCalendar } from './calendar.entity.js';
import { ResourceType } from './planning.enums.js';

const money = { precision: 14, scale: 2, default: 0, transformer: numericTransformer } as const;

/** A person, machine, material or cost item that tasks use. */
@Entity({ name: 'resources' })
@Index('resources_project_id_idx', ['projectId'])
@Index('resources_project_user_key', ['projectId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@ObjectType()
export class Resource {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('text', { default: ResourceType.WORK })
  @Field(() => ResourceType)
  type: ResourceType;

  /** The member this resource is (one resource per member and project); none for machines, materials, vendors. */
  @Column('uuid', { name: 'user_id', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The project member this resource is, if it is a person of the team' })
  userId: string | null;

  /** 1 = one full-time person (100 %); only meaningful for WORK resources. */
  @Column('numeric', { name: 'max_units', precision: 8, scale: 2, default: 1, transformer: numericTransformer })
  @Field(() => Float, { description: 'Capacity: 1 = 100 % of one full-time resource (WORK only)' })
  maxUnits: number;

  @Column('uuid', { name: 'calendar_id', nullable: true })
  @Field(() => ID, { nullable: true, description: "The resource's own working calendar; default the project calendar" })
  calendarId: string | null;

  /** Per hour for WORK, per unit for MATERIAL; unused for COST. */
  @Column('numeric', { name: 'standard_rate', ...money })
  @Field(() => Float)
  standardRate: number;

  @Column('numeric', { name: 'overtime_rate', ...money })
  @Field(() => Float)
  overtimeRate: number;

  @Column('numeric', { name: 'cost_per_use', ...money })
  @Field(() => Float)
  costPerUse: number;

  @Column('int', { default: 1 })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'resources_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => WorkCalendar, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'resources_calendar_id_fkey' })
  calendar?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'resources_user_id_fkey' })
  user?: unknown;
}

/** A rate table row: from `effectiveFrom` on, these rates replace the resource's base rates. */
@Entity({ name: 'resource_rates' })
@Index('resource_rates_resource_from_key', ['resourceId', 'effectiveFrom'], { unique: true })
@ObjectType('CostRate')
export class ResourceRate {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'resource_id' })
  resourceId: string;

  @Column('date', { name: 'effective_from' })
  @Field(() => GraphQLLocalDate)
  effectiveFrom: string;

  @Column('numeric', { name: 'standard_rate', ...money })
  @Field(() => Float)
  standardRate: number;

  @Column('numeric', { name: 'overtime_rate', ...money })
  @Field(() => Float)
  overtimeRate: number;

  @Column('numeric', { name: 'cost_per_use', ...money })
  @Field(() => Float)
  costPerUse: number;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_rates_resource_id_fkey' })
  resource?: unknown;
}

/** A resource working on a task at some units (1 = full time for WORK, a quantity for MATERIAL, an amount for COST). */
@Entity({ name: 'assignments' })
@Index('assignments_task_resource_key', ['taskId', 'resourceId'], { unique: true })
@Index('assignments_project_id_idx', ['projectId'])
@Index('assignments_resource_id_idx', ['resourceId'])
@ObjectType()
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('uuid', { name: 'task_id' })
  @Field(() => ID)
  taskId: string;

  @Column('uuid', { name: 'resource_id' })
  @Field(() => ID)
  resourceId: string;

  @Column('numeric', { precision: 10, scale: 2, default: 1, transformer: numericTransformer })
  @Field(() => Float, { description: 'WORK: 1 = 100 % of the working day; MATERIAL: quantity; COST: amount' })
  units: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'assignments_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => Task, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'assignments_task_id_fkey' })
  task?: unknown;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'assignments_resource_id_fkey' })
  resource?: unknown;
}
