import type { DataSource } from 'typeorm';
import type { Clock } from './common/clock.js';
import type { DomainEvent } from './common/events.js';
import type { EntityLocation } from './common/locate.js';
import type { Logger } from './common/logger.js';
import type { Viewer } from './common/roles.js';
import type { Hub } from './topics.js';

/** Where a module's kinds of rows keep their project (see `located`). */
export type LocatedKinds = Readonly<Record<string, EntityLocation>>;

/** A resolver class and the instance type-graphql's container hands out for it. */
export type ResolverBinding = readonly [resolver: Function, instance: object];

/** What the composition root gives every module when it builds it. */
export interface ModuleEnv {
  ds: DataSource;
  logger: Logger;
  /** This server's subscription hub (the topics of every module, see topics.ts). */
  hub: Hub;
  /** The server's time (a test's clock in tests): history, snapshots and "today" read it. */
  clock: Clock;
}

/** A module's running parts, built once by its `create`, in the root's single pass. */
export interface ModuleParts<S extends object> {
  /** The module's services; the root hands them to the modules built after it (their `needs`). */
  services: S;
  /** Its resolver classes with their instances, for the schema. */
  resolvers: readonly ResolverBinding[];
  /** Called for every committed domain event on this instance, in commit order. */
  onEvent?: (event: DomainEvent) => void;
  /** Releases what `create` started (timers, connections); called when the server stops. */
  close?: () => void | Promise<void>;
}

/**
 * What a module contributes to the composition root (see docs/adr/0005-module-contributions.md):
 * its entities, its per-request DataLoaders and a factory for its services, resolvers and domain
 * event handler. `Needs` is what it takes from the modules built before it, through constructors,
 * never assigned later. Its subscription topics are a type its index exports for topics.ts.
 */
export interface ModuleContribution<Name extends string, Needs, S extends object, L extends object, Loc extends LocatedKinds = Record<never, never>> {
  readonly name: Name;
  /** TypeORM entities, registered with the DataSource. */
  readonly entities: readonly Function[];
  /** DataLoaders this module adds to each request's `ctx.loaders` (names unique across modules). */
  readonly loaders?: (ds: DataSource, viewer: Viewer) => L;
  /**
   * Where the rows of each kind this module declares in `EntityKinds` (common/actor.ts) keep their
   * project, for the access check by id.
   */
  readonly located?: Loc;
  create(env: ModuleEnv, needs: Needs): ModuleParts<S>;
}

/** Declares a module's contribution with its types inferred. */
export function defineModule<const Name extends string, Needs, S extends object, L extends object = Record<never, never>, Loc extends LocatedKinds = Record<never, never>>(
  contribution: ModuleContribution<Name, Needs, S, L, Loc>,
): ModuleContribution<Name, Needs, S, L, Loc> {
  return contribution;
}
