/**
 * The task module: tasks, their statuses and links, and the task tree's derived columns. The
 * tree itself changes through a `TaskStructure` (the collab module's WBS document) and the
 * scheduled dates come from `ScheduledDates` (the planning module): the composition root passes
 * both in, so this module imports neither. Other modules import it only from here.
 */
import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { batchOptions, byId, groupBy } from '../../common/batch.js';
import { defineModule } from '../../module.js';

import type { ActivityService } from '../activity/index.js';
import { addDefaultStatuses } from './default-statuses.js';
import { Dependency } from './dependency.entity.js';
import { DependencyService } from './dependency.service.js';
import type { Outline, TaskEventPayload } from './outline.types.js';
import { ProjectTasksResolver } from './project-tasks.resolver.js';
import { TaskStatus } from './status.entity.js';
import { StatusService } from './status.service.js';
import type { TaskStructure } from './structure.js';
import type { AssigneeFollower } from './assignee.js';
import { Task } from './task.entity.js';
import { DependencyResolver, StatusResolver, TaskResolver } from './task.resolver.js';
import { TaskService, type ScheduledDates } from './task.service.js';

export { addDefaultStatuses, DEFAULT_STATUSES } from './default-statuses.js';
export { Dependency } from './dependency.entity.js';
export { DependencyService } from './dependency.service.js';
export { Outline, OutlineNode } from './outline.types.js';
export type { TaskEventPayload } from './outline.types.js';
export { TaskStatus } from './status.entity.js';
export { StatusService } from './status.service.js';
export type { TaskStructure } from './structure.js';
export type { AssigneeChange, AssigneeFollower } from './assignee.js';
export { Task } from './task.entity.js';
export { ConstraintType, DependencyType, PlanPart, STATUS_CATEGORY_ORDER, StatusCategory, TaskKind } from './task.enums.js';
export { TaskConnection, TaskPayload } from './task.payloads.js';
export { reconcileTaskProgress, TaskService } from './task.service.js';
export type { ScheduledDates } from './task.service.js';
export { lockProject } from './wbs.js';
export { asItWas, asOfDayOf, markAsOf, taskStatesAsOf, SETTLED_MS, keepRecent, settledBy, type PastTaskState } from './history.js';
export { KeptTaskStates } from './kept-states.js';
export { catchUpCheckpoints, checkpointAt, statesAt, CHECKPOINT_RULE, type CheckpointRule } from './checkpoints.js';
export { rollUpAncestors, storeRollups } from './rollup.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    TASK_UPDATED: [projectId: string, payload: TaskEventPayload];
    OUTLINE_CHANGED: [projectId: string, payload: Outline];
  }
}

/** This module's per-request loaders. */
const taskLoaders = (ds: DataSource) => ({
  task: new DataLoader<string, Task | null>(async (ids) => byId(ids, await ds.getRepository(Task).findBy({ id: In([...ids]) })), batchOptions),
  status: new DataLoader<string, TaskStatus | null>(async (ids) =>
    byId(ids, await ds.getRepository(TaskStatus).findBy({ id: In([...ids]) })), batchOptions),
  statusesByProject: new DataLoader<string, TaskStatus[]>(async (ids) =>
    groupBy(
      ids,
      await ds.getRepository(TaskStatus).find({ where: { projectId: In([...ids]) }, order: { position: 'ASC' } }),
      (s) => s.projectId,
    ), batchOptions),
  /** Live (not archived) tasks of a project in outline order. */
  tasksByProject: new DataLoader<string, Task[]>(async (ids) =>
    groupBy(
      ids,
      await ds.getRepository(Task).find({
        where: { projectId: In([...ids]), archivedAt: IsNull() },
        order: { wbsSort: 'ASC' },
      }),
      (t) => t.projectId,
    ), batchOptions),
  /** Both directions of a task's links in one query: `in` (it is the successor) and `out`. */
  links: new DataLoader<string, { in: Dependency[]; out: Dependency[] }>(async (ids) => {
    const rows = await ds.getRepository(Dependency).find({
      where: [{ successorId: In([...ids]) }, { predecessorId: In([...ids]) }],
      order: { createdAt: 'ASC' },
    });
    const m = new Map(ids.map((id) => [id, { in: [] as Dependency[], out: [] as Dependency[] }]));
    for (const d of rows) {
      m.get(d.successorId)?.in.push(d);
      m.get(d.predecessorId)?.out.push(d);
    }
    return ids.map((id) => m.get(id)!);
  }, batchOptions),
  childCount: new DataLoader<string, number>(async (ids) => {
    const rows: { parent_id: string; n: string }[] = await ds.query(
      `SELECT parent_id, count(*) AS n FROM tasks WHERE parent_id = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY parent_id`,
      [ids],
    );
    const m = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
    return ids.map((id) => m.get(id) ?? 0);
  }, batchOptions),
});
declare module '../../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders, added to ctx.loaders
  interface RequestLoaders extends ReturnType<typeof taskLoaders> {}
}

export interface TaskNeeds {
  /** Changes the tree through the WBS document (the collab module's WbsService). */
  structure: TaskStructure;
  /** A task's scheduled dates, for progress rules (the planning module's schedules). */
  scheduled: ScheduledDates;
  activity: ActivityService;
  /** What follows an assignee change in its transaction: the person's resource (the planning module's resources). */
  assignees: AssigneeFollower;
}

declare module '../../common/actor.js' {
  interface EntityKinds {
    task: true;
    dependency: true;
    status: true;
  }
}

export const taskModule = defineModule({
  name: 'task',
  entities: [TaskStatus, Task, Dependency],
  loaders: taskLoaders,
  located: {
    task: { name: 'Task', sql: 'SELECT id, project_id FROM tasks WHERE id = ANY($1::uuid[])' },
    dependency: { name: 'Dependency', sql: 'SELECT id, project_id FROM task_dependencies WHERE id = ANY($1::uuid[])' },
    status: { name: 'Status', sql: 'SELECT id, project_id FROM task_statuses WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds, clock }, needs: TaskNeeds) => {
    const tasks = new TaskService(ds, needs.structure, needs.scheduled, needs.assignees, clock);
    const dependencies = new DependencyService(ds);
    const statuses = new StatusService(ds);
    return {
      services: { tasks, dependencies, statuses, projectSetUp: addDefaultStatuses },
      resolvers: [
        [TaskResolver, new TaskResolver(tasks, needs.activity)],
        [DependencyResolver, new DependencyResolver(dependencies)],
        [StatusResolver, new StatusResolver(statuses)],
        [ProjectTasksResolver, new ProjectTasksResolver(tasks, dependencies, statuses)],
      ],
    };
  },
});
