import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user/index.js';
import { ProjectRole } from './project.enums.js';
import { Project } from './project.entity.js';

export enum InvitationState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationState, { name: 'InvitationState', description: 'Whether an invitation link can still be used' });

/**
 * An invitation to one project with one role, accepted through its secret link by a signed-in
 * person. Only the link's SHA-256 is stored; the link is shown to the inviter once. The email
 * only tells the inviter whom the link was meant for: nothing is claimed by an address.
 */
@Entity({ name: 'project_invitations' })
@ObjectType({ description: 'A pending or past invitation to a project (owners and managers see them)' })
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index('project_invitations_project_id_idx')
  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  /** Lower-cased, for the inviter's list. */
  @Column('text')
  @Field(() => String)
  email: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true })
  name: string | null;

  @Column('text')
  @Field(() => ProjectRole)
  role: ProjectRole;

  @Index('project_invitations_token_hash_key', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('uuid', { name: 'invited_by_id', nullable: true })
  invitedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  @Field(() => Date)
  expiresAt: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { name: 'accepted_by_id', nullable: true })
  acceptedById: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_invitations_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'project_invitations_invited_by_id_fkey' })
  invitedBy?: unknown;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'accepted_by_id', foreignKeyConstraintName: 'project_invitations_accepted_by_id_fkey' })
  acceptedBy?: unknown;
}

export function invitationState(i: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): InvitationState {
  if (i.acceptedAt) return InvitationState.ACCEPTED;
  if (i.revokedAt) return InvitationState.REVOKED;
  if (i.expiresAt <= now) return InvitationState.EXPIRED;
  return InvitationState.PENDING;
}
