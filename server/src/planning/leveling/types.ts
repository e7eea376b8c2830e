import type { PlanInput, ScheduleResult } from '../model.js';

export interface LevelingResource {
  id: string;
  name?: string;
  /** Units available at once: 1 = one person full time (100 %). */
  maxUnits: number;
  /** The resource's own calendar: it has no capacity on the days this calendar does not work. */
  calendarId?: string | null;
  /** Materials are consumed, not booked over time, so leveling ignores them. Default WORK. */
  type?: 'WORK' | 'MATERIAL';
}

export interface LevelingAssignment {
  taskId: string;
  resourceId: string;
  /** Share of the resource the task takes while it runs: 1 = 100 %. */
  units: number;
}

export type LevelingInput = PlanInput & {
  resources: LevelingResource[];
  assignments: LevelingAssignment[];
  /** Search budget in generated schedules (default 5,000). */
  maxSchedules?: number;
  /** Seed of the search: the same plan and seed always give the same delays (default 1). */
  seed?: number;
};

export interface TaskLevelingDelay {
  taskId: string;
  /** Working days added after the task's links are satisfied (PlanTask.levelingDelayDays). */
  levelingDelayDays: number;
}

export interface Overallocation {
  resourceId: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** Units booked that day (1 = one full day of one person). */
  load: number;
  capacity: number;
}

export interface LevelingResult {
  /** One entry per leaf task, in input order; 0 for the tasks leveling leaves where they are. */
  delays: TaskLevelingDelay[];
  /** computeSchedule with the delays applied. */
  schedule: ScheduleResult;
  /** Project finish without any leveling delay, and with the delays. */
  finishBefore: string;
  finishAfter: string;
  /** Days on which a work resource is still booked beyond its capacity in `schedule`. */
  overallocationsRemaining: Overallocation[];
}
