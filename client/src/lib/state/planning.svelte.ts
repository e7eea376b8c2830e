import { session } from './session.svelte';
import { GraphQLRequestError, ops, request } from '$lib/graphql';
import type { DependencyType, PageInfo, PlanPart } from '$lib/graphql/types';
import { canEditTasks, canManage } from '$lib/format';
import { allPagesAtOnce, startEarly, takeEarly } from './project-cache.svelte';
import { toDay, toWallClock } from '$lib/components/planning/time';
import type {
  Baseline,
  BaselineSummary,
  BaselineTask,
  PlanLink,
  PlanTask,
  Schedule,
  ScheduledTask,
  ScheduleUpdate,
  ScheduleWarning,
  WorkCalendar,
} from './planning-types';
import { CachedPageStore } from './cached-page.svelte';

const PAGE = 500;
/** How long an optimistic bar waits for the server's schedule before asking for it. */
const PREVIEW_WAIT_MS = 4_000;

export type LoadStatus = 'loading' | 'ready' | 'error';

export function asRequestError(e: unknown): GraphQLRequestError {
  return e instanceof GraphQLRequestError ? e : new GraphQLRequestError(String(e), 'NETWORK');
}

/** Reads every page of a connection: the first one is given, the rest fetched with `more(after)`. */
export async function allPages<T>(first: { nodes: T[]; pageInfo: PageInfo }, more: (after: string) => Promise<{ nodes: T[]; pageInfo: PageInfo }>): Promise<T[]> {
  const out = [...first.nodes];
  let page = first.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = await more(page.endCursor);
    out.push(...next.nodes);
    page = next.pageInfo;
  }
  return out;
}

/** The Gantt's own data, asked for as the route loads (see `startEarly`). */
export function startGanttPlan(key: string): void {
  startEarly(`gantt:${key}`, () => request(ops.GANTT_PLAN, { key, first: PAGE }));
}

/** Dates shown for a task before the server has answered: where it was dropped or stretched to. */
export interface BarPreview {
  start: string;
  finish: string;
}

/**
 * The Gantt page: the tasks in WBS order (the project cache's), their links, the computed
 * schedule and the baselines. The schedule stays current through the cache's `scheduleUpdated`
 * (only the tasks that moved); names, durations and versions are the cache's tasks; links are
 * fetched again after a schedule change, since a link drawn elsewhere arrives as one. Moves and
 * resizes show at once (a preview) and give way to the server's dates when they come.
 */
export class GanttStore extends CachedPageStore {
  links = $state.raw<PlanLink[]>([]);
  scheduled = $state.raw<ReadonlyMap<string, ScheduledTask>>(new Map());
  criticalPath = $state.raw<string[]>([]);
  warnings = $state.raw<ScheduleWarning[]>([]);
  start = $state<string | null>(null);
  finish = $state<string | null>(null);
  statusDate = $state<string | null>(null);
  calendars = $state.raw<WorkCalendar[]>([]);
  calendarId = $state<string | null>(null);
  baselines = $state.raw<BaselineSummary[]>([]);
  baselineId = $state<string | null>(null);
  baselineTasks = $state.raw<ReadonlyMap<string, BaselineTask>>(new Map());
  previews = $state.raw<ReadonlyMap<string, BarPreview>>(new Map());
  /** The last move, resize or link change that the server refused. */
  actionError = $state<string | null>(null);
  /** Tasks another person just moved (for a brief highlight). */
  moved = $state.raw<ReadonlySet<string>>(new Set());

