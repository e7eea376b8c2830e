import { registerEnumType } from 'type-graphql';

export enum TaskKind {
  TASK = 'TASK',
  SUMMARY = 'SUMMARY',
  MILESTONE = 'MILESTONE',
}
/** Fixed categories; each project names its own statuses inside them. */
export enum StatusCategory {
  BACKLOG = 'BACKLOG',
  UNSTARTED = 'UNSTARTED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
/** A summary task's progress, rolled up from its leaves (see @trellis/schema/rollup). */
export enum RollupState {
  NOT_STARTED = 'NOT_STARTED',
  STARTED = 'STARTED',
  DONE = 'DONE',
}
export enum DependencyType {
  FS = 'FS',
  SS = 'SS',
  FF = 'FF',
  SF = 'SF',
}
export const STATUS_CATEGORY_ORDER = [
  StatusCategory.BACKLOG,
  StatusCategory.UNSTARTED,
  StatusCategory.STARTED,
  StatusCategory.COMPLETED,
  StatusCategory.CANCELLED,
];

registerEnumType(TaskKind, { name: 'TaskKind' });
registerEnumType(StatusCategory, { name: 'StatusCategory' });
registerEnumType(RollupState, { name: 'RollupState' });
registerEnumType(DependencyType, {
  name: 'DependencyType',
  description: 'FS finish-to-start, SS start-to-start, FF finish-to-finish, SF start-to-finish',
});

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
registerEnumType(PlanPart, {
  name: 'PlanPart',
  description: 'LINKS dependencies, SETTINGS project calendar and status date, LEVELING leveling delays applied or cleared, IMPORT a whole plan imported',
});
