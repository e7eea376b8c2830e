/**
 * The activity module: the append-only history every other module writes (`recordActivity`) and
 * its reading side. It sits just above users, so every module may use it.
 */
import { defineModule } from '../../module.js';
import { Activity } from './activity.entity.js';
import { ActivityResolver } from './activity.resolver.js';
import { ActivityService } from './activity.service.js';

export { burstKey, describeActivity, describeBurst, referencedIds, sentenceText } from './activity.describe.js';
export type { Line, Names, Part, Sentence, Value } from './activity.describe.js';
export { ActivityPart, ActivityPartKind, activityParts } from './activity.parts.js';
export { Activity, ActivityAction } from './activity.entity.js';
export { fieldChanges, recordActivity } from './activity.log.js';
export type { Change } from './activity.log.js';
export { ActivityConnection } from './activity.payloads.js';
export { ActivityService } from './activity.service.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    ACTIVITY_ADDED: [projectId: string, payload: Activity];
  }
}

export const activityModule = defineModule({
  name: 'activity',
  entities: [Activity],
  create: ({ ds }, _needs: Record<never, never>) => {
    const activity = new ActivityService(ds);
    return { services: { activity }, resolvers: [[ActivityResolver, new ActivityResolver()]] };
  },
});
