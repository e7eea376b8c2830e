/**
 * Working calendars and their working-time index.
 *
 * The scheduler never walks days one by one. Each calendar keeps, for a window of days, the
 * cumulative working minutes at the start of every day (a prefix sum). A moment in time then
 * maps to a "working offset" (working minutes since a fixed point) in O(1), and an offset maps
 * back to a moment with one binary search. Adding a duration is offset arithmetic. The window
 * grows on demand in both directions, so no horizon has to be guessed up front.
 *
 * An offset that falls between two working periods (Friday 17:00 and Monday 08:00 are the
 * same offset) has two readings: a finish is placed at the end of the earlier period, a start
 * at the beginning of the later one, as MS Project displays them.
 */
import { PlanInputError } from './errors.js';
import { formatLocalMinute, MINUTES_PER_DAY, parseLocalDate, parseTimeOfDay, weekdayOfEpochDay } from './dates.js';
import type { CalendarException, CalendarSpec, Weekday, WorkingTime } from './model.js';

const STANDARD_DAY: WorkingTime[] = [
  { from: '08:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

/** MS Project's Standard calendar: Monday to Friday, 08:00-12:00 and 13:00-17:00, 8 hours a day. */
export const STANDARD_CALENDAR: CalendarSpec = {
  id: 'standard',
  name: 'Standard',
  workWeek: { 0: [], 1: STANDARD_DAY, 2: STANDARD_DAY, 3: STANDARD_DAY, 4: STANDARD_DAY, 5: STANDARD_DAY, 6: [] },
  hoursPerDay: 8,
  exceptions: [],
};

const WEEKDAYS: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
/**
 * The years calendars serve, first to last inclusive: beyond them a calendar with no work would
 * search forever. Every day in them can be asked for; dates people type are held to a narrower
 * range (server/src/common/date-range.ts) so that schedules have room on both sides.
 */
export const CALENDAR_YEARS = { first: 1900, last: 2399 } as const;
const FIRST_DAY = Math.floor(Date.UTC(CALENDAR_YEARS.first, 0, 1) / 86_400_000);
const LAST_DAY = Math.floor(Date.UTC(CALENDAR_YEARS.last + 1, 0, 1) / 86_400_000);
/** Working minutes per bucket of the offset-to-day index (half a Standard day). */
const OFFSET_BUCKET = 240;
/** Longest exception range accepted (about 100 years): exceptions are expanded day by day. */
const MAX_EXCEPTION_DAYS = 36_525;

/** A calendar with its base chain resolved: one pattern per weekday plus per-day exceptions. */
interface ResolvedCalendar {
  week: WorkingTime[][];
  exceptions: CalendarException[];
  hoursPerDay: number | undefined;
}

/** The working periods of a day in minutes after midnight, sorted and non-overlapping. */
class DayPattern {
  readonly total: number;

  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
  ) {
    let total = 0;
    for (let i = 0; i < starts.length; i++) total += ends[i] - starts[i];
    this.total = total;
  }

  /** Working minutes from midnight up to `minuteOfDay`. */
  workedBefore(minuteOfDay: number): number {
    let worked = 0;
    for (let i = 0; i < this.starts.length; i++) {
      if (minuteOfDay >= this.ends[i]) worked += this.ends[i] - this.starts[i];
      else {
        if (minuteOfDay > this.starts[i]) worked += minuteOfDay - this.starts[i];
        break;
      }
    }
    return worked;
  }

  /** True when work can start at this minute of the day (inside a period, not at its end). */
  startsWithin(minuteOfDay: number): boolean {
    for (let i = 0; i < this.starts.length; i++) {
      if (minuteOfDay < this.ends[i]) return minuteOfDay >= this.starts[i];
    }
    return false;
  }

  /** True when work can finish at this minute of the day (inside a period or at its end, not at its start). */
  finishesWithin(minuteOfDay: number): boolean {
    for (let i = 0; i < this.starts.length; i++) {
      if (minuteOfDay <= this.ends[i]) return minuteOfDay > this.starts[i];
    }
    return false;
  }

  /** The minute of day where `worked` working minutes have gone by, at the start of the next period. */
  startAfter(worked: number): number {
    for (let i = 0; i < this.starts.length; i++) {
      const length = this.ends[i] - this.starts[i];
      if (worked < length) return this.starts[i] + worked;
      worked -= length;
    }
    return MINUTES_PER_DAY;
  }

  /** The minute of day where `worked` working minutes have gone by, at the end of the earlier period. */
  finishAfter(worked: number): number {
    for (let i = 0; i < this.starts.length; i++) {
      const length = this.ends[i] - this.starts[i];
      if (worked <= length) return this.starts[i] + worked;
      worked -= length;
    }
    return MINUTES_PER_DAY;
  }
}

export class WorkCalendar {
  readonly id: string;
  readonly name: string;
  /** Hours in one duration day, from this calendar or its bases; undefined = use the project's. */
  readonly hoursPerDay: number | undefined;

  private readonly patterns: DayPattern[] = [];
  private readonly weekPattern: Int32Array;
  private readonly exceptionPattern = new Map<number, number>();

  // The index window: days [firstDay, firstDay + dayCount), cumulative working minutes in `cumulative`.
  private firstDay = 0;
  private dayCount = 0;
  private dayPattern: Int32Array = new Int32Array(0);
  /** cumulative[d] = working offset at the start of day firstDay + d; one entry more than days. */
  private cumulative: Float64Array = new Float64Array(1);
  /**
   * Inverse index: bucketDay[b] is the last day whose cumulative start is at most
   * cumulative[0] + b * OFFSET_BUCKET. Turning an offset back into a day is then one lookup
   * plus a step over at most a bucket's worth of days, instead of a binary search.
   */
  private bucketDay: Int32Array = new Int32Array(1);

  private constructor(spec: CalendarSpec, resolved: ResolvedCalendar) {
    this.id = spec.id;
    this.name = spec.name ?? spec.id;
    this.hoursPerDay = resolved.hoursPerDay;
    const patternIds = new Map<string, number>();
    const internPattern = (times: WorkingTime[], field: string): number => {
      const pattern = parseWorkingTimes(times, field);
      const key = `${pattern.starts.join(',')}|${pattern.ends.join(',')}`;
      let id = patternIds.get(key);
      if (id === undefined) {
        id = this.patterns.length;
        this.patterns.push(pattern);
        patternIds.set(key, id);
      }
      return id;
    };
    this.weekPattern = Int32Array.from(WEEKDAYS, (day) => internPattern(resolved.week[day], `calendars.${spec.id}.workWeek.${day}`));
    if (WEEKDAYS.every((day) => this.patterns[this.weekPattern[day]].total === 0)) {
      throw new PlanInputError(`calendars.${spec.id}.workWeek`, `calendar "${spec.id}" has no working time in its week`);
    }
    resolved.exceptions.forEach((exception, index) => {
      const field = `calendars.${spec.id}.exceptions[${index}]`;
      const pattern = exception.working ? internPattern(exception.times ?? STANDARD_DAY, `${field}.times`) : internPattern([], field);
      for (const day of exceptionDays(exception, field)) this.exceptionPattern.set(day, pattern);
    });
  }

  /**
   * Builds a calendar from its spec. `all` supplies the base calendars named by `baseId`
   * (the Standard calendar is always available as 'standard').
   */
  static from(spec: CalendarSpec, all: CalendarSpec[] = []): WorkCalendar {
    const byId = new Map<string, CalendarSpec>([[STANDARD_CALENDAR.id, STANDARD_CALENDAR]]);
    for (const other of all) byId.set(other.id, other);
    byId.set(spec.id, spec);
    return new WorkCalendar(spec, resolveCalendar(spec, byId, []));
  }

  /**
   * Like `from`, with the base calendars already in a map by id (which must hold 'standard'
   * if a base names it): building many calendars then costs no map per calendar.
   */
  static fromLookup(spec: CalendarSpec, byId: ReadonlyMap<string, CalendarSpec>): WorkCalendar {
    return new WorkCalendar(spec, resolveCalendar(spec, byId, []));
  }

  /**
   * The working time of a task whose work is done by resources on calendars of their own, as
   * MS Project schedules it: whenever any of `resources` works, each within `within` (the
   * task's own calendar) when given. A duration day stays `hoursPerDay` (the task's). `field`
   * is named when that leaves no working time in the week.
   */
  static union(id: string, resources: WorkCalendar[], within: WorkCalendar | null, hoursPerDay: number | undefined, field: string): WorkCalendar {
    const timesOn = (patternOf: (calendar: WorkCalendar) => DayPattern): WorkingTime[] =>
      unionOfPeriods(resources.map(patternOf), within ? patternOf(within) : null);
    const week = WEEKDAYS.map((day) => timesOn((calendar) => calendar.patterns[calendar.weekPattern[day]]));
    if (week.every((times) => times.length === 0)) {
      throw new PlanInputError(field, `the resources' calendars (${resources.map((r) => r.name).join(', ')}) have no working time${within ? ` within calendar "${within.name}"` : ''}`);
    }
    // Every day that is an exception in one of the calendars is an exception of the union.
    const days = new Set<number>();
    for (const calendar of within ? [...resources, within] : resources) for (const day of calendar.exceptionPattern.keys()) days.add(day);
    const exceptions = [...days].sort((a, b) => a - b).map((day): CalendarException => {
      const date = formatLocalMinute(day * MINUTES_PER_DAY).slice(0, 10);
      const times = timesOn((calendar) => calendar.patterns[calendar.patternOfDay(day)]);
      return times.length > 0 ? { from: date, to: date, working: true, times } : { from: date, to: date, working: false };
    });
    return new WorkCalendar({ id, name: id }, { week, exceptions, hoursPerDay });
  }

  /** Minutes of work in one duration day, given the project's default when this calendar sets none. */
  minutesPerDay(projectHoursPerDay = 8): number {
    return (this.hoursPerDay ?? projectHoursPerDay) * 60;
  }

  // ---- Date-string API -------------------------------------------------------------------

  isWorkingDay(date: string): boolean {
    const day = Math.floor(parseOrThrow(date, 'date') / MINUTES_PER_DAY);
    return this.patterns[this.patternOfDay(day)].total > 0;
  }

  /** Moves `minutes` of working time forward (or back when negative) from `at`. */
  addWorkingMinutes(at: string, minutes: number): string {
    return formatLocalMinute(this.addWork(parseOrThrow(at, 'at'), minutes));
  }

  /** Working minutes from `a` to `b`; negative when `b` is before `a`. */
  workingMinutesBetween(a: string, b: string): number {
    return this.offsetAt(parseOrThrow(b, 'b')) - this.offsetAt(parseOrThrow(a, 'a'));
  }

  // ---- Epoch-minute API (see dates.ts), used by the scheduler's passes ----------------------

  /** Working offset of a moment: working minutes since a fixed point of this calendar. */
  offsetAt(minute: number): number {
    const day = Math.floor(minute / MINUTES_PER_DAY);
    let d = day - this.firstDay;
    if (d < 0 || d >= this.dayCount) {
      this.cover(day, day + 1);
      d = day - this.firstDay;
    }
    return this.cumulative[d] + this.patterns[this.dayPattern[d]].workedBefore(minute - day * MINUTES_PER_DAY);
  }

  /** The moment working offset `offset` is reached, read as a start (beginning of the next working period). */
  startAtOffset(offset: number): number {
    while (offset < this.cumulative[0]) this.growBackward();
    while (offset >= this.cumulative[this.dayCount]) this.growForward();
    // Last day whose cumulative start is <= offset: that day has work left at `offset`.
    const d = this.lastDayAtOrBefore(offset);
    return (this.firstDay + d) * MINUTES_PER_DAY + this.patterns[this.dayPattern[d]].startAfter(offset - this.cumulative[d]);
  }

  /** The moment working offset `offset` is reached, read as a finish (end of the earlier working period). */
  finishAtOffset(offset: number): number {
    while (offset <= this.cumulative[0]) this.growBackward();
    while (offset > this.cumulative[this.dayCount]) this.growForward();
    // First day that ends at or after offset: the minute that completes `offset` lies in it.
    const d = this.lastDayBefore(offset);
    return (this.firstDay + d) * MINUTES_PER_DAY + this.patterns[this.dayPattern[d]].finishAfter(offset - this.cumulative[d]);
  }

  /** `minute` if it is working time, else the start of the next working period. */
  snapToStart(minute: number): number {
    const pattern = this.patternAt(minute);
    if (pattern && pattern.startsWithin(minute - Math.floor(minute / MINUTES_PER_DAY) * MINUTES_PER_DAY)) return minute;
    return this.startAtOffset(this.offsetAt(minute));
  }

  /** `minute` if it is working time, else the end of the previous working period. */
  snapToFinish(minute: number): number {
    const pattern = this.patternAt(minute);
    if (pattern && pattern.finishesWithin(minute - Math.floor(minute / MINUTES_PER_DAY) * MINUTES_PER_DAY)) return minute;
    return this.finishAtOffset(this.offsetAt(minute));
  }

  /** The day pattern of an indexed day; undefined outside the window (the slow path then grows it). */
  private patternAt(minute: number): DayPattern | undefined {
    const d = Math.floor(minute / MINUTES_PER_DAY) - this.firstDay;
    return d >= 0 && d < this.dayCount ? this.patterns[this.dayPattern[d]] : undefined;
  }

  /** Adds working minutes: a positive amount lands on a finish, zero or negative on a start. */
  addWork(minute: number, minutes: number): number {
    const offset = this.offsetAt(minute) + minutes;
    return minutes > 0 ? this.finishAtOffset(offset) : this.startAtOffset(offset);
  }

  // ---- Index maintenance -------------------------------------------------------------------

  private patternOfDay(day: number): number {
    return this.exceptionPattern.get(day) ?? this.weekPattern[weekdayOfEpochDay(day)];
  }

  /** Makes the index cover days [from, to), doubling its size so growth stays amortised O(1). */
  private cover(from: number, to: number): void {
    if (from < FIRST_DAY || to > LAST_DAY) {
      throw new PlanInputError(
        `calendars.${this.id}`,
        `calendar "${this.id}" was asked for dates outside ${CALENDAR_YEARS.first}-${CALENDAR_YEARS.last} (a task that never finds working time?)`,
      );
    }
    // The margins and the doubling stop at the served years, so a day near their ends is served too.
    if (this.dayCount === 0) {
      this.rebuild(Math.max(from - 64, FIRST_DAY), Math.min(to + 512, LAST_DAY));
      return;
    }
    const lastDay = this.firstDay + this.dayCount;
    const newFirst = from < this.firstDay ? Math.max(Math.min(from, this.firstDay - this.dayCount), FIRST_DAY) : this.firstDay;
    const newLast = to > lastDay ? Math.min(Math.max(to, lastDay + this.dayCount), LAST_DAY) : lastDay;
    this.rebuild(newFirst, newLast);
  }

  private growBackward(): void {
    this.cover(this.firstDay - 1, this.firstDay);
  }

  private growForward(): void {
    this.cover(this.firstDay + this.dayCount, this.firstDay + this.dayCount + 1);
  }

  /** Recomputes the window [first, last), keeping existing offsets unchanged so callers' values stay valid. */
  private rebuild(first: number, last: number): void {
    const count = last - first;
    const dayPattern = new Int32Array(count);
    const cumulative = new Float64Array(count + 1);
    let running = 0;
    for (let d = 0; d < count; d++) {
      dayPattern[d] = this.patternOfDay(first + d);
      cumulative[d] = running;
      running += this.patterns[dayPattern[d]].total;
    }
    cumulative[count] = running;
    // Shift so the old window's first day keeps its offset (the very first build anchors at 0).
    const shift = this.dayCount === 0 ? 0 : this.cumulative[0] - cumulative[this.firstDay - first];
    if (shift !== 0) for (let d = 0; d <= count; d++) cumulative[d] += shift;
    this.firstDay = first;
    this.dayCount = count;
    this.dayPattern = dayPattern;
    this.cumulative = cumulative;
    this.bucketDay = indexBuckets(cumulative, count);
  }

  /** Largest day index d < dayCount with cumulative[d] <= offset (cumulative[0] <= offset assumed). */
  private lastDayAtOrBefore(offset: number): number {
    const cumulative = this.cumulative;
    let d = this.bucketDay[Math.min(this.bucketDay.length - 1, Math.floor((offset - cumulative[0]) / OFFSET_BUCKET))];
    while (d + 1 < this.dayCount && cumulative[d + 1] <= offset) d++;
    return d;
  }

  /** Largest day index d < dayCount with cumulative[d] < offset (cumulative[0] < offset assumed). */
  private lastDayBefore(offset: number): number {
    const cumulative = this.cumulative;
    let d = this.bucketDay[Math.min(this.bucketDay.length - 1, Math.floor((offset - cumulative[0]) / OFFSET_BUCKET))];
    // The bucket may land on a day starting exactly at `offset` (after a weekend): step back.
    while (d > 0 && cumulative[d] >= offset) d--;
    while (d + 1 < this.dayCount && cumulative[d + 1] < offset) d++;
    return d;
  }
}

/** Builds WorkCalendar.bucketDay for a window of `count` days. */
function indexBuckets(cumulative: Float64Array, count: number): Int32Array {
  const base = cumulative[0];
  const buckets = new Int32Array(Math.floor((cumulative[count] - base) / OFFSET_BUCKET) + 1);
  let d = 0;
  for (let b = 0; b < buckets.length; b++) {
    const target = base + b * OFFSET_BUCKET;
    while (d + 1 < count && cumulative[d + 1] <= target) d++;
    buckets[b] = d;
  }
  return buckets;
}

/** The Standard calendar, built once, for callers that need a ready WorkCalendar. */
export const STANDARD_WORK_CALENDAR = WorkCalendar.from(STANDARD_CALENDAR);


function parseOrThrow(text: string, field: string): number {
  const parsed = parseLocalDate(text);
  if (!parsed) throw new PlanInputError(field, `"${text}" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)`);
  return parsed.minute;
}

/** Follows baseId links; a weekday the spec leaves out comes from its base, then from Standard. */
function resolveCalendar(spec: CalendarSpec, byId: ReadonlyMap<string, CalendarSpec>, seen: string[]): ResolvedCalendar {
  if (seen.includes(spec.id)) {
    throw new PlanInputError(`calendars.${spec.id}.baseId`, `base calendars loop: ${[...seen, spec.id].join(' -> ')}`);
  }
  let base: ResolvedCalendar | undefined;
  if (spec.baseId) {
    const baseSpec = byId.get(spec.baseId);
    if (!baseSpec) throw new PlanInputError(`calendars.${spec.id}.baseId`, `unknown base calendar "${spec.baseId}"`);
    base = resolveCalendar(baseSpec, byId, [...seen, spec.id]);
  }
  const hoursPerDay = spec.hoursPerDay ?? base?.hoursPerDay;
  if (hoursPerDay !== undefined && !(hoursPerDay > 0 && hoursPerDay <= 24)) {
    throw new PlanInputError(`calendars.${spec.id}.hoursPerDay`, `hours per day must be more than 0 and at most 24, got ${hoursPerDay}`);
  }
  return {
    week: WEEKDAYS.map((day) => spec.workWeek?.[day] ?? base?.week[day] ?? STANDARD_CALENDAR.workWeek![day]!),
    // The base's exceptions apply first, so this calendar's own ones win on the same days.
    exceptions: [...(base?.exceptions ?? []), ...(spec.exceptions ?? [])],
    hoursPerDay,
  };
}

/** The periods of a day when any of `days` works (each only inside `within` when given), merged. */
function unionOfPeriods(days: DayPattern[], within: DayPattern | null): WorkingTime[] {
  const periods: [number, number][] = [];
  for (const day of days) {
    for (let i = 0; i < day.starts.length; i++) {
      if (!within) {
        periods.push([day.starts[i], day.ends[i]]);
        continue;
      }
      for (let j = 0; j < within.starts.length; j++) {
        const from = Math.max(day.starts[i], within.starts[j]);
        const to = Math.min(day.ends[i], within.ends[j]);
        if (from < to) periods.push([from, to]);
      }
    }
  }
  periods.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const period of periods) {
    const last = merged[merged.length - 1];
    if (last && period[0] <= last[1]) last[1] = Math.max(last[1], period[1]);
    else merged.push([period[0], period[1]]);
  }
  return merged.map(([from, to]) => ({ from: clockText(from), to: clockText(to) }));
}

