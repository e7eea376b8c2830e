/**
 * Working calendars as the settings page shows and edits them: working times typed as text
 * (`08:00–12:00, 13:00–17:00`), the week a calendar ends up with after inheritance, short weekday
 * summaries (`Mon–Thu`), and the checks made before anything is sent. The API checks the same
 * rules again and names the field at fault; these catch the mistakes before a round trip.
 */
import type { WorkCalendarFieldsFragment } from '$lib/graphql/generated/graphql';

/**
 * A calendar as the settings page reads it. `workWeek` holds only the weekdays this calendar sets (the
 * others follow its base calendar or the standard week); `usage` is what goes by it: tasks and
 * resources on it, calendars based on it.
 */
export type WorkCalendarDetail = WorkCalendarFieldsFragment;

/** false `working`: non-working (a holiday, a closure); true: working with `times`, or the usual times when null. */
export type CalendarExceptionDetail = WorkCalendarDetail['exceptions'][number];

export type WorkingTime = WorkCalendarDetail['workWeek'][number]['times'][number];

/** What the calendar form sends: the fields of CalendarCreateInput / CalendarUpdateInput it edits. */
export interface CalendarDraft {
  name: string;
  baseCalendarId: string | null;
  hoursPerDay: number;
  workWeek: { day: number; times: WorkingTime[] }[];
  /** Left out when the box was not changed, so a change made elsewhere is not undone. */
  projectCalendar?: boolean;
  /** The version the form started from (updates only). */
  version?: number;
}

/** The standard day the API uses where nothing else is said: 08:00–12:00 and 13:00–17:00. */
export const STANDARD_TIMES: readonly WorkingTime[] = [
  { from: '08:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

/** Weekdays in the order the page lists them (Monday first); `day` as the API counts (0 = Sunday). */
export const WEEKDAYS: readonly { day: number; short: string; long: string }[] = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 0, short: 'Sun', long: 'Sunday' },
];

/** The week the API schedules on when there is no project calendar. */
export const STANDARD_WEEK = 'Mon–Fri 08:00–12:00, 13:00–17:00';
export const STANDARD_LABEL = `Standard (${STANDARD_WEEK})`;

/** The standard week's times for one weekday: Monday to Friday work the standard day. */
export function standardDay(day: number): WorkingTime[] {
  return day >= 1 && day <= 5 ? STANDARD_TIMES.map((t) => ({ ...t })) : [];
}

/** `08:00–12:00, 13:00–17:00`; empty for a non-working day. */
export function formatSpans(times: readonly WorkingTime[]): string {
  return times.map((t) => `${t.from}–${t.to}`).join(', ');
}

/** Working hours in a day's spans (`24:00` counts as the end of the day). */
export function spanHours(times: readonly WorkingTime[]): number {
  const minutes = (c: string) => Number(c.slice(0, 2)) * 60 + Number(c.slice(3, 5));
  return times.reduce((sum, t) => sum + (minutes(t.to) - minutes(t.from)) / 60, 0);
}

/** Hours are formatted with the rest of the client's numbers. */
export { formatHours } from '$lib/format';

export type SpansResult = { ok: true; times: WorkingTime[] } | { ok: false; error: string };

const SPAN = /^(\d{1,2})(?::(\d{2}))?–(\d{1,2})(?::(\d{2}))?$/;

/** 'HH:MM' from an hour and minutes typed, or null when it is no time of day (`24:00` only as an end). */
function clock(h: string, m: string | undefined, end: boolean): string | null {
  const hours = Number(h);
  const minutes = Number(m ?? '0');
  const ok = (hours < 24 && minutes < 60) || (end && hours === 24 && minutes === 0);
  return ok ? `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` : null;
}

/**
 * Reads the working times of one day as typed: spans `from–to` separated by commas, semicolons or
 * spaces; `-`, `–`, `—` or `to` between the ends; `8`, `8:00` and `08:00` alike. They must be real
 * times (the end may be `24:00`), each ending after it starts, and not overlapping; they come back
 * sorted as `HH:MM`.
 */
