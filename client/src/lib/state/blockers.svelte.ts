import { SvelteMap } from 'svelte/reactivity';
import { ops, request } from '$lib/graphql';
import type { ProjectCache } from './project-cache.svelte';

export interface Blocker {
  id: string;
  key: string;
  title: string;
}

/**
 * The open blockers of a project by the tasks they block, for the blocked markers of the outline,
 * the board and the Gantt chart: loaded once per open project (shared by every marker through the
 * project cache) and fetched again after any issue change (issueChanged).
 */
export class BlockerIndex {
  readonly byTask = new SvelteMap<string, Blocker[]>();
  #stop: (() => void) | null = null;
  #disposed = false;

  constructor(private readonly cache: ProjectCache) {}

  async load(): Promise<void> {
    try {
      const d = await request(ops.OPEN_BLOCKERS, { key: this.cache.key });
      if (this.#disposed) return;
      const next = new Map<string, Blocker[]>();
      for (const i of d.project.issues.nodes) {
        for (const t of i.linkedTasks) next.set(t.id, [...(next.get(t.id) ?? []), { id: i.id, key: i.key, title: i.title }]);
      }
      for (const id of [...this.byTask.keys()]) if (!next.has(id)) this.byTask.delete(id);
      for (const [id, list] of next) this.byTask.set(id, list);
      if (!this.#stop) this.#listen(d.project.id);
    } catch {
      // Markers are an aid: without them the pages still work; the next issue change tries again.
    }
  }

  #listen(projectId: string) {
    const stopIssues = this.cache.live.subscribe(ops.ON_BLOCKER_CHANGED, { projectId }, { next: () => this.cache.queue('blockers', () => this.load()) });
    const stopReconnect = this.cache.on('reconnect', () => this.cache.queue('blockers', () => this.load()));
    this.#stop = () => {
      stopIssues();
      stopReconnect();
    };
  }

  dispose(): void {
    this.#disposed = true;
    this.#stop?.();
  }
}

const indexes = new WeakMap<ProjectCache, BlockerIndex>();

/** The blocker index of an open project, made and loaded on first use; it ends with the cache. */
export function blockersOf(cache: ProjectCache): BlockerIndex {
  let index = indexes.get(cache);
  if (!index) {
    index = new BlockerIndex(cache);
    indexes.set(cache, index);
    void index.load();
    cache.endWithProject(() => index?.dispose());
  }
  return index;
}
