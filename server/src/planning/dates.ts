/**
 * Local wall-clock dates as integer minutes. A date like '2025-03-07T08:00' has no timezone,
 * so it is read as if it were UTC: every day is exactly 1440 minutes and daylight-saving
 * changes cannot shift anything. "Epoch minutes" below means minutes since 1970-01-01T00:00
 * on that clock; "epoch day" is the same in days.
 */

import { Int32Table } from './int-table.js';

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
  // The two forms stored dates take are read digit by digit: a plan of 100k tasks has tens of
  // thousands of actual dates, constraints and deadlines, and the pattern took most of their time.
  if (text.length === 10 || (text.length === 16 && (text.charCodeAt(10) === 84 /* T */ || text.charCodeAt(10) === 32) && text.charCodeAt(13) === 58 /* : */)) {
    const minute = readPlainDate(text);
    if (minute === minute) return { minute, dateOnly: text.length === 10 };
  }
  return parseWithPattern(text);
}

/** Epoch minutes of 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM', NaN when it is not one or not a real moment (or a year before 100, left to Date). */
function readPlainDate(text: string): number {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (!(year >= 100) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= daysInMonth(year, month))) return NaN;
  let minute = daysFromCivil(year, month, day) * MINUTES_PER_DAY;
  if (text.length === 16) {
    const hour = digits(text, 11, 2);
    const minutes = digits(text, 14, 2);
    if (!(minutes <= 59) || !(hour < 24 || (hour === 24 && minutes === 0))) return NaN;
    minute += hour * 60 + minutes;
  }
  return minute;
}

/** The number written by `count` ASCII digits from `from`, NaN if one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let k = from; k < from + count; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Epoch day of a civil date, by H. Hinnant's days-from-civil (the inverse of formatEpochDay's arithmetic). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function parseWithPattern(text: string): ParsedLocalDate | undefined {
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

const TWO_DIGITS: string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** 'YYYY-MM-DD' of an epoch day, by the civil-from-days arithmetic of H. Hinnant's date algorithms. */
function formatEpochDay(day: number): string {
  const shifted = day + 719_468; // days since 0000-03-01, so leap days end each 4-year cycle
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Date's own text (or RangeError) for years that do not take four digits ('+010000') and for NaN.
  if (!(year >= 0 && year <= 9999)) return new Date(day * MINUTES_PER_DAY * MS_PER_MINUTE).toISOString().slice(0, 10);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${TWO_DIGITS[month]}-${TWO_DIGITS[dayOfMonth]}`;
}

/** Formats an epoch minute as 'YYYY-MM-DDTHH:MM'. */
export function formatLocalMinute(minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  return formatEpochDay(day) + TIME_SUFFIX[minute - day * MINUTES_PER_DAY];
}

/** Texts kept by sharedLocalMinuteText; past this many the cache starts over. */
const SHARED_TEXTS_LIMIT = 100_000;
/** Minute to the index of its text in sharedTexts; an Int32Table rather than a Map<number, string>, whose lookups of number keys cost several times as much. */
let sharedIndexes = new Int32Table(12);
let sharedTexts: string[] = [];

/**
 * formatLocalMinute, with the texts of whole minutes shared across schedules. A server
 * schedules the same plan again after every change, and nearly all of its dates stay where
 * they were: their texts are then found rather than formatted again.
 */
export function sharedLocalMinuteText(minute: number): string {
  // Fractions and minutes outside the 32-bit range (past the year 6000) are formatted each time.
  if (!Int32Table.holds(minute)) return formatLocalMinute(minute);
  const index = sharedIndexes.get(minute);
  if (index >= 0) return sharedTexts[index];
  const text = formatLocalMinute(minute);
  if (sharedTexts.length >= SHARED_TEXTS_LIMIT) {
    sharedIndexes = new Int32Table(12);
    sharedTexts = [];
  }
  sharedIndexes.add(minute, sharedTexts.length);
  sharedTexts.push(text);
  return text;
}

/**
 * Formats many epoch minutes quickly. A schedule writes hundreds of thousands of dates but
 * far fewer distinct ones (tasks start and finish at the same hours of the same days: about
 * 55,000 for 600,000 dates in the product-shaped 100k plan of bench/planning), so each distinct
 * minute is formatted once and the same string handed out again. The texts are the ones
 * sharedLocalMinuteText keeps across schedules: a table of this schedule's own in front of them,
 * filled again on every call, made the 100k plan's call take about 10 % more CPU.
 */
export class LocalDateTexts {
  /** formatLocalMinute of the minute rounded to a whole one, as text shared with every earlier call. */
  text(minute: number): string {
    // Minutes outside the 32-bit range or with a fraction are formatted without the cache.
    if (!Int32Table.holds(minute)) return formatLocalMinute(Math.round(minute));
    return sharedLocalMinuteText(minute);
  }
}