function clockText(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

function parseWorkingTimes(times: WorkingTime[], field: string): DayPattern {
  const periods = times.map((time, index) => {
    const from = parseTimeOfDay(time.from);
    const to = parseTimeOfDay(time.to);
    if (from === undefined || to === undefined || from >= to) {
      throw new PlanInputError(`${field}[${index}]`, `working time "${time.from}"-"${time.to}" must be HH:MM to a later HH:MM`);
    }
    return { from, to };
  });
  periods.sort((a, b) => a.from - b.from);
  for (let i = 1; i < periods.length; i++) {
    if (periods[i].from < periods[i - 1].to) throw new PlanInputError(field, 'working times overlap');
  }
  return new DayPattern(Int32Array.from(periods, (p) => p.from), Int32Array.from(periods, (p) => p.to));
}

function exceptionDays(exception: CalendarException, field: string): number[] {
  const from = parseLocalDate(exception.from);
  const to = parseLocalDate(exception.to);
  if (!from) throw new PlanInputError(`${field}.from`, `"${exception.from}" is not a date`);
  if (!to) throw new PlanInputError(`${field}.to`, `"${exception.to}" is not a date`);
  const first = Math.floor(from.minute / MINUTES_PER_DAY);
  const last = Math.floor(to.minute / MINUTES_PER_DAY);
  if (last < first) throw new PlanInputError(`${field}.to`, 'exception ends before it starts');
  if (last - first >= MAX_EXCEPTION_DAYS) throw new PlanInputError(`${field}.to`, 'exception is longer than 100 years');
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
