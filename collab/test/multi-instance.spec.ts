import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PgDocStore, PgNotifyFanout, RedisFanout, type Fanout } from '../src/index.js';
import { createTestDatabase, dropTestDatabase } from '../../server/test/db.js';
import { canonical, type Client, connect, covers, docName, eventually, type Service, startService, storedDoc, synced } from './helpers.js';

/**
 * Two instances of the service on one database, a client on each: they must converge through the
 * announcements alone (the clients never talk to the same instance).
 */
let dbUrl: string;
let pool: pg.Pool;

beforeAll(async () => {
  dbUrl = await createTestDatabase();
  pool = new pg.Pool({ connectionString: dbUrl, max: 8 });
});

afterAll(async () => {
  await pool?.end();
  if (dbUrl) await dropTestDatabase(dbUrl);
});

function twoInstances(makeFanout: () => Fanout) {
  const fanouts: Fanout[] = [];
  const services: Service[] = [];
  const clients: Client[] = [];
  const start = async () => {
    for (let i = 0; i < 2; i++) {
      const fanout = makeFanout();
      fanouts.push(fanout);
      services.push(await startService(new PgDocStore(pool), {}, { fanout }));
    }
    return services;
  };
  const client = (...args: Parameters<typeof connect>) => {
    const c = connect(...args);
    clients.push(c);
    return c;
  };
  const stop = async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const s of services.splice(0)) await s.close();
    for (const f of fanouts.splice(0)) await f.close();
  };
  return { start, client, stop };
}

function convergenceTests(ctx: ReturnType<typeof twoInstances>) {
  it('converges a client on each instance (text and map, both directions)', async () => {
    const [one, two] = await ctx.start();
    const name = docName();
    const a = ctx.client(one.url, name);
    const b = ctx.client(two.url, name);
    await synced(a, b);

    a.doc.getText('body').insert(0, 'from one. ');
    b.doc.getText('body').insert(0, 'from two. ');
    a.doc.getMap('fields').set('owner', 'Ada');
    b.doc.getMap('fields').set('sponsor', 'Bo');
    for (let i = 0; i < 10; i++) {
      a.doc.getText('body').insert(a.doc.getText('body').length, 'a');
      b.doc.getText('body').insert(0, 'b');
    }

    await eventually(() => {
      expect(a.doc.getText('body').toString()).toBe(b.doc.getText('body').toString());
      expect(a.doc.getText('body').length).toBe(40);
      expect(canonical(a.doc.getMap('fields').toJSON())).toBe(canonical({ owner: 'Ada', sponsor: 'Bo' }));
      expect(canonical(b.doc.getMap('fields').toJSON())).toBe(canonical({ owner: 'Ada', sponsor: 'Bo' }));
    });
    const state = Y.encodeStateVector(a.doc);
    await eventually(() => {
      expect(a.saved.some((sv) => covers(sv, Y.encodeStateVector(a.doc)))).toBe(true);
      expect(b.saved.some((sv) => covers(sv, Y.encodeStateVector(b.doc)))).toBe(true);
    });
    expect(covers(Y.encodeStateVector(await storedDoc(pool, name)), state)).toBe(true);
  });

  it('shows each client who is on the other instance, and withdraws them when they leave', async () => {
    const [one, two] = await ctx.start();
    const name = docName();
    const a = ctx.client(one.url, name);
    const b = ctx.client(two.url, name);
    await synced(a, b);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada', cursor: 3 });
    b.provider.awareness.setLocalStateField('user', { name: 'Bo' });
    await eventually(() => {
      expect(b.provider.awareness.getStates().get(a.doc.clientID)?.user).toEqual({ name: 'Ada', cursor: 3 });
      expect(a.provider.awareness.getStates().get(b.doc.clientID)?.user).toEqual({ name: 'Bo' });
    });
    a.provider.awareness.setLocalStateField('user', { name: 'Ada', cursor: 9 });
    await eventually(() => expect(b.provider.awareness.getStates().get(a.doc.clientID)?.user).toEqual({ name: 'Ada', cursor: 9 }));
    a.provider.disconnect();
    await eventually(() => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false));
  });

  it('catches up when one instance compacted the log the other had not read yet', async () => {
    const [one, two] = await ctx.start();
    const name = docName();
    const a = ctx.client(one.url, name);
    const b = ctx.client(two.url, name);
    await synced(a, b);
    a.doc.getText('body').insert(0, 'xyz');
    await eventually(() => expect(b.doc.getText('body').toString()).toBe('xyz'));
    // Instance one folds everything into the snapshot; two still reads what follows.
    await one.collab.documents.get(name)!.flushAll();
    await new PgDocStore(pool).compact(name);
    a.doc.getText('body').insert(3, '!');
    await eventually(() => expect(b.doc.getText('body').toString()).toBe('xyz!'));
  });
}

describe('two instances through PostgreSQL NOTIFY', () => {
  const ctx = twoInstances(() => new PgNotifyFanout({ pool }));
  afterEach(() => ctx.stop());
  convergenceTests(ctx);

  it('re-reads what it missed while its LISTEN connection was down', async () => {
    const [one, two] = await ctx.start();
    const name = docName();
    const a = ctx.client(one.url, name);
    const b = ctx.client(two.url, name);
    await synced(a, b);
    // Cut every LISTEN connection (as a database restart or a network blip would), then edit at once:
    // the announcement is sent while nobody listens.
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN trellis_collab' AND datname = current_database()`);
    a.doc.getText('body').insert(0, 'said while nobody listened');
    await eventually(() => expect(b.doc.getText('body').toString()).toBe('said while nobody listened'));
  });
});

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('REDIS_URL is not set: skipping the collab fan-out tests through Redis');

describe.skipIf(!REDIS_URL)('two instances through Redis pub/sub', () => {
  // A channel of its own, so parallel runs sharing one Redis do not hear each other.
  const channel = `trellis_collab_test_${crypto.randomUUID()}`;
  const ctx = twoInstances(() => new RedisFanout({ url: REDIS_URL!, channel }));
  afterEach(() => ctx.stop());
  convergenceTests(ctx);
});
