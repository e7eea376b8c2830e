import {
  emptyPlanDocument,
  outline,
  parsePlanDocument,
  PlanDocumentError,
  type BaselineTaskValues,
  type PlanBaseline,
  type PlanDocument,
  type PlanDocumentLink,
  type PlanDocumentTask,
  type PlanResource,
} from '../plan-document.js';
import {
  CONSTRAINT_TYPES,
  DurationFormat,
  LINK_TYPES,
  baseFormat,
  isElapsedFormat,
  isPercentFormat,
} from './codes.js';
import { importCalendar, requiredText } from './import-calendars.js';
import { fromCents, importAssignment, importResource } from './import-resources.js';
import { MINUTES_PER_ELAPSED_DAY, parseDateTime, parseDurationMinutes, tidy } from './units.js';
import { checkVocabulary, UnmappedReport, type UnmappedItem } from './unmapped.js';
import { PREDECESSOR_LINK_VOCABULARY, PROJECT_VOCABULARY, TASK_VOCABULARY } from './vocabularies.js';
import { child, childrenNamed, flagOf, MspdiError, numberOf, parseXmlTree, textOf, type XmlElement } from './xml-tree.js';

export interface MspdiImport {
  plan: PlanDocument;
  /** What the file holds that the plan cannot, grouped by element and reason. */
  unmapped: UnmappedItem[];
}

const DEFAULT_MINUTES_PER_DAY = 480;
/** LinkLag for percentage lags is written in tenths of a percent, like time lags in tenths of a minute. */
const LAG_SCALE = 10;

/** Reads an MS Project XML (MSPDI) file into a Trellis plan document. Throws MspdiError on a file it cannot read. */
export function importMspdi(xml: string): MspdiImport {
  const root = parseXmlTree(xml);
  if (root.name !== 'Project') {
    throw new MspdiError(`Not an MS Project XML file: the root element is <${root.name}>, expected <Project>`, root.name, root.line);
  }
  return new MspdiReader(root).read();
}

/**
 * The last gate: whatever the file held, the result must be a valid plan document (for example,
 * no duplicate UIDs or a percent complete over 100). The issues name JSON paths of the plan.
 */
