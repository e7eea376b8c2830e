import { BadUserInputError } from '../../common/errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function realDate(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && y >= 1900 && y <= 2200;
}

/** True for an existing calendar day 'YYYY-MM-DD' between 1900 and 2200. */
export function isLocalDate(s: string): boolean {
  const m = DATE.exec(s);
  return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Normalises a local wall-clock time to 'YYYY-MM-DDTHH:MM' (no time zone, as MS Project keeps dates).
 * A bare date means the start of that day, or its end ('T23:59') for finish-like fields.
 */
export function localDateTime(value: string, field: string, bareDate: 'start' | 'end' = 'start'): string {
  const s = value.trim();
  if (isLocalDate(s)) return `${s}T${bareDate === 'start' ? '00:00' : '23:59'}`;
  const m = DATE_TIME.exec(s);
  if (m && realDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) <= 23 && Number(m[5]) <= 59) return s;
  throw new BadUserInputError(`Expected a local date and time 'YYYY-MM-DDTHH:MM' (or a date 'YYYY-MM-DD'), got '${value.slice(0, 40)}'`, field);
}

/** 'HH:MM' with '24:00' allowed as the end of a day. */
export function isClock(s: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  if (!m) return false;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return (h < 24 && min < 60) || (h === 24 && min === 0);
}
