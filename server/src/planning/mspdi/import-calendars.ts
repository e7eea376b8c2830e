import type { PlanCalendar, PlanCalendarException, PlanWorkingTime } from '../plan-document.js';
import { RecurrenceType, expandRecurrence, type RecurrenceRule } from './recurrence.js';
import type { UnmappedReport } from './unmapped.js';
import { checkVocabulary } from './unmapped.js';
import { CALENDAR_VOCABULARY } from './vocabularies.js';
import { child, childrenNamed, flagOf, MspdiError, numberOf, textOf, type XmlElement } from './xml-tree.js';
import { parseClock, parseDateTime } from './units.js';

/** MSPDI DayType 1..7 is Sunday..Saturday; 0 marks an exception day (the pre-2007 form). */
const EXCEPTION_DAY_TYPE = 0;

/** MS Project's default working hours for a working day given without hours. */
const DEFAULT_WORKING_TIMES: PlanWorkingTime[] = [
  { from: '08:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

export function importCalendar(element: XmlElement, hoursPerDay: number, report: UnmappedReport): PlanCalendar {
  const uid = requiredText(element, 'UID');
  const subject = `calendar ${textOf(element, 'Name') ?? uid}`;
  checkVocabulary(element, CALENDAR_VOCABULARY, report, subject);
  const baseUid = numberOf(element, 'BaseCalendarUID');
  const weekDays = childrenNamed(child(element, 'WeekDays'), 'WeekDay');
  const workWeek: PlanCalendar['workWeek'] = {};
  for (const day of weekDays) {
    const type = numberOf(day, 'DayType');
    if (type === undefined || type === EXCEPTION_DAY_TYPE) continue;
    if (type < 1 || type > 7) throw new MspdiError(`<DayType> must be 0-7, got ${type}`, 'DayType', day.line);
    const key = String(type - 1) as keyof PlanCalendar['workWeek'];
    // A working day written without hours has MS Project's default hours.
    workWeek[key] = flagOf(day, 'DayWorking') ? workingTimesOr(day, DEFAULT_WORKING_TIMES) : [];
  }
  const recurring = childrenNamed(child(element, 'Exceptions'), 'Exception');
  // Project 2007 writes each exception twice: as a rule under <Exceptions> and expanded into
  // DayType 0 entries for older readers. The rules are the richer form, so they win.
  const exceptions =
    recurring.length > 0
      ? recurring.flatMap((e) => exceptionFromRule(e, report, subject))
      : weekDays.filter((d) => numberOf(d, 'DayType') === EXCEPTION_DAY_TYPE).map(exceptionFromDay);
  if (child(element, 'WorkWeeks')?.children.length) {
    report.add('Calendar/WorkWeeks', child(element, 'WorkWeeks'), 'alternative work weeks for date ranges are not supported; the default week is used', subject);
  }
  return {
    id: uid,
    name: textOf(element, 'Name') ?? '',
    ...(baseUid !== undefined && baseUid >= 0 ? { baseId: String(baseUid) } : {}),
    workWeek,
    hoursPerDay,
    exceptions,
  };
}

function workingTimesOr(element: XmlElement, fallback: PlanWorkingTime[]): PlanWorkingTime[] {
  const times = workingTimes(element);
  return times.length > 0 ? times : fallback;
}

/** Hours of a working exception; left out when the file gives none, which means the default day. */
function exceptionTimes(element: XmlElement): { times?: PlanWorkingTime[] } {
  const times = workingTimes(element);
  return times.length > 0 ? { times } : {};
}

function workingTimes(element: XmlElement): PlanWorkingTime[] {
  return childrenNamed(child(element, 'WorkingTimes'), 'WorkingTime').flatMap((t) => {
    const from = textOf(t, 'FromTime');
    const to = textOf(t, 'ToTime');
    if (from === undefined || to === undefined) return [];
    const end = parseClock(to, 'ToTime', t.line);
    // A shift that ends at midnight is written as 00:00.
    return [{ from: parseClock(from, 'FromTime', t.line), to: end === '00:00' ? '24:00' : end }];
  });
}

function exceptionPeriod(element: XmlElement): { from: string; to: string } {
  const period = child(element, 'TimePeriod');
  const from = period && textOf(period, 'FromDate');
  const to = period && textOf(period, 'ToDate');
  if (!period || from === undefined || to === undefined) {
    throw new MspdiError('calendar exception without <TimePeriod> FromDate/ToDate', element.name, element.line);
  }
  return {
    from: parseDateTime(from, 'FromDate', period.line).slice(0, 10),
    to: parseDateTime(to, 'ToDate', period.line).slice(0, 10),
  };
}

function exceptionFromDay(day: XmlElement): PlanCalendarException {
  const working = flagOf(day, 'DayWorking') ?? false;
  return { ...exceptionPeriod(day), working, ...(working ? exceptionTimes(day) : {}) };
}

function exceptionFromRule(element: XmlElement, report: UnmappedReport, subject: string): PlanCalendarException[] {
  const { from, to } = exceptionPeriod(element);
  const working = flagOf(element, 'DayWorking') ?? false;
  const name = textOf(element, 'Name');
  const base = { working, ...(working ? exceptionTimes(element) : {}), ...(name ? { name } : {}) };
  const rule: RecurrenceRule = {
    type: numberOf(element, 'Type') ?? RecurrenceType.DAILY,
    from,
    to,
    occurrences: numberOf(element, 'Occurrences'),
    period: numberOf(element, 'Period'),
    month: numberOf(element, 'Month'),
    monthDay: numberOf(element, 'MonthDay'),
    monthItem: numberOf(element, 'MonthItem'),
    monthPosition: numberOf(element, 'MonthPosition'),
    daysOfWeek: numberOf(element, 'DaysOfWeek'),
  };
  // A plain exception is "daily" over its whole range: keep it as one range.
  if (rule.type === RecurrenceType.DAILY && (rule.period ?? 1) <= 1) return [{ from, to, ...base }];
  const dates = expandRecurrence(rule);
  report.add(
    'Calendar/Exceptions/Exception',
    element,
    `recurring exception kept as its ${dates.length} dates; the rule is not kept, so a longer period in MS Project adds no more dates here`,
    `${subject.replace(/^calendar /, '')}${name ? `: ${name}` : ''}`,
  );
  return dates.map((date) => ({ from: date, to: date, ...base }));
}

export function requiredText(element: XmlElement, name: string): string {
  const value = textOf(element, name);
  if (value === undefined) throw new MspdiError(`<${element.name}> has no <${name}>`, element.name, element.line);
  return value;
}
