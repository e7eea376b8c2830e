import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CadenceKind, CommunicationChannel, CommunicationKind, EngagementLevel, RaciLetter, RaciPartyKind } from './stakeholder.enums.js';

/** Someone with a stake in the project: inside it (a member) or outside (a sponsor, a vendor, a department). */
@Entity({ name: 'stakeholders' })
@Index('stakeholders_project_id_idx', ['projectId'])
@ObjectType()
export class Stakeholder {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('text', { default: '' })
  @Field(() => String)
  organisation: string;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'Their role or title, e.g. "CFO"' })
  role: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true })
  phone: string | null;

  @Column('uuid', { name: 'member_id', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The project member this stakeholder is, if any (a user id)' })
  memberId: string | null;

  @Column('int')
  @Field(() => Int, { description: '1-5' })
  interest: number;

  @Column('int')
  @Field(() => Int, { description: '1-5' })
  influence: number;

  @Column('text', { name: 'current_engagement' })
  @Field(() => EngagementLevel)
  currentEngagement: EngagementLevel;

  @Column('text', { name: 'desired_engagement' })
  @Field(() => EngagementLevel)
  desiredEngagement: EngagementLevel;

  @Column('boolean', { name: 'email_opt_out', default: false })
  @Field(() => Boolean, { description: 'They followed the unsubscribe link of a mail: Trellis sends them nothing more' })
  emailOptOut: boolean;

  @Column('timestamptz', { name: 'opted_out_at', nullable: true })
  @Field(() => Date, { nullable: true })
  optedOutAt: Date | null;

  /** The secret of their unsubscribe link, given with their first mail (see the mail module). */
  @Index('stakeholders_unsubscribe_token_key', { unique: true })
  @Column('text', { name: 'unsubscribe_token', nullable: true })
  unsubscribeToken: string | null;

  @Column('text', { name: 'communication_needs', default: '' })
  @Field(() => String)
  communicationNeeds: string;

  @Column('text', { default: '' })
  @Field(() => String)
  notes: string;

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
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'stakeholders_project_id_fkey' })
  project?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'stakeholders_member_id_fkey' })
  member?: unknown;
}

/** A named set of stakeholders ("Steering committee"), addressed as one audience. */
@Entity({ name: 'stakeholder_groups' })
@Index('stakeholder_groups_project_id_idx', ['projectId'])
@ObjectType()
export class StakeholderGroup {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('uuid', { name: 'stakeholder_ids', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  stakeholderIds: string[];

  @Column('int', { default: 1 })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'stakeholder_groups_project_id_fkey' })
  project?: unknown;
}

/** A recurring or one-off communication of the plan: what, to whom, how, by whom and when. */
@Entity({ name: 'communication_items' })
@Index('communication_items_project_id_idx', ['projectId'])
@ObjectType()
export class CommunicationItem {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => CommunicationKind)
  kind: CommunicationKind;

  @Column('text')
  @Field(() => String, { description: 'What it is called ("Weekly status report"); the free text of an OTHER kind' })
  title: string;

  @Column('text')
  @Field(() => CommunicationChannel)
  channel: CommunicationChannel;

  @Column('uuid', { name: 'owner_id', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The member who runs it (a user id)' })
  ownerId: string | null;

  @Column('uuid', { name: 'audience_stakeholder_ids', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  audienceStakeholderIds: string[];

  @Column('uuid', { name: 'audience_group_ids', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  audienceGroupIds: string[];

  @Column('text', { name: 'cadence_kind' })
  cadenceKind: CadenceKind;

  @Column('date', { name: 'cadence_date', nullable: true })
  cadenceDate: string | null;

  @Column('int', { name: 'cadence_weekday', nullable: true })
  cadenceWeekday: number | null;

  @Column('int', { name: 'cadence_every_weeks', nullable: true })
  cadenceEveryWeeks: number | null;

  @Column('int', { name: 'cadence_month_day', nullable: true })
  cadenceMonthDay: number | null;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'last_held', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The day it was last held' })
  lastHeld: string | null;

  /** Computed when read (see CommunicationService), never stored. */
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The next occurrence, moved to a working day of the project calendar; null when a one-off was held' })
  nextDue?: string | null;

  @Field(() => Boolean, { description: 'The next due day is before today and it was not held' })
  overdue?: boolean;

  /** The later of the last occurrence held and the day it was held on: the next due day comes after it. */
  @Column('date', { name: 'covered_until', nullable: true })
  coveredUntil: string | null;

  @Column('text', { default: '' })
  @Field(() => String)
  notes: string;

  @Column('int', { default: 1 })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'communication_items_project_id_fkey' })
  project?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'communication_items_owner_id_fkey' })
  owner?: unknown;
}

/** One time a communication item was held: the history "hold" writes. */
@Entity({ name: 'communication_occurrences' })
@Index('communication_occurrences_item_id_idx', ['itemId'])
@ObjectType()
export class CommunicationOccurrence {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'item_id' })
  @Field(() => ID)
  itemId: string;

  @Column('date', { name: 'held_on' })
  @Field(() => GraphQLLocalDate)
  heldOn: string;

  @Column('date', { name: 'due_on', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The occurrence it stood for (the next due day when it was held)' })
  dueOn: string | null;

  @Column('text', { default: '' })
  @Field(() => String)
  notes: string;

  @Column('uuid', { name: 'held_by_id', nullable: true })
  @Field(() => ID, { nullable: true })
  heldById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @ManyToOne('CommunicationItem', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'communication_occurrences_item_id_fkey' })
  item?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'held_by_id', foreignKeyConstraintName: 'communication_occurrences_held_by_id_fkey' })
  heldBy?: unknown;
}

/**
 * One cell of the RACI matrix: a task and a party (a member or a stakeholder). A row with a null
 * letter is an explicit blank, which overrides the assignee's implied R.
 */
@Entity({ name: 'raci_cells' })
@Index('raci_cells_project_id_idx', ['projectId'])
export class RaciCell {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId: string;

  @PrimaryColumn('uuid', { name: 'party_id' })
  partyId: string;

  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @Column('text', { name: 'party_kind' })
  partyKind: RaciPartyKind;

  @Column('text', { nullable: true })
  letter: RaciLetter | null;

  @Column('uuid', { name: 'updated_by_id', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'raci_cells_project_id_fkey' })
  project?: unknown;

  @ManyToOne('Task', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'raci_cells_task_id_fkey' })
  task?: unknown;
}
