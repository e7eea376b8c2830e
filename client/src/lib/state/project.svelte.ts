import { EchoTracker } from './echo';
import { session } from './session.svelte';
import { GraphQLRequestError, LiveConnection, ops, request } from '$lib/graphql';
import type {
  Outline,
  Activity,
  Board,
  BoardCard,
  Connection,
  ProjectDetail,
  Task,
  TaskCreateInput,
  TaskEvent,
  TaskUpdateInput,
} from '$lib/graphql/types';
import { compareWbs } from '$lib/format';

const PAGE = 500;
const ACTIVITY_KEEP = 50;
/** How long a row changed by someone else stays highlighted. */
const HIGHLIGHT_MS = 2_500;

type ProjectPage = {
  project: ProjectDetail & {
    tasks: Connection<Task>;
    board: Board;
    activity: { nodes: Activity[] };
  };
};

/**
 * One project's page state: details, the outline (tasks in WBS order), the board and recent
 * activity. It stays current through subscriptions: taskUpdated upserts or removes a task by id,
 * boardUpdated replaces the board, activityAdded prepends, projectUpdated replaces the details.
 * After a reconnection it refetches everything, keeping whatever events arrived meanwhile.
 */
export class ProjectStore {
  readonly key: string;
  project = $state<ProjectDetail | null>(null);
  tasks = $state<Task[]>([]);
  board = $state<Board | null>(null);
  activity = $state<Activity[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<GraphQLRequestError | null>(null);
  /** A subscription failed (e.g. access was removed). */
  liveError = $state<string | null>(null);
  /** Ids of tasks another person changed just now (for a brief highlight). */
  highlighted = $state<Record<string, true>>({});

  readonly byId = $derived(new Map(this.tasks.map((t) => [t.id, t])));
  /** Progress of every summary task as the server stores it (rolled up from the work under it). */
  readonly rollup = $derived(new Map(this.tasks.flatMap((t) => (t.rollupState ? [[t.id, { percent: t.percentComplete, state: t.rollupState }] as const] : []))));

  readonly live: LiveConnection;
  #stops: (() => void)[] = [];
  #disposed = false;
  /** When each task was last changed by an event or a mutation (ms), to merge refetches safely. */
  #touched = new Map<string, number>();
  #deleted = new Set<string>();
  /** Tells the echo of our own mutations (by change number) from other people's changes. */
  readonly #echo = new EchoTracker((id) => this.#highlight(id));

  constructor(key: string, live: LiveConnection) {
    this.key = key;
    this.live = live;
  }

  async load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    try {
      await this.#fetch(true);
      this.status = 'ready';
    } catch (e) {
      this.error = e instanceof GraphQLRequestError ? e : new GraphQLRequestError(String(e), 'NETWORK');
      this.status = 'error';
      return;
    }
    if (!this.#stops.length && this.project) this.#subscribe(this.project.id);
  }

  /** Refetches everything without a loading state. */
  async refresh(): Promise<void> {
    if (this.#disposed) return;
    try {
      await this.#fetch(false);
    } catch {
      // Keep what is shown; the next event or reconnection tries again.
    }
  }

  async #fetch(initial: boolean): Promise<void> {
    const started = Date.now();
    const d = await request<ProjectPage>(ops.PROJECT_PAGE, { key: this.key, first: PAGE });
    const { tasks: conn, board, activity, ...project } = d.project;
    const tasks = [...conn.nodes];
    let page = conn.pageInfo;
    while (page.hasNextPage && page.endCursor) {
      const more = await request<{ project: { tasks: Connection<Task> } }>(ops.PROJECT_TASKS_PAGE, {
        id: project.id,
        first: PAGE,
        after: page.endCursor,
      });
      tasks.push(...more.project.tasks.nodes);
      page = more.project.tasks.pageInfo;
    }
    if (this.#disposed) return;
    this.project = project;
    this.#mergeTasks(tasks, initial ? 0 : started);
    if (!this.board || initial || board.generatedAt >= this.board.generatedAt) this.board = board;
    this.#mergeActivity(activity.nodes, initial);
  }

  /** Replaces the task list with a snapshot taken at `since`, keeping tasks changed after it. */
  #mergeTasks(snapshot: Task[], since: number) {
    const local = this.byId;
    const merged = new Map<string, Task>();
    for (const t of snapshot) {
      const touched = this.#touched.get(t.id) ?? 0;
      if (since && touched > since) {
        const mine = local.get(t.id);
        if (mine) merged.set(t.id, mine);
        // else deleted after the snapshot was taken: leave it out
      } else if (!this.#deleted.has(t.id) || !since) {
        merged.set(t.id, t);
      }
    }
    if (since) {
      for (const t of this.tasks) if (!merged.has(t.id) && (this.#touched.get(t.id) ?? 0) > since) merged.set(t.id, t);
    }
    this.tasks = [...merged.values()].sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
  }

  #mergeActivity(rows: Activity[], replace: boolean) {
    const all = replace ? rows : [...rows, ...this.activity];
    const seen = new Set<string>();
    this.activity = all
      .filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : Number(b.id) - Number(a.id)))
      .slice(0, ACTIVITY_KEEP);
  }

