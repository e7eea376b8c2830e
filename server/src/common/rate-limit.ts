import { ipKeyGenerator, MemoryStore, type Options } from 'express-rate-limit';
import { getOperationAST, GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Viewer } from './roles.js';

const WINDOW_MS = 60_000;

/**
 * Whose budget a request spends: the person (every session and token of theirs, over HTTP and the
 * websocket alike), a wall's board token, or else the client's address. The key is taken from the
 * resolved viewer, never from the raw credential, so an invented cookie is not a fresh budget.
 */
export function rateKey(viewer: Viewer | undefined, address: string | undefined): string {
  if (viewer?.kind === 'user') return `user:${viewer.userId}`;
  if (viewer?.kind === 'board') return `board:${viewer.tokenId}`;
  return addressKey(address);
}

/** One budget per IPv4 address or IPv6 /56 (one household or office gets one). */
export const addressKey = (address: string | undefined) => `ip:${ipKeyGenerator(address ?? '')}`;

/** Past a limit: what to tell the client, and in how many seconds the budget is renewed. */
export interface Limited {
  message: string;
  retryAfter: number;
}

/** The coded error for a limited operation; over HTTP it also sets the 429 status and `Retry-After`. */
export function rateLimitedError(limited: Limited, http = false): GraphQLError {
  const extensions: Record<string, unknown> = { code: 'RATE_LIMITED', retryAfter: limited.retryAfter };
  if (http) extensions.http = { status: 429, headers: new Map([['retry-after', String(limited.retryAfter)]]) };
  return new GraphQLError(limited.message, { extensions });
}

/**
 * A count of hits per key per minute. The HTTP middleware (express-rate-limit) is handed `store`,
 * and the websocket counts in the same store, so a person has one budget whichever way they ask.
 */
export class RateLimit {
  readonly store = new MemoryStore();

  constructor(
    readonly perMinute: number,
    private readonly message: string,
  ) {
    // express-rate-limit initialises the store it is given; a limit used on its own does it here.
    this.store.init({ windowMs: WINDOW_MS } as Options);
  }

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  /** Counts `hits` against `key`; past the limit, the error to answer with. */
  async take(key: string, hits = 1): Promise<Limited | null> {
    if (!this.enabled || hits <= 0) return null;
    let info = await this.store.increment(key);
    for (let i = 1; i < hits; i++) info = await this.store.increment(key);
    if (info.totalHits <= this.perMinute) return null;
    const retryAfter = Math.max(1, Math.ceil(((info.resetTime?.getTime() ?? Date.now() + WINDOW_MS) - Date.now()) / 1000));
    return { message: this.message, retryAfter };
  }

  close(): void {
    this.store.shutdown();
  }
}

/** The two budgets every GraphQL operation is counted against, whichever transport carries it. */
export interface RateLimits {
  /** Every operation, per person (per address when anonymous). */
  requests: RateLimit;
  /** `signIn` and `signUp`, per address: password guessing is slowed to a few tries a minute. */
  auth: RateLimit;
}

export function createRateLimits(limits: { ratePerMinute: number; authRatePerMinute: number }): RateLimits {
  return {
    requests: new RateLimit(limits.ratePerMinute, 'Too many requests: slow down and try again in a minute'),
    auth: new RateLimit(limits.authRatePerMinute, 'Too many sign-in attempts from this address: try again in a minute'),
  };
}

const AUTH_FIELDS = new Set(['signIn', 'signUp']);

/**
 * How many `signIn`/`signUp` fields the operation that will run contains (aliases let one request
 * carry several, so each counts), following fragments at the root.
 */
export function authAttempts(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return 0;
  const fragments = new Map<string, SelectionSetNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) n += AUTH_FIELDS.has(s.name.value) ? 1 : 0;
      else if (s.kind === Kind.INLINE_FRAGMENT) n += count(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) n += count(f);
      }
    }
    return n;
  };
  return count(operation.selectionSet);
}
