import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Awareness fields a connection's principal cannot choose; see `Principal.presence`. */
export type FixedPresence = Readonly<Record<string, unknown>>;

/**
 * Rewrites an awareness update from one connection before it is applied: entries for awareness
 * clients the connection may not speak for are dropped, and every state it sends gets the fixed
 * fields (the name and colour the host took from the ticket) whatever the client put there.
 * Returns null when nothing is left. Throws on an undecodable update (the connection is closed).
 *
 * Wire format (y-protocols): varuint count, then per entry varuint clientID, varuint clock and
 * the state as a JSON string ("null" once the client left).
 */
export function constrainAwareness(update: Uint8Array, fixed: FixedPresence | undefined, mayControl: (clientId: number) => boolean): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: { clientId: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    let state = decoding.readVarString(decoder);
    if (!mayControl(clientId)) continue;
    if (fixed) {
      const parsed: unknown = JSON.parse(state);
      if (parsed !== null) {
        const base = typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
        state = JSON.stringify({ ...base, ...fixed });
      }
    }
    kept.push({ clientId, clock, state });
  }
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const k of kept) {
    encoding.writeVarUint(encoder, k.clientId);
    encoding.writeVarUint(encoder, k.clock);
    encoding.writeVarString(encoder, k.state);
  }
  return encoding.toUint8Array(encoder);
}
