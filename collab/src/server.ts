import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CollabConnection, type ConnectionCounters } from './connection.js';
import { DocumentManager } from './document-manager.js';
import type { CollabDocument, StoreCounters } from './document.js';
import { CloseCode, CollabAccessError } from './errors.js';
import { InProcessFanout, type Fanout } from './fanout/fanout.js';
import { GroupCommitter } from './group-commit.js';
import { silentLogger } from './logger.js';
import { DEFAULT_CONFIG, DOC_NAME_PATTERN, type CollabServerConfig, type CollabServerDeps, type Principal, type ResolvedConfig } from './types.js';

/**
 * Frames a client may send before its connection is admitted (the stock client sends two, more if
 * someone types while the document loads), and their total size in frames of the largest size.
 */
const MAX_EARLY_FRAMES = 256;
/** How long `close()` waits for clients to answer the closing handshake before cutting them. */
const CLOSE_GRACE_MS = 1_000;
const MAX_EARLY_FRAME_BUDGET = 4;

/** Frames received between the upgrade and the admission, replayed once admitted. */
interface EarlyFrames {
  frames: { data: RawData; isBinary: boolean }[];
  stop(): void;
}

export interface CollabStats {
  instanceId: string;
  documents: number;
  connections: number;
  /** Client updates waiting for the next group commit, over all documents. */
  pendingUpdates: number;
  /** Totals since start. */
  flushes: number;
  flushFailures: number;
  /** Statements that wrote updates: one per group-commit window stores many documents. */
  storeWrites: number;
  storedRows: number;
  compactions: number;
  refusedConnections: Record<string, number>;
  droppedReadOnlyUpdates: number;
  malformedFrames: number;
  refusedTooLarge: number;
  pingTimeouts: number;
  slowClients: number;
}

export interface CollabServer {
  /** Takes over an HTTP upgrade under the configured path; returns false (touching nothing) for other paths. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  readonly wss: WebSocketServer;
  readonly documents: DocumentManager;
  /** Closes the connections the filter selects (e.g. a member removed from a project: 4403). */
  closeConnections(filter: (docName: string, principal: Principal) => boolean, code: number, reason: string): number;
  stats(): CollabStats;
  /** Resolves once the fan-out is listening (announcements from other instances arrive). */
  readonly ready: Promise<void>;
  /** Closes every socket (1001), stores every document, stops timers. The store and fan-out are the caller's to close. */
  close(): Promise<void>;
}

/**
 * The Yjs document service: y-websocket protocol over `ws`, group-committed persistence through a
 * DocStore, announcements between instances through a Fanout. Knows nothing about what the
 * documents mean; `deps.authenticate` decides who may read and write each one.
 */
