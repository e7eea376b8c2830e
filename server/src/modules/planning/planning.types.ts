import { MutationPayload } from '../../common/payload.js';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Assignment, Resource } from './resource.entity.js';
import { Baseline } from './baseline.entity.js';
import { CostEntry } from './cost-entry.entity.js';
import { CalendarException, WorkCalendar } from './calendar.entity.js';
import { PlanPart } from './planning.enums.js';

/** Schedule dates are local wall-clock strings 'YYYY-MM-DDTHH:MM' (no time zone), as MS Project shows them. */
@ObjectType({ description: "A task's computed dates; floats are in working days of the project calendar" })
export class ScheduledTask {
  @Field(() => ID) taskId: string;
  @Field(() => String) start: string;
  @Field(() => String) finish: string;
  @Field(() => String) earlyStart: string;
  @Field(() => String) earlyFinish: string;
  @Field(() => String) lateStart: string;
  @Field(() => String) lateFinish: string;
  @Field(() => Float) durationDays: number;
  @Field(() => Float) totalFloatDays: number;
  @Field(() => Float) freeFloatDays: number;
  @Field(() => Boolean, { description: 'Total float <= 0' }) critical: boolean;
  @Field(() => Boolean) summary: boolean;
  @Field(() => Boolean) milestone: boolean;
  @Field(() => Float, { description: 'Working days added by resource leveling' }) levelingDelayDays: number;
  @Field(() => String, { nullable: true, description: "Its deadline, local 'YYYY-MM-DDTHH:MM'" }) deadline: string | null;
  @Field(() => Boolean, { description: 'Finished: 100 % complete or an actual finish (summaries: every task under them)' }) complete: boolean;
  /** The end of the project's status day ('YYYY-MM-DDTHH:MM'), or null to judge against the current time. */
  statusInstant: string | null;

  @Field(() => Boolean, {
    description:
      'Not complete, and its finish is before the end of the status date (today when the project has none) or after its deadline. Judged when read, so it follows the clock.',
  })
  get late(): boolean {
    return isLate(this, this.statusInstant);
  }
}

/** 'YYYY-MM-DDTHH:MM' of an instant, in UTC (the server knows no project time zone). */
const minuteOf = (d: Date) => d.toISOString().slice(0, 16);

/**
 * The one rule for "late", read by every view (outline, board, header, wall, reports): a task that
 * is not complete and should have finished by the status date (by now when no status date is set),
 * or whose finish is after its deadline.
 */
export function isLate(t: { finish: string; deadline: string | null; complete: boolean }, statusInstant: string | null, now: Date = new Date()): boolean {
  if (t.complete) return false;
  if (t.deadline && t.finish > t.deadline) return true;
  return t.finish < (statusInstant ?? minuteOf(now));
}

@ObjectType({ description: 'Something the schedule cannot honour: a missed deadline, a violated constraint, negative float' })
export class ScheduleWarning {
  @Field(() => ID, { nullable: true }) taskId: string | null;
  @Field(() => String, { description: 'DEADLINE_MISSED, CONSTRAINT_VIOLATED, NEGATIVE_FLOAT, ...' }) code: string;
  @Field(() => String) message: string;
}

@ObjectType({ description: 'The critical path schedule of a project, recomputed whenever something that affects it changes' })
export class Schedule {
  @Field(() => ID) projectId: string;
  @Field(() => String) start: string;
  @Field(() => String) finish: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) statusDate: string | null;
  @Field(() => ID, { nullable: true, description: 'The project calendar (null = the standard calendar)' }) calendarId: string | null;
  @Field(() => [ScheduledTask], { description: 'Live tasks in outline order' }) tasks: ScheduledTask[];
  @Field(() => [ID], { description: 'The longest critical path, first task to last' }) criticalPath: string[];
  @Field(() => [[ID]], { description: 'Every critical path, each from start to finish' }) criticalPaths: string[][];
  @Field(() => [ScheduleWarning]) warnings: ScheduleWarning[];
}

