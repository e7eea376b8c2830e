import type { Redis } from 'ioredis';
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

export interface RedisFanoutOptions {
  url: string;
  /** Default `trellis_collab`; give instances that share a Redis but not a database different channels. */
  channel?: string;
  logger?: CollabLogger;
}

/**
 * Announcements through Redis pub/sub (one connection publishes, a second one subscribes).
 * ioredis is loaded on `start()`, so deployments without Redis never load it.
 */
export class RedisFanout implements Fanout {
  private readonly listeners = new ListenerSet();
  private readonly logger: CollabLogger;
  private readonly channel: string;
  private pub: Redis | null = null;
  private sub: Redis | null = null;
  private starting: Promise<void> | null = null;
  private ready = false;

  constructor(private readonly options: RedisFanoutOptions) {
    this.channel = options.channel ?? ANNOUNCE_CHANNEL;
    this.logger = options.logger ?? silentLogger;
  }

  start(): Promise<void> {
    this.starting ??= this.connect();
    return this.starting;
  }

  async publish(a: Announcement): Promise<void> {
    await this.start();
    await this.pub!.publish(this.channel, encodeAnnouncement(a));
  }

  subscribe(listener: AnnouncementListener, onGap?: () => void): () => void {
    return this.listeners.add(listener, onGap);
  }

  async publishPresence(p: Presence): Promise<void> {
    const payload = encodePresence(p);
    if (payload.length > MAX_PRESENCE_PAYLOAD) return;
    await this.start();
    await this.pub!.publish(this.channel, payload);
  }

  subscribePresence(listener: PresenceListener): () => void {
    return this.listeners.addPresence(listener);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.sub?.quit(), this.pub?.quit()]);
  }

  private async connect(): Promise<void> {
    const { Redis } = await import('ioredis');
    const pub = new Redis(this.options.url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const sub = new Redis(this.options.url, { lazyConnect: true });
    this.pub = pub;
    this.sub = sub;
    pub.on('error', (err) => this.logger.warn('collab: redis publisher error', { err }));
    sub.on('error', (err) => this.logger.warn('collab: redis subscriber error', { err }));
    sub.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.onMessage(message);
    });
    // ioredis re-subscribes by itself after a reconnect; messages published meanwhile are lost.
    sub.on('ready', () => {
      if (this.ready) this.listeners.gap((err) => this.logger.error('collab: gap handler failed', { err }));
    });
    await Promise.all([pub.connect(), sub.connect()]);
    await sub.subscribe(this.channel);
    this.ready = true;
  }

  private onMessage(payload: string): void {
    const message = decodeFanoutMessage(payload);
    if (!message) {
      this.logger.warn('collab: ignored a malformed fan-out message', { payload });
      return;
    }
    this.listeners.dispatch(message, (err) => this.logger.error('collab: fan-out listener failed', { err }));
  }
}
