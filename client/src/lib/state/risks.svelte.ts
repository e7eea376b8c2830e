import { ops, request } from '$lib/graphql';
import type { Risk, RiskExposurePoint, RiskReserve } from '$lib/graphql/types';
import { canEditTasks, canManage } from '$lib/format';
import { asRequestError } from './planning.svelte';
import { LiveRows, Paging } from './register.svelte';
import { CachedPageStore } from './cached-page.svelte';

/** Weeks of exposure the trend shows. */
export const TREND_WEEKS = 12;

const byKey = (a: Risk, b: Risk) => Number(a.key.slice(2)) - Number(b.key.slice(2));

/**
 * The risk page: the project's live risks (riskChanged keeps them current for everyone), the
 * weekly exposure computed by the server from the risks' history, and the reserve beside the
 * budget. The project, its members and its tasks are the project cache's.
 */
export class RiskStore extends CachedPageStore {
  readonly list = new LiveRows<Risk>(byKey);
  /** The register comes in pages of 200; the rest on request. */
  readonly paging = new Paging();
  exposure = $state.raw<RiskExposurePoint[]>([]);
  reserve = $state.raw<RiskReserve | null>(null);

  readonly canEdit = $derived(!!this.project && canEditTasks(this.project.viewerRole) && !this.project.archivedAt);
  readonly canDelete = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);


  get risks(): Risk[] {
    return this.list.rows;
  }

  async load(): Promise<void> {
    this.ownStatus = 'loading';
    this.ownError = null;
    if (this.cache.status === 'error') void this.cache.load();
    try {
      const d = await request(ops.RISK_REGISTER, { key: this.cache.key, weeks: TREND_WEEKS });
      if (this.disposed) return;
      this.list.set(d.project.risks.nodes);
      this.paging.start(d.project.risks);
      this.exposure = d.project.riskExposure;
      this.reserve = d.project.riskReserve;
      this.ownStatus = 'ready';
      if (!this.stops.length) this.#listen(d.project.id);
    } catch (e) {
      this.ownError = asRequestError(e);
      this.ownStatus = 'error';
    }
  }

  /** The next page of the register. */
  loadMore(): Promise<void> {
    return this.paging.more(async (after) => (await request(ops.RISK_PAGE, { key: this.cache.key, after })).project.risks, (rows) => this.list.add(rows));
  }

  #listen(projectId: string) {
    this.stops.push(
      this.cache.live.subscribe(ops.ON_RISK_CHANGED, { projectId }, {
        next: (d) => {
          this.list.event(d.riskChanged.risk, d.riskChanged.changeNumber);
          this.#queueFigures();
        },
        error: (e) => (this.ownLiveError = e.message),
      }),
      // Budget or currency changed on the project: the reserve is shown beside it.
      this.cache.on('project', () => this.#queueFigures()),
      this.cache.on('reconnect', () => this.cache.queue('risks', () => this.load())),
    );
  }

  /** The trend and the reserve follow every risk change; fetched once for a burst. */
  #queueFigures() {
    this.cache.queue('risk-figures', async () => {
      try {
        const d = await request(ops.RISK_EXPOSURE, { key: this.cache.key, weeks: TREND_WEEKS });
        if (this.disposed) return;
        this.exposure = d.project.riskExposure;
        this.reserve = d.project.riskReserve;
      } catch {
        // The figures shown stay; the next change tries again.
      }
    });
  }

  async create(input: Record<string, unknown>): Promise<Risk> {
    const d = await this.list.track([], () => request(ops.RISK_CREATE, { input: { ...input, projectId: this.project!.id } as never }), (r) => r.riskCreate.changeNumber);
    this.list.put(d.riskCreate.risk);
    this.#queueFigures();
    return d.riskCreate.risk;
  }

  /** Sends `patch` against `version` (the one the person read): a stale version fails with CONFLICT. */
  async update(id: string, version: number, patch: Record<string, unknown>): Promise<Risk> {
    const d = await this.list.track([id], () => request(ops.RISK_UPDATE, { input: { ...patch, id, version } as never }), (r) => r.riskUpdate.changeNumber);
    this.list.put(d.riskUpdate.risk);
    this.#queueFigures();
    return d.riskUpdate.risk;
  }

  async remove(risk: Risk): Promise<void> {
    const d = await this.list.track([risk.id], () => request(ops.RISK_DELETE, { id: risk.id, version: risk.version }), (r) => r.riskDelete.changeNumber);
    this.list.put(d.riskDelete.risk);
    this.#queueFigures();
  }

  /** The risk happened: it becomes occurred and its issue is logged. */
  async occur(risk: Risk, type: 'PROBLEM' | 'BLOCKER'): Promise<{ risk: Risk; issueKey: string }> {
    const d = await this.list.track([risk.id], () => request(ops.RISK_OCCUR, { input: { riskId: risk.id, version: risk.version, type } }), (r) => r.riskOccur.changeNumber);
    this.list.put(d.riskOccur.risk);
    this.#queueFigures();
    return { risk: d.riskOccur.risk, issueKey: d.riskOccur.issue.key };
  }

  async mitigate(risk: Risk, name: string, parentId: string | null): Promise<{ risk: Risk; taskKey: string }> {
    const d = await this.list.track(
      [risk.id],
      () => request(ops.RISK_MITIGATION_TASK_CREATE, { input: { riskId: risk.id, name: name.trim() || null, parentId } }),
      (r) => r.riskMitigationTaskCreate.changeNumber,
    );
    this.list.put(d.riskMitigationTaskCreate.risk);
    return { risk: d.riskMitigationTaskCreate.risk, taskKey: d.riskMitigationTaskCreate.task.key };
  }

  override dispose(): void {
    super.dispose();
    this.list.dispose();
  }
}
