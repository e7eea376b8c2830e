import { GraphQLRequestError, ops, request } from '$lib/graphql';
import type { DecisionCreateInput, DecisionFieldsFragment, DecisionUpdateInput } from '$lib/graphql/generated/graphql';
import { canEditTasks } from '$lib/format';
import { EchoTracker } from './echo';
import { Paging } from './register.svelte';
import { asRequestError, type LoadStatus } from './planning.svelte';
import type { ProjectCache } from './project-cache.svelte';

export type Decision = DecisionFieldsFragment;

/**
 * The decision log: what was decided, why, by whom, when, the alternatives, and what it is linked
 * to; kept live through `decisionChanged`. Approving or rejecting a change request adds one.
 */
export class DecisionsStore {
  readonly cache: ProjectCache;
  items = $state.raw<Decision[]>([]);
  /** The log comes in pages of 200; the rest on request. */
  readonly paging = new Paging();
  listStatus = $state<LoadStatus>('loading');
  listError = $state<GraphQLRequestError | null>(null);
  /** Decisions someone else changed since this page showed them. */
  changedElsewhere = $state.raw<ReadonlySet<string>>(new Set());
  readonly byId = $derived(new Map(this.items.map((d) => [d.id, d])));

  readonly #echo = new EchoTracker((id) => (this.changedElsewhere = new Set([...this.changedElsewhere, id])));
  #stops: (() => void)[] = [];
  #disposed = false;

  constructor(cache: ProjectCache) {
    this.cache = cache;
  }

  get canEdit(): boolean {
    const p = this.cache.project;
    return !!p && canEditTasks(p.viewerRole) && !p.archivedAt;
  }
  get project() {
    return this.cache.project;
  }
  get status(): LoadStatus {
    if (this.cache.status === 'error' || this.listStatus === 'error') return 'error';
    return this.cache.status === 'ready' && this.listStatus === 'ready' ? 'ready' : 'loading';
  }
  get error(): GraphQLRequestError | null {
    return this.cache.error ?? this.listError;
  }

  async load(): Promise<void> {
    this.listStatus = 'loading';
    try {
      const d = await request(ops.DECISIONS, { key: this.cache.key });
      if (this.#disposed) return;
      this.items = d.project.decisions.nodes;
      this.paging.start(d.project.decisions);
      this.changedElsewhere = new Set();
      this.listStatus = 'ready';
      if (!this.#stops.length) {
        this.#stops.push(
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
      this.listError = asRequestError(e);
      this.listStatus = 'error';
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

  dispose(): void {
    this.#disposed = true;
    for (const s of this.#stops) s();
    this.#stops = [];
  }
}
