import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from './common/roles.js';
import { moduleLoaders } from './composition.js';

/**
 * Per-request DataLoaders (never module-scoped), every module's own (see composition.ts):
 * relations cost one query per kind, not per parent.
 */
export function createLoaders(ds: DataSource, viewer: Viewer) {
  const loaders = moduleLoaders(ds, viewer);
  const scoped = Object.assign(loaders, {
    /**
     * A key for what a service keeps for the rest of one request (a schedule read once for many
     * tasks); replaced by clear(), so a subscription's next event reads afresh.
     */
    scope: {} as object,
    /** Subscriptions reuse one context across events: forget cached rows before each event. */
    clear(): void {
      for (const l of Object.values(loaders)) if (l instanceof DataLoader) l.clearAll();
      scoped.scope = {};
    },
  });
  return scoped;
}
export type Loaders = ReturnType<typeof createLoaders>;
