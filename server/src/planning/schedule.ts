import type { PlanInput, ScheduleResult } from './model.js';

export { CycleError, PlanInputError } from './errors.js';

export function computeSchedule(_input: PlanInput): ScheduleResult {
  throw new Error('not implemented yet');
}
