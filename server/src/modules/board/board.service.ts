import { In, IsNull, LessThan, type DataSource } from 'typeorm';
import { endOfDay } from '../../common/as-of.js';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { can } from '../../common/guard.js';
import { NotFoundError } from '../../common/errors.js';
import { Activity, activityParts, burstKey, describeActivity, describeBurst, referencedIds, sentenceText } from '../activity/index.js';
import { Project } from '../project/index.js';
import { asItWas, STATUS_CATEGORY_ORDER, StatusCategory, Task, TaskKind, TaskStatus } from '../task/index.js';
import { User } from '../user/index.js';
import type { PastPlan, ScheduledTask } from '../planning/index.js';
import type { Board, BoardCard } from './board.types.js';
import { projectPercent, rollUpTree } from '@trellis/schema/rollup';

/** Enough rows for the wall to fold a burst (an import, a round of assignments) into one line and still fill its list. */
const RECENT = 80;
const done = (c: StatusCategory | undefined) => c === StatusCategory.COMPLETED || c === StatusCategory.CANCELLED;

/** Where the board reads task dates: the project's current schedule. */
export interface ScheduleSource {
  current(projectId: string): Promise<{ schedule: { tasks: ScheduledTask[] } }>;
  /** The plan as it stood at the end of a past day with its schedule (checks the day). */
  pastSchedule(projectId: string, asOf: string): Promise<Pick<PastPlan, 'schedule' | 'past' | 'memo' | 'shared'>>;
}

/** What a board shows of a task. */
type BoardTask = Pick<Task, 'id' | 'number' | 'parentId' | 'name' | 'wbsCode' | 'kind' | 'percentComplete' | 'rollupPercent' | 'assigneeId' | 'statusId' | 'durationDays' | 'version'>;

