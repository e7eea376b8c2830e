import { getContext, setContext, untrack } from 'svelte';
import { EchoTracker } from './echo';
import { session } from './session.svelte';
import { rollupOf } from './project.svelte';
import type { ScheduleUpdate } from './planning-types';
import { GraphQLRequestError, LiveConnection, ops, request } from '$lib/graphql';
import type {
  Outline,
  Activity,
  Board,
  BoardCard,
  Charter,
  Connection,
  PageInfo,
  PlanPart,
  ProjectDetail,
  Task,
  TaskCreateInput,
  TaskEvent,
  TaskUpdateInput,
} from '$lib/graphql/types';
import { compareWbs } from '$lib/format';

/** Tasks in the first answer: more than a screen of rows, small enough to come back at once. */
export const FIRST_SCREEN = 100;
/** The API's largest page. */
export const PAGE = 500;
/** Enough rows that a burst (an import, a round of assignments) still folds into one line of the feed. */
const ACTIVITY_KEEP = 150;
/** How long a row changed by someone else stays highlighted. */
const HIGHLIGHT_MS = 2_500;
/** Refetches asked for within this time of each other go out together. */
export const REFETCH_MS = 300;
/** How long the rest of the tasks wait for the live connection before they are fetched anyway. */
const CONNECT_WAIT_MS = 1_500;

type Page<T> = { nodes: T[]; pageInfo: PageInfo; totalCount?: number };

