import { SubscriptionHub } from './common/hub.js';
import type { ActivityTopics } from './modules/activity/index.js';
import type { BoardTopics } from './modules/board/index.js';
import type { CollabTopics } from './modules/collab/index.js';
import type { PlanningTopics } from './modules/planning/index.js';
import type { ProjectTopics } from './modules/project/index.js';
import type { TaskTopics } from './modules/task/index.js';
import type { UserTopics } from './modules/user/index.js';

export type { TaskEventPayload } from './modules/task/index.js';

/**
 * The subscription topics of this server, with what each carries: every module's own (its index
 * exports them); the hub itself is generic.
 */
export type Topics = UserTopics & ActivityTopics & ProjectTopics & TaskTopics & PlanningTopics & CollabTopics & BoardTopics;
export type Topic = keyof Topics;
export type Hub = SubscriptionHub<Topics>;
export const createHub = (): Hub => new SubscriptionHub<Topics>();
