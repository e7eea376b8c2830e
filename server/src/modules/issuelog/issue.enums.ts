import { registerEnumType } from 'type-graphql';

export enum IssueType {
  PROBLEM = 'PROBLEM',
  QUESTION = 'QUESTION',
  BLOCKER = 'BLOCKER',
  DEFECT = 'DEFECT',
}
registerEnumType(IssueType, { name: 'IssueType', description: 'An open BLOCKER marks the tasks linked to it as blocked' });

export enum IssueLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(IssueLevel, { name: 'IssueLevel', description: 'Severity or priority of an issue' });

export enum IssueStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(IssueStatus, { name: 'IssueStatus', description: 'RESOLVED and CLOSED need a resolution; the others are open' });

export enum IssueSortField {
  KEY = 'KEY',
  TITLE = 'TITLE',
  SEVERITY = 'SEVERITY',
  PRIORITY = 'PRIORITY',
  DUE_DATE = 'DUE_DATE',
  RAISED_AT = 'RAISED_AT',
  STATUS = 'STATUS',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(IssueSortField, { name: 'IssueSortField' });

export const OPEN_ISSUE_STATUSES: readonly IssueStatus[] = [IssueStatus.OPEN, IssueStatus.IN_PROGRESS, IssueStatus.ESCALATED];
export const isOpenIssue = (s: IssueStatus): boolean => OPEN_ISSUE_STATUSES.includes(s);
