/** The scheduling engine: calendars, the critical path method and the scheduler built on them. */
export * from './model.js';
export { CycleError, PlanInputError } from './errors.js';
export { STANDARD_CALENDAR, STANDARD_WORK_CALENDAR, WorkCalendar } from './calendar.js';
export { formatLocalMinute, parseLocalDate, MINUTES_PER_DAY } from './dates.js';
export { buildNetwork, cpm, findTopologicalOrder, indexLinks, LINK_CODE, topologicalOrder } from './network.js';
export type { CpmResult, LinkGraph, Network, NetworkLink } from './network.js';
export { computeSchedule } from './schedule.js';
export { MAX_CRITICAL_PATHS } from './critical-paths.js';
