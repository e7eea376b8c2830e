import { ops, request } from '$lib/graphql';
import { asRequestError } from './planning.svelte';
import type { ProjectCache } from './project-cache.svelte';

/** Current minus baseline for one row: positive days are later or longer, positive cost is over. */
export interface VarianceFigures {
  startDays: number | null;
  finishDays: number | null;
  durationDays: number | null;
  cost: number | null;
}
export interface VarianceLine extends VarianceFigures {
  taskId: string;
  branch: boolean;
}

/** A row counts as late when it finishes later than the baseline said. */
export const isLate = (v: VarianceFigures): boolean => (v.finishDays ?? 0) > 0;

/**
 * The variance table's data: the project's baselines, the one chosen (shared with the Gantt and
 * earned value through the project cache) and the variance against it, fetched again whenever
 * the schedule or the plan changes.
 */
export class VarianceStore {
  readonly cache: ProjectCache;
  baselines = $state.raw<{ id: string; name: string; createdAt: string }[]>([]);
  lines = $state.raw<VarianceLine[]>([]);
  total = $state.raw<VarianceFigures | null>(null);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<string | null>(null);
  #seq = 0;
  #stops: (() => void)[] = [];

  constructor(cache: ProjectCache) {
    this.cache = cache;
  }

  /** The chosen baseline: the project's pages share it; the newest until one is chosen. */
  get baselineId(): string | null {
    const chosen = this.cache.baselineId;
    return chosen && this.baselines.some((b) => b.id === chosen) ? chosen : (this.baselines[0]?.id ?? null);
  }

  async load(): Promise<void> {
    await this.cache.ready();
    const project = this.cache.project;
    if (!project) return;
    try {
      const d = await request(ops.PLAN_BASELINES, { id: project.id });
      this.baselines = [...d.project.baselines].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    } catch (e) {
      this.error = asRequestError(e).message;
      this.status = 'error';
      return;
    }
    if (!this.#stops.length) {
      this.#stops.push(
        this.cache.on('schedule', () => void this.compute()),
        this.cache.on('plan', () => void this.load()),
        this.cache.on('reconnect', () => void this.load()),
      );
    }
    await this.compute();
  }

  async choose(id: string): Promise<void> {
    this.cache.baselineId = id;
    await this.compute();
  }

  async compute(): Promise<void> {
    const project = this.cache.project;
    const baselineId = this.baselineId;
    if (!project || !baselineId) {
      this.lines = [];
      this.total = null;
      this.status = 'ready';
      return;
    }
    const seq = ++this.#seq;
    try {
      const d = await request(ops.PROJECT_VARIANCE, { id: project.id, baselineId });
      if (seq !== this.#seq) return;
      const v = d.project.variance;
      this.total = v.project;
      const branches = new Set(v.branches.map((b) => b.taskId));
      this.lines = [...v.branches, ...v.tasks.filter((t) => !branches.has(t.taskId))]
        .filter((r): r is typeof r & { taskId: string } => !!r.taskId)
        .map((r) => ({ ...r, taskId: r.taskId, branch: branches.has(r.taskId) }));
      this.status = 'ready';
      this.error = null;
    } catch (e) {
      if (seq !== this.#seq) return;
      this.error = asRequestError(e).message;
      this.status = 'error';
    }
  }

  dispose(): void {
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }
}
