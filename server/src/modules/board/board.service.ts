import { In, IsNull, LessThan, type DataSource } from 'typeorm';
import { endOfDay } from '../../common/as-of.js';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { can } from '../../common/guard.js';
import { NotFoundError } from '../../common/errors.js';
import { Activity, activityParts, burstKey, describeActivity, describeBurst, referencedIds, sentenceText } from '../activity/index.js';
import { Project } from '../project/index.js';
import { asItWas, STATUS_CATEGORY_ORDER, StatusCategory, Task, TaskKind, TaskStatus, type PastTaskState } from '../task/index.js';
import { User } from '../user/index.js';
import type { PastMarks, PastPlan, ScheduledTask } from '../planning/index.js';
import type { Board, BoardCard, BoardColumn } from './board.types.js';
import { rollupShape, rollUpShape, type RollupShape } from './past-rollup.js';
import { projectPercent, rollUpTree, type Rollup } from '@trellis/schema/rollup';

/** Enough rows for the wall to fold a burst (an import, a round of assignments) into one line and still fill its list. */
const RECENT = 80;
const done = (c: StatusCategory | undefined) => c === StatusCategory.COMPLETED || c === StatusCategory.CANCELLED;

/** Where the board reads task dates: the project's current schedule. */
export interface ScheduleSource {
  current(projectId: string): Promise<{ schedule: { tasks: ScheduledTask[] } }>;
  /** The plan as it stood at the end of a past day with which tasks its schedule shows late, and their dates (checks the day). */
  pastMarks(projectId: string, asOf: string): Promise<Pick<PastPlan, 'memo' | 'shared'> & { marks: PastMarks }>;
}

/** What a board shows of a task. */
type BoardTask = Pick<Task, 'id' | 'number' | 'parentId' | 'name' | 'wbsCode' | 'kind' | 'percentComplete' | 'rollupPercent' | 'assigneeId' | 'statusId' | 'durationDays' | 'version'>;

/** A task's dates in the schedule a board is drawn from. */
type Dates = Pick<ScheduledTask, 'start' | 'finish'>;

/**
 * A past day's tasks as a board counts them (kept with the day's plan), by their places in the rows
 * as they are now (readTasks), with what does not depend on the project's statuses (which are read
 * for every answer).
 */
interface PastDay {
  /** Each task's state that day; none for a task that was not there then (not yet made, or deleted). */
  states: (PastTaskState | undefined)[];
  /** Some task of that day sits under a task that was not there: it was a top-level task then. */
  orphans: boolean;
  /** The leaves (work and milestones), the milestones, and the leaves the schedule shows late, in outline order. */
  leaves: number[];
  milestones: number[];
  late: number[];
  /** Leaves per status of that day. */
  byStatus: Map<string, number>;
}

