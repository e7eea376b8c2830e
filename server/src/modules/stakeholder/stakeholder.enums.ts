import { registerEnumType } from 'type-graphql';

export enum EngagementLevel {
  UNAWARE = 'UNAWARE',
  RESISTANT = 'RESISTANT',
  NEUTRAL = 'NEUTRAL',
  SUPPORTIVE = 'SUPPORTIVE',
  LEADING = 'LEADING',
}

export enum StakeholderStrategy {
  MANAGE_CLOSELY = 'MANAGE_CLOSELY',
  KEEP_SATISFIED = 'KEEP_SATISFIED',
  KEEP_INFORMED = 'KEEP_INFORMED',
  MONITOR = 'MONITOR',
}

export enum StakeholderSortField {
  NAME = 'NAME',
  ORGANISATION = 'ORGANISATION',
  INTEREST = 'INTEREST',
  INFLUENCE = 'INFLUENCE',
  CURRENT_ENGAGEMENT = 'CURRENT_ENGAGEMENT',
  ENGAGEMENT_GAP = 'ENGAGEMENT_GAP',
}

export enum CommunicationKind {
  STATUS_REPORT = 'STATUS_REPORT',
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
  DEMO = 'DEMO',
  NEWSLETTER = 'NEWSLETTER',
  OTHER = 'OTHER',
}

export enum CommunicationChannel {
  EMAIL = 'EMAIL',
  MEETING = 'MEETING',
  VIDEO_CALL = 'VIDEO_CALL',
  CHAT = 'CHAT',
  REPORT = 'REPORT',
  OTHER = 'OTHER',
}

export enum CadenceKind {
  ONCE = 'ONCE',
  WEEKLY = 'WEEKLY',
  EVERY_N_WEEKS = 'EVERY_N_WEEKS',
  MONTHLY_FIRST_WORKING_DAY = 'MONTHLY_FIRST_WORKING_DAY',
  MONTHLY_DAY = 'MONTHLY_DAY',
}

export enum CommunicationSortField {
  NEXT_DUE = 'NEXT_DUE',
  TITLE = 'TITLE',
}

export enum RaciLetter {
  R = 'R',
  A = 'A',
  C = 'C',
  I = 'I',
}

export enum RaciFlag {
  NO_ACCOUNTABLE = 'NO_ACCOUNTABLE',
  MANY_ACCOUNTABLE = 'MANY_ACCOUNTABLE',
  NO_RESPONSIBLE = 'NO_RESPONSIBLE',
}

export enum RaciPartyKind {
  MEMBER = 'MEMBER',
  STAKEHOLDER = 'STAKEHOLDER',
}

export enum StakeholderChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
  HELD = 'HELD',
}

registerEnumType(EngagementLevel, { name: 'EngagementLevel', description: 'How engaged a stakeholder is, from least to most' });
registerEnumType(StakeholderStrategy, {
  name: 'StakeholderStrategy',
  description: 'Power/interest grid quadrant: influence and interest count as high from 3 (of 1-5) up',
});
registerEnumType(StakeholderSortField, { name: 'StakeholderSortField' });
registerEnumType(CommunicationKind, { name: 'CommunicationKind' });
registerEnumType(CommunicationChannel, { name: 'CommunicationChannel' });
registerEnumType(CadenceKind, {
  name: 'CadenceKind',
  description: 'ONCE on a date; WEEKLY on a weekday; EVERY_N_WEEKS on a weekday; MONTHLY_FIRST_WORKING_DAY; MONTHLY_DAY on day N',
});
registerEnumType(CommunicationSortField, { name: 'CommunicationSortField' });
registerEnumType(RaciLetter, { name: 'RaciLetter', description: 'Responsible, Accountable, Consulted, Informed' });
registerEnumType(RaciFlag, { name: 'RaciFlag', description: 'A RACI row needs exactly one A and at least one R' });
registerEnumType(RaciPartyKind, { name: 'RaciPartyKind' });
registerEnumType(StakeholderChangeAction, { name: 'StakeholderChangeAction' });
