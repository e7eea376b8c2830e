/**
 * Cross-instance announcements. An announcement is a reference to a stored update (never its
 * bytes): receivers read the log from the database, so a lost or duplicated message is harmless
 * and the payload stays tiny.
 */
export interface Announcement {
  /** Document name. */
  doc: string;
  /** Seq of the newest log row written by the announcer. */
  seq: number;
  /**
   * Seq of the first row of the announced batch, when it wrote several (optional, default `seq`).
   * Receivers re-read from here when they already hold a higher seq: rows can commit out of order.
   */
  from?: number;
  /** Who wrote it: a collab instance id, or e.g. "graphql" for updates the server appended itself. */
  origin: string;
}

export type AnnouncementListener = (announcement: Announcement) => void;

export interface Fanout {
  /**
   * Set when announcements travel as PostgreSQL NOTIFY on this channel: a PostgreSQL store on the
   * same database can then send them itself, inside the writing statement.
   */
  readonly notifyChannel?: string;
  /** Tells every instance (including this one) that rows up to `seq` are stored. Call after commit. */
  publish(announcement: Announcement): Promise<void>;
  /**
   * Receives every announcement. `onGap` is called when announcements may have been missed (the
   * connection to the broker dropped and came back): a receiver should then re-read what it holds.
   * Returns an unsubscribe function.
   */
  subscribe(listener: AnnouncementListener, onGap?: () => void): () => void;
  /** Connects (idempotent). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The PostgreSQL NOTIFY / Redis channel announcements travel on. */
export const ANNOUNCE_CHANNEL = 'trellis_collab';

export function encodeAnnouncement(a: Announcement): string {
  return JSON.stringify(a.from !== undefined && a.from !== a.seq ? { doc: a.doc, seq: a.seq, from: a.from, origin: a.origin } : { doc: a.doc, seq: a.seq, origin: a.origin });
}

/** Parses a received payload; returns null for anything malformed (never throws). */
export function decodeAnnouncement(payload: string | undefined | null): Announcement | null {
  if (!payload) return null;
  try {
    const v = JSON.parse(payload) as Partial<Announcement>;
    if (typeof v.doc === 'string' && typeof v.seq === 'number' && Number.isFinite(v.seq) && typeof v.origin === 'string') {
      const from = typeof v.from === 'number' && Number.isFinite(v.from) && v.from <= v.seq ? v.from : undefined;
      return from === undefined ? { doc: v.doc, seq: v.seq, origin: v.origin } : { doc: v.doc, seq: v.seq, from, origin: v.origin };
    }
  } catch {
    // fall through
  }
  return null;
}

/** Listener bookkeeping shared by the implementations. */
export class ListenerSet {
  private readonly listeners = new Set<{ listener: AnnouncementListener; onGap?: () => void }>();

  add(listener: AnnouncementListener, onGap?: () => void): () => void {
    const entry = { listener, onGap };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  deliver(a: Announcement, onError: (err: unknown) => void): void {
    for (const { listener } of this.listeners) {
      try {
        listener(a);
      } catch (err) {
        onError(err);
      }
    }
  }

  gap(onError: (err: unknown) => void): void {
    for (const { onGap } of this.listeners) {
      try {
        onGap?.();
      } catch (err) {
        onError(err);
      }
    }
  }
}

/**
 * Delivers announcements within one process only: the default for a single instance, and a way to
 * run two instances in one test process.
 */
export class InProcessFanout implements Fanout {
  private readonly listeners = new ListenerSet();

  async publish(a: Announcement): Promise<void> {
    // Asynchronous like a real broker, so publishers never re-enter their own code.
    queueMicrotask(() => this.listeners.deliver(a, () => {}));
  }

  subscribe(listener: AnnouncementListener, onGap?: () => void): () => void {
    return this.listeners.add(listener, onGap);
  }

  async start(): Promise<void> {}

  async close(): Promise<void> {}
}
