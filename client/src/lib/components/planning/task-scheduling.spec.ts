import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '$lib/graphql';
import { checkScheduling, constraintDateFor, formatDays, formatWallClock, isWallClock, readableWarning, schedulingField, toDraft, type TaskScheduling } from './task-scheduling';

const task: TaskScheduling = {
  id: 't',
  version: 3,
  constraintType: 'ASAP',
  constraintDate: null,
  deadline: null,
  actualStart: null,
  actualFinish: null,
  calendarId: null,
  scheduled: { start: '2026-12-01T08:00', finish: '2026-12-04T17:00', totalFloatDays: 2, freeFloatDays: 0, critical: false, levelingDelayDays: 0 },
};
const base = toDraft(task);

describe('task scheduling form', () => {
  it('sends only what changed, and null to clear', () => {
    expect(checkScheduling(base, base)).toEqual({ errors: {}, input: {} });
    expect(checkScheduling({ ...base, deadline: '2026-12-10T17:00' }, base).input).toEqual({ deadline: '2026-12-10T17:00' });
    const withDeadline = toDraft({ ...task, deadline: '2026-12-10T17:00', calendarId: 'c1' });
    expect(checkScheduling({ ...withDeadline, deadline: '', calendarId: '' }, withDeadline).input).toEqual({ deadline: null, calendarId: null });
  });

  it('sends a constraint with its date, and drops the date for ASAP and ALAP', () => {
    expect(checkScheduling({ ...base, constraintType: 'MSO', constraintDate: '2026-12-07T08:00' }, base).input).toEqual({ constraintType: 'MSO', constraintDate: '2026-12-07T08:00' });
    const mso = toDraft({ ...task, constraintType: 'MSO', constraintDate: '2026-12-07T08:00' });
    expect(checkScheduling({ ...mso, constraintType: 'ALAP' }, mso).input).toEqual({ constraintType: 'ALAP', constraintDate: null });
    expect(checkScheduling({ ...mso, constraintDate: '2026-12-08T08:00' }, mso).input).toEqual({ constraintType: 'MSO', constraintDate: '2026-12-08T08:00' });
  });

  it('asks for what the server would refuse, naming the field', () => {
    expect(checkScheduling({ ...base, constraintType: 'SNET' }, base).errors).toEqual({ constraintDate: 'This constraint needs a date and time' });
    expect(checkScheduling({ ...base, constraintType: 'SNET', constraintDate: '2026-02-30T08:00' }, base).errors.constraintDate).toBe('Not a valid date and time');
    expect(checkScheduling({ ...base, actualFinish: '2026-12-03T17:00' }, base).errors).toEqual({ actualStart: 'A finished task needs its actual start too' });
    expect(checkScheduling({ ...base, actualStart: '2026-12-03T08:00', actualFinish: '2026-12-02T17:00' }, base).errors).toEqual({
      actualFinish: 'The actual finish must not be before the actual start',
    });
    expect(checkScheduling({ ...base, deadline: '2026-12-10T25:00' }, base).input).toBeNull();
  });

  it('starts a new constraint from the scheduled start or finish, as MS Project does', () => {
    expect(constraintDateFor('SNET', task.scheduled)).toBe('2026-12-01T08:00');
    expect(constraintDateFor('MSO', task.scheduled)).toBe('2026-12-01T08:00');
    expect(constraintDateFor('FNLT', task.scheduled)).toBe('2026-12-04T17:00');
    expect(constraintDateFor('MFO', task.scheduled)).toBe('2026-12-04T17:00');
    expect(constraintDateFor('ALAP', task.scheduled)).toBe('');
    expect(constraintDateFor('SNET', null)).toBe('');
  });

  it('reads wall-clock times and API fields', () => {
    expect(isWallClock('2026-12-01T08:00')).toBe(true);
    expect(isWallClock('2026-12-01T24:00')).toBe(true);
    expect(isWallClock('2026-12-01T24:30')).toBe(false);
    expect(isWallClock('2026-12-01')).toBe(false);
    const shown = formatWallClock('2026-12-01T08:00');
    for (const part of [/^Tue/, /\bDec\b/, /\b1\b/, /2026, 08:00$/]) expect(shown).toMatch(part);
    expect(formatWallClock(null)).toBe('—');
    expect(formatDays(2.5)).toBe('2.5 days');
    expect(formatDays(1 / 3)).toBe('0.33 days');
    expect(formatDays(1)).toBe('1 day');
    const apiError = (field: string) => new GraphQLRequestError('refused', 'BAD_USER_INPUT', field);
    expect(schedulingField(apiError('input.constraintDate'))).toBe('constraintDate');
    expect(schedulingField(apiError('input.version'))).toBeNull();
    const message = readableWarning('Finishes 2026-12-11T17:00, after its deadline 2026-12-10T17:00');
    expect(message).toBe(`Finishes ${formatWallClock('2026-12-11T17:00')}, after its deadline ${formatWallClock('2026-12-10T17:00')}`);
    expect(message).not.toMatch(/T17:00/);
  });
});