export function parseSpans(text: string): SpansResult {
  const normal = text
    .trim()
    .replace(/\s*(?:-|–|—|\bto\b)\s*/gi, '–')
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (!normal.length) return { ok: false, error: 'Enter working times such as 08:00–12:00, or make the day non-working' };
  const times: WorkingTime[] = [];
  for (const part of normal) {
    const m = SPAN.exec(part);
    if (!m) return { ok: false, error: `“${part}” is not a span such as 08:00–12:00` };
    const from = clock(m[1]!, m[2], false);
    const to = clock(m[3]!, m[4], true);
    if (!from || !to) return { ok: false, error: `“${part}” is not a time of day (00:00 to 24:00)` };
    if (to <= from) return { ok: false, error: `${from}–${to} ends before it starts: a working time must end after it starts` };
    times.push({ from, to });
  }
  times.sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < times.length; i++) {
    const a = times[i - 1]!;
    const b = times[i]!;
    if (b.from < a.to) return { ok: false, error: `${a.from}–${a.to} and ${b.from}–${b.to} overlap` };
  }
  return { ok: true, times };
}

type WeekSource = Pick<WorkCalendarDetail, 'id' | 'baseCalendarId' | 'workWeek'>;

/**
 * The working times of each weekday (index 0 = Sunday) that a calendar ends up with: its own days,
 * then its base calendar's (and that one's base...), then the standard week. `null` is the
 * standard calendar itself.
 */
export function effectiveWeek(calendar: WeekSource | null | undefined, byId: ReadonlyMap<string, WeekSource>): WorkingTime[][] {
  const chain: WeekSource[] = [];
  const seen = new Set<string>();
  for (let c = calendar ?? undefined; c && !seen.has(c.id); c = c.baseCalendarId ? byId.get(c.baseCalendarId) : undefined) {
    seen.add(c.id);
    chain.push(c);
  }
  return [0, 1, 2, 3, 4, 5, 6].map((day) => {
    for (const c of chain) {
      const own = c.workWeek.find((d) => d.day === day);
      if (own) return own.times.map((t) => ({ ...t }));
    }
    return standardDay(day);
  });
}

/**
 * Which weekdays work, short: `Mon–Fri`, `Mon–Thu`, `Mon, Wed, Fri`, `Sat, Sun`, `Sun–Thu`,
 * `Every day`, `No working days`. Runs of three days or more are written with a dash; a run across
 * the weekend's end (Sunday into Monday) stays one run.
 */
export function weekdaySummary(works: (day: number) => boolean): string {
  const flags = WEEKDAYS.map((w) => works(w.day));
  if (flags.every(Boolean)) return 'Every day';
  if (!flags.some(Boolean)) return 'No working days';
  const runs: number[][] = [];
  flags.forEach((on, i) => {
    if (!on) return;
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  });
  if (runs.length > 1 && runs[0]![0] === 0 && runs.at(-1)!.at(-1) === 6) runs.unshift([...runs.pop()!, ...runs.shift()!]);
  const name = (i: number) => WEEKDAYS[i]!.short;
  return runs.map((r) => (r.length >= 3 ? `${name(r[0]!)}–${name(r.at(-1)!)}` : r.map(name).join(', '))).join(', ');
}

/** The times shared by every working day of a week, or null when the days differ. */
export function commonTimes(week: readonly WorkingTime[][]): WorkingTime[] | null {
  const working = week.filter((t) => t.length > 0);
  if (!working.length) return null;
  const first = formatSpans(working[0]!);
  return working.every((t) => formatSpans(t) === first) ? working[0]! : null;
}

/** Exceptions by first day, then last day, then name. */
export function sortExceptions<T extends { from: string; to: string; name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.name.localeCompare(b.name));
}

/** What `CalendarExceptionInput` takes: an exception as the form sends it. */
export type ExceptionInput = { name: string; from: string; to: string; working: boolean; times: WorkingTime[] | null };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An existing calendar day `YYYY-MM-DD`. */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A holiday, closure or working day being added, as typed. */
export interface ExceptionDraft {
  name: string;
  from: string;
  /** Empty: the same day as `from`. */
  to: string;
  working: boolean;
  /** Only for working days; empty: the usual times. */
  times: string;
}

export type ExceptionErrors = Partial<Record<'name' | 'from' | 'to' | 'times', string>>;

/** Checks a draft; `input` is what to send when there is nothing to complain about. */
export function checkException(d: ExceptionDraft): { errors: ExceptionErrors; input: ExceptionInput | null } {
  const errors: ExceptionErrors = {};
  const name = d.name.trim();
  if (!name) errors.name = 'Give it a name, e.g. Christmas Day or Office move';
  else if (name.length > 200) errors.name = 'At most 200 characters';
  if (!d.from) errors.from = 'Choose the first day';
  else if (!isDate(d.from)) errors.from = 'Not a valid date';
  const to = d.to || d.from;
  if (d.to && !isDate(d.to)) errors.to = 'Not a valid date';
  else if (!errors.from && to < d.from) errors.to = 'The last day must not be before the first';
  let times: WorkingTime[] | null = null;
  if (d.working && d.times.trim()) {
    const parsed = parseSpans(d.times);
    if (parsed.ok) times = parsed.times;
    else errors.times = parsed.error;
  }
  if (Object.keys(errors).length) return { errors, input: null };
  return { errors, input: { name, from: d.from, to, working: d.working, times } };
}

