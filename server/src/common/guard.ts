import { authorize, type Grant, type Permission } from './access.js';
import type { SubscriptionHub, TopicMap } from './hub.js';
import type { ProjectRole, Viewer } from './roles.js';

/** What the access core reads of a request: who asks, and its per-request lookups. */
export interface AccessContext {
  viewer: Viewer;
  loaders: {
    membership: { load(projectId: string): Promise<{ role: ProjectRole; archived: boolean } | null> };
    archived: { load(projectId: string): Promise<boolean | null> };
  };
}

/** The access helper every resolver, service and subscription goes through. */
export function can(ctx: AccessContext, projectId: string, permission: Permission): Promise<Grant> {
  return authorize(
    ctx.viewer,
    projectId,
    permission,
    (id) => ctx.loaders.membership.load(id),
    (id) => ctx.loaders.archived.load(id),
  );
}

/** Subscribes to a project's topic after the same access check a query gets. */
export async function watch<M extends TopicMap, T extends keyof M & string>(ctx: AccessContext & { hub: SubscriptionHub<M> }, topic: T, projectId: string, permission: Permission) {
  await can(ctx, projectId, permission);
  return ctx.hub.subscribe(topic, projectId, ctx.viewer.kind === 'user' ? ctx.viewer.userId : undefined);
}
