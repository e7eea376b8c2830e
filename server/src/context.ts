import type DataLoader from 'dataloader';
import type { Response } from 'express';
import type { Hub } from './topics.js';
import type { Actor } from './common/actor.js';
import type { Viewer } from './common/roles.js';

export type { Actor, Viewer };

/**
 * The DataLoaders every module adds to a request (see loaders.ts). Each module declares its own in
 * its index.ts by augmenting this interface, so this file imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declarations
export interface RequestLoaders {}

export type Loaders = RequestLoaders & {
  /** The project of a row, keyed by `entityKey(kind, id)` (null = no such row); the access core's by-id lookup. */
  entityProject: DataLoader<string, string | null>;
  /**
   * A key for what a service keeps for the rest of one request (a schedule read once for many
   * tasks); replaced by clear(), so a subscription's next event reads afresh.
   */
  scope: object;
  /** Subscriptions reuse one context across events: forget cached rows before each event. */
  clear(): void;
};

/** One GraphQL request (or one subscription): who asks, its loaders, and the HTTP response. */
export interface Context {
  /** Who asks; what resolvers hand to services. */
  actor: Actor;
  loaders: Loaders;
  requestId: string;
  hub: Hub;
  /** Present on HTTP requests: lets sign-in and sign-out set the session cookie. */
  res?: Response;
}
