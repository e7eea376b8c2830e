import type pg from 'pg';
import type { CollabLogger } from '../logger.js';
import type { Fanout } from './fanout.js';
import { PgNotifyFanout } from './pg-notify-fanout.js';
import { RedisFanout } from './redis-fanout.js';

/** Redis pub/sub when a Redis URL is configured (REDIS_URL), else PostgreSQL LISTEN/NOTIFY. */
export function createFanout(options: { pool: pg.Pool; redisUrl?: string | null; redisChannel?: string; logger?: CollabLogger }): Fanout {
  if (options.redisUrl) return new RedisFanout({ url: options.redisUrl, channel: options.redisChannel, logger: options.logger });
  return new PgNotifyFanout({ pool: options.pool, logger: options.logger });
}
