import type { Activity } from './activity.entity.js';
import { describeMailActivity } from './mail.describe.js';
import { describeRegisterActivity } from './register.describe.js';
import { describeStakeholderActivity } from './stakeholder.describe.js';
import { describeRiskIssueActivity } from './risk-issue.describe.js';

/**
 * The one place where activity rows become words. A line is written as parts: plain text and
 * typed values (a calendar date, an amount of money, a count), so each reader's browser can show
 * the values in its own locale while the wording stays here. `sentenceText` gives the same line as
 * one string (the `summary` field, reports, tests).
 *
 * Extension point: a module that records its own kinds of rows adds ONE line at the start of
 * `describeActivity` (`const risk = describeRisk(a, names); if (risk) return risk;`) returning a
 * string or a `Sentence`, and, for grouped bursts, one line at the start of `describeBurst`.
 */
export interface Names {
  task(id: string): string | undefined;
  status(id: string): string | undefined;
  user(id: string): string | undefined;
  /** The project's currency (ISO 4217) for amounts of money; none = amounts shown as plain numbers. */
  currency?: string | null;
}

export type Value = { date: string } | { money: number; currency: string | null } | { count: number };
export type Part = string | Value;
export type Sentence = Part[];
/** What a describer answers: plain words, or words with typed values in them. */
export type Line = string | Sentence;

/** Stands for the number of rows in a burst; the reader puts the count in. */
export const COUNT: Value = { count: -1 };

const TASK_FIELDS: Record<string, string> = {
  percentComplete: '% complete',
  description: 'description',
  durationDays: 'duration',
  plannedStart: 'planned start',
  plannedFinish: 'planned finish',
  deadline: 'deadline',
  actualStart: 'actual start',
  actualFinish: 'actual finish',
  estimateHours: 'estimate',
  storyPoints: 'story points',
  calendarId: 'calendar',
  levelingDelayDays: 'leveling delay',
};

const PROJECT_FIELDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  methodology: 'methodology',
  status: 'status',
  startDate: 'start date',
  targetFinish: 'target finish',
  currency: 'currency',
  budget: 'budget',
  calendarId: 'calendar',
  statusDate: 'status date',
  timeZone: 'time zone',
};

const CHARTER_FIELDS: Record<string, string> = {
  purpose: 'purpose',
  objectives: 'objectives',
  successCriteria: 'success criteria',
  inScope: 'in-scope list',
  outOfScope: 'out-of-scope list',
  keyStakeholders: 'key stakeholders',
  text: 'text',
};

const CONSTRAINTS: Record<string, string> = {
  ASAP: 'start as soon as possible',
  ALAP: 'start as late as possible',
  SNET: 'start no earlier than',
  SNLT: 'start no later than',
  FNET: 'finish no earlier than',
  FNLT: 'finish no later than',
  MSO: 'start on',
  MFO: 'finish on',
};

const LINK_TYPES: Record<string, string> = { FS: 'finish-to-start', SS: 'start-to-start', FF: 'finish-to-finish', SF: 'start-to-finish' };

const WORDS: Record<string, string> = {
  HYBRID: 'hybrid',
  WATERFALL: 'waterfall',
  SCRUM: 'Scrum',
  KANBAN: 'Kanban',
  PROPOSED: 'proposed',
  ACTIVE: 'active',
  ON_HOLD: 'on hold',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
  OWNER: 'an owner',
  MANAGER: 'a manager',
  MEMBER: 'a member',
  VIEWER: 'a viewer',
  WORK: 'work',
  MATERIAL: 'material',
  COST: 'cost',
};
const word = (v: unknown) => WORDS[String(v)] ?? String(v).toLowerCase().replace(/_/g, ' ');

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (v === null || v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
const quote = (v: unknown) => {
  const s = String(v ?? '').trim();
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};
/** A calendar date from a LocalDate or a local date-time (`2027-01-11T08:00`): the day is what a reader wants. */
const date = (v: unknown): Part => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? { date: v.slice(0, 10) } : String(v));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const days = (v: unknown) => plural(num(v) ?? 0, 'day');

