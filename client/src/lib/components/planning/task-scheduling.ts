/**
 * The scheduling fields of one task as the task drawer edits them: its constraint, deadline,
 * actual dates and calendar. Dates are local wall-clock times 'YYYY-MM-DDTHH:MM', as the API and
 * a datetime-local input both write them.
 */
import type { ConstraintType, TaskScheduleUpdateInput } from '@trellis/schema/types';
import type { GraphQLRequestError } from '$lib/graphql';
import { formatDateWeekday } from '$lib/format';

export interface ScheduledRow {
  start: string;
  finish: string;
  totalFloatDays: number;
  freeFloatDays: number;
  critical: boolean;
  levelingDelayDays: number;
}

export interface TaskScheduling {
  id: string;
  version: number;
  constraintType: ConstraintType;
  constraintDate: string | null;
  deadline: string | null;
  actualStart: string | null;
  actualFinish: string | null;
  calendarId: string | null;
  scheduled: ScheduledRow | null;
}

export type SchedulingDraft = {
  constraintType: ConstraintType;
  constraintDate: string;
  deadline: string;
  actualStart: string;
  actualFinish: string;
  /** '' = the project calendar. */
  calendarId: string;
};

export type SchedulingField = keyof SchedulingDraft;
export type SchedulingErrors = Partial<Record<SchedulingField, string>>;

export const CONSTRAINTS: { value: ConstraintType; label: string }[] = [
  { value: 'ASAP', label: 'As soon as possible' },
  { value: 'ALAP', label: 'As late as possible' },
  { value: 'SNET', label: 'Start no earlier than' },
  { value: 'SNLT', label: 'Start no later than' },
  { value: 'FNET', label: 'Finish no earlier than' },
  { value: 'FNLT', label: 'Finish no later than' },
  { value: 'MSO', label: 'Must start on' },
  { value: 'MFO', label: 'Must finish on' },
];

/** Every constraint but ASAP and ALAP is tied to a date. */
export const needsDate = (t: ConstraintType): boolean => t !== 'ASAP' && t !== 'ALAP';

/** Constraints on the finish (the others are on the start). */
const onFinish = (t: ConstraintType): boolean => t === 'FNET' || t === 'FNLT' || t === 'MFO';

export function toDraft(t: TaskScheduling): SchedulingDraft {
  return {
    constraintType: t.constraintType,
    constraintDate: t.constraintDate ?? '',
    deadline: t.deadline ?? '',
    actualStart: t.actualStart ?? '',
    actualFinish: t.actualFinish ?? '',
    calendarId: t.calendarId ?? '',
  };
}

/**
 * The date a newly chosen constraint starts from, as MS Project fills it in: the task's scheduled
 * start for a start constraint, its finish for a finish constraint; '' when it takes no date.
 */
export function constraintDateFor(type: ConstraintType, scheduled: ScheduledRow | null): string {
  if (!needsDate(type) || !scheduled) return '';
  return onFinish(type) ? scheduled.finish : scheduled.start;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** An existing moment 'YYYY-MM-DDTHH:MM' (hours 00-23, or 24:00). */
export function isWallClock(s: string): boolean {
  const m = WALL_CLOCK.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  const dayOk = day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  return dayOk && mi < 60 && (h < 24 || (h === 24 && mi === 0));
}

/**
 * Checks a draft against what it started from; `input` holds only the fields that changed (null
 * clears one), or is null when there is something to complain about.
 */
export function checkScheduling(
  draft: SchedulingDraft,
  base: SchedulingDraft,
): { errors: SchedulingErrors; input: Omit<TaskScheduleUpdateInput, 'id' | 'version'> | null } {
  const errors: SchedulingErrors = {};
  const dated = needsDate(draft.constraintType);
  if (dated && !draft.constraintDate) errors.constraintDate = 'This constraint needs a date and time';
  else if (dated && !isWallClock(draft.constraintDate)) errors.constraintDate = 'Not a valid date and time';
  for (const f of ['deadline', 'actualStart', 'actualFinish'] as const) {
    if (draft[f] && !isWallClock(draft[f])) errors[f] = 'Not a valid date and time';
  }
  if (!errors.actualStart && !errors.actualFinish && draft.actualStart && draft.actualFinish && draft.actualFinish < draft.actualStart) {
    errors.actualFinish = 'The actual finish must not be before the actual start';
  }
  if (draft.actualFinish && !draft.actualStart) errors.actualStart = 'A finished task needs its actual start too';
  if (Object.keys(errors).length) return { errors, input: null };

  const input: Omit<TaskScheduleUpdateInput, 'id' | 'version'> = {};
  const constraintDate = dated ? draft.constraintDate : '';
  if (draft.constraintType !== base.constraintType || constraintDate !== (needsDate(base.constraintType) ? base.constraintDate : '')) {
    input.constraintType = draft.constraintType;
    input.constraintDate = constraintDate || null;
  }
  for (const f of ['deadline', 'actualStart', 'actualFinish'] as const) {
    if (draft[f] !== base[f]) input[f] = draft[f] || null;
  }
  if (draft.calendarId !== base.calendarId) input.calendarId = draft.calendarId || null;
  return { errors, input };
}

const FIELDS: SchedulingField[] = ['constraintType', 'constraintDate', 'deadline', 'actualStart', 'actualFinish', 'calendarId'];

/** The draft's field an API error names ('input.constraintDate' → 'constraintDate'), or null. */
export function schedulingField(error: GraphQLRequestError): SchedulingField | null {
  return FIELDS.find((f) => error.fieldMessage(f)) ?? null;
}


/** '2026-12-01T08:00' → 'Tue, 1 Dec 2026, 08:00' (read as a wall clock, whatever the browser's zone). */
export function formatWallClock(s: string | null | undefined): string {
  if (!s) return '—';
  const m = WALL_CLOCK.exec(s);
  if (!m) return s;
  return `${formatDateWeekday(`${m[1]}-${m[2]}-${m[3]}`)}, ${m[4]}:${m[5]}`;
}

/** Working days as shown next to floats and delays: '0 d', '2.5 d'. */
/** Durations and floats are formatted with the rest of the client's numbers. */
export { formatDays } from '$lib/format';

/** Titles of the schedule's warning codes. */
export const WARNING_TITLES: Record<string, string> = {
  DEADLINE_MISSED: 'Missed deadline',
  CONSTRAINT_VIOLATED: 'Constraint not met',
  NEGATIVE_FLOAT: 'Negative float',
};

/** A schedule warning's message with its 'YYYY-MM-DDTHH:MM' times written out for people. */
export function readableWarning(message: string): string {
  return message.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g, (t) => formatWallClock(t));
}
