import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user/index.js';
import { Project } from './project.entity.js';

export enum CharterDecisionKind {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  REOPENED = 'REOPENED',
}
registerEnumType(CharterDecisionKind, { name: 'CharterDecisionKind', description: 'A step in the charter approval' });

/** One step of a charter's approval, kept for good: who did it, when, and what they said. */
@Entity({ name: 'charter_decisions' })
@ObjectType({ description: 'A step in the charter approval (submitted, approved, rejected, reopened)' })
export class CharterDecision {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'charter_decisions_pkey' })
  @Field(() => ID)
  id: string;

  @Index('charter_decisions_project_id_idx')
  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @Column('text')
  @Field(() => CharterDecisionKind)
  decision: CharterDecisionKind;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { default: '' })
  @Field(() => String)
  comment: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'charter_decisions_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'charter_decisions_actor_id_fkey' })
  actor?: unknown;
}