function asValidDocument(plan: PlanDocument): PlanDocument {
  try {
    return parsePlanDocument(plan);
  } catch (error) {
    if (error instanceof PlanDocumentError) {
      throw new MspdiError(`The file does not make a valid plan: ${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    }
    throw error;
  }
}

class MspdiReader {
  private readonly report = new UnmappedReport();
  private readonly minutesPerDay: number;

  constructor(private readonly root: XmlElement) {
    const minutesPerDay = numberOf(root, 'MinutesPerDay') ?? DEFAULT_MINUTES_PER_DAY;
    if (minutesPerDay <= 0 || minutesPerDay > MINUTES_PER_ELAPSED_DAY) {
      throw new MspdiError(`<MinutesPerDay> must be more than 0 and at most 1440, got ${minutesPerDay}`, 'MinutesPerDay', child(root, 'MinutesPerDay')?.line);
    }
    this.minutesPerDay = minutesPerDay;
  }

  read(): MspdiImport {
    const { root, report } = this;
    checkVocabulary(root, PROJECT_VOCABULARY, report, 'project');
    this.reportProjectExtras();
    if (textOf(root, 'StartDate') === undefined) throw new MspdiError('<Project> has no <StartDate>', 'Project', root.line);
    const statusText = textOf(root, 'StatusDate');
    const calendarUid = numberOf(root, 'CalendarUID');
    const plan = emptyPlanDocument({
      name: textOf(root, 'Title') ?? textOf(root, 'Name') ?? '',
      start: this.date(root, 'StartDate'),
      ...(statusText ? { statusDate: this.date(root, 'StatusDate') } : {}),
      ...(calendarUid !== undefined && calendarUid >= 0 ? { calendarId: String(calendarUid) } : {}),
      ...(textOf(root, 'CurrencyCode') ? { currency: textOf(root, 'CurrencyCode') } : {}),
    });
    const hoursPerDay = this.minutesPerDay / 60;
    plan.calendars = childrenNamed(child(root, 'Calendars'), 'Calendar').map((c) => importCalendar(c, hoursPerDay, report));
    const taskElements = this.taskElements();
    plan.tasks = this.readTasks(taskElements);
    const taskIds = new Set(plan.tasks.map((t) => t.id));
    plan.links = taskElements.flatMap((t) => this.readLinks(t, taskIds));
    plan.baselines = this.readBaselines(taskElements);
    const resources = childrenNamed(child(root, 'Resources'), 'Resource').flatMap((r) => importResource(r, report) ?? []);
    plan.resources = resources;
    const byId = new Map<string, PlanResource>(resources.map((r) => [r.id, r]));
    const assignmentElements = childrenNamed(child(root, 'Assignments'), 'Assignment');
    plan.assignments = assignmentElements.flatMap((a) => importAssignment(a, taskIds, byId, report) ?? []);
    this.reportSplitTasks(assignmentElements, new Map(taskElements.map((t) => [requiredText(t, 'UID'), t])));
    this.checkReferences(plan);
    return { plan: asValidDocument(plan), unmapped: report.items() };
  }

  private reportProjectExtras(): void {
    const { root, report } = this;
    if (textOf(root, 'ScheduleFromStart') === '0') {
      report.add('Project/ScheduleFromStart', child(root, 'ScheduleFromStart'), 'the project is scheduled back from its finish date; Trellis schedules forward from the start');
    }
    // Settings that change how MS Project schedules, reported where they differ from what Trellis does.
    const slackLimit = numberOf(root, 'CriticalSlackLimit') ?? 0;
    if (slackLimit !== 0) {
      report.add('Project/CriticalSlackLimit', child(root, 'CriticalSlackLimit'), `tasks are critical at a total slack of 0 or less; the limit of ${slackLimit} days is not kept`);
    }
    if (flagOf(root, 'HonorConstraints')) {
      report.add('Project/HonorConstraints', child(root, 'HonorConstraints'), 'constraint dates do not win over links: in Trellis links win, and a constraint they break shows as negative slack and a warning');
    }
    const startTime = textOf(root, 'DefaultStartTime');
    if (startTime !== undefined && startTime.slice(0, 5) !== '08:00') {
      report.add('Project/DefaultStartTime', child(root, 'DefaultStartTime'), `the default start time ${startTime.slice(0, 5)} is not kept; work starts when the calendar's working time does`);
    }
    const definitions: [string, string][] = [
      ['ExtendedAttributes', 'custom field definitions are not imported'],
      ['OutlineCodes', 'outline code definitions are not imported'],
      ['WBSMasks', 'WBS code masks are not imported; Trellis numbers the outline 1, 1.1, 1.2, ...'],
    ];
    for (const [name, reason] of definitions) {
      const found = child(root, name);
      if (found && found.children.length > 0) report.add(`Project/${name}`, found, reason);
    }
  }

  /** Tasks in file order, without the project summary (UID 0) and blank rows. */
  private taskElements(): XmlElement[] {
    return childrenNamed(child(this.root, 'Tasks'), 'Task').filter((t) => {
      if (flagOf(t, 'IsNull')) {
        this.report.add('Task/IsNull', t, 'blank rows are dropped');
        return false;
      }
      return requiredText(t, 'UID') !== '0' && (numberOf(t, 'OutlineLevel') ?? 1) > 0;
    });
  }

  private readTasks(elements: XmlElement[]): PlanDocumentTask[] {
    // Parents are found from the outline levels: the nearest earlier task one level up.
    const parents: string[] = [];
    const childCount = new Map<string | null, number>();
    const seen = new Set<string>();
    const tasks = elements.map((element) => {
      const id = requiredText(element, 'UID');
      if (seen.has(id)) throw new MspdiError(`Task UID ${id} appears twice`, 'UID', child(element, 'UID')?.line);
      seen.add(id);
      const level = numberOf(element, 'OutlineLevel') ?? 1;
      if (level > parents.length + 1) {
        throw new MspdiError(`Task ${id} jumps to outline level ${level} under a level ${parents.length} task`, 'OutlineLevel', child(element, 'OutlineLevel')?.line);
      }
      parents.length = level - 1;
      const parentId = parents.at(-1) ?? null;
      parents.push(id);
      const order = childCount.get(parentId) ?? 0;
      childCount.set(parentId, order + 1);
      return this.readTask(element, id, parentId, order);
    });
    this.reportCustomWbs(elements, tasks);
    return tasks;
  }

  private readTask(element: XmlElement, id: string, parentId: string | null, order: number): PlanDocumentTask {
    const subject = `task ${id}`;
    checkVocabulary(element, TASK_VOCABULARY, this.report, subject);
    this.reportTaskExtras(element, subject);
    const summary = flagOf(element, 'Summary') ?? false;
    const kind = summary ? 'SUMMARY' : flagOf(element, 'Milestone') ? 'MILESTONE' : 'TASK';
    const constraintType = CONSTRAINT_TYPES[numberOf(element, 'ConstraintType') ?? 0];
    const constraintDate = textOf(element, 'ConstraintDate') ? this.date(element, 'ConstraintDate') : undefined;
    const calendarUid = numberOf(element, 'CalendarUID');
    const percentComplete = numberOf(element, 'PercentComplete');
    const fixedCost = numberOf(element, 'FixedCost');
    const actualCost = numberOf(element, 'ActualCost');
    const actualWork = this.hours(element, 'ActualWork');
    const levelingDelayDays = this.levelingDelayDays(element, subject);
    return {
      id,
      name: textOf(element, 'Name') ?? '',
      parentId,
      order,
      kind,
      durationDays: summary ? 0 : this.durationDays(element, subject),
      ...(calendarUid !== undefined && calendarUid >= 0 ? { calendarId: String(calendarUid) } : {}),
      ...(constraintType && constraintType !== 'ASAP'
        ? { constraint: { type: constraintType, ...(constraintDate ? { date: constraintDate } : {}) } }
        : {}),
      ...this.optionalDate(element, 'Deadline', 'deadline'),
      ...this.optionalDate(element, 'ActualStart', 'actualStart'),
      ...this.optionalDate(element, 'ActualFinish', 'actualFinish'),
      ...(percentComplete ? { percentComplete } : {}),
      ...(levelingDelayDays ? { levelingDelayDays } : {}),
      ...(textOf(element, 'Notes') ? { notes: textOf(element, 'Notes') } : {}),
      ...(fixedCost ? { fixedCost: fromCents(fixedCost) } : {}),
      ...(actualCost ? { actualCost: fromCents(actualCost) } : {}),
      ...(actualWork ? { actualWorkHours: actualWork } : {}),
    };
  }

  private reportTaskExtras(element: XmlElement, subject: string): void {
    const { report } = this;
    if (flagOf(element, 'EffortDriven')) {
      report.add('Task/EffortDriven', child(element, 'EffortDriven'), 'effort-driven scheduling is not kept: a task keeps its duration when resources are added or removed', subject);
    }
    // The recurring task itself is a summary; its occurrences carry the flag too but are ordinary tasks.
    if (flagOf(element, 'Recurring') && flagOf(element, 'Summary')) {
      report.add('Task/Recurring', child(element, 'Recurring'), 'recurring task: imported as a summary with its occurrences as ordinary tasks; the recurrence pattern is lost', subject);
    }
    const flagged: [string, string][] = [
      ['Manual', 'manually scheduled task: Trellis schedules it automatically'],
      ['IsSubproject', 'inserted subproject: only the task is imported, not the project behind it'],
      ['ExternalTask', 'task from another project: imported as an ordinary task'],
    ];
    for (const [name, reason] of flagged) if (flagOf(element, name)) report.add(`Task/${name}`, child(element, name), reason, subject);
    if (textOf(element, 'Active') === '0') report.add('Task/Active', child(element, 'Active'), 'inactive task: imported as active', subject);
    for (const name of ['ExtendedAttribute', 'OutlineCode']) {
      if (child(element, name)) report.add(`Task/${name}`, child(element, name), 'custom field values are not imported', subject);
    }
    for (const name of ['Hyperlink', 'HyperlinkAddress', 'HyperlinkSubAddress']) {
      const found = child(element, name);
      if (found && found.text !== '') report.add(`Task/${name}`, found, 'hyperlinks are not imported', subject);
    }
    const format = numberOf(element, 'DurationFormat');
    if (format !== undefined && isElapsedFormat(format) && !flagOf(element, 'Summary')) {
      report.add('Task/DurationFormat', child(element, 'DurationFormat'), 'elapsed duration: imported as the same length of working time', subject);
    }
  }

  private reportCustomWbs(elements: XmlElement[], tasks: PlanDocumentTask[]): void {
    const codes = new Map(outline(tasks).map((row) => [row.task.id, row.wbs]));
    elements.forEach((element, i) => {
      const wbs = textOf(element, 'WBS');
      if (wbs !== undefined && wbs !== codes.get(tasks[i]!.id)) {
        this.report.add('Task/WBS', child(element, 'WBS'), 'custom WBS code not kept; Trellis numbers the outline itself', `task ${tasks[i]!.id}`);
      }
    });
  }

  private durationDays(element: XmlElement, subject: string): number {
    const text = textOf(element, 'Duration');
    if (text === undefined) return 0;
    const minutes = parseDurationMinutes(text, 'Duration', child(element, 'Duration')?.line);
    if (minutes < 0) {
      this.report.add('Task/Duration', child(element, 'Duration'), 'negative duration imported as 0', subject);
      return 0;
    }
    return tidy(minutes / this.minutesPerDay);
  }

  private levelingDelayDays(element: XmlElement, subject: string): number | undefined {
    const tenths = numberOf(element, 'LevelingDelay');
    if (!tenths) return undefined;
    const format = numberOf(element, 'LevelingDelayFormat') ?? DurationFormat.ELAPSED_DAYS;
    if (isElapsedFormat(format)) {
      this.report.add('Task/LevelingDelay', child(element, 'LevelingDelay'), 'elapsed leveling delay: imported as the same length of working time', subject);
    }
    return tidy(tenths / LAG_SCALE / (isElapsedFormat(format) ? MINUTES_PER_ELAPSED_DAY : this.minutesPerDay));
  }

  private readLinks(element: XmlElement, taskIds: ReadonlySet<string>): PlanDocumentLink[] {
    const successorId = requiredText(element, 'UID');
    return childrenNamed(element, 'PredecessorLink').flatMap((link) => {
      const subject = `task ${successorId}`;
      checkVocabulary(link, PREDECESSOR_LINK_VOCABULARY, this.report, subject);
      const predecessorId = requiredText(link, 'PredecessorUID');
      if (flagOf(link, 'CrossProject') || !taskIds.has(predecessorId)) {
        this.report.add('PredecessorLink', link, 'link to a task outside this file; dropped', subject);
        return [];
      }
      const typeCode = numberOf(link, 'Type') ?? 1;
      const type = LINK_TYPES[typeCode];
      if (!type) throw new MspdiError(`<Type> of a predecessor link must be 0-3, got ${typeCode}`, 'Type', child(link, 'Type')?.line);
      return [{ predecessorId, successorId, type, ...this.lag(link, subject) }];
    });
  }

  /** LinkLag is in tenths of a minute (or of a percent), read in the unit LagFormat names. */
  private lag(link: XmlElement, subject: string): Pick<PlanDocumentLink, 'lagDays' | 'lagPercent' | 'elapsed'> {
    const tenths = numberOf(link, 'LinkLag') ?? 0;
    const format = numberOf(link, 'LagFormat') ?? DurationFormat.DAYS;
    if (tenths === 0) return {};
    if (isPercentFormat(format)) {
      if (baseFormat(format) === DurationFormat.ELAPSED_PERCENT) {
        this.report.add('PredecessorLink/LagFormat', child(link, 'LagFormat'), 'elapsed percentage lag: imported as a percentage of working time', subject);
      }
      return { lagPercent: tidy(tenths / LAG_SCALE) };
    }
    const minutes = tenths / LAG_SCALE;
    if (isElapsedFormat(format)) return { lagDays: tidy(minutes / MINUTES_PER_ELAPSED_DAY), elapsed: true };
    return { lagDays: tidy(minutes / this.minutesPerDay) };
  }

  private readBaselines(elements: XmlElement[]): PlanBaseline[] {
    const byNumber = new Map<number, BaselineTaskValues[]>();
    for (const element of elements) {
      const taskId = requiredText(element, 'UID');
      for (const baseline of childrenNamed(element, 'Baseline')) {
        const number = numberOf(baseline, 'Number') ?? 0;
        if (number < 0 || number > 10) throw new MspdiError(`Baseline <Number> must be 0-10, got ${number}`, 'Number', baseline.line);
        const values = this.baselineValues(baseline, taskId);
        const list = byNumber.get(number);
        if (list) list.push(values);
        else byNumber.set(number, [values]);
      }
    }
    return [...byNumber.entries()].sort(([a], [b]) => a - b).map(([number, tasks]) => ({ number, tasks }));
  }

  private baselineValues(baseline: XmlElement, taskId: string): BaselineTaskValues {
    const duration = textOf(baseline, 'Duration');
    const cost = numberOf(baseline, 'Cost');
    const work = this.hours(baseline, 'Work');
    return {
      taskId,
      ...this.optionalDate(baseline, 'Start', 'start'),
      ...this.optionalDate(baseline, 'Finish', 'finish'),
      ...(duration !== undefined
        ? { durationDays: tidy(parseDurationMinutes(duration, 'Duration', child(baseline, 'Duration')?.line) / this.minutesPerDay) }
        : {}),
      ...(work !== undefined ? { workHours: work } : {}),
      ...(cost !== undefined ? { cost: fromCents(cost) } : {}),
    };
  }

  /**
   * A split shows in the assignment's time-phased work as explicit zero-work periods between
   * periods with work (non-working days carry no value at all).
   */
  private reportSplitTasks(assignments: XmlElement[], tasks: ReadonlyMap<string, XmlElement>): void {
    const split = new Set<string>();
    for (const assignment of assignments) {
      const taskId = textOf(assignment, 'TaskUID');
      if (taskId === undefined || !tasks.has(taskId) || split.has(taskId)) continue;
      const values = childrenNamed(assignment, 'TimephasedData')
        .filter((t) => textOf(t, 'Type') === '1')
        .map((t) => textOf(t, 'Value'))
        .filter((v): v is string => v !== undefined)
        .map((v) => parseDurationMinutes(v, 'Value') > 0);
      const firstWork = values.indexOf(true);
      const lastWork = values.lastIndexOf(true);
      if (firstWork >= 0 && values.slice(firstWork, lastWork).includes(false)) {
        split.add(taskId);
        this.report.add('Task', tasks.get(taskId), 'split task: the interruption is dropped and the task is imported as one continuous piece of work', `task ${taskId}`);
      }
    }
  }

  private checkReferences(plan: PlanDocument): void {
    const calendarIds = new Set(plan.calendars.map((c) => c.id));
    const missing = (id: string | undefined): boolean => id !== undefined && !calendarIds.has(id);
    if (missing(plan.project.calendarId)) {
      throw new MspdiError(`Project calendar UID ${plan.project.calendarId} is not defined`, 'CalendarUID', child(this.root, 'CalendarUID')?.line);
    }
    for (const c of plan.calendars) {
      if (missing(c.baseId)) throw new MspdiError(`Calendar ${c.id} is based on undefined calendar ${c.baseId}`, 'BaseCalendarUID');
    }
    for (const t of plan.tasks) {
      if (missing(t.calendarId)) throw new MspdiError(`Task ${t.id} uses undefined calendar ${t.calendarId}`, 'CalendarUID');
    }
    for (const r of plan.resources) {
      if (missing(r.calendarId)) throw new MspdiError(`Resource ${r.id} uses undefined calendar ${r.calendarId}`, 'CalendarUID');
    }
  }

  private date(element: XmlElement, name: string): string {
    return parseDateTime(textOf(element, name)!, name, child(element, name)?.line);
  }

  private optionalDate<K extends string>(element: XmlElement, name: string, key: K): Partial<Record<K, string>> {
    return textOf(element, name) === undefined ? {} : ({ [key]: this.date(element, name) } as Record<K, string>);
  }

  private hours(element: XmlElement, name: string): number | undefined {
    const text = textOf(element, name);
    if (text === undefined) return undefined;
    return tidy(parseDurationMinutes(text, name, child(element, name)?.line) / 60);
  }
}

