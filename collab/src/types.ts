import type { IncomingMessage } from 'node:http';
import type { Fanout } from './fanout/fanout.js';
import type { CollabLogger } from './logger.js';
import type { DocStore } from './store/doc-store.js';

/** Who is on the other end of a connection, as decided by the `authenticate` hook. */
export interface Principal {
  /** Connection principal id (user id, token id...), for logs and `closeConnections` filters. */
  id: string;
  /** Stored with the principal's updates (`collab_updates.user_id`); null for non-user principals. */
  userId: string | null;
  name: string;
  /** False: the principal receives the document and sees others, but its edits are dropped. */
  canWrite: boolean;
  /**
   * Awareness (presence) fields this principal cannot choose: every state its clients send has
   * these fields set to these values before anyone sees it, e.g. `{ user: { id, name, color } }`
   * taken from the ticket, so nobody shows up under another name. Absent: states are relayed as sent.
   */
  presence?: Readonly<Record<string, unknown>>;
}

export interface StoredBatch {
  fromSeq: number;
  toSeq: number;
  /** Distinct authors in the batch (null for non-user principals). */
  userIds: (string | null)[];
}

export interface CollabServerConfig {
  /** URL prefix; documents are served at `<path>/<docName>`. Default `/collab`. */
  path?: string;
  /** Group-commit window: client updates are written at most this long after they arrive. Default 75 ms. */
  flushIntervalMs?: number;
  /**
   * At most one "saved" message (type 100) per document per interval: the first commit after a
   * quiet spell is reported at once, the following ones together. Default 1000 ms; 0: one per commit.
   */
  savedIntervalMs?: number;
  /** Fold the log into the snapshot once this many rows follow it. Default 500. */
  compactEvery?: number;
  /** How long a document stays in memory after its last client left. Default 1000 ms. */
  unloadDelayMs?: number;
  /** Largest accepted WebSocket frame (larger: close 1009). Default 1 MiB. */
  maxFrameBytes?: number;
  /** Largest document; an update that would exceed it is refused with close 4413. Default 8 MiB. */
  maxDocumentBytes?: number;
  /**
   * Longest time authentication plus loading may take before the client is told to retry (1011).
   * Bounds the connections a stuck hook or database can pile up. Default 15 s.
   */
  admissionTimeoutMs?: number;
  /** Ping period; a connection that has not answered the previous ping is dropped. Default 30 s. */
  pingIntervalMs?: number;
  /** Identifies this instance in announcements and in `collab_updates.origin`. Default: random. */
  instanceId?: string;
}

export interface CollabServerDeps {
  store: DocStore;
  /** Cross-instance announcements. Default: in-process only (a single instance). */
  fanout?: Fanout;
  /**
   * Decides who may open a document. Throw `CollabAccessError(4401 | 4403, reason)` to refuse;
   * any other error closes the connection with 1011.
   */
  authenticate(req: IncomingMessage, docName: string, params: URLSearchParams): Promise<Principal>;
  /** After a batch of client updates has been committed (not called for updates of other instances). */
  onStored?(docName: string, batch: StoredBatch): void;
  onDisconnect?(docName: string, principal: Principal): void;
  /** After a document has been loaded into memory. */
  onLoad?(docName: string, info: { seq: number; bytes: number }): void;
  logger?: CollabLogger;
}

export type ResolvedConfig = Required<CollabServerConfig>;

export const DEFAULT_CONFIG: Omit<ResolvedConfig, 'instanceId'> = {
  path: '/collab',
  flushIntervalMs: 75,
  savedIntervalMs: 1000,
  compactEvery: 500,
  unloadDelayMs: 1000,
  maxFrameBytes: 1024 * 1024,
  maxDocumentBytes: 8 * 1024 * 1024,
  pingIntervalMs: 30_000,
  admissionTimeoutMs: 15_000,
};

/** Opaque document names; anything else is refused with 4400. */
export const DOC_NAME_PATTERN = /^[A-Za-z0-9/_-]{1,200}$/;
