/**
 * Working and non-working days for shading the Gantt and for turning a dragged length into a
 * duration in working days. Without a project calendar the standard week applies (Monday to Friday).
 */
import { toDay, weekday } from './time.js';

export interface CalendarLike {
  workWeek: { day: number; times: unknown[] }[];
  exceptions: { from: string; to: string; working: boolean }[];
}

export type IsWorkingDay = (day: number) => boolean;

export function workingDays(calendar: CalendarLike | null | undefined): IsWorkingDay {
  const week = new Set([1, 2, 3, 4, 5]);
  if (calendar) {
    for (const d of calendar.workWeek) {
      if (d.times.length) week.add(d.day);
      else week.delete(d.day);
    }
  }
  const exceptions = (calendar?.exceptions ?? []).map((e) => ({ from: toDay(e.from), to: toDay(e.to), working: e.working }));
  return (day: number) => {
    const d = Math.floor(day);
    // A later exception wins over an earlier one, and every exception over the week.
    for (let i = exceptions.length - 1; i >= 0; i--) {
      const e = exceptions[i]!;
      if (d >= e.from && d <= e.to) return e.working;
    }
    return week.has(weekday(d));
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
 * The day on which work that ended on `day` ends after `n` more working days (a leveling delay):
 * the `n`-th working day after it.
 */
export function addWorkingDays(day: number, n: number, isWorking: IsWorkingDay): number {
  let d = Math.floor(day);
  let left = Math.ceil(n);
  // A guard against a calendar with no working days at all.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    d++;
    if (isWorking(d)) left--;
  }
  return d;
}
