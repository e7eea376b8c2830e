/**
 * @trellis/collab: the Yjs document service. Speaks the y-websocket protocol (the stock
 * `WebsocketProvider` is the client), keeps each document as an append-only update log plus a
 * snapshot in PostgreSQL, and lets several instances serve one document. It knows nothing about
 * what documents mean: the host decides who may open which through `authenticate`.
 *
 *   const pool = new pg.Pool({ connectionString });
 *   const fanout = createFanout({ pool, redisUrl: process.env.REDIS_URL });
 *   const collab = createCollabServer({}, {
 *     store: new PgDocStore(pool),
 *     fanout,
 *     authenticate: async (req, docName, params) => {
 *       const t = verifyTicket(secret, params.get('ticket'), docName); // throws CollabAccessError(4401)
 *       return { id: t.sub, userId: t.uid, name: t.name, canWrite: t.write, presence: t.presence };
 *     },
 *   });
 *   httpServer.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head) || socket.destroy());
 *
 * Clients connect to `ws://host/collab/<docName>?ticket=...`. Close codes: see `CloseCode`.
 * Message type 100 ("saved") carries the state vector of what is durably stored.
 * `collab.close()` stores everything and closes the sockets; the pool and fan-out are the host's.
 *
 * A host that follows the stored documents (a projector onto its own tables) does so through
 * `documentExists`, `loadSnapshot`, `readBatches` (the log as a stream of batches), `lockCursor` and
 * `advanceCursor` (a consumer cursor that compaction respects), `documentsBehind`, and writes with
 * `appendUpdate`, inside its own transaction; it never needs the tables.
 */
export { createCollabServer, type CollabServer, type CollabStats } from './server.js';
export { DocumentManager } from './document-manager.js';
export { CollabDocument } from './document.js';
export { CloseCode, CollabAccessError } from './errors.js';
export { signTicket, verifyTicket, type TicketClaims, type TicketInput } from './ticket.js';
export { silentLogger, type CollabLogger } from './logger.js';
export { MessageType } from './protocol.js';
export type { Principal, StoredBatch, CollabServerConfig, CollabServerDeps } from './types.js';
export { DOC_NAME_PATTERN } from './types.js';
export type { DocStore, StoredDocument, PendingUpdate, AppendResult, AppendOptions, CatchUp, DocumentBatch, CompactionResult } from './store/doc-store.js';
export { PgDocStore, appendUpdate, appendUpdates, appendToDocuments, loadDocumentState, readUpdatesSince, type Query, type LoggedUpdate } from './store/pg-doc-store.js';
export { MemoryDocStore } from './store/memory-doc-store.js';
export { documentExists, loadSnapshot, readBatches, lockCursor, advanceCursor, documentsBehind, type ConsumerCursor, type ReadBatchesOptions } from './store/consumer.js';
export { ANNOUNCE_CHANNEL, InProcessFanout, type Announcement, type AnnouncementListener, type Fanout, type Presence, type PresenceListener } from './fanout/fanout.js';
export { PgNotifyFanout, type PgNotifyFanoutOptions } from './fanout/pg-notify-fanout.js';
export { RedisFanout, type RedisFanoutOptions } from './fanout/redis-fanout.js';
export { createFanout } from './fanout/create-fanout.js';
