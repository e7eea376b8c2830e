import type { DataSource } from 'typeorm';
import { systemActor, type Actor, type ActorLookups, type EntityKind } from './actor.js';
import { isUuid } from './ids.js';

/** Where each kind of row keeps its project: a table with a `project_id`, or a join for exceptions. */
const SOURCES: Record<EntityKind, string> = {
  task: 'SELECT id, project_id FROM tasks WHERE id = ANY($1::uuid[])',
  dependency: 'SELECT id, project_id FROM task_dependencies WHERE id = ANY($1::uuid[])',
  status: 'SELECT id, project_id FROM task_statuses WHERE id = ANY($1::uuid[])',
  calendar: 'SELECT id, project_id FROM work_calendars WHERE id = ANY($1::uuid[])',
  calendarException:
    'SELECT e.id, c.project_id FROM calendar_exceptions e JOIN work_calendars c ON c.id = e.calendar_id WHERE e.id = ANY($1::uuid[])',
  resource: 'SELECT id, project_id FROM resources WHERE id = ANY($1::uuid[])',
  assignment: 'SELECT id, project_id FROM assignments WHERE id = ANY($1::uuid[])',
  baseline: 'SELECT id, project_id FROM baselines WHERE id = ANY($1::uuid[])',
  costEntry: 'SELECT id, project_id FROM cost_entries WHERE id = ANY($1::uuid[])',
  invitation: 'SELECT id, project_id FROM project_invitations WHERE id = ANY($1::uuid[])',
  boardToken: 'SELECT id, project_id FROM board_tokens WHERE id = ANY($1::uuid[])',
};

/** The key of one row for the batched lookup below. */
export const entityKey = (kind: EntityKind, id: string) => `${kind}:${id}`;

/**
 * Projects of many rows at once (keys from `entityKey`), one query per kind asked for; null for a
 * missing row or a malformed id. The batch function of a per-request loader.
 */
export function entityProjects(ds: DataSource) {
  return async (keys: readonly string[]): Promise<(string | null)[]> => {
    const byKind = new Map<EntityKind, string[]>();
    for (const key of keys) {
      const at = key.indexOf(':');
      const kind = key.slice(0, at) as EntityKind;
      const id = key.slice(at + 1);
      if (!(kind in SOURCES) || !isUuid(id)) continue;
      byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    }
    const found = new Map<string, string>();
    await Promise.all(
      [...byKind].map(async ([kind, ids]) => {
        const rows: { id: string; project_id: string }[] = await ds.query(SOURCES[kind], [ids]);
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
export function freshLookups(ds: DataSource): ActorLookups {
  const projectsOf = entityProjects(ds);
  return {
    membership: async () => null,
    async archived(projectId) {
      if (!isUuid(projectId)) return null;
      const rows: { archived: boolean }[] = await ds.query('SELECT archived_at IS NOT NULL AS archived FROM projects WHERE id = $1', [projectId]);
      return rows[0]?.archived ?? null;
    },
    projectOf: async (kind, id) => (await projectsOf([entityKey(kind, id)]))[0] ?? null,
    scope: {},
  };
}

/**
 * The system actor over a database, recording its work under `onBehalfOf` (a person's id, or null
 * for Trellis itself). One per unit of work, as a request is.
 */
export function systemActorFor(ds: DataSource, onBehalfOf: string | null = null): Actor {
  return systemActor(freshLookups(ds), onBehalfOf);
}
