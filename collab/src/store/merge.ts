import * as Y from 'yjs';

/**
 * Combines a snapshot and log rows into one update by replaying them into a document, which also
 * garbage-collects deleted content (Y.mergeUpdates keeps it), so snapshots stay small.
 */
export function foldUpdates(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    doc.transact(() => {
      for (const u of updates) Y.applyUpdate(doc, u);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** Cheap combination for loading (no garbage collection, no document built). */
export function mergeAll(updates: Uint8Array[]): Uint8Array | null {
  if (updates.length === 0) return null;
  if (updates.length === 1) return updates[0];
  return Y.mergeUpdates(updates);
}
