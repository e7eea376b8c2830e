import { ops, request } from '$lib/graphql';
import type { ChangeRequestFieldsFragment, ChangeRequestCreateInput, ChangeSetInput, ChangeRequestUpdateInput } from '$lib/graphql/generated/graphql';
import { canEditTasks } from '$lib/format';
import { EchoTracker } from './echo';
import { asRequestError } from './planning.svelte';
import { CachedPageStore } from './cached-page.svelte';

export type ChangeRequest = ChangeRequestFieldsFragment;
export type ChangeStatus = ChangeRequest['status'];
export type ChangeCategory = ChangeRequest['category'];
export type ChangeSet = ChangeRequest['changeSet'];
export type Impact = NonNullable<ChangeRequest['impact']>;
export type WorkflowStep = 'SUBMIT' | 'START_REVIEW' | 'APPROVE' | 'REJECT' | 'DEFER';

export const CATEGORIES: { value: ChangeCategory; label: string }[] = [
  { value: 'SCOPE', label: 'Scope' },
  { value: 'SCHEDULE', label: 'Schedule' },
  { value: 'COST', label: 'Cost' },
  { value: 'QUALITY', label: 'Quality' },
];

export const STATUS_LABELS: Record<ChangeStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  UNDER_REVIEW: 'Under review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  DEFERRED: 'Deferred',
};

/** The list's status filter: groups of the workflow a reader looks for. */
export type StatusGroup = 'ALL' | 'DRAFT' | 'OPEN' | 'DECIDED';
export const STATUS_GROUPS: Record<StatusGroup, ChangeStatus[] | null> = {
  ALL: null,
  DRAFT: ['DRAFT', 'DEFERRED'],
  OPEN: ['SUBMITTED', 'UNDER_REVIEW'],
  DECIDED: ['APPROVED', 'REJECTED'],
};

/** A change set as the editor holds it (the input shape; every list present). */
export interface ChangeSetDraft {
  addTasks: { key: string; name: string; parentId: string | null; durationDays: number; milestone: boolean }[];
  durations: { taskId: string; durationDays: number }[];
  links: { predecessorId: string; successorId: string; type: 'FS' | 'SS' | 'FF' | 'SF'; lagDays: number }[];
  removeLinks: { predecessorId: string; successorId: string }[];
  removeTasks: string[];
  budgetDelta: number | null;
  scopeItems: string[];
}

export function draftOf(cs: ChangeSet | null | undefined): ChangeSetDraft {
  return {
    addTasks: (cs?.addTasks ?? []).map((t) => ({ key: t.key, name: t.name, parentId: t.parentId ?? null, durationDays: t.durationDays, milestone: !!t.milestone })),
    durations: (cs?.durations ?? []).map((d) => ({ ...d })),
    links: (cs?.links ?? []).map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type ?? 'FS', lagDays: l.lagDays ?? 0 })),
    removeLinks: (cs?.removeLinks ?? []).map((l) => ({ ...l })),
    removeTasks: [...(cs?.removeTasks ?? [])],
    budgetDelta: cs?.budgetDelta ?? null,
    scopeItems: [...(cs?.scopeItems ?? [])],
  };
}

export function changeSetInput(d: ChangeSetDraft): ChangeSetInput {
  return { ...d, budgetDelta: d.budgetDelta === null || Number.isNaN(d.budgetDelta) ? null : d.budgetDelta, scopeItems: d.scopeItems.map((s) => s.trim()).filter(Boolean) };
}

/**
 * The changes page: the project's change requests (kept live through `changeRequestChanged`), the
 * one being looked at, and the workflow. A request another person changed is marked, so an editor
 * open on it is told before a save would be refused as a CONFLICT.
 */
