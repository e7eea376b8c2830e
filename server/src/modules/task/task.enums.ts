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