/** The rows of readTasks with what every past day of them shares (kept per plan fingerprint). */
interface BoardRows {
  tasks: BoardTask[];
  /** Task id -> its place in `tasks`. */
  index: Map<string, number>;
  /** Each row's place in the plan past days' marks name tasks by (PastMarks.place). */
  places: Int32Array;
  /** Each row's parent row, -1 for none (or a parent not among the rows). */
  parentOf: Int32Array;
  /** The outline for the project's percent of each day. */
  shape: RollupShape;
}

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
   * and progress of that day, the schedule forecast from them, and the activity up to then. Only
   * what it shows is made: counts from the day's states, cards of the late tasks and milestones,
   * and every card only when the query reads the columns' cards.
   */
  async computeAsOf(projectId: string, asOf: string): Promise<Board> {
    const at = endOfDay(asOf);
    // The board's own reads go while the day's plan is made.
    const reads = Promise.all([
      this.ds.getRepository(Project).findOne({ select: { key: true, name: true, currency: true }, where: { id: projectId } }),
      this.ds.getRepository(TaskStatus).find({ where: { projectId }, order: { position: 'ASC' } }),
      this.ds.getRepository(Activity).find({ where: { projectId, createdAt: LessThan(at) }, order: { id: 'DESC' }, take: RECENT }),
    ]);
    reads.catch(() => undefined);
    const plan = await this.schedules.pastMarks(projectId, asOf);
    // The tasks' rows as they are now are the same for every past day while the plan is unchanged
    // (its fingerprint covers them); that day's tasks are those rows with that day's states.
    let now = plan.shared.get('board.rows') as Promise<BoardRows> | undefined;
    if (!now) {
      plan.shared.set('board.rows', (now = this.readTasks(projectId).then((tasks) => boardRows(tasks, plan.marks))));
      now.catch(() => plan.shared.delete('board.rows'));
    }
    const [[project, statuses, activity], rows] = await Promise.all([reads, now]);
    if (!project) throw new NotFoundError('Project');
    const { tasks, places } = rows;
    const { marks } = plan;
    let day = plan.memo.get('board.day') as PastDay | undefined;
    if (!day) plan.memo.set('board.day', (day = pastDay(rows, marks)));
    const { states } = day;
    const statusById = new Map(statuses.map((s) => [s.id, s]));
    const categoryOf = (statusId: string) => statusById.get(statusId)?.category;
    // A task as the board shows it that day: its row as it is now with its state then.
    const then = (i: number): BoardTask => asItWas({ ...tasks[i]! }, states[i]!);
    const userIds = new Set<string>();
    tasks.forEach((t, i) => {
      if (t.assigneeId && states[i]) userIds.add(t.assigneeId);
    });
    const people = await this.people(userIds, activity);
    const card = (i: number) => {
      const t = then(i);
      return cardOf(project.key, t, marks.row(places[i]!), marks.late(places[i]!) && !done(categoryOf(t.statusId)), people);
    };
    // Every card, made once and only when a column's cards are read.
    let cards: BoardCard[] | undefined;
    const allCards = () => (cards ??= day.leaves.map(card));
    const columns = statuses.map((s) => {
      const column = { statusId: s.id, name: s.name, category: s.category, color: s.color, count: day.byStatus.get(s.id) ?? 0 } as BoardColumn;
      let inColumn: BoardCard[] | undefined;
      return Object.defineProperty(column, 'cards', { enumerable: true, get: () => (inColumn ??= allCards().filter((c) => c.statusId === s.id)) });
    });
    const categories = STATUS_CATEGORY_ORDER.map((category) => ({
      category,
      count: statuses.reduce((n, s) => (s.category === category ? n + (day.byStatus.get(s.id) ?? 0) : n), 0),
    }));
    // The project's percent, kept with that day's tasks for the statuses' categories it was made with.
    const rolledUp = `board.percent|${statuses.map((s) => `${s.id}:${s.category}`).join()}`;
    let overall = plan.memo.get(rolledUp) as Rollup | undefined;
    if (!overall) plan.memo.set(rolledUp, (overall = dayPercent(rows, day, (id) => categoryOf(id) ?? StatusCategory.UNSTARTED)));
    const lateTasks = day.late.filter((i) => !done(categoryOf(states[i]!.statusId))).map(card);
    const milestones = day.milestones.map((i) => milestoneOf(project.key, then(i), marks.row(places[i]!), marks.late(places[i]!), categoryOf));
    // Activity names tasks by their rows as they are now (those of that day, or archived since).
    const names = namesOf(project, statusById, people, (id) => tasks[rows.index.get(id) ?? -1]);
    return {
      projectId,
      projectKey: project.key,
      projectName: project.name,
      generatedAt: at,
      percentComplete: projectPercent(overall),
      taskCount: day.leaves.length,
      categories,
      columns,
      milestones,
      lateTasks: lateTasks.sort((a, b) => (a.finish ?? '').localeCompare(b.finish ?? '')),
      recentActivity: activity.map((a) => activityRow(a, people, names)),
    };
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

  /** Names of the people the tasks and the activity rows refer to. */
  private async people(userIds: Set<string>, activity: Activity[]): Promise<Map<string, string>> {
    for (const a of activity) for (const id of referencedIds(a).users) userIds.add(id);
    const users = userIds.size ? await this.ds.getRepository(User).find({ select: { id: true, name: true }, where: { id: In([...userIds]) } }) : [];
    return new Map(users.map((u) => [u.id, u.name]));
  }

  /** The board as it is now, from the current schedule. */
  async compute(projectId: string, known?: Pick<Project, 'key' | 'name' | 'currency'>): Promise<Board> {
    const project = known ?? (await this.ds.getRepository(Project).findOne({ select: { key: true, name: true, currency: true }, where: { id: projectId } }));
    if (!project) throw new NotFoundError('Project');
    // Dates and lateness are the schedule's; a plan the engine refuses (the schedule says why) shows none.
    const plan = await this.schedules.current(projectId).catch(() => null);
    const rows = new Map((plan?.schedule.tasks ?? []).map((r) => [r.taskId, r]));
    const select = { id: true, number: true, parentId: true, name: true, wbsCode: true, kind: true, percentComplete: true, rollupPercent: true, assigneeId: true, statusId: true, durationDays: true, version: true } as const;
    const [statuses, tasks, activity] = await Promise.all([
      this.ds.getRepository(TaskStatus).find({ where: { projectId }, order: { position: 'ASC' } }),
      // Only what a board shows: descriptions can be long and are never on a card.
      this.ds.getRepository(Task).find({ select, where: { projectId, archivedAt: IsNull() }, order: { wbsSort: 'ASC' } }) as Promise<BoardTask[]>,
      this.ds.getRepository(Activity).find({ where: { projectId }, order: { id: 'DESC' }, take: RECENT }),
    ]);
    const userIds = new Set<string>();
    for (const t of tasks) if (t.assigneeId) userIds.add(t.assigneeId);
    const people = await this.people(userIds, activity);
    const statusById = new Map(statuses.map((s) => [s.id, s]));
    const categoryOf = (statusId: string) => statusById.get(statusId)?.category;
    const card = (t: BoardTask): BoardCard => {
      const row = rows.get(t.id);
      return cardOf(project.key, t, row, !!row?.late && !done(categoryOf(t.statusId)), people);
    };
    const leaves = tasks.filter((t) => t.kind !== TaskKind.SUMMARY);
    const cards = leaves.map(card);
    const columns = statuses.map((s) => {
      const inCol = cards.filter((c) => c.statusId === s.id);
      return { statusId: s.id, name: s.name, category: s.category, color: s.color, count: inCol.length, cards: inCol };
    });
    const categories = STATUS_CATEGORY_ORDER.map((category) => ({
      category,
      count: leaves.filter((t) => categoryOf(t.statusId) === category).length,
    }));
    // The project's percent is the summaries' rule over all of its work (@trellis/schema/rollup).
    const overall = rollUpTree(
      tasks.map((t) => ({ id: t.id, parentId: t.parentId, kind: t.kind, durationDays: t.durationDays, percentComplete: t.percentComplete, category: categoryOf(t.statusId) ?? StatusCategory.UNSTARTED })),
    ).total;
    const milestones = tasks.filter((t) => t.kind === TaskKind.MILESTONE).map((t) => milestoneOf(project.key, t, rows.get(t.id), !!rows.get(t.id)?.late, categoryOf));
    // Rows may name tasks archived since; the board's task list holds only the open ones.
    const named = new Map(tasks.map((t) => [t.id, t]));
    const archivedIds = [...new Set(activity.flatMap((a) => referencedIds(a).tasks))].filter((id) => !named.has(id));
    if (archivedIds.length) for (const t of await this.ds.getRepository(Task).find({ select: { id: true, number: true, name: true }, where: { id: In(archivedIds), projectId } })) named.set(t.id, t);
    const names = namesOf(project, statusById, people, (id) => named.get(id));
    return {
      projectId,
      projectKey: project.key,
      projectName: project.name,
      generatedAt: new Date(),
      percentComplete: projectPercent(overall),
      taskCount: leaves.length,
      categories,
      columns,
      milestones,
      lateTasks: cards.filter((c) => c.late).sort((a, b) => (a.finish ?? '').localeCompare(b.finish ?? '')),
      recentActivity: activity.map((a) => activityRow(a, people, names)),
    };
  }
}

