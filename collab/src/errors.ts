/**
 * WebSocket close codes the service uses. 4400-4499 mirror HTTP 4xx: the stock y-websocket client
 * stops reconnecting on them, which is what we want for "no access" or "document too large".
 */
export const CloseCode = {
  /** Server shutting down; the client reconnects (to another instance). */
  GOING_AWAY: 1001,
  /** A text frame or a frame the protocol does not know. */
  UNSUPPORTED_DATA: 1003,
  /** Frame larger than `maxFrameBytes` (sent by `ws` itself). */
  MESSAGE_TOO_BIG: 1009,
  /** The document could not be loaded or stored; the client retries later. */
  INTERNAL_ERROR: 1011,
  /** Malformed document name or undecodable message. */
  BAD_REQUEST: 4400,
  /** No ticket or an invalid/expired one. */
  UNAUTHORIZED: 4401,
  /** Authenticated, but no access to this document. */
  FORBIDDEN: 4403,
  /** The update would make the document larger than `maxDocumentBytes`. */
  DOCUMENT_TOO_LARGE: 4413,
} as const;

/** Thrown by an `authenticate` hook to refuse a connection with a given close code and reason. */
export class CollabAccessError extends Error {
  constructor(
    readonly code: 4401 | 4403,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'CollabAccessError';
  }
}
