import { Redis } from 'ioredis';
import { silentLogger, type CollabLogger } from '../logger.js';
import { ANNOUNCE_CHANNEL, decodeAnnouncement, encodeAnnouncement, ListenerSet, type Announcement, type AnnouncementListener, type Fanout } from './fanout.js';

export interface RedisFanoutOptions {
  url: string;
  /** Default `trellis_collab`; give instances that share a Redis but not a database different channels. */
  channel?: string;
  logger?: CollabLogger;
}

/** Announcements through Redis pub/sub (one connection publishes, a second one subscribes). */
export class RedisFanout implements Fanout {
  private readonly listeners = new ListenerSet();
  private readonly logger: CollabLogger;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private starting: Promise<void> | null = null;
  private ready = false;
  private readonly channel: string;

  constructor(options: RedisFanoutOptions) {
    this.channel = options.channel ?? ANNOUNCE_CHANNEL;
    this.logger = options.logger ?? silentLogger;
    this.pub = new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    this.sub = new Redis(options.url, { lazyConnect: true });
    this.pub.on('error', (err) => this.logger.warn('collab: redis publisher error', { err }));
    this.sub.on('error', (err) => this.logger.warn('collab: redis subscriber error', { err }));
    this.sub.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.onMessage(message);
    });
    // ioredis re-subscribes by itself after a reconnect; messages published meanwhile are lost.
    this.sub.on('ready', () => {
      if (this.ready) this.listeners.gap((err) => this.logger.error('collab: gap handler failed', { err }));
    });
  }

  start(): Promise<void> {
    this.starting ??= (async () => {
      await Promise.all([this.pub.connect(), this.sub.connect()]);
      await this.sub.subscribe(this.channel);
      this.ready = true;
    })();
    return this.starting;
  }

  async publish(a: Announcement): Promise<void> {
    await this.pub.publish(this.channel, encodeAnnouncement(a));
  }

  subscribe(listener: AnnouncementListener, onGap?: () => void): () => void {
    return this.listeners.add(listener, onGap);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.sub.quit(), this.pub.quit()]);
  }

  private onMessage(message: string): void {
    const a = decodeAnnouncement(message);
    if (!a) {
      this.logger.warn('collab: ignored a malformed announcement', { message });
      return;
    }
    this.listeners.deliver(a, (err) => this.logger.error('collab: announcement listener failed', { err }));
  }
}
