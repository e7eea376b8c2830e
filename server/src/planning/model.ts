/**
 * Plain data shapes of the planning engine. Everything here is serialisable: the engine
 * takes these in and hands these back, with no database or I/O behind it.
 *
 * Dates are local wall-clock times with no timezone, as MS Project shows them:
 * 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. Durations and lags are in working days, where one
 * day is the calendar's `hoursPerDay` working hours (8 h = 480 min by default).
 */

/** Finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/** MS Project constraint kinds. ASAP is the default when a task carries none. */
export type ConstraintType = 'ASAP' | 'ALAP' | 'SNET' | 'SNLT' | 'FNET' | 'FNLT' | 'MSO' | 'MFO';

/** One working period of a day, 'HH:MM' to 'HH:MM'; `to` may be '24:00'. */
export interface WorkingTime {
  from: string;
  to: string;
}

/**
 * A holiday or other exception over a date range (ISO dates, both ends inclusive).
 * `working: false` makes the days non-working; `working: true` makes them working with
 * `times` (or the Standard day, 08:00-12:00 + 13:00-17:00, when `times` is omitted).
 */
export interface CalendarException {
  from: string;
  to: string;
  working: boolean;
  times?: WorkingTime[];
  name?: string;
}

/** Weekday keys follow `Date.getUTCDay()`: 0 = Sunday ... 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface CalendarSpec {
  id: string;
  name?: string;
  /** Calendar to inherit missing weekdays, hoursPerDay and exceptions from. */
  baseId?: string | null;
  /** A missing weekday inherits from the base calendar, or from Standard without one. An empty list = non-working. */
  workWeek?: Partial<Record<Weekday, WorkingTime[]>>;
  /** Working hours in one duration day for tasks on this calendar; inherits base, then the project calendar, then 8. */
  hoursPerDay?: number;
  exceptions?: CalendarException[];
}

export interface PlanTask {
  id: string;
  name?: string;
  /** The summary task this one sits under; null or missing at the top level. */
  parentId?: string | null;
  /** A task with children is a summary whatever its kind; 'MILESTONE' marks the task as a milestone. */
  kind?: 'TASK' | 'SUMMARY' | 'MILESTONE';
  /** Working days in the task's calendar; 0 makes a milestone. Ignored for summaries (rolled up). */
  durationDays: number;
  /** The task's own calendar; the project calendar when missing. */
  calendarId?: string | null;
  /**
   * The calendars of the work resources assigned to the task, when each has one. The task then
   * works whenever any of them works (within its own calendar when it has one), as MS Project
   * schedules assignments on their resources' calendars: its duration counts that working time
   * and its dates fall in it. Lags and floats stay in the task's own calendar. Missing or empty:
   * the task's calendar alone (a resource without a calendar of its own follows the task's).
   */
  resourceCalendarIds?: string[] | null;
  constraint?: { type: ConstraintType; date?: string /* ISO local datetime 'YYYY-MM-DDTHH:MM' or date */ } | null;
  /** Finish deadline: does not move the task, but limits its late finish and warns when missed. */
  deadline?: string | null;
  actualStart?: string | null;
  actualFinish?: string | null;
  /** 0..100, share of the duration already done. */
  percentComplete?: number;
  /** Delay added by resource leveling, in working days of the task's calendar, after its links are satisfied. */
  levelingDelayDays?: number;
}

export interface PlanLink {
  predecessorId: string;
  successorId: string;
  type: LinkType;
  /** Lag in working days of the successor's calendar (the project calendar for a summary), or calendar days when `elapsed`; negative = lead. */
  lagDays?: number;
  /** Lag as a percentage of the predecessor's duration; takes precedence over `lagDays`. */
  lagPercent?: number;
  /** The lag runs in calendar days (24 h a day, every day) instead of working days. */
  elapsed?: boolean;
}

export interface PlanInput {
  /** Project start, ISO local datetime or date. */
  start: string;
  /** Progress cut-off: remaining work and unstarted tasks are scheduled from here. */
  statusDate?: string | null;
  calendars?: CalendarSpec[];
  /** Project calendar; Standard when missing. */
  calendarId?: string | null;
  tasks: PlanTask[];
  links: PlanLink[];
}

export interface ScheduledTask {
  id: string;
  /** Scheduled dates: the early dates, the late ones for ALAP tasks, the actuals for work already done. */
  start: string;
  finish: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  durationDays: number;
  /** Working days (task calendar time, in project-calendar days) the task can slip without moving the project finish. */
  totalFloatDays: number;
  /** Working days the task can slip without moving any successor's early dates. */
  freeFloatDays: number;
  critical: boolean;
  summary: boolean;
  milestone: boolean;
}

export type ScheduleWarningCode = 'DEADLINE_MISSED' | 'CONSTRAINT_VIOLATED' | 'NEGATIVE_FLOAT';

export interface ScheduleWarning {
  taskId: string;
  /** One of ScheduleWarningCode today; typed open so new codes do not break readers. */
  code: ScheduleWarningCode | (string & {});
  message: string;
}

export interface ScheduleResult {
  start: string;
  finish: string;
  /** Same order as the input tasks. */
  tasks: ScheduledTask[];
  /** Each critical path as leaf task ids from start to finish. */
  criticalPaths: string[][];
  warnings: ScheduleWarning[];
}
