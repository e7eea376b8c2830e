import { Redis } from 'ioredis';
import pg from 'pg';
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import type { Logger } from './logger.js';
import { changeScope } from './changes.js';

export const EVENT_CHANNEL = 'trellis_events';

/**
 * What every event says besides its own fields: the project's change number of the write (filled in
 * by publishInTransaction) and who made it (null: the system).
 */
export interface EventStamp {
  change?: number;
  actorId?: string | null;
}

/** Small, id-only events; each server instance loads what it needs once and fans out to its subscribers. */
export type DomainEvent = EventStamp &
  (
  | { type: 'task'; projectId: string; action: 'CREATED' | 'UPDATED' | 'DELETED'; ids: string[] }
  | { type: 'project'; projectId: string }
  | { type: 'activity'; projectId: string; ids: string[] }
  | { type: 'board_token_revoked'; projectId: string; tokenId: string }
  | { type: 'member_removed'; projectId: string; userId: string }
  /** A session was signed out or a personal access token revoked: sockets it opened end (hash as stored). */
  | { type: 'credential_revoked'; tokenHash: string }
  /** WBS codes or positions of other tasks changed (siblings renumbered after a create, move or delete). */
  | { type: 'outline'; projectId: string }
  /** A part of the plan changed, whether or not the schedule moved (links, baselines, costs...). */
  | { type: 'plan'; projectId: string; part: string }
  /** Rows of a project's register changed (change requests, decisions); `register` names which. */
  | { type: 'register'; register: string; projectId: string; action: 'CREATED' | 'UPDATED' | 'DELETED'; ids: string[] }
  /** The stakeholder register, the communication plan or the RACI changed (modules/stakeholder's RegisterDetail). */
  | { type: 'stakeholder'; projectId: string; detail: { part: 'stakeholder' | 'communication' | 'raci' } & Record<string, unknown> }
  /** Risks raised, changed or deleted (archived). */
  | { type: 'risk'; projectId: string; action: 'CREATED' | 'UPDATED' | 'DELETED'; ids: string[] }
  /** Issues logged, changed or deleted (archived). */
  | { type: 'issue'; projectId: string; action: 'CREATED' | 'UPDATED' | 'DELETED'; ids: string[] }
  /** What a wall screen shows changed (its token's choices): walls refresh with their board. */
  | { type: 'wall'; projectId: string }
  /** A status report was published (frozen); delivery to its audience listens to this. */
  | { type: 'report_published'; projectId: string; reportId: string }
  );

/** NOTIFY payloads are capped at 8000 bytes; keep well below with at most this many ids per event. */
const IDS_PER_NOTIFY = 100;

function chunks(event: DomainEvent): DomainEvent[] {
  if (!('ids' in event) || event.ids.length <= IDS_PER_NOTIFY) return [event];
  const out: DomainEvent[] = [];
  for (let i = 0; i < event.ids.length; i += IDS_PER_NOTIFY) out.push({ ...event, ids: event.ids.slice(i, i + IDS_PER_NOTIFY) });
  return out;
}

/**
 * Publishes from the writing transaction. By default with NOTIFY: PostgreSQL delivers it on commit
 * only, to every instance LISTENing on the database, and drops it on rollback. With Redis the events
 * are held by the transaction and published after its commit, so the guarantee is the same.
 */
export async function publishInTransaction(manager: EntityManager, ...events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const scope = changeScope();
  for (const e of events) {
    // Project events are numbered in their project; the others (a revoked credential) are not a project's change.
    if ('projectId' in e) e.change = await changeNumber(manager, e.projectId);
    if (e.actorId === undefined) e.actorId = scope?.actorId ?? null;
  }
  const payloads = events.flatMap(chunks).map((e) => JSON.stringify(e));
  if (payloads.length === 0) return;
  // Events travel through Redis instead of NOTIFY when a RedisEvents transport is one of the data
  // source's subscribers (it joins them when it starts, for its commit and rollback hooks).
  const outbox = manager.connection.subscribers.find((s): s is RedisEvents => s instanceof RedisEvents);
  if (outbox) return outbox.hold(manager, payloads);
  await manager.query(`SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n`, [
    EVENT_CHANNEL,
    payloads,
  ]);
}

