/**
 * "Saved" for a shared document: the server reports, as a Yjs state vector, what it has durably
 * stored. The local document is saved when every client's clock in its own state vector is covered
 * by the stored one, i.e. nothing this browser holds (its own edits or others') is missing there.
 */
export type StateVector = Map<number, number>;

export function isCovered(local: StateVector, stored: StateVector): boolean {
  for (const [client, clock] of local) {
    if (clock > (stored.get(client) ?? 0)) return false;
  }
  return true;
}

/** The per-client maximum of two state vectors (stored state only grows). */
export function mergeStateVectors(a: StateVector, b: StateVector): StateVector {
  const out = new Map(a);
  for (const [client, clock] of b) if (clock > (out.get(client) ?? 0)) out.set(client, clock);
  return out;
}

export type SaveState = 'saved' | 'saving' | 'offline';

export const SAVE_LABEL: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Offline — changes kept on this device and merged when you reconnect',
};
