import { STANDARD_CALENDAR } from '../calendar.js';
import type { ScheduleResult, ScheduledTask } from '../model.js';
import { outline, type BaselineTaskValues, type PlanCalendar, type PlanDocument, type PlanDocumentLink, type PlanDocumentTask, type PlanWorkingTime } from '../plan-document.js';
import {
  CONSTRAINT_CODES,
  DurationFormat,
  LINK_TYPE_CODES,
  MSPDI_NAMESPACE,
  OPEN_END,
  OPEN_START,
  RESOURCE_TYPE_CODES,
} from './codes.js';
import { MINUTES_PER_ELAPSED_DAY, formatDateTime, formatDurationMinutes } from './units.js';

export interface MspdiExportOptions {
  /** Computed dates to write as the tasks' Start/Finish, early/late dates and slack, so the file opens as scheduled. */
  schedule?: ScheduleResult;
  /** MS Project SaveVersion to declare; 12 is Project 2007, whose format later versions read. */
  saveVersion?: number;
}

const DEFAULT_HOURS_PER_DAY = 8;
const LAG_SCALE = 10;
/** MSPDI DayType of Sunday; Saturday is 7. */
const SUNDAY_DAY_TYPE = 1;
/** Task/Type 1 = fixed duration: assigning resources never changes a Trellis task's duration. */
const FIXED_DURATION = 1;
const NO_CALENDAR = -1;
/** StandardRateFormat/OvertimeRateFormat: rates are per hour; a material's rate is per unit. */
const HOURLY_RATE_FORMAT = 2;
const MATERIAL_RATE_FORMAT = 8;

/** A child element: name and text, or name and nested children. Undefined values are left out. */
type Node = [string, string | number | Node[] | undefined];

/**
 * Writes a plan document as MS Project XML. Element order follows the MSPDI schema, which MS Project enforces.
 * Ids that are numbers are kept as UIDs (so a file read in and written out keeps its UIDs); others get new ones.
 */