  readonly canEdit = $derived(!!this.project && canEditTasks(this.project.viewerRole) && !this.project.archivedAt);
  /** Managers and owners import plan files. */
  readonly canManage = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);
  readonly projectCalendar = $derived(this.calendars.find((c) => c.id === this.calendarId) ?? null);
  readonly warningsByTask = $derived.by(() => {
    const m = new Map<string, ScheduleWarning[]>();
    for (const w of this.warnings) if (w.taskId) m.set(w.taskId, [...(m.get(w.taskId) ?? []), w]);
    return m;
  });

  #baselineCache = new Map<string, Baseline>();
  #previewTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Tasks the project has that have not arrived yet (a long plan's first screen comes first). */
  get pendingRows(): number {
    return this.cache.complete ? 0 : Math.max(0, this.cache.taskCount - this.cache.tasks.length);
  }

  async load(): Promise<void> {
    this.ownStatus = 'loading';
    this.ownError = null;
    if (this.cache.status === 'error') void this.cache.load();
    try {
      await this.#fetch(true);
      this.ownStatus = 'ready';
    } catch (e) {
      this.ownError = asRequestError(e);
      this.ownStatus = 'error';
      return;
    }
    if (!this.stops.length) this.#listen();
    // The baseline chosen on another page of the project is shown here too.
    const chosen = this.cache.baselineId;
    if (chosen && chosen !== this.baselineId && this.baselines.some((b) => b.id === chosen)) void this.selectBaseline(chosen);
  }

  async #fetch(early = false): Promise<void> {
    const ask = () => request(ops.GANTT_PLAN, { key: this.key, first: PAGE });
    const d = await (early ? takeEarly(`gantt:${this.key}`, ask) : ask());
    const { id, dependencies, schedule, baselines, calendars } = d.project;
    if (this.disposed) return;
    this.baselines = baselines;
    this.calendars = calendars;
    this.#applySchedule(schedule);
    // The bars show with the schedule; the links follow (all their pages at once).
    this.links = dependencies.nodes;
    if (dependencies.pageInfo.hasNextPage) {
      const all = await allPagesAtOnce(dependencies, async (after, first) => {
        const r = await request(ops.PLAN_LINKS_PAGE, { id, first, after });
        return r.project.dependencies;
      });
      if (!this.disposed) this.links = all;
    }
  }

  #applySchedule(s: Schedule) {
    this.scheduled = new Map(s.tasks.map((t) => [t.taskId, t]));
    this.criticalPath = s.criticalPath;
    this.warnings = s.warnings;
    this.start = s.start;
    this.finish = s.finish;
    this.statusDate = s.statusDate;
    this.calendarId = s.calendarId;
    this.previews = new Map();
  }

  /** Refetches the schedule (after a reconnection, or when an expected update did not come). */
  async refreshSchedule(): Promise<void> {
    if (!this.project || this.disposed) return;
    try {
      const d = await request(ops.PLAN_SCHEDULE, { id: this.project.id });
      if (!this.disposed) this.#applySchedule(d.project.schedule);
    } catch {
      // Keep what is shown; the next event tries again.
    }
  }

  async refresh(): Promise<void> {
    if (this.disposed) return;
    try {
      await this.#fetch();
    } catch {
      // Keep what is shown.
    }
  }

  /** The cache's subscriptions tell the Gantt what changed; it fetches only its own data again. */
  #listen() {
    this.stops.push(
      this.cache.on('schedule', (u) => this.applyScheduleUpdate(u)),
      this.cache.on('plan', (part) => this.#applyPlanChange(part)),
      this.cache.on('reconnect', () => this.cache.queue('gantt', () => this.refresh())),
    );
    // Close the gap between the first fetch and the subscriptions starting: the schedule, links and
    // warnings are fetched again (the tasks are the cache's).
    void this.live.whenConnected().then(() =>
      setTimeout(() => {
        void this.refreshSchedule();
        this.#queueLinkRefetch();
      }, 150),
    );
  }

  /** Applies one scheduleUpdated event: the moved tasks' dates replace ours. */
  applyScheduleUpdate(u: ScheduleUpdate) {
    const next = new Map(this.scheduled);
    const movedByOthers = new Set<string>();
    // Moves are someone else's when the update follows from a change by another person.
    const byOthers = u.actorIds.some((a) => a !== session.viewer?.id);
    for (const t of u.tasks) {
      const before = next.get(t.taskId);
      next.set(t.taskId, t);
      if (byOthers && before && (before.start !== t.start || before.finish !== t.finish)) movedByOthers.add(t.taskId);
    }
    for (const id of u.removedTaskIds) next.delete(id);
    this.scheduled = next;
    this.criticalPath = u.criticalPath;
    // A task whose criticality changed is among the moved ones (critical is a scheduled field), so
    // every flag stays right without reading the path.
    this.start = u.start;
    this.finish = u.finish;
    // The server has recomputed: every preview gives way to its dates.
    this.#clearPreviews();
    if (movedByOthers.size) this.#flash(movedByOthers);
    this.#queueLinkRefetch();
  }

  /** A task as the Gantt's own mutation returned it: into the project cache. */
  #applyTask(task: PlanTask) {
    this.cache.patchTask(task);
  }

  /** What changed elsewhere without moving dates: links, baselines, the status date, calendars. */
  #applyPlanChange(part: PlanPart) {
    switch (part) {
      case 'LINKS':
        this.#queueLinkRefetch();
        break;
      case 'BASELINES':
        void this.#refetchBaselines();
        break;
      case 'SETTINGS':
        void this.refreshSchedule();
        break;
      case 'CALENDARS':
      case 'IMPORT':
        // The cache fetches the tasks again after an import; the Gantt its schedule and links.
        this.cache.queue('gantt', () => this.refresh());
        break;
      default:
      // Resources, assignments, costs and leveling show on other pages; dates they move come as scheduleUpdated.
    }
  }

  /** The list of baselines; the one shown is dropped if someone deleted it. */
  async #refetchBaselines() {
    if (!this.project || this.disposed) return;
    try {
      const d = await request(ops.PLAN_BASELINES, { id: this.project.id });
      if (this.disposed) return;
      this.baselines = d.project.baselines;
      const ids = new Set(d.project.baselines.map((b) => b.id));
      for (const id of [...this.#baselineCache.keys()]) if (!ids.has(id)) this.#baselineCache.delete(id);
      if (this.baselineId && !ids.has(this.baselineId)) void this.selectBaseline(null);
    } catch {
      // Keep the list shown; the next change tries again.
    }
  }

  #queueLinkRefetch() {
    this.cache.queue('gantt-links', () => this.#refetchLinks());
  }

  /** Links drawn elsewhere and the schedule's warnings, neither of which the event carries. */
  async #refetchLinks() {
    if (!this.project || this.disposed) return;
    try {
      const id = this.project.id;
      const first = await request(
        ops.PLAN_LINKS_AND_WARNINGS,
        { id, first: PAGE },
      );
      const links = await allPages(first.project.dependencies, async (after) => {
        const r = await request(ops.PLAN_LINKS_PAGE, { id, first: PAGE, after });
        return r.project.dependencies;
      });
      if (this.disposed) return;
      this.links = links;
      this.warnings = first.project.schedule.warnings;
    } catch {
      // The next schedule change tries again.
    }
  }

  #flash(ids: Set<string>) {
    this.moved = new Set([...this.moved, ...ids]);
    setTimeout(() => {
      this.moved = new Set([...this.moved].filter((id) => !ids.has(id)));
    }, 2_500);
  }

  // ---- baselines ----

  async selectBaseline(id: string | null): Promise<void> {
    this.baselineId = id;
    // The one choice the earned-value and variance pages follow too.
    this.cache.baselineId = id;
    if (!id || !this.project) {
      this.baselineTasks = new Map();
      return;
    }
    let b = this.#baselineCache.get(id);
    if (!b) {
      try {
        const d = await request(ops.BASELINE_TASKS, { id: this.project.id });
        for (const x of d.project.baselines) this.#baselineCache.set(x.id, x);
        this.baselines = d.project.baselines.map(({ tasks: _, ...s }) => s);
        b = this.#baselineCache.get(id);
      } catch (e) {
        this.actionError = `Could not load the baseline: ${asRequestError(e).message}`;
        return;
      }
    }
    if (this.baselineId === id) this.baselineTasks = new Map((b?.tasks ?? []).map((t) => [t.taskId, t]));
  }

  // ---- changes ----

  /** The dates to draw for a task: a pending preview, else the schedule's. */
  dates(id: string): BarPreview | null {
    return this.previews.get(id) ?? this.scheduled.get(id) ?? null;
  }

  /**
   * Moves a task to start on `startDate` (`YYYY-MM-DD`): a start-no-earlier-than constraint, as
   * MS Project sets when a bar is dragged. The bar shows there until the server's schedule arrives.
   */
  async moveTask(id: string, startDate: string): Promise<boolean> {
    const task = this.taskById.get(id);
    const current = this.dates(id);
    if (!task || !current || !this.project) return false;
    const shift = toDay(startDate) - Math.floor(toDay(current.start));
    this.#preview(id, { start: toWallClock(toDay(current.start) + shift), finish: toWallClock(toDay(current.finish) + shift) });
    return this.#send(id, async () => {
      const d = await request(ops.TASK_SCHEDULE_UPDATE, {
        input: { id, version: task.version, constraintType: 'SNET', constraintDate: startDate },
      });
      this.#applyTask(d.taskScheduleUpdate.task);
    });
  }

  /** Sets a task's duration in working days; `finish` is where the dragged edge was dropped. */
  async resizeTask(id: string, durationDays: number, finish: string): Promise<boolean> {
    const task = this.taskById.get(id);
    const current = this.dates(id);
    if (!task || !current) return false;
    this.#preview(id, { start: current.start, finish });
    return this.#send(id, async () => {
      const d = await request(ops.PLAN_TASK_UPDATE, { input: { id, version: task.version, durationDays } });
      this.#applyTask(d.taskUpdate.task);
    });
  }

  async createLink(predecessorId: string, successorId: string, type: DependencyType = 'FS', lagDays = 0): Promise<PlanLink | null> {
    this.actionError = null;
    try {
      const d = await request(ops.PLAN_LINK_CREATE, { input: { predecessorId, successorId, type, lagDays } });
      const link = d.dependencyCreate.dependency;
      this.links = [...this.links.filter((l) => l.id !== link.id), link];
      return link;
    } catch (e) {
      this.actionError = asRequestError(e).message;
      return null;
    }
  }

  async updateLink(id: string, type: DependencyType, lagDays: number): Promise<boolean> {
    this.actionError = null;
    try {
      const d = await request(ops.PLAN_LINK_UPDATE, { input: { id, type, lagDays } });
      const link = d.dependencyUpdate.dependency;
      this.links = this.links.map((l) => (l.id === id ? link : l));
      return true;
    } catch (e) {
      this.actionError = asRequestError(e).message;
      return false;
    }
  }

  async deleteLink(id: string): Promise<boolean> {
    this.actionError = null;
    const before = this.links;
    this.links = this.links.filter((l) => l.id !== id);
    try {
      await request(ops.DEPENDENCY_DELETE, { id });
      return true;
    } catch (e) {
      this.links = before;
      this.actionError = asRequestError(e).message;
      return false;
    }
  }

  async #send(id: string, run: () => Promise<void>): Promise<boolean> {
    this.actionError = null;
    try {
      await run();
      // Without a live socket no scheduleUpdated comes: fetch the schedule instead.
      const wait = this.live.status === 'connected' ? PREVIEW_WAIT_MS : 0;
      this.#previewTimers.set(
        id,
        setTimeout(() => {
          if (this.previews.has(id)) void this.refreshSchedule();
        }, wait),
      );
      return true;
    } catch (e) {
      const err = asRequestError(e);
      this.actionError = err.code === 'CONFLICT' ? 'Someone else changed this task just now; the chart shows their version. Try again.' : err.message;
      this.#dropPreview(id);
      if (err.code === 'CONFLICT' || err.code === 'NOT_FOUND') void Promise.all([this.cache.refresh(), this.refresh()]);
      return false;
    }
  }

  #preview(id: string, dates: BarPreview) {
    const next = new Map(this.previews);
    next.set(id, dates);
    this.previews = next;
  }

  #dropPreview(id: string) {
    clearTimeout(this.#previewTimers.get(id));
    this.#previewTimers.delete(id);
    if (!this.previews.has(id)) return;
    const next = new Map(this.previews);
    next.delete(id);
    this.previews = next;
  }

  #clearPreviews() {
    for (const t of this.#previewTimers.values()) clearTimeout(t);
    this.#previewTimers.clear();
    if (this.previews.size) this.previews = new Map();
  }

  override dispose(): void {
    this.#clearPreviews();
    super.dispose();
  }
}
