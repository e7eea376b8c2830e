/** MSPDI numeric codes and the Trellis values they stand for. */
import type { PlanConstraint, PlanDocumentLink, ResourceType } from '../plan-document.js';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** PredecessorLink/Type. */
export const LINK_TYPES: Record<number, PlanDocumentLink['type']> = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' };
export const LINK_TYPE_CODES: Record<PlanDocumentLink['type'], number> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/** Task/ConstraintType. */
export const CONSTRAINT_TYPES: Record<number, PlanConstraint['type']> = {
  0: 'ASAP',
  1: 'ALAP',
  2: 'MSO',
  3: 'MFO',
  4: 'SNET',
  5: 'SNLT',
  6: 'FNET',
  7: 'FNLT',
};
export const CONSTRAINT_CODES = Object.fromEntries(
  Object.entries(CONSTRAINT_TYPES).map(([code, type]) => [type, Number(code)]),
) as Record<PlanConstraint['type'], number>;

/**
 * Resource/Type. Project 2010 files use 2 for cost resources; the 2007 schema allows only 0 and 1
 * and marks cost resources with IsCostResource, which is what the export writes.
 */
export const RESOURCE_TYPES: Record<number, ResourceType> = { 0: 'MATERIAL', 1: 'WORK', 2: 'COST' };
export const RESOURCE_TYPE_CODES: Record<ResourceType, number> = { MATERIAL: 0, WORK: 1, COST: 1 };

/**
 * Duration and lag formats (DurationFormat, LagFormat, LevelingDelayFormat).
 * Adding 32 marks an estimated value; the unit is the same.
 */
export const DurationFormat = {
  MINUTES: 3,
  ELAPSED_MINUTES: 4,
  HOURS: 5,
  ELAPSED_HOURS: 6,
  DAYS: 7,
  ELAPSED_DAYS: 8,
  WEEKS: 9,
  ELAPSED_WEEKS: 10,
  MONTHS: 11,
  ELAPSED_MONTHS: 12,
  PERCENT: 19,
  ELAPSED_PERCENT: 20,
  NULL: 21,
} as const;

const ESTIMATED_OFFSET = 32;

export function baseFormat(code: number): number {
  return code > ESTIMATED_OFFSET ? code - ESTIMATED_OFFSET : code;
}

export function isElapsedFormat(code: number): boolean {
  const base = baseFormat(code);
  return base === 4 || base === 6 || base === 8 || base === 10 || base === 12 || base === 20;
}

export function isPercentFormat(code: number): boolean {
  const base = baseFormat(code);
  return base === DurationFormat.PERCENT || base === DurationFormat.ELAPSED_PERCENT;
}

/** Resource UID MS Project uses on the placeholder assignment of a task with no resources. */
export const UNASSIGNED_RESOURCE_UID = -65535;

/** Dates MS Project writes for "since forever" and "until forever" in rate tables and availability. */
export const OPEN_START = '1984-01-01';
export const OPEN_END = '2049-12-31';
