import { ops, request } from '$lib/graphql';
import type { Issue } from '$lib/graphql/types';
import { canEditTasks, canManage } from '$lib/format';
import { asRequestError } from './planning.svelte';
import { LiveRows, Paging } from './register.svelte';
import { CachedPageStore } from './cached-page.svelte';

const newestFirst = (a: Issue, b: Issue) => Number(b.key.slice(2)) - Number(a.key.slice(2));

/** The issue page: the project's live issues (issueChanged keeps them current for everyone). */
export class IssueStore extends CachedPageStore {
  readonly list = new LiveRows<Issue>(newestFirst);
  /** The log comes in pages of 200; the rest on request. */
  readonly paging = new Paging();

  readonly canEdit = $derived(!!this.project && canEditTasks(this.project.viewerRole) && !this.project.archivedAt);
  readonly canDelete = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);


  get issues(): Issue[] {
    return this.list.rows;
  }

  async load(): Promise<void> {
    this.ownStatus = 'loading';
    this.ownError = null;
    if (this.cache.status === 'error') void this.cache.load();
    try {
      const d = await request(ops.ISSUE_LOG, { key: this.cache.key });
      if (this.disposed) return;
      this.list.set(d.project.issues.nodes);
      this.paging.start(d.project.issues);
      this.ownStatus = 'ready';
      if (!this.stops.length) this.#listen(d.project.id);
    } catch (e) {
      this.ownError = asRequestError(e);
      this.ownStatus = 'error';
    }
  }

  /** The next page of the log. */
  loadMore(): Promise<void> {
    return this.paging.more(async (after) => (await request(ops.ISSUE_LOG, { key: this.cache.key, after })).project.issues, (rows) => this.list.add(rows));
  }

  #listen(projectId: string) {
    this.stops.push(
      this.cache.live.subscribe(ops.ON_ISSUE_CHANGED, { projectId }, {
        next: (d) => this.list.event(d.issueChanged.issue, d.issueChanged.changeNumber),
        error: (e) => (this.ownLiveError = e.message),
      }),
      this.cache.on('reconnect', () => this.cache.queue('issues', () => this.load())),
    );
  }

  async create(input: Record<string, unknown>): Promise<Issue> {
    const d = await this.list.track([], () => request(ops.ISSUE_CREATE, { input: { ...input, projectId: this.project!.id } as never }), (r) => r.issueCreate.changeNumber);
    this.list.put(d.issueCreate.issue);
    return d.issueCreate.issue;
  }

  async update(id: string, version: number, patch: Record<string, unknown>): Promise<Issue> {
    const d = await this.list.track([id], () => request(ops.ISSUE_UPDATE, { input: { ...patch, id, version } as never }), (r) => r.issueUpdate.changeNumber);
    this.list.put(d.issueUpdate.issue);
    return d.issueUpdate.issue;
  }

  /** Links the issue to a change request of the project, or unlinks it; both sides come back. */
  async linkChange(issueId: string, changeRequestId: string, link: boolean): Promise<void> {
    const input = { changeRequestId, issueId };
    const d = link
      ? (await this.list.track([issueId], () => request(ops.CHANGE_REQUEST_ISSUE_LINK, { input }), (r) => r.changeRequestIssueLink.changeNumber)).changeRequestIssueLink
      : (await this.list.track([issueId], () => request(ops.CHANGE_REQUEST_ISSUE_UNLINK, { input }), (r) => r.changeRequestIssueUnlink.changeNumber)).changeRequestIssueUnlink;
    this.list.put(d.issue);
  }

  /** The project's change requests an issue could be linked to. */
  async linkableChanges() {
    return (await request(ops.LINKABLE_CHANGE_REQUESTS, { key: this.cache.key })).project.changeRequests.nodes;
  }

  async remove(issue: Issue): Promise<void> {
    const d = await this.list.track([issue.id], () => request(ops.ISSUE_DELETE, { id: issue.id, version: issue.version }), (r) => r.issueDelete.changeNumber);
    this.list.put(d.issueDelete.issue);
  }

  override dispose(): void {
    super.dispose();
    this.list.dispose();
  }
}
