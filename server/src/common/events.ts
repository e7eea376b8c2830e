import pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { Logger } from './logger.js';

export const EVENT_CHANNEL = 'trellis_events';

/** Small, id-only events; each server instance loads what it needs once and fans out to its subscribers. */
export type DomainEvent =
  | { type: 'task'; projectId: string; action: 'CREATED' | 'UPDATED' | 'DELETED'; ids: string[] }
  | { type: 'project'; projectId: string }
  | { type: 'activity'; projectId: string; ids: string[] }
  | { type: 'board_token_revoked'; projectId: string; tokenId: string }
  | { type: 'member_removed'; projectId: string; userId: string }
  /** WBS codes or positions of other tasks changed (siblings renumbered after a create, move or delete). */
  | { type: 'outline'; projectId: string };

/** NOTIFY payloads are capped at 8000 bytes; keep well below with at most this many ids per event. */
const IDS_PER_NOTIFY = 100;

function chunks(event: DomainEvent): DomainEvent[] {
  if (!('ids' in event) || event.ids.length <= IDS_PER_NOTIFY) return [event];
  const out: DomainEvent[] = [];
  for (let i = 0; i < event.ids.length; i += IDS_PER_NOTIFY) out.push({ ...event, ids: event.ids.slice(i, i + IDS_PER_NOTIFY) });
  return out;
}

/**
 * Publishes inside the writing transaction: PostgreSQL delivers NOTIFY on commit only, to every
 * instance LISTENing on the database, and drops it on rollback.
 */
export async function publishInTransaction(manager: EntityManager, ...events: DomainEvent[]): Promise<void> {
  const payloads = events.flatMap(chunks).map((e) => JSON.stringify(e));
  if (payloads.length === 0) return;
  await manager.query(`SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n`, [
    EVENT_CHANNEL,
    payloads,
  ]);
}

/** One dedicated connection LISTENing for events; reconnects with back-off when the database goes away. */
export class EventListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private ready: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly onEvent: (event: DomainEvent) => void,
    private readonly logger: Logger,
  ) {}

  start(): Promise<void> {
    this.ready = this.connect(0);
    return this.ready;
  }

  private async connect(attempt: number): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      if (msg.channel !== EVENT_CHANNEL || !msg.payload) return;
      try {
        this.onEvent(JSON.parse(msg.payload) as DomainEvent);
      } catch (err) {
        this.logger.error('bad event payload', { err: err as Error });
      }
    });
    client.on('error', (err) => {
      this.logger.warn('event listener connection lost', { err: String(err) });
      this.scheduleReconnect(1);
    });
    client.on('end', () => this.scheduleReconnect(1));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
      this.client = client;
    } catch (err) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      if (attempt === 0) throw err;
      this.scheduleReconnect(attempt + 1);
    }
  }

  private scheduleReconnect(attempt: number): void {
    if (this.stopped || this.retry) return;
    this.client = null;
    const delay = Math.min(5000, 100 * 2 ** attempt);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.connect(attempt);
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners('end');
      c.removeAllListeners('error');
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
    }
  }
}
