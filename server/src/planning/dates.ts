/**
 * Local wall-clock dates as integer minutes. A date like '2025-03-07T08:00' has no timezone,
 * so it is read as if it were UTC: every day is exactly 1440 minutes and daylight-saving
 * changes cannot shift anything. "Epoch minutes" below means minutes since 1970-01-01T00:00
 * on that clock; "epoch day" is the same in days.
 */

export const MINUTES_PER_DAY = 1440;
const MS_PER_MINUTE = 60_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

export interface ParsedLocalDate {
  minute: number;
  /** True when the text had no time of day (the minute is then 00:00 of that day). */
  dateOnly: boolean;
}

/** Parses 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM[:SS]' (seconds dropped); undefined when malformed or impossible. */
export function parseLocalDate(text: string): ParsedLocalDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hour = match[4] === undefined ? 0 : Number(match[4]);
  const minute = match[5] === undefined ? 0 : Number(match[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59) return undefined;
  if (hour > 24 || (hour === 24 && minute !== 0)) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over into March; a round trip catches impossible days.
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return { minute: ms / MS_PER_MINUTE + hour * 60 + minute, dateOnly: match[4] === undefined };
}

/** Parses 'HH:MM' (00:00 to 24:00) into minutes after midnight; undefined when malformed. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return undefined;
  return hour * 60 + minute;
}

/** 0 = Sunday ... 6 = Saturday, like Date.getUTCDay(). 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const TIME_SUFFIX: string[] = Array.from({ length: MINUTES_PER_DAY }, (_, m) =>
  `T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
);

function formatEpochDay(day: number): string {
  return new Date(day * MINUTES_PER_DAY * MS_PER_MINUTE).toISOString().slice(0, 10);
}

/** Formats an epoch minute as 'YYYY-MM-DDTHH:MM'. */
export function formatLocalMinute(minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  return formatEpochDay(day) + TIME_SUFFIX[minute - day * MINUTES_PER_DAY];
}

/**
 * Formats many epoch minutes quickly. A schedule writes hundreds of thousands of dates but
 * only a few thousand distinct ones (tasks start and finish at the same hours of the same
 * days), so each distinct minute is formatted once and the same string handed out again.
 * A plain object rather than a class: its shape then lives with the code that creates it and
 * survives garbage collections between schedules (see STANDARD_WORK_CALENDAR).
 */
export interface LocalDateCache {
  text: Map<number, string>;
  dayText: Map<number, string>;
}

export function createLocalDateCache(): LocalDateCache {
  return { text: new Map(), dayText: new Map() };
}

/** formatLocalMinute through a cache. */
export function formatCached(cache: LocalDateCache, minute: number): string {
  let text = cache.text.get(minute);
  if (text === undefined) {
    text = formatUncached(cache, Math.round(minute));
    cache.text.set(minute, text);
  }
  return text;
}

function formatUncached(cache: LocalDateCache, minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  let date = cache.dayText.get(day);
  if (date === undefined) {
    date = formatEpochDay(day);
    cache.dayText.set(day, date);
  }
  return date + TIME_SUFFIX[minute - day * MINUTES_PER_DAY];
}
