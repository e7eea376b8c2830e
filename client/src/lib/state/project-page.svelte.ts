import { untrack } from 'svelte';
import { page } from '$app/state';
import { sharedLive, type LiveConnection } from '$lib/graphql';

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
