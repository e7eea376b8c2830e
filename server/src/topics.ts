import { SubscriptionHub } from './common/hub.js';
import type { Activity } from './modules/activity/activity.entity.js';
import type { Board } from './modules/board/board.types.js';
import type { PlanChange, ScheduleUpdate } from './modules/planning/planning.types.js';
import type { Project } from './modules/project/project.entity.js';
import type { Outline } from './modules/task/outline.types.js';
import type { Task } from './modules/task/task.entity.js';

export interface TaskEventPayload {
  action: 'CREATED' | 'UPDATED' | 'DELETED';
  task: Task;
  changeNumber: number | null;
  actorId: string | null;
}

/** The subscription topics of this server, with what each carries (the hub itself is generic). */
export type Topics = {
  TASK_UPDATED: [projectId: string, payload: TaskEventPayload];
  PROJECT_UPDATED: [projectId: string, payload: Project];
  ACTIVITY_ADDED: [projectId: string, payload: Activity];
  BOARD_UPDATED: [projectId: string, payload: Board];
  OUTLINE_CHANGED: [projectId: string, payload: Outline];
  SCHEDULE_UPDATED: [projectId: string, payload: ScheduleUpdate];
  PLAN_CHANGED: [projectId: string, payload: PlanChange];
};
export type Topic = keyof Topics;
export type Hub = SubscriptionHub<Topics>;
export const createHub = (): Hub => new SubscriptionHub<Topics>();
