import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, PgDocStore, signTicket } from '../src/index.js';
import { createTestDatabase, dropTestDatabase } from '../../server/test/db.js';
import { canonical, type Client, closedWith, connect, covers, docName, eventually, type Service, startService, storedDoc, synced } from './helpers.js';

let dbUrl: string;
let pool: pg.Pool;
let service: Service;
const clients: Client[] = [];

function client(...args: Parameters<typeof connect>): Client {
  const c = connect(...args);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  dbUrl = await createTestDatabase();
  pool = new pg.Pool({ connectionString: dbUrl, max: 5 });
  service = await startService(new PgDocStore(pool));
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  await service?.close();
  await pool?.end();
  if (dbUrl) await dropTestDatabase(dbUrl);
});

describe('editing together', () => {
  it('converges concurrent Y.Text and Y.Map edits of three clients, and stores the result', async () => {
    const name = docName();
    const [a, b, c] = [client(service.url, name), client(service.url, name), client(service.url, name)];
    await synced(a, b, c);

    a.doc.getText('body').insert(0, 'alpha ');
    b.doc.getText('body').insert(0, 'beta ');
    c.doc.getText('body').insert(0, 'gamma ');
    a.doc.getMap('fields').set('purpose', 'ship it');
    b.doc.getMap('fields').set('scope', 'all of it');
    c.doc.getMap('fields').set('purpose', 'ship it well');

    await eventually(() => {
      const texts = [a, b, c].map((x) => x.doc.getText('body').toString());
      expect(new Set(texts).size).toBe(1);
      expect(texts[0]).toHaveLength('alpha beta gamma '.length);
      const maps = [a, b, c].map((x) => canonical(x.doc.getMap('fields').toJSON()));
      expect(new Set(maps).size).toBe(1);
      expect(Object.keys(a.doc.getMap('fields').toJSON()).sort()).toEqual(['purpose', 'scope']);
    });
    for (const word of ['alpha', 'beta', 'gamma']) expect(a.doc.getText('body').toString()).toContain(word);

    await eventually(async () => {
      const stored = await storedDoc(pool, name);
      expect(stored.getText('body').toString()).toBe(a.doc.getText('body').toString());
      expect(canonical(stored.getMap('fields').toJSON())).toBe(canonical(a.doc.getMap('fields').toJSON()));
    });
  });

  it('shows each client the presence of the others, and withdraws it when one leaves', async () => {
    const name = docName();
    const a = client(service.url, name);
    const b = client(service.url, name);
    await synced(a, b);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    b.provider.awareness.setLocalStateField('user', { name: 'Bo' });
    await eventually(() => {
      expect(a.provider.awareness.getStates().get(b.doc.clientID)?.user).toEqual({ name: 'Bo' });
      expect(b.provider.awareness.getStates().get(a.doc.clientID)?.user).toEqual({ name: 'Ada' });
    });
    const c = client(service.url, name);
    await eventually(() => expect(c.provider.awareness.getStates().get(a.doc.clientID)?.user).toEqual({ name: 'Ada' }));

    b.provider.disconnect();
    await eventually(() => expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(false));
  });

  it('tells a client "saved" with a state vector covering its edits once they are stored', async () => {
    const name = docName();
    const a = client(service.url, name);
    await synced(a);
    a.doc.getText('body').insert(0, 'durable words');
    const mine = Y.encodeStateVector(a.doc);
    await eventually(() => expect(a.saved.some((sv) => covers(sv, mine))).toBe(true));
    // By then the edit is in the database.
    expect((await storedDoc(pool, name)).getText('body').toString()).toBe('durable words');
  });
});

