/**
 * The product's calls into the pure planning engine beyond the schedule itself (usage, leveling,
 * baselines and variance, earned value, CSV), shaped for the GraphQL types. One place, so the
 * services stay about access, validation and transactions.
 */
import type { ScheduleResult } from '../../planning/model.js';
import type { PlanDocument } from '../../planning/plan-document.js';
import type { UsagePeriod } from './planning.enums.js';
import type { EarnedValue, LevelingPreview, ResourceUsage, Variance } from './planning.types.js';

export interface LevelingOutcome {
  preview: LevelingPreview;
  /** Leveling delay per task after leveling (tasks left out keep none). */
  delays: Map<string, number>;
}

const pending = (what: string): never => {
  throw new Error(`The planning engine's ${what} is not available in this build`);
};

export function usageRows(_doc: PlanDocument, _schedule: ScheduleResult, _period: UsagePeriod, _from: string | null, _to: string | null): ResourceUsage[] {
  return pending('resource usage');
}

export function levelingOutcome(_doc: PlanDocument, _schedule: ScheduleResult): LevelingOutcome {
  return pending('leveling');
}

export function varianceOf(_doc: PlanDocument, _schedule: ScheduleResult, _baselineNumber: number, _baselineId: string): Variance {
  return pending('variance');
}

export function baselineSnapshot(_doc: PlanDocument, _schedule: ScheduleResult): { taskId: string; start: string; finish: string; durationDays: number; workHours: number; cost: number }[] {
  return pending('baseline capture');
}

export function earnedValueOf(_doc: PlanDocument, _schedule: ScheduleResult, _statusDate: string, _baselineNumber: number, _baselineId: string, _period: UsagePeriod): EarnedValue {
  return pending('earned value');
}

export function csvOf(_doc: PlanDocument, _schedule: ScheduleResult): string {
  return pending('CSV export');
}

/** Resource-days over capacity in a schedule (daily usage of every WORK resource). */
export function overallocatedDays(_doc: PlanDocument, _schedule: ScheduleResult): number {
  return pending('resource usage');
}
