import type { GraphQLRequestError } from '$lib/graphql';
import type { PlanTask } from './planning-types';
import type { LoadStatus } from './planning.svelte';
import type { ProjectCache } from './project-cache.svelte';

/**
 * What the store of a project page shares with every other: the project, its tasks and the live
 * connection come from the project cache of the `p/[key]` layout; the page loads only its own data
 * (`ownStatus`, `ownError`), and the page is ready when both are, or shows the first error of
 * either. Its subscriptions (`stops`) are closed when the page goes away.
 */
export abstract class CachedPageStore {
  readonly cache: ProjectCache;
  /** The page's own data: loading until it arrives, or the error that stopped it. */
  ownStatus = $state<LoadStatus>('loading');
  ownError = $state<GraphQLRequestError | null>(null);
  /** Why the page's own subscription stopped, if it did. */
  ownLiveError = $state<string | null>(null);
  /** Closes what the page listens to (subscriptions, cache events). */
  protected stops: (() => void)[] = [];
  /** Set when the page went away: answers arriving later are dropped. */
  protected disposed = false;

  constructor(cache: ProjectCache) {
    this.cache = cache;
  }

  get key(): string {
    return this.cache.key;
  }
  get live() {
    return this.cache.live;
  }
  get project() {
    return this.cache.project;
  }
  /** The project's tasks in WBS order (the cache's). */
  get tasks(): readonly PlanTask[] {
    return this.cache.tasks;
  }
  get taskById(): ReadonlyMap<string, PlanTask> {
    return this.cache.byId;
  }
  /** Loading until both the project and the page's own data are in; an error of either. */
  get status(): LoadStatus {
    if (this.cache.status === 'error' || this.ownStatus === 'error') return 'error';
    return this.cache.status === 'ready' && this.ownStatus === 'ready' ? 'ready' : 'loading';
  }
  get error(): GraphQLRequestError | null {
    return this.cache.error ?? this.ownError;
  }
  /** Why live updates stopped: the page's own subscription, or the project cache's connection. */
  get liveError(): string | null {
    return this.ownLiveError ?? this.cache.liveError;
  }

  dispose(): void {
    this.disposed = true;
    for (const stop of this.stops) stop();
    this.stops = [];
  }
}
