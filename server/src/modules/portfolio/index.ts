/**
 * The portfolio module: every project a person can see with its health and headline figures, read
 * in a constant number of set-based statements, and the batched health facts other modules (status
 * reports) assess. It sits above the registers and change control: it reads their rows.
 */
import { defineModule } from '../../module.js';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService, type ForecastSource, type PortfolioOptions } from './portfolio.service.js';
import { WallLayoutResolver, WallLayoutService, type WallScheduleSource } from './wall-layout.js';

export { healthFactsFor, projectFigures, factsOf } from './health-facts.js';
export type { ProjectFigures, MilestoneFact } from './health-facts.js';
export { PortfolioService } from './portfolio.service.js';
export { WallLayoutService } from './wall-layout.js';
export { AreaHealth, HealthArea, HealthColour, ProjectHealth } from './portfolio.types.js';

export interface PortfolioNeeds extends PortfolioOptions {
  /** The computed schedule, for the wall's schedule view and the portfolio's forecasts (the planning module's schedules). */
  schedules: WallScheduleSource & ForecastSource;
}

export const portfolioModule = defineModule({
  name: 'portfolio',
  entities: [],
  create: ({ ds }, needs: PortfolioNeeds) => {
    const today = needs.today ?? (() => new Date().toISOString().slice(0, 10));
    const portfolio = new PortfolioService(ds, needs.schedules, { ...needs, today });
    const wallLayouts = new WallLayoutService(ds, needs.schedules, today);
    return {
      services: { portfolio, wallLayouts },
      resolvers: [
        [PortfolioResolver, new PortfolioResolver(portfolio)],
        [WallLayoutResolver, new WallLayoutResolver(wallLayouts)],
      ],
    };
  },
});
