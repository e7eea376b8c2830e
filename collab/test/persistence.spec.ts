import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { advanceCursor, appendUpdate, CloseCode, documentExists, documentsBehind, loadDocumentState, loadSnapshot, lockCursor, PgDocStore, readBatches, readUpdatesSince, type DocStore } from '../src/index.js';
import { createTestDatabase, dropTestDatabase } from '../../server/test/db.js';
import { type Client, closedWith, connect, covers, docName, eventually, type Service, startService, storedDoc, synced } from './helpers.js';

let dbUrl: string;
let pool: pg.Pool;
const services: Service[] = [];
const clients: Client[] = [];

async function service(...args: Parameters<typeof startService>): Promise<Service> {
  const s = await startService(...args);
  services.push(s);
  return s;
}

function client(...args: Parameters<typeof connect>): Client {
  const c = connect(...args);
  clients.push(c);
  return c;
}

async function savedAll(c: Client): Promise<void> {
  const mine = Y.encodeStateVector(c.doc);
  await eventually(() => expect(c.saved.some((sv) => covers(sv, mine))).toBe(true));
}

async function logRows(name: string): Promise<number[]> {
  const r = await pool.query('SELECT seq FROM collab_updates WHERE doc_name = $1 ORDER BY seq', [name]);
  return r.rows.map((row) => Number(row.seq));
}

async function documentRow(name: string): Promise<{ snapshot: Buffer | null; snapshot_seq: string } | undefined> {
  return (await pool.query('SELECT snapshot, snapshot_seq FROM collab_documents WHERE name = $1', [name])).rows[0];
}

beforeAll(async () => {
  dbUrl = await createTestDatabase();
  pool = new pg.Pool({ connectionString: dbUrl, max: 5 });
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of services.splice(0)) await s.close();
});

afterAll(async () => {
  await pool?.end();
  if (dbUrl) await dropTestDatabase(dbUrl);
});

describe('group commit', () => {
  it('writes a burst of keystrokes as few rows, one per author', async () => {
    const s = await service(new PgDocStore(pool), { flushIntervalMs: 200 });
    const name = docName();
    const a = client(s.url, name);
    const b = client(s.url, name);
    await synced(a, b);
    for (let i = 0; i < 20; i++) {
      a.doc.getText('body').insert(0, 'a');
      b.doc.getText('body').insert(0, 'b');
    }
    await savedAll(a);
    await savedAll(b);
    const r = await pool.query('SELECT user_id, origin FROM collab_updates WHERE doc_name = $1', [name]);
    // 40 keystrokes in one or two windows: at most two rows per author.
    expect(r.rows.length).toBeLessThanOrEqual(4);
    expect(new Set(r.rows.map((row) => row.user_id)).size).toBe(2);
    expect(r.rows[0].origin).toBe(s.collab.stats().instanceId);
    expect((await storedDoc(pool, name)).getText('body').length).toBe(40);
  });
});

describe('group commit across documents', () => {
  it('stores the edits of many documents typed in the same window in one statement, announcing each document', async () => {
    const { PgNotifyFanout } = await import('../src/index.js');
    const fanout = new PgNotifyFanout({ pool });
    const s = await service(new PgDocStore(pool), { flushIntervalMs: 300 }, { fanout });
    const names = Array.from({ length: 12 }, () => docName());
    const heard = new Map<string, number>();
    fanout.subscribe((a) => names.includes(a.doc) && heard.set(a.doc, a.seq));
    const authorOf = new Map(names.map((name) => [name, crypto.randomUUID()]));
    const writers = names.map((name) => client(s.url, name, { userId: authorOf.get(name) }));
    await synced(...writers);
    const writesBefore = s.collab.stats().storeWrites;
    writers.forEach((c, i) => c.doc.getText('body').insert(0, `document ${i}`));
    await Promise.all(writers.map(savedAll));
    // Twelve documents, one window: one statement (two if the edits straddled a window edge).
    expect(s.collab.stats().storeWrites - writesBefore).toBeLessThanOrEqual(2);
    for (const [i, name] of names.entries()) {
      expect((await storedDoc(pool, name)).getText('body').toString()).toBe(`document ${i}`);
      const rows = await logRows(name);
      expect(rows).toHaveLength(1);
      // Each document's own announcement names its own row, so other instances read the right log.
      await eventually(() => expect(heard.get(name)).toBe(rows[0]));
    }
    const authors = await pool.query('SELECT doc_name, user_id FROM collab_updates WHERE doc_name = ANY($1)', [names]);
    expect(authors.rows).toHaveLength(names.length);
    for (const r of authors.rows) expect(r.user_id).toBe(authorOf.get(r.doc_name));
    await s.close();
    await fanout.close();
  });

  it('does not let one document that cannot be stored hold back the others of its window', async () => {
    const real = new PgDocStore(pool);
    const names = Array.from({ length: 4 }, () => docName());
    const [bad, ...good] = names;
    let refuseBad = true;
    const refuses = (n: string) => refuseBad && n === bad;
    const store: DocStore = {
      load: (n) => real.load(n),
      append: (n, ...rest) => (refuses(n) ? Promise.reject(new Error('value too long')) : real.append(n, ...rest)),
      appendMany: (batches, ...rest) => (batches.some((b) => refuses(b.docName)) ? Promise.reject(new Error('value too long')) : real.appendMany(batches, ...rest)),
      readSince: (...a) => real.readSince(...a),
      compact: (n) => real.compact(n),
    };
    const s = await service(store, { flushIntervalMs: 50 });
    const writers = names.map((name) => client(s.url, name));
    await synced(...writers);
    writers.forEach((c, i) => c.doc.getText('body').insert(0, `text ${i}`));
    await Promise.all(writers.slice(1).map(savedAll));
    for (const [i, name] of good.entries()) expect((await storedDoc(pool, name)).getText('body').toString()).toBe(`text ${i + 1}`);
    expect(await logRows(bad)).toEqual([]);
    expect(s.collab.stats().flushFailures).toBeGreaterThanOrEqual(1);
    // Kept in memory and retried: stored once the store accepts it.
    refuseBad = false;
    await savedAll(writers[0]);
    expect((await storedDoc(pool, bad)).getText('body').toString()).toBe('text 0');
  });
});