/** Change numbers taken per transaction (keyed by its query runner): one number per project and transaction. */
const numbersOfTransaction = new WeakMap<object, Map<string, number>>();

/**
 * The project's next change number, taken once per transaction. The counter row stays locked
 * until the transaction ends, so the numbers of one project follow commit order: a reader that
 * saw number N has seen every write numbered N or below.
 */
async function changeNumber(manager: EntityManager, projectId: string): Promise<number> {
  const key = manager.queryRunner ?? manager;
  let taken = numbersOfTransaction.get(key);
  if (!taken) numbersOfTransaction.set(key, (taken = new Map()));
  let n = taken.get(projectId);
  if (n === undefined) {
    const [row] = (await manager.query(
      `INSERT INTO project_changes (project_id, change) VALUES ($1, 1)
       ON CONFLICT (project_id) DO UPDATE SET change = project_changes.change + 1 RETURNING change`,
      [projectId],
    )) as { change: string }[];
    n = Number(row!.change);
    taken.set(projectId, n);
  }
  changeScope()?.numbers.set(projectId, n);
  return n;
}

export interface EventTransport {
  start(): Promise<void>;
  stop(): Promise<void>;
}

const HELD = 'trellisEvents';

/**
 * Events through Redis pub/sub (REDIS_URL): a TypeORM subscriber publishes what a transaction held
 * once it has committed and forgets it on rollback; a subscriber connection relays what arrives.
 * The channel is named after the database, so deployments sharing a Redis stay apart.
 */
export class RedisEvents implements EventTransport, EntitySubscriberInterface {
  private readonly pub: Redis;
  private readonly sub: Redis;
  readonly channel: string;

  constructor(
    redisUrl: string,
    private readonly ds: DataSource,
    databaseUrl: string,
    private readonly onEvent: (event: DomainEvent) => void,
    private readonly logger: Logger,
  ) {
    const options = { lazyConnect: true, maxRetriesPerRequest: null };
    this.pub = new Redis(redisUrl, options);
    this.sub = new Redis(redisUrl, options);
    for (const c of [this.pub, this.sub]) c.on('error', (err) => this.logger.warn('redis connection problem', { err: String(err) }));
    this.channel = `trellis:${new URL(databaseUrl).pathname.slice(1) || 'default'}:events`;
  }

  async start(): Promise<void> {
    await Promise.all([this.pub.connect(), this.sub.connect()]);
    this.sub.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        this.onEvent(JSON.parse(message) as DomainEvent);
      } catch (err) {
        this.logger.error('bad event payload', { err: err as Error });
      }
    });
    await this.sub.subscribe(this.channel);
    this.ds.subscribers.push(this);
  }

  async hold(manager: EntityManager, payloads: string[]): Promise<void> {
    const qr = manager.queryRunner;
    if (qr?.isTransactionActive) {
      ((qr.data[HELD] as string[] | undefined) ?? (qr.data[HELD] = [])).push(...payloads);
      return;
    }
    for (const p of payloads) await this.pub.publish(this.channel, p);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const held = event.queryRunner.data[HELD] as string[] | undefined;
    if (!held?.length) return;
    delete event.queryRunner.data[HELD];
    const batch = this.pub.pipeline();
    for (const p of held) batch.publish(this.channel, p);
    await batch.exec();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    delete event.queryRunner.data[HELD];
  }

  async stop(): Promise<void> {
    const i = this.ds.subscribers.indexOf(this);
    if (i >= 0) this.ds.subscribers.splice(i, 1);
    await Promise.all([this.sub.quit().catch(() => undefined), this.pub.quit().catch(() => undefined)]);
  }
}

/** One dedicated connection LISTENing for events; reconnects with back-off when the database goes away. */
export class EventListener implements EventTransport {
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