/** The rows with where each is in the plan past days' marks read (`marks` of any day of it) and in the rows. */
function boardRows(tasks: BoardTask[], marks: PastMarks): BoardRows {
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  return {
    tasks,
    index,
    places: Int32Array.from(tasks, (t) => marks.place(t.id)),
    parentOf: Int32Array.from(tasks, (t) => (t.parentId ? (index.get(t.parentId) ?? -1) : -1)),
    shape: rollupShape(tasks),
  };
}

/** A past day's tasks (see PastDay) from the rows as they are now and that day's marks. */
function pastDay({ tasks, places, parentOf }: BoardRows, marks: PastMarks): PastDay {
  const states = Array.from(places, (at) => marks.state(at));
  const day: PastDay = { states, orphans: false, leaves: [], milestones: [], late: [], byStatus: new Map() };
  for (let i = 0; i < tasks.length; i++) {
    const p = states[i];
    if (!p) continue;
    if (parentOf[i]! >= 0 && !states[parentOf[i]!]) day.orphans = true;
    const { kind } = tasks[i]!;
    if (kind === TaskKind.SUMMARY) continue;
    day.leaves.push(i);
    if (kind === TaskKind.MILESTONE) day.milestones.push(i);
    if (marks.late(places[i]!)) day.late.push(i);
    day.byStatus.set(p.statusId, (day.byStatus.get(p.statusId) ?? 0) + 1);
  }
  return day;
}

