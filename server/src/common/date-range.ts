import { CALENDAR_YEARS } from '../planning/calendar.js';
import { BadUserInputError } from './errors.js';

/**
 * The one range of dates Trellis accepts, wherever a date comes in: GraphQL arguments and inputs,
 * imported plans (MSPDI and JSON). The planning calendar serves the years 1900 to 2399
 * (CALENDAR_YEARS); accepted dates keep 50 years of that before them (late dates and negative
 * slack reach back from what was typed) and 200 after (a schedule runs on past its last typed
 * date), so a plan made of accepted dates can always be scheduled.
 */
export const DATE_RANGE = {
  first: `${CALENDAR_YEARS.first + 50}-01-01`,
  last: `${CALENDAR_YEARS.last - 200}-12-31`,
} as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True for a day that exists in the calendar ('2025-02-30' does not). */
function realDay(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function outOfRange(field: string, value: string): BadUserInputError {
  return new BadUserInputError(
    `${field} must be a date from ${DATE_RANGE.first} to ${DATE_RANGE.last} (the dates Trellis can schedule); got '${value.slice(0, 40)}'`,
    field,
    { range: { ...DATE_RANGE } },
  );
}

/** True when an existing day 'YYYY-MM-DD' (the start of a 'YYYY-MM-DDTHH:MM') lies in DATE_RANGE. */
export function inDateRange(value: string): boolean {
  const day = value.slice(0, 10);
  return day >= DATE_RANGE.first && day <= DATE_RANGE.last;
}

/** True for an existing day 'YYYY-MM-DD', whatever its year. */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  return !!m && realDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A day 'YYYY-MM-DD' in DATE_RANGE, else BAD_USER_INPUT naming `field` and the range. */
export function checkDay(value: string, field: string): string {
  if (!isCalendarDay(value)) throw new BadUserInputError(`${field} must be a date 'YYYY-MM-DD'; got '${value.slice(0, 40)}'`, field);
  if (!inDateRange(value)) throw outOfRange(field, value);
  return value;
}

/** checkDay for an optional value: undefined and null pass through. */
export function checkOptionalDay<T extends string | null | undefined>(value: T, field: string): T {
  if (value !== undefined && value !== null) checkDay(value, field);
  return value;
}

/**
 * A local wall-clock time 'YYYY-MM-DDTHH:MM' (no time zone, as MS Project keeps dates) on a day in
 * DATE_RANGE, else BAD_USER_INPUT naming `field`. A bare date means the start of that day, or its
 * end ('T23:59') for finish-like fields.
 */
export function checkDayTime(value: string, field: string, bareDate: 'start' | 'end' = 'start'): string {
  const s = value.trim();
  if (isCalendarDay(s)) {
    if (!inDateRange(s)) throw outOfRange(field, value);
    return `${s}T${bareDate === 'start' ? '00:00' : '23:59'}`;
  }
  const m = DAY_TIME.exec(s);
  if (m && realDay(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) <= 23 && Number(m[5]) <= 59) {
    if (!inDateRange(s)) throw outOfRange(field, value);
    return s;
  }
  throw new BadUserInputError(`${field} must be a local date and time 'YYYY-MM-DDTHH:MM' (or a date 'YYYY-MM-DD'); got '${value.slice(0, 40)}'`, field);
}

const DATE_KEYS = new Set(['from', 'to', 'start', 'finish', 'date', 'deadline', 'actualStart', 'actualFinish', 'statusDate', 'capturedAt', 'effectiveFrom']);
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T|$)/;

/**
 * The path of the first date outside DATE_RANGE in a document of plain data (an imported plan),
 * written like `tasks[3].constraint.date`; undefined when every date is in range. Dates are the
 * strings under date keys (from, to, start, finish, date, deadline, ...) that read as a day.
 */
export function findDateOutOfRange(value: unknown, path = ''): { path: string; value: string } | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findDateOutOfRange(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof child === 'string') {
      if (DATE_KEYS.has(key) && DATE_LIKE.test(child) && !inDateRange(child)) return { path: at, value: child };
    } else if (child !== null && typeof child === 'object') {
      const found = findDateOutOfRange(child, at);
      if (found) return found;
    }
  }
  return undefined;
}

/** The sentence an import error gives for a date out of range. */
export function dateRangeSentence(): string {
  return `dates must be from ${DATE_RANGE.first} to ${DATE_RANGE.last} (the dates Trellis can schedule)`;
}