export class ChangesStore extends CachedPageStore {
  items = $state.raw<ChangeRequest[]>([]);
  links = $state.raw<{ id: string; predecessorId: string; successorId: string }[]>([]);
  viewerCanDecide = $state(false);
  board = $state.raw<{ id: string; name: string }[]>([]);
  /** Requests someone else changed since this page showed them (cleared when reloaded here). */
  changedElsewhere = $state.raw<ReadonlySet<string>>(new Set());
  /** Whether the preview of a request was computed on the plan as it is now (null: unknown). */
  previewCurrent = $state.raw<ReadonlyMap<string, boolean>>(new Map());

  readonly byId = $derived(new Map(this.items.map((c) => [c.id, c])));

  readonly #echo = new EchoTracker((id) => this.#markForeign(id));

  get canEdit(): boolean {
    const p = this.cache.project;
    return !!p && canEditTasks(p.viewerRole) && !p.archivedAt;
  }

  async load(): Promise<void> {
    this.ownStatus = 'loading';
    this.ownError = null;
    try {
      const d = await request(ops.CHANGE_REQUESTS, { key: this.cache.key });
      const items = [...d.project.changeRequests.nodes];
      // A long change log comes in pages of 100 (each request carries its history and impact).
      for (let page = d.project.changeRequests.pageInfo; page.hasNextPage && page.endCursor; ) {
        const more = await request(ops.CHANGE_REQUESTS, { key: this.cache.key, after: page.endCursor });
        items.push(...more.project.changeRequests.nodes);
        page = more.project.changeRequests.pageInfo;
      }
      if (this.disposed) return;
      this.items = items;
      this.links = d.project.dependencies.nodes;
      this.viewerCanDecide = d.project.viewerCanDecideChanges;
      this.board = d.project.changeBoard.members;
      this.changedElsewhere = new Set();
      this.ownStatus = 'ready';
      if (!this.stops.length) this.#listen(d.project.id);
    } catch (e) {
      this.ownError = asRequestError(e);
      this.ownStatus = 'error';
    }
  }

  #listen(projectId: string) {
    this.stops.push(
      this.cache.live.subscribe(ops.CHANGE_REQUEST_CHANGED, { projectId }, {
        next: (d) => {
          const ev = d.changeRequestChanged;
          if (ev.action === 'DELETED' || !ev.changeRequest) this.items = this.items.filter((c) => c.id !== ev.id);
          else this.#upsert(ev.changeRequest);
          if (this.#echo.seen(ev.id, ev.changeNumber) === 'foreign') this.#markForeign(ev.id);
        },
      }),
      // The links the editor offers to remove, and the freshness of previews, follow the plan.
      this.cache.on('plan', () => this.cache.queue('change-links', () => this.#refreshLinks())),
      this.cache.on('schedule', () => (this.previewCurrent = new Map())),
      this.cache.on('reconnect', () => void this.load()),
    );
  }

  async #refreshLinks() {
    try {
      const d = await request(ops.CHANGE_REQUESTS, { key: this.cache.key });
      if (!this.disposed) this.links = d.project.dependencies.nodes;
    } catch {
      // The next plan change or a reload tries again.
    }
  }

  #markForeign(id: string) {
    this.changedElsewhere = new Set([...this.changedElsewhere, id]);
  }

