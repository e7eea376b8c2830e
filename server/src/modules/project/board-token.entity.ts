import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ManyToOne, JoinColumn } from 'typeorm';
import { Project } from './project.entity.js';

/** Read-only access to one project's wall board (`/wall/<token>`). Hashed at rest. */
@Entity({ name: 'board_tokens' })
@ObjectType()
export class BoardToken {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index('board_tokens_project_id_idx')
  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Index('board_tokens_token_hash_key', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('text', { name: 'token_prefix' })
  @Field(() => String)
  prefix: string;

  @Column('uuid', { name: 'created_by_id' })
  createdById: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  /** The wall shows the five highest-scoring open risks (set by a manager per token). */
  @Column('boolean', { name: 'show_top_risks', default: false })
  @Field(() => Boolean)
  showTopRisks: boolean;

  /** The wall shows the open blocking issues (set by a manager per token). */
  @Column('boolean', { name: 'show_blocking_issues', default: false })
  @Field(() => Boolean)
  showBlockingIssues: boolean;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'board_tokens_project_id_fkey' })
  project?: unknown;
}