describe('compaction', () => {
  it('folds the log into the snapshot every N rows and when the last client leaves, with identical content', async () => {
    const s = await service(new PgDocStore(pool), { compactEvery: 5 });
    const name = docName();
    const a = client(s.url, name);
    await synced(a);
    for (let i = 0; i < 12; i++) {
      a.doc.getText('body').insert(a.doc.getText('body').length, `line ${i}\n`);
      a.doc.getMap('fields').set(`k${i % 3}`, i);
      await savedAll(a);
    }
    await eventually(async () => expect(Number((await documentRow(name))?.snapshot_seq)).toBeGreaterThan(0));
    expect((await logRows(name)).length).toBeLessThan(12);
    const expected = { body: a.doc.getText('body').toString(), fields: a.doc.getMap('fields').toJSON() };

    a.destroy();
    await eventually(async () => expect(await logRows(name)).toEqual([]));
    const stored = await storedDoc(pool, name);
    expect(stored.getText('body').toString()).toBe(expected.body);
    expect(stored.getMap('fields').toJSON()).toEqual(expected.fields);
    await eventually(() => expect(s.collab.documents.names()).not.toContain(name));
  });

  it('keeps log rows the projector has not applied yet', async () => {
    const store = new PgDocStore(pool);
    const name = docName('wbs');
    const seqs: number[] = [];
    for (let i = 0; i < 6; i++) {
      const d = new Y.Doc();
      d.getMap('nodes').set(`n${i}`, `task ${i}`);
      seqs.push(await appendUpdate((sql, p) => pool.query(sql, p), name, Y.encodeStateAsUpdate(d), null, 'test'));
    }
    await pool.query('INSERT INTO collab_projections (doc_name, projected_seq) VALUES ($1, $2)', [name, seqs[2]]);

    const result = await store.compact(name);
    expect(result?.snapshotSeq).toBe(seqs[5]);
    expect(await logRows(name)).toEqual(seqs.slice(3));
    // The projector still reads every row after its cursor, with its author and origin.
    const unprojected = await readUpdatesSince((sql, p) => pool.query(sql, p), name, seqs[2]);
    expect(unprojected.map((u) => [u.seq, u.origin])).toEqual(seqs.slice(3).map((seq) => [seq, 'test']));
    // Loading does not apply the kept rows twice in any visible way.
    const state = await loadDocumentState((sql, p) => pool.query(sql, p), name);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state!.update);
    expect(Object.keys(doc.getMap('nodes').toJSON()).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    expect(state!.seq).toBe(seqs[5]);

    await pool.query('UPDATE collab_projections SET projected_seq = $2 WHERE doc_name = $1', [name, seqs[5]]);
    await store.compact(name);
    expect(await logRows(name)).toEqual([]);
  });
});

