/**
 * The stakeholder register's computed figures, each in one place: a stakeholder's strategy on the
 * power/interest grid, the gap between current and desired engagement, a RACI row's flags and a
 * communication item's next due date. Pure functions: plain data in, plain data out.
 */
import { addWorkingDays, dayNumber, weekdayOf, type IsWorkingDay } from '@trellis/schema/working-days';
import { CadenceKind, EngagementLevel, RaciFlag, RaciLetter, StakeholderStrategy } from './stakeholder.enums.js';

/**
 * A score of influence or interest counts as high from 3 up (the grid's middle row and column
 * belong to the upper half: someone of average influence is already worth keeping satisfied).
 */
export const HIGH_SCORE = 3;

/** The standard power/interest grid strategy for an influence and an interest score (1-5). */
export function strategyOf(influence: number, interest: number): StakeholderStrategy {
  const powerful = influence >= HIGH_SCORE;
  const interested = interest >= HIGH_SCORE;
  if (powerful && interested) return StakeholderStrategy.MANAGE_CLOSELY;
  if (powerful) return StakeholderStrategy.KEEP_SATISFIED;
  if (interested) return StakeholderStrategy.KEEP_INFORMED;
  return StakeholderStrategy.MONITOR;
}

/** The engagement levels from least to most engaged. */
export const ENGAGEMENT_ORDER: readonly EngagementLevel[] = [
  EngagementLevel.UNAWARE,
  EngagementLevel.RESISTANT,
  EngagementLevel.NEUTRAL,
  EngagementLevel.SUPPORTIVE,
  EngagementLevel.LEADING,
];

/** Steps from current to desired engagement: positive when engagement must grow, 0 when none. */
export function engagementGap(current: EngagementLevel, desired: EngagementLevel): number {
  return ENGAGEMENT_ORDER.indexOf(desired) - ENGAGEMENT_ORDER.indexOf(current);
}

/**
 * What is wrong with one RACI row, from its letters (the implied R of the assignee included):
 * exactly one Accountable and at least one Responsible are expected.
 */
export function raciFlags(letters: readonly (RaciLetter | null)[]): RaciFlag[] {
  const accountable = letters.filter((l) => l === RaciLetter.A).length;
  const flags: RaciFlag[] = [];
  if (accountable === 0) flags.push(RaciFlag.NO_ACCOUNTABLE);
  if (accountable > 1) flags.push(RaciFlag.MANY_ACCOUNTABLE);
  if (!letters.includes(RaciLetter.R)) flags.push(RaciFlag.NO_RESPONSIBLE);
  return flags;
}

export interface Cadence {
  kind: CadenceKind;
  /** ONCE: the day. */
  date: string | null;
  /** WEEKLY and EVERY_N_WEEKS: 0 = Sunday ... 6 = Saturday. */
  weekday: number | null;
  /** EVERY_N_WEEKS: the number of weeks between two occurrences. */
  everyWeeks: number | null;
  /** MONTHLY_DAY: the day of the month (a shorter month takes its last day). */
  monthDay: number | null;
  /** The first day an occurrence may fall on; EVERY_N_WEEKS counts its weeks from here. */
  startsOn: string;
}

const MS_PER_DAY = 86_400_000;

/** A day number back to 'YYYY-MM-DD'. */
export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The first working day on or after `day` (the day itself when it works). */
export function onOrAfterWorking(day: number, isWorking: IsWorkingDay): number {
  return isWorking(day) ? day : addWorkingDays(day, 1, isWorking);
}

function monthStart(day: number): { year: number; month: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

function dayOfMonth(year: number, month: number, n: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(n, last)) / MS_PER_DAY;
}

/** Longest stretch of occurrences looked through (about ten years of weekly ones). */
const MAX_OCCURRENCES = 530;

/**
 * The cadence's occurrences as working days, in order, from about `from` on: each calendar
 * occurrence falling on a non-working day moves to the next working day.
 */
function* occurrences(c: Cadence, from: number, isWorking: IsWorkingDay): Generator<number> {
  const start = dayNumber(c.startsOn);
  const first = Math.max(start, from);
  switch (c.kind) {
    case CadenceKind.ONCE:
      yield onOrAfterWorking(dayNumber(c.date ?? c.startsOn), isWorking);
      return;
    case CadenceKind.WEEKLY:
    case CadenceKind.EVERY_N_WEEKS: {
      const step = 7 * (c.kind === CadenceKind.WEEKLY ? 1 : Math.max(1, c.everyWeeks ?? 1));
      // The first occurrence is the first chosen weekday on or after the start; later ones every `step` days.
      const anchor = start + ((((c.weekday ?? 1) - weekdayOf(start)) % 7) + 7) % 7;
      let d = anchor + Math.max(0, Math.floor((first - anchor) / step)) * step;
      for (let i = 0; i < MAX_OCCURRENCES; i++, d += step) yield onOrAfterWorking(d, isWorking);
      return;
    }
    case CadenceKind.MONTHLY_FIRST_WORKING_DAY:
    case CadenceKind.MONTHLY_DAY: {
      const { year, month: firstMonth } = monthStart(first);
      // Date.UTC carries a month past December into the next year.
      for (let month = firstMonth; month < firstMonth + MAX_OCCURRENCES; month++) {
        const raw = c.kind === CadenceKind.MONTHLY_DAY ? dayOfMonth(year, month, c.monthDay ?? 1) : dayOfMonth(year, month, 1);
        if (raw >= start) yield onOrAfterWorking(raw, isWorking);
      }
      return;
    }
  }
}

/**
 * The next due day of a communication item: its first occurrence (moved to a working day of the
 * project calendar) after `coveredUntil`, the later of the last occurrence held and the day it
 * was held on; the first occurrence when nothing was held yet. Null when a one-off was held.
 */
export function nextDue(c: Cadence, coveredUntil: string | null, isWorking: IsWorkingDay): string | null {
  const covered = coveredUntil ? dayNumber(coveredUntil) : Number.NEGATIVE_INFINITY;
  // A month back covers any occurrence whose move to a working day carries it past `covered`.
  const from = Number.isFinite(covered) ? covered - 31 : dayNumber(c.startsOn);
  for (const day of occurrences(c, from, isWorking)) {
    if (day > covered) return dayText(day);
  }
  return null;
}
