import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ManyToOne, JoinColumn } from 'typeorm';

export enum ActivityAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
  MOVED = 'MOVED',
  /**
   * A change that was not taken as sent: a live-document edit the server normalised, skipped or
   * reverted (an invalid or foreign node id, a character PostgreSQL cannot store, a deletion the
   * author may not make). `actor` made the edit; `newValue` holds `{ code, message }`.
   */
  WARNING = 'WARNING',
}
registerEnumType(ActivityAction, {
  name: 'ActivityAction',
  valuesConfig: {
    WARNING: { description: 'A live edit the server did not take as sent (normalised, skipped or reverted); newValue holds { code, message }' },
  },
});

/** Append-only history: one row per changed field (or per create/delete). */
@Entity({ name: 'activities' })
@Index('activities_project_id_idx', ['projectId', 'id'])
@Index('activities_task_id_idx', ['taskId', 'id'])
@ObjectType()
export class Activity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  @Field(() => ID, { nullable: true })
  actorId: string | null;

  /** `project`, `task`, `dependency`, `member`, `charter`, `status`, `board_token`. */
  @Column('text', { name: 'entity_type' })
  @Field(() => String)
  entityType: string;

  @Column('text', { name: 'entity_id' })
  @Field(() => ID)
  entityId: string;

  @Column('uuid', { name: 'task_id', nullable: true })
  @Field(() => ID, { nullable: true })
  taskId: string | null;

  @Column('text')
  @Field(() => ActivityAction)
  action: ActivityAction;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true })
  field: string | null;

  @Column('jsonb', { name: 'old_value', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true })
  oldValue: unknown;

  @Column('jsonb', { name: 'new_value', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true })
  newValue: unknown;

  /**
   * How the changed item was named when the change was made ("R-3 Vendor delay"), for the kinds of
   * rows this module cannot look up (the registers above it).
   */
  @Column('text', { nullable: true })
  subject: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  // Named, not imported: the activity log sits below the project module.
  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'activities_project_id_fkey' })
  project?: unknown;
}
