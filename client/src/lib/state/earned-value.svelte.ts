import { GraphQLRequestError, LiveConnection, ops, request } from '$lib/graphql';
import { canEditTasks, canManage, compareWbs } from '$lib/format';
import { todayIso } from '$lib/components/planning/time';
import { asRequestError, fetchAllTasks, type LoadStatus } from './planning.svelte';
import type { BaselineSummary, CostEntry, EarnedValue, PlanningProject, PlanTask } from './planning-types';

const PAGE = 500;
const RECOMPUTE_MS = 500;

export interface CostDraft {
  taskId: string;
  date: string;
  amount: number;
  hours: number | null;
  note: string;
}

/**
 * The earned-value page: a baseline and a status date (the project's, else today) give PV, EV and
 * AC with the derived variances, indices and forecasts for the project and each WBS branch, and
 * the S-curve. Saving a baseline and recording a cost recompute it; so does any schedule change.
 */
export class EarnedValueStore {
  readonly key: string;
  readonly live: LiveConnection;
  project = $state<PlanningProject | null>(null);
  tasks = $state.raw<PlanTask[]>([]);
  baselines = $state.raw<BaselineSummary[]>([]);
  baselineId = $state<string | null>(null);
  statusDate = $state(todayIso());
  ev = $state.raw<EarnedValue | null>(null);
  costEntries = $state.raw<CostEntry[]>([]);
  status = $state<LoadStatus>('loading');
  error = $state<GraphQLRequestError | null>(null);
  evStatus = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  evError = $state<string | null>(null);
  liveError = $state<string | null>(null);

  readonly canEdit = $derived(!!this.project && canEditTasks(this.project.viewerRole) && !this.project.archivedAt);
  readonly canManage = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);
  readonly taskById = $derived(new Map(this.tasks.map((t) => [t.id, t])));

  #stops: (() => void)[] = [];
  #disposed = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #seq = 0;

  constructor(key: string, live: LiveConnection) {
    this.key = key;
    this.live = live;
  }

  async load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    try {
      const d = await request(ops.EARNED_VALUE_PAGE, { key: this.key, first: PAGE });
      const { tasks, baselines, schedule, ...project } = d.project;
      const all = await fetchAllTasks(project.id, tasks);
      if (this.#disposed) return;
      this.project = project;
      this.tasks = all.sort((a, b) => compareWbs(a.wbsCode, b.wbsCode));
      this.baselines = newestFirst(baselines);
      this.baselineId = this.baselines[0]?.id ?? null;
      if (schedule.statusDate) this.statusDate = schedule.statusDate;
      this.status = 'ready';
    } catch (e) {
      this.error = asRequestError(e);
      this.status = 'error';
      return;
    }
    await this.compute();
    if (!this.#stops.length && this.project) this.#subscribe(this.project.id);
  }

  /** Fetches the figures for the chosen baseline and status date (the latest request wins). */
  async compute(): Promise<void> {
    if (!this.project || !this.baselineId || !/^\d{4}-\d{2}-\d{2}$/.test(this.statusDate)) {
      this.ev = null;
      this.evStatus = 'idle';
      return;
    }
    const seq = ++this.#seq;
    this.evStatus = this.ev ? 'ready' : 'loading';
    try {
      const d = await request(ops.EARNED_VALUE, {
        id: this.project.id,
        statusDate: this.statusDate,
        baselineId: this.baselineId,
      });
      if (seq !== this.#seq || this.#disposed) return;
      this.ev = d.project.earnedValue;
      this.costEntries = [...d.project.costEntries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      this.evStatus = 'ready';
      this.evError = null;
    } catch (e) {
      if (seq !== this.#seq) return;
      this.evError = asRequestError(e).message;
      this.evStatus = 'error';
    }
  }

  async setBaseline(id: string | null): Promise<void> {
    this.baselineId = id;
    await this.compute();
  }

  async setStatusDate(date: string): Promise<void> {
    this.statusDate = date;
    await this.compute();
  }

  /** Saves the current schedule as a baseline and measures against it from now on. */
  async saveBaseline(name: string): Promise<BaselineSummary> {
    const d = await request(ops.BASELINE_CREATE, { projectId: this.project!.id, name });
    const b = d.baselineCreate.baseline;
    this.baselines = newestFirst([...this.baselines.filter((x) => x.id !== b.id), b]);
    this.baselineId = b.id;
    await this.compute();
    return b;
  }

  async addCost(draft: CostDraft): Promise<CostEntry> {
    const d = await request(ops.COST_ENTRY_CREATE, { input: draft });
    await this.compute();
    return d.costEntryCreate.costEntry;
  }

  #subscribe(projectId: string) {
    const queue = () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.compute(), RECOMPUTE_MS);
    };
    const onError = (e: { message: string }) => (this.liveError = e.message);
    this.#stops.push(
      this.live.subscribe(ops.ON_SCHEDULE_UPDATED, { projectId }, { next: queue, error: onError }),
      // Costs, rates and assignments change the figures without moving any date.
      this.live.subscribe(ops.ON_PLAN_CHANGED, { projectId }, {
        next: (d) => {
          if (d.planChanged.part === 'BASELINES') void this.#refetchBaselines();
          else if (d.planChanged.part !== 'LINKS' && d.planChanged.part !== 'CALENDARS') queue();
        },
        error: onError,
      }),
      this.live.onReconnect(queue),
    );
  }

  /** Baselines saved or deleted elsewhere; measures against the newest when the chosen one is gone. */
  async #refetchBaselines() {
    if (!this.project || this.#disposed) return;
    try {
      const d = await request(ops.PLAN_BASELINES, { id: this.project.id });
      if (this.#disposed) return;
      this.baselines = newestFirst(d.project.baselines);
      if (!this.baselines.some((b) => b.id === this.baselineId)) await this.setBaseline(this.baselines[0]?.id ?? null);
    } catch {
      // Keep the list shown; the next change tries again.
    }
  }

  dispose() {
    this.#disposed = true;
    clearTimeout(this.#timer);
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }
}

function newestFirst(list: BaselineSummary[]): BaselineSummary[] {
  return [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
