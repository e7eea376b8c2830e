import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Announcement, Fanout, Presence } from './fanout/fanout.js';
import type { CollabLogger } from './logger.js';
import { constrainAwareness } from './presence.js';
import { encodeAwarenessStates, encodeSaved, encodeUpdate } from './protocol.js';
import type { Committable, GroupCommitter, TakenBatch } from './group-commit.js';
import type { AppendResult, DocStore, PendingUpdate } from './store/doc-store.js';
import type { Principal, StoredBatch } from './types.js';

/** What a document needs from a connection: enough to broadcast to it and attribute its edits. */
export interface DocumentPeer {
  readonly principal: Principal;
  send(frame: Uint8Array): void;
}

export interface DocumentContext {
  store: DocStore;
  fanout: Fanout;
  logger: CollabLogger;
  instanceId: string;
  /** Writes the buffered updates of all documents, one statement per window. */
  committer: GroupCommitter;
  /** Base of the retry backoff after a failed write. */
  flushIntervalMs: number;
  compactEvery: number;
  maxDocumentBytes: number;
  /** At most one "saved" message per document per interval. */
  savedIntervalMs: number;
  /** Totals over all documents since the server started. */
  counters: StoreCounters;
  onStored?(docName: string, batch: StoredBatch): void;
}

export interface StoreCounters {
  storedRows: number;
  flushes: number;
  flushFailures: number;
  compactions: number;
}

/** Transaction origins that are not connections. */
const FROM_STORE = Symbol('from-store');
/** Awareness origin of presence relayed by another instance (never relayed back). */
const FROM_OTHER_INSTANCE = Symbol('from-other-instance');
/** Presence changes within this window go to the other instances as one message (at most 10 a second per document). */
const PRESENCE_COALESCE_MS = 100;

const MAX_RETRY_DELAY_MS = 5_000;

export type ApplyResult = 'applied' | 'too-large';

/**
 * One document held in memory: the Y.Doc, presence (awareness), the connected peers, and the
 * buffer of client updates waiting for the next group commit.
 *
 * Invariants:
 * - Only updates that arrived from peers are written; updates read from the store are not written again.
 * - A peer is told "saved" (message 100) only after the batch holding its edits has committed.
 * - Nothing is dropped from memory while it is not stored (a failed write is retried).
 */
export class CollabDocument implements Committable {
  readonly ydoc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  /** Peers and the awareness client ids each one controls. */
  private readonly peers = new Map<DocumentPeer, Set<number>>();
  /** Highest log seq applied; see `readAnnounced` for rows that become visible out of order. */
  private storedSeq = 0;
  private rowsSinceSnapshot = 0;
  /** Upper bound of the encoded size, recomputed exactly only when it nears the limit. */
  private approxBytes = 0;
  private pending: PendingUpdate[] = [];
  /** The write holding this document's last taken batch, until it settles. */
  private writing: Promise<void> | null = null;
  /** Set while a failed write waits to be retried (with backoff). */
  private retryTimer: NodeJS.Timeout | null = null;
  private flushFailures = 0;
  private compacting: Promise<void> | null = null;
  /** State vector of what the last commit (or catch-up) made durable; null before any. */
  private lastStoredVector: Uint8Array | null = null;
  private savedTimer: NodeJS.Timeout | null = null;
  private savedSentAt = 0;
  /** Awareness clients changed here since presence was last relayed to the other instances. */
  private readonly presenceChanged = new Set<number>();
  private presenceTimer: NodeJS.Timeout | null = null;
  /** Reads of other instances' rows, one at a time so they apply in order. */
  private catchUpChain: Promise<void> = Promise.resolve();
  private loaded = false;
  private destroyed = false;

