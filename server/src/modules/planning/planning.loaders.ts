import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { batchOptions, groupBy } from '../../common/batch.js';
import type { Actor } from '../../common/actor.js';
import { BaselineTask } from './baseline.entity.js';
import { CalendarException, ProjectPlan } from './calendar.entity.js';
import type { CalendarUsage } from './planning.types.js';
import { ResourceRate } from './resource.entity.js';

/** The planning relations' per-request loaders; the planning module adds them to `ctx.loaders`. */
export function createPlanningLoaders(ds: DataSource) {
  return {
    exceptions: new DataLoader<string, CalendarException[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(CalendarException).find({ where: { calendarId: In([...ids]) }, order: { from: 'ASC' } }), (e) => e.calendarId), batchOptions),
    rates: new DataLoader<string, ResourceRate[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(ResourceRate).find({ where: { resourceId: In([...ids]) }, order: { effectiveFrom: 'ASC' } }), (r) => r.resourceId), batchOptions),
    baselineTasks: new DataLoader<string, BaselineTask[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(BaselineTask).find({ where: { baselineId: In([...ids]) } }), (t) => t.baselineId), batchOptions),
    /** Counted within the calendar's project, whose rows the project indexes reach. */
    calendarUsage: new DataLoader<string, CalendarUsage>(async (ids) => {
      const rows: { id: string; tasks: number; resources: number; calendars: number }[] = await ds.query(
        `SELECT c.id,
           (SELECT count(*)::int FROM tasks t WHERE t.project_id = c.project_id AND t.calendar_id = c.id AND t.archived_at IS NULL) AS tasks,
           (SELECT count(*)::int FROM resources r WHERE r.project_id = c.project_id AND r.calendar_id = c.id) AS resources,
           (SELECT count(*)::int FROM work_calendars b WHERE b.project_id = c.project_id AND b.base_calendar_id = c.id) AS calendars
         FROM work_calendars c WHERE c.id = ANY($1::uuid[])`,
        [ids],
      );
      const m = new Map(rows.map((r) => [r.id, { tasks: r.tasks, resources: r.resources, calendars: r.calendars }]));
      return ids.map((id) => m.get(id) ?? { tasks: 0, resources: 0, calendars: 0 });
    }, batchOptions),
    plan: new DataLoader<string, ProjectPlan | null>(async (ids) => {
      const rows = await ds.getRepository(ProjectPlan).findBy({ projectId: In([...ids]) });
      const m = new Map(rows.map((r) => [r.projectId, r]));
      return ids.map((id) => m.get(id) ?? null);
    }, batchOptions),
  };
}
export type PlanningLoaders = ReturnType<typeof createPlanningLoaders>;

/**
 * Per-request loaders for the planning relations, keyed by the actor's per-request scope, so they
 * live exactly as long as the request (never module state that outlives it).
 */
const perRequest = new WeakMap<object, PlanningLoaders>();

export function planningLoaders(actor: Actor, ds: DataSource): PlanningLoaders {
  let l = perRequest.get(actor.lookups.scope);
  if (!l) {
    l = createPlanningLoaders(ds);
    perRequest.set(actor.lookups.scope, l);
  }
  return l;
}