describe('following a document from the outside (the consumer API)', () => {
  it('streams the log in batches from a cursor, skips rows held already, and says when compaction passed a position', async () => {
    const q = (sql: string, p: unknown[]) => pool.query(sql, p);
    const store = new PgDocStore(pool);
    const name = docName('wbs');
    expect(await documentExists(q, name)).toBe(false);
    expect(await lockCursor(q, name)).toBeNull();
    const seqs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const d = new Y.Doc();
      d.getMap('nodes').set(`n${i}`, `task ${i}`);
      seqs.push(await appendUpdate(q, name, Y.encodeStateAsUpdate(d), null, 'test'));
    }
    expect(await documentExists(q, name)).toBe(true);
    const read = async (after: number, skip: number[] = []) => {
      const batches: number[][] = [];
      for await (const b of readBatches(q, name, after, { skip, batchSize: 3 })) batches.push(b.map((u) => u.seq));
      return batches;
    };
    expect(await read(0)).toEqual([seqs.slice(0, 3), seqs.slice(3, 6), seqs.slice(6)]);
    expect((await read(seqs[1]!, [seqs[3]!, seqs[4]!])).flat()).toEqual([seqs[2], seqs[5], seqs[6]]);
    expect(await documentsBehind(q, 'project/%')).toContain(name);

    // The cursor: created at 0, locked, moved forward only, and versioned by whoever writes it.
    const created = await lockCursor(q, name);
    expect(created).toMatchObject({ seq: 0, compactedThrough: 0 });
    const client = await pool.connect();
    let version = '';
    try {
      const cq = (sql: string, p: unknown[]) => client.query(sql, p);
      await client.query('BEGIN');
      expect(await lockCursor(cq, name)).toEqual(created);
      version = await advanceCursor(cq, name, seqs[3]!);
      expect(version).not.toBe(created!.version);
      await client.query('COMMIT');
      await client.query('BEGIN');
      expect(await lockCursor(cq, name)).toEqual({ seq: seqs[3], version, compactedThrough: 0 });
      await advanceCursor(cq, name, seqs[1]!);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    // A rolled-back write leaves the version as it was: the consumer can tell its change did not commit.
    expect(await lockCursor(q, name)).toEqual({ seq: seqs[3], version, compactedThrough: 0 });

    // Compaction keeps the rows past the cursor; a consumer below `compactedThrough` starts from the snapshot.
    await store.compact(name);
    const cursor = await lockCursor(q, name);
    expect(cursor!.compactedThrough).toBe(seqs[3]);
    expect((await read(seqs[3]!)).flat()).toEqual(seqs.slice(4));
    const snapshot = await loadSnapshot(q, name);
    expect(snapshot!.seq).toBe(seqs[6]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot!.update!);
    expect(Object.keys(doc.getMap('nodes').toJSON())).toHaveLength(7);
    await advanceCursor(q, name, seqs[6]!);
    expect(await documentsBehind(q, 'project/%')).not.toContain(name);
  });
});

describe('appending while a compaction runs', () => {
  it('draws no seq until the compaction has committed, so the snapshot never passes a row still being written', async () => {
    const name = docName();
    const q = (sql: string, p: unknown[]) => pool.query(sql, p);
    await appendUpdate(q, name, Y.encodeStateAsUpdate(new Y.Doc()), null, 'test');
    const lastSeq = async () => (await pool.query('SELECT last_value FROM collab_updates_seq_seq')).rows[0].last_value;

    const compaction = await pool.connect();
    try {
      await compaction.query('BEGIN');
      await compaction.query('SELECT 1 FROM collab_documents WHERE name = $1 FOR UPDATE', [name]);
      const before = await lastSeq();
      const d = new Y.Doc();
      d.getText('body').insert(0, 'late');
      const appending = appendUpdate(q, name, Y.encodeStateAsUpdate(d), null, 'test');
      await eventually(async () => {
        const waiting = await pool.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO collab_updates%'`);
        expect(waiting.rowCount).toBe(1);
      });
      expect(await lastSeq()).toBe(before);
      await compaction.query('COMMIT');
      expect(String(await appending)).not.toBe(before);
    } finally {
      compaction.release();
    }
  });
});