export function exportMspdi(plan: PlanDocument, options: MspdiExportOptions = {}): string {
  const writer = new MspdiWriter(plan, options);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${render(['Project', writer.project()], 0, true)}\n`;
}

class MspdiWriter {
  private readonly minutesPerDay: number;
  /** The plan's calendars, plus Standard when the plan relies on it as its project calendar. */
  private readonly calendars: PlanCalendar[];
  private readonly projectCalendarId: string;
  private readonly calendarUids: Map<string, number>;
  private readonly taskUids: Map<string, number>;
  private readonly resourceUids: Map<string, number>;
  private readonly scheduled: Map<string, ScheduledTask>;
  private readonly parents: Set<string>;
  private readonly linksTo: Map<string, PlanDocumentLink[]>;
  private readonly baselineValues: Map<number, Map<string, BaselineTaskValues>>;

  constructor(
    private readonly plan: PlanDocument,
    private readonly options: MspdiExportOptions,
  ) {
    const projectCalendar = plan.calendars.find((c) => c.id === plan.project.calendarId);
    this.minutesPerDay = Math.round((projectCalendar?.hoursPerDay ?? DEFAULT_HOURS_PER_DAY) * 60);
    // A plan without a project calendar is scheduled on Standard; MS Project needs it written out.
    let standardId = STANDARD_CALENDAR.id;
    while (plan.calendars.some((c) => c.id === standardId)) standardId += '_';
    const standard: PlanCalendar = {
      id: standardId,
      name: STANDARD_CALENDAR.name ?? 'Standard',
      workWeek: STANDARD_CALENDAR.workWeek ?? {},
      hoursPerDay: this.minutesPerDay / 60,
      exceptions: [],
    };
    this.calendars = plan.project.calendarId ? plan.calendars : [...plan.calendars, standard];
    this.projectCalendarId = plan.project.calendarId ?? standard.id;
    this.calendarUids = assignUids(this.calendars.map((c) => c.id), 1);
    this.taskUids = assignUids(plan.tasks.map((t) => t.id), 1);
    this.resourceUids = assignUids(plan.resources.map((r) => r.id), 1);
    this.scheduled = new Map((options.schedule?.tasks ?? []).map((t) => [t.id, t]));
    this.parents = new Set(plan.tasks.flatMap((t) => (t.parentId ? [t.parentId] : [])));
    this.linksTo = new Map();
    for (const link of plan.links) {
      const list = this.linksTo.get(link.successorId);
      if (list) list.push(link);
      else this.linksTo.set(link.successorId, [link]);
    }
    this.baselineValues = new Map(plan.baselines.map((b) => [b.number, new Map(b.tasks.map((t) => [t.taskId, t]))]));
  }

  project(): Node[] {
    const { plan } = this;
    return [
      ['SaveVersion', this.options.saveVersion ?? 12],
      ['Name', plan.project.name],
      ['Title', plan.project.name],
      ['ScheduleFromStart', 1],
      ['StartDate', formatDateTime(plan.project.start)],
      ['FinishDate', this.options.schedule ? formatDateTime(this.options.schedule.finish) : undefined],
      ['CurrencyCode', plan.project.currency],
      ['CalendarUID', this.calendarUids.get(this.projectCalendarId)],
      ['MinutesPerDay', this.minutesPerDay],
      ['MinutesPerWeek', this.minutesPerDay * 5],
      ['StatusDate', plan.project.statusDate ? formatDateTime(plan.project.statusDate) : undefined],
      ['Calendars', this.calendars.map((c) => this.calendar(c))],
      ['Tasks', [this.projectSummaryTask(), ...outline(plan.tasks).map((row, i) => this.task(row.task, i + 1, row.level, row.wbs))]],
      ['Resources', plan.resources.map((r, i) => this.resource(r, i + 1))],
      ['Assignments', plan.assignments.map((a, i) => this.assignment(a, i + 1))],
    ];
  }

  private calendar(calendar: PlanCalendar): Node {
    const weekDays: Node[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const times = calendar.workWeek[String(weekday) as keyof PlanCalendar['workWeek']];
      if (times === undefined) continue;
      weekDays.push(['WeekDay', [['DayType', weekday + SUNDAY_DAY_TYPE], ['DayWorking', times.length > 0 ? 1 : 0], ...workingTimes(times)]]);
    }
    const exceptions: Node[] = calendar.exceptions.map((e) => [
      'Exception',
      [
        ['EnteredByOccurrences', 0],
        ['TimePeriod', [['FromDate', `${e.from}T00:00:00`], ['ToDate', `${e.to}T23:59:00`]]],
        ['Occurrences', 1],
        ['Name', e.name],
        ['Type', 1],
        ['DayWorking', e.working ? 1 : 0],
        ...(e.working ? workingTimes(e.times ?? []) : []),
      ],
    ]);
    return [
      'Calendar',
      [
        ['UID', this.calendarUids.get(calendar.id)],
        ['Name', calendar.name],
        ['IsBaseCalendar', calendar.baseId ? 0 : 1],
        ['BaseCalendarUID', calendar.baseId ? this.calendarUids.get(calendar.baseId) : NO_CALENDAR],
        ['WeekDays', weekDays.length > 0 ? weekDays : undefined],
        ['Exceptions', exceptions.length > 0 ? exceptions : undefined],
      ],
    ];
  }

  /** UID 0 is the project summary row MS Project shows as the project itself. */
  private projectSummaryTask(): Node {
    const schedule = this.options.schedule;
    return [
      'Task',
      [
        ['UID', 0],
        ['ID', 0],
        ['Name', this.plan.project.name],
        ['Type', FIXED_DURATION],
        ['IsNull', 0],
        ['WBS', 0],
        ['OutlineNumber', 0],
        ['OutlineLevel', 0],
        ['Start', schedule ? formatDateTime(schedule.start) : formatDateTime(this.plan.project.start)],
        ['Finish', schedule ? formatDateTime(schedule.finish) : undefined],
        ['Summary', 1],
      ],
    ];
  }

  private task(task: PlanDocumentTask, id: number, level: number, wbs: string): Node {
    const uid = this.taskUids.get(task.id)!;
    const s = this.scheduled.get(task.id);
    const summary = task.kind === 'SUMMARY' || this.parents.has(task.id);
    const calendarUid = task.calendarId ? this.calendarUids.get(task.calendarId) : NO_CALENDAR;
    const slack = (days: number | undefined): number | undefined =>
      days === undefined ? undefined : Math.round(days * this.minutesPerDay * LAG_SCALE);
    return [
      'Task',
      [
        ['UID', uid],
        ['ID', id],
        ['Name', task.name],
        ['Type', FIXED_DURATION],
        ['IsNull', 0],
        ['WBS', wbs],
        ['OutlineNumber', wbs],
        ['OutlineLevel', level],
        ['Start', s && formatDateTime(s.start)],
        ['Finish', s && formatDateTime(s.finish)],
        ['Duration', formatDurationMinutes((s && summary ? s.durationDays : task.durationDays) * this.minutesPerDay)],
        ['DurationFormat', DurationFormat.DAYS],
        ['Estimated', 0],
        ['Milestone', task.kind === 'MILESTONE' ? 1 : 0],
        ['Summary', summary ? 1 : 0],
        ['Critical', s ? (s.critical ? 1 : 0) : undefined],
        ['EarlyStart', s && formatDateTime(s.earlyStart)],
        ['EarlyFinish', s && formatDateTime(s.earlyFinish)],
        ['LateStart', s && formatDateTime(s.lateStart)],
        ['LateFinish', s && formatDateTime(s.lateFinish)],
        ['FreeSlack', slack(s?.freeFloatDays)],
        ['TotalSlack', slack(s?.totalFloatDays)],
        ['FixedCost', task.fixedCost !== undefined ? toCents(task.fixedCost) : undefined],
        // The schema holds whole percentages only.
        ['PercentComplete', task.percentComplete !== undefined ? Math.round(task.percentComplete) : undefined],
        ['ActualStart', task.actualStart && formatDateTime(task.actualStart)],
        ['ActualFinish', task.actualFinish && formatDateTime(task.actualFinish)],
        ['ActualCost', task.actualCost !== undefined ? toCents(task.actualCost) : undefined],
        ['ActualWork', task.actualWorkHours !== undefined ? formatDurationMinutes(task.actualWorkHours * 60) : undefined],
        ['ConstraintType', CONSTRAINT_CODES[task.constraint?.type ?? 'ASAP']],
        ['CalendarUID', calendarUid],
        ['ConstraintDate', task.constraint?.date && formatDateTime(task.constraint.date)],
        ['Deadline', task.deadline && formatDateTime(task.deadline)],
        ['LevelingDelay', task.levelingDelayDays ? Math.round(task.levelingDelayDays * this.minutesPerDay * LAG_SCALE) : undefined],
        ['LevelingDelayFormat', task.levelingDelayDays ? DurationFormat.DAYS : undefined],
        ['Notes', task.notes],
        ...(this.linksTo.get(task.id) ?? []).map((l) => this.predecessorLink(l)),
        ...this.baselines(task.id),
      ],
    ];
  }

  private predecessorLink(link: PlanDocumentLink): Node {
    let lag = 0;
    let format: number = DurationFormat.DAYS;
    if (link.lagPercent !== undefined) {
      lag = link.lagPercent * LAG_SCALE;
      format = DurationFormat.PERCENT;
    } else if (link.elapsed) {
      lag = (link.lagDays ?? 0) * MINUTES_PER_ELAPSED_DAY * LAG_SCALE;
      format = DurationFormat.ELAPSED_DAYS;
    } else {
      lag = (link.lagDays ?? 0) * this.minutesPerDay * LAG_SCALE;
    }
    return [
      'PredecessorLink',
      [
        ['PredecessorUID', this.taskUids.get(link.predecessorId)],
        ['Type', LINK_TYPE_CODES[link.type]],
        ['CrossProject', 0],
        ['LinkLag', Math.round(lag)],
        ['LagFormat', format],
      ],
    ];
  }

  private baselines(taskId: string): Node[] {
    return this.plan.baselines.flatMap((baseline) => {
      const values = this.baselineValues.get(baseline.number)?.get(taskId);
      if (!values) return [];
      return [
        [
          'Baseline',
          [
            ['Number', baseline.number],
            ['Start', values.start && formatDateTime(values.start)],
            ['Finish', values.finish && formatDateTime(values.finish)],
            ['Duration', values.durationDays !== undefined ? formatDurationMinutes(values.durationDays * this.minutesPerDay) : undefined],
            ['DurationFormat', values.durationDays !== undefined ? DurationFormat.DAYS : undefined],
            ['Work', values.workHours !== undefined ? formatDurationMinutes(values.workHours * 60) : undefined],
            ['Cost', values.cost !== undefined ? toCents(values.cost) : undefined],
          ],
        ] satisfies Node,
      ];
    });
  }

  private resource(resource: PlanDocument['resources'][number], id: number): Node {
    const rates: Node[] = (resource.rates ?? []).map((rate, i, all) => {
      const next = all[i + 1]?.from;
      return [
        'Rate',
        [
          ['RatesFrom', `${rate.from ?? OPEN_START}T00:00:00`],
          ['RatesTo', next ? `${previousDay(next)}T23:59:00` : `${OPEN_END}T23:59:00`],
          ['RateTable', 0],
          ['StandardRate', rate.standardRate],
          ['StandardRateFormat', resource.type === 'MATERIAL' ? MATERIAL_RATE_FORMAT : HOURLY_RATE_FORMAT],
          ['OvertimeRate', rate.overtimeRate ?? 0],
          ['OvertimeRateFormat', HOURLY_RATE_FORMAT],
          ['CostPerUse', toCents(rate.costPerUse ?? 0)],
        ],
      ];
    });
    const availability: Node[] = (resource.availability ?? []).map((a) => [
      'AvailabilityPeriod',
      [
        ['AvailableFrom', `${a.from ?? OPEN_START}T00:00:00`],
        ['AvailableTo', `${a.to ?? OPEN_END}T23:59:00`],
        ['AvailableUnits', a.units],
      ],
    ]);
    return [
      'Resource',
      [
        ['UID', this.resourceUids.get(resource.id)],
        ['ID', id],
        ['Name', resource.name],
        ['Type', RESOURCE_TYPE_CODES[resource.type]],
        ['IsNull', 0],
        ['Initials', resource.initials],
        ['MaterialLabel', resource.materialLabel],
        ['MaxUnits', resource.type === 'WORK' ? resource.maxUnits : undefined],
        ['StandardRate', resource.standardRate ?? 0],
        ['StandardRateFormat', resource.type === 'MATERIAL' ? MATERIAL_RATE_FORMAT : HOURLY_RATE_FORMAT],
        ['OvertimeRate', resource.overtimeRate ?? 0],
        ['OvertimeRateFormat', HOURLY_RATE_FORMAT],
        ['CostPerUse', toCents(resource.costPerUse ?? 0)],
        ['CalendarUID', resource.calendarId ? this.calendarUids.get(resource.calendarId) : undefined],
        ['Notes', resource.notes],
        ['IsCostResource', resource.type === 'COST' ? 1 : 0],
        ['AvailabilityPeriods', availability.length > 0 ? availability : undefined],
        ['Rates', rates.length > 0 ? rates : undefined],
      ],
    ];
  }

  private assignment(assignment: PlanDocument['assignments'][number], uid: number): Node {
    return [
      'Assignment',
      [
        ['UID', uid],
        ['TaskUID', this.taskUids.get(assignment.taskId)],
        ['ResourceUID', this.resourceUids.get(assignment.resourceId)],
        ['Cost', assignment.cost !== undefined ? toCents(assignment.cost) : undefined],
        ['Units', assignment.units],
        ['Work', assignment.workHours !== undefined ? formatDurationMinutes(assignment.workHours * 60) : undefined],
      ],
    ];
  }
}

function workingTimes(times: PlanWorkingTime[]): Node[] {
  if (times.length === 0) return [];
  return [
    [
      'WorkingTimes',
      times.map((t): Node => ['WorkingTime', [['FromTime', `${t.from}:00`], ['ToTime', t.to === '24:00' ? '00:00:00' : `${t.to}:00`]]]),
    ],
  ];
}

/** Keeps numeric ids as UIDs and numbers the rest after the highest one. */
function assignUids(ids: string[], firstFree: number): Map<string, number> {
  const uids = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    if (/^[1-9]\d{0,8}$/.test(id) && !taken.has(Number(id))) {
      uids.set(id, Number(id));
      taken.add(Number(id));
    }
  }
  let next = Math.max(firstFree - 1, ...taken) + 1;
  for (const id of ids) if (!uids.has(id)) uids.set(id, next++);
  return uids;
}

function toCents(amount: number): number {
  return Math.round(amount * 100);
}

function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function render([name, value]: Node, depth: number, root = false): string {
  const indent = '\t'.repeat(depth);
  const open = root ? `<${name} xmlns="${MSPDI_NAMESPACE}">` : `<${name}>`;
  if (Array.isArray(value)) {
    const inner = value.filter(([, v]) => v !== undefined).map((n) => render(n, depth + 1));
    if (inner.length === 0) return `${indent}${open}</${name}>`;
    return `${indent}${open}\n${inner.join('\n')}\n${indent}</${name}>`;
  }
  return `${indent}${open}${escapeXml(String(value))}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
