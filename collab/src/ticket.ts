import { createHmac, timingSafeEqual } from 'node:crypto';
import { CollabAccessError } from './errors.js';

/**
 * A ticket is a short-lived, signed permission to open one document. The server mints it for a
 * signed-in user (so the session cookie never travels to the collab endpoint) and the collab
 * service verifies it without a database round trip.
 *
 * Format: `<base64url(JSON claims)>.<base64url(HMAC-SHA256(secret, first part))>`.
 */
export interface TicketClaims {
  /** Document name the ticket opens. */
  doc: string;
  /** Principal id (the user id, or a token id for non-user principals). */
  sub: string;
  /** User id stored with the updates, or null for non-user principals. */
  uid: string | null;
  /** Display name. */
  name: string;
  /** Whether updates from this principal are applied. */
  write: boolean;
  /** Awareness fields the principal cannot choose (see `Principal.presence`). */
  presence?: Record<string, unknown>;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export interface TicketInput {
  doc: string;
  sub: string;
  uid?: string | null;
  name: string;
  write: boolean;
  presence?: Record<string, unknown>;
  /** Lifetime in seconds; default 60 (a ticket is used once, right after it is minted). */
  ttlSeconds?: number;
}

const DEFAULT_TTL_SECONDS = 60;

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signTicket(secret: string, claims: TicketInput): string {
  if (!secret) throw new Error('signTicket: empty secret');
  const body: TicketClaims = {
    doc: claims.doc,
    sub: claims.sub,
    uid: claims.uid ?? null,
    name: claims.name,
    write: claims.write,
    ...(claims.presence ? { presence: claims.presence } : {}),
    exp: Math.floor(Date.now() / 1000) + (claims.ttlSeconds ?? DEFAULT_TTL_SECONDS),
  };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

function isClaims(value: unknown): value is TicketClaims {
  const v = value as Partial<TicketClaims> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.doc === 'string' &&
    typeof v.sub === 'string' &&
    (v.uid === null || typeof v.uid === 'string') &&
    typeof v.name === 'string' &&
    typeof v.write === 'boolean' &&
    (v.presence === undefined || (typeof v.presence === 'object' && v.presence !== null && !Array.isArray(v.presence))) &&
    typeof v.exp === 'number'
  );
}

/**
 * Checks signature (constant time), expiry and document. Throws `CollabAccessError(4401)` on any
 * failure; the reason is deliberately coarse so it tells an attacker nothing useful.
 */
export function verifyTicket(secret: string, token: string | null | undefined, docName: string): TicketClaims {
  if (!token) throw new CollabAccessError(4401, 'ticket required');
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) throw new CollabAccessError(4401, 'invalid ticket');
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new CollabAccessError(4401, 'invalid ticket');
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new CollabAccessError(4401, 'invalid ticket');
  }
  if (!isClaims(claims)) throw new CollabAccessError(4401, 'invalid ticket');
  if (claims.exp * 1000 <= Date.now()) throw new CollabAccessError(4401, 'ticket expired');
  if (claims.doc !== docName) throw new CollabAccessError(4401, 'ticket is for another document');
  return claims;
}
