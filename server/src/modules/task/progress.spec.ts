import { describe, expect, it } from 'vitest';
import { REOPENED_PERCENT, reconcileProgress, type Progress } from './progress.js';
import { StatusCategory } from './task.enums.js';

const statuses = [
  { id: 'backlog', category: StatusCategory.BACKLOG },
  { id: 'todo', category: StatusCategory.UNSTARTED },
  { id: 'doing', category: StatusCategory.STARTED },
  { id: 'review', category: StatusCategory.STARTED },
  { id: 'done', category: StatusCategory.COMPLETED },
  { id: 'dropped', category: StatusCategory.CANCELLED },
];
const scheduled = { start: '2027-01-11T08:00', finish: '2027-01-13T17:00' };
const fresh: Progress = { statusId: 'todo', percentComplete: 0, actualStart: null, actualFinish: null };
const finished: Progress = { statusId: 'done', percentComplete: 100, actualStart: '2027-01-11T08:00', actualFinish: '2027-01-13T17:00' };

const run = (before: Progress, change: Partial<Progress>, sent: Parameters<typeof reconcileProgress>[0]['sent'], actualWork = false) =>
  reconcileProgress({ before, requested: { ...before, ...change }, sent, statuses, scheduled, actualWork });

describe('reconcileProgress', () => {
  it('Done sets 100 % and actual dates as scheduled', () => {
    expect(run(fresh, { statusId: 'done' }, { status: true })).toEqual(finished);
  });
  it('Done keeps an actual start already recorded', () => {
    const r = run({ ...fresh, statusId: 'doing', percentComplete: 40, actualStart: '2027-01-08T08:00' }, { statusId: 'done' }, { status: true });
    expect(r).toMatchObject({ percentComplete: 100, actualStart: '2027-01-08T08:00', actualFinish: '2027-01-13T17:00' });
  });
  it('To do with no work booked resets to 0 % and clears actual dates; with work booked it keeps the start', () => {
    expect(run(finished, { statusId: 'todo' }, { status: true })).toEqual(fresh);
    expect(run(finished, { statusId: 'todo' }, { status: true }, true)).toEqual({ statusId: 'todo', percentComplete: REOPENED_PERCENT, actualStart: '2027-01-11T08:00', actualFinish: null });
  });
  it('reopening a finished task keeps its start and drops its finish', () => {
    expect(run(finished, { statusId: 'review' }, { status: true })).toEqual({ statusId: 'review', percentComplete: REOPENED_PERCENT, actualStart: '2027-01-11T08:00', actualFinish: null });
  });
  it('moving between two started statuses changes nothing else', () => {
    const doing = { ...fresh, statusId: 'doing', percentComplete: 30 };
    expect(run(doing, { statusId: 'review' }, { status: true })).toEqual({ ...doing, statusId: 'review' });
  });
  it('a percent moves the status: some work starts it, 100 finishes it, 0 with no work resets it', () => {
    expect(run(fresh, { percentComplete: 25 }, { percent: true })).toEqual({ ...fresh, statusId: 'doing', percentComplete: 25 });
    expect(run(fresh, { percentComplete: 100 }, { percent: true })).toEqual(finished);
    expect(run(finished, { percentComplete: 80 }, { percent: true })).toEqual({ statusId: 'doing', percentComplete: 80, actualStart: '2027-01-11T08:00', actualFinish: null });
    expect(run({ ...fresh, statusId: 'doing', percentComplete: 30, actualStart: '2027-01-11T08:00' }, { percentComplete: 0 }, { percent: true })).toEqual(fresh);
  });
  it('an actual finish finishes the task; an actual start starts it', () => {
    expect(run(fresh, { actualStart: '2027-01-11T08:00', actualFinish: '2027-01-12T12:00' }, { actualStart: true, actualFinish: true })).toEqual({
      statusId: 'done',
      percentComplete: 100,
      actualStart: '2027-01-11T08:00',
      actualFinish: '2027-01-12T12:00',
    });
    expect(run(fresh, { actualStart: '2027-01-11T08:00' }, { actualStart: true })).toEqual({ ...fresh, statusId: 'doing', actualStart: '2027-01-11T08:00' });
  });
  it('a cancelled task keeps what it had', () => {
    const doing = { ...fresh, statusId: 'doing', percentComplete: 30 };
    expect(run(doing, { statusId: 'dropped' }, { status: true })).toEqual({ ...doing, statusId: 'dropped' });
  });
  it('without a schedule (a plan that cannot be scheduled), Done still sets 100 % and leaves the dates to be entered', () => {
    const r = reconcileProgress({ before: fresh, requested: { ...fresh, statusId: 'done' }, sent: { status: true }, statuses, scheduled: null, actualWork: false });
    expect(r).toEqual({ ...fresh, statusId: 'done', percentComplete: 100 });
  });
});
