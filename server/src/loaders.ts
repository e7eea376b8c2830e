import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from './common/roles.js';
import { batchOptions } from './common/batch.js';
import { requestActor, type Actor, type EntityKind } from './common/actor.js';
import { entityKey, entityProjects } from './common/locate.js';
import { entityLocations, moduleLoaders } from './composition.js';
import type { Loaders } from './context.js';

export type { Loaders } from './context.js';

/**
 * Per-request DataLoaders (never module-scoped), every module's own (see composition.ts), plus the
 * access core's lookup of a row's project: relations cost one query per kind, not per parent.
 */
export function createLoaders(ds: DataSource, viewer: Viewer): Loaders {
  const loaders = Object.assign(moduleLoaders(ds, viewer), {
    /** The project of a row, keyed by `entityKey(kind, id)` (null = no such row). */
    entityProject: new DataLoader<string, string | null>(entityProjects(ds, entityLocations), batchOptions),
  });
  const scoped: Loaders = Object.assign(loaders, {
    scope: {} as object,
    clear(): void {
      for (const l of Object.values(loaders)) if (l instanceof DataLoader) l.clearAll();
      scoped.scope = {};
    },
  });
  return scoped;
}

/** The actor of a request, its lookups served (and cached) by the request's loaders. */
export function actorOf(viewer: Viewer, loaders: Loaders): Actor {
  return requestActor(viewer, {
    membership: (projectId) => loaders.membership.load(projectId),
    archived: (projectId) => loaders.archived.load(projectId),
    projectOf: (kind: EntityKind, id: string) => loaders.entityProject.load(entityKey(kind, id)),
    nameOf: (kind: EntityKind) => entityLocations[kind].name,
    get scope() {
      return loaders.scope;
    },
  });
}
