import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ManyToOne, JoinColumn } from 'typeorm';
import { Project } from './project.entity.js';

/** What a wall screen shows. */
export enum WallLayout {
  PROGRESS = 'PROGRESS',
  SCHEDULE = 'SCHEDULE',
  RISKS_ISSUES = 'RISKS_ISSUES',
}
registerEnumType(WallLayout, {
  name: 'WallLayout',
  description: 'What a wall screen shows',
  valuesConfig: {
    PROGRESS: { description: "Today's progress board" },
    SCHEDULE: { description: 'Next milestones with baseline and forecast, the critical path, SPI and CPI' },
    RISKS_ISSUES: { description: 'Top risks by score and open issues by severity, blocking ones first' },
  },
});

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

  @Column('text', { default: WallLayout.PROGRESS })
  @Field(() => WallLayout)
  layout: WallLayout;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'board_tokens_project_id_fkey' })
  project?: unknown;
}
