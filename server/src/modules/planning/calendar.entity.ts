import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../common/columns.js';
import { Project } from '../project/index.js';

@ObjectType({ description: "A span of working time within a day, 'HH:MM' to 'HH:MM' ('24:00' allowed as the end)" })
export class WorkingTime {
  @Field(() => String) from: string;
  @Field(() => String) to: string;
}

@ObjectType({ description: 'The working times of one weekday; a day with no times is non-working' })
export class WorkWeekDay {
  @Field(() => Int, { description: '0 = Sunday ... 6 = Saturday' }) day: number;
  @Field(() => [WorkingTime]) times: WorkingTime[];
}

/** Weekday (0 = Sunday) -> working times; a weekday that is absent inherits the base calendar or the standard week. */
export type WorkWeek = Partial<Record<string, { from: string; to: string }[]>>;

/**
 * A working calendar: the week's working times plus exceptions (holidays, working Saturdays).
 * One may be the project calendar (see ProjectPlan); others serve resources or single tasks.
 */
@Entity({ name: 'work_calendars' })
@Index('work_calendars_project_id_idx', ['projectId'])
@ObjectType()
export class WorkCalendar {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  /** Days missing from `workWeek` and exceptions are inherited from the base calendar. */
  @Column('uuid', { name: 'base_calendar_id', nullable: true })
  @Field(() => ID, { nullable: true })
  baseCalendarId: string | null;

  @Column('jsonb', { name: 'work_week', default: () => "'{}'" })
  workWeek: WorkWeek;

  /** How many working hours make one day of duration (MS Project's "hours per day"). */
  @Column('numeric', { name: 'hours_per_day', precision: 5, scale: 2, default: 8, transformer: numericTransformer })
  @Field(() => Float)
  hoursPerDay: number;

  @Column('int', { default: 1 })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'work_calendars_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => WorkCalendar, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'base_calendar_id', foreignKeyConstraintName: 'work_calendars_base_calendar_id_fkey' })
  base?: unknown;
}

/** A holiday, a closure or a day with other working times; `from`-`to` inclusive. */
@Entity({ name: 'calendar_exceptions' })
@Index('calendar_exceptions_calendar_id_idx', ['calendarId'])
@ObjectType()
export class CalendarException {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'calendar_id' })
  calendarId: string;

  @Column('text', { default: '' })
  @Field(() => String)
  name: string;

  @Column('date', { name: 'from_date' })
  @Field(() => GraphQLLocalDate)
  from: string;

  @Column('date', { name: 'to_date' })
  @Field(() => GraphQLLocalDate)
  to: string;

  @Column('boolean', { default: false })
  @Field(() => Boolean, { description: 'false: non-working (a holiday); true: working with `times` (or the usual times)' })
  working: boolean;

  @Column('jsonb', { nullable: true })
  @Field(() => [WorkingTime], { nullable: true })
  times: { from: string; to: string }[] | null;

  @ManyToOne(() => WorkCalendar, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'calendar_exceptions_calendar_id_fkey' })
  calendar?: unknown;
}

/** Per-project planning settings: the project calendar and the status date used for progress and earned value. */
@Entity({ name: 'project_plans' })
export class ProjectPlan {
  @PrimaryColumn('uuid', { name: 'project_id' })
  projectId: string;

  @Column('uuid', { name: 'calendar_id', nullable: true })
  calendarId: string | null;

  @Column('date', { name: 'status_date', nullable: true })
  statusDate: string | null;

  /** The project's own time zone (IANA name): what "today" is for its communication plan; null = UTC. */
  @Column('text', { name: 'time_zone', nullable: true })
  timeZone: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_plans_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => WorkCalendar, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'project_plans_calendar_id_fkey' })
  calendar?: unknown;
}
