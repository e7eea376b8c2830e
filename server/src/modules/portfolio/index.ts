/**
 * The portfolio module: every project a person can see with its health and headline figures, read
 * in a constant number of set-based statements, and the batched health facts other modules (status
 * reports) assess. It sits above the registers and change control: it reads their rows.
 */
import { defineModule } from '../../module.js';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService, type PortfolioOptions } from './portfolio.service.js';

export { healthFactsFor, projectFigures, factsOf } from './health-facts.js';
export type { ProjectFigures, MilestoneFact } from './health-facts.js';
export { PortfolioService } from './portfolio.service.js';
export { AreaHealth, HealthArea, HealthColour, ProjectHealth } from './portfolio.types.js';

export const portfolioModule = defineModule({
  name: 'portfolio',
  entities: [],
  create: ({ ds }, needs: PortfolioOptions) => {
    const portfolio = new PortfolioService(ds, needs);
    return {
      services: { portfolio },
      resolvers: [[PortfolioResolver, new PortfolioResolver(portfolio)]],
    };
  },
});
