import { GraphQLRequestError, LiveConnection, ops, request, CLOSE_FORBIDDEN } from '$lib/graphql';
import type { Board } from '$lib/graphql/types';

/** How often a wall that could not load tries again by itself. */
const RETRY_MS = 5_000;

/**
 * A wall screen: the board of one project, read with a board token (HTTP bearer + websocket
 * connectionParams), kept current by boardUpdated, refetched after every reconnection, and
 * stopped for good when the token is refused.
 */
export class WallStore {
  board = $state<Board | null>(null);
  status = $state<'loading' | 'ready' | 'invalid' | 'error'>('loading');
  error = $state<string | null>(null);
  /** When the shown data last came from the server. */
  updatedAt = $state<Date | null>(null);
  readonly live: LiveConnection;
  readonly #token: string;
  #stops: (() => void)[] = [];
  #retry: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;
  #subscribedTo: string | null = null;

  constructor(token: string) {
    this.#token = token;
    this.live = new LiveConnection({ token, keepAlive: 10_000 });
    this.#stops.push(
      this.live.onReconnect(() => void this.fetch()),
      // The server refused the token on the socket (revoked while showing): check over HTTP.
      this.live.onClose((code) => {
        if (code === CLOSE_FORBIDDEN) void this.fetch();
      }),
    );
  }

  async fetch(): Promise<void> {
    if (this.#disposed) return;
    clearTimeout(this.#retry);
    try {
      const d = await request(ops.WALL_BOARD, {}, { token: this.#token });
      if (this.#disposed) return;
      if (!this.board || d.wallBoard.generatedAt >= this.board.generatedAt) this.board = d.wallBoard;
      this.status = 'ready';
      this.error = null;
      this.updatedAt = new Date();
      this.#subscribe(d.wallBoard.projectId);
    } catch (e) {
      if (this.#disposed) return;
      if (e instanceof GraphQLRequestError && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN')) {
        this.status = 'invalid';
        this.error = e.message;
        this.#stop();
        return;
      }
      // Server down or restarting: keep showing the last board and try again shortly.
      this.error = e instanceof Error ? e.message : String(e);
      if (!this.board) this.status = 'error';
      this.#retry = setTimeout(() => void this.fetch(), RETRY_MS);
    }
  }

  #subscribe(projectId: string) {
    if (this.#subscribedTo === projectId) return;
    this.#subscribedTo = projectId;
    this.#stops.push(
      this.live.subscribe(ops.ON_BOARD_UPDATED, { projectId }, {
        next: (d) => {
          if (!this.board || d.boardUpdated.generatedAt >= this.board.generatedAt) this.board = d.boardUpdated;
          this.updatedAt = new Date();
        },
        error: () => {
          // The subscription ended (e.g. access refused): check the token and subscribe again.
          this.#subscribedTo = null;
          this.#retry = setTimeout(() => void this.fetch(), 1_000);
        },
      }),
    );
  }

  #stop() {
    for (const s of this.#stops) s();
    this.#stops = [];
    this.live.dispose();
  }

  dispose() {
    this.#disposed = true;
    clearTimeout(this.#retry);
    this.#stop();
  }
}