  /** Moved tasks of a scheduleUpdated event: their dates and lateness replace ours. */
  applySchedule(rows: { taskId: string; start: string; finish: string; late: boolean }[]) {
    if (!rows.length) return;
    const moved = new Map(rows.map((r) => [r.taskId, r]));
    this.tasks = this.tasks.map((t) => {
      const r = moved.get(t.id);
      return r ? { ...t, start: r.start, finish: r.finish, late: r.late } : t;
    });
  }

  #subscribe(projectId: string) {
    const vars = { projectId };
    const onError = (e: GraphQLRequestError) => {
      this.liveError = e.message;
    };
    this.#stops.push(
      this.live.subscribe<{ taskUpdated: TaskEvent }>(ops.ON_TASK_UPDATED, vars, {
        next: (d) => this.applyTaskEvent(d.taskUpdated),
        error: onError,
      }),
      this.live.subscribe<{ outlineChanged: Outline }>(ops.ON_OUTLINE_CHANGED, vars, {
        next: (d) => this.applyOutline(d.outlineChanged),
        error: onError,
      }),
      // Dates are the schedule's: a change elsewhere (a link, a calendar) moves them without a task event.
      this.live.subscribe<{ scheduleUpdated: { tasks: { taskId: string; start: string; finish: string; late: boolean }[] } }>(ops.ON_SCHEDULE_UPDATED, vars, {
        next: (d) => this.applySchedule(d.scheduleUpdated.tasks),
        error: onError,
      }),
      this.live.subscribe<{ boardUpdated: Board }>(ops.ON_BOARD_UPDATED, vars, {
        next: (d) => {
          if (!this.board || d.boardUpdated.generatedAt >= this.board.generatedAt) this.board = d.boardUpdated;
        },
        error: onError,
      }),
      this.live.subscribe<{ activityAdded: Activity }>(ops.ON_ACTIVITY_ADDED, vars, {
        next: (d) => this.#mergeActivity([d.activityAdded], false),
        error: onError,
      }),
      this.live.subscribe<{ projectUpdated: ProjectDetail }>(ops.ON_PROJECT_UPDATED, vars, {
        next: (d) => {
          // viewerRole is resolved for the subscriber too; keep ours if it comes back empty.
          this.project = { ...d.projectUpdated, viewerRole: d.projectUpdated.viewerRole ?? this.project?.viewerRole ?? null };
        },
        error: onError,
      }),
      this.live.onReconnect(() => void this.refresh()),
    );
    // Close the gap between the first fetch and the subscriptions starting.
    void this.live.whenConnected().then(() => setTimeout(() => void this.refresh(), 150));
  }

  /** Applies one taskUpdated event: upsert by id (newer versions win) or remove. */
  applyTaskEvent(ev: TaskEvent) {
    const { task } = ev;
    this.#touched.set(task.id, Date.now());
    if (ev.action === 'DELETED' || task.archivedAt) {
      this.#deleted.add(task.id);
      this.tasks = this.tasks.filter((t) => t.id !== task.id);
      return;
    }
    this.#deleted.delete(task.id);
    const current = this.byId.get(task.id);
    if (current && current.version > task.version) return;
    this.#upsert(task);
    if (ev.action !== 'CREATED' && !(current && (current.version !== task.version || current.name !== task.name))) return;
    // Our own edits, made here or through the shared outline (their events carry us as the actor), are not news.
    if (ev.actorId && ev.actorId === session.viewer?.id) return;
    if (this.#echo.seen(task.id, ev.changeNumber) === 'foreign') this.#highlight(task.id);
  }

  /** Applies renumbered places (WBS codes, positions, parents) of tasks we already have. */
  applyOutline(outline: Outline) {
    const place = new Map(outline.nodes.map((n) => [n.id, n]));
    this.tasks = this.tasks
      .map((t) => {
        const n = place.get(t.id);
        return n && (n.wbsCode !== t.wbsCode || n.position !== t.position || n.parentId !== t.parentId)
          ? { ...t, wbsCode: n.wbsCode, position: n.position, parentId: n.parentId }
          : t;
      })
      .sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
  }

  #upsert(task: Task) {
    const rest = this.tasks.filter((t) => t.id !== task.id);
    rest.push(task);
    this.tasks = rest.sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
  }

  #highlight(id: string) {
    this.highlighted = { ...this.highlighted, [id]: true };
    setTimeout(() => {
      const { [id]: _, ...rest } = this.highlighted;
      this.highlighted = rest;
    }, HIGHLIGHT_MS);
  }

  /** Runs a mutation of `ids` whose payload (its first field) carries the change number of the write. */
  #mutate<T extends Record<string, { changeNumber?: number | null }>>(ids: string[], run: () => Promise<T>): Promise<T> {
    return this.#echo.track(ids, run, (r) => Object.values(r)[0]?.changeNumber);
  }

  // ---- mutations ----

  async createTask(input: Omit<TaskCreateInput, 'projectId'>): Promise<Task> {
    if (!this.project) throw new Error('Project not loaded');
    const d = await request<{ taskCreate: { task: Task; changeNumber: number | null } }>(ops.TASK_CREATE, { input: { ...input, projectId: this.project.id } });
    const task = d.taskCreate.task;
    if (d.taskCreate.changeNumber != null) this.#echo.own(d.taskCreate.changeNumber);
    this.#touched.set(task.id, Date.now());
    if (!this.byId.get(task.id) || this.byId.get(task.id)!.version <= task.version) this.#upsert(task);
    return task;
  }

  /** Sends `patch` with the version we hold; on CONFLICT refetches, then rethrows. */
  async updateTask(id: string, patch: Omit<TaskUpdateInput, 'id' | 'version'>, version?: number): Promise<Task> {
    const current = this.byId.get(id);
    const v = Math.max(version ?? 0, current?.version ?? 0);
    try {
      const d = await this.#mutate([id], () => request<{ taskUpdate: { task: Task; changeNumber: number | null } }>(ops.TASK_UPDATE, { input: { id, version: v, ...patch } }));
      const task = d.taskUpdate.task;
      this.#touched.set(id, Date.now());
      const now = this.byId.get(id);
      if (!now || now.version <= task.version) this.#upsert(task);
      return task;
    } catch (e) {
      if (e instanceof GraphQLRequestError && (e.code === 'CONFLICT' || e.code === 'NOT_FOUND')) void this.refresh();
      throw e;
    }
  }

  /** Board: moves a card to another status column at once, then saves; reverts on failure. */
  async moveCard(card: BoardCard, statusId: string): Promise<void> {
    const before = this.board;
    if (before) {
      const columns = before.columns.map((c) => {
        let cards = c.cards.filter((x) => x.id !== card.id);
        if (c.statusId === statusId) cards = [...cards, { ...card, statusId }].sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
        return { ...c, cards, count: c.count + (cards.length - c.cards.length) };
      });
      this.board = { ...before, columns };
    }
    try {
      await this.updateTask(card.id, { statusId }, card.version);
    } catch (e) {
      if (this.board !== before && before && this.board && this.board.generatedAt === before.generatedAt) this.board = before;
      throw e;
    }
  }

  /** Moves a task (with its sub-tasks) under `parentId` at `position` among its new siblings. */
  async moveTask(id: string, parentId: string | null, position?: number): Promise<Task> {
    const task = await this.#sendMove(id, parentId, position);
    // Sub-tasks and siblings get new WBS codes; their events follow. Without a live socket, refetch.
    if (this.live.status !== 'connected') void this.refresh();
    return task;
  }

  async #sendMove(id: string, parentId: string | null, position: number | undefined): Promise<Task> {
    const d = await this.#mutate([id], () =>
      request<{ taskMove: { task: Task; changeNumber: number | null } }>(ops.TASK_MOVE, { input: { id, parentId, position } }),
    );
    const task = d.taskMove.task;
    this.#touched.set(id, Date.now());
    const now = this.byId.get(id);
    if (!now || now.version <= task.version) this.#upsert(task);
    return task;
  }

  async deleteTask(id: string): Promise<void> {
    await this.#mutate([id], () => request<{ taskDelete: { changeNumber: number | null } }>(ops.TASK_DELETE, { id }));
    this.#touched.set(id, Date.now());
    this.#deleted.add(id);
    // Sub-tasks go too; their events follow, but drop them now.
    const gone = new Set([id]);
    for (const t of this.tasks) if (t.parentId && gone.has(t.parentId)) gone.add(t.id);
    this.tasks = this.tasks.filter((t) => !gone.has(t.id));
  }

  dispose() {
    this.#disposed = true;
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }
}
