/** The scheduling engine: calendars, the critical path method and the scheduler built on them. */
export * from './model.js';
export { CycleError, PlanInputError } from './errors.js';
export { STANDARD_CALENDAR, STANDARD_WORK_CALENDAR, WorkCalendar } from './calendar.js';
export { formatLocalMinute, parseLocalDate, MINUTES_PER_DAY } from './dates.js';
export { findTopologicalOrder, indexLinks, LINK_CODE } from './network.js';
export type { LinkGraph } from './network.js';
export { computeSchedule } from './schedule.js';
export { MAX_CRITICAL_PATHS } from './critical-paths.js';