/** Who did it: the person's name, or Trellis itself (imports, schedule rules). */
function actorOf(a: Activity, names: Names): string {
  return a.actorId ? (names.user(a.actorId) ?? 'Someone') : 'Trellis';
}

function taskName(a: Activity, names: Names, id = a.taskId ?? a.entityId): string {
  return (id && names.task(id)) ?? (str(obj(a.newValue).name) ?? str(obj(a.oldValue).name) ?? 'a task');
}

/** The key of a task ("ERP-9") where the sentence names the task twice or only briefly. */
const keyOf = (label: string) => (/^[A-Z][A-Z0-9]*-\d+\b/.exec(label)?.[0] ?? label);

/**
 * One line for an activity row, e.g. "Ana moved ERP-12 Data mapping to In progress" or, with typed
 * values, ["Ana set ERP-9 to start no earlier than ", { date: '2027-01-11' }].
 */
export function describeActivity(a: Activity, names: Names): Line {
  const who = actorOf(a, names);
  const register = describeMailActivity(a, who) ?? describeRegisterActivity(a, who) ?? describeStakeholderActivity(a, who) ?? describeRiskIssueActivity(a, who, names);
  if (register) return register;
  const what = lineFor(a, names);
  return typeof what === 'string' ? `${who} ${what}` : [`${who} `, ...what];
}

function lineFor(a: Activity, names: Names): Line {
  switch (a.entityType) {
    case 'task':
      return taskLine(a, names);
    case 'dependency':
      return linkLine(a, names);
    case 'project':
      return projectLine(a, names);
    case 'member':
      return memberLine(a, names);
    case 'invitation':
      return a.action === 'DELETED' ? `withdrew the invitation for ${str(obj(a.oldValue).email) ?? 'someone'}` : `invited ${str(obj(a.newValue).email) ?? 'someone'} as ${word(obj(a.newValue).role ?? 'MEMBER')}`;
    case 'charter':
      return charterLine(a, names);
    case 'status':
      return statusLine(a, names);
    case 'board_token':
      if (a.field === 'wallRegisters') return wallRegistersLine(a);
      if (a.field === 'layout') return wallLayoutLine(a);
      return a.action === 'DELETED' ? 'revoked a wall board link' : `created the wall board link ${quote(obj(a.newValue).name ?? 'Wall')}`;
    case 'resource':
      return resourceLine(a);
    case 'assignment':
      return assignmentLine(a, names);
    case 'cost_entry':
      return costLine(a, names);
    case 'calendar':
      return calendarLine(a);
    case 'baseline':
      return a.action === 'DELETED' ? `removed the baseline ${quote(obj(a.oldValue).name)}` : `saved the baseline ${quote(obj(a.newValue).name)}`;
    default:
      return `${a.action === 'CREATED' ? 'added' : a.action === 'DELETED' ? 'removed' : 'changed'} ${a.entityType.replace(/_/g, ' ')}${a.field ? ` (${a.field})` : ''}`;
  }
}

