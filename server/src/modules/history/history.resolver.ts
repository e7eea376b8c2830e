import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import type { HistoryService } from './history.service.js';
import { ProjectSnapshot } from './history.types.js';

/** `Project.snapshots`: a field of `Project` that this module owns. */
@Resolver(() => Project)
export class ProjectHistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @FieldResolver(() => [ProjectSnapshot], {
    description: 'Daily figures from the recorded history, oldest first (burndown, burnup, indices and exposure over time); empty until the first day is over',
  })
  snapshots(
    @Root() p: Project,
    @Ctx() ctx: Context,
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from?: string | null,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to?: string | null,
  ) {
    return this.history.snapshots(ctx.actor, p.id, from ?? null, to ?? null);
  }
}
