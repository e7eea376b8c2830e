import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { PortfolioService } from './portfolio.service.js';
import { Portfolio, PortfolioFilter, PortfolioSort } from './portfolio.types.js';

@Resolver(() => Portfolio)
export class PortfolioResolver {
  constructor(private readonly portfolios: PortfolioService) {}

  @Query(() => Portfolio, {
    description: 'Every project the viewer is a member of, with health, progress, earned value, top risk, open issues and next milestone; a project without a baseline has its baseline figures empty',
  })
  portfolio(
    @Ctx() ctx: Context,
    @Arg('filter', () => PortfolioFilter, { nullable: true }) filter?: PortfolioFilter | null,
    @Arg('sort', () => PortfolioSort, { nullable: true, defaultValue: PortfolioSort.NAME }) sort?: PortfolioSort | null,
    @Arg('descending', () => Boolean, { nullable: true, defaultValue: false }) descending?: boolean | null,
  ) {
    return this.portfolios.forViewer(ctx.actor, filter, sort, descending);
  }
}
