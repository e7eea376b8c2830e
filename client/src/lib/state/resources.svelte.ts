import { GraphQLRequestError, LiveConnection, ops, request, type ResultOf } from '$lib/graphql';
import { canEditTasks, canManage, compareWbs } from '$lib/format';
import { asRequestError, fetchAllTasks, type LoadStatus } from './planning.svelte';
import type { Assignment, LevelingPreview, PlanningProject, PlanTask, Resource, ResourceType, ResourceUsage, UsagePeriodKind, WorkCalendar } from './planning-types';

const PAGE = 500;
/** Changes arrive in bursts (a leveling run moves many tasks): recompute the usage once. */
const USAGE_REFETCH_MS = 400;

type Usage = ResultOf<typeof ops.RESOURCE_USAGE>['project'];
type TaskDates = Usage['schedule']['tasks'][number];
/** Usage, assignments and dates; resources only come along on refreshes. */
type UsageResult = { project: Omit<Usage, 'resources'> & Partial<Pick<Usage, 'resources'>> };

/** What the resource form edits; rates in the project currency per hour (cost per use per assignment). */
export interface ResourceDraft {
  name: string;
  type: ResourceType;
  maxUnits: number;
  standardRate: number;
  overtimeRate: number;
  costPerUse: number;
  /** Rate changes by date; on update the whole table is replaced. */
  rates: { effectiveFrom: string; standardRate: number; overtimeRate: number; costPerUse: number }[];
}

/**
 * The resources page: the project's resources and assignments, each resource's usage per period
 * against its capacity, and resource leveling (a preview of the delays, then apply or reject). The
 * usage is recomputed whenever the schedule changes (`scheduleUpdated`).
 */
export class ResourcesStore {
  readonly key: string;
  readonly live: LiveConnection;
  project = $state<PlanningProject | null>(null);
  tasks = $state.raw<PlanTask[]>([]);
  resources = $state.raw<Resource[]>([]);
  assignments = $state.raw<Assignment[]>([]);
  usage = $state.raw<ResourceUsage[]>([]);
  dates = $state.raw<ReadonlyMap<string, TaskDates>>(new Map());
  finish = $state<string | null>(null);
  /** The project calendar (null: the standard week), to say when delayed work will finish. */
  calendar = $state.raw<WorkCalendar | null>(null);
  period = $state<UsagePeriodKind>('WEEK');
  status = $state<LoadStatus>('loading');
  error = $state<GraphQLRequestError | null>(null);
  liveError = $state<string | null>(null);
  actionError = $state<string | null>(null);

  leveling = $state<LevelingPreview | null>(null);
  /** 'preview' while the proposal is computed, 'apply'/'clear' while those run. */
  levelingBusy = $state<'preview' | 'apply' | 'clear' | null>(null);
  levelingMessage = $state<string | null>(null);

