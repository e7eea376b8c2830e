import type { ProjectRole, Viewer } from './roles.js';

/**
 * What an access check may name by id instead of by project: the check finds the project the row
 * belongs to (one small query, cached per request), so a service never loads a row just to learn it.
 * Each module declares its own kinds here (`declare module` in its index.ts) and contributes where
 * their rows keep their project (`located`, see module.ts), so this file names no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declarations
export interface EntityKinds {}
export type EntityKind = keyof EntityKinds & string;

export interface Membership {
  role: ProjectRole;
  archived: boolean;
}

/** What the access core reads about an actor; cached for one request (or one subscription event). */
export interface ActorLookups {
  /** The actor's role in a project (null: not a member, or no such project). */
  membership(projectId: string): Promise<Membership | null>;
  /** Whether a project is archived (null: no such project). */
  archived(projectId: string): Promise<boolean | null>;
  /** The project a row belongs to (null: no such row, or not an id at all). */
  projectOf(kind: EntityKind, id: string): Promise<string | null>;
  /** How a row of this kind is named to people ("Task", "Cost entry"): NOT_FOUND says it. */
  nameOf(kind: EntityKind): string;
  /**
   * A key for what a service keeps for the rest of one unit of work (a schedule read once for many
   * tasks). A subscription gets a new one before each event, so the next event reads afresh.
   */
  readonly scope: object;
}

/** Trellis acting on its own: the seed, the CLI, the scheduler. Never built from a request. */
export interface SystemPrincipal {
  kind: 'system';
  /** The person the work is recorded under (the demo's people in the seed), or null for Trellis itself. */
  onBehalfOf: string | null;
}

/**
 * Who performs a service call: a person (signed in with a session or with a personal access
 * token), a wall screen's board token, nobody (anonymous) or the system; with its lookups.
 * Services take an actor, never a request.
 */
export type Actor = (Viewer | SystemPrincipal) & { readonly lookups: ActorLookups };

/** The actor of a request: only ever a person, a board token or anonymous. */
export function requestActor(viewer: Viewer, lookups: ActorLookups): Actor {
  return { ...viewer, lookups };
}

/** System actors are made here and nowhere else; `isSystem` trusts only these objects. */
const systemActors = new WeakSet<object>();

/**
 * The system actor, for work Trellis does itself; `onBehalfOf` names the person the activity log
 * records (null records Trellis). Make one per unit of work: its lookups' scope caches reads.
 */
export function systemActor(lookups: ActorLookups, onBehalfOf: string | null = null): Actor {
  const actor: Actor = Object.freeze({ kind: 'system' as const, onBehalfOf, lookups });
  systemActors.add(actor);
  return actor;
}

/** True only for an actor made by `systemActor` (a request's actor can never pass). */
export function isSystem(actor: Actor): boolean {
  return actor.kind === 'system' && systemActors.has(actor);
}

/** The person an actor's writes are recorded under, or null (board, anonymous, Trellis itself). */
export function personOf(actor: Actor): string | null {
  if (actor.kind === 'user') return actor.userId;
  if (actor.kind === 'system' && isSystem(actor)) return actor.onBehalfOf;
  return null;
}

const kept = new WeakMap<object, Map<object, unknown>>();

/**
 * What a service keeps for the rest of an actor's unit of work (a per-request loader), made on
 * first use under `key` (a module's own constant) and dropped with the actor's scope.
 */
export function perRequest<T>(actor: Actor, key: object, make: () => T): T {
  const scope = actor.lookups.scope;
  let values = kept.get(scope);
  if (!values) kept.set(scope, (values = new Map()));
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}
