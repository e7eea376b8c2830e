import { checkDay } from './date-range.js';
import { BadUserInputError } from './errors.js';
import { dayOf, type Clock } from './clock.js';

/** The instant a day's "as of" answer is taken at: the midnight (UTC) that ends the day. */
export function endOfDay(day: string): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/**
 * An `asOf` day must be a real day from the project's creation to today: history does not reach
 * before the project, and nothing is known about tomorrow.
 */
export function checkAsOf(asOf: string, projectCreatedAt: Date, clock: Clock, field = 'asOf'): string {
  checkDay(asOf, field);
  const created = dayOf(projectCreatedAt);
  if (asOf < created) throw new BadUserInputError(`${field} is before the project was created (${created}); its history starts then`, field, { earliest: created });
  const today = dayOf(clock.now());
  if (asOf > today) throw new BadUserInputError(`${field} is in the future (today is ${today}); history answers for past days and today`, field, { latest: today });
  return asOf;
}
