import { registerEnumType } from 'type-graphql';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ReportStatus, { name: 'ReportStatus', description: 'A draft is computed live; a published report is frozen' });

// The colours are the portfolio's GraphQL enum: one HealthColour in the schema.
export { HealthColour } from '../portfolio/index.js';

/** The areas a report judges, and OVERALL for the project as a whole (overrides only). */
export enum HealthAreaName {
  OVERALL = 'OVERALL',
  SCHEDULE = 'SCHEDULE',
  COST = 'COST',
  SCOPE = 'SCOPE',
  RISKS = 'RISKS',
  ISSUES = 'ISSUES',
}
registerEnumType(HealthAreaName, { name: 'HealthAreaName' });
