import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Methodology, ProjectStatus } from '../project/index.js';

export enum HealthColour {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}
registerEnumType(HealthColour, { name: 'HealthColour', description: 'Project health by the rules of @trellis/schema/health' });

export enum HealthArea {
  SCHEDULE = 'SCHEDULE',
  COST = 'COST',
  SCOPE = 'SCOPE',
  RISKS = 'RISKS',
  ISSUES = 'ISSUES',
}
registerEnumType(HealthArea, { name: 'HealthArea' });

export enum PortfolioSort {
  NAME = 'NAME',
  HEALTH = 'HEALTH',
  PERCENT_COMPLETE = 'PERCENT_COMPLETE',
  SPI = 'SPI',
  CPI = 'CPI',
  FORECAST_FINISH = 'FORECAST_FINISH',
  FINISH_VARIANCE = 'FINISH_VARIANCE',
  BUDGET_BURN = 'BUDGET_BURN',
  OPEN_ISSUES = 'OPEN_ISSUES',
  NEXT_MILESTONE = 'NEXT_MILESTONE',
}
registerEnumType(PortfolioSort, { name: 'PortfolioSort', description: 'What the portfolio is ordered by (empty values last, then by name)' });

@ObjectType({ description: 'One area of a health assessment, with the reasons for its colour' })
export class AreaHealth {
  @Field(() => HealthArea) area: HealthArea;
  @Field(() => HealthColour) colour: HealthColour;
  @Field(() => [String], { description: 'Plain sentences, the worst first; one even when green' }) reasons: string[];
}

@ObjectType({ description: "A project's health: the worst area's colour, and each area's with why" })
export class ProjectHealth {
  @Field(() => HealthColour) overall: HealthColour;
  @Field(() => [AreaHealth]) areas: AreaHealth[];
}

@ObjectType()
export class PortfolioPerson {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ObjectType({ description: 'An open risk as the portfolio names it' })
export class PortfolioRisk {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Like ERP-R3' }) key: string;
  @Field(() => String) title: string;
  @Field(() => Int) score: number;
}

@ObjectType()
export class PortfolioMilestone {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Its finish in the newest baseline (none without one)' }) baselineFinish: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it is now expected: its finish in the computed schedule, as the Gantt shows it' }) forecastFinish: string | null;
}

@ObjectType({ description: 'One project of the portfolio with its headline figures' })
export class PortfolioProject {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => ProjectStatus) status: ProjectStatus;
  @Field(() => Methodology) methodology: Methodology;
  @Field(() => String, { description: 'ISO 4217' }) currency: string;
  @Field(() => [PortfolioPerson], { description: 'Owners and managers' }) managers: PortfolioPerson[];
  @Field(() => GraphQLLocalDate, { description: "The day the figures are measured at: the project's status date, or today" }) statusDate: string;
  @Field(() => ProjectHealth) health: ProjectHealth;
  @Field(() => Float, { description: 'Duration-weighted % complete of the leaf tasks, cancelled ones left out' }) percentComplete: number;
  @Field(() => Boolean, { description: 'False: no baseline yet, so the baseline figures below are empty' }) hasBaseline: boolean;
  @Field(() => Float, { nullable: true }) spi: number | null;
  @Field(() => Float, { nullable: true }) cpi: number | null;
  @Field(() => Float, { nullable: true, description: 'Budget at completion: the newest baseline cost' }) bac: number | null;
  @Field(() => Float, { nullable: true }) pv: number | null;
  @Field(() => Float, { nullable: true }) ev: number | null;
  @Field(() => Float, { description: 'Actual cost: cost entries up to the status date' }) ac: number;
  @Field(() => GraphQLLocalDate, { nullable: true }) baselineFinish: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The computed schedule’s finish, as the Gantt shows it; empty when the plan cannot be scheduled (a cycle)' }) forecastFinish: string | null;
  @Field(() => Int, { nullable: true, description: 'Calendar days the forecast finish lies after (+) or before (-) the baseline finish' }) finishVarianceDays: number | null;
  @Field(() => Float, { nullable: true }) budget: number | null;
  @Field(() => Float, { nullable: true, description: 'Actual cost as a percentage of the budget (empty without a budget)' }) budgetBurnPercent: number | null;
  @Field(() => PortfolioRisk, { nullable: true, description: 'The open risk with the highest score' }) topRisk: PortfolioRisk | null;
  @Field(() => Int) openIssues: number;
  @Field(() => Int) openBlockingIssues: number;
  @Field(() => PortfolioMilestone, { nullable: true, description: 'The first milestone not yet completed, by forecast' }) nextMilestone: PortfolioMilestone | null;
}

@ObjectType()
export class PortfolioManagerOption {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ObjectType({ description: 'Every project the viewer can see, filtered and sorted' })
export class Portfolio {
  @Field(() => [PortfolioProject]) projects: PortfolioProject[];
  @Field(() => Int, { description: 'Projects visible before the filters' }) total: number;
  @Field(() => [PortfolioManagerOption], { description: 'Managers of the visible projects, for the filter' }) managers: PortfolioManagerOption[];
}

@InputType()
export class PortfolioFilter {
  @Field(() => [ProjectStatus], { nullable: true }) status?: ProjectStatus[] | null;
  @Field(() => [Methodology], { nullable: true }) methodology?: Methodology[] | null;
  @Field(() => ID, { nullable: true, description: 'Projects this person owns or manages' }) managerId?: string | null;
  @Field(() => [HealthColour], { nullable: true }) health?: HealthColour[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Archived projects too (left out by default)' }) includeArchived?: boolean | null;
}
