import { registerEnumType } from 'type-graphql';

export enum RiskKind {
  THREAT = 'THREAT',
  OPPORTUNITY = 'OPPORTUNITY',
}
registerEnumType(RiskKind, { name: 'RiskKind', description: 'A threat harms the project if it happens; an opportunity helps it' });

export enum RiskStrategy {
  AVOID = 'AVOID',
  MITIGATE = 'MITIGATE',
  TRANSFER = 'TRANSFER',
  ESCALATE = 'ESCALATE',
  EXPLOIT = 'EXPLOIT',
  ENHANCE = 'ENHANCE',
  SHARE = 'SHARE',
  ACCEPT = 'ACCEPT',
}
registerEnumType(RiskStrategy, {
  name: 'RiskStrategy',
  description: 'The response: threats take AVOID, MITIGATE, TRANSFER, ESCALATE or ACCEPT; opportunities EXPLOIT, ENHANCE, SHARE or ACCEPT',
});

export enum RiskStatus {
  IDENTIFIED = 'IDENTIFIED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
  OCCURRED = 'OCCURRED',
}
registerEnumType(RiskStatus, {
  name: 'RiskStatus',
  description: 'IDENTIFIED and ACTIVE risks are open; CLOSED ones no longer apply; OCCURRED ones happened and became an issue',
});

export enum RiskSortField {
  KEY = 'KEY',
  TITLE = 'TITLE',
  SCORE = 'SCORE',
  RESIDUAL_SCORE = 'RESIDUAL_SCORE',
  EMV = 'EMV',
  REVIEW_DATE = 'REVIEW_DATE',
  STATUS = 'STATUS',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(RiskSortField, { name: 'RiskSortField' });
