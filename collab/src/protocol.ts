import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-websocket message types (first varuint of every frame). */
export const MessageType = {
  SYNC: 0,
  AWARENESS: 1,
  AUTH: 2,
  QUERY_AWARENESS: 3,
  /** Trellis extension: payload is the state vector of what is durably stored. */
  SAVED: 100,
} as const;

export const SyncStep = {
  STEP1: syncProtocol.messageYjsSyncStep1,
  STEP2: syncProtocol.messageYjsSyncStep2,
  UPDATE: syncProtocol.messageYjsUpdate,
} as const;

function frame(type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return frame(MessageType.SYNC, (e) => syncProtocol.writeSyncStep1(e, doc));
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return frame(MessageType.SYNC, (e) => syncProtocol.writeSyncStep2(e, doc, stateVector));
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame(MessageType.SYNC, (e) => syncProtocol.writeUpdate(e, update));
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frame(MessageType.AWARENESS, (e) => encoding.writeVarUint8Array(e, update));
}

export function encodeAwarenessStates(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
}

export function encodeSaved(stateVector: Uint8Array): Uint8Array {
  return frame(MessageType.SAVED, (e) => encoding.writeVarUint8Array(e, stateVector));
}

/** A decoded client frame. Decoding never touches the document, so a bad frame changes nothing. */
export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** Decodes one frame; throws ProtocolError for anything this service does not accept. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage;
    switch (type) {
      case MessageType.SYNC: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SyncStep.STEP1) message = { kind: 'sync-step1', stateVector: payload };
        else if (step === SyncStep.STEP2 || step === SyncStep.UPDATE) message = { kind: 'update', update: payload };
        else throw new ProtocolError(`unknown sync step ${step}`);
        break;
      }
      case MessageType.AWARENESS:
        message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
        break;
      case MessageType.QUERY_AWARENESS:
        message = { kind: 'query-awareness' };
        break;
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes');
    return message;
  } catch (err) {
    if (err instanceof ProtocolError) throw err;
    throw new ProtocolError(`undecodable frame: ${(err as Error).message}`);
  }
}
