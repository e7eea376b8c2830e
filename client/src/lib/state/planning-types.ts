/**
 * Named result shapes of the planning operations (Gantt, resources, earned value), taken from the
 * documents' generated types (`npm run codegen`). Schedule dates are local wall-clock strings
 * `YYYY-MM-DDTHH:MM`; LocalDate is `YYYY-MM-DD`; money is in the project currency.
 */
import type * as G from '@trellis/schema/types';
import type * as D from '$lib/graphql/generated/graphql';

export type ResourceType = G.ResourceType;
export type UsagePeriodKind = G.UsagePeriod;

/** The heading every planning page shows. */
export type PlanningProject = D.PlanProjectFieldsFragment;

/** A task as the planning pages list it. */
export type PlanTask = D.PlanTaskFieldsFragment;

export type PlanLink = D.GanttPlanQuery['project']['dependencies']['nodes'][number];

export type ScheduledTask = D.ScheduledTaskFieldsFragment;
export type Schedule = D.ScheduleFieldsFragment;
export type ScheduleWarning = Schedule['warnings'][number];

/** scheduleUpdated: `changeNumbers` of the writes it follows from, `actorIds` who made them (people only). */
export type ScheduleUpdate = D.OnScheduleUpdatedSubscription['scheduleUpdated'];

export type Baseline = D.BaselineTasksQuery['project']['baselines'][number];
export type BaselineSummary = D.PlanBaselinesQuery['project']['baselines'][number];
export type BaselineTask = Baseline['tasks'][number];

export type WorkCalendar = D.GanttPlanQuery['project']['calendars'][number];
export type WorkingTime = WorkCalendar['workWeek'][number]['times'][number];

/** A resource; from each rate's `effectiveFrom` on, its rates replace the base rates. */
export type Resource = D.ResourceFieldsFragment;

export type Assignment = D.ResourcesPlanQuery['project']['assignments'][number];
export type ResourceUsage = D.ResourcesPlanQuery['project']['resourceUsage'][number];
export type LevelingPreview = D.LevelingPreviewQuery['project']['levelingPreview'];

export type EvRow = D.EvRowFieldsFragment;
export type EarnedValue = D.EarnedValueQuery['project']['earnedValue'];
export type EvPoint = EarnedValue['series'][number];
export type CostEntry = D.EarnedValueQuery['project']['costEntries'][number];
