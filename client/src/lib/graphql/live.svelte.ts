import { createClient, type Client } from 'graphql-ws';
import { GRAPHQL_PATH, GraphQLRequestError, type AnyDocument, type GraphQLErrorShape, type ResultOf, type VariablesOf } from './request';

/**
 * idle: no subscription open (the socket is lazy); connecting: first attempt;
 * connected: live; reconnecting: the socket dropped and is being re-opened.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

export interface LiveOptions {
  /** A board token sent as `connectionParams.authorization` (wall screens); else the session cookie is used. */
  token?: string;
  /** Milliseconds between keep-alive pings; a ping without a pong within `pongTimeout` drops the socket. */
  keepAlive?: number;
  pongTimeout?: number;
}

export interface SubscriptionHandlers<T> {
  next: (data: T) => void;
  error?: (error: GraphQLRequestError) => void;
}

/** The socket closed because the server refused the credentials (graphql-ws CloseCode.Forbidden). */
export const CLOSE_FORBIDDEN = 4403;

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${GRAPHQL_PATH}`;
}

function toError(err: unknown): GraphQLRequestError {
  if (Array.isArray(err) && err.length) {
    const first = err[0] as GraphQLErrorShape;
    return new GraphQLRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions?.field, err);
  }
  if (err && typeof err === 'object' && 'code' in err && 'reason' in err) {
    const e = err as { code: number; reason: string };
    return new GraphQLRequestError(e.reason || `Connection closed (${e.code})`, e.code === CLOSE_FORBIDDEN ? 'UNAUTHENTICATED' : 'NETWORK');
  }
  return new GraphQLRequestError(err instanceof Error ? err.message : 'Live connection failed', 'NETWORK');
}

/**
 * One graphql-ws connection with an observable status. It retries forever with a capped backoff, so
 * a page keeps updating after a server restart; listeners registered with `onReconnect` run after
 * every re-established connection so the page can refetch what it missed.
 */
export class LiveConnection {
  status = $state<ConnectionStatus>('idle');
  /** Close code of the last unexpected drop, if any. */
  lastCloseCode = $state<number | null>(null);
  /** When the connection was last (re-)established. */
  connectedAt = $state<Date | null>(null);

  readonly #client: Client;
  #active = 0;
  #everConnected = false;
  #dropped = false;
  #disposed = false;
  #reconnectListeners = new Set<() => void>();
  #closeListeners = new Set<(code: number) => void>();
  #connectedListeners = new Set<() => void>();
  #pongTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: LiveOptions = {}) {
    const keepAlive = options.keepAlive ?? 10_000;
    const pongTimeout = options.pongTimeout ?? 5_000;
    this.#client = createClient({
      url: wsUrl(),
      lazy: true,
      // Keep the socket a moment after the last subscription ends, so moving between pages reuses it.
      lazyCloseTimeout: 3_000,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      keepAlive,
      // Quick first retries, then at most every 5 s (plus jitter so many screens do not stampede).
      retryWait: async (retries) => {
        const delay = Math.min(500 * 2 ** retries, 5_000) + Math.random() * 500;
        await new Promise((r) => setTimeout(r, delay));
      },
      connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : undefined,
      on: {
        connecting: (isRetry) => {
          if (this.#active > 0) this.status = isRetry || this.#everConnected ? 'reconnecting' : 'connecting';
        },
        connected: (_socket, _payload, wasRetry) => {
          const again = wasRetry || this.#dropped;
          this.#everConnected = true;
          this.#dropped = false;
          this.status = 'connected';
          this.lastCloseCode = null;
          this.connectedAt = new Date();
          if (again) for (const l of this.#reconnectListeners) l();
          for (const l of this.#connectedListeners) l();
        },
        ping: (received) => {
          if (received) return;
          clearTimeout(this.#pongTimer);
          this.#pongTimer = setTimeout(() => {
            // No pong: the socket is dead even if the browser has not noticed; close it to retry.
            if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.close(4408, 'Request Timeout');
          }, pongTimeout);
        },
        pong: (received) => {
          if (received) clearTimeout(this.#pongTimer);
        },
        opened: (socket) => {
          this.#socket = socket as WebSocket;
        },
        closed: (event) => {
          clearTimeout(this.#pongTimer);
          this.#socket = null;
          const code = (event as CloseEvent | undefined)?.code ?? 0;
          if (this.#disposed) return;
          if (this.#active > 0) {
            this.#dropped = true;
            this.status = 'reconnecting';
            this.lastCloseCode = code;
          } else {
            this.status = 'idle';
          }
          for (const l of this.#closeListeners) l(code);
        },
      },
    });
  }

  #socket: WebSocket | null = null;

  /** Opens a subscription; `next` gets each event's data, typed by the document. Returns a function that ends it. */
  subscribe<D extends AnyDocument>(document: D, variables: VariablesOf<D>, handlers: SubscriptionHandlers<ResultOf<D>>): () => void {
    if (this.#disposed) throw new Error('LiveConnection is disposed');
    this.#active++;
    if (this.status === 'idle') this.status = this.#everConnected ? 'reconnecting' : 'connecting';
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      this.#active--;
    };
    const unsubscribe = this.#client.subscribe<ResultOf<D>>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors?.length) {
            handlers.error?.(toError(result.errors));
            return;
          }
          if (result.data) handlers.next(result.data);
        },
        error: (err) => {
          end();
          handlers.error?.(toError(err));
        },
        complete: end,
      },
    );
    return () => {
      end();
      unsubscribe();
    };
  }

  /** Runs after every reconnection (not the first connection). */
  onReconnect(listener: () => void): () => void {
    this.#reconnectListeners.add(listener);
    return () => this.#reconnectListeners.delete(listener);
  }

  /** Resolves once the socket is connected (at once if it already is). */
  whenConnected(): Promise<void> {
    if (this.status === 'connected') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.#connectedListeners.delete(done);
        resolve();
      };
      this.#connectedListeners.add(done);
    });
  }

  /** Runs when the socket closes unexpectedly, with the close code (4403 = credentials refused). */
  onClose(listener: (code: number) => void): () => void {
    this.#closeListeners.add(listener);
    return () => this.#closeListeners.delete(listener);
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    clearTimeout(this.#pongTimer);
    this.status = 'idle';
    this.#reconnectListeners.clear();
    this.#closeListeners.clear();
    this.#connectedListeners.clear();
    void this.#client.dispose();
  }
}

let shared: LiveConnection | null = null;

/** The signed-in user's connection, shared by every page. */
export function sharedLive(): LiveConnection {
  shared ??= new LiveConnection();
  return shared;
}

/** Drops the shared connection (after sign-in or sign-out the cookie changed). */
export function resetSharedLive(): void {
  shared?.dispose();
  shared = null;
}