/** Computes a board from five queries, whatever the size of the project. */
export class BoardService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleSource,
  ) {}

  async forViewer(actor: Actor, projectId: string, asOf: string | null = null): Promise<Board> {
    await can(actor, projectId, Permission.BOARD_READ);
    return asOf === null ? this.compute(projectId) : this.computeAsOf(projectId, asOf);
  }

  /**
   * The board as it stood at the end of a past day: the tasks that existed then with their status
   * and progress of that day, the schedule forecast from them, and the activity up to then.
   */
  async computeAsOf(projectId: string, asOf: string): Promise<Board> {
    const plan = await this.schedules.pastSchedule(projectId, asOf);
    // The tasks' rows as they are now are the same for every past day while the plan is unchanged
    // (its fingerprint covers them); that day's tasks are those rows as they were then.
    let now = plan.shared.get('board.tasks') as Promise<BoardTask[]> | undefined;
    if (!now) {
      plan.shared.set('board.tasks', (now = this.readTasks(projectId)));
      now.catch(() => plan.shared.delete('board.tasks'));
    }
    let tasks = plan.memo.get('board.tasks') as BoardTask[] | undefined;
    if (!tasks) {
      // The tasks that existed and were not deleted then, as they were.
      tasks = (await now).flatMap((t) => {
        const p = plan.past.get(t.id);
        return p && !p.archived ? [asItWas({ ...t }, p)] : [];
      });
      const live = new Set(tasks.map((t) => t.id));
      for (const t of tasks) if (t.parentId && !live.has(t.parentId)) t.parentId = null;
      plan.memo.set('board.tasks', tasks);
    }
    return this.compute(projectId, undefined, { rows: plan.schedule!.tasks, tasks, at: endOfDay(asOf), memo: plan.memo });
  }

  /** Every task's row as a board shows it, archived ones included (plain rows: 10,000 entities cost more than the query). */
  private async readTasks(projectId: string): Promise<BoardTask[]> {
    return (await this.ds.query(
      `SELECT id, number, parent_id AS "parentId", name, wbs_code AS "wbsCode", kind, percent_complete AS "percentComplete", rollup_percent AS "rollupPercent",
              assignee_id AS "assigneeId", status_id AS "statusId", duration_days::float8 AS "durationDays", version
         FROM tasks WHERE project_id = $1 ORDER BY wbs_sort`,
      [projectId],
    )) as BoardTask[];
  }

  async compute(
    projectId: string,
    known?: Pick<Project, 'key' | 'name' | 'currency'>,
    then?: { rows: ScheduledTask[]; tasks: BoardTask[]; at: Date; memo: Map<string, unknown> },
  ): Promise<Board> {
    const project = known ?? (await this.ds.getRepository(Project).findOne({ select: { key: true, name: true, currency: true }, where: { id: projectId } }));
    if (!project) throw new NotFoundError('Project');
    // Dates and lateness are the schedule's; a plan the engine refuses (the schedule says why) shows none.
    const plan = then ? { schedule: { tasks: then.rows } } : await this.schedules.current(projectId).catch(() => null);
    const rows = new Map((plan?.schedule.tasks ?? []).map((r) => [r.taskId, r]));
    const select = { id: true, number: true, parentId: true, name: true, wbsCode: true, kind: true, percentComplete: true, rollupPercent: true, assigneeId: true, statusId: true, durationDays: true, version: true } as const;
    const [statuses, tasks, activity] = await Promise.all([
      this.ds.getRepository(TaskStatus).find({ where: { projectId }, order: { position: 'ASC' } }),
      // Only what a board shows: descriptions can be long and are never on a card.
      then ? then.tasks : (this.ds.getRepository(Task).find({ select, where: { projectId, archivedAt: IsNull() }, order: { wbsSort: 'ASC' } }) as Promise<BoardTask[]>),
      this.ds.getRepository(Activity).find({ where: then ? { projectId, createdAt: LessThan(then.at) } : { projectId }, order: { id: 'DESC' }, take: RECENT }),
    ]);
    const userIds = new Set<string>();
    for (const t of tasks) if (t.assigneeId) userIds.add(t.assigneeId);
    for (const a of activity) for (const id of referencedIds(a).users) userIds.add(id);
    const users = userIds.size ? await this.ds.getRepository(User).find({ select: { id: true, name: true }, where: { id: In([...userIds]) } }) : [];
    const userName = new Map(users.map((u) => [u.id, u.name]));
    const statusById = new Map(statuses.map((s) => [s.id, s]));
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const card = (t: BoardTask): BoardCard => {
      const cat = statusById.get(t.statusId)?.category;
      const row = rows.get(t.id);
      return {
        id: t.id,
        key: `${project.key}-${t.number}`,
        name: t.name,
        wbsCode: t.wbsCode,
        kind: t.kind,
        percentComplete: t.percentComplete,
        start: row?.start ?? null,
        finish: row?.finish ?? null,
        plannedFinish: row?.finish.slice(0, 10) ?? null,
        assignee: t.assigneeId ? { id: t.assigneeId, name: userName.get(t.assigneeId) ?? 'Unknown' } : null,
        statusId: t.statusId,
        late: !!row?.late && !done(cat),
        version: t.version,
      };
    };
    const leaves = tasks.filter((t) => t.kind !== TaskKind.SUMMARY);
    const cards = leaves.map(card);
    const columns = statuses.map((s) => {
      const inCol = cards.filter((c) => c.statusId === s.id);
      return { statusId: s.id, name: s.name, category: s.category, color: s.color, count: inCol.length, cards: inCol };
    });
    const categories = STATUS_CATEGORY_ORDER.map((category) => ({
      category,
      count: leaves.filter((t) => statusById.get(t.statusId)?.category === category).length,
    }));
    // The project's percent is the summaries' rule over all of its work (@trellis/schema/rollup).
    const rollUp = () =>
      rollUpTree(
        tasks.map((t) => ({ id: t.id, parentId: t.parentId, kind: t.kind, durationDays: t.durationDays, percentComplete: t.percentComplete, category: statusById.get(t.statusId)?.category ?? StatusCategory.UNSTARTED })),
      ).total;
    // As of a past day, kept with that day's tasks for the statuses' categories it was made with.
    const rolledUp = then ? `board.percent|${statuses.map((s) => `${s.id}:${s.category}`).join()}` : null;
    let overall = rolledUp ? (then!.memo.get(rolledUp) as ReturnType<typeof rollUp> | undefined) : undefined;
    if (!overall) {
      overall = rollUp();
      if (rolledUp) then!.memo.set(rolledUp, overall);
    }
    const milestones = tasks
      .filter((t) => t.kind === TaskKind.MILESTONE)
      .map((t) => {
        const row = rows.get(t.id);
        const completed = statusById.get(t.statusId)?.category === StatusCategory.COMPLETED;
        return { id: t.id, key: `${project.key}-${t.number}`, name: t.name, date: row?.finish.slice(0, 10) ?? null, finish: row?.finish ?? null, completed, late: !!row?.late && !completed };
      });
    const label = (id: string) => {
      const t = taskById.get(id);
      return t ? `${project.key}-${t.number} ${t.name}` : undefined;
    };
    // Rows may name tasks archived since; the board's task list holds only the open ones.
    const named = new Map(tasks.map((t) => [t.id, t]));
    const archivedIds = [...new Set(activity.flatMap((a) => referencedIds(a).tasks))].filter((id) => !named.has(id));
    if (archivedIds.length) for (const t of await this.ds.getRepository(Task).find({ select: { id: true, number: true, name: true }, where: { id: In(archivedIds), projectId } })) named.set(t.id, t);
    const names = {
      task: (id: string) => label(id) ?? (named.get(id) ? `${project.key}-${named.get(id)!.number} ${named.get(id)!.name}` : undefined),
      status: (id: string) => statusById.get(id)?.name,
      user: (id: string) => userName.get(id),
      currency: project.currency,
    };
    return {
      projectId,
      projectKey: project.key,
      projectName: project.name,
      generatedAt: then ? then.at : new Date(),
      percentComplete: projectPercent(overall),
      taskCount: leaves.length,
      categories,
      columns,
      milestones,
      lateTasks: cards.filter((c) => c.late).sort((a, b) => (a.finish ?? '').localeCompare(b.finish ?? '')),
      recentActivity: activity.map((a) => ({
        id: String(a.id),
        at: a.createdAt,
        actorName: a.actorId ? (userName.get(a.actorId) ?? null) : null,
        summary: sentenceText(describeActivity(a, names)),
        parts: activityParts(describeActivity(a, names)),
        burstKey: burstKey(a),
        burstParts: activityParts(describeBurst(a, names)),
      })),
    };
  }
}
