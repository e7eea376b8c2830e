import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ChangeCategory, ChangeRequestStatus } from './change.enums.js';

/** A proposed change to the plan, with its change set, its latest impact preview and its workflow state. */
@Entity({ name: 'change_requests' })
@Index('change_requests_project_number_key', ['projectId', 'number'], { unique: true })
@ObjectType()
export class ChangeRequest {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  /** Per-project number: the `4` of `CR-4`. */
  @Column('int')
  @Field(() => Int)
  number: number;

  @Column('text')
  @Field(() => String)
  title: string;

  @Column('text', { default: '' })
  @Field(() => String)
  description: string;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'Why the change is wanted' })
  reason: string;

  @Column('text')
  @Field(() => ChangeCategory)
  category: ChangeCategory;

  @Column('text', { default: ChangeRequestStatus.DRAFT })
  @Field(() => ChangeRequestStatus)
  status: ChangeRequestStatus;

  @Column('uuid', { name: 'requested_by_id' })
  requestedById: string;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  /** The validated change set (change-set.ts), read back through its schema. */
  @Column('jsonb', { name: 'change_set' })
  changeSet: unknown;

  @Column('jsonb', { name: 'linked_task_ids', default: () => `'[]'` })
  linkedTaskIds: string[];

  /** Whether approval takes a baseline named after the request. */
  @Column('boolean', { name: 'take_baseline', default: false })
  @Field(() => Boolean, { description: 'On approval, take a baseline named "CR-n title"' })
  takeBaseline: boolean;

  /** The last preview (ChangeImpact), cleared when the change set changes. */
  @Column('jsonb', { nullable: true })
  impact: unknown;

  @Column('timestamptz', { name: 'applied_at', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the approved change set was applied to the plan' })
  appliedAt: Date | null;

  @Column('uuid', { name: 'baseline_id', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The baseline taken on approval' })
  baselineId: string | null;

  @Column('int', { default: 1 })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'change_requests_project_id_fkey' })
  project?: unknown;

  @ManyToOne('User', { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'change_requests_requested_by_id_fkey' })
  requestedBy?: unknown;
}

/** One step of a change request's workflow: who moved it from what to what, when and why. */
@Entity({ name: 'change_request_steps' })
@Index('change_request_steps_request_idx', ['changeRequestId', 'id'])
@ObjectType()
export class ChangeRequestStep {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'change_request_id' })
  changeRequestId: string;

  @Column('text', { name: 'from_status', nullable: true })
  @Field(() => ChangeRequestStatus, { nullable: true, description: 'Null for the creation' })
  fromStatus: ChangeRequestStatus | null;

  @Column('text', { name: 'to_status' })
  @Field(() => ChangeRequestStatus)
  toStatus: ChangeRequestStatus;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { default: '' })
  @Field(() => String)
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  at: Date;

  @ManyToOne(() => ChangeRequest, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'change_request_id', foreignKeyConstraintName: 'change_request_steps_change_request_id_fkey' })
  changeRequest?: unknown;
}

/** Who decides a project's change requests: a named board of members, or (no row) owners and managers. */
@Entity({ name: 'change_boards' })
@ObjectType()
export class ChangeBoard {
  @PrimaryColumn('uuid', { name: 'project_id', primaryKeyConstraintName: 'PK_change_boards' })
  @Field(() => ID)
  projectId: string;

  @Column('jsonb', { name: 'member_ids', default: () => `'[]'` })
  @Field(() => [ID], { description: 'Members who decide; empty: owners and managers decide' })
  memberIds: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'change_boards_project_id_fkey' })
  project?: unknown;
}

/** An entry of the decision log. */
@Entity({ name: 'decisions' })
@Index('decisions_project_number_key', ['projectId', 'number'], { unique: true })
@ObjectType()
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('int')
  @Field(() => Int)
  number: number;

  @Column('text')
  @Field(() => String, { description: 'What was decided' })
  title: string;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'Why' })
  rationale: string;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'Alternatives considered' })
  alternatives: string;

  @Column('jsonb', { name: 'decided_by_ids', default: () => `'[]'` })
  @Field(() => [ID], { description: 'Members who decided' })
  decidedByIds: string[];

  @Column('text', { name: 'decided_by_text', default: '' })
  @Field(() => String, { description: 'Deciders outside the project, in words' })
  decidedByText: string;

  @Column('date', { name: 'decided_on' })
  @Field(() => String, { description: 'The day it was decided (YYYY-MM-DD)' })
  decidedOn: string;

  @Column('jsonb', { name: 'linked_task_ids', default: () => `'[]'` })
  @Field(() => [ID])
  linkedTaskIds: string[];

  @Column('jsonb', { name: 'linked_change_request_ids', default: () => `'[]'` })
  @Field(() => [ID])
  linkedChangeRequestIds: string[];

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  @Column('int', { default: 1 })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'decisions_project_id_fkey' })
  project?: unknown;
}

/**
 * An issue a change request addresses (raised to resolve it, or whose change caused it), shown on
 * both sides; both belong to the same project.
 */
@Entity({ name: 'change_request_issues' })
@Index('change_request_issues_issue_id_idx', ['issueId'])
export class ChangeRequestIssue {
  @PrimaryColumn('uuid', { name: 'change_request_id', primaryKeyConstraintName: 'PK_change_request_issues' })
  changeRequestId: string;

  @PrimaryColumn('uuid', { name: 'issue_id', primaryKeyConstraintName: 'PK_change_request_issues' })
  issueId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => ChangeRequest, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'change_request_id', foreignKeyConstraintName: 'change_request_issues_change_request_id_fkey' })
  changeRequest?: unknown;

  @ManyToOne('Issue', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'issue_id', foreignKeyConstraintName: 'change_request_issues_issue_id_fkey' })
  issue?: unknown;
}
