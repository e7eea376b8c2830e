import type { PlanAssignment, PlanResource, ResourceAvailability, ResourceRate } from '../plan-document.js';
import { OPEN_END, OPEN_START, RESOURCE_TYPES, UNASSIGNED_RESOURCE_UID } from './codes.js';
import { requiredText } from './import-calendars.js';
import { tidy, parseDateTime, parseDurationMinutes } from './units.js';
import { checkVocabulary, type UnmappedReport } from './unmapped.js';
import { ASSIGNMENT_VOCABULARY, RESOURCE_VOCABULARY } from './vocabularies.js';
import { child, childrenNamed, flagOf, numberOf, textOf, type XmlElement } from './xml-tree.js';

/** MSPDI stores money in hundredths of the currency unit; rates are per hour as written. */
export const fromCents = (value: number): number => tidy(value / 100);

/** Rate table A is the one a resource uses unless an assignment picks another. */
const DEFAULT_RATE_TABLE = 0;

export function importResource(element: XmlElement, report: UnmappedReport): PlanResource | undefined {
  const uid = requiredText(element, 'UID');
  const name = textOf(element, 'Name');
  // UID 0 without a name is MS Project's internal placeholder, not a resource.
  if ((uid === '0' && name === undefined) || flagOf(element, 'IsNull')) return undefined;
  const subject = `resource ${name ?? uid}`;
  checkVocabulary(element, RESOURCE_VOCABULARY, report, subject);
  reportResourceExtras(element, report, subject);
  const typeCode = numberOf(element, 'Type') ?? 1;
  const type = flagOf(element, 'IsCostResource') ? 'COST' : (RESOURCE_TYPES[typeCode] ?? 'WORK');
  const standardRate = numberOf(element, 'StandardRate');
  const overtimeRate = numberOf(element, 'OvertimeRate');
  const costPerUse = numberOf(element, 'CostPerUse');
  const calendarUid = numberOf(element, 'CalendarUID');
  const rates = importRates(element, report, subject);
  const availability = importAvailability(element);
  return {
    id: uid,
    name: name ?? '',
    type,
    ...optional('initials', textOf(element, 'Initials')),
    ...(type === 'WORK' ? optional('maxUnits', numberOf(element, 'MaxUnits')) : {}),
    ...(calendarUid !== undefined && calendarUid >= 0 ? { calendarId: String(calendarUid) } : {}),
    ...(standardRate ? { standardRate } : {}),
    ...(overtimeRate ? { overtimeRate } : {}),
    ...(costPerUse ? { costPerUse: fromCents(costPerUse) } : {}),
    ...(rates.length > 0 ? { rates } : {}),
    ...(availability.length > 0 ? { availability } : {}),
    ...optional('materialLabel', type === 'MATERIAL' ? textOf(element, 'MaterialLabel') : undefined),
    ...optional('notes', textOf(element, 'Notes')),
  };
}

function reportResourceExtras(element: XmlElement, report: UnmappedReport, subject: string): void {
  for (const name of ['ExtendedAttribute', 'OutlineCode']) {
    const found = child(element, name);
    if (found) report.add(`Resource/${name}`, found, 'custom fields are not imported', subject);
  }
  for (const name of ['Hyperlink', 'HyperlinkAddress', 'EmailAddress', 'Group', 'Code']) {
    const found = child(element, name);
    if (found && found.text !== '') report.add(`Resource/${name}`, found, 'contact and grouping details are not imported', subject);
  }
  if (flagOf(element, 'IsInactive')) report.add('Resource/IsInactive', child(element, 'IsInactive'), 'inactive resources are imported as active', subject);
  if (textOf(element, 'CanLevel') === '0' || textOf(element, 'CanLevel')?.toLowerCase() === 'false') {
    report.add('Resource/CanLevel', child(element, 'CanLevel'), 'the resource is left out of leveling in MS Project; Trellis levels every work resource', subject);
  }
  const accrual = ACCRUALS[textOf(element, 'AccrueAt') ?? ''];
  if (accrual) report.add('Resource/AccrueAt', child(element, 'AccrueAt'), `costs accrue ${accrual} in MS Project; Trellis spreads them over the work`, subject);
}

/** MSPDI AccrueAt values other than 3 (prorated, what Trellis does). */
const ACCRUALS: Record<string, string> = { '1': 'at the start', '2': 'at the end' };

/**
 * Rate table A with its effective dates. A single undated entry equal to the resource's
 * own rates adds nothing, so it is left out.
 */
