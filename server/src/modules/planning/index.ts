import type { DataSource } from 'typeorm';
import type { Hub as SubscriptionHub } from '../../topics.js';
import type { Logger } from '../../common/logger.js';
import { BaselineService } from './baseline.service.js';
import { CalendarService } from './calendar.service.js';
import { CostService } from './cost.service.js';
import { ExchangeService, type StructureWriter } from './exchange.service.js';
import { LevelingService } from './leveling.service.js';
import { BaselineResolver, PlanningProjectResolver, PlanningTaskResolver, ResourceResolver, PlanningResolver, WorkCalendarResolver } from './planning.resolver.js';
import { ResourceService } from './resource.service.js';
import { ScheduleService } from './schedule.service.js';

export interface PlanningServices {
  schedules: ScheduleService;
  calendars: CalendarService;
  resources: ResourceService;
  baselines: BaselineService;
  costs: CostService;
  leveling: LevelingService;
  exchange: ExchangeService;
}

/** The planning services; `structure` creates imported tasks through the WBS document. */
export function createPlanningServices(ds: DataSource, structure: StructureWriter, logger?: Logger): PlanningServices {
  const schedules = new ScheduleService(ds, { logger });
  return {
    schedules,
    calendars: new CalendarService(ds),
    resources: new ResourceService(ds, schedules),
    baselines: new BaselineService(ds, schedules),
    costs: new CostService(ds, schedules),
    leveling: new LevelingService(ds, schedules),
    exchange: new ExchangeService(ds, schedules, structure),
  };
}

/** Resolver classes and their instances, for the schema's container; connects live schedules to the hub. */
export function planningResolvers(p: PlanningServices, hub: SubscriptionHub): [Function, unknown][] {
  p.schedules.connect(hub);
  const args = [p.schedules, p.calendars, p.resources, p.baselines, p.costs, p.leveling, p.exchange] as const;
  return [
    [PlanningProjectResolver, new PlanningProjectResolver(...args)],
    [PlanningResolver, new PlanningResolver(...args)],
    [PlanningTaskResolver, new PlanningTaskResolver(p.schedules)],
    [WorkCalendarResolver, new WorkCalendarResolver(p.calendars)],
    [ResourceResolver, new ResourceResolver(p.resources)],
    [BaselineResolver, new BaselineResolver(p.baselines)],
  ];
}
