/**
 * Result shapes of the planning operations (Gantt, resources, earned value): just the fields the
 * pages select. Schedule dates are local wall-clock strings `YYYY-MM-DDTHH:MM`; LocalDate is
 * `YYYY-MM-DD`; money is in the project currency.
 */
import type { DependencyType, ID, LocalDate, DateTimeISO, ProjectRole, TaskKind } from '$lib/graphql/types';

export type ResourceType = 'WORK' | 'MATERIAL' | 'COST';
export type UsagePeriodKind = 'DAY' | 'WEEK' | 'MONTH';

/** The heading every planning page shows. */
export interface PlanningProject {
  id: ID;
  key: string;
  name: string;
  currency: string;
  budget: number | null;
  viewerRole: ProjectRole | null;
  archivedAt: DateTimeISO | null;
}

/** A task as the planning pages list it. */
export interface PlanTask {
  id: ID;
  key: string;
  wbsCode: string;
  name: string;
  kind: TaskKind;
  parentId: ID | null;
  durationDays: number;
  percentComplete: number;
  version: number;
}

export interface PlanLink {
  id: ID;
  type: DependencyType;
  lagDays: number;
  predecessorId: ID;
  successorId: ID;
}

export interface ScheduledTask {
  taskId: ID;
  start: string;
  finish: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  durationDays: number;
  totalFloatDays: number;
  freeFloatDays: number;
  critical: boolean;
  levelingDelayDays: number;
  late: boolean;
}

export interface ScheduleWarning {
  taskId: ID | null;
  code: string;
  message: string;
}

export interface Schedule {
  start: string;
  finish: string;
  statusDate: LocalDate | null;
  calendarId: ID | null;
  tasks: ScheduledTask[];
  criticalPath: ID[];
  warnings: ScheduleWarning[];
}

export interface ScheduleUpdate {
  projectId: ID;
  start: string;
  finish: string;
  tasks: ScheduledTask[];
  removedTaskIds: ID[];
  criticalPath: ID[];
  /** Change numbers of the writes the update follows from. */
  changeNumbers: number[];
  /** Who made them (people only). */
  actorIds: ID[];
}

export interface BaselineSummary {
  id: ID;
  name: string;
  createdAt: DateTimeISO;
}

export interface BaselineTask {
  taskId: ID;
  start: string;
  finish: string;
  durationDays: number;
  workHours: number;
  cost: number;
}

export interface Baseline extends BaselineSummary {
  tasks: BaselineTask[];
}

export interface WorkingTime {
  from: string;
  to: string;
}

export interface WorkCalendar {
  id: ID;
  name: string;
  workWeek: { day: number; times: WorkingTime[] }[];
  exceptions: { from: LocalDate; to: LocalDate; working: boolean }[];
}

/** From `effectiveFrom` on, these rates replace the resource's base rates. */
export interface CostRate {
  id: ID;
  effectiveFrom: LocalDate;
  standardRate: number;
  overtimeRate: number;
  costPerUse: number;
}

export interface Resource {
  id: ID;
  name: string;
  type: ResourceType;
  maxUnits: number;
  standardRate: number;
  overtimeRate: number;
  costPerUse: number;
  version: number;
  rates: CostRate[];
}

export interface Assignment {
  id: ID;
  taskId: ID;
  resourceId: ID;
  units: number;
}

export interface UsagePeriodRow {
  start: LocalDate;
  workHours: number;
  capacityHours: number;
  overallocated: boolean;
  cost: number;
}

export interface ResourceUsage {
  resourceId: ID;
  periods: UsagePeriodRow[];
}

export interface LevelingPreview {
  delays: { taskId: ID; levelingDelayDays: number }[];
  finishBefore: string;
  finishAfter: string;
  overallocationsRemaining: number;
}

export interface EvRow {
  taskId: ID | null;
  pv: number;
  ev: number;
  ac: number;
  sv: number;
  cv: number;
  spi: number | null;
  cpi: number | null;
  eacCpi: number | null;
  eacCpiSpi: number | null;
  etc: number | null;
  vac: number | null;
  tcpi: number | null;
  bac: number;
}

export interface EvPoint {
  date: LocalDate;
  pv: number;
  ev: number | null;
  ac: number | null;
}

export interface EarnedValue {
  statusDate: LocalDate;
  project: EvRow;
  branches: EvRow[];
  series: EvPoint[];
}

export interface CostEntry {
  id: ID;
  taskId: ID;
  date: LocalDate;
  hours: number | null;
  amount: number;
  note: string;
}