describe('a failed load', () => {
  it('closes the clients with 1011 and never overwrites the stored document', async () => {
    const name = docName();
    const real = new PgDocStore(pool);
    const first = await service(real);
    const author = client(first.url, name);
    await synced(author);
    author.doc.getText('body').insert(0, 'precious');
    await savedAll(author);
    author.destroy();
    await first.close();
    const before = await documentRow(name);

    let failing = true;
    const flaky: DocStore = {
      load: (n) => (failing ? Promise.reject(new Error('database unavailable')) : real.load(n)),
      append: (...a) => real.append(...a),
      readSince: (...a) => real.readSince(...a),
      compact: (n) => real.compact(n),
    };
    const second = await service(flaky);
    const a = client(second.url, name);
    const b = client(second.url, name);
    a.doc.getText('body').insert(0, 'offline edit ');
    await closedWith(a, CloseCode.INTERNAL_ERROR);
    await closedWith(b, CloseCode.INTERNAL_ERROR);
    expect(second.collab.documents.get(name)).toBeUndefined();
    expect(await documentRow(name)).toEqual(before);

    // 1011 is transient: the stock client retries and, once storage is back, gets the real document.
    failing = false;
    await synced(a, b);
    // Both the stored text and the edit made while the document was unavailable (concurrent
    // inserts at 0: their order is Yjs's to decide).
    const merged = (t: string) => [...t].sort().join('');
    const expected = merged('offline edit precious');
    await eventually(() => expect(merged(b.doc.getText('body').toString())).toBe(expected));
    expect(b.doc.getText('body').toString()).toContain('precious');
    await savedAll(a);
    expect((await storedDoc(pool, name)).getText('body').toString()).toBe(a.doc.getText('body').toString());
  });

  it('keeps edits in memory and retries when a write fails, and says "saved" only once stored', async () => {
    const name = docName();
    const real = new PgDocStore(pool);
    let failWrites = true;
    const store: DocStore = {
      load: (n) => real.load(n),
      append: (...a) => (failWrites ? Promise.reject(new Error('disk full')) : real.append(...a)),
      readSince: (...a) => real.readSince(...a),
      compact: (n) => real.compact(n),
    };
    const s = await service(store, { flushIntervalMs: 10 });
    const a = client(s.url, name);
    await synced(a);
    a.doc.getText('body').insert(0, 'hold on');
    await eventually(() => expect(s.collab.stats().flushFailures).toBeGreaterThanOrEqual(2));
    expect(a.saved.filter((sv) => covers(sv, Y.encodeStateVector(a.doc)))).toEqual([]);
    expect(await logRows(name)).toEqual([]);
    failWrites = false;
    await savedAll(a);
    expect((await storedDoc(pool, name)).getText('body').toString()).toBe('hold on');
  });
});

describe('announcing in the writing statement', () => {
  it('announces a committed append and never a rolled-back one', async () => {
    const { ANNOUNCE_CHANNEL, PgNotifyFanout } = await import('../src/index.js');
    const listener = new PgNotifyFanout({ pool });
    await listener.start();
    const heard: { seq: number; origin: string }[] = [];
    const name = docName();
    listener.subscribe((a) => a.doc === name && heard.push({ seq: a.seq, origin: a.origin }));
    const update = (text: string) => {
      const d = new Y.Doc();
      d.getText('body').insert(0, text);
      return Y.encodeStateAsUpdate(d);
    };
    const inTransaction = async (commit: boolean) => {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const seq = await appendUpdate((sql, p) => conn.query(sql, p), name, update(commit ? 'kept' : 'dropped'), null, 'graphql', {
          notifyChannel: ANNOUNCE_CHANNEL,
        });
        await conn.query(commit ? 'COMMIT' : 'ROLLBACK');
        return seq;
      } finally {
        conn.release();
      }
    };
    try {
      const rolledBack = await inTransaction(false);
      const committed = await inTransaction(true);
      await eventually(() => expect(heard).toContainEqual({ seq: committed, origin: 'graphql' }));
      expect(heard.map((h) => h.seq)).not.toContain(rolledBack);
    } finally {
      await listener.close();
    }
  });
});

describe('updates written by the server itself', () => {
  it('reach connected clients once announced (appendUpdate inside a transaction, then publish)', async () => {
    const { PgNotifyFanout } = await import('../src/index.js');
    const fanout = new PgNotifyFanout({ pool });
    const s = await service(new PgDocStore(pool), {}, { fanout });
    const name = docName('wbs');
    const a = client(s.url, name);
    await synced(a);
    a.doc.getMap('nodes').set('t1', 'Design');
    await savedAll(a);

    const seen: number[] = [];
    fanout.subscribe((ann) => ann.doc === name && seen.push(ann.seq));

    // What a GraphQL mutation does: build an update against the stored state, append it in its transaction.
    const conn = await pool.connect();
    let seq: number;
    try {
      await conn.query('BEGIN');
      const q = (sql: string, p: unknown[]) => conn.query(sql, p);
      const current = await loadDocumentState(q, name);
      const d = new Y.Doc();
      Y.applyUpdate(d, current!.update);
      const before = Y.encodeStateVector(d);
      d.getMap('nodes').set('t2', 'Build');
      seq = await appendUpdate(q, name, Y.encodeStateAsUpdate(d, before), null, 'graphql');
      await conn.query('COMMIT');
    } finally {
      conn.release();
    }
    await fanout.publish({ doc: name, seq, origin: 'graphql' });

    await eventually(() => expect(a.doc.getMap('nodes').toJSON()).toEqual({ t1: 'Design', t2: 'Build' }));
    await eventually(() => expect(seen).toContain(seq));
    await s.close();
    await fanout.close();
  });
});
