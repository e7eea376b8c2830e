import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OutboxKind, OutboxStatus } from './mail.enums.js';

/** One email to an audience, kept whatever becomes of it: queued, sent, failed (and retried) or held. */
@Entity({ name: 'outbox_messages' })
@Index('outbox_messages_project_id_idx', ['projectId', 'createdAt'])
@Index('outbox_messages_due_idx', ['nextAttemptAt'], { where: `"status" IN ('QUEUED', 'FAILED')` })
@ObjectType()
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outbox_messages_pkey' })
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => OutboxKind)
  kind: OutboxKind;

  @Column('text')
  @Field(() => String)
  subject: string;

  @Column('text')
  @Field(() => String, { description: 'The plain-text body (without the per-recipient unsubscribe line)' })
  text: string;

  @Column('text', { nullable: true })
  html: string | null;

  @Column('text')
  @Field(() => OutboxStatus)
  status: OutboxStatus;

  @Column('int', { default: 0 })
  @Field(() => Int, { description: 'Delivery attempts so far' })
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, or why it was not sent' })
  lastError: string | null;

  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it is tried again (queued and failed messages)' })
  nextAttemptAt: Date | null;

  /** What queued it, once only (e.g. a communication item and its due day); null when anything may repeat. */
  @Index('outbox_messages_source_key_key', { unique: true })
  @Column('text', { name: 'source_key', nullable: true })
  sourceKey: string | null;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'outbox_messages_project_id_fkey' })
  project?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'outbox_messages_created_by_id_fkey' })
  createdBy?: unknown;
}

/** One address of a message, with its own delivery state: a retry sends only to those still waiting. */
@Entity({ name: 'outbox_recipients' })
@Index('outbox_recipients_message_id_idx', ['messageId'])
@ObjectType()
export class OutboxRecipient {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outbox_recipients_pkey' })
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'message_id' })
  messageId: string;

  @Column('text')
  @Field(() => String)
  email: string;

  @Column('text', { default: '' })
  @Field(() => String)
  name: string;

  @Column('uuid', { name: 'stakeholder_id', nullable: true })
  @Field(() => ID, { nullable: true })
  stakeholderId: string | null;

  @Column('uuid', { name: 'user_id', nullable: true })
  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Column('text')
  @Field(() => OutboxStatus)
  status: OutboxStatus;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true })
  error: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @ManyToOne('OutboxMessage', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'outbox_recipients_message_id_fkey' })
  message?: unknown;

  @ManyToOne('Stakeholder', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'stakeholder_id', foreignKeyConstraintName: 'outbox_recipients_stakeholder_id_fkey' })
  stakeholder?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'outbox_recipients_user_id_fkey' })
  user?: unknown;
}

/** A person's calendar feed of one project (`/ical/<token>.ics`). Hashed at rest, revocable. */
@Entity({ name: 'calendar_feeds' })
@Index('calendar_feeds_project_user_idx', ['projectId', 'userId'])
@ObjectType()
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'calendar_feeds_pkey' })
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Index('calendar_feeds_token_hash_key', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('text')
  @Field(() => String, { description: 'The first characters of the token, to tell feeds apart' })
  prefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a calendar app last read the feed' })
  lastUsedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'calendar_feeds_project_id_fkey' })
  project?: unknown;

  @ManyToOne('User', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_feeds_user_id_fkey' })
  user?: unknown;
}
