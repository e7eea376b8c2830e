import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from './common/roles.js';
import { moduleLoaders } from './composition.js';
import type { Loaders } from './context.js';

export type { Loaders } from './context.js';

/**
 * Per-request DataLoaders (never module-scoped), every module's own (see composition.ts):
 * relations cost one query per kind, not per parent.
 */
export function createLoaders(ds: DataSource, viewer: Viewer): Loaders {
  const loaders = moduleLoaders(ds, viewer);
  const scoped: Loaders = Object.assign(loaders, {
    scope: {} as object,
    clear(): void {
      for (const l of Object.values(loaders)) if (l instanceof DataLoader) l.clearAll();
      scoped.scope = {};
    },
  });
  return scoped;
}