function taskLine(a: Activity, names: Names): Line {
  const task = taskName(a, names);
  switch (a.action) {
    case 'CREATED': {
      const kind = obj(a.newValue).kind;
      return kind === 'MILESTONE' ? `created milestone ${task}` : `created ${task}`;
    }
    case 'DELETED':
      return `archived ${task}`;
    case 'MOVED':
      return `moved ${task} to WBS ${str(obj(a.newValue).wbsCode) ?? '?'}`;
    case 'WARNING':
      return `made a change to ${task} that was not taken as sent: ${str(obj(a.newValue).message) ?? 'it could not be stored'}`;
  }
  const to = a.newValue;
  const none = to === null || to === undefined || to === '';
  switch (a.field) {
    case 'name':
      return `renamed ${keyOf(task)} from ${quote(a.oldValue)} to ${quote(to)}`;
    case 'description':
      return `edited the description of ${task}`;
    case 'kind':
      return `made ${task} ${to === 'MILESTONE' ? 'a milestone' : to === 'SUMMARY' ? 'a summary task' : 'a task'}`;
    case 'archived':
      return `restored ${task}`;
    case 'statusId':
      return `moved ${task} to ${names.status(String(to)) ?? 'another status'}`;
    case 'assigneeId':
      if (none) return a.oldValue ? `unassigned ${names.user(String(a.oldValue)) ?? 'someone'} from ${task}` : `unassigned ${task}`;
      return `assigned ${names.user(String(to)) ?? 'someone'} to ${task}`;
    case 'percentComplete':
      return `set ${task} to ${num(to) ?? 0}% complete`;
    case 'durationDays':
      return `set the duration of ${task} to ${days(to)}`;
    case 'estimateHours':
      return none ? `cleared the estimate of ${task}` : `estimated ${task} at ${plural(num(to) ?? 0, 'hour')}`;
    case 'storyPoints':
      return none ? `cleared the story points of ${task}` : `gave ${task} ${plural(num(to) ?? 0, 'story point')}`;
    case 'constraint':
      return constraintLine(task, obj(to).type, obj(to).date);
    case 'constraintType':
      // Older rows: the type and the date were two rows; the date comes in its own line.
      return to === 'ASAP' || to === 'ALAP' ? constraintLine(task, to, null) : `set ${task} to ${CONSTRAINTS[String(to)] ?? 'a constraint on'} its constraint date`;
    case 'constraintDate':
      return none ? `cleared the constraint date of ${task}` : [`moved the constraint date of ${task} to `, date(to)];
    case 'deadline':
      return none ? `removed the deadline of ${task}` : [`set the deadline of ${task} to `, date(to)];
    case 'actualStart':
      return none ? `cleared the actual start of ${task}` : [`recorded that ${task} started on `, date(to)];
    case 'actualFinish':
      return none ? `cleared the actual finish of ${task}` : [`recorded that ${task} finished on `, date(to)];
    case 'plannedStart':
    case 'plannedFinish':
      return none ? `cleared the ${TASK_FIELDS[a.field]} of ${task}` : [`set the ${TASK_FIELDS[a.field]} of ${task} to `, date(to)];
    case 'calendarId':
      return none ? `put ${task} back on the project calendar` : `gave ${task} its own calendar`;
    case 'levelingDelayDays':
      return num(to) ? `delayed ${task} by ${days(to)} to level resources` : `removed the leveling delay of ${task}`;
    default:
      return `changed the ${TASK_FIELDS[a.field ?? ''] ?? a.field ?? 'details'} of ${task}`;
  }
}

function constraintLine(task: string, type: unknown, when: unknown): Line {
  const phrase = CONSTRAINTS[String(type)] ?? 'follow a constraint';
  if (type === 'ASAP' || type === 'ALAP' || !when) return `set ${task} to ${phrase}`;
  return [`set ${task} to ${phrase} `, date(when)];
}

function linkLine(a: Activity, names: Names): Line {
  const v = obj(a.action === 'DELETED' ? a.oldValue : a.newValue);
  const pred = names.task(String(v.predecessorId ?? '')) ?? 'a task';
  const succ = names.task(String(v.successorId ?? a.taskId ?? '')) ?? taskName(a, names);
  const type = LINK_TYPES[String(v.type ?? 'FS')] ?? 'finish-to-start';
  if (a.action === 'CREATED') return `linked ${pred} → ${succ} (${type}${num(v.lagDays) ? `, ${days(v.lagDays)} lag` : ''})`;
  if (a.action === 'DELETED') return `removed the link ${pred} → ${succ}`;
  if (a.field === 'type') return `made the link into ${succ} ${LINK_TYPES[String(a.newValue)] ?? 'finish-to-start'}`;
  if (a.field === 'lagDays') return `set the lag of the link into ${succ} to ${days(a.newValue)}`;
  return `changed the link into ${succ}`;
}

