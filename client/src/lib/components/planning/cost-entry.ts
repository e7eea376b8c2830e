/**
 * Checking a cost entry before it is recorded, and booking more hours than one day holds as one
 * entry per working day. The server takes one day per entry and at most 24 hours in it.
 */
import { fieldNumber } from './numbers.js';

/** Hours one cost entry (one day) may carry. */
export const MAX_HOURS_PER_ENTRY = 24;
/** A working day when hours are spread over several days. */
export const HOURS_PER_DAY = 8;

export interface CostFieldErrors {
  task?: string;
  date?: string;
  amount?: string;
  hours?: string;
}

export interface CostFields {
  task: string;
  date: string;
  amount: number | string | null;
  hours: number | string | null;
}

/** Every field's problem at once. `submitted` adds the "required" ones, shown only after a try. */
export function costFieldErrors(f: CostFields, submitted: boolean): CostFieldErrors {
  const out: CostFieldErrors = {};
  if (submitted && !f.task) out.task = 'Choose the task the cost belongs to';
  if (submitted && !/^\d{4}-\d{2}-\d{2}$/.test(f.date)) out.date = 'Give the day the cost was incurred';
  const amount = fieldNumber(f.amount);
  if (Number.isNaN(amount)) {
    if (submitted) out.amount = 'Give an amount (0 or more)';
  } else if (amount < 0) out.amount = 'Cannot be negative: enter the money spent, 0 or more';
  const hours = fieldNumber(f.hours);
  if (!Number.isNaN(hours)) {
    if (hours < 0) out.hours = 'Cannot be negative: leave empty if no time was spent';
    else if (hours > MAX_HOURS_PER_ENTRY)
      out.hours = `One entry covers one day: at most ${MAX_HOURS_PER_ENTRY} hours. Split ${hours} hours over ${workingDaysFor(hours)} working days of ${HOURS_PER_DAY} hours instead.`;
  }
  return out;
}

export function workingDaysFor(hours: number): number {
  return Math.max(1, Math.ceil(hours / HOURS_PER_DAY));
}

export interface CostPart {
  date: string;
  hours: number;
  amount: number;
}

/**
 * `hours` spread over working days (Monday to Friday) from `from` on, a full day at a time with
 * the rest on the last day; the amount is shared in proportion, in cents, the rounding left on
 * the last day so the parts add up to the total.
 */
export function splitOverWorkingDays(from: string, hours: number, amount: number): CostPart[] {
  const days = workingDaysFor(hours);
  const parts: CostPart[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  let hoursLeft = hours;
  let centsLeft = Math.round(amount * 100);
  const totalCents = centsLeft;
  while (parts.length < days) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      const last = parts.length === days - 1;
      const h = last ? hoursLeft : Math.min(HOURS_PER_DAY, hoursLeft);
      const cents = last ? centsLeft : Math.round((totalCents * h) / hours);
      parts.push({ date: day.toISOString().slice(0, 10), hours: round(h), amount: cents / 100 });
      hoursLeft -= h;
      centsLeft -= cents;
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return parts;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
