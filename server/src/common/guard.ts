import type { Context } from '../context.js';
import { authorize, type Grant, type Permission } from './access.js';
import type { Topic } from './hub.js';

/** The access helper every resolver, service and subscription goes through. */
export function can(ctx: Pick<Context, 'viewer' | 'loaders'>, projectId: string, permission: Permission): Promise<Grant> {
  return authorize(
    ctx.viewer,
    projectId,
    permission,
    (id) => ctx.loaders.membership.load(id),
    (id) => ctx.loaders.archived.load(id),
  );
}

/** Subscribes to a project's topic after the same access check a query gets. */
export async function watch<T extends Topic>(ctx: Context, topic: T, projectId: string, permission: Permission) {
  await can(ctx, projectId, permission);
  return ctx.hub.subscribe(topic, projectId, ctx.viewer.kind === 'user' ? ctx.viewer.userId : undefined);
}
