import type { Response } from 'express';
import type { Hub } from './topics.js';
import type { Viewer } from './common/roles.js';

export type { Viewer };

/**
 * The DataLoaders every module adds to a request (see loaders.ts). Each module declares its own in
 * its index.ts by augmenting this interface, so this file imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declarations
export interface RequestLoaders {}

export type Loaders = RequestLoaders & {
  /**
   * A key for what a service keeps for the rest of one request (a schedule read once for many
   * tasks); replaced by clear(), so a subscription's next event reads afresh.
   */
  scope: object;
  /** Subscriptions reuse one context across events: forget cached rows before each event. */
  clear(): void;
};

export interface Context {
  viewer: Viewer;
  loaders: Loaders;
  requestId: string;
  hub: Hub;
  /** Present on HTTP requests: lets sign-in and sign-out set the session cookie. */
  res?: Response;
}
