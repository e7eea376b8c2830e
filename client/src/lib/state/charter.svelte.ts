import { GraphQLRequestError, LiveConnection, ops, request } from '$lib/graphql';
import type { ProjectCache } from './project-cache.svelte';
import type { Charter, CharterApproval, ProjectCharter } from '$lib/graphql/types';
import { canManage } from '$lib/format';

/**
 * The charter page's record of the charter: heading, approval state and version, kept current by
 * `projectUpdated`. The text itself is edited live in the shared charter document (see
 * `$lib/collab`); the server keeps this record in step with it. An approved charter is reopened on
 * purpose (the page asks first) before it can be edited. Approval moves are mutations here.
 */
export class CharterStore {
  readonly key: string;
  readonly live: LiveConnection;
  project = $state<ProjectCharter | null>(null);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<GraphQLRequestError | null>(null);
  liveError = $state<string | null>(null);

  approving = $state<CharterApproval | null>(null);
  approvalError = $state<string | null>(null);

  readonly charter = $derived(this.project?.charter ?? null);
  readonly canEdit = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);

  #stops: (() => void)[] = [];
  #disposed = false;

  /** The open project's cache, whose projectUpdated subscription this store hears (else its own). */
  readonly #cache: Pick<ProjectCache, 'on'> | null;

  constructor(key: string, live: LiveConnection, cache: Pick<ProjectCache, 'on'> | null = null) {
    this.key = key;
    this.live = live;
    this.#cache = cache;
  }

  async load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    try {
      const d = await request(ops.PROJECT_CHARTER, { key: this.key });
      if (this.#disposed) return;
      this.project = d.project;
      this.status = 'ready';
    } catch (e) {
      this.error = e instanceof GraphQLRequestError ? e : new GraphQLRequestError(String(e), 'NETWORK');
      this.status = 'error';
      return;
    }
    if (!this.#stops.length && this.project) this.#subscribe(this.project.id);
  }

  /** Fetches the charter again (after a reconnection or a conflict) and applies it. */
  async refresh(): Promise<Charter | null> {
    if (this.#disposed) return null;
    try {
      const d = await request(ops.PROJECT_CHARTER, { key: this.key });
      this.#applyProject(d.project);
      return d.project.charter;
    } catch {
      return null;
    }
  }

  #subscribe(projectId: string) {
    const cache = this.#cache;
    this.#stops.push(
      cache
        ? cache.on('project', (p) => this.#applyProject({ id: p.id, key: p.key, name: p.name, viewerRole: p.viewerRole, archivedAt: p.archivedAt, charter: p.charter }))
        : this.live.subscribe(ops.ON_PROJECT_CHARTER, { projectId }, {
            next: (d) => this.#applyProject(d.projectUpdated),
            error: (e) => {
              this.liveError = e.message;
            },
          }),
      this.live.onReconnect(() => void this.refresh()),
    );
    // Close the gap between the first fetch and the subscription starting.
    void this.live.whenConnected().then(() => setTimeout(() => void this.refresh(), 150));
  }

  #applyProject(p: ProjectCharter) {
    if (this.#disposed || !this.project) return;
    const { charter, ...head } = p;
    this.project = { ...this.project, ...head, viewerRole: head.viewerRole ?? this.project.viewerRole };
    this.apply(charter);
  }

  /** A charter from the server: newer versions replace what is shown. */
  apply(c: Charter) {
    if (!this.project || c.version <= this.project.charter.version) return;
    this.project = { ...this.project, charter: c };
  }

  /** Whether the viewer is the named sponsor, who alone approves or rejects. */
  isSponsor(viewerId: string | null | undefined): boolean {
    return !!viewerId && this.charter?.approver?.id === viewerId;
  }

  /** True when it went through. */
  async setApproval(state: CharterApproval, comment?: string): Promise<boolean> {
    if (!this.project) return false;
    this.approving = state;
    this.approvalError = null;
    try {
      const d = await request(ops.CHARTER_APPROVAL_SET, { projectId: this.project.id, state, comment: comment?.trim() || null });
      this.apply(d.charterApprovalSet.charter);
      return true;
    } catch (e) {
      this.approvalError = e instanceof Error ? e.message : String(e);
      if (e instanceof GraphQLRequestError && e.code === 'CONFLICT') void this.refresh();
      return false;
    } finally {
      this.approving = null;
    }
  }

  dispose() {
    this.#disposed = true;
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }
}