@ObjectType({ description: 'Sent after a change moved the schedule: only the tasks whose dates, float or criticality changed' })
export class ScheduleUpdate {
  @Field(() => ID) projectId: string;
  @Field(() => String) start: string;
  @Field(() => String) finish: string;
  @Field(() => [ScheduledTask]) tasks: ScheduledTask[];
  @Field(() => [ID], { description: 'Tasks no longer in the schedule (deleted)' }) removedTaskIds: string[];
  @Field(() => [ID]) criticalPath: string[];
  @Field(() => [Float], { description: 'Change numbers of the writes this update follows from (their mutations returned them)' }) changeNumbers: number[];
  @Field(() => [ID], { description: 'Who made those changes (people; the system is left out)' }) actorIds: string[];
}

@ObjectType({
  description:
    'Something in the plan changed (links, baselines, calendars, resources, assignments, costs...), whether or not it moved the schedule: pages showing that part fetch it again',
})
export class PlanChange {
  @Field(() => ID) projectId: string;
  @Field(() => PlanPart) part: PlanPart;
}

@ObjectType({ description: 'Current minus baseline: positive days are later or longer, positive cost is over' })
export class VarianceRow {
  @Field(() => ID, { nullable: true, description: 'null for the project row' }) taskId: string | null;
  @Field(() => Float, { nullable: true, description: 'null when the task is not in the baseline' }) startDays: number | null;
  @Field(() => Float, { nullable: true }) finishDays: number | null;
  @Field(() => Float, { nullable: true }) durationDays: number | null;
  @Field(() => Float, { nullable: true }) cost: number | null;
}

@ObjectType()
export class Variance {
  @Field(() => ID) baselineId: string;
  @Field(() => VarianceRow) project: VarianceRow;
  @Field(() => [VarianceRow], { description: 'Summary tasks, rolled up from their sub-tasks' }) branches: VarianceRow[];
  @Field(() => [VarianceRow]) tasks: VarianceRow[];
}

@ObjectType()
export class UsagePeriodRow {
  @Field(() => GraphQLLocalDate, { description: 'First day of the period' }) start: string;
  @Field(() => Float) workHours: number;
  @Field(() => Float, { description: 'Working hours of the resource calendar x max units' }) capacityHours: number;
  @Field(() => Boolean) overallocated: boolean;
  @Field(() => Float) cost: number;
}

@ObjectType({ description: "One resource's work, capacity and cost per period" })
export class ResourceUsage {
  @Field(() => ID) resourceId: string;
  @Field(() => [UsagePeriodRow]) periods: UsagePeriodRow[];
}

@ObjectType()
export class LevelingDelay {
  @Field(() => ID) taskId: string;
  @Field(() => Float) levelingDelayDays: number;
}

@ObjectType({ description: 'What resource leveling would do: delays per task and the finish before and after' })
export class LevelingPreview {
  @Field(() => [LevelingDelay], { description: 'Tasks whose delay differs from zero' }) delays: LevelingDelay[];
  @Field(() => String) finishBefore: string;
  @Field(() => String) finishAfter: string;
  @Field(() => Int, { description: 'Resource-days still over-allocated after leveling' }) overallocationsRemaining: number;
}

@ObjectType({ description: 'Earned value figures; ratios and forecasts are null when undefined (division by zero)' })
export class EvRow {
  @Field(() => ID, { nullable: true, description: 'null for the project row' }) taskId: string | null;
  @Field(() => Float, { description: 'Planned value' }) pv: number;
  @Field(() => Float, { description: 'Earned value' }) ev: number;
  @Field(() => Float, { description: 'Actual cost' }) ac: number;
  @Field(() => Float) sv: number;
  @Field(() => Float) cv: number;
  @Field(() => Float, { nullable: true }) spi: number | null;
  @Field(() => Float, { nullable: true }) cpi: number | null;
  @Field(() => Float, { nullable: true, description: 'BAC / CPI' }) eacCpi: number | null;
  @Field(() => Float, { nullable: true, description: 'AC + (BAC - EV) / (CPI x SPI)' }) eacCpiSpi: number | null;
  @Field(() => Float, { nullable: true, description: 'Estimate to complete (from eacCpi)' }) etc: number | null;
  @Field(() => Float, { nullable: true, description: 'BAC - eacCpi' }) vac: number | null;
  @Field(() => Float, { nullable: true, description: 'To-complete performance index to BAC' }) tcpi: number | null;
  @Field(() => Float, { description: 'Budget at completion' }) bac: number;
}

