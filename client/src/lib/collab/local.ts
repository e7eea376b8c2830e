import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

const PREFIX = 'trellis-collab:';
/** localStorage list of the databases this browser created, for browsers without `indexedDB.databases()`. */
const INDEX_KEY = 'trellis-collab-databases';

/** The browser database holding one person's copy of one shared document. */
export function localDatabaseName(userId: string, document: string): string {
  return `${PREFIX}${userId}:${document}`;
}

/**
 * Keeps a writer's copy of a shared document in this browser (IndexedDB): edits made offline then
 * survive closing the page and are merged the next time the document is opened with a connection.
 * Null where IndexedDB is unavailable (some private modes); the page then keeps edits only while open.
 */
export function keepLocally(userId: string, document: string, doc: Y.Doc): IndexeddbPersistence | null {
  if (typeof indexedDB === 'undefined' || !indexedDB) return null;
  const name = localDatabaseName(userId, document);
  try {
    remember(name);
    return new IndexeddbPersistence(name, doc);
  } catch {
    return null;
  }
}

/**
 * Deletes every local copy of shared documents (on signing out: whoever uses this browser next must
 * not find them). A database still open in a page is deleted once that page lets go of it.
 */
export async function forgetLocalCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return;
  const names = new Set(readIndex());
  try {
    for (const db of (await indexedDB.databases?.()) ?? []) if (db.name?.startsWith(PREFIX)) names.add(db.name);
  } catch {
    // Listing is optional; the index above names what this browser created.
  }
  await Promise.all(
    [...names].map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    ),
  );
  try {
    localStorage.removeItem(INDEX_KEY);
  } catch {
    // Storage may be unavailable; the databases are gone either way.
  }
}

function readIndex(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x.startsWith(PREFIX)) : [];
  } catch {
    return [];
  }
}

function remember(name: string): void {
  const list = readIndex();
  if (list.includes(name)) return;
  try {
    localStorage.setItem(INDEX_KEY, JSON.stringify([...list, name]));
  } catch {
    // Without the index, `indexedDB.databases()` still finds it.
  }
}
