import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn, ManyToOne, JoinColumn } from 'typeorm';
import { User } from '../user/index.js';
import { Project } from './project.entity.js';
import { CharterApproval } from './project.enums.js';

/** The project charter: one per project. */
@Entity({ name: 'charters' })
@ObjectType()
export class Charter {
  @PrimaryColumn('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text', { default: '' })
  @Field(() => String)
  purpose: string;

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [String])
  objectives: string[];

  @Column('text', { name: 'success_criteria', array: true, default: () => "'{}'" })
  @Field(() => [String])
  successCriteria: string[];

  @Column('text', { name: 'in_scope', default: '' })
  @Field(() => String)
  inScope: string;

  @Column('text', { name: 'out_of_scope', default: '' })
  @Field(() => String)
  outOfScope: string;

  @Column('text', { default: '' })
  @Field(() => String)
  assumptions: string;

  @Column('text', { default: '' })
  @Field(() => String)
  constraints: string;

  @Column('text', { name: 'key_stakeholders', array: true, default: () => "'{}'" })
  @Field(() => [String])
  keyStakeholders: string[];

  @Column('text', { default: '' })
  @Field(() => String)
  sponsor: string;

  @Column('text', { name: 'approval_state', default: CharterApproval.DRAFT })
  @Field(() => CharterApproval)
  approvalState: CharterApproval;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Column('uuid', { name: 'approved_by_id', nullable: true })
  approvedById: string | null;

  /** The named sponsor: the one member who approves or rejects a submitted charter. */
  @Column('uuid', { name: 'approver_id', nullable: true })
  approverId: string | null;

  @Column('uuid', { name: 'submitted_by_id', nullable: true })
  submittedById: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @VersionColumn({ type: 'int' })
  @Field(() => Int)
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'charters_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'approver_id', foreignKeyConstraintName: 'charters_approver_id_fkey' })
  approver?: unknown;
}
