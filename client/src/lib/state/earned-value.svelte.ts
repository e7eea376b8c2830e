import { ops, request } from '$lib/graphql';
import { canEditTasks, canManage } from '$lib/format';
import { todayIso } from '$lib/components/planning/time';
import { asRequestError } from './planning.svelte';
import type { BaselineSummary, CostEntry, EarnedValue } from './planning-types';
import { CachedPageStore } from './cached-page.svelte';

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
 * The project and its tasks are the project cache's.
 */
export class EarnedValueStore extends CachedPageStore {
  baselines = $state.raw<BaselineSummary[]>([]);
  baselineId = $state<string | null>(null);
  /** The project's status date (the one the settings show too), else today. */
  statusDate = $state(todayIso());
  /** Whether the project has a status date stored; without one the figures are as of today. */
  statusDateSet = $state(false);
  statusDateError = $state<string | null>(null);
  ev = $state.raw<EarnedValue | null>(null);
  costEntries = $state.raw<CostEntry[]>([]);
  evStatus = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  evError = $state<string | null>(null);

  readonly canEdit = $derived(!!this.project && canEditTasks(this.project.viewerRole) && !this.project.archivedAt);
  readonly canManage = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);

  #seq = 0;


  async load(): Promise<void> {
    this.ownStatus = 'loading';
    this.ownError = null;
    if (this.cache.status === 'error') void this.cache.load();
    try {
      const d = await request(ops.EARNED_VALUE_PLAN, { key: this.key });
      const { baselines, schedule } = d.project;
      if (this.disposed) return;
      this.baselines = newestFirst(baselines);
      // The baseline chosen on the Gantt or the variance table, else the newest.
      const chosen = this.cache.baselineId;
      this.baselineId = chosen && this.baselines.some((b) => b.id === chosen) ? chosen : (this.baselines[0]?.id ?? null);
      if (schedule.statusDate) this.statusDate = schedule.statusDate;
      this.statusDateSet = !!schedule.statusDate;
      this.ownStatus = 'ready';
    } catch (e) {
      this.ownError = asRequestError(e);
      this.ownStatus = 'error';
      return;
    }
    if (!this.stops.length) this.#listen();
    await this.#whenProject();
    await this.compute();
  }

  /** The figures need the project's id: wait for the cache's first answer. */
  #whenProject(): Promise<void> {
    return this.cache.ready();
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
      if (seq !== this.#seq || this.disposed) return;
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
    this.cache.baselineId = id;
    await this.compute();
  }

  /**
   * Moves the project's one status date (stored on the server, shown in the settings too); only
   * owners and managers change it.
   */
  async setStatusDate(date: string): Promise<void> {
    if (!this.project || !this.canManage) return;
    this.statusDateError = null;
    try {
      const d = await request(ops.PLAN_SETTINGS_UPDATE, { input: { projectId: this.project.id, statusDate: date } });
      this.statusDate = d.planSettingsUpdate.plan.statusDate ?? todayIso();
      this.statusDateSet = !!d.planSettingsUpdate.plan.statusDate;
    } catch (e) {
      this.statusDateError = asRequestError(e).message;
      return;
    }
    await this.compute();
  }

  /** Saves the current schedule as a baseline and measures against it from now on. */
  async saveBaseline(name: string): Promise<BaselineSummary> {
    const d = await request(ops.BASELINE_CREATE, { projectId: this.project!.id, name });
    const b = d.baselineCreate.baseline;
    this.baselines = newestFirst([...this.baselines.filter((x) => x.id !== b.id), b]);
    this.baselineId = b.id;
    this.cache.baselineId = b.id;
    await this.compute();
    return b;
  }

  async addCost(draft: CostDraft): Promise<CostEntry> {
    const d = await request(ops.COST_ENTRY_CREATE, { input: draft });
    await this.compute();
    return d.costEntryCreate.costEntry;
  }

  /** Several entries (a period split into days), one after another; the figures are fetched once at the end. */
  async addCosts(drafts: CostDraft[]): Promise<CostEntry[]> {
    const out: CostEntry[] = [];
    try {
      for (const draft of drafts) out.push((await request(ops.COST_ENTRY_CREATE, { input: draft })).costEntryCreate.costEntry);
    } finally {
      await this.compute();
    }
    return out;
  }

  /** The cache's subscriptions tell when the figures may have changed; they are fetched once for a burst. */
  #listen() {
    const queue = () => this.cache.queue('earned-value', () => this.compute());
    this.stops.push(
      this.cache.on('schedule', queue),
      // Costs, rates and assignments change the figures without moving any date.
      this.cache.on('plan', (part) => {
        if (part === 'BASELINES') void this.#refetchBaselines();
        else if (part !== 'LINKS' && part !== 'CALENDARS') queue();
      }),
      this.cache.on('reconnect', queue),
    );
  }

  /** Baselines saved or deleted elsewhere; measures against the newest when the chosen one is gone. */
  async #refetchBaselines() {
    if (!this.project || this.disposed) return;
    try {
      const d = await request(ops.PLAN_BASELINES, { id: this.project.id });
      if (this.disposed) return;
      this.baselines = newestFirst(d.project.baselines);
      if (!this.baselines.some((b) => b.id === this.baselineId)) await this.setBaseline(this.baselines[0]?.id ?? null);
    } catch {
      // Keep the list shown; the next change tries again.
    }
  }

}

function newestFirst(list: BaselineSummary[]): BaselineSummary[] {
  return [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