function projectLine(a: Activity, names: Names): Line {
  if (a.action === 'CREATED') return `created the project ${quote(obj(a.newValue).name)}`;
  const to = a.newValue;
  const none = to === null || to === undefined || to === '';
  switch (a.field) {
    case 'name':
      return `renamed the project to ${quote(to)}`;
    case 'description':
      return 'edited the project description';
    case 'methodology':
      return `switched the project to ${word(to)}`;
    case 'status':
      return `set the project status to ${word(to)}`;
    case 'archivedAt':
      return none ? 'restored the project' : 'archived the project';
    case 'startDate':
    case 'targetFinish':
    case 'statusDate':
      return none ? `cleared the project ${PROJECT_FIELDS[a.field]}` : [`set the project ${PROJECT_FIELDS[a.field]} to `, date(to)];
    case 'currency':
      return `set the project currency to ${String(to)}`;
    case 'budget':
      return none ? 'cleared the project budget' : ['set the project budget to ', { money: Number(to), currency: names.currency ?? null }];
    case 'calendarId':
      return none ? 'cleared the project calendar' : 'chose a new project calendar';
    case 'timeZone':
      return none ? 'set the project time zone back to UTC' : `set the project time zone to ${String(to)}`;
    case 'import': {
      const c = obj(to);
      return `imported a plan with ${plural(num(c.created) ?? 0, 'task')}, ${plural(num(c.resources) ?? 0, 'resource')} and ${plural(num(c.assignments) ?? 0, 'assignment')}`;
    }
    default:
      return `changed the project ${PROJECT_FIELDS[a.field ?? ''] ?? a.field ?? 'details'}`;
  }
}

function memberLine(a: Activity, names: Names): string {
  const person = names.user(a.entityId) ?? str(obj(a.newValue).email) ?? 'someone';
  if (a.action === 'CREATED') {
    const role = word(obj(a.newValue).role ?? 'MEMBER');
    return obj(a.newValue).invitationId ? `joined the project as ${role}` : `added ${person} as ${role}`;
  }
  if (a.action === 'DELETED') return `removed ${person} from the project`;
  if (a.field === 'role') return `made ${person} ${word(a.newValue)}`;
  return `changed the membership of ${person}`;
}

/** Which registers a wall board shows beside its board. */
function wallRegistersLine(a: Activity): string {
  const v = obj(a.newValue);
  const shown = [v.showTopRisks && 'the top risks', v.showBlockingIssues && 'the blocking issues'].filter(Boolean).join(' and ');
  return shown ? `set a wall board to show ${shown}` : 'set a wall board to show no risks or issues';
}

/** Which view a wall board shows. */
function wallLayoutLine(a: Activity): string {
  const view = ({ PROGRESS: "today's progress", SCHEDULE: 'the schedule', RISKS_ISSUES: 'risks and issues' } as Record<string, string>)[String(a.newValue)] ?? 'another view';
  return `set a wall board to show ${view}`;
}

function charterLine(a: Activity, names: Names): string {
  if (a.field === 'approverId') {
    const sponsor = a.newValue ? (names.user(String(a.newValue)) ?? 'someone') : null;
    return sponsor ? `named ${sponsor} the charter's sponsor` : "cleared the charter's sponsor";
  }
  if (a.action === 'WARNING') return `made a change to the charter that was not taken as sent: ${str(obj(a.newValue).message) ?? 'it could not be stored'}`;
  if (a.field === 'approvalState') {
    return ({ APPROVED: 'approved the charter', SUBMITTED: 'submitted the charter for approval', REJECTED: 'sent the charter back', DRAFT: 'reopened the charter as a draft' } as Record<string, string>)[String(a.newValue)] ?? 'changed the charter approval';
  }
  return `edited the charter's ${CHARTER_FIELDS[a.field ?? ''] ?? a.field ?? 'text'}`;
}

function statusLine(a: Activity, names: Names): string {
  if (a.action === 'CREATED') return `added the status ${quote(obj(a.newValue).name)}`;
  if (a.action === 'DELETED') return `removed the status ${quote(obj(a.oldValue).name)}`;
  const name = names.status(a.entityId) ?? 'a status';
  if (a.field === 'name') return `renamed the status ${quote(a.oldValue)} to ${quote(a.newValue)}`;
  if (a.field === 'color') return `recoloured the status ${name}`;
  if (a.field === 'position') return `reordered the status ${name}`;
  return `changed the status ${name}`;
}

