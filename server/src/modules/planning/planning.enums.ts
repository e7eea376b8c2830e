import { registerEnumType } from 'type-graphql';

/** Defined with the tasks that carry them; planning code keeps importing them from here. */
export { ConstraintType, PlanPart } from '../task/index.js';

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

registerEnumType(ResourceType, { name: 'ResourceType' });
registerEnumType(UsagePeriod, { name: 'UsagePeriod' });
registerEnumType(ExportFormat, { name: 'ExportFormat' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });
