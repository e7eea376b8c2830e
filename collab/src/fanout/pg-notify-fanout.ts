import pg from 'pg';
import { silentLogger, type CollabLogger } from '../logger.js';
import {
  ANNOUNCE_CHANNEL,
  decodeFanoutMessage,
  encodeAnnouncement,
  encodePresence,
  ListenerSet,
  MAX_PRESENCE_PAYLOAD,
  type Announcement,
  type AnnouncementListener,
  type Fanout,
  type Presence,
  type PresenceListener,
} from './fanout.js';

export interface PgNotifyFanoutOptions {
  /** Used to publish (`pg_notify`). */
  pool: pg.Pool;
  /** Connection settings of the dedicated LISTEN connection; default: the pool's. */
  listenConfig?: pg.ClientConfig;
  logger?: CollabLogger;
  /** Longest wait between reconnection attempts of the LISTEN connection. */
  maxReconnectDelayMs?: number;
}

/**
 * Announcements through PostgreSQL LISTEN/NOTIFY on one dedicated connection. When that
 * connection drops it reconnects with backoff and reports a gap, since NOTIFYs sent meanwhile are lost.
 */
export class PgNotifyFanout implements Fanout {
  readonly notifyChannel = ANNOUNCE_CHANNEL;
  private readonly listeners = new ListenerSet();
  private readonly logger: CollabLogger;
  private client: pg.Client | null = null;
  private starting: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private attempts = 0;
  private closed = false;

  constructor(private readonly options: PgNotifyFanoutOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  /** Connects; when that fails it keeps retrying in the background (reporting a gap once connected) and rejects. */
  start(): Promise<void> {
    this.starting ??= this.connect().catch((err: Error) => {
      this.scheduleReconnect();
      throw err;
    });
    return this.starting;
  }

  async publish(a: Announcement): Promise<void> {
    await this.options.pool.query('SELECT pg_notify($1, $2)', [ANNOUNCE_CHANNEL, encodeAnnouncement(a)]);
  }

  subscribe(listener: AnnouncementListener, onGap?: () => void): () => void {
    return this.listeners.add(listener, onGap);
  }

  async publishPresence(p: Presence): Promise<void> {
    const payload = encodePresence(p);
    if (payload.length > MAX_PRESENCE_PAYLOAD) return;
    await this.options.pool.query('SELECT pg_notify($1, $2)', [ANNOUNCE_CHANNEL, payload]);
  }

  subscribePresence(listener: PresenceListener): () => void {
    return this.listeners.addPresence(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const config = this.options.listenConfig ?? (this.options.pool as unknown as { options: pg.ClientConfig }).options;
    const client = new pg.Client(config);
    client.on('notification', (msg) => this.onNotification(msg.payload));
    client.on('error', (err) => this.onConnectionLost(client, err));
    client.on('end', () => this.onConnectionLost(client, null));
    await client.connect();
    await client.query(`LISTEN ${ANNOUNCE_CHANNEL}`);
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.attempts = 0;
  }

  private onNotification(payload: string | undefined): void {
    const message = decodeFanoutMessage(payload);
    if (!message) {
      this.logger.warn('collab: ignored a malformed fan-out message', { payload });
      return;
    }
    this.listeners.dispatch(message, (err) => this.logger.error('collab: fan-out listener failed', { err }));
  }

  private onConnectionLost(client: pg.Client, err: Error | null): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.logger.warn('collab: LISTEN connection lost, reconnecting', { err: err ?? undefined });
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = Math.min(100 * 2 ** this.attempts++, this.options.maxReconnectDelayMs ?? 5_000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().then(
        () => this.listeners.gap((e) => this.logger.error('collab: gap handler failed', { err: e })),
        (e: Error) => {
          this.logger.warn('collab: LISTEN reconnection failed', { err: e });
          this.scheduleReconnect();
        },
      );
    }, delay);
  }
}