function importRates(element: XmlElement, report: UnmappedReport, subject: string): ResourceRate[] {
  const rates: ResourceRate[] = [];
  for (const rate of childrenNamed(child(element, 'Rates'), 'Rate')) {
    if ((numberOf(rate, 'RateTable') ?? DEFAULT_RATE_TABLE) !== DEFAULT_RATE_TABLE) {
      report.add('Rate/RateTable', rate, 'only cost rate table A is imported; tables B-E are ignored', subject);
      continue;
    }
    const fromText = textOf(rate, 'RatesFrom');
    const from = fromText === undefined ? undefined : parseDateTime(fromText, 'RatesFrom', rate.line).slice(0, 10);
    const overtimeRate = numberOf(rate, 'OvertimeRate');
    const costPerUse = numberOf(rate, 'CostPerUse');
    rates.push({
      ...(from !== undefined && from > OPEN_START ? { from } : {}),
      standardRate: numberOf(rate, 'StandardRate') ?? 0,
      ...(overtimeRate ? { overtimeRate } : {}),
      ...(costPerUse ? { costPerUse: fromCents(costPerUse) } : {}),
    });
  }
  if (rates.length === 1 && rates[0]!.from === undefined) {
    const only = rates[0]!;
    const same =
      only.standardRate === (numberOf(element, 'StandardRate') ?? 0) &&
      (only.overtimeRate ?? 0) === (numberOf(element, 'OvertimeRate') ?? 0) &&
      (only.costPerUse ?? 0) === fromCents(numberOf(element, 'CostPerUse') ?? 0);
    if (same) return [];
  }
  return rates;
}

function importAvailability(element: XmlElement): ResourceAvailability[] {
  return childrenNamed(child(element, 'AvailabilityPeriods'), 'AvailabilityPeriod').map((period) => {
    const fromText = textOf(period, 'AvailableFrom');
    const toText = textOf(period, 'AvailableTo');
    const from = fromText && parseDateTime(fromText, 'AvailableFrom', period.line).slice(0, 10);
    const to = toText && parseDateTime(toText, 'AvailableTo', period.line).slice(0, 10);
    return {
      ...(from && from > OPEN_START ? { from } : {}),
      ...(to && to < OPEN_END ? { to } : {}),
      units: numberOf(period, 'AvailableUnits') ?? 1,
    };
  });
}

/** Assignments of real resources; MS Project's placeholder rows for unresourced tasks are skipped. */
export function importAssignment(
  element: XmlElement,
  taskIds: ReadonlySet<string>,
  resources: ReadonlyMap<string, PlanResource>,
  report: UnmappedReport,
): PlanAssignment | undefined {
  const taskId = requiredText(element, 'TaskUID');
  const resourceUid = Number(requiredText(element, 'ResourceUID'));
  if (resourceUid === UNASSIGNED_RESOURCE_UID) return undefined;
  const resource = resources.get(String(resourceUid));
  const subject = `assignment ${textOf(element, 'UID') ?? ''} (task ${taskId})`.replace('  ', ' ');
  if (!resource || !taskIds.has(taskId)) {
    report.add('Assignment', element, 'refers to a task or resource that is not in the file; skipped', subject);
    return undefined;
  }
  checkVocabulary(element, ASSIGNMENT_VOCABULARY, report, subject);
  if ((numberOf(element, 'WorkContour') ?? 0) !== 0) {
    report.add('Assignment/WorkContour', child(element, 'WorkContour'), 'work contours are not supported; work is spread evenly', subject);
  }
  if ((numberOf(element, 'CostRateTable') ?? 0) !== 0) {
    report.add('Assignment/CostRateTable', child(element, 'CostRateTable'), 'assignment uses a rate table other than A; table A is used', subject);
  }
  if ((numberOf(element, 'Delay') ?? 0) !== 0) {
    report.add('Assignment/Delay', child(element, 'Delay'), 'assignment delays are not supported; the assignment starts with its task', subject);
  }
  if ((numberOf(element, 'LevelingDelay') ?? 0) !== 0) {
    report.add('Assignment/LevelingDelay', child(element, 'LevelingDelay'), 'leveling delays of single assignments are not kept; the assignment starts with its task', subject);
  }
  const units = numberOf(element, 'Units') ?? 1;
  if (resource.type === 'COST') {
    const cost = numberOf(element, 'Cost');
    return { taskId, resourceId: resource.id, units, ...(cost ? { cost: fromCents(cost) } : {}) };
  }
  if (resource.type === 'MATERIAL') return { taskId, resourceId: resource.id, units };
  const workText = textOf(element, 'Work');
  const workHours =
    workText === undefined ? undefined : tidy(parseDurationMinutes(workText, 'Work', child(element, 'Work')?.line) / 60);
  return { taskId, resourceId: resource.id, units, ...(workHours !== undefined ? { workHours } : {}) };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
