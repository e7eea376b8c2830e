import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryDocStore, signTicket, verifyTicket } from '../src/index.js';
import { type Client, connect, docName, eventually, SECRET, type Service, startService, synced } from './helpers.js';

let service: Service;
const clients: Client[] = [];

/** The host's identity travels in the ticket; the authenticate hook hands it to the service. */
function open(name: string, who: { id: string; name: string; color: string }, opts: { write?: boolean; doc?: Y.Doc } = {}): Client {
  const ticket = signTicket(SECRET, { doc: name, sub: who.id, uid: who.id, name: who.name, write: opts.write ?? true, presence: { user: who } });
  const c = connect(service.url, name, { ticket, doc: opts.doc });
  clients.push(c);
  return c;
}

const ada = { id: 'user-ada', name: 'Ada Lovelace', color: '#2456d6' };
const bo = { id: 'user-bo', name: 'Bo Viewer', color: '#c0262d' };
const cy = { id: 'user-cy', name: 'Cy Watcher', color: '#1d7f47' };

beforeAll(async () => {
  service = await startService(new MemoryDocStore(), {}, {
    authenticate: async (_req, doc, params) => {
      const t = verifyTicket(SECRET, params.get('ticket'), doc);
      return { id: t.sub, userId: t.uid, name: t.name, canWrite: t.write, presence: t.presence };
    },
  });
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  await service?.close();
});

describe('presence is the ticket\'s person', () => {
  it('a read-only client claiming another name and colour is shown with its own; its other fields pass', async () => {
    const name = docName('wbs');
    const viewer = open(name, bo, { write: false });
    const other = open(name, cy);
    await synced(viewer, other);
    viewer.provider.awareness.setLocalStateField('user', { id: ada.id, name: 'The Administrator', color: '#000000' });
    viewer.provider.awareness.setLocalStateField('focus', { taskId: 't-1' });
    await eventually(() => {
      const seen = other.provider.awareness.getStates().get(viewer.doc.clientID);
      expect(seen?.focus).toEqual({ taskId: 't-1' });
      expect(seen?.user).toEqual(bo);
    });
    // A state that is not even an object still shows who it is.
    const raw = viewer.provider.awareness;
    raw.setLocalState('just a string' as never);
    await eventually(() => expect(other.provider.awareness.getStates().get(viewer.doc.clientID)).toEqual({ user: bo }));
  });

  it('a client cannot speak for another person\'s awareness client (replace or remove it)', async () => {
    const name = docName('charter');
    const victim = open(name, ada);
    const watcher = open(name, cy);
    await synced(victim, watcher);
    victim.provider.awareness.setLocalStateField('cursor', 3);
    await eventually(() => expect(watcher.provider.awareness.getStates().get(victim.doc.clientID)?.cursor).toBe(3));
    // A second document with the victim's client id: what it announces is that id's presence.
    const forged = new Y.Doc();
    forged.clientID = victim.doc.clientID;
    const intruder = open(name, bo, { doc: forged });
    await synced(intruder);
    for (let i = 0; i < 5; i++) intruder.provider.awareness.setLocalStateField('cursor', 100 + i);
    intruder.provider.awareness.setLocalState(null);
    // The watcher asks the server for everyone's presence again: the victim is still there, unchanged.
    const fresh = open(name, cy);
    await synced(fresh);
    await eventually(() => expect(fresh.provider.awareness.getStates().get(victim.doc.clientID)).toEqual({ user: ada, cursor: 3 }));
    expect(watcher.provider.awareness.getStates().get(victim.doc.clientID)).toEqual({ user: ada, cursor: 3 });
  });
});
