/**
 * The planning module: calendars, resources, baselines, costs, leveling, import/export and the
 * live schedule (the pure engine is server/src/planning/). Other modules import it only from here.
 */
import { systemClock, type Clock } from '../../common/clock.js';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger.js';
import { defineModule } from '../../module.js';

import type { Hub as SubscriptionHub } from '../../topics.js';
import { Baseline, BaselineTask } from './baseline.entity.js';
import { BaselineService } from './baseline.service.js';
import { CalendarException, ProjectPlan, WorkCalendar } from './calendar.entity.js';
import { CalendarService } from './calendar.service.js';
import { CostEntry } from './cost-entry.entity.js';
import { CostService } from './cost.service.js';
import { ExchangeService, type StructureWriter } from './exchange.service.js';
import { LevelingService } from './leveling.service.js';
import { createPlanningLoaders, type PlanningLoaders } from './planning.loaders.js';
import { BaselineResolver, PlanningProjectResolver, PlanningTaskResolver, ResourceResolver, PlanningResolver, WorkCalendarResolver } from './planning.resolver.js';
import type { PlanChange, ScheduleUpdate } from './planning.types.js';
import { Assignment, Resource, ResourceRate } from './resource.entity.js';
import { ResourceService } from './resource.service.js';
import { ScheduleService } from './schedule.service.js';

export { planAsOf, progressAsOf, progressPlanAsOf, costEntriesAsOf, recordedProgress, instantDate, RecordedHistory } from './history.js';
export { Baseline, BaselineTask } from './baseline.entity.js';
export { CalendarException, ProjectPlan, WorkCalendar } from './calendar.entity.js';
export { CostEntry } from './cost-entry.entity.js';
export type { StructureWriter } from './exchange.service.js';
export { baselineSnapshot } from './engine.js';
export { lineOfPath } from './json-locate.js';
export { loadBaseline, loadPlan } from './plan-loader.js';
export { planInput } from './plan-input.js';
export { ExportFormat, ImportFormat, PlanPart, ResourceType, UsagePeriod } from './planning.enums.js';
export { PlanChange, ScheduledTask, ScheduleUpdate } from './planning.types.js';
export { toSchedule, type PastPlan } from './schedule.service.js';
export type { PastMarks } from './past-day.js';
export type { ScheduleForecast } from './schedule.service.js';
export type { LoadedPlan } from './plan-loader.js';
export { Assignment, Resource, ResourceRate } from './resource.entity.js';
export { ScheduleService } from './schedule.service.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    SCHEDULE_UPDATED: [projectId: string, payload: ScheduleUpdate];
    PLAN_CHANGED: [projectId: string, payload: PlanChange];
  }
}
declare module '../../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders, added to ctx.loaders
  interface RequestLoaders extends PlanningLoaders {}
}

export interface PlanningServices {
  schedules: ScheduleService;
  calendars: CalendarService;
  resources: ResourceService;
  baselines: BaselineService;
  costs: CostService;
  leveling: LevelingService;
  exchange: ExchangeService;
}

/**
 * The planning services; `structure` creates imported tasks through the WBS document, and with
 * `hub` the schedule of a watched project is published live.
 */
export function createPlanningServices(ds: DataSource, structure: StructureWriter, opts: { logger?: Logger; hub?: SubscriptionHub; clock?: Clock } = {}): PlanningServices {
  const clock = opts.clock ?? systemClock;
  const schedules = new ScheduleService(ds, { logger: opts.logger, hub: opts.hub, clock });
  return {
    schedules,
    calendars: new CalendarService(ds),
    resources: new ResourceService(ds, schedules),
    baselines: new BaselineService(ds, schedules),
    costs: new CostService(ds, schedules, clock),
    leveling: new LevelingService(ds, schedules),
    exchange: new ExchangeService(ds, schedules, structure),
  };
}

export interface PlanningNeeds {
  /** Creates imported tasks through the WBS document (the collab module's WbsService). */
  structure: StructureWriter;
}

declare module '../../common/actor.js' {
  interface EntityKinds {
    calendar: true;
    calendarException: true;
    resource: true;
    assignment: true;
    baseline: true;
    costEntry: true;
  }
}

export const planningModule = defineModule({
  name: 'planning',
  entities: [WorkCalendar, CalendarException, ProjectPlan, Resource, ResourceRate, Assignment, Baseline, BaselineTask, CostEntry],
  loaders: (ds) => createPlanningLoaders(ds),
  located: {
    calendar: { name: 'Calendar', sql: 'SELECT id, project_id FROM work_calendars WHERE id = ANY($1::uuid[])' },
    calendarException: {
      name: 'Exception',
      sql: 'SELECT e.id, c.project_id FROM calendar_exceptions e JOIN work_calendars c ON c.id = e.calendar_id WHERE e.id = ANY($1::uuid[])',
    },
    resource: { name: 'Resource', sql: 'SELECT id, project_id FROM resources WHERE id = ANY($1::uuid[])' },
    assignment: { name: 'Assignment', sql: 'SELECT id, project_id FROM assignments WHERE id = ANY($1::uuid[])' },
    baseline: { name: 'Baseline', sql: 'SELECT id, project_id FROM baselines WHERE id = ANY($1::uuid[])' },
    costEntry: { name: 'Cost entry', sql: 'SELECT id, project_id FROM cost_entries WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds, logger, hub, clock }, needs: PlanningNeeds) => {
    const p = createPlanningServices(ds, needs.structure, { logger, hub, clock });
    const args = [p.schedules, p.calendars, p.resources, p.baselines, p.costs, p.leveling, p.exchange] as const;
    return {
      services: { planning: p },
      resolvers: [
        [PlanningProjectResolver, new PlanningProjectResolver(...args)],
        [PlanningResolver, new PlanningResolver(...args)],
        [PlanningTaskResolver, new PlanningTaskResolver(p.schedules)],
        [WorkCalendarResolver, new WorkCalendarResolver(p.calendars)],
        [ResourceResolver, new ResourceResolver(p.resources)],
        [BaselineResolver, new BaselineResolver(p.baselines)],
      ],
      // Committed changes that can move a watched project's schedule.
      onEvent: (e) => p.schedules.onEvent(e),
      close: () => p.schedules.close(),
    };
  },
});
