import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { WebSocket } from 'ws';
import type { Config } from '../config.js';
import type { Viewer } from './roles.js';
import type { Logger } from './logger.js';

/**
 * Close code of a socket whose session or token no longer holds: graphql-ws's Forbidden, as for a
 * revoked wall token (the client reads it as "sign in again").
 */
export const CLOSE_CREDENTIALS_ENDED = 4403;

// ---- Origin ----

/** PUBLIC_URL and ALLOWED_ORIGINS as origins (`scheme://host[:port]`). */
export function trustedOrigins(config: Pick<Config, 'publicUrl' | 'allowedOrigins'>): Set<string> {
  const origins = new Set(config.allowedOrigins);
  if (config.publicUrl) origins.add(new URL(config.publicUrl).origin);
  return origins;
}

/**
 * Whether a websocket handshake may go on. A browser always sends `Origin`, and carries the session
 * cookie whatever page opens the socket: a page of another site must not ride on it (cross-site
 * websocket hijacking). Allowed: no `Origin` (not a browser: scripts and reporting tools, which
 * authenticate with a bearer token), a page from the host the request was sent to (directly, or as
 * a proxy forwards it in `X-Forwarded-Host`; a page cannot set either), PUBLIC_URL and ALLOWED_ORIGINS.
 */
export function originAllowed(req: IncomingMessage, trusted: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, files) and garbage
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (trusted.has(url.origin)) return true;
  const forwarded = req.headers['x-forwarded-host'];
  const hosts = [req.headers.host, ...(typeof forwarded === 'string' ? forwarded.split(',').map((h) => h.trim()) : [])];
  return hosts.some((host) => host !== undefined && sameHost(url, host));
}

/** `Host` and `Origin` compared as the browser would (a default port may be written or not). */
function sameHost(origin: URL, host: string): boolean {
  try {
    return new URL(`${origin.protocol}//${host}`).host === origin.host;
  } catch {
    return false;
  }
}

/** Answers a refused handshake with 403 and a one-line reason, then closes the connection. */
export function refuseUpgrade(socket: Duplex, reason: string): void {
  socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}

// ---- Sessions and tokens of open sockets ----

export interface Credential {
  kind: 'session' | 'token';
  /** SHA-256 of the secret, as stored in `sessions.token_hash` or `access_tokens.token_hash`. */
  hash: string;
}

/** The credential a person's socket was opened with (wall screens are followed by their board token). */
export function credentialOf(viewer: Viewer, authorization: string | undefined): Credential | null {
  if (viewer.kind !== 'user') return null;
  if (viewer.via === 'session') return viewer.sessionTokenHash ? { kind: 'session', hash: viewer.sessionTokenHash } : null;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  return token ? { kind: 'token', hash: createHash('sha256').update(token).digest('hex') } : null;
}

interface Opened {
  socket: WebSocket;
  credential: Credential;
  expiresAt: Date | null;
  timer: NodeJS.Timeout | null;
}

const expiredMessage = (c: Credential) => (c.kind === 'session' ? 'The session has expired: sign in again' : 'The access token has expired: create a new one');
const endedMessage = (c: Credential) => (c.kind === 'session' ? 'The session has ended: sign in again' : 'The access token was revoked');

/** setTimeout's longest delay; a session further away is re-armed when it fires. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Open websockets by the session or token that opened them. A socket ends (closed with
 * CLOSE_CREDENTIALS_ENDED, which ends its subscriptions) when its session is signed out or its
 * token revoked on any instance (`credential_revoked` events), when its session expires, and when
 * the periodic check finds the credential gone (an event missed while the listener reconnected, a
 * session deleted some other way).
 */
