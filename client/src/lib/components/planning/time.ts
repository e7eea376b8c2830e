/**
 * Time on the planning charts. The schedule speaks in local wall-clock strings (`YYYY-MM-DDTHH:MM`)
 * and calendar dates (`YYYY-MM-DD`) with no time zone; the charts turn them into a day number
 * (days since 1970-01-01, fractional for a time of day) computed in UTC, so a daylight-saving change
 * in the browser's zone never stretches or shifts a day.
 */

const MS_PER_DAY = 86_400_000;

/** `2026-11-02T08:00` or `2026-11-02` -> day number (20394.333…, 20394). NaN when unreadable. */
export function toDay(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!m) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0'] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / MS_PER_DAY;
}

/** Day number -> `YYYY-MM-DD` (the calendar date the moment falls on). */
export function toIsoDate(day: number): string {
  return new Date(Math.floor(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number -> `YYYY-MM-DDTHH:MM`. */
export function toWallClock(day: number): string {
  return new Date(Math.round(day * 1440) * 60_000).toISOString().slice(0, 16);
}

/** Today in the browser's own zone, as a calendar date. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** 0 = Sunday … 6 = Saturday, for a whole day number. */
export function weekday(day: number): number {
  return new Date(Math.floor(day) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** The Monday on or before `day`. */
export function startOfWeek(day: number): number {
  const d = Math.floor(day);
  return d - ((weekday(d) + 6) % 7);
}

/** The first day of the month `day` falls in, moved by `add` months. */
export function startOfMonth(day: number, add = 0): number {
  const dt = new Date(Math.floor(day) * MS_PER_DAY);
  return Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + add, 1) / MS_PER_DAY;
}

export function startOfYear(day: number, add = 0): number {
  const dt = new Date(Math.floor(day) * MS_PER_DAY);
  return Date.UTC(dt.getUTCFullYear() + add, 0, 1) / MS_PER_DAY;
}

/** Calendar parts of a whole day number. */
export function parts(day: number): { year: number; month: number; date: number } {
  const dt = new Date(Math.floor(day) * MS_PER_DAY);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth(), date: dt.getUTCDate() };
}

const WEEKDAY_LETTERS = ['S', 'M', 'T', 'W', 'T', 'F', 'S'];

// Day numbers are UTC days (see above): they are formatted in UTC, in the browser's locale.
const monthFmt = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const dayMonthFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYearFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The month's short name in the browser's language (`Jan`, `janv.`). */
export function monthName(month: number): string {
  if (!(month >= 0 && month <= 11)) return '';
  return monthFmt.format(Date.UTC(2001, month, 1));
}

export function weekdayLetter(day: number): string {
  return WEEKDAY_LETTERS[weekday(day)] ?? '';
}

/** `2 Nov` / `2 Nov 2026` (`Nov 2, 2026` in en-US) for a day number. */
export function shortDate(day: number, withYear = false): string {
  return (withYear ? dayMonthYearFmt : dayMonthFmt).format(Math.floor(day) * MS_PER_DAY);
}

/** Whole days between two calendar dates (`b - a`). */
export function daysBetween(a: string, b: string): number {
  return Math.round(toDay(b) - toDay(a));
}

/**
 * A date short enough for a table column, in the browser's locale: without the year in
 * `currentYear` (unless `withYear`, for a table whose dates cross a year), with it otherwise.
 * Takes a calendar date or a wall-clock time.
 */
export function compactDate(value: string, currentYear: number, withYear = false): string {
  const day = toDay(value);
  if (!Number.isFinite(day)) return '—';
  return shortDate(day, withYear || parts(day).year !== currentYear);
}
