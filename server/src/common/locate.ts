import type { DataSource } from 'typeorm';
import { systemActor, type Actor, type ActorLookups, type EntityKind } from './actor.js';
import { isUuid } from './ids.js';

/**
 * Where one kind of row keeps its project, contributed by the module that owns the rows:
 * `sql` reads `id, project_id` for the ids in `$1::uuid[]`; `name` is how people call such a row.
 */
export interface EntityLocation {
  name: string;
  sql: string;
}

/** Every kind's location, gathered from the modules by the composition root. */
export type EntityLocations = Readonly<Record<EntityKind, EntityLocation>>;

/** The key of one row for the batched lookup below. */
export const entityKey = (kind: EntityKind, id: string) => `${kind}:${id}`;

/**
 * Projects of many rows at once (keys from `entityKey`), one query per kind asked for; null for a
 * missing row or a malformed id. The batch function of a per-request loader.
 */
export function entityProjects(ds: DataSource, locations: EntityLocations) {
  return async (keys: readonly string[]): Promise<(string | null)[]> => {
    const byKind = new Map<EntityKind, string[]>();
    for (const key of keys) {
      const at = key.indexOf(':');
      const kind = key.slice(0, at) as EntityKind;
      const id = key.slice(at + 1);
      if (!Object.hasOwn(locations, kind) || !isUuid(id)) continue;
      byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    }
    const found = new Map<string, string>();
    await Promise.all(
      [...byKind].map(async ([kind, ids]) => {
        const rows: { id: string; project_id: string }[] = await ds.query(locations[kind].sql, [ids]);
        for (const r of rows) found.set(entityKey(kind, r.id), r.project_id);
      }),
    );
    return keys.map((k) => found.get(k) ?? null);
  };
}

/**
 * Lookups that read the database on every call: for the system actor, which has no membership to
 * cache and may live across many changes (the seed, the CLI).
 */
export function freshLookups(ds: DataSource, locations: EntityLocations): ActorLookups {
  const projectsOf = entityProjects(ds, locations);
  return {
    membership: async () => null,
    async archived(projectId) {
      if (!isUuid(projectId)) return null;
      const rows: { archived: boolean }[] = await ds.query('SELECT archived_at IS NOT NULL AS archived FROM projects WHERE id = $1', [projectId]);
      return rows[0]?.archived ?? null;
    },
    projectOf: async (kind, id) => (await projectsOf([entityKey(kind, id)]))[0] ?? null,
    nameOf: (kind) => locations[kind].name,
    scope: {},
  };
}

/**
 * The system actor over a database, recording its work under `onBehalfOf` (a person's id, or null
 * for Trellis itself). One per unit of work, as a request is.
 */
export function systemActorOver(ds: DataSource, locations: EntityLocations, onBehalfOf: string | null = null): Actor {
  return systemActor(freshLookups(ds, locations), onBehalfOf);
}
