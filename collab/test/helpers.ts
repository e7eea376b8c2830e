import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { vi } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
  CollabAccessError,
  createCollabServer,
  MessageType,
  PgDocStore,
  signTicket,
  verifyTicket,
  type CollabServer,
  type CollabServerConfig,
  type CollabServerDeps,
  type DocStore,
  type Fanout,
} from '../src/index.js';

export const SECRET = 'test-secret-for-collab';

export interface Service {
  collab: CollabServer;
  /** Base URL for WebsocketProvider (the provider appends `/<docName>`). */
  url: string;
  close(): Promise<void>;
}

/** Ticket-based authentication, as the standalone service and the server do it. */
export const ticketAuth: CollabServerDeps['authenticate'] = async (_req, docName, params) => {
  const t = verifyTicket(SECRET, params.get('ticket'), docName);
  if (t.name === 'Forbidden') throw new CollabAccessError(4403, 'no access to this document');
  return { id: t.sub, userId: t.uid, name: t.name, canWrite: t.write };
};

/** The real service on port 0 behind a plain http server. */
export async function startService(
  store: DocStore,
  config: CollabServerConfig = {},
  deps: Partial<CollabServerDeps> & { fanout?: Fanout } = {},
): Promise<Service> {
  const collab = createCollabServer({ flushIntervalMs: 20, unloadDelayMs: 50, ...config }, { store, authenticate: ticketAuth, ...deps });
  await collab.ready;
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    collab,
    url: `ws://127.0.0.1:${port}${config.path ?? '/collab'}`,
    async close() {
      await collab.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function ticket(docName: string, user: { id: string; name?: string; write?: boolean }): string {
  return signTicket(SECRET, { doc: docName, sub: user.id, uid: user.id, name: user.name ?? 'Tester', write: user.write ?? true });
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events seen by this client. */
  closes: { code: number; reason: string }[];
  /** State vectors received in "saved" (100) messages. */
  saved: Uint8Array[];
  destroy(): void;
}

/** A stock y-websocket client; `params` defaults to a valid write ticket. */
export function connect(
  url: string,
  docName: string,
  opts: { ticket?: string | null; doc?: Y.Doc; userId?: string; write?: boolean; params?: Record<string, string> } = {},
): Client {
  const doc = opts.doc ?? new Y.Doc();
  const t = opts.ticket === undefined ? ticket(docName, { id: opts.userId ?? crypto.randomUUID(), write: opts.write }) : opts.ticket;
  const provider = new WebsocketProvider(url, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { ...(t === null ? {} : { ticket: t }), ...opts.params },
    maxBackoffTime: 200,
  });
  const client: Client = {
    doc,
    provider,
    closes: [],
    saved: [],
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
  provider.on('connection-close', (event) => {
    if (event) client.closes.push({ code: event.code, reason: event.reason });
  });
  provider.messageHandlers[MessageType.SAVED] = (_encoder, decoder) => {
    client.saved.push(decoding.readVarUint8Array(decoder));
  };
  return client;
}

/**
 * Waits for an assertion to pass. Longer than vitest's 1 s default: the machine running the tests
 * may be busy, and a test never fails on a wall-clock threshold it does not need.
 */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 15_000, interval: 20 });
}

export async function synced(...clients: Client[]): Promise<void> {
  await vi.waitFor(() => {
    for (const c of clients) if (!c.provider.synced) throw new Error('not synced yet');
  }, { timeout: 10_000, interval: 10 });
}

/** Waits until the client saw a close with the given code. */
export async function closedWith(client: Client, code: number): Promise<{ code: number; reason: string }> {
  let found: { code: number; reason: string } | undefined;
  await vi.waitFor(() => {
    found = client.closes.find((c) => c.code === code);
    if (!found) throw new Error(`no close ${code} yet (saw ${JSON.stringify(client.closes)})`);
  }, { timeout: 10_000, interval: 10 });
  return found!;
}

/** Does `have` (a state vector) cover every clock in `want`? */
export function covers(have: Uint8Array, want: Uint8Array): boolean {
  const h = Y.decodeStateVector(have);
  for (const [client, clock] of Y.decodeStateVector(want)) if ((h.get(client) ?? 0) < clock) return false;
  return true;
}

/** The document as stored in the database, read with a fresh PgDocStore (not the service's memory). */
export async function storedDoc(pool: pg.Pool, docName: string): Promise<Y.Doc> {
  const stored = await new PgDocStore(pool).load(docName);
  const doc = new Y.Doc();
  if (stored.update) Y.applyUpdate(doc, stored.update);
  return doc;
}

/** Sorted-key JSON, since Y.Map key order differs between replicas. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export function docName(kind = 'charter'): string {
  return `project/${crypto.randomUUID()}/${kind}`;
}
