import { MspdiError } from './xml-tree.js';

/** Minutes in an elapsed day: elapsed durations and lags run around the clock. */
export const MINUTES_PER_ELAPSED_DAY = 24 * 60;

const DURATION = /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Minutes in an MSPDI (xsd:duration) value such as `PT8H0M0S`.
 * MS Project writes hours, minutes and seconds; days, if present, are taken as 24 hours.
 */
export function parseDurationMinutes(value: string, element: string, line?: number): number {
  const match = DURATION.exec(value.trim());
  if (!match || value.trim() === 'P' || value.trim().endsWith('T')) {
    throw new MspdiError(`<${element}> is not a duration: "${value}"`, element, line);
  }
  const [, sign, years, months, days, hours, minutes, seconds] = match;
  if (years || months) {
    throw new MspdiError(`<${element}> uses years or months, which have no fixed length: "${value}"`, element, line);
  }
  const total =
    Number(days ?? 0) * MINUTES_PER_ELAPSED_DAY + Number(hours ?? 0) * 60 + Number(minutes ?? 0) + Number(seconds ?? 0) / 60;
  return sign ? -total : total;
}

/** `PT{h}H{m}M{s}S`, the form MS Project itself writes. */
export function formatDurationMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return `${sign}PT${h}H${m}M${s}S`;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** `2006-09-21T08:00:00` → `2006-09-21T08:00` (the planning engine's local date-time form). */
export function parseDateTime(value: string, element: string, line?: number): string {
  const match = DATE_TIME.exec(value.trim());
  if (!match) throw new MspdiError(`<${element}> is not a date-time: "${value}"`, element, line);
  return `${match[1]}T${match[2]}`;
}

export function formatDateTime(value: string): string {
  return value.length === 16 ? `${value}:00` : value;
}

/** `08:00:00` → `08:00`; MS Project writes `00:00:00` as the end of a shift that runs to midnight. */
export function parseClock(value: string, element: string, line?: number): string {
  const match = /^(\d{2}:\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) throw new MspdiError(`<${element}> is not a time of day: "${value}"`, element, line);
  return match[1]!;
}

/** Rounds away binary noise from unit conversions (e.g. 480/480*8 hours) without hiding real fractions. */
export function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
