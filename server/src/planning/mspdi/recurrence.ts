/**
 * Expansion of MS Project's recurring calendar exceptions (Project 2007 and later) into dates.
 *
 * Field meanings (MSPDI `Exception`):
 * - Type: 1 daily, 2 yearly on a day of a month, 3 yearly on the n-th weekday of a month,
 *   4 monthly on a day, 5 monthly on the n-th weekday, 6 weekly, 7 every `Period` days.
 * - Month is zero-based (0 = January); MonthDay is the day of the month.
 * - MonthItem: 0 day, 1 weekday, 2 weekend day, 3..9 Sunday..Saturday.
 * - MonthPosition: 0..3 first..fourth, 4 last.
 * - DaysOfWeek: bit mask, 1 = Sunday .. 64 = Saturday.
 * Occurrences stop at the end of the exception's time period or after `occurrences`, whichever comes first.
 */
export interface RecurrenceRule {
  type: number;
  from: string;
  to: string;
  occurrences?: number;
  period?: number;
  month?: number;
  monthDay?: number;
  monthItem?: number;
  monthPosition?: number;
  daysOfWeek?: number;
}

export const RecurrenceType = {
  DAILY: 1,
  YEARLY_BY_DAY: 2,
  YEARLY_BY_POSITION: 3,
  MONTHLY_BY_DAY: 4,
  MONTHLY_BY_POSITION: 5,
  WEEKLY: 6,
  EVERY_N_DAYS: 7,
} as const;

const DAY_MS = 86_400_000;
/** Guards against a malformed rule with no end producing an endless list. */
const MAX_OCCURRENCES = 10_000;

/** Every date ('YYYY-MM-DD') the rule covers, ascending. */
export function expandRecurrence(rule: RecurrenceRule): string[] {
  const from = toDay(rule.from);
  const to = toDay(rule.to);
  const limit = Math.min(rule.occurrences ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const dates: string[] = [];
  for (const day of candidates(rule, from, to)) {
    if (day > to || dates.length >= limit) break;
    if (day >= from) dates.push(fromDay(day));
  }
  return dates;
}

/** Candidate days (ms since epoch at UTC midnight) in ascending order, possibly starting before `from`. */
function* candidates(rule: RecurrenceRule, from: number, to: number): Generator<number> {
  const period = Math.max(1, rule.period ?? 1);
  switch (rule.type) {
    case RecurrenceType.DAILY:
    case RecurrenceType.EVERY_N_DAYS:
      for (let day = from; day <= to; day += period * DAY_MS) yield day;
      return;
    case RecurrenceType.WEEKLY: {
      // Weeks are counted from the Sunday on or before the first day.
      const firstSunday = from - new Date(from).getUTCDay() * DAY_MS;
      for (let week = firstSunday; week <= to; week += period * 7 * DAY_MS) {
        for (let weekday = 0; weekday < 7; weekday++) {
          if ((rule.daysOfWeek ?? 0) & (1 << weekday)) yield week + weekday * DAY_MS;
        }
      }
      return;
    }
    case RecurrenceType.MONTHLY_BY_DAY:
    case RecurrenceType.MONTHLY_BY_POSITION: {
      const start = new Date(from);
      for (let offset = 0; ; offset += period) {
        const year = start.getUTCFullYear() + Math.floor((start.getUTCMonth() + offset) / 12);
        const month = (start.getUTCMonth() + offset) % 12;
        if (Date.UTC(year, month, 1) > to) return;
        const day = dayInMonth(rule, year, month);
        if (day !== undefined) yield day;
      }
    }
    case RecurrenceType.YEARLY_BY_DAY:
    case RecurrenceType.YEARLY_BY_POSITION: {
      const month = rule.month ?? 0;
      for (let year = new Date(from).getUTCFullYear(); Date.UTC(year, month, 1) <= to; year++) {
        const day = dayInMonth(rule, year, month);
        if (day !== undefined) yield day;
      }
      return;
    }
    default:
      return;
  }
}

function dayInMonth(rule: RecurrenceRule, year: number, month: number): number | undefined {
  const byDay = rule.type === RecurrenceType.MONTHLY_BY_DAY || rule.type === RecurrenceType.YEARLY_BY_DAY;
  if (byDay) {
    // A day past the end of a short month falls on its last day.
    const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Date.UTC(year, month, Math.min(rule.monthDay ?? 1, last));
  }
  return nthMatchingDay(year, month, rule.monthItem ?? 0, rule.monthPosition ?? 0);
}

function nthMatchingDay(year: number, month: number, item: number, position: number): number | undefined {
  const matches: number[] = [];
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  for (let date = 1; date <= last; date++) {
    const day = Date.UTC(year, month, date);
    if (matchesItem(new Date(day).getUTCDay(), item)) matches.push(day);
  }
  return position >= 4 ? matches.at(-1) : matches[position];
}

function matchesItem(weekday: number, item: number): boolean {
  if (item === 0) return true;
  const weekend = weekday === 0 || weekday === 6;
  if (item === 1) return !weekend;
  if (item === 2) return weekend;
  return weekday === item - 3;
}

function toDay(value: string): number {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

function fromDay(day: number): string {
  return new Date(day).toISOString().slice(0, 10);
}
