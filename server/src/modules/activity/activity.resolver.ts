import { Arg, Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Permission } from '../../common/access.js';
import { watch } from '../../common/guard.js';
import { User } from '../user/index.js';
import { Activity } from './activity.entity.js';
import { describeActivity } from './activity.describe.js';

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() a: Activity, @Ctx() ctx: Context) {
    return a.actorId ? ctx.loaders.user.load(a.actorId) : null;
  }

  @FieldResolver(() => String, { description: 'One readable sentence, e.g. "Ana moved ERP-12 Data mapping to In progress"' })
  async summary(@Root() a: Activity, @Ctx() ctx: Context): Promise<string> {
    const v = a.newValue as Record<string, string> | null;
    const taskIds = [a.entityType === 'task' ? a.entityId : null, v?.predecessorId, v?.successorId].filter((x): x is string => !!x);
    const userIds = [a.actorId, ['assigneeId', 'ownerId', 'escalatedToId', 'raisedById'].includes(a.field ?? '') ? (a.newValue as string | null) : null].filter((x): x is string => !!x);
    const statusIds = a.field === 'statusId' ? [a.newValue as string].filter(Boolean) : [];
    const [tasks, users, statuses] = await Promise.all([
      ctx.loaders.task.loadMany(taskIds),
      ctx.loaders.user.loadMany(userIds),
      ctx.loaders.status.loadMany(statusIds),
    ]);
    const project = await ctx.loaders.project.load(a.projectId);
    const find = <T extends { id: string }>(list: (T | Error | null)[], id: string) =>
      list.find((x): x is T => !!x && !(x instanceof Error) && x.id === id);
    return describeActivity(a, {
      task: (id) => {
        const t = find(tasks, id);
        return t ? `${project?.key}-${t.number} ${t.name}` : undefined;
      },
      user: (id) => find(users, id)?.name,
      status: (id) => find(statuses, id)?.name,
    });
  }

  @Subscription(() => Activity, {
    description: 'Every new activity row of the project',
    subscribe: ({ args, context }) => watch(context as Context, 'ACTIVITY_ADDED', args.projectId, Permission.PROJECT_READ),
  })
  activityAdded(@Root() a: Activity, @Arg('projectId', () => UUID) _projectId: string, @Ctx() ctx: Context): Activity {
    ctx.loaders.clear();
    return a;
  }
}
