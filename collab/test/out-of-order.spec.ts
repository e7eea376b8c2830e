import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { InProcessFanout, type CatchUp, type DocStore, type StoredDocument } from '../src/index.js';
import { type Client, connect, docName, eventually, type Service, startService, synced } from './helpers.js';

/**
 * Two other writers append to a document at once: the row with the smaller seq commits last, so it
 * becomes visible (and is announced) after a larger one the instance has already read. It must
 * still reach the clients.
 */
class ControlledStore implements DocStore {
  rows: { seq: number; update: Uint8Array; visible: boolean }[] = [];

  async load(): Promise<StoredDocument> {
    return { update: null, seq: 0, rowsSinceSnapshot: 0 };
  }

  async append(): Promise<{ fromSeq: number; toSeq: number }> {
    throw new Error('not used: the clients of this test only read');
  }

  async readSince(_doc: string, seq: number): Promise<CatchUp> {
    const rows = this.rows.filter((r) => r.visible && r.seq > seq);
    return { updates: rows.map((r) => r.update), seq: Math.max(seq, ...rows.map((r) => r.seq)) };
  }

  async compact() {
    return null;
  }
}

function edit(key: string, value: string): Uint8Array {
  const d = new Y.Doc();
  d.getMap('fields').set(key, value);
  return Y.encodeStateAsUpdate(d);
}

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

it('applies a row that becomes visible after a later one was already read', async () => {
  const store = new ControlledStore();
  const fanout = new InProcessFanout();
  const service: Service = await startService(store, {}, { fanout });
  cleanup.push(() => service.close());
  const name = docName();
  const reader: Client = connect(service.url, name, { write: false });
  cleanup.push(() => reader.destroy());
  await synced(reader);

  store.rows.push({ seq: 5, update: edit('first', 'slow writer'), visible: false });
  store.rows.push({ seq: 6, update: edit('second', 'fast writer'), visible: true });
  await fanout.publish({ doc: name, seq: 6, origin: 'writer-b' });
  await eventually(() => expect(reader.doc.getMap('fields').get('second')).toBe('fast writer'));

  store.rows[0].visible = true;
  await fanout.publish({ doc: name, seq: 5, origin: 'writer-a' });
  await eventually(() => expect(reader.doc.getMap('fields').toJSON()).toEqual({ first: 'slow writer', second: 'fast writer' }));
});
