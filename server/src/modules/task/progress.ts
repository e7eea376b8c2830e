import { StatusCategory } from './task.enums.js';

/** What a task's progress is made of: its status, percent complete and actual dates. */
export interface Progress {
  statusId: string;
  percentComplete: number;
  actualStart: string | null;
  actualFinish: string | null;
}

export interface ProgressChange {
  before: Progress;
  /** The progress as requested: `before` with the fields the caller sent. */
  requested: Progress;
  /** Which fields the caller sent (a field sent with its old value still counts as sent). */
  sent: { status?: boolean; percent?: boolean; actualStart?: boolean; actualFinish?: boolean };
  /** The project's statuses in board order. */
  statuses: readonly { id: string; category: StatusCategory }[];
  /** The task's dates in the current schedule ('YYYY-MM-DDTHH:MM'), when it can be scheduled. */
  scheduled: { start: string; finish: string } | null;
  /** Hours or costs are booked on the task: it has had actual work. */
  actualWork: boolean;
}

/** A percent that says "not finished" for a task that was finished and is reopened without a figure. */
export const REOPENED_PERCENT = 99;

/**
 * Keeps status, percent complete and actual dates consistent both ways, as MS Project does with
 * percent and actual dates:
 * - Done (a COMPLETED status), 100 % or an actual finish each make the task finished: 100 %, a Done
 *   status, and actual dates where it has none, taken from the schedule as it stands (so a task is
 *   never pulled before its constraint or its actual start by being finished).
 * - Back to an UNSTARTED status or to 0 % with no actual work booked: 0 %, no actual dates.
 * - A finished task reopened (a STARTED status, less than 100 %, its actual finish removed): the
 *   actual finish goes, the actual start stays, and a 100 % becomes {@link REOPENED_PERCENT}.
 * - Work reported on an unstarted task (a percent, an actual start): a STARTED status.
 * This is the one place these rules live; GraphQL mutations of status, percent and actual dates call it.
 */
export function reconcileProgress(c: ProgressChange): Progress {
  const out = { ...c.requested };
  const categoryOf = (id: string) => c.statuses.find((s) => s.id === id)?.category;
  const first = (cat: StatusCategory) => c.statuses.find((s) => s.category === cat)?.id;
  const before = categoryOf(c.before.statusId);
  const category = () => categoryOf(out.statusId);
  const statusChanged = !!c.sent.status && out.statusId !== c.before.statusId && category() !== before;

  const finish = () => {
    out.percentComplete = 100;
    if (category() !== StatusCategory.COMPLETED) out.statusId = first(StatusCategory.COMPLETED) ?? out.statusId;
    if (c.scheduled) {
      out.actualStart ??= c.scheduled.start;
      out.actualFinish ??= c.scheduled.finish < out.actualStart ? out.actualStart : c.scheduled.finish;
    }
  };
  const reset = () => {
    out.actualFinish = null;
    if (c.actualWork) {
      if (out.percentComplete >= 100) out.percentComplete = REOPENED_PERCENT;
      return;
    }
    out.percentComplete = 0;
    out.actualStart = null;
  };
  const reopen = (status: boolean) => {
    out.actualFinish = null;
    if (out.percentComplete >= 100) out.percentComplete = REOPENED_PERCENT;
    if (status && category() !== StatusCategory.STARTED) out.statusId = first(StatusCategory.STARTED) ?? out.statusId;
  };

  if (statusChanged) {
    switch (category()) {
      case StatusCategory.COMPLETED:
        if (!c.sent.actualFinish || out.actualFinish) finish();
        break;
      case StatusCategory.UNSTARTED:
        reset();
        break;
      case StatusCategory.STARTED:
        if (before === StatusCategory.COMPLETED || out.percentComplete >= 100) reopen(false);
        break;
      default:
        break;
    }
    return out;
  }
  if (c.sent.percent && out.percentComplete !== c.before.percentComplete) {
    if (out.percentComplete >= 100) finish();
    else if (out.percentComplete === 0 && !c.actualWork && category() !== StatusCategory.CANCELLED) {
      reset();
      if (category() !== StatusCategory.UNSTARTED) out.statusId = first(StatusCategory.UNSTARTED) ?? out.statusId;
    } else if (category() === StatusCategory.COMPLETED) reopen(true);
    else if (category() === StatusCategory.UNSTARTED) out.statusId = first(StatusCategory.STARTED) ?? out.statusId;
    return out;
  }
  if (c.sent.actualFinish && out.actualFinish !== c.before.actualFinish) {
    if (out.actualFinish) finish();
    else if (category() === StatusCategory.COMPLETED || out.percentComplete >= 100) reopen(true);
    return out;
  }
  if (c.sent.actualStart && out.actualStart && !c.before.actualStart && category() === StatusCategory.UNSTARTED) {
    out.statusId = first(StatusCategory.STARTED) ?? out.statusId;
  }
  return out;
}