  #upsert(cr: ChangeRequest) {
    const rest = this.items.filter((c) => c.id !== cr.id);
    this.items = [cr, ...rest].sort((a, b) => b.number - a.number);
  }

  /** Marks a request as seen as it is now (after the reader reloaded it). */
  acknowledge(id: string) {
    const next = new Set(this.changedElsewhere);
    next.delete(id);
    this.changedElsewhere = next;
  }

  async checkPreview(id: string): Promise<void> {
    try {
      const d = await request(ops.CHANGE_REQUEST_PREVIEW_CURRENT, { id });
      const m = new Map(this.previewCurrent);
      if (d.changeRequest.previewCurrent !== null && d.changeRequest.previewCurrent !== undefined) m.set(id, d.changeRequest.previewCurrent);
      this.previewCurrent = m;
    } catch {
      // Unknown freshness shows no claim either way.
    }
  }

  async #run<T extends Record<string, { changeNumber?: number | null; changeRequest?: { id: string } | null }>>(id: string | null, run: () => Promise<T>): Promise<T> {
    const r = await this.#echo.track(id ? [id] : [], run, (x) => Object.values(x)[0]?.changeNumber);
    const cr = Object.values(r)[0]?.changeRequest;
    if (cr && 'status' in cr) this.#upsert(cr as ChangeRequest);
    return r;
  }

  async create(input: Omit<ChangeRequestCreateInput, 'projectId'>): Promise<ChangeRequest> {
    const d = await this.#run(null, () => request(ops.CHANGE_REQUEST_CREATE, { input: { ...input, projectId: this.project!.id } }));
    return d.changeRequestCreate.changeRequest;
  }

  async update(input: ChangeRequestUpdateInput): Promise<ChangeRequest> {
    const d = await this.#run(input.id, () => request(ops.CHANGE_REQUEST_UPDATE, { input }));
    this.acknowledge(input.id);
    return d.changeRequestUpdate.changeRequest;
  }

  async preview(id: string): Promise<ChangeRequest> {
    const d = await this.#run(id, () => request(ops.CHANGE_REQUEST_PREVIEW, { id }));
    this.previewCurrent = new Map([...this.previewCurrent, [id, true]]);
    return d.changeRequestPreview.changeRequest;
  }

  async step(step: WorkflowStep, id: string, reason: string | null): Promise<ChangeRequest> {
    const cr = this.byId.get(id)!;
    const input = { id, version: cr.version, reason };
    switch (step) {
      case 'SUBMIT':
        return (await this.#run(id, () => request(ops.CHANGE_REQUEST_SUBMIT, { input }))).changeRequestSubmit.changeRequest;
      case 'START_REVIEW':
        return (await this.#run(id, () => request(ops.CHANGE_REQUEST_START_REVIEW, { input }))).changeRequestStartReview.changeRequest;
      case 'APPROVE':
        return (await this.#run(id, () => request(ops.CHANGE_REQUEST_APPROVE, { input }))).changeRequestApprove.changeRequest;
      case 'REJECT':
        return (await this.#run(id, () => request(ops.CHANGE_REQUEST_REJECT, { input }))).changeRequestReject.changeRequest;
      case 'DEFER':
        return (await this.#run(id, () => request(ops.CHANGE_REQUEST_DEFER, { input }))).changeRequestDefer.changeRequest;
    }
  }

  /** Links an issue to the request (it addresses it), or unlinks it; the issue log shows the same link. */
  async linkIssue(id: string, issueId: string, link: boolean): Promise<void> {
    const input = { changeRequestId: id, issueId };
    if (link) await this.#run(id, () => request(ops.CHANGE_REQUEST_ISSUE_LINK, { input }));
    else await this.#run(id, () => request(ops.CHANGE_REQUEST_ISSUE_UNLINK, { input }));
  }

  /** The project's issues a request could address. */
  async linkableIssues() {
    return (await request(ops.LINKABLE_ISSUES, { key: this.cache.key })).project.issues.nodes;
  }

  /** Names the change board (empty: owners and managers decide); who may decide is read again. */
  async setBoard(memberIds: string[]): Promise<void> {
    const d = await request(ops.CHANGE_BOARD_SET, { projectId: this.project!.id, memberIds });
    this.board = d.changeBoardSet.changeBoard.members;
    // Whether this person still decides is the server's answer; read it again in the background.
    void request(ops.CHANGE_REQUESTS, { key: this.cache.key })
      .then((again) => {
        if (!this.disposed) this.viewerCanDecide = again.project.viewerCanDecideChanges;
      })
      .catch(() => this.load());
  }

  async remove(id: string): Promise<void> {
    await this.#echo.track([id], () => request(ops.CHANGE_REQUEST_DELETE, { id }), (r) => r.changeRequestDelete.changeNumber);
    this.items = this.items.filter((c) => c.id !== id);
  }

}
