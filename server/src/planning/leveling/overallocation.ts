import { MINUTES_PER_DAY } from '../dates.js';
import type { ScheduleResult } from '../model.js';
import { CalendarSet, epochMinute, isoDay } from './period-grid.js';
import type { LevelingInput, Overallocation } from './types.js';

/** Loads within this margin of the capacity are rounding noise, not over-allocation. */
const TOLERANCE = 1e-6;

/**
 * Days on which a work resource is booked beyond its capacity in `schedule`.
 *
 * A task's load on a day is its units times the share of a full working day it works that day
 * (in its own calendar), so two half-day tasks of one person on the same day are fine. The
 * capacity is the resource's units on the days its calendar works and 0 on the others.
 */
export function findOverallocations(input: LevelingInput, schedule: ScheduleResult, calendars: CalendarSet): Overallocation[] {
  const scheduled = new Map(schedule.tasks.map((task, i) => [task.id, { task, input: input.tasks[i] }]));
  const projectHours = calendars.projectMinutesPerDay / 60;
  const overallocations: Overallocation[] = [];
  for (const resource of input.resources) {
    if ((resource.type ?? 'WORK') !== 'WORK') continue;
    const load = new Map<number, number>();
    for (const assignment of input.assignments) {
      if (assignment.resourceId !== resource.id) continue;
      const entry = scheduled.get(assignment.taskId);
      if (!entry || entry.task.summary) continue;
      const calendar = calendars.get(entry.input.calendarId);
      const perDay = calendar.minutesPerDay(projectHours);
      const start = epochMinute(entry.task.start);
      const finish = epochMinute(entry.task.finish);
      for (let day = Math.floor(start / MINUTES_PER_DAY); day * MINUTES_PER_DAY < finish; day++) {
        const from = Math.max(start, day * MINUTES_PER_DAY);
        const to = Math.min(finish, (day + 1) * MINUTES_PER_DAY);
        const worked = calendar.offsetAt(to) - calendar.offsetAt(from);
        if (worked > 0) load.set(day, (load.get(day) ?? 0) + (assignment.units * worked) / perDay);
      }
    }
    const resourceCalendar = resource.calendarId ? calendars.get(resource.calendarId) : undefined;
    for (const day of [...load.keys()].sort((a, b) => a - b)) {
      const date = isoDay(day);
      const capacity = resourceCalendar && !resourceCalendar.isWorkingDay(date) ? 0 : resource.maxUnits;
      const booked = load.get(day)!;
      if (booked > capacity + TOLERANCE) {
        overallocations.push({ resourceId: resource.id, date, load: Math.round(booked * 1e6) / 1e6, capacity });
      }
    }
  }
  return overallocations;
}
