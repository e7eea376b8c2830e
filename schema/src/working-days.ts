/**
 * Working and non-working days, day by day: the rule the Gantt shades by and turns a dragged length
 * into a duration in working days with. Days are whole day numbers (days since 1970-01-01, UTC
 * arithmetic on local calendar dates, so no time zone shifts a day). The planning engine keeps its
 * own minute-level calendar; a property test holds the two to the same days and counts.
 *
 * - Without a calendar the standard week applies: Monday to Friday.
 * - A weekday listed in the calendar's week works when it has working times; a weekday not listed
 *   keeps the standard week's rule.
 * - An exception covers its days from `from` to `to`, both included. A working exception makes its
 *   days working, unless it gives an empty list of times (no working time that day); a non-working
 *   exception makes them non-working. A later exception wins over an earlier one on the same day,
 *   and every exception over the week.
 */

export interface CalendarLike {
  /** `day`: 0 = Sunday ... 6 = Saturday. */
  workWeek: readonly { day: number; times: readonly unknown[] }[];
  exceptions: readonly { from: string; to: string; working: boolean; times?: readonly unknown[] | null }[];
}

export type IsWorkingDay = (day: number) => boolean;

const MS_PER_DAY = 86_400_000;
/** Longest stretch `addWorkingDays` looks through for working days (about ten years). */
const SEARCH_DAYS = 3660;

/** `2026-11-02` (or a wall-clock `2026-11-02T08:00`) -> its whole day number; NaN when unreadable. */
export function dayNumber(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** 0 = Sunday ... 6 = Saturday, for a day number. */
export function weekdayOf(day: number): number {
  return (((Math.floor(day) + 4) % 7) + 7) % 7;
}

/** The rule of `calendar` (the standard week without one), as a test of a day number. */
export function workingDays(calendar: CalendarLike | null | undefined): IsWorkingDay {
  const week = [false, true, true, true, true, true, false];
  for (const d of calendar?.workWeek ?? []) if (d.day >= 0 && d.day <= 6) week[d.day] = d.times.length > 0;
  const exceptions = (calendar?.exceptions ?? [])
    .map((e) => ({ from: dayNumber(e.from), to: dayNumber(e.to), working: e.working && (e.times == null || e.times.length > 0) }))
    .filter((e) => !Number.isNaN(e.from) && !Number.isNaN(e.to));
  return (day: number) => {
    const d = Math.floor(day);
    for (let i = exceptions.length - 1; i >= 0; i--) {
      const e = exceptions[i]!;
      if (d >= e.from && d <= e.to) return e.working;
    }
    return week[weekdayOf(d)]!;
  };
}

/** Working days from `from` (inclusive) to `to` (exclusive), whole day numbers. */
export function countWorkingDays(from: number, to: number, isWorking: IsWorkingDay): number {
  let n = 0;
  for (let d = Math.floor(from); d < to; d++) if (isWorking(d)) n++;
  return n;
}

/** Runs of consecutive non-working days between `from` and `to`, as [start, end) day pairs. */
export function nonWorkingRuns(from: number, to: number, isWorking: IsWorkingDay): [number, number][] {
  const runs: [number, number][] = [];
  let runStart: number | null = null;
  for (let d = Math.floor(from); d < to; d++) {
    const off = !isWorking(d);
    if (off && runStart === null) runStart = d;
    if (!off && runStart !== null) {
      runs.push([runStart, d]);
      runStart = null;
    }
  }
  if (runStart !== null) runs.push([runStart, Math.ceil(to)]);
  return runs;
}

/**
 * The `n`-th working day after `day` (a whole number of days; `n` is rounded up): the day on which
 * work that ended on `day` ends after `n` more working days. `day` itself for `n` of 0 or less.
 * A calendar with no working day in ten years stops looking there.
 */
export function addWorkingDays(day: number, n: number, isWorking: IsWorkingDay): number {
  let d = Math.floor(day);
  let left = Math.ceil(n);
  for (let guard = 0; left > 0 && guard < SEARCH_DAYS; guard++) {
    d++;
    if (isWorking(d)) left--;
  }
  return d;
}
