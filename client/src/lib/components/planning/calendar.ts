/**
 * Working and non-working days for shading the Gantt and for turning a dragged length into a
 * duration in working days: the shared rule (see @trellis/schema/working-days).
 */
export { addWorkingDays, countWorkingDays, nonWorkingRuns, workingDays, type CalendarLike, type IsWorkingDay } from '@trellis/schema/working-days';
