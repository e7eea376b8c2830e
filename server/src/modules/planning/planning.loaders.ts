import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { BaselineTask } from './baseline.entity.js';
import { CalendarException, ProjectPlan } from './calendar.entity.js';
import type { CalendarUsage } from './planning.types.js';
import { ResourceRate } from './resource.entity.js';

const options = { batchScheduleFn: (run: () => void) => setImmediate(run) };

function groupBy<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const m = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) m.get(key(r))?.push(r);
  return ids.map((id) => m.get(id)!);
}

function create(ds: DataSource) {
  return {
    exceptions: new DataLoader<string, CalendarException[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(CalendarException).find({ where: { calendarId: In([...ids]) }, order: { from: 'ASC' } }), (e) => e.calendarId), options),
    rates: new DataLoader<string, ResourceRate[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(ResourceRate).find({ where: { resourceId: In([...ids]) }, order: { effectiveFrom: 'ASC' } }), (r) => r.resourceId), options),
    baselineTasks: new DataLoader<string, BaselineTask[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(BaselineTask).find({ where: { baselineId: In([...ids]) } }), (t) => t.baselineId), options),
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
    }, options),
    plan: new DataLoader<string, ProjectPlan | null>(async (ids) => {
      const rows = await ds.getRepository(ProjectPlan).findBy({ projectId: In([...ids]) });
      const m = new Map(rows.map((r) => [r.projectId, r]));
      return ids.map((id) => m.get(id) ?? null);
    }, options),
  };
}
export type PlanningLoaders = ReturnType<typeof create>;

/**
 * Per-request loaders for the planning relations, keyed by the actor's per-request scope, so they
 * live exactly as long as the request (never module state that outlives it).
 */
const perRequest = new WeakMap<object, PlanningLoaders>();

export function planningLoaders(actor: Actor, ds: DataSource): PlanningLoaders {
  let l = perRequest.get(actor.lookups.scope);
  if (!l) {
    l = create(ds);
    perRequest.set(actor.lookups.scope, l);
  }
  return l;
}