/**
 * The project's percent on a past day: the roll-up rule over the tasks of that day, with their
 * duration, percent and status then (@trellis/schema/rollup). A task whose parent was not there
 * then was a top-level task: then the tree of that day is not the outline's, and is made afresh.
 */
function dayPercent({ tasks, shape }: BoardRows, { states, orphans }: PastDay, categoryOf: (statusId: string) => StatusCategory): Rollup {
  if (orphans) {
    const live = new Set(tasks.filter((_, i) => states[i]).map((t) => t.id));
    return rollUpTree(
      tasks.flatMap((t, i) => {
        const p = states[i];
        if (!p) return [];
        return [{ id: t.id, parentId: t.parentId && live.has(t.parentId) ? t.parentId : null, kind: t.kind, durationDays: p.durationDays, percentComplete: p.percentComplete, category: categoryOf(p.statusId) }];
      }),
    ).total;
  }
  const leaf = { kind: TaskKind.TASK as TaskKind, durationDays: 0, percentComplete: 0, category: StatusCategory.UNSTARTED };
  return rollUpShape(
    shape,
    (i) => states[i] !== undefined,
    (i) => {
      const p = states[i]!;
      leaf.kind = tasks[i]!.kind;
      leaf.durationDays = p.durationDays;
      leaf.percentComplete = p.percentComplete;
      leaf.category = categoryOf(p.statusId);
      return leaf;
    },
  );
}

/** A task's card; `late` is the schedule's lateness of a task not done (see BoardCard.late). */
function cardOf(projectKey: string, t: BoardTask, row: Dates | undefined, late: boolean, people: Map<string, string>): BoardCard {
  return {
    id: t.id,
    key: `${projectKey}-${t.number}`,
    name: t.name,
    wbsCode: t.wbsCode,
    kind: t.kind,
    percentComplete: t.percentComplete,
    start: row?.start ?? null,
    finish: row?.finish ?? null,
    plannedFinish: row?.finish.slice(0, 10) ?? null,
    assignee: t.assigneeId ? { id: t.assigneeId, name: people.get(t.assigneeId) ?? 'Unknown' } : null,
    statusId: t.statusId,
    late,
    version: t.version,
  };
}

/** A milestone as the board lists it; `late` is the schedule's lateness. */
function milestoneOf(projectKey: string, t: BoardTask, row: Dates | undefined, late: boolean, categoryOf: (statusId: string) => StatusCategory | undefined) {
  const completed = categoryOf(t.statusId) === StatusCategory.COMPLETED;
  return { id: t.id, key: `${projectKey}-${t.number}`, name: t.name, date: row?.finish.slice(0, 10) ?? null, finish: row?.finish ?? null, completed, late: late && !completed };
}

type Names = Parameters<typeof describeActivity>[1];

/** How activity sentences name the project's tasks (`task` finds a task's row by id), statuses and people. */
function namesOf(project: Pick<Project, 'key' | 'currency'>, statusById: Map<string, TaskStatus>, people: Map<string, string>, task: (id: string) => Pick<BoardTask, 'number' | 'name'> | undefined): Names {
  return {
    task: (id: string) => {
      const t = task(id);
      return t ? `${project.key}-${t.number} ${t.name}` : undefined;
    },
    status: (id: string) => statusById.get(id)?.name,
    user: (id: string) => people.get(id),
    currency: project.currency,
  };
}

function activityRow(a: Activity, people: Map<string, string>, names: Names) {
  return {
    id: String(a.id),
    at: a.createdAt,
    actorName: a.actorId ? (people.get(a.actorId) ?? null) : null,
    summary: sentenceText(describeActivity(a, names)),
    parts: activityParts(describeActivity(a, names)),
    burstKey: burstKey(a),
    burstParts: activityParts(describeBurst(a, names)),
  };
}
