import type { RawData, WebSocket } from 'ws';
import type { CollabDocument, DocumentPeer } from './document.js';
import { CloseCode } from './errors.js';
import type { CollabLogger } from './logger.js';
import { decodeClientMessage, encodeSyncStep1, encodeSyncStep2, ProtocolError, type ClientMessage } from './protocol.js';
import type { Principal } from './types.js';

/** Counters shared by all connections of a server, reported by `stats()`. */
export interface ConnectionCounters {
  droppedReadOnlyUpdates: number;
  malformedFrames: number;
  refusedTooLarge: number;
  pingTimeouts: number;
  slowClients: number;
}

export interface ConnectionContext {
  logger: CollabLogger;
  counters: ConnectionCounters;
  /** Outgoing bytes a client may leave unread before it is dropped (a stalled client must not grow memory forever). */
  maxBufferedBytes: number;
}

export function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** One WebSocket client of one document, after it has been authenticated and the document loaded. */
export class CollabConnection implements DocumentPeer {
  /** Cleared on every ping, set by the pong (or any frame); still clear at the next ping: dead. */
  alive = true;

  constructor(
    readonly ws: WebSocket,
    readonly principal: Principal,
    readonly document: CollabDocument,
    private readonly ctx: ConnectionContext,
  ) {}

  get docName(): string {
    return this.document.name;
  }

  /** Starts the sync handshake: our state vector (the client answers with what we miss), and who is here. */
  greet(): void {
    this.send(encodeSyncStep1(this.document.ydoc));
    const presence = this.document.awarenessFrame();
    if (presence) this.send(presence);
    const saved = this.document.savedFrame();
    if (saved) this.send(saved);
  }

  send(frame: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.ctx.maxBufferedBytes) {
      this.ctx.counters.slowClients++;
      this.ctx.logger.warn('collab: dropping a client that does not read', { doc: this.docName, principal: this.principal.id });
      this.ws.terminate();
      return;
    }
    // No per-frame callback: a failed write surfaces as the socket's 'error' and 'close'.
    this.ws.send(frame);
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason);
  }

  /** Handles one frame. Anything wrong with it closes this connection only. */
  handleFrame(data: RawData, isBinary: boolean): void {
    this.alive = true;
    if (!isBinary) {
      this.refuse(CloseCode.UNSUPPORTED_DATA, 'binary frames only');
      return;
    }
    try {
      this.handleMessage(decodeClientMessage(toBytes(data)));
    } catch (err) {
      // ProtocolError: the frame; anything else: Yjs refusing the update or state vector inside it.
      this.refuse(CloseCode.BAD_REQUEST, 'malformed message', err instanceof ProtocolError ? err.message : String(err));
    }
  }

  private handleMessage(message: ClientMessage): void {
    switch (message.kind) {
      case 'sync-step1':
        this.send(encodeSyncStep2(this.document.ydoc, message.stateVector));
        return;
      case 'update':
        this.handleUpdate(message.update);
        return;
      case 'awareness':
        this.document.applyAwareness(this, message.update);
        return;
      case 'query-awareness': {
        const presence = this.document.awarenessFrame();
        if (presence) this.send(presence);
        return;
      }
    }
  }

  private handleUpdate(update: Uint8Array): void {
    if (!this.principal.canWrite) {
      // Read-only: never applied, stored or broadcast. The client keeps its local change; it is
      // not told, as the stock client has no way to show it.
      this.ctx.counters.droppedReadOnlyUpdates++;
      return;
    }
    if (this.document.applyPeerUpdate(this, update) === 'too-large') {
      this.ctx.counters.refusedTooLarge++;
      this.ctx.logger.warn('collab: refused an update that would exceed the document size limit', {
        doc: this.docName,
        principal: this.principal.id,
        bytes: update.byteLength,
      });
      this.close(CloseCode.DOCUMENT_TOO_LARGE, 'document too large');
    }
  }

  private refuse(code: number, reason: string, detail?: string): void {
    this.ctx.counters.malformedFrames++;
    this.ctx.logger.warn('collab: closing a connection that sent a bad frame', { doc: this.docName, principal: this.principal.id, reason, detail });
    this.close(code, reason);
  }
}
