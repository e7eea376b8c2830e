import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ReportStatus } from './report.enums.js';
import type { ReportSnapshot } from './report.types.js';

/** A colour a person set for an area (or the whole project) over the computed one, with the reason. */
export interface StoredOverride {
  area: string;
  colour: string;
  reason: string;
}

/**
 * A status report for one period. While a draft its figures are computed from the live plan on
 * every read; publishing freezes them, with the narrative, into `snapshot`, never recomputed.
 */
@Entity({ name: 'status_reports' })
@Unique('status_reports_project_number_key', ['projectId', 'number'])
@Check('status_reports_period_check', `"period_end" >= "period_start"`)
@Check('status_reports_status_check', `"status" IN ('DRAFT', 'PUBLISHED')`)
@ObjectType({ description: 'A status report: health, progress and the narrative for one period' })
export class StatusReport {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('int')
  @Field(() => Int, { description: 'Numbered per project from 1' })
  number: number;

  @Column('text')
  @Field(() => String)
  title: string;

  @Column('date', { name: 'period_start' })
  @Field(() => GraphQLLocalDate)
  periodStart: string;

  @Column('date', { name: 'period_end' })
  @Field(() => GraphQLLocalDate)
  periodEnd: string;

  @Column('text', { default: ReportStatus.DRAFT })
  @Field(() => ReportStatus)
  status: ReportStatus;

  @Column('jsonb', { default: () => `'[]'` })
  overrides: StoredOverride[];

  /** The narrative's text while a draft is edited through the GraphQL API; frozen on publish. */
  @Column('text', { default: '' })
  narrative: string;

  @Column('jsonb', { nullable: true })
  snapshot: ReportSnapshot | null;

  /** The published overall colour (after overrides), for the list's health over time. */
  @Column('text', { nullable: true })
  overall: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Column('uuid', { name: 'published_by_id', nullable: true })
  publishedById: string | null;

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
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'status_reports_project_id_fkey' })
  project?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'status_reports_published_by_id_fkey' })
  publishedBy?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'status_reports_created_by_id_fkey' })
  createdBy?: unknown;
}

/** A read-only link for stakeholders to one project's published reports (`/report/<token>`). Hashed at rest. */
@Entity({ name: 'report_links' })
@ObjectType({ description: "A read-only link to a project's published status reports, without signing in" })
export class ReportLink {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index('report_links_project_id_idx')
  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Index('report_links_token_hash_key', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('text', { name: 'token_prefix' })
  @Field(() => String, { description: 'The first characters of the token, to tell links apart' })
  prefix: string;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'report_links_project_id_fkey' })
  project?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'report_links_created_by_id_fkey' })
  createdBy?: unknown;
}
