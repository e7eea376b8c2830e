import type { Context } from '../context.js';
import { authorize, type Grant, type Permission } from './access.js';

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