/** One weekday in the calendar form: working with the times typed, non-working, or as the base calendar. */
export interface DayDraft {
  day: number;
  mode: 'work' | 'off' | 'base';
  /** The times typed (kept while the day is non-working, so switching back restores them). */
  text: string;
}

/**
 * The form's week for a calendar (null: a new one, the standard week). Days the calendar does not
 * set follow its base ('base') or, with no base, are shown as the standard week's, which is what
 * they are.
 */
export function weekDrafts(calendar: WeekSource | null): DayDraft[] {
  return WEEKDAYS.map(({ day }) => {
    const own = calendar?.workWeek.find((d) => d.day === day);
    if (!own && calendar?.baseCalendarId) return { day, mode: 'base', text: formatSpans(STANDARD_TIMES) };
    const times = own ? own.times : standardDay(day);
    return { day, mode: times.length ? 'work' : 'off', text: formatSpans(times.length ? times : STANDARD_TIMES) };
  });
}

export type WeekResult =
  | { ok: true; week: { day: number; times: WorkingTime[] }[] }
  | { ok: false; errors: Partial<Record<number, string>>; error?: string };

/**
 * The `workWeek` to send: every day that is not left to the base calendar. `baseWeek` is the
 * week the base calendar ends up with (null: no base), to tell whether anything works at all.
 */
export function weekInput(days: readonly DayDraft[], baseWeek: readonly WorkingTime[][] | null): WeekResult {
  const errors: Partial<Record<number, string>> = {};
  const week: { day: number; times: WorkingTime[] }[] = [];
  let works = false;
  for (const d of days) {
    if (d.mode === 'base' && baseWeek) {
      if (baseWeek[d.day]!.length) works = true;
      continue;
    }
    if (d.mode === 'off') {
      week.push({ day: d.day, times: [] });
      continue;
    }
    if (d.mode === 'base') {
      // No base calendar (any more): the standard week's day.
      const times = standardDay(d.day);
      if (times.length) works = true;
      week.push({ day: d.day, times });
      continue;
    }
    const parsed = parseSpans(d.text);
    if (!parsed.ok) {
      errors[d.day] = parsed.error;
      continue;
    }
    works = true;
    week.push({ day: d.day, times: parsed.times });
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  if (!works) return { ok: false, errors, error: 'A calendar needs working time on at least one day of the week' };
  return { ok: true, week };
}

/** Hours in one day of duration: more than 0, at most 24. */
export function checkHoursPerDay(value: number | null | undefined): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'Enter the hours in one day of duration, e.g. 8';
  if (value <= 0 || value > 24) return 'More than 0 and at most 24';
  return null;
}

/** The list index in an API error field such as `input.workWeek[3].times[0].to` (3), or null. */
export function fieldIndex(field: string | undefined, list: string): number | null {
  if (!field) return null;
  const m = new RegExp(`(?:^|\\.)${list}\\[(\\d+)\\]`).exec(field);
  return m ? Number(m[1]) : null;
}

/** The exception form's field an API error names (`input.from`, `input.times[0].to` → `times`), or null. */
export function exceptionField(field: string | undefined): keyof ExceptionErrors | null {
  const m = /^input\.(name|from|to|times)(?:$|[.[])/.exec(field ?? '');
  return m ? (m[1] as keyof ExceptionErrors) : null;
}

/** Calendars that may be the base of `id` (null: a new one): not itself, nor one based on it, directly or not. */
export function baseCandidates<T extends { id: string; baseCalendarId: string | null }>(calendars: readonly T[], id: string | null): T[] {
  if (!id) return [...calendars];
  const byId = new Map(calendars.map((c) => [c.id, c]));
  return calendars.filter((c) => {
    const seen = new Set<string>();
    for (let x: T | undefined = c; x && !seen.has(x.id); x = x.baseCalendarId ? byId.get(x.baseCalendarId) : undefined) {
      if (x.id === id) return false;
      seen.add(x.id);
    }
    return true;
  });
}
