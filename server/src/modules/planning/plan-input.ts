import type { CalendarSpec, PlanInput, PlanTask, Weekday } from '../../planning/model.js';
import { outline, resourceCalendarIds, type PlanDocument } from '../../planning/plan-document.js';

/** What the scheduling engine reads from a plan document; tasks in outline order. */
export function planInput(doc: PlanDocument): PlanInput {
  const calendars: CalendarSpec[] = doc.calendars.map((c) => ({
    id: c.id,
    name: c.name,
    baseId: c.baseId ?? null,
    workWeek: Object.fromEntries(Object.entries(c.workWeek).map(([k, v]) => [Number(k) as Weekday, v])) as CalendarSpec['workWeek'],
    hoursPerDay: c.hoursPerDay,
    exceptions: c.exceptions,
  }));
  // Work is scheduled when its resources work, as MS Project does (resources without a calendar follow the task's).
  const onResourceCalendars = resourceCalendarIds(doc);
  const tasks: PlanTask[] = outline(doc.tasks).map(({ task: t }) => planTask(t, onResourceCalendars.get(t.id) ?? null));
  return {
    start: doc.project.start,
    statusDate: doc.project.statusDate ?? null,
    calendars,
    calendarId: doc.project.calendarId ?? null,
    tasks,
    links: doc.links,
  };
}

/** What the engine reads of one task of a plan document, given the calendars its resources work on. */
export function planTask(t: PlanDocument['tasks'][number], resourceCalendarIds: string[] | null): PlanTask {
  return {
    id: t.id,
    name: t.name,
    parentId: t.parentId ?? null,
    kind: t.kind,
    durationDays: t.durationDays,
    calendarId: t.calendarId ?? null,
    constraint: t.constraint ?? null,
    deadline: t.deadline ?? null,
    actualStart: t.actualStart ?? null,
    actualFinish: t.actualFinish ?? null,
    percentComplete: t.percentComplete ?? 0,
    levelingDelayDays: t.levelingDelayDays ?? 0,
    resourceCalendarIds,
  };
}
