import { untrack } from 'svelte';
import { page } from '$app/state';
import { sharedLive, type LiveConnection } from '$lib/graphql';
import { projectCache, type ProjectCache } from './project-cache.svelte';

interface PageStore {
  load(): Promise<unknown>;
  dispose(): void;
}

/**
 * The store behind a project page (`/p/[key]/...`): made for the project key in the URL (or
 * what `keyOf` gives, such as a project id) and loaded; disposed (subscriptions closed) when
 * that key changes or the component goes away. Call it while the component initialises; read
 * `.current` (null until the first run of the effect).
 */
export function projectPageStore<S extends PageStore>(
  create: (key: string, live: LiveConnection) => S,
  keyOf: () => string = () => page.params.key!.toUpperCase(),
): { readonly current: S | null } {
  let store = $state<S | null>(null);
  $effect(() => {
    const key = keyOf();
    // Only the key is a dependency: what the store reads while it is built or loads is not.
    const s = untrack(() => create(key, sharedLive()));
    store = s;
    untrack(() => void s.load());
    return () => s.dispose();
  });
  return {
    get current() {
      return store;
    },
  };
}

/**
 * The store behind a project page that reads the project and its tasks from the project cache of
 * the `p/[key]` layout: made for the cache of the open project and loaded (its page-specific data
 * only); disposed when the project changes or the page goes away. Call it while the component
 * initialises; read `.current` (null until the cache exists).
 */
export function cachedPageStore<S extends PageStore>(create: (cache: ProjectCache) => S): { readonly current: S | null } {
  const cache = projectCache();
  let store = $state.raw<S | null>(null);
  $effect(() => {
    const c = cache.current;
    if (!c) return;
    const s = untrack(() => create(c));
    store = s;
    untrack(() => void s.load());
    return () => s.dispose();
  });
  return {
    get current() {
      return store;
    },
  };
}
