import { Arg, Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Permission } from '../../common/access.js';
import { watch } from '../../common/guard.js';
import { User } from '../user/index.js';
import { Activity } from './activity.entity.js';
import { burstKey, describeActivity, describeBurst, referencedIds, sentenceText, type Names } from './activity.describe.js';
import { ActivityPart, activityParts } from './activity.parts.js';

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() a: Activity, @Ctx() ctx: Context) {
    return a.actorId ? ctx.loaders.user.load(a.actorId) : null;
  }

  @FieldResolver(() => String, { description: 'One readable sentence, e.g. "Ana moved ERP-12 Data mapping to In progress" (dates and amounts in plain English; see parts)' })
  async summary(@Root() a: Activity, @Ctx() ctx: Context): Promise<string> {
    return sentenceText(describeActivity(a, await this.names(a, ctx)));
  }

  @FieldResolver(() => [ActivityPart], { description: 'The sentence as words and typed values (dates, money) for the reader to format in their locale' })
  async parts(@Root() a: Activity, @Ctx() ctx: Context): Promise<ActivityPart[]> {
    return activityParts(describeActivity(a, await this.names(a, ctx)));
  }

  @FieldResolver(() => String, { description: 'Rows next to each other with the same key are a burst a feed may fold into one line (same person, same kind of change)' })
  burstKey(@Root() a: Activity): string {
    return burstKey(a);
  }

  @FieldResolver(() => [ActivityPart], { description: 'The line for a burst of rows like this one, with a COUNT part for the number of rows, e.g. "Alex recorded 10 cost entries"' })
  async burstParts(@Root() a: Activity, @Ctx() ctx: Context): Promise<ActivityPart[]> {
    return activityParts(describeBurst(a, await this.names(a, ctx)));
  }

  /** What the row's line names, loaded in bulk through the request's loaders. */
  private async names(a: Activity, ctx: Context): Promise<Names> {
    const ids = referencedIds(a);
    const [tasks, users, statuses, project] = await Promise.all([
      ctx.loaders.task.loadMany(ids.tasks),
      ctx.loaders.user.loadMany(ids.users),
      ctx.loaders.status.loadMany(ids.statuses),
      ctx.loaders.project.load(a.projectId),
    ]);
    const find = <T extends { id: string }>(list: (T | Error | null)[], id: string) => list.find((x): x is T => !!x && !(x instanceof Error) && x.id === id);
    return {
      task: (id) => {
        const t = find(tasks, id);
        return t ? `${project?.key}-${t.number} ${t.name}` : undefined;
      },
      user: (id) => find(users, id)?.name,
      status: (id) => find(statuses, id)?.name,
      currency: project?.currency ?? null,
    };
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
