import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../common/columns.js';
import { RiskKind, RiskStatus, RiskStrategy } from './risk.enums.js';
import { PROBABILITY_MAPPING_TEXT } from './risk.rules.js';

/** A threat or an opportunity of one project, with its assessment and response. */
@Entity({ name: 'risks' })
@Index('risks_project_number_key', ['projectId', 'number'], { unique: true })
@ObjectType({ description: 'An uncertain event that would harm (threat) or help (opportunity) the project' })
export class Risk {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  /** Numbered per project, … */
  @Column('int')
  @Field(() => Int)
  number: number;

  @Column('text')
  @Field(() => String)
  title: string;

  @Column('text', { default: '' })
  @Field(() => String)
  description: string;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'What could bring the risk about' })
  cause: string;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'What happens to the project if it does' })
  effect: string;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'Free grouping, e.g. Technical, Vendor, People' })
  category: string;

  @Column('uuid', { name: 'owner_id', nullable: true })
  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Column('text', { default: RiskKind.THREAT })
  @Field(() => RiskKind)
  kind: RiskKind;

  @Column('int')
  @Field(() => Int, { description: `1-5. ${PROBABILITY_MAPPING_TEXT}` })
  probability: number;

  @Column('int', { name: 'impact_schedule' })
  @Field(() => Int, { description: 'Impact on the schedule, 1-5' })
  impactSchedule: number;

  @Column('int', { name: 'impact_cost' })
  @Field(() => Int, { description: 'Impact on cost, 1-5' })
  impactCost: number;

  @Column('int', { name: 'impact_scope' })
  @Field(() => Int, { description: 'Impact on scope, 1-5' })
  impactScope: number;

  @Column('int', { name: 'impact_quality' })
  @Field(() => Int, { description: 'Impact on quality, 1-5' })
  impactQuality: number;

  /** Stored from risk.rules (impactOf) with every write, so lists sort and filter by it. */
  @Column('int')
  @Field(() => Int, { description: 'The highest of the four impact scores' })
  impact: number;

  /** Stored from risk.rules (scoreOf) with every write. */
  @Column('int')
  @Field(() => Int, { description: 'probability × impact, 1-25' })
  score: number;

  @Column('numeric', { name: 'cost_impact', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: "Money at stake if it happens, in the project's currency" })
  costImpact: number | null;

  @Column('numeric', { name: 'schedule_impact_days', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: 'Working days the schedule would move if it happens' })
  scheduleImpactDays: number | null;

  /** Stored from risk.rules (expectedValueOf) with every write. */
  @Column('numeric', { name: 'expected_value', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: `Expected monetary value: the probability's chance × costImpact (${PROBABILITY_MAPPING_TEXT}); null without a cost impact` })
  expectedValue: number | null;

  @Column('text', { nullable: true })
  @Field(() => RiskStrategy, { nullable: true })
  strategy: RiskStrategy | null;

  @Column('text', { name: 'response_plan', default: '' })
  @Field(() => String)
  responsePlan: string;

  @Column('text', { default: '' })
  @Field(() => String, { description: 'The sign that the risk is about to happen' })
  trigger: string;

  @Column('date', { name: 'review_date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true })
  reviewDate: string | null;

  @Column('text', { default: RiskStatus.IDENTIFIED })
  @Field(() => RiskStatus)
  status: RiskStatus;

  @Column('int', { name: 'residual_probability', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Probability after the response, 1-5' })
  residualProbability: number | null;

  @Column('int', { name: 'residual_impact', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Impact after the response, 1-5' })
  residualImpact: number | null;

  @Column('int', { name: 'residual_score', nullable: true })
  @Field(() => Int, { nullable: true, description: 'residualProbability × residualImpact, when both are set' })
  residualScore: number | null;

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

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Set when the risk was deleted (archived); history is kept' })
  archivedAt: Date | null;

  @ManyToOne('Project', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'risks_project_id_fkey' })
  project?: unknown;

  @ManyToOne('User', { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'risks_owner_id_fkey' })
  owner?: unknown;
}

/** A task that responds to a risk (a mitigation task, or work it threatens). */
@Entity({ name: 'risk_tasks' })
@Index('risk_tasks_task_id_idx', ['taskId'])
export class RiskTask {
  @PrimaryColumn('uuid', { name: 'risk_id' })
  riskId: string;

  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId: string;

  @ManyToOne(() => Risk, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'risk_id', foreignKeyConstraintName: 'risk_tasks_risk_id_fkey' })
  risk?: unknown;

  @ManyToOne('Task', { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'risk_tasks_task_id_fkey' })
  task?: unknown;
}

/**
 * Append-only: the assessment of a risk after each of its changes, written in the same transaction,
 * so the exposure of any past week is what was known then, not today's values spread back.
 */
@Entity({ name: 'risk_history' })
@Index('risk_history_project_at_idx', ['projectId', 'at'])
export class RiskHistory {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @Column('uuid', { name: 'risk_id' })
  riskId: string;

  @Column('timestamptz', { default: () => 'trellis_now()' })
  at: Date;

  @Column('text')
  kind: RiskKind;

  @Column('text')
  status: RiskStatus;

  @Column('int')
  probability: number;

  @Column('int')
  impact: number;

  @Column('int')
  score: number;

  @Column('numeric', { name: 'expected_value', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  expectedValue: number | null;

  @Column('boolean', { default: false })
  archived: boolean;

  @ManyToOne(() => Risk, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'risk_id', foreignKeyConstraintName: 'risk_history_risk_id_fkey' })
  risk?: unknown;
}
