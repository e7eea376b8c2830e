import { authorize, authorizeEntity, type Grant, type Permission } from './access.js';
import type { Actor } from './actor.js';
import type { SubscriptionHub, TopicMap } from './hub.js';

export { authorizeEntity };

/** The access check by project every resolver, service and subscription goes through. */
export function can(actor: Actor, projectId: string, permission: Permission): Promise<Grant> {
  return authorize(actor, projectId, permission);
}

/** Subscribes to a project's topic after the same access check a query gets. */
export async function watch<M extends TopicMap, T extends keyof M & string>(
  ctx: { actor: Actor; hub: SubscriptionHub<M> },
  topic: T,
  projectId: string,
  permission: Permission,
) {
  await can(ctx.actor, projectId, permission);
  return ctx.hub.subscribe(topic, projectId, ctx.actor.kind === 'user' ? ctx.actor.userId : undefined);
}
