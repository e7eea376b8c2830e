import { GraphQLRequestError, ops, request } from '$lib/graphql';
import { canEditTasks, canManage } from '$lib/format';
import { asRequestError } from './planning.svelte';
import type { Assignment, LevelingPreview, Resource, ResourceType, ResourceUsage, UsagePeriodKind, WorkCalendar } from './planning-types';
import { CachedPageStore } from './cached-page.svelte';

type TaskDates = { taskId: string; start: string; finish: string; levelingDelayDays: number };

type UsageResult = {
  project: { resources?: Resource[]; assignments: Assignment[]; resourceUsage: ResourceUsage[]; schedule: { finish: string; tasks: TaskDates[] } };
};

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
 * usage is recomputed whenever the schedule changes (`scheduleUpdated`). The project and its
 * tasks are the project cache's.
 */
export class ResourcesStore extends CachedPageStore {
  resources = $state.raw<Resource[]>([]);
  assignments = $state.raw<Assignment[]>([]);
  usage = $state.raw<ResourceUsage[]>([]);
  dates = $state.raw<ReadonlyMap<string, TaskDates>>(new Map());
  finish = $state<string | null>(null);
  /** The project calendar (null: the standard week), to say when delayed work will finish. */
  calendar = $state.raw<WorkCalendar | null>(null);
  period = $state<UsagePeriodKind>('WEEK');
  actionError = $state<string | null>(null);

  leveling = $state<LevelingPreview | null>(null);
  /** 'preview' while the proposal is computed, 'apply'/'clear' while those run. */
  levelingBusy = $state<'preview' | 'apply' | 'clear' | null>(null);
  levelingMessage = $state<string | null>(null);

  readonly canEdit = $derived(!!this.project && canEditTasks(this.project.viewerRole) && !this.project.archivedAt);
  readonly canManage = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);
  readonly resourceById = $derived(new Map(this.resources.map((r) => [r.id, r])));
  /** Team members who are not a resource yet (people are resources once made one, or once assigned a task). */
  readonly membersWithoutResource = $derived.by(() => {
    const linked = new Set(this.resources.map((r) => r.userId).filter(Boolean));
    return [...(this.project?.members ?? [])].filter((m) => !linked.has(m.user.id)).sort((a, b) => a.user.name.localeCompare(b.user.name));
  });
  readonly usageByResource = $derived(new Map(this.usage.map((u) => [u.resourceId, u.periods])));
  /** Resources with at least one over-allocated period. */
  readonly overallocated = $derived(new Set(this.usage.filter((u) => u.periods.some((p) => p.overallocated)).map((u) => u.resourceId)));
  readonly leveled = $derived([...this.dates.values()].some((d) => d.levelingDelayDays > 0));

  /** The last usage request started, and the latest one whose answer is shown. */
  #usageSeq = 0;
  #usageApplied = 0;


  async load(): Promise<void> {
    this.ownStatus = 'loading';
    this.ownError = null;
    if (this.cache.status === 'error') void this.cache.load();
    try {
      const d = await request(ops.RESOURCES_PLAN, { key: this.key, period: this.period });
      const { resources, assignments, resourceUsage, schedule, calendars } = d.project;
      if (this.disposed) return;
      this.resources = sortResources(resources);
      this.calendar = calendars.find((c) => c.id === schedule.calendarId) ?? null;
      this.#applyUsage({ project: { assignments, resourceUsage, schedule } });
      this.ownStatus = 'ready';
    } catch (e) {
      this.ownError = asRequestError(e);
      this.ownStatus = 'error';
      return;
    }
    if (!this.stops.length) this.#listen();
  }

  #applyUsage(d: UsageResult) {
    // Resources come along on refreshes, so ones added or changed elsewhere show with the next change.
    if (d.project.resources) this.resources = sortResources(d.project.resources);
    this.assignments = d.project.assignments;
    this.usage = d.project.resourceUsage;
    this.dates = new Map(d.project.schedule.tasks.map((t) => [t.taskId, t]));
    this.finish = d.project.schedule.finish;
  }

  /** Fetches the usage again; an answer overtaken by a later request's is dropped. */
  async refreshUsage(): Promise<void> {
    if (!this.project || this.disposed) return;
    const seq = ++this.#usageSeq;
    try {
      const d = await request(ops.RESOURCE_USAGE, { id: this.project.id, period: this.period });
      if (!this.disposed && seq > this.#usageApplied) {
        this.#usageApplied = seq;
        this.#applyUsage(d);
      }
    } catch (e) {
      if (seq === this.#usageSeq) this.actionError = `Could not update the usage: ${asRequestError(e).message}`;
    }
  }

  async setPeriod(period: UsagePeriodKind): Promise<void> {
    this.period = period;
    await this.refreshUsage();
  }

  /** The cache's subscriptions tell when the usage may have changed; it is fetched once for a burst. */
  #listen() {
    this.stops.push(
      this.cache.on('schedule', () => this.#queueUsage()),
      // Resources, rates, assignments and calendars change usage without moving any date.
      this.cache.on('plan', (part) => {
        if (['RESOURCES', 'ASSIGNMENTS', 'CALENDARS', 'LEVELING', 'IMPORT'].includes(part)) this.#queueUsage();
      }),
      this.cache.on('reconnect', () => this.#queueUsage()),
    );
  }

  #queueUsage() {
    this.cache.queue('resource-usage', () => this.refreshUsage());
  }

  // ---- resources ----

  async createResource(draft: ResourceDraft): Promise<Resource> {
    const d = await request(ops.RESOURCE_CREATE, { input: { projectId: this.project!.id, ...draft } });
    this.resources = sortResources([...this.resources, d.resourceCreate.resource]);
    void this.refreshUsage();
    return d.resourceCreate.resource;
  }

  /** A member's resource, made on demand (or theirs if they have one already). */
  async makeResourceFor(userId: string): Promise<Resource> {
    const d = await request(ops.RESOURCE_FOR_MEMBER, { input: { projectId: this.project!.id, userId } });
    const r = d.resourceForMember.resource;
    this.resources = sortResources([...this.resources.filter((x) => x.id !== r.id), r]);
    void this.refreshUsage();
    return r;
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

  /** Links a resource to a team member (their calendar and assignments), or unlinks it with null. */
  async linkMember(id: string, userId: string | null): Promise<Resource> {
    const current = this.resourceById.get(id);
    try {
      const d = await request(ops.RESOURCE_UPDATE, { input: { id, version: current?.version ?? 1, userId } });
      this.resources = sortResources(this.resources.map((r) => (r.id === id ? d.resourceUpdate.resource : r)));
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

}

function sortResources(list: Resource[]): Resource[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name));
}