function resourceLine(a: Activity): string {
  const name = str(obj(a.newValue).name) ?? str(obj(a.oldValue).name) ?? (a.field === 'name' ? quote(a.oldValue) : undefined);
  const it = name ? `the resource ${quote(name)}` : 'a resource';
  if (a.action === 'CREATED') return `added ${it}${obj(a.newValue).userId ? ' for a member' : ''}`;
  if (a.action === 'DELETED') return `removed ${it}`;
  if (a.field === 'name') return `renamed the resource ${quote(a.oldValue)} to ${quote(a.newValue)}`;
  if (a.field === 'rates') return `changed the rate table of ${it}`;
  if (a.field === 'maxUnits') return `set the capacity of ${it} to ${Math.round((num(a.newValue) ?? 0) * 100)}%`;
  if (a.field === 'userId') return a.newValue ? `linked ${it} to a member` : `unlinked ${it} from its member`;
  return `changed the ${({ standardRate: 'standard rate', overtimeRate: 'overtime rate', costPerUse: 'cost per use', calendarId: 'calendar', type: 'type' } as Record<string, string>)[a.field ?? ''] ?? 'details'} of ${it}`;
}

function assignmentLine(a: Activity, names: Names): string {
  const task = taskName(a, names);
  const v = obj(a.action === 'DELETED' ? a.oldValue : a.newValue);
  const resource = str(v.resource) ?? 'a resource';
  // Following a change of assignee, whose own line says "assigned Priya Shah to …": this one says what it did to the plan.
  if (v.followsAssignee) return a.action === 'DELETED' ? `took ${resource}'s hours off ${task}` : `planned ${resource}'s hours on ${task}`;
  if (a.action === 'CREATED') return `assigned ${resource} to ${task}`;
  if (a.action === 'DELETED') return `removed ${resource} from ${task}`;
  if (a.field === 'units') return `set ${resource === 'a resource' ? 'an assignment' : resource} on ${task} to ${Math.round((num(a.newValue) ?? 0) * 100)}%`;
  return `changed an assignment on ${task}`;
}

function costLine(a: Activity, names: Names): Line {
  const task = taskName(a, names);
  const v = obj(a.action === 'DELETED' ? a.oldValue : a.newValue);
  const amount = num(v.amount);
  const hours = num(v.hours);
  if (a.action === 'DELETED') return amount !== undefined ? ['removed a cost entry of ', { money: amount, currency: names.currency ?? null }, ` from ${task}`] : `removed a cost entry from ${task}`;
  if (!amount && hours) return `recorded ${plural(hours, 'hour')} on ${task}`;
  return ['recorded ', { money: amount ?? 0, currency: names.currency ?? null }, ` of cost on ${task}`];
}

function calendarLine(a: Activity): string {
  const name = str(obj(a.newValue).name) ?? str(obj(a.oldValue).name);
  const it = name ? `the calendar ${quote(name)}` : 'a calendar';
  if (a.action === 'CREATED') return `added ${it}`;
  if (a.action === 'DELETED') return `removed ${it}`;
  if (a.field === 'name') return `renamed the calendar ${quote(a.oldValue)} to ${quote(a.newValue)}`;
  if (a.field === 'workWeek') return `changed the working week of ${it}`;
  if (a.field === 'hoursPerDay') return `set the working day of ${it} to ${plural(num(a.newValue) ?? 0, 'hour')}`;
  if (a.field === 'exception' || a.field === 'exceptions') return `changed the holidays and exceptions of ${it}`;
  return `changed ${it}`;
}

/**
 * Which rows a feed may fold into one line: the same person doing the same kind of thing to the
 * same kind of item (for a field change, the same field). The first part, up to `|`, is the person
 * (the feed reads a person's sitting from it).
 */
export function burstKey(a: Activity): string {
  return [a.actorId ?? 'system', a.entityType, a.action, a.action === 'UPDATED' ? (a.field ?? '') : ''].join('|');
}

const NOUNS: Record<string, [one: string, many: string]> = {
  task: ['task', 'tasks'],
  dependency: ['link', 'links'],
  member: ['member', 'members'],
  invitation: ['invitation', 'invitations'],
  status: ['status', 'statuses'],
  resource: ['resource', 'resources'],
  assignment: ['assignment', 'assignments'],
  cost_entry: ['cost entry', 'cost entries'],
  calendar: ['calendar', 'calendars'],
  baseline: ['baseline', 'baselines'],
  board_token: ['wall board link', 'wall board links'],
};