export function createCollabServer(config: CollabServerConfig, deps: CollabServerDeps): CollabServer {
  const cfg: ResolvedConfig = { ...DEFAULT_CONFIG, instanceId: randomUUID(), ...stripUndefined(config) };
  validate(cfg);
  const logger = deps.logger ?? silentLogger;
  const fanout: Fanout = deps.fanout ?? new InProcessFanout();
  const prefix = cfg.path.replace(/\/+$/, '') + '/';
  const counters: ConnectionCounters = { droppedReadOnlyUpdates: 0, malformedFrames: 0, refusedTooLarge: 0, pingTimeouts: 0, slowClients: 0 };
  const refused: Record<string, number> = {};
  const connections = new Set<CollabConnection>();
  const storeCounters: StoreCounters = { storedRows: 0, flushes: 0, flushFailures: 0, compactions: 0 };
  let closing = false;

  const wss = new WebSocketServer({ noServer: true, maxPayload: cfg.maxFrameBytes, perMessageDeflate: false });
  const committer = new GroupCommitter({
    store: deps.store,
    origin: cfg.instanceId,
    notifyChannel: fanout.notifyChannel,
    intervalMs: cfg.flushIntervalMs,
    logger,
  });
  const documents = new DocumentManager(
    {
      store: deps.store,
      committer,
      fanout,
      logger,
      instanceId: cfg.instanceId,
      flushIntervalMs: cfg.flushIntervalMs,
      compactEvery: cfg.compactEvery,
      maxDocumentBytes: cfg.maxDocumentBytes,
      savedIntervalMs: cfg.savedIntervalMs,
      counters: storeCounters,
      onStored: deps.onStored,
    },
    { unloadDelayMs: cfg.unloadDelayMs, logger, onLoad: deps.onLoad },
  );
  const connectionContext = { logger, counters, maxBufferedBytes: cfg.maxDocumentBytes + 4 * cfg.maxFrameBytes };

  const unsubscribe = fanout.subscribe(
    (a) => documents.receive(a),
    () => documents.resyncAll(),
  );
  const unsubscribePresence = fanout.subscribePresence?.((p) => documents.receivePresence(p)) ?? (() => {});
  const ready = fanout.start().catch((err) => {
    logger.error('collab: fan-out could not start; other instances will not be heard', { err });
  });

  const pingTimer = setInterval(() => {
    for (const conn of connections) {
      if (!conn.alive) {
        counters.pingTimeouts++;
        logger.info('collab: dropping a connection that stopped answering pings', { doc: conn.docName, principal: conn.principal.id });
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      conn.ws.ping();
    }
  }, cfg.pingIntervalMs);
  pingTimer.unref();

  function refuse(ws: WebSocket, code: number, reason: string): void {
    refused[code] = (refused[code] ?? 0) + 1;
    if (ws.readyState === ws.OPEN) ws.close(code, reason);
  }

  async function authenticate(req: IncomingMessage, docName: string, params: URLSearchParams): Promise<Principal | { code: number; reason: string }> {
    try {
      return await deps.authenticate(req, docName, params);
    } catch (err) {
      if (err instanceof CollabAccessError) return { code: err.code, reason: err.reason };
      logger.error('collab: authenticate hook failed', { doc: docName, err });
      return { code: CloseCode.INTERNAL_ERROR, reason: 'authentication unavailable' };
    }
  }

  /** Authenticates, loads the document, then attaches; frames received meanwhile are replayed. */
  async function admit(ws: WebSocket, req: IncomingMessage, docName: string, params: URLSearchParams, early: EarlyFrames) {
    if (!DOC_NAME_PATTERN.test(docName)) return refuse(ws, CloseCode.BAD_REQUEST, 'invalid document name');
    const deadline = Date.now() + cfg.admissionTimeoutMs;
    const principal = await beforeDeadline(authenticate(req, docName, params), deadline);
    if (principal === TIMED_OUT) return refuse(ws, CloseCode.INTERNAL_ERROR, 'authentication timed out');
    if ('code' in principal) return refuse(ws, principal.code, principal.reason);
    if (ws.readyState !== ws.OPEN) return;
    if (closing) return refuse(ws, CloseCode.GOING_AWAY, 'server shutting down');

    const acquiring = documents.acquire(docName);
    let doc: CollabDocument | typeof TIMED_OUT;
    try {
      doc = await beforeDeadline(acquiring, deadline);
    } catch {
      return refuse(ws, CloseCode.INTERNAL_ERROR, 'document could not be loaded');
    }
    if (doc === TIMED_OUT) {
      // The load goes on for the next client; this one's reservation is given back when it ends.
      acquiring.then((d) => documents.release(d), () => {});
      return refuse(ws, CloseCode.INTERNAL_ERROR, 'document load timed out');
    }
    if (ws.readyState !== ws.OPEN || closing) {
      documents.release(doc);
      if (closing) refuse(ws, CloseCode.GOING_AWAY, 'server shutting down');
      return;
    }

    const conn = new CollabConnection(ws, principal, doc, connectionContext);
    documents.attach(doc, conn);
    connections.add(conn);
    early.stop();
    ws.on('pong', () => (conn.alive = true));
    ws.on('message', (data, isBinary) => conn.handleFrame(data, isBinary));
    ws.on('close', () => {
      connections.delete(conn);
      documents.detach(doc, conn);
      try {
        deps.onDisconnect?.(docName, principal);
      } catch (err) {
        logger.error('collab: onDisconnect hook failed', { doc: docName, err });
      }
    });
    logger.debug?.('collab: connection admitted', { doc: docName, principal: principal.id, canWrite: principal.canWrite });
    conn.greet();
    for (const frame of early.frames) conn.handleFrame(frame.data, frame.isBinary);
  }

  function onUpgraded(ws: WebSocket, req: IncomingMessage, docName: string, params: URLSearchParams): void {
    // `ws` reports protocol violations (oversized frame: it closes with 1009 itself) as 'error';
    // without a listener that would be an uncaught exception taking the whole process down.
    ws.on('error', (err) => logger.debug?.('collab: socket error', { doc: docName, err }));
    const frames: { data: RawData; isBinary: boolean }[] = [];
    let bytes = 0;
    const buffer = (data: RawData, isBinary: boolean) => {
      bytes += rawLength(data);
      if (frames.length >= MAX_EARLY_FRAMES || bytes > MAX_EARLY_FRAME_BUDGET * cfg.maxFrameBytes) {
        ws.off('message', buffer);
        refuse(ws, 1008, 'too much data before admission');
      } else frames.push({ data, isBinary });
    };
    ws.on('message', buffer);
    const early: EarlyFrames = { frames, stop: () => ws.off('message', buffer) };
    admit(ws, req, docName, params, early)
      .catch((err) => {
        logger.error('collab: admitting a connection failed', { doc: docName, err });
        refuse(ws, CloseCode.INTERNAL_ERROR, 'internal error');
      })
      .finally(early.stop);
  }

  return {
    wss,
    documents,
    ready,

    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://collab.invalid');
      if (!url.pathname.startsWith(prefix)) return false;
      if (closing) {
        socket.destroy();
        return true;
      }
      const docName = url.pathname.slice(prefix.length);
      wss.handleUpgrade(req, socket, head, (ws) => onUpgraded(ws, req, docName, url.searchParams));
      return true;
    },

    closeConnections(filter, code, reason) {
      let closed = 0;
      for (const conn of connections) {
        if (filter(conn.docName, conn.principal)) {
          conn.close(code, reason);
          closed++;
        }
      }
      return closed;
    },

    stats() {
      let pendingUpdates = 0;
      for (const name of documents.names()) pendingUpdates += documents.get(name)?.pendingCount ?? 0;
      return {
        instanceId: cfg.instanceId,
        documents: documents.size,
        connections: connections.size,
        pendingUpdates,
        ...storeCounters,
        storeWrites: committer.writes,
        refusedConnections: { ...refused },
        ...counters,
      };
    },

    async close() {
      if (closing) return;
      closing = true;
      clearInterval(pingTimer);
      unsubscribe();
      unsubscribePresence();
      for (const conn of connections) conn.close(CloseCode.GOING_AWAY, 'server shutting down');
      for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.close(CloseCode.GOING_AWAY, 'server shutting down');
      await documents.closeAll();
      committer.close();
      // `wss.close` reports once every socket is gone; a client that does not answer the closing
      // handshake would hold it for ws's 30 s timeout, so cut those after a short grace.
      const closed = new Promise<void>((resolve) => wss.close(() => resolve()));
      const cut = setTimeout(() => {
        for (const ws of wss.clients) ws.terminate();
      }, CLOSE_GRACE_MS);
      await closed;
      clearTimeout(cut);
    },
  };
}

function validate(cfg: ResolvedConfig): void {
  const problems: string[] = [];
  for (const key of ['flushIntervalMs', 'compactEvery', 'maxFrameBytes', 'maxDocumentBytes', 'pingIntervalMs', 'admissionTimeoutMs'] as const) {
    if (!(Number.isFinite(cfg[key]) && cfg[key] > 0)) problems.push(`${key} must be a positive number`);
  }
  for (const key of ['unloadDelayMs', 'savedIntervalMs'] as const) {
    if (!(Number.isFinite(cfg[key]) && cfg[key] >= 0)) problems.push(`${key} must be zero or more`);
  }
  if (!cfg.path.startsWith('/')) problems.push('path must start with /');
  if (problems.length > 0) throw new Error(`createCollabServer: ${problems.join('; ')}`);
}

const TIMED_OUT = Symbol('timed-out');

/** The promise's value, or TIMED_OUT when the deadline passes first (the promise is not cancelled). */
function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, deadline - Date.now()))));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function rawLength(data: RawData): number {
  return Array.isArray(data) ? data.reduce((n, b) => n + b.byteLength, 0) : data.byteLength;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
