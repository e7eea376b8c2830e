import type { Response } from 'express';
import type { Loaders } from './loaders.js';
import type { Hub } from './topics.js';
import type { Viewer } from './common/roles.js';

export type { Viewer };

export interface Context {
  viewer: Viewer;
  loaders: Loaders;
  requestId: string;
  hub: Hub;
  /** Present on HTTP requests: lets sign-in and sign-out set the session cookie. */
  res?: Response;
}