/** The offset a page cursor of the API stands for, or null when it is not one we can read. */
function cursorOffset(cursor: string | null): number | null {
  if (!cursor) return null;
  try {
    const m = /^o:(\d+)$/.exec(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function cursorAt(offset: number): string {
  return btoa(`o:${offset}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Reads every page of a connection whose first page is given. When the total is known and the
 * cursors are offsets, the other pages are asked for at once (in parallel); else one after the other.
 */
export async function allPagesAtOnce<T>(first: Page<T>, more: (after: string, size: number) => Promise<Page<T>>, size = PAGE): Promise<T[]> {
  const out = [...first.nodes];
  const offset = cursorOffset(first.pageInfo.endCursor);
  if (first.pageInfo.hasNextPage && first.totalCount != null && offset === first.nodes.length) {
    const offsets: number[] = [];
    for (let o = offset; o < first.totalCount; o += size) offsets.push(o);
    const pages = await Promise.all(offsets.map((o) => more(cursorAt(o), size)));
    for (const p of pages) out.push(...p.nodes);
    // Rows added meanwhile beyond the total: read on from the last page.
    let last = pages.at(-1)?.pageInfo ?? { hasNextPage: false, endCursor: null };
    while (last.hasNextPage && last.endCursor) {
      const next = await more(last.endCursor, size);
      out.push(...next.nodes);
      last = next.pageInfo;
    }
    return out;
  }
  let page = first.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = await more(page.endCursor, size);
    out.push(...next.nodes);
    page = next.pageInfo;
  }
  return out;
}

/**
 * Requests started before the page renders (by the route's `load`, at the same time as the
 * session check), taken by the first store that asks for the same thing: the first answer
 * arrives one round trip sooner.
 */
const early = new Map<string, { at: number; answer: Promise<unknown> }>();
/** An early request older than this is not used (the store asks again). */
const EARLY_MS = 10_000;

/** Starts `run` now under `name`, for `take(name)` to pick up soon. */
export function startEarly(name: string, run: () => Promise<unknown>): void {
  const answer = run();
  // Nobody may take it (the route was left at once): a failure is then nobody's to report.
  answer.catch(() => {});
  early.set(name, { at: Date.now(), answer });
}

/** The answer of a request started early under `name` (once), or else of a new one. */
export function takeEarly<T>(name: string, run: () => Promise<T>): Promise<T> {
  const e = early.get(name);
  early.delete(name);
  // A failed early request (e.g. made before signing in) is made again.
  return e && Date.now() - e.at < EARLY_MS ? (e.answer as Promise<T>).catch(run) : run();
}

/** The first screen of a project's tasks, asked for as the route loads. */
export function startProjectHead(key: string): void {
  startEarly(`head:${key}`, () => request(ops.PROJECT_HEAD, { key, first: FIRST_SCREEN }));
}

type ProjectHead = { project: ProjectDetail & { tasks: Connection<Task> & { totalCount: number } } };
/** What the project pages hear through the cache, besides the tasks it keeps itself. */
export interface CacheEvents {
  /** A scheduleUpdated event (its moved tasks' dates are already in `tasks`). */
  schedule: ScheduleUpdate;
  /** A part of the plan changed elsewhere. */
  plan: PlanPart;
  /** The project's details changed (already in `project`), with its charter record. */
  project: ProjectDetail & { charter: Charter };
  /** The live connection came back after a drop: fetch what may have been missed. */
  reconnect: void;
}

/**
 * One open project, shared by every project page through the `p/[key]` layout: its details, its
 * tasks (in WBS order), the board and recent activity, kept current by ONE set of subscriptions.
 * taskUpdated upserts or removes a task by id, outlineChanged renumbers, scheduleUpdated moves
 * dates, boardUpdated replaces the board, activityAdded prepends, projectUpdated replaces the
 * details; pages hear schedule and plan changes through `on` and queue their refetches through
 * `queue` (one debounce for the project). The first screen of tasks shows at once; the rest come
 * in parallel pages. Own changes are told from other people's by change number (EchoTracker).
 */
export class ProjectCache {
  readonly key: string;
  readonly live: LiveConnection;
  project = $state.raw<ProjectDetail | null>(null);
  tasks = $state.raw<Task[]>([]);
  /** How many tasks the project has (from the first answer; then the list's length). */
  taskCount = $state(0);
  /** All the tasks are in (the first screen comes alone). */
  complete = $state(false);
  board = $state.raw<Board | null>(null);
  activity = $state.raw<Activity[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<GraphQLRequestError | null>(null);
  /** A subscription failed (e.g. access was removed). */
  liveError = $state<string | null>(null);
  /** Ids of tasks another person changed just now (for a brief highlight). */
  highlighted = $state.raw<Record<string, true>>({});
  /**
   * The baseline the Gantt, earned value and the variance table measure against: one choice for
   * the project's pages (null: none chosen yet, each page starts from the newest).
   */
  baselineId = $state<string | null>(null);

  readonly byId: ReadonlyMap<string, Task> = $derived(new Map(this.tasks.map((t) => [t.id, t])));
  /** Progress of every summary task, rolled up from the work under it (see `rollupOf`). */
  readonly rollup = $derived(rollupOf(this.tasks));

  #stops: (() => void)[] = [];
  #disposed = false;
  #loading: Promise<void> | null = null;
  #waiting: (() => void)[] = [];
  /** When each task was last changed by an event or a mutation (ms), to merge refetches safely. */
  #touched = new Map<string, number>();
  #deleted = new Set<string>();
  /** Tells the echo of our own mutations (by change number) from other people's changes. */
  readonly #echo = new EchoTracker((id) => this.#highlight(id));
  readonly #listeners: { [K in keyof CacheEvents]: Set<(e: CacheEvents[K]) => void> } = {
    schedule: new Set(),
    plan: new Set(),
    project: new Set(),
    reconnect: new Set(),
  };
  /** The one debounce: refetches queued by name, run together when it fires. */
  #queued = new Map<string, () => Promise<unknown> | void>();
  #queueTimer: ReturnType<typeof setTimeout> | undefined;
  #highlightTimers = new Set<ReturnType<typeof setTimeout>>();

  constructor(key: string, live: LiveConnection) {
    this.key = key;
    this.live = live;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /** Loads the project (once; again after an error). */
  load(): Promise<void> {
    if (this.#loading && this.status !== 'error') return this.#loading;
    this.#loading = this.#load();
    return this.#loading;
  }

  /** Resolves once the project and the first screen of tasks are in (or loading failed). */
  ready(): Promise<void> {
    if (this.status !== 'loading') return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #settle() {
    for (const r of this.#waiting.splice(0)) r();
  }

  async #load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    const started = Date.now();
    let head: ProjectHead['project'];
    try {
      head = (await takeEarly(`head:${this.key}`, () => request(ops.PROJECT_HEAD, { key: this.key, first: FIRST_SCREEN }))).project;
    } catch (e) {
      if (this.#disposed) return;
      this.error = e instanceof GraphQLRequestError ? e : new GraphQLRequestError(String(e), 'NETWORK');
      this.status = 'error';
      this.#settle();
      return;
    }
    if (this.#disposed) return;
    const { tasks: conn, ...project } = head;
    this.project = project;
    this.taskCount = conn.totalCount;
    this.#addTasks(conn.nodes, started);
    this.complete = !conn.pageInfo.hasNextPage;
    this.status = 'ready';
    this.#settle();
    void this.#fetchBoard();
    if (!this.#stops.length) this.#subscribe(project.id);
    // The rest of the tasks, once the subscriptions run (so nothing changed meanwhile is missed):
    // the whole list again in parallel pages, merged with whatever events arrived.
    await Promise.race([this.live.whenConnected().then(() => new Promise((r) => setTimeout(r, 150))), new Promise((r) => setTimeout(r, CONNECT_WAIT_MS))]);
    await this.#refreshTasks();
  }

  /** Refetches the project, its tasks, the board and activity without a loading state. */
  async refresh(): Promise<void> {
    if (this.#disposed || !this.project) return;
    await Promise.all([this.#refreshTasks(true), this.#fetchBoard()]);
  }

  async #refreshTasks(withProject = false): Promise<void> {
    if (this.#disposed) return;
    const started = Date.now();
    try {
      const head = (await request(ops.PROJECT_HEAD, { key: this.key, first: PAGE })).project;
      const { tasks: conn, ...project } = head;
      const all = await allPagesAtOnce(conn, async (after, first) => {
        const d = await request(ops.PROJECT_TASKS_PAGE, { id: project.id, first, after });
        return d.project.tasks;
      });
      if (this.#disposed) return;
      if (withProject || !this.project) this.project = { ...project, viewerRole: project.viewerRole ?? this.project?.viewerRole ?? null };
      this.#mergeTasks(all, started);
      this.complete = true;
    } catch {
      // Keep what is shown; the next event or reconnection tries again.
    }
  }

  async #fetchBoard(): Promise<void> {
    if (!this.project || this.#disposed) return;
    try {
      const d = await request(ops.PROJECT_BOARD, { id: this.project.id });
      if (this.#disposed) return;
      const { board, activity } = d.project;
      if (!this.board || board.generatedAt >= this.board.generatedAt) this.board = board;
      this.#mergeActivity(activity.nodes, false);
    } catch {
      // The board stays as it is; the next boardUpdated brings it.
    }
  }

  /** Adds a page of tasks, keeping tasks changed or deleted after `since`. */
  #addTasks(page: Task[], since: number) {
    const merged = new Map(this.byId);
    for (const t of page) {
      if ((this.#touched.get(t.id) ?? 0) > since || this.#deleted.has(t.id)) continue;
      merged.set(t.id, t);
    }
    this.#setTasks(merged.values());
  }

  /** Replaces the task list with a snapshot taken at `since`, keeping tasks changed after it. */
  #mergeTasks(snapshot: Task[], since: number) {
    const local = this.byId;
    const merged = new Map<string, Task>();
    for (const t of snapshot) {
      const touched = this.#touched.get(t.id) ?? 0;
      if (touched > since) {
        const mine = local.get(t.id);
        if (mine) merged.set(t.id, mine);
        // else deleted after the snapshot was taken: leave it out
      } else if (!this.#deleted.has(t.id)) {
        merged.set(t.id, t);
      }
    }
    for (const t of this.tasks) if (!merged.has(t.id) && (this.#touched.get(t.id) ?? 0) > since) merged.set(t.id, t);
    this.#setTasks(merged.values());
  }

  #setTasks(tasks: Iterable<Task>) {
    this.tasks = [...tasks].sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
    if (this.complete || this.tasks.length > this.taskCount) this.taskCount = this.tasks.length;
  }

  #mergeActivity(rows: Activity[], replace: boolean) {
    const all = replace ? rows : [...rows, ...this.activity];
    const seen = new Set<string>();
    this.activity = all
      .filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : Number(b.id) - Number(a.id)))
      .slice(0, ACTIVITY_KEEP);
  }

  // ---- what the pages hear ----

  /** Listens to one kind of event of this project; returns the function that stops listening. */
  on<K extends keyof CacheEvents>(kind: K, listener: (e: CacheEvents[K]) => void): () => void {
    const set = this.#listeners[kind] as Set<(e: CacheEvents[K]) => void>;
    set.add(listener);
    return () => set.delete(listener);
  }

  #emit<K extends keyof CacheEvents>(kind: K, e: CacheEvents[K]) {
    for (const l of this.#listeners[kind] as Set<(e: CacheEvents[K]) => void>) l(e);
  }

  /**
   * Queues a refetch under `name` (the latest function for a name wins): everything queued within
   * REFETCH_MS of the last call goes out together, so a burst of changes refetches once.
   */
  queue(name: string, run: () => Promise<unknown> | void): void {
    if (this.#disposed) return;
    this.#queued.set(name, run);
    clearTimeout(this.#queueTimer);
    this.#queueTimer = setTimeout(() => {
      const runs = [...this.#queued.values()];
      this.#queued.clear();
      for (const r of runs) void r();
    }, REFETCH_MS);
  }

  // ---- events ----

  #subscribe(projectId: string) {
    const vars = { projectId };
    const onError = (e: GraphQLRequestError) => {
      this.liveError = e.message;
    };
    this.#stops.push(
      this.live.subscribe(ops.ON_TASK_UPDATED, vars, {
        next: (d) => this.applyTaskEvent(d.taskUpdated),
        error: onError,
      }),
      this.live.subscribe(ops.ON_OUTLINE_CHANGED, vars, {
        next: (d) => this.applyOutline(d.outlineChanged),
        error: onError,
      }),
      // Dates are the schedule's: a change elsewhere (a link, a calendar) moves them without a task event.
      this.live.subscribe(ops.ON_SCHEDULE_UPDATED, vars, {
        next: (d) => {
          this.applySchedule(d.scheduleUpdated.tasks);
          this.#emit('schedule', d.scheduleUpdated);
        },
        error: onError,
      }),
      this.live.subscribe(ops.ON_PLAN_CHANGED, vars, {
        next: (d) => {
          // An import or new calendars can change every task: fetch them again (once for a burst).
          if (d.planChanged.part === 'IMPORT') this.queue('tasks', () => this.#refreshTasks());
          this.#emit('plan', d.planChanged.part);
        },
        error: onError,
      }),
      this.live.subscribe(ops.ON_BOARD_UPDATED, vars, {
        next: (d) => {
          if (!this.board || d.boardUpdated.generatedAt >= this.board.generatedAt) this.board = d.boardUpdated;
        },
        error: onError,
      }),
      this.live.subscribe(ops.ON_ACTIVITY_ADDED, vars, {
        next: (d) => this.#mergeActivity([d.activityAdded], false),
        error: onError,
      }),
      this.live.subscribe(ops.ON_PROJECT_UPDATED_WITH_CHARTER, vars, {
        next: (d) => {
          const { charter, ...detail } = d.projectUpdated;
          // viewerRole is resolved for the subscriber too; keep ours if it comes back empty.
          this.project = { ...detail, viewerRole: detail.viewerRole ?? this.project?.viewerRole ?? null };
          this.#emit('project', { ...this.project, charter });
        },
        error: onError,
      }),
      this.live.onReconnect(() => {
        this.queue('tasks', () => this.refresh());
        this.#emit('reconnect', undefined);
      }),
    );
  }

  /** Moved tasks of a scheduleUpdated event: their dates and lateness replace ours. */
  applySchedule(rows: { taskId: string; start: string; finish: string; late: boolean }[]) {
    if (!rows.length) return;
    const moved = new Map(rows.map((r) => [r.taskId, r]));
    let changed = false;
    const next = this.tasks.map((t) => {
      const r = moved.get(t.id);
      if (!r || (r.start === t.start && r.finish === t.finish && r.late === t.late)) return t;
      changed = true;
      return { ...t, start: r.start, finish: r.finish, late: r.late };
    });
    if (changed) this.tasks = next;
  }

  /** Applies one taskUpdated event: upsert by id (newer versions win) or remove. */
  applyTaskEvent(ev: TaskEvent) {
    const { task } = ev;
    this.#touched.set(task.id, Date.now());
    if (ev.action === 'DELETED' || task.archivedAt) {
      this.#deleted.add(task.id);
      if (this.byId.has(task.id)) this.tasks = this.tasks.filter((t) => t.id !== task.id);
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
    let changed = false;
    const next = this.tasks.map((t) => {
      const n = place.get(t.id);
      if (!n || (n.wbsCode === t.wbsCode && n.position === t.position && n.parentId === t.parentId)) return t;
      changed = true;
      return { ...t, wbsCode: n.wbsCode, position: n.position, parentId: n.parentId };
    });
    if (changed) this.tasks = next.sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
  }

  /**
   * Takes the fields a page's own mutation returned (e.g. the Gantt's name, duration and version)
   * into the task, unless we already hold a newer version.
   */
  patchTask(patch: Partial<Task> & { id: string; version: number }) {
    const current = this.byId.get(patch.id);
    if (!current || current.version > patch.version) return;
    this.#touched.set(patch.id, Date.now());
    this.#upsert({ ...current, ...patch });
  }

  #upsert(task: Task) {
    const current = this.byId.get(task.id);
    if (current && current.wbsCode === task.wbsCode) {
      // Same place in the outline: replace in place, no sort.
      this.tasks = this.tasks.map((t) => (t.id === task.id ? task : t));
      return;
    }
    const rest = current ? this.tasks.filter((t) => t.id !== task.id) : [...this.tasks];
    rest.push(task);
    this.tasks = rest.sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
  }

  #highlight(id: string) {
    if (this.#disposed) return;
    this.highlighted = { ...this.highlighted, [id]: true };
    const timer = setTimeout(() => {
      this.#highlightTimers.delete(timer);
      const { [id]: _, ...rest } = this.highlighted;
      this.highlighted = rest;
    }, HIGHLIGHT_MS);
    this.#highlightTimers.add(timer);
  }

  /** Runs a mutation of `ids` whose payload (its first field) carries the change number of the write. */
  #mutate<T extends Record<string, { changeNumber?: number | null }>>(ids: string[], run: () => Promise<T>): Promise<T> {
    return this.#echo.track(ids, run, (r) => Object.values(r)[0]?.changeNumber);
  }

  // ---- mutations ----

  async createTask(input: Omit<TaskCreateInput, 'projectId'>): Promise<Task> {
    if (!this.project) throw new Error('Project not loaded');
    const d = await request(ops.TASK_CREATE, { input: { ...input, projectId: this.project.id } });
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
      const d = await this.#mutate([id], () => request(ops.TASK_UPDATE, { input: { id, version: v, ...patch } }));
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

  /** Board: shows the card's new assignee at once, then saves; puts the former one back on failure. */
  async assignCard(card: BoardCard, assignee: { id: string; name: string } | null): Promise<void> {
    const before = this.board;
    if (before) {
      const swap = (cards: readonly BoardCard[]) => cards.map((x) => (x.id === card.id ? { ...x, assignee } : x));
      this.board = { ...before, columns: before.columns.map((c) => ({ ...c, cards: swap(c.cards) })), lateTasks: swap(before.lateTasks) };
    }
    try {
      await this.updateTask(card.id, { assigneeId: assignee?.id ?? null }, card.version);
    } catch (e) {
      if (this.board !== before && before && this.board && this.board.generatedAt === before.generatedAt) this.board = before;
      throw e;
    }
  }

  /** Moves a task (with its sub-tasks) under `parentId` at `position` among its new siblings. */
  async moveTask(id: string, parentId: string | null, position?: number): Promise<Task> {
    const d = await this.#mutate([id], () =>
      request(ops.TASK_MOVE, { input: { id, parentId, position } }),
    );
    const task = d.taskMove.task;
    this.#touched.set(id, Date.now());
    const now = this.byId.get(id);
    if (!now || now.version <= task.version) this.#upsert(task);
    // Sub-tasks and siblings get new WBS codes; their events follow. Without a live socket, refetch.
    if (this.live.status !== 'connected') void this.refresh();
    return task;
  }

  async deleteTask(id: string): Promise<void> {
    await this.#mutate([id], () => request(ops.TASK_DELETE, { id }));
    this.#touched.set(id, Date.now());
    this.#deleted.add(id);
    // Sub-tasks go too; their events follow, but drop them now.
    const gone = new Set([id]);
    for (const t of this.tasks) if (t.parentId && gone.has(t.parentId)) gone.add(t.id);
    this.tasks = this.tasks.filter((t) => !gone.has(t.id));
  }

  /** Closes the subscriptions (leaving the project). */
  /** Ends `stop` with the cache: what a part of the pages opened for this project (the blocked markers' subscription). */
  endWithProject(stop: () => void): void {
    if (this.#disposed) stop();
    else this.#stops.push(stop);
  }

  dispose() {
    this.#disposed = true;
    this.#settle();
    clearTimeout(this.#queueTimer);
    this.#queued.clear();
    for (const t of this.#highlightTimers) clearTimeout(t);
    this.#highlightTimers.clear();
    for (const stop of this.#stops) stop();
    this.#stops = [];
    for (const set of Object.values(this.#listeners)) set.clear();
  }
}

// ---- sharing through the p/[key] layout ----

const CONTEXT = Symbol('project-cache');

/** What the layout hands to the pages: the cache of the project in the URL (null before the first run). */
export interface ProjectCacheRef {
  readonly current: ProjectCache | null;
}

/**
 * Called by the `p/[key]` layout while it initialises: makes the cache for the project key that
 * `keyOf` gives, loads it, and disposes it (subscriptions closed) when the key changes or the
 * layout goes away. The pages read it with `projectCache()`.
 */
export function provideProjectCache(keyOf: () => string, live: () => LiveConnection): ProjectCacheRef {
  let cache = $state.raw<ProjectCache | null>(null);
  // Derived, so that moving between the project's pages (new params, same key) keeps the cache.
  const currentKey = $derived(keyOf());
  $effect(() => {
    const key = currentKey;
    const c = untrack(() => new ProjectCache(key, live()));
    cache = c;
    untrack(() => void c.load());
    return () => c.dispose();
  });
  const ref: ProjectCacheRef = {
    get current() {
      return cache;
    },
  };
  setContext(CONTEXT, ref);
  return ref;
}

/** The project cache of the `p/[key]` layout (call while a component initialises). */
export function projectCache(): ProjectCacheRef {
  const ref = getContext<ProjectCacheRef | undefined>(CONTEXT);
  if (!ref) throw new Error('projectCache() needs the p/[key] layout');
  return ref;
}

/** The project cache of the `p/[key]` layout, or null outside it. */
export function projectCacheIfAny(): ProjectCacheRef | null {
  return getContext<ProjectCacheRef | undefined>(CONTEXT) ?? null;
}