  constructor(
    readonly name: string,
    private readonly ctx: DocumentContext,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onAwarenessUpdate(change, origin));
  }

  /** Loads the stored state. Throws on storage failure; the caller must then discard this object. */
  load(): Promise<{ seq: number; bytes: number }> {
    const loading = this.readStored();
    // Announcements that arrive while loading are read once the load is done.
    this.catchUpChain = loading.then(
      () => {},
      () => {},
    );
    return loading;
  }

  private async readStored(): Promise<{ seq: number; bytes: number }> {
    const stored = await this.ctx.store.load(this.name);
    if (this.destroyed) throw new Error('collab: document closed while loading');
    if (stored.update) Y.applyUpdate(this.ydoc, stored.update, FROM_STORE);
    this.storedSeq = stored.seq;
    this.rowsSinceSnapshot = stored.rowsSinceSnapshot;
    this.approxBytes = stored.update?.byteLength ?? 0;
    this.loaded = true;
    return { seq: stored.seq, bytes: this.approxBytes };
  }

  get isLoaded(): boolean {
    return this.loaded && !this.destroyed;
  }

  get peerCount(): number {
    return this.peers.size;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  get seq(): number {
    return this.storedSeq;
  }

  peerList(): DocumentPeer[] {
    return [...this.peers.keys()];
  }

  addPeer(peer: DocumentPeer): void {
    this.peers.set(peer, new Set());
  }

  /** Removes a peer and withdraws its presence from everyone else. */
  removePeer(peer: DocumentPeer): void {
    const clients = this.peers.get(peer);
    if (!clients) return;
    this.peers.delete(peer);
    if (clients.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...clients], null);
  }

  /** Presence of everyone, for a peer that just joined or asked. */
  awarenessFrame(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    return clients.length > 0 ? encodeAwarenessStates(this.awareness, clients) : null;
  }

  /**
   * Applies an update from a peer with write access; throws on a malformed one. Refuses, without
   * applying, one that could push the document over `maxDocumentBytes`.
   *
   * A malformed update is not decoded twice to be checked first: Yjs reads every struct before
   * integrating any, so garbage throws before touching the document. Only a broken delete set at
   * the very end can fail after the (well-formed) structs went in, which leaves a valid document
   * with the part of the update that made sense; the connection is closed either way.
   */
  applyPeerUpdate(peer: DocumentPeer, update: Uint8Array): ApplyResult {
    if (this.approxBytes + update.byteLength > this.ctx.maxDocumentBytes) {
      this.approxBytes = Y.encodeStateAsUpdate(this.ydoc).byteLength;
      if (this.approxBytes + update.byteLength > this.ctx.maxDocumentBytes) return 'too-large';
    }
    Y.applyUpdate(this.ydoc, update, peer);
    return 'applied';
  }

  /**
   * Applies presence from a peer, which speaks only for its own awareness clients (not for those of
   * other people here or on other instances) and cannot change the fields its principal fixes.
   */
  applyAwareness(peer: DocumentPeer, update: Uint8Array): void {
    const constrained = constrainAwareness(update, peer.principal.presence, (clientId) => this.mayControl(peer, clientId));
    if (constrained) awarenessProtocol.applyAwarenessUpdate(this.awareness, constrained, peer);
  }

  /**
   * A peer controls the awareness clients it introduced, and any that nobody shows at the moment.
   * The same person reconnecting (the old socket not yet noticed gone) may take theirs over.
   */
  private mayControl(peer: DocumentPeer, clientId: number): boolean {
    const own = this.peers.get(peer);
    if (!own || own.has(clientId)) return true;
    for (const [other, ids] of this.peers) {
      if (other !== peer && ids.has(clientId)) return other.principal.userId !== null && other.principal.userId === peer.principal.userId;
    }
    return !this.awareness.getStates().has(clientId);
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.approxBytes += update.byteLength;
    const frame = encodeUpdate(update);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(frame);
    if (origin !== FROM_STORE && this.peers.has(origin as DocumentPeer)) {
      this.pending.push({ update, userId: (origin as DocumentPeer).principal.userId });
      this.requestWrite();
    }
  }

  private onAwarenessUpdate({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const owned = this.peers.get(origin as DocumentPeer);
    if (owned) {
      for (const id of added) owned.add(id);
      // A client taken over (the same person reconnecting) belongs to the new connection too.
      for (const id of updated) owned.add(id);
      for (const id of removed) owned.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    if (origin !== FROM_OTHER_INSTANCE) this.relayPresence(changed);
    if (this.peers.size === 0) return;
    // Sent to the author too: the stock client treats any incoming message as proof the link is alive.
    const frame = encodeAwarenessStates(this.awareness, changed);
    for (const peer of this.peers.keys()) peer.send(frame);
  }

  /** Presence of clients here, for the clients of the other instances serving this document. */
  private relayPresence(clients: number[]): void {
    if (!this.ctx.fanout.publishPresence || this.destroyed) return;
    for (const id of clients) this.presenceChanged.add(id);
    this.presenceTimer ??= setTimeout(() => this.flushPresence(), PRESENCE_COALESCE_MS);
  }

  private flushPresence(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
    // Clients removed long ago may have been forgotten entirely: only those with a clock are encodable.
    const ids = [...this.presenceChanged].filter((id) => this.awareness.meta.has(id));
    this.presenceChanged.clear();
    if (ids.length === 0 || !this.ctx.fanout.publishPresence) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids);
    this.ctx.fanout.publishPresence({ doc: this.name, origin: this.ctx.instanceId, update }).catch((err) => {
      this.ctx.logger.debug?.('collab: relaying presence failed', { doc: this.name, err });
    });
  }

  /** Presence relayed by another instance: shown to the clients here, not relayed again. */
  receivePresence(p: Presence): void {
    if (p.origin === this.ctx.instanceId || !this.isLoaded) return;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, p.update, FROM_OTHER_INSTANCE);
    } catch (err) {
      this.ctx.logger.warn('collab: ignored malformed presence from another instance', { doc: this.name, origin: p.origin, err });
    }
  }

  // ---- group commit -------------------------------------------------------------------------
  //
  // The instance's GroupCommitter writes the buffered updates of every busy document together,
  // once per window. This document only keeps its buffer, the write in flight and the retries.

  /** Asks for the buffer to be written within the current window (unless a retry is waiting). */
  private requestWrite(): void {
    if (this.retryTimer || this.writing || this.destroyed) return;
    this.ctx.committer.enqueue(this);
  }

  /** For the committer: the buffered updates, one log row per author. */
  takeBatch(): DocumentWrite | null {
    if (this.pending.length === 0 || this.writing || this.destroyed) return null;
    const updates = this.pending;
    this.pending = [];
    let done!: () => void;
    this.writing = new Promise<void>((resolve) => (done = resolve));
    return {
      docName: this.name,
      entries: mergePerUser(updates),
      updates,
      // Everything in memory now is either stored already or in this batch, so once the batch
      // commits, this state vector describes stored content.
      storedVector: Y.encodeStateVector(this.ydoc),
      done,
    };
  }

  batchStored(taken: TakenBatch, result: AppendResult): void {
    const batch = taken as DocumentWrite;
    this.flushFailures = 0;
    this.ctx.counters.flushes++;
    this.ctx.counters.storedRows += batch.entries.length;
    this.rowsSinceSnapshot += batch.entries.length;
    this.storedSeq = Math.max(this.storedSeq, result.toSeq);
    this.writing = null;
    batch.done();
    // Stored rows are announced and reported even when the document closed meanwhile.
    this.afterCommit(result, batch.entries, batch.storedVector);
    if (this.pending.length > 0) this.requestWrite();
  }

  batchFailed(taken: TakenBatch, err: unknown): void {
    const batch = taken as DocumentWrite;
    this.pending = batch.updates.concat(this.pending);
    this.flushFailures++;
    this.ctx.counters.flushFailures++;
    this.ctx.logger.error('collab: storing updates failed, will retry', { doc: this.name, updates: batch.updates.length, attempt: this.flushFailures, err });
    this.writing = null;
    batch.done();
    if (this.destroyed || this.retryTimer) return;
    const delay = Math.min(this.ctx.flushIntervalMs * 2 ** this.flushFailures, MAX_RETRY_DELAY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.requestWrite();
    }, delay);
  }

  /** Writes what is buffered now, on its own (after any write in flight). Never rejects. */
  async flush(): Promise<void> {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    if (this.writing) await this.writing;
    await this.ctx.committer.writeNow([this]);
  }

  /** Writes until nothing is buffered; throws if a write fails (used before unloading). */
  async flushAll(): Promise<void> {
    for (;;) {
      if (this.writing) await this.writing;
      if (this.pending.length === 0) return;
      await this.flush();
      if (this.flushFailures > 0) throw new Error(`collab: could not store document ${this.name}`);
    }
  }

  private afterCommit({ fromSeq, toSeq, announced }: AppendResult, entries: PendingUpdate[], storedVector: Uint8Array): void {
    // Updates of other instances applied during the write are stored too: when nothing new is
    // buffered, the whole in-memory state is.
    this.markStored(this.pending.length === 0 ? Y.encodeStateVector(this.ydoc) : storedVector);
    try {
      this.ctx.onStored?.(this.name, { fromSeq, toSeq, userIds: entries.map((e) => e.userId) });
    } catch (err) {
      this.ctx.logger.error('collab: onStored hook failed', { doc: this.name, err });
    }
    if (!announced) {
      this.ctx.fanout.publish({ doc: this.name, seq: toSeq, from: fromSeq, origin: this.ctx.instanceId }).catch((err) => {
        this.ctx.logger.warn('collab: announcing stored updates failed', { doc: this.name, seq: toSeq, err });
      });
    }
    if (this.rowsSinceSnapshot >= this.ctx.compactEvery) void this.compact().catch(() => {});
  }

  /**
   * True when everything in memory is stored: it came from the store, from other instances (which
   * stored it first) or from peers whose updates have all been written.
   */
  get isClean(): boolean {
    return this.pending.length === 0 && this.writing === null;
  }

  /**
   * Records what is durable and tells every peer ("saved", message 100, with that state vector).
   * At most one message per `savedIntervalMs`: the first commit after a quiet spell is reported at
   * once, later ones together at the end of the interval. While someone types, a message per
   * commit would otherwise more than double the frames every peer receives.
   */
  private markStored(storedVector: Uint8Array): void {
    this.lastStoredVector = storedVector;
    if (this.savedTimer) return;
    const wait = this.savedSentAt + this.ctx.savedIntervalMs - Date.now();
    if (wait <= 0) return this.sendSaved();
    this.savedTimer = setTimeout(() => {
      this.savedTimer = null;
      this.sendSaved();
    }, wait);
  }

  private sendSaved(): void {
    this.savedSentAt = Date.now();
    if (this.destroyed || !this.lastStoredVector || this.peers.size === 0) return;
    const saved = encodeSaved(this.isClean ? Y.encodeStateVector(this.ydoc) : this.lastStoredVector);
    for (const peer of this.peers.keys()) peer.send(saved);
  }

  /** The "saved" frame for a peer that just joined, when there is nothing unstored. */
  savedFrame(): Uint8Array | null {
    return this.isClean ? encodeSaved(Y.encodeStateVector(this.ydoc)) : null;
  }

  /** Folds the log into the snapshot. Rejects on storage failure (logged here). */
  compact(): Promise<void> {
    this.compacting ??= (async () => {
      try {
        const result = await this.ctx.store.compact(this.name);
        this.rowsSinceSnapshot = 0;
        if (result) this.ctx.counters.compactions++;
      } catch (err) {
        this.ctx.logger.error('collab: compaction failed', { doc: this.name, err });
        throw err;
      } finally {
        this.compacting = null;
      }
    })();
    return this.compacting;
  }

  // ---- other instances ------------------------------------------------------------------------

  /** Another writer stored rows of this document: read and apply them. */
  receive(a: Announcement): Promise<void> {
    if (a.origin === this.ctx.instanceId) return Promise.resolve();
    return this.enqueueCatchUp(() => this.readAnnounced(a));
  }

  /** Announcements may have been missed: re-read everything after what we hold. */
  resync(): Promise<void> {
    return this.enqueueCatchUp(() => this.readSince(this.storedSeq));
  }

  private enqueueCatchUp(read: () => Promise<void>): Promise<void> {
    const next = this.catchUpChain.then(read).catch((err) => {
      this.ctx.logger.warn('collab: reading updates of another instance failed', { doc: this.name, err });
    });
    this.catchUpChain = next;
    return next;
  }

  private async readAnnounced(a: Announcement): Promise<void> {
    // Rows commit out of seq order when several writers append at once, so a row below what we
    // hold may only be visible now: re-read from the announced batch's first row when needed.
    const from = a.from ?? a.seq;
    await this.readSince(Math.min(this.storedSeq, from - 1));
  }

  private async readSince(seq: number): Promise<void> {
    if (this.destroyed) return;
    const { updates, seq: upTo } = await this.ctx.store.readSince(this.name, seq);
    if (this.destroyed) return;
    if (updates.length > 0) {
      // Applying an update twice is harmless in Yjs, and one merged update means one broadcast.
      Y.applyUpdate(this.ydoc, updates.length === 1 ? updates[0] : Y.mergeUpdates(updates), FROM_STORE);
      // Clients that already hold these edits (they reached them first) learn that they are stored.
      if (this.isClean) this.markStored(Y.encodeStateVector(this.ydoc));
    }
    this.storedSeq = Math.max(this.storedSeq, upTo);
  }

  destroy(): void {
    // The last departures still have to reach the other instances.
    if (!this.destroyed && this.presenceChanged.size > 0) this.flushPresence();
    this.destroyed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.ctx.committer.forget(this);
    if (this.savedTimer) clearTimeout(this.savedTimer);
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

/** A batch in flight, with what the document needs when it settles. */
interface DocumentWrite extends TakenBatch {
  /** The updates as they arrived (put back in front of the buffer if the write fails). */
  updates: PendingUpdate[];
  storedVector: Uint8Array;
  done: () => void;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** One row per author: the log stays attributable while a flush writes a single INSERT. */
function mergePerUser(batch: PendingUpdate[]): PendingUpdate[] {
  const byUser = new Map<string | null, Uint8Array[]>();
  for (const { update, userId } of batch) {
    const list = byUser.get(userId);
    if (list) list.push(update);
    else byUser.set(userId, [update]);
  }
  return [...byUser].map(([userId, updates]) => ({ userId, update: updates.length === 1 ? updates[0] : Y.mergeUpdates(updates) }));
}
