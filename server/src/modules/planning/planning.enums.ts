import { registerEnumType } from 'type-graphql';

/** MS Project's scheduling constraints; ASAP is the default (a task without a constraint). */
export enum ConstraintType {
  ASAP = 'ASAP',
  ALAP = 'ALAP',
  SNET = 'SNET',
  SNLT = 'SNLT',
  FNET = 'FNET',
  FNLT = 'FNLT',
  MSO = 'MSO',
  MFO = 'MFO',
}

/** WORK resources are people and machines (hours, leveled); MATERIAL is consumed in units; COST is a money amount per task. */
export enum ResourceType {
  WORK = 'WORK',
  MATERIAL = 'MATERIAL',
  COST = 'COST',
}

export enum UsagePeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

export enum ExportFormat {
  MSPDI = 'MSPDI',
  TRELLIS_JSON = 'TRELLIS_JSON',
  CSV = 'CSV',
}

export enum ImportFormat {
  MSPDI = 'MSPDI',
  TRELLIS_JSON = 'TRELLIS_JSON',
}

/** What part of a plan a change touched, for pages that show it (`planChanged`). */
export enum PlanPart {
  LINKS = 'LINKS',
  BASELINES = 'BASELINES',
  CALENDARS = 'CALENDARS',
  SETTINGS = 'SETTINGS',
  RESOURCES = 'RESOURCES',
  ASSIGNMENTS = 'ASSIGNMENTS',
  COSTS = 'COSTS',
  LEVELING = 'LEVELING',
  IMPORT = 'IMPORT',
}

registerEnumType(ConstraintType, {
  name: 'ConstraintType',
  description: 'ASAP as soon as possible (default), ALAP as late as possible, S/F = start/finish, NET no earlier than, NLT no later than, MSO/MFO must start/finish on',
});
registerEnumType(ResourceType, { name: 'ResourceType' });
registerEnumType(UsagePeriod, { name: 'UsagePeriod' });
registerEnumType(ExportFormat, { name: 'ExportFormat' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });
registerEnumType(PlanPart, {
  name: 'PlanPart',
  description: 'LINKS dependencies, SETTINGS project calendar and status date, LEVELING leveling delays applied or cleared, IMPORT a whole plan imported',
});