@ObjectType({ description: 'A point of the S-curve: cumulative values at the end of a period' })
export class EvPoint {
  @Field(() => GraphQLLocalDate) date: string;
  @Field(() => Float) pv: number;
  @Field(() => Float, { nullable: true, description: 'null after the status date' }) ev: number | null;
  @Field(() => Float, { nullable: true, description: 'null after the status date' }) ac: number | null;
}

@ObjectType()
export class EarnedValue {
  @Field(() => GraphQLLocalDate) statusDate: string;
  @Field(() => ID) baselineId: string;
  @Field(() => EvRow) project: EvRow;
  @Field(() => [EvRow], { description: 'Summary tasks, rolled up' }) branches: EvRow[];
  @Field(() => [EvRow]) tasks: EvRow[];
  @Field(() => [EvPoint]) series: EvPoint[];
}

@ObjectType({ description: 'Something in an imported file that Trellis cannot hold, or had to change' })
export class ImportIssue {
  @Field(() => String, { description: 'The element or JSON path, e.g. Task/Hyperlink' }) element: string;
  @Field(() => Int, { nullable: true }) line: number | null;
  @Field(() => String) reason: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => Int, { description: 'Tasks created' }) created: number;
  @Field(() => Int) links: number;
  @Field(() => Int) calendars: number;
  @Field(() => Int) resources: number;
  @Field(() => Int) assignments: number;
  @Field(() => Int) baselines: number;
  @Field(() => Int) costEntries: number;
  @Field(() => [ImportIssue]) unmapped: ImportIssue[];
}

@ObjectType({ description: "The project's planning settings" })
export class PlanSettings {
  @Field(() => ID, { nullable: true, description: 'The project calendar; null = standard (Mon-Fri, 08:00-12:00 and 13:00-17:00)' }) calendarId: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Progress and earned value are measured up to this date' }) statusDate: string | null;
  @Field(() => String, { nullable: true, description: 'The project\'s time zone (IANA name, e.g. "Europe/Berlin"): when its days begin; null = UTC' }) timeZone: string | null;
}

@ObjectType() export class CalendarPayload extends MutationPayload { @Field(() => WorkCalendar) calendar: WorkCalendar; }
@ObjectType() export class CalendarExceptionPayload extends MutationPayload {
  @Field(() => WorkCalendar, { description: 'The calendar after the change, with its new version' }) calendar: WorkCalendar;
  @Field(() => CalendarException, { description: 'The exception added or removed' }) exception: CalendarException;
}

@ObjectType({ description: 'What goes by a calendar: what falls back when it is deleted' })
export class CalendarUsage {
  @Field(() => Int, { description: 'Tasks scheduled on it (they fall back to the project calendar)' }) tasks: number;
  @Field(() => Int, { description: 'Resources working on it (they fall back to the project calendar)' }) resources: number;
  @Field(() => Int, { description: 'Calendars based on it (they fall back to the standard week)' }) calendars: number;
}
@ObjectType() export class ResourcePayload extends MutationPayload { @Field(() => Resource) resource: Resource; }
@ObjectType() export class AssignmentPayload extends MutationPayload { @Field(() => Assignment) assignment: Assignment; }
@ObjectType() export class BaselinePayload extends MutationPayload { @Field(() => Baseline) baseline: Baseline; }
@ObjectType() export class CostEntryPayload extends MutationPayload { @Field(() => CostEntry) costEntry: CostEntry; }
@ObjectType() export class PlanSettingsPayload extends MutationPayload { @Field(() => PlanSettings) plan: PlanSettings; }
@ObjectType() export class LevelingPayload extends MutationPayload { @Field(() => LevelingPreview) leveling: LevelingPreview; }
