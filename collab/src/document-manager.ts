import { CollabDocument, type DocumentContext, type DocumentPeer } from './document.js';
import type { Announcement, Presence } from './fanout/fanout.js';
import type { CollabLogger } from './logger.js';

interface Entry {
  doc: CollabDocument;
  ready: Promise<void>;
  /** Connections between `acquire` and `attach`/`release`: the document must not be unloaded under them. */
  joining: number;
  unloadTimer: NodeJS.Timeout | null;
}

/** Retry period for unloading a document whose last write failed (it stays in memory meanwhile). */
const UNLOAD_RETRY_MS = 5_000;

/**
 * The documents held in memory: loads each once however many clients join at the same time, and
 * stores and drops it shortly after its last client left.
 */
export class DocumentManager {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ctx: DocumentContext,
    private readonly options: { unloadDelayMs: number; logger: CollabLogger; onLoad?: (docName: string, info: { seq: number; bytes: number }) => void },
  ) {}

  /** A loaded document, or undefined when it is not in memory. */
  get(docName: string): CollabDocument | undefined {
    const entry = this.entries.get(docName);
    return entry && entry.doc.isLoaded ? entry.doc : undefined;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Loads (or finds) a document and reserves it for a connection that will `attach` or `release`.
   * Rejects when loading fails; the document is then forgotten, so the next client tries again.
   */
  async acquire(docName: string): Promise<CollabDocument> {
    let entry = this.entries.get(docName);
    if (!entry) entry = this.startLoading(docName);
    entry.joining++;
    this.cancelUnload(entry);
    try {
      await entry.ready;
    } catch (err) {
      entry.joining--;
      throw err;
    }
    return entry.doc;
  }

  attach(doc: CollabDocument, peer: DocumentPeer): void {
    const entry = this.entryOf(doc);
    if (entry) entry.joining--;
    doc.addPeer(peer);
  }

  /** Gives back a reservation that did not become a connection (the client left meanwhile). */
  release(doc: CollabDocument): void {
    const entry = this.entryOf(doc);
    if (!entry) return;
    entry.joining--;
    this.unloadWhenIdle(entry, this.options.unloadDelayMs);
  }

  detach(doc: CollabDocument, peer: DocumentPeer): void {
    doc.removePeer(peer);
    const entry = this.entryOf(doc);
    if (entry) this.unloadWhenIdle(entry, this.options.unloadDelayMs);
  }

  /** Routes an announcement to the document it concerns, if we hold it. */
  receive(a: Announcement): void {
    void this.entries.get(a.doc)?.doc.receive(a);
  }

  /** Routes presence relayed by another instance to the document, if we hold it. */
  receivePresence(p: Presence): void {
    this.entries.get(p.doc)?.doc.receivePresence(p);
  }

  /** After a fan-out outage: every document re-reads what others stored. */
  resyncAll(): void {
    for (const { doc } of this.entries.values()) if (doc.isLoaded) void doc.resync();
  }

  /** Stores every document and drops them all (shutdown). Never rejects; failures are logged. */
  async closeAll(): Promise<void> {
    const entries = [...this.entries.values()];
    this.entries.clear();
    // One statement for everything still buffered; what it could not store is retried per document below.
    await this.ctx.committer.writeNow(entries.filter((e) => e.doc.isLoaded).map((e) => e.doc));
    await Promise.all(
      entries.map(async (entry) => {
        this.cancelUnload(entry);
        if (!entry.doc.isLoaded) return;
        try {
          await entry.doc.flushAll();
          await entry.doc.compact();
        } catch (err) {
          this.options.logger.error('collab: document not fully stored at shutdown', { doc: entry.doc.name, pending: entry.doc.pendingCount, err });
        } finally {
          entry.doc.destroy();
        }
      }),
    );
  }

  private startLoading(docName: string): Entry {
    const doc = new CollabDocument(docName, this.ctx);
    const entry: Entry = {
      doc,
      joining: 0,
      unloadTimer: null,
      ready: doc.load().then((info) => {
        this.options.logger.debug?.('collab: document loaded', { doc: docName, ...info });
        try {
          this.options.onLoad?.(docName, info);
        } catch (err) {
          this.options.logger.error('collab: onLoad hook failed', { doc: docName, err });
        }
      }),
    };
    entry.ready.catch((err) => {
      // Never serve (or later store) an empty document in place of one we could not read.
      this.options.logger.error('collab: loading a document failed', { doc: docName, err });
      if (this.entries.get(docName) === entry) this.entries.delete(docName);
      doc.destroy();
    });
    this.entries.set(docName, entry);
    return entry;
  }

  private entryOf(doc: CollabDocument): Entry | undefined {
    const entry = this.entries.get(doc.name);
    return entry?.doc === doc ? entry : undefined;
  }

  private isIdle(entry: Entry): boolean {
    return entry.doc.peerCount === 0 && entry.joining === 0;
  }

  private cancelUnload(entry: Entry): void {
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
  }

  private unloadWhenIdle(entry: Entry, delayMs: number): void {
    if (!this.isIdle(entry) || entry.unloadTimer) return;
    entry.unloadTimer = setTimeout(() => {
      entry.unloadTimer = null;
      void this.unload(entry);
    }, delayMs);
  }

  private async unload(entry: Entry): Promise<void> {
    if (!this.isIdle(entry)) return;
    const { doc } = entry;
    try {
      await doc.flushAll();
    } catch {
      // Still in memory, still retrying; try to unload again later.
      this.unloadWhenIdle(entry, UNLOAD_RETRY_MS);
      return;
    }
    // The log already holds everything; a failed compaction only leaves more rows to read next time.
    await doc.compact().catch(() => {});
    if (!this.isIdle(entry) || this.entries.get(doc.name) !== entry) return;
    if (doc.pendingCount > 0) {
      this.unloadWhenIdle(entry, 0);
      return;
    }
    this.entries.delete(doc.name);
    doc.destroy();
    this.options.logger.debug?.('collab: document unloaded', { doc: doc.name });
  }
}