  readonly canEdit = $derived(!!this.project && canEditTasks(this.project.viewerRole) && !this.project.archivedAt);
  readonly canManage = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);
  readonly taskById = $derived(new Map(this.tasks.map((t) => [t.id, t])));
  readonly resourceById = $derived(new Map(this.resources.map((r) => [r.id, r])));
  readonly usageByResource = $derived(new Map(this.usage.map((u) => [u.resourceId, u.periods])));
  /** Resources with at least one over-allocated period. */
  readonly overallocated = $derived(new Set(this.usage.filter((u) => u.periods.some((p) => p.overallocated)).map((u) => u.resourceId)));
  readonly leveled = $derived([...this.dates.values()].some((d) => d.levelingDelayDays > 0));

  #stops: (() => void)[] = [];
  #disposed = false;
  #usageTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(key: string, live: LiveConnection) {
    this.key = key;
    this.live = live;
  }

  async load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    try {
      const d = await request(ops.RESOURCES_PAGE, { key: this.key, first: PAGE, period: this.period });
      const { tasks, resources, assignments, resourceUsage, schedule, calendars, ...project } = d.project;
      const all = await fetchAllTasks(project.id, tasks);
      if (this.#disposed) return;
      this.project = project;
      this.tasks = all.sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
      this.resources = sortResources(resources);
      this.calendar = calendars.find((c) => c.id === schedule.calendarId) ?? null;
      this.#applyUsage({ project: { assignments, resourceUsage, schedule } });
      this.status = 'ready';
    } catch (e) {
      this.error = asRequestError(e);
      this.status = 'error';
      return;
    }
    if (!this.#stops.length && this.project) this.#subscribe(this.project.id);
  }

  #applyUsage(d: UsageResult) {
    // Resources come along on refreshes, so ones added or changed elsewhere show with the next change.
    if (d.project.resources) this.resources = sortResources(d.project.resources);
    this.assignments = d.project.assignments;
    this.usage = d.project.resourceUsage;
    this.dates = new Map(d.project.schedule.tasks.map((t) => [t.taskId, t]));
    this.finish = d.project.schedule.finish;
  }

  async refreshUsage(): Promise<void> {
    if (!this.project || this.#disposed) return;
    try {
      const d = await request(ops.RESOURCE_USAGE, { id: this.project.id, period: this.period });
      if (!this.#disposed) this.#applyUsage(d);
    } catch (e) {
      this.actionError = `Could not update the usage: ${asRequestError(e).message}`;
    }
  }

  async setPeriod(period: UsagePeriodKind): Promise<void> {
    this.period = period;
    await this.refreshUsage();
  }

  #subscribe(projectId: string) {
    this.#stops.push(
      this.live.subscribe(ops.ON_SCHEDULE_UPDATED, { projectId }, {
        next: () => this.#queueUsage(),
        error: (e) => (this.liveError = e.message),
      }),
      // Resources, rates, assignments and calendars change usage without moving any date.
      this.live.subscribe(ops.ON_PLAN_CHANGED, { projectId }, {
        next: (d) => {
          if (['RESOURCES', 'ASSIGNMENTS', 'CALENDARS', 'LEVELING', 'IMPORT'].includes(d.planChanged.part)) this.#queueUsage();
        },
        error: (e) => (this.liveError = e.message),
      }),
      this.live.onReconnect(() => this.#queueUsage()),
    );
  }

  #queueUsage() {
    clearTimeout(this.#usageTimer);
    this.#usageTimer = setTimeout(() => void this.refreshUsage(), USAGE_REFETCH_MS);
  }

  // ---- resources ----

  async createResource(draft: ResourceDraft): Promise<Resource> {
    const d = await request(ops.RESOURCE_CREATE, { input: { projectId: this.project!.id, ...draft } });
    this.resources = sortResources([...this.resources, d.resourceCreate.resource]);
    void this.refreshUsage();
    return d.resourceCreate.resource;
  }

  async updateResource(id: string, draft: ResourceDraft): Promise<Resource> {
    const current = this.resourceById.get(id);
    try {
      const d = await request(ops.RESOURCE_UPDATE, { input: { id, version: current?.version ?? 1, ...draft } });
      this.resources = sortResources(this.resources.map((r) => (r.id === id ? d.resourceUpdate.resource : r)));
      void this.refreshUsage();
      return d.resourceUpdate.resource;
    } catch (e) {
      if (e instanceof GraphQLRequestError && e.code === 'CONFLICT') void this.load();
      throw e;
    }
  }

  async deleteResource(id: string): Promise<void> {
    await request(ops.RESOURCE_DELETE, { id });
    this.resources = this.resources.filter((r) => r.id !== id);
    this.assignments = this.assignments.filter((a) => a.resourceId !== id);
    void this.refreshUsage();
  }

  async assign(taskId: string, resourceId: string, units: number): Promise<void> {
    const d = await request(ops.ASSIGNMENT_CREATE, { input: { taskId, resourceId, units } });
    this.assignments = [...this.assignments, d.assignmentCreate.assignment];
    void this.refreshUsage();
  }

  async unassign(id: string): Promise<void> {
    await request(ops.ASSIGNMENT_DELETE, { id });
    this.assignments = this.assignments.filter((a) => a.id !== id);
    void this.refreshUsage();
  }

  // ---- leveling ----

  /** Asks the server what leveling would do; nothing changes until it is applied. */
  async previewLeveling(): Promise<void> {
    if (!this.project) return;
    this.levelingBusy = 'preview';
    this.levelingMessage = null;
    this.actionError = null;
    try {
      const d = await request(ops.LEVELING_PREVIEW, { id: this.project.id });
      this.leveling = d.project.levelingPreview;
    } catch (e) {
      this.actionError = `Could not level the resources: ${asRequestError(e).message}`;
    } finally {
      this.levelingBusy = null;
    }
  }

  rejectLeveling() {
    this.leveling = null;
    this.levelingMessage = 'Leveling proposal rejected; nothing changed.';
  }

  async applyLeveling(): Promise<void> {
    await this.#levelingMutation('apply', ops.LEVELING_APPLY, 'Leveling applied: the delays are in the schedule.');
  }

  async clearLeveling(): Promise<void> {
    await this.#levelingMutation('clear', ops.LEVELING_CLEAR, 'Leveling cleared: tasks are back to their unleveled dates.');
  }

  async #levelingMutation(kind: 'apply' | 'clear', op: typeof ops.LEVELING_APPLY | typeof ops.LEVELING_CLEAR, done: string) {
    if (!this.project) return;
    this.levelingBusy = kind;
    this.actionError = null;
    try {
      await request(op, { projectId: this.project.id });
      this.leveling = null;
      this.levelingMessage = done;
      await this.refreshUsage();
    } catch (e) {
      this.actionError = asRequestError(e).message;
    } finally {
      this.levelingBusy = null;
    }
  }

  dispose() {
    this.#disposed = true;
    clearTimeout(this.#usageTimer);
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }
}

function sortResources(list: Resource[]): Resource[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name));
}