/**
 * The line for a burst of rows like `a`, with `COUNT` where the number of rows goes:
 * "Alex Morgan recorded 10 cost entries", "… assigned 37 resources".
 */
export function describeBurst(a: Activity, names: Names): Sentence {
  const [verb, many] = burstWords(a);
  return [`${actorOf(a, names)} ${verb} `, COUNT, ` ${many}`];
}

const BURSTS: Record<string, [verb: string, many: string]> = {
  'cost_entry.CREATED': ['recorded', 'cost entries'],
  'assignment.CREATED': ['assigned', 'resources'],
  'task.DELETED': ['archived', 'tasks'],
  'task.MOVED': ['moved', 'tasks in the WBS'],
  'task.UPDATED.statusId': ['changed the status of', 'tasks'],
  'task.UPDATED.assigneeId': ['changed the assignee of', 'tasks'],
  'task.UPDATED.archived': ['restored', 'tasks'],
  'task.WARNING': ['had changes not taken as sent on', 'tasks'],
  'dependency.CREATED': ['added', 'links'],
};

function burstWords(a: Activity): [string, string] {
  const known = BURSTS[`${a.entityType}.${a.action}${a.action === 'UPDATED' ? `.${a.field}` : ''}`];
  if (known) return known;
  const many = NOUNS[a.entityType]?.[1] ?? a.entityType.replace(/_/g, ' ');
  if (a.action === 'CREATED') return [a.entityType === 'task' ? 'created' : 'added', many];
  if (a.action === 'DELETED') return ['removed', many];
  if (a.action === 'UPDATED' && a.field) {
    const label = (a.entityType === 'task' ? TASK_FIELDS[a.field] : undefined) ?? a.field.replace(/([A-Z])/g, ' $1').toLowerCase();
    return [`changed the ${label} of`, many];
  }
  return ['changed', many];
}

/** The line as parts, whatever the describer answered. */
export function sentenceOf(line: Line): Sentence {
  return typeof line === 'string' ? [line] : line;
}

const plainDate = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A value as plain English words, for readers that do not format it themselves. */
export function valueText(v: Value, count?: number): string {
  if ('date' in v) {
    const [y, m, d] = v.date.split('-').map(Number);
    return plainDate.format(new Date(Date.UTC(y, m - 1, d))).replace(',', '');
  }
  if ('money' in v) {
    return v.currency
      ? new Intl.NumberFormat('en-GB', { style: 'currency', currency: v.currency, maximumFractionDigits: Number.isInteger(v.money) ? 0 : 2 }).format(v.money)
      : new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(v.money);
  }
  return String(count ?? (v.count < 0 ? 'several' : v.count));
}

/** The whole line as one string, e.g. for `summary`. */
export function sentenceText(line: Line, count?: number): string {
  return sentenceOf(line)
    .map((p) => (typeof p === 'string' ? p : valueText(p, count)))
    .join('');
}

/** The tasks, people and statuses a row's line names, so a reader can load them in bulk first. */
export function referencedIds(a: Activity): { tasks: string[]; users: string[]; statuses: string[] } {
  const v = obj(a.action === 'DELETED' ? a.oldValue : a.newValue);
  const ids = (...xs: unknown[]) => [...new Set(xs.filter((x): x is string => typeof x === 'string' && x !== ''))];
  return {
    tasks: ids(a.taskId, a.entityType === 'task' ? a.entityId : null, v.predecessorId, v.successorId),
    users: ids(a.actorId, ['assigneeId', 'approverId', 'ownerId', 'escalatedToId', 'raisedById'].includes(a.field ?? '') ? a.newValue : null, a.field === 'assigneeId' || a.field === 'approverId' ? a.oldValue : null, a.entityType === 'member' ? a.entityId : null),
    statuses: ids(a.field === 'statusId' ? a.newValue : null, a.entityType === 'status' ? a.entityId : null),
  };
}
