/**
 * Cross-instance messages.
 *
 * An announcement is a reference to a stored update (never its bytes): receivers read the log
 * from the database, so a lost or duplicated message is harmless and the payload stays tiny.
 *
 * Presence (who is here, where their cursor is) is never stored, so it travels by value: a
 * y-protocols awareness update of a few hundred bytes. Losing one is harmless too, since clients
 * renew their presence every 15 s.
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

export interface Presence {
  doc: string;
  /** The collab instance the clients are connected to. */
  origin: string;
  /** A y-protocols awareness update. */
  update: Uint8Array;
}

export type AnnouncementListener = (announcement: Announcement) => void;
export type PresenceListener = (presence: Presence) => void;

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
  /** Relays presence to the other instances (optional: without it, presence stays per instance). */
  publishPresence?(presence: Presence): Promise<void>;
  subscribePresence?(listener: PresenceListener): () => void;
  /** Connects (idempotent). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The PostgreSQL NOTIFY / Redis channel announcements travel on. */
export const ANNOUNCE_CHANNEL = 'trellis_collab';

/** Largest presence payload sent (PostgreSQL NOTIFY payloads must stay under 8000 bytes). */
export const MAX_PRESENCE_PAYLOAD = 7_000;

export function encodeAnnouncement(a: Announcement): string {
  return JSON.stringify(a.from !== undefined && a.from !== a.seq ? { doc: a.doc, seq: a.seq, from: a.from, origin: a.origin } : { doc: a.doc, seq: a.seq, origin: a.origin });
}

/** `{ doc, origin, presence: <base64> }` on the same channel as announcements. */
export function encodePresence(p: Presence): string {
  return JSON.stringify({ doc: p.doc, origin: p.origin, presence: Buffer.from(p.update.buffer, p.update.byteOffset, p.update.byteLength).toString('base64') });
}

export type FanoutMessage = { kind: 'announcement'; announcement: Announcement } | { kind: 'presence'; presence: Presence };

/** Parses a received payload; returns null for anything malformed (never throws). */
export function decodeFanoutMessage(payload: string | undefined | null): FanoutMessage | null {
  if (!payload) return null;
  let v: { doc?: unknown; seq?: unknown; from?: unknown; origin?: unknown; presence?: unknown };
  try {
    v = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || typeof v.doc !== 'string' || typeof v.origin !== 'string') return null;
  if (typeof v.presence === 'string') {
    return { kind: 'presence', presence: { doc: v.doc, origin: v.origin, update: new Uint8Array(Buffer.from(v.presence, 'base64')) } };
  }
  if (typeof v.seq !== 'number' || !Number.isFinite(v.seq)) return null;
  const announcement: Announcement = { doc: v.doc, seq: v.seq, origin: v.origin };
  if (typeof v.from === 'number' && Number.isFinite(v.from) && v.from <= v.seq) announcement.from = v.from;
  return { kind: 'announcement', announcement };
}

/** Parses an announcement payload; null for anything else (presence, garbage). */
export function decodeAnnouncement(payload: string | undefined | null): Announcement | null {
  const message = decodeFanoutMessage(payload);
  return message?.kind === 'announcement' ? message.announcement : null;
}

/** Listener bookkeeping shared by the implementations. */
export class ListenerSet {
  private readonly listeners = new Set<{ listener: AnnouncementListener; onGap?: () => void }>();
  private readonly presenceListeners = new Set<PresenceListener>();

  add(listener: AnnouncementListener, onGap?: () => void): () => void {
    const entry = { listener, onGap };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  addPresence(listener: PresenceListener): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  /** Hands a received message to its listeners. */
  dispatch(message: FanoutMessage, onError: (err: unknown) => void): void {
    if (message.kind === 'announcement') {
      for (const { listener } of this.listeners) guard(() => listener(message.announcement), onError);
    } else {
      for (const listener of this.presenceListeners) guard(() => listener(message.presence), onError);
    }
  }

  gap(onError: (err: unknown) => void): void {
    for (const { onGap } of this.listeners) guard(() => onGap?.(), onError);
  }
}

function guard(fn: () => void, onError: (err: unknown) => void): void {
  try {
    fn();
  } catch (err) {
    onError(err);
  }
}

/**
 * Delivers within one process only: the default for a single instance, and a way to run two
 * instances in one test process.
 */
export class InProcessFanout implements Fanout {
  private readonly listeners = new ListenerSet();

  async publish(a: Announcement): Promise<void> {
    // Asynchronous like a real broker, so publishers never re-enter their own code.
    queueMicrotask(() => this.listeners.dispatch({ kind: 'announcement', announcement: a }, () => {}));
  }

  subscribe(listener: AnnouncementListener, onGap?: () => void): () => void {
    return this.listeners.add(listener, onGap);
  }

  async publishPresence(p: Presence): Promise<void> {
    queueMicrotask(() => this.listeners.dispatch({ kind: 'presence', presence: p }, () => {}));
  }

  subscribePresence(listener: PresenceListener): () => void {
    return this.listeners.addPresence(listener);
  }

  async start(): Promise<void> {}

  async close(): Promise<void> {}
}
