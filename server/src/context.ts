import type { Response } from 'express';
import type { Loaders } from './loaders.js';
import type { Hub } from './topics.js';
import type { Actor } from './common/actor.js';
import type { Viewer } from './common/roles.js';

export type { Actor, Viewer };

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