describe('access', () => {
  it('closes with 4401 without a ticket, with a forged one, and with one for another document', async () => {
    const name = docName();
    const none = client(service.url, name, { ticket: null });
    expect((await closedWith(none, CloseCode.UNAUTHORIZED)).reason).toBe('ticket required');

    const forged = client(service.url, name, { ticket: signTicket('not-the-secret', { doc: name, sub: 'u', name: 'X', write: true }) });
    expect((await closedWith(forged, CloseCode.UNAUTHORIZED)).reason).toBe('invalid ticket');

    const other = client(service.url, name, { ticket: signTicket('test-secret-for-collab', { doc: docName(), sub: 'u', name: 'X', write: true }) });
    await closedWith(other, CloseCode.UNAUTHORIZED);

    const expired = client(service.url, name, {
      ticket: signTicket('test-secret-for-collab', { doc: name, sub: 'u', name: 'X', write: true, ttlSeconds: -1 }),
    });
    expect((await closedWith(expired, CloseCode.UNAUTHORIZED)).reason).toBe('ticket expired');
    // The stock client takes 44xx as final: it does not hammer the server with retries.
    expect(none.provider.shouldConnect).toBe(false);
  });

  it('closes with the code and reason the hook chose (4403)', async () => {
    const name = docName();
    const c = client(service.url, name, {
      ticket: signTicket('test-secret-for-collab', { doc: name, sub: crypto.randomUUID(), name: 'Forbidden', write: true }),
    });
    expect(await closedWith(c, CloseCode.FORBIDDEN)).toEqual({ code: 4403, reason: 'no access to this document' });
  });

  it('refuses a document name outside the allowed alphabet with 4400', async () => {
    const c = client(service.url, 'project/bad.name;drop', { ticket: 'x' });
    await closedWith(c, CloseCode.BAD_REQUEST);
  });

  it('drops a read-only client\'s edits (not applied, stored or seen) while it still receives the others\'', async () => {
    const name = docName();
    const writer = client(service.url, name);
    const viewer = client(service.url, name, { write: false });
    const other = client(service.url, name);
    await synced(writer, viewer, other);

    viewer.doc.getText('body').insert(0, 'vandalism');
    viewer.provider.awareness.setLocalStateField('user', { name: 'Viewer' });
    writer.doc.getText('body').insert(0, 'plan');

    await eventually(() => {
      expect(viewer.doc.getText('body').toString()).toContain('plan');
      expect(other.doc.getText('body').toString()).toBe('plan');
      // Presence is relayed: the others can see the viewer is there.
      expect(other.provider.awareness.getStates().get(viewer.doc.clientID)?.user).toEqual({ name: 'Viewer' });
    });
    await eventually(async () => expect((await storedDoc(pool, name)).getText('body').toString()).toBe('plan'));
    expect(writer.doc.getText('body').toString()).toBe('plan');
    expect(service.collab.stats().droppedReadOnlyUpdates).toBeGreaterThan(0);
  });
});

describe('persistence', () => {
  it('keeps an edit across a restart of the service (a new server on the same database loads it)', async () => {
    const name = docName();
    const store = new PgDocStore(pool);
    const first = await startService(store);
    const a = client(first.url, name);
    await synced(a);
    a.doc.getMap('fields').set('objective', 'go live in May');
    a.doc.getText('body').insert(0, 'kept');
    const mine = Y.encodeStateVector(a.doc);
    await eventually(() => expect(a.saved.some((sv) => covers(sv, mine))).toBe(true));
    a.destroy();
    await first.close();

    const second = await startService(store);
    try {
      const b = client(second.url, name);
      await synced(b);
      expect(b.doc.getMap('fields').get('objective')).toBe('go live in May');
      expect(b.doc.getText('body').toString()).toBe('kept');
    } finally {
      await second.close();
    }
  });
});

describe('hooks and control', () => {
  it('reports stored batches and disconnections, and closes the connections a filter selects', async () => {
    const stored: { doc: string; fromSeq: number; toSeq: number; userIds: (string | null)[] }[] = [];
    const gone: string[] = [];
    const s = await startService(new PgDocStore(pool), {}, {
      onStored: (doc, batch) => stored.push({ doc, ...batch }),
      onDisconnect: (_doc, principal) => gone.push(principal.id),
    });
    try {
      const name = docName();
      const alice = crypto.randomUUID();
      const bob = crypto.randomUUID();
      const a = client(s.url, name, { userId: alice });
      const b = client(s.url, name, { userId: bob });
      await synced(a, b);
      a.doc.getText('body').insert(0, 'hello');
      await eventually(() => expect(stored.some((x) => x.doc === name && x.userIds.includes(alice))).toBe(true));
      const batch = stored.find((x) => x.userIds.includes(alice))!;
      expect(batch.toSeq).toBeGreaterThanOrEqual(batch.fromSeq);

      // E.g. Bob was removed from the project.
      expect(s.collab.closeConnections((doc, p) => doc === name && p.userId === bob, 4403, 'access revoked')).toBe(1);
      expect(await closedWith(b, 4403)).toEqual({ code: 4403, reason: 'access revoked' });
      await eventually(() => expect(gone).toContain(bob));
      expect(a.provider.wsconnected).toBe(true);
      expect(s.collab.stats().connections).toBe(1);
    } finally {
      await s.close();
    }
  });
});
