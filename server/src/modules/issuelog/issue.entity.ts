import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IssueLevel, IssueStatus, IssueType } from './issue.enums.js';

/**
 * Something that is happening now and needs handling. Higher modules may add fields to this type
 * with their own field resolvers (the change requests that answer it).
 */
@Entity({ name: 'issues' })
@Index('issues_project_number_key', ['projectId', 'number'], { unique: true })
@ObjectType({ description: 'A problem, question, blocker or defect in the issue log' })
export class Issue {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  /** Numbered per project: I-1, I-2, … */
  @Column('int')
  @Field(() => Int)
  number: number;

  @Column('text')
  @Field(() => String)
  title: string;

  @Column('text', { default: '' })
  @Field(() => String)
  description: string;

  @Column('text', { default: IssueType.PROBLEM })
  @Field(() => IssueType)
  type: IssueType;

  @Column('text', { default: IssueLevel.MEDIUM })
  @Field(() => IssueLevel)
  severity: IssueLevel;

  @Column('text', { default: IssueLevel.MEDIUM })
  @Field(() => IssueLevel)
  priority: IssueLevel;

  @Column('uuid', { name: 'owner_id', nullable: true })
  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Column('uuid', { name: 'raised_by_id', nullable: true })
  @Field(() => ID, { nullable: true })
  raisedById: string | null;

  @Column('timestamptz', { name: 'raised_at', default: () => 'now()' })
  @Field(() => Date)
  raisedAt: Date;

  @Column('date', { name: 'due_date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true })
  dueDate: string | null;

  @Column('text', { default: IssueStatus.OPEN })
  @Field(() => IssueStatus)
  status: IssueStatus;

  @Column('int', { name: 'escalation_level', default: 0 })
  @Field(() => Int, { description: '0 (not escalated) to 5' })
  escalationLevel: number;

  @Column('uuid', { name: 'escalated_to_id', nullable: true })
  @Field(() => ID, { nullable: true })
  escalatedToId: string | null;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'How it was resolved; required once RESOLVED or CLOSED' })
  resolution: string;

  /** The risk this issue is the occurrence of (riskOccur). */
  @Column('uuid', { name: 'origin_risk_id', nullable: true })
  @Field(() => ID, { nullable: true })
  originRiskId: string | null;

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

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'issues_project_id_fkey' })
  project?: unknown;

  @ManyToOne('Risk', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'origin_risk_id', foreignKeyConstraintName: 'issues_origin_risk_id_fkey' })
  originRisk?: unknown;
}

/** A task an issue concerns; an open BLOCKER blocks it. */
@Entity({ name: 'issue_tasks' })
@Index('issue_tasks_task_id_idx', ['taskId'])
export class IssueTask {
  @PrimaryColumn('uuid', { name: 'issue_id' })
  issueId: string;

  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId: string;

  @ManyToOne(() => Issue, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'issue_id', foreignKeyConstraintName: 'issue_tasks_issue_id_fkey' })
  issue?: unknown;

  @ManyToOne('Task', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'issue_tasks_task_id_fkey' })
  task?: unknown;
}

/** A risk an issue relates to (the risk it is the occurrence of, or one it raises). */
@Entity({ name: 'issue_risks' })
@Index('issue_risks_risk_id_idx', ['riskId'])
export class IssueRisk {
  @PrimaryColumn('uuid', { name: 'issue_id' })
  issueId: string;

  @PrimaryColumn('uuid', { name: 'risk_id' })
  riskId: string;

  @ManyToOne(() => Issue, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'issue_id', foreignKeyConstraintName: 'issue_risks_issue_id_fkey' })
  issue?: unknown;

  @ManyToOne('Risk', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'risk_id', foreignKeyConstraintName: 'issue_risks_risk_id_fkey' })
  risk?: unknown;
}
