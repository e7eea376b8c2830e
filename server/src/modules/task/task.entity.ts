import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, ManyToOne, JoinColumn } from 'typeorm';
import { TaskStatus } from './status.entity.js';
import { User } from '../user/index.js';
import { Project } from '../project/index.js';
import { ConstraintType, RollupState, TaskKind } from './task.enums.js';
import { numericTransformer } from '../../common/columns.js';
import type { RollupAggregate } from '@trellis/schema/rollup';

/** A node of the work breakdown structure: a work package, a summary or a milestone. */
@Entity({ name: 'tasks' })
@Index('tasks_project_number_key', ['projectId', 'number'], { unique: true })
@Index('tasks_project_wbs_sort_idx', ['projectId', 'wbsSort'])
@Index('tasks_parent_id_idx', ['parentId'])
@Index('tasks_live_milestones_idx', ['projectId', 'wbsSort'], { where: `"kind" = 'MILESTONE' AND "archived_at" IS NULL` })
@ObjectType()
export class Task {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  /** Per-project number: the `17` of `ERP-17`. */
  @Column('int')
  @Field(() => Int)
  number: number;

  @Column('uuid', { name: 'parent_id', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId: string | null;

  /** Order among siblings, 0-based and dense. */
  @Column('int')
  @Field(() => Int)
  position: number;

  /** Derived from the tree: `1.2.3`. */
  @Column('text', { name: 'wbs_code' })
  @Field(() => String)
  wbsCode: string;

  /** Derived sort key (zero-padded positions) so the outline order is one index scan. */
  @Column('text', { name: 'wbs_sort' })
  wbsSort: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('text', { default: '' })
  @Field(() => String)
  description: string;

  @Column('text', { default: TaskKind.TASK })
  @Field(() => TaskKind)
  kind: TaskKind;

  @Column('numeric', { name: 'duration_days', precision: 16, scale: 6, default: 0, transformer: numericTransformer })
  @Field(() => Float, { description: 'Duration in working days' })
  durationDays: number;

  @Index('tasks_status_id_idx')
  @Column('uuid', { name: 'status_id' })
  @Field(() => ID)
  statusId: string;

  /** The task's own percent complete; GraphQL shows a summary's roll-up instead (TaskResolver.percentComplete). */
  @Column('int', { name: 'percent_complete', default: 0 })
  percentComplete: number;

  /** A summary's percent complete rolled up from its leaves, kept by the server (task/rollup.ts); null for other tasks. */
  @Column('int', { name: 'rollup_percent', nullable: true })
  rollupPercent: number | null;

  /** The sums a summary's roll-up is read from (@trellis/schema/rollup), so an edit recomputes only the summaries above it; null for other tasks. */
  @Column('jsonb', { name: 'rollup_sums', nullable: true, select: false })
  rollupSums?: RollupAggregate | null;

  @Column('text', { name: 'rollup_state', nullable: true })
  @Field(() => RollupState, { nullable: true, description: "A summary's progress rolled up from the work under it; null for other tasks" })
  rollupState: RollupState | null;

  @Index('tasks_assignee_id_idx')
  @Column('uuid', { name: 'assignee_id', nullable: true })
  @Field(() => ID, { nullable: true })
  assigneeId: string | null;

  @Column('numeric', { name: 'estimate_hours', precision: 10, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true })
  estimateHours: number | null;

  @Column('numeric', { name: 'story_points', precision: 6, scale: 1, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true })
  storyPoints: number | null;

  // ---- scheduling (dates are local wall-clock 'YYYY-MM-DDTHH:MM', MS Project style, no time zone) ----

  @Column('text', { name: 'constraint_type', default: ConstraintType.ASAP })
  @Field(() => ConstraintType)
  constraintType: ConstraintType;

  @Column('text', { name: 'constraint_date', nullable: true })
  @Field(() => String, { nullable: true, description: "Local 'YYYY-MM-DDTHH:MM'; required by every constraint but ASAP and ALAP" })
  constraintDate: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: "Local 'YYYY-MM-DDTHH:MM'; a finish after it is reported, not prevented" })
  deadline: string | null;

  @Column('text', { name: 'actual_start', nullable: true })
  @Field(() => String, { nullable: true })
  actualStart: string | null;

  @Column('text', { name: 'actual_finish', nullable: true })
  @Field(() => String, { nullable: true })
  actualFinish: string | null;

  @Column('uuid', { name: 'calendar_id', nullable: true })
  @Field(() => ID, { nullable: true, description: "The task's own calendar; default the project calendar" })
  calendarId: string | null;

  /** Set by resource leveling: working days the task waits after its early start. */
  @Column('numeric', { name: 'leveling_delay_days', precision: 16, scale: 6, default: 0, transformer: numericTransformer })
  @Field(() => Float)
  levelingDelayDays: number;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  /** Deleted tasks are archived, kept for history. */
  @Column('timestamptz', { name: 'archived_at', nullable: true })
  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  /** Optimistic concurrency: `taskUpdate` must send the version it read. */
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
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'tasks_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => Task, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'tasks_parent_id_fkey' })
  parent?: unknown;

  @ManyToOne(() => TaskStatus, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'status_id', foreignKeyConstraintName: 'tasks_status_id_fkey' })
  status?: unknown;

  @ManyToOne('WorkCalendar', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'tasks_calendar_id_fkey' })
  calendar?: unknown;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'tasks_assignee_id_fkey' })
  assignee?: unknown;
}
