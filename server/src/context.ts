import type { Response } from 'express';
import type { Loaders } from './common/loaders.js';
import type { SubscriptionHub } from './common/hub.js';

/** Who is asking. A board viewer is a wall screen holding one project's board token. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; via: 'session' | 'token'; sessionTokenHash?: string }
  | { kind: 'board'; projectId: string; tokenId: string };

export interface Context {
  viewer: Viewer;
  loaders: Loaders;
  requestId: string;
  hub: SubscriptionHub;
  /** Present on HTTP requests: lets sign-in and sign-out set the session cookie. */
  res?: Response;
}
