import { registerEnumType } from 'type-graphql';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ReportStatus, { name: 'ReportStatus', description: 'A draft is computed live; a published report is frozen' });

export enum HealthColour {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}
registerEnumType(HealthColour, { name: 'HealthColour' });

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