export class SocketCredentials {
  private readonly open = new Map<WebSocket, Opened>();
  private readonly byHash = new Map<string, Set<Opened>>();
  private readonly sweep: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly ds: DataSource,
    recheckMs: number,
    private readonly logger: Logger,
  ) {
    this.sweep = setInterval(() => void this.recheck(), recheckMs);
    this.sweep.unref();
  }

  /** Follows `socket` until it closes; a session's expiry is looked up and armed. */
  add(socket: WebSocket, credential: Credential): void {
    const entry: Opened = { socket, credential, expiresAt: null, timer: null };
    this.open.set(socket, entry);
    const same = this.byHash.get(credential.hash) ?? new Set();
    this.byHash.set(credential.hash, same.add(entry));
    socket.once('close', () => this.forget(entry));
    // A session always expires; a personal access token when it was given an expiry.
    const sql =
      credential.kind === 'session'
        ? 'SELECT expires_at AS "expiresAt" FROM sessions WHERE token_hash = $1'
        : 'SELECT expires_at AS "expiresAt" FROM access_tokens WHERE token_hash = $1 AND revoked_at IS NULL';
    this.ds
      .query(sql, [credential.hash])
      .then((rows: { expiresAt: Date | null }[]) => {
        if (!this.open.has(socket)) return;
        if (!rows[0]) return this.end(entry, endedMessage(credential));
        entry.expiresAt = rows[0].expiresAt;
        this.arm(entry);
      })
      .catch((err: unknown) => this.logger.warn('credential expiry lookup failed', { err: String(err) }));
  }

  /** True (and the socket is closed) when the socket's session has expired. */
  expired(socket: WebSocket): boolean {
    const entry = this.open.get(socket);
    if (!entry?.expiresAt || entry.expiresAt.getTime() > Date.now()) return false;
    this.end(entry, expiredMessage(entry.credential));
    return true;
  }

  /** A session was signed out or a token revoked (on any instance): its sockets end now. */
  revoked(hash: string): void {
    for (const entry of [...(this.byHash.get(hash) ?? [])]) {
      this.end(entry, entry.credential.kind === 'session' ? 'The session has ended: sign in again' : 'The access token was revoked');
    }
  }

  /** Every open socket's credential checked against the database at once (two queries). */
  async recheck(): Promise<void> {
    if (this.checking || this.open.size === 0) return;
    this.checking = true;
    try {
      const hashes = { session: [] as string[], token: [] as string[] };
      for (const [hash, entries] of this.byHash) {
        const first = entries.values().next().value;
        if (first) hashes[first.credential.kind].push(hash);
      }
      const valid = new Set<string>();
      if (hashes.session.length) {
        const rows: { h: string }[] = await this.ds.query('SELECT token_hash AS h FROM sessions WHERE token_hash = ANY($1) AND expires_at > now()', [hashes.session]);
        for (const r of rows) valid.add(r.h);
      }
      if (hashes.token.length) {
        const rows: { h: string }[] = await this.ds.query('SELECT token_hash AS h FROM access_tokens WHERE token_hash = ANY($1) AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())', [hashes.token]);
        for (const r of rows) valid.add(r.h);
      }
      for (const hash of [...hashes.session, ...hashes.token]) if (!valid.has(hash)) this.revoked(hash);
    } catch (err) {
      this.logger.warn('websocket credential check failed', { err: String(err) });
    } finally {
      this.checking = false;
    }
  }

  close(): void {
    clearInterval(this.sweep);
    for (const entry of this.open.values()) if (entry.timer) clearTimeout(entry.timer);
    this.open.clear();
    this.byHash.clear();
  }

  private arm(entry: Opened): void {
    if (!entry.expiresAt) return;
    const left = entry.expiresAt.getTime() - Date.now();
    if (left <= 0) return this.end(entry, expiredMessage(entry.credential));
    entry.timer = setTimeout(() => this.arm(entry), Math.min(left, MAX_DELAY));
    entry.timer.unref();
  }

  private end(entry: Opened, reason: string): void {
    this.forget(entry);
    entry.socket.close(CLOSE_CREDENTIALS_ENDED, reason);
  }

  private forget(entry: Opened): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    if (this.open.get(entry.socket) === entry) this.open.delete(entry.socket);
    const same = this.byHash.get(entry.credential.hash);
    same?.delete(entry);
    if (same?.size === 0) this.byHash.delete(entry.credential.hash);
  }
}

// ---- Subscriptions per socket and per person ----

/**
 * Caps the subscriptions open at once on one socket and for one person over all their sockets on
 * this instance (each holds a listener and its share of every event's fan-out).
 */
export class SubscriptionCaps {
  private readonly sockets = new Map<WebSocket, Map<string, string>>();
  private readonly people = new Map<string, number>();

  constructor(
    readonly perSocket: number,
    readonly perPerson: number,
  ) {}

  /** Counts subscription `id` of `socket` for `person`, or answers why it may not start. */
  admit(socket: WebSocket, person: string, id: string): GraphQLError | null {
    let open = this.sockets.get(socket);
    if ((open?.size ?? 0) >= this.perSocket) {
      return tooMany(`At most ${this.perSocket} subscriptions may be open on one connection: end some first`, 'socket', this.perSocket);
    }
    if ((this.people.get(person) ?? 0) >= this.perPerson) {
      return tooMany(`At most ${this.perPerson} subscriptions may be open at once for one person: end some first`, 'person', this.perPerson);
    }
    if (!open) {
      open = new Map();
      this.sockets.set(socket, open);
      socket.once('close', () => this.releaseSocket(socket));
    }
    open.set(id, person);
    this.people.set(person, (this.people.get(person) ?? 0) + 1);
    return null;
  }

  /** The subscription ended (completed, failed or stopped by the client); unknown ids are ignored. */
  release(socket: WebSocket, id: string): void {
    const open = this.sockets.get(socket);
    const person = open?.get(id);
    if (person === undefined) return;
    open!.delete(id);
    const n = (this.people.get(person) ?? 1) - 1;
    if (n <= 0) this.people.delete(person);
    else this.people.set(person, n);
  }

  /** Open subscriptions of `person` on this instance. */
  count(person: string): number {
    return this.people.get(person) ?? 0;
  }

  private releaseSocket(socket: WebSocket): void {
    for (const id of [...(this.sockets.get(socket)?.keys() ?? [])]) this.release(socket, id);
    this.sockets.delete(socket);
  }
}

function tooMany(message: string, scope: 'socket' | 'person', max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', scope, max } });
}
