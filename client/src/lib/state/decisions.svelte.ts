import { ops, request } from '$lib/graphql';
import type { DecisionCreateInput, DecisionFieldsFragment, DecisionUpdateInput } from '$lib/graphql/generated/graphql';
import { canEditTasks } from '$lib/format';
import { EchoTracker } from './echo';
import { Paging } from './register.svelte';
import { asRequestError } from './planning.svelte';
import { CachedPageStore } from './cached-page.svelte';

export type Decision = DecisionFieldsFragment;

/**
 * The decision log: what was decided, why, by whom, when, the alternatives, and what it is linked
 * to; kept live through `decisionChanged`. Approving or rejecting a change request adds one.
 */
export class DecisionsStore extends CachedPageStore {
  items = $state.raw<Decision[]>([]);
  /** The log comes in pages of 200; the rest on request. */
  readonly paging = new Paging();
  /** Decisions someone else changed since this page showed them. */
  changedElsewhere = $state.raw<ReadonlySet<string>>(new Set());
  readonly byId = $derived(new Map(this.items.map((d) => [d.id, d])));

  readonly #echo = new EchoTracker((id) => (this.changedElsewhere = new Set([...this.changedElsewhere, id])));

  get canEdit(): boolean {
    const p = this.cache.project;
    return !!p && canEditTasks(p.viewerRole) && !p.archivedAt;
  }

  async load(): Promise<void> {
    this.ownStatus = 'loading';
    try {
      const d = await request(ops.DECISIONS, { key: this.cache.key });
      if (this.disposed) return;
      this.items = d.project.decisions.nodes;
      this.paging.start(d.project.decisions);
      this.changedElsewhere = new Set();
      this.ownStatus = 'ready';
      if (!this.stops.length) {
        this.stops.push(
          this.cache.live.subscribe(ops.DECISION_CHANGED, { projectId: d.project.id }, {
            next: (e) => {
              const ev = e.decisionChanged;
              if (ev.action === 'DELETED' || !ev.decision) this.items = this.items.filter((x) => x.id !== ev.id);
              else this.#upsert(ev.decision);
              if (this.#echo.seen(ev.id, ev.changeNumber) === 'foreign') this.changedElsewhere = new Set([...this.changedElsewhere, ev.id]);
            },
          }),
          this.cache.on('reconnect', () => void this.load()),
        );
      }
    } catch (e) {
      this.ownError = asRequestError(e);
      this.ownStatus = 'error';
    }
  }

  /** The next page of the log. */
  loadMore(): Promise<void> {
    return this.paging.more(
      async (after) => (await request(ops.DECISIONS, { key: this.cache.key, after })).project.decisions,
      (rows) => {
        for (const d of rows) if (!this.byId.has(d.id)) this.#upsert(d);
      },
    );
  }

  #upsert(d: Decision) {
    this.items = [d, ...this.items.filter((x) => x.id !== d.id)].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.number - a.number);
  }

  acknowledge(id: string) {
    const next = new Set(this.changedElsewhere);
    next.delete(id);
    this.changedElsewhere = next;
  }

  async create(input: Omit<DecisionCreateInput, 'projectId'>): Promise<Decision> {
    const d = await this.#echo.track([], () => request(ops.DECISION_CREATE, { input: { ...input, projectId: this.project!.id } }), (r) => r.decisionCreate.changeNumber);
    this.#upsert(d.decisionCreate.decision);
    return d.decisionCreate.decision;
  }

  async update(input: DecisionUpdateInput): Promise<Decision> {
    const d = await this.#echo.track([input.id], () => request(ops.DECISION_UPDATE, { input }), (r) => r.decisionUpdate.changeNumber);
    this.#upsert(d.decisionUpdate.decision);
    this.acknowledge(input.id);
    return d.decisionUpdate.decision;
  }

  async remove(id: string, version: number): Promise<void> {
    await this.#echo.track([id], () => request(ops.DECISION_DELETE, { id, version }), (r) => r.decisionDelete.changeNumber);
    this.items = this.items.filter((x) => x.id !== id);
  }

}
