import { STANDARD_CALENDAR, WorkCalendar } from '../calendar.js';
import { MINUTES_PER_DAY, parseLocalDate } from '../dates.js';
import { PlanInputError } from '../errors.js';
import type { PlanInput } from '../model.js';

/** Epoch day of a 'YYYY-MM-DD[THH:MM]' local date. */
export function epochDay(date: string): number {
  return Math.floor(epochMinute(date) / MINUTES_PER_DAY);
}

export function epochMinute(date: string): number {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new PlanInputError('date', `"${date}" is not a date`);
  return parsed.minute;
}

export function isoDay(day: number): string {
  return new Date(day * MINUTES_PER_DAY * 60_000).toISOString().slice(0, 10);
}

/** The calendars of a plan, built once and looked up by id (the project calendar when missing). */
export class CalendarSet {
  readonly project: WorkCalendar;
  /** Minutes in one duration day of the project calendar. */
  readonly projectMinutesPerDay: number;
  private readonly byId = new Map<string, WorkCalendar>();

  constructor(input: PlanInput) {
    const specs = input.calendars ?? [];
    const projectSpec = specs.find((spec) => spec.id === input.calendarId) ?? STANDARD_CALENDAR;
    this.project = WorkCalendar.from(projectSpec, specs);
    this.projectMinutesPerDay = this.project.minutesPerDay();
    for (const spec of specs) this.byId.set(spec.id, WorkCalendar.from(spec, specs));
  }

  get(id: string | null | undefined): WorkCalendar {
    if (!id) return this.project;
    const calendar = this.byId.get(id) ?? (id === STANDARD_CALENDAR.id ? WorkCalendar.from(STANDARD_CALENDAR) : undefined);
    if (!calendar) throw new PlanInputError('calendarId', `unknown calendar "${id}"`);
    return calendar;
  }
}

/**
 * The leveling time grid: period p is the p-th working day of the project calendar from the
 * first day of the plan. Days the project calendar does not work belong to no period; a start
 * on such a day counts from the next period, a finish from the previous one.
 */
export class PeriodGrid {
  /** Epoch day of each period. */
  private readonly days: number[] = [];
  private readonly firstDay: number;
  /** For each calendar day from firstDay: the period of that day or the next working one. */
  private readonly nextPeriod: number[] = [];

  constructor(
    private readonly calendar: WorkCalendar,
    firstDay: number,
  ) {
    this.firstDay = firstDay;
  }

  get length(): number {
    return this.days.length;
  }

  /** Makes sure periods 0..count-1 exist. */
  ensure(count: number): void {
    while (this.days.length < count) {
      const day = this.firstDay + this.nextPeriod.length;
      if (this.nextPeriod.length > 200 * 366) throw new PlanInputError('calendarId', 'the project calendar has no working days ahead');
      this.nextPeriod.push(this.days.length);
      if (this.calendar.isWorkingDay(isoDay(day))) this.days.push(day);
    }
  }

  dayOf(period: number): number {
    this.ensure(period + 1);
    return this.days[period];
  }

  /** The period a task starting on `day` occupies first. */
  startPeriod(day: number): number {
    const offset = Math.max(0, day - this.firstDay);
    while (this.nextPeriod.length <= offset) this.ensure(this.days.length + 1);
    return this.nextPeriod[offset];
  }

  /** The period a task finishing on `day` occupies last. */
  finishPeriod(day: number): number {
    const offset = Math.max(0, day - this.firstDay);
    while (this.nextPeriod.length <= offset + 1) this.ensure(this.days.length + 1);
    // The next period after `day` minus one: `day` itself when it works, else the previous working day.
    return Math.max(0, this.nextPeriod[offset + 1] - 1);
  }
}
