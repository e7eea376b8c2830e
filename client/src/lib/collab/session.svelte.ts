import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { GraphQLRequestError } from '$lib/graphql';
import type { IndexeddbPersistence } from 'y-indexeddb';
import { colorFor } from './identity';
import { keepLocally } from './local';
import { isCovered, mergeStateVectors, type SaveState, type StateVector } from './saved';
import { fetchTicket } from './ticket';

/**
 * connecting: the first connection is being made; connected: in sync with the server;
 * offline: the connection dropped, edits are kept locally and a new one is being tried;
 * denied: the server refused this document for good (`problem` says why).
 */
export type CollabStatus = 'connecting' | 'connected' | 'offline' | 'denied';

/** Who a person is in a shared document's awareness. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** Another person in the document, with what they are on (the outline shares `focus`). */
export interface Peer {
  clientId: number;
  user: PresenceUser;
  focus: { taskId: string } | null;
}

/** Close codes the collab endpoint uses (the 44xx range means "reconnecting will not help"). */
export const CLOSE_BAD_REQUEST = 4400;
export const CLOSE_BAD_TICKET = 4401;
export const CLOSE_NO_ACCESS = 4403;
export const CLOSE_DOCUMENT_TOO_LARGE = 4413;
export const CLOSE_FRAME_TOO_LARGE = 1009;
/** Custom y-websocket message: the server has durably stored this state vector of the document. */
export const MESSAGE_STORED = 100;

/** A ticket refused this many times in a row means the sign-in itself is gone. */
const MAX_BAD_TICKETS = 3;
const RETRY_MAX_MS = 10_000;

const TOO_LARGE = 'This document has grown past the size the server accepts, so the last changes were not saved. Remove some content, then reload the page.';

/**
 * One live connection to a shared Yjs document, used by every collaborative editor.
 *
 * It fetches a short-lived ticket, opens a y-websocket provider with it and, whenever the socket
 * drops, fetches a fresh ticket before reconnecting (the provider's own reconnect would reuse the
 * expired one). The Y.Doc lives as long as the session, so edits made while offline stay in it and
 * are merged by Yjs on the next connection. For people who may write, the document is also kept in
 * this browser (IndexedDB, see local.ts), so offline edits survive closing the page and reach the
 * server the next time the document is opened. `saveState` follows what the server reports as
 * stored (message 100), not merely what was sent.
 */
export class CollabSession {
  readonly document: string;
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  readonly user: PresenceUser;

  status = $state<CollabStatus>('connecting');
  /** From the ticket: false for viewers (the server drops their updates). */
  canWrite = $state(false);
  /** The server's copy has been received at least once, so edits apply to the real content. */
  loaded = $state(false);
  saveState = $state<SaveState>('saving');
  /** This browser made changes the server has not stored yet (lost if the page is closed now). */
  pending = $state(false);
  /** Why the session stopped for good (status `denied`). */
  problem = $state<string | null>(null);
  /** Edits are also kept in this browser, so closing the page while offline loses nothing. */
  keptLocally = $state(false);
  /** Everyone else in the document, one entry per person (their first tab wins). */
  peers = $state.raw<Peer[]>([]);

  #provider: WebsocketProvider | null = null;
  #local: IndexeddbPersistence | null = null;
  #stored: StateVector = new Map();
  #retries = 0;
  #badTickets = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #opening = false;
  #destroyed = false;
  readonly #onOnline = () => this.#reopenSoon(0);
  // Leaving the page tells the others at once (instead of after the awareness timeout); a page
  // restored from the back/forward cache says who it is again.
  readonly #onPageHide = () => removeAwarenessStates(this.awareness, [this.doc.clientID], 'page hidden');
  readonly #onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) this.awareness.setLocalStateField('user', this.user);
  };

  constructor(document: string, user: { id: string; name: string }) {
    this.document = document;
    this.user = { id: user.id, name: user.name, color: colorFor(user.id) };
    this.awareness = new Awareness(this.doc);
    this.awareness.setLocalStateField('user', this.user);
    this.awareness.on('change', () => this.#updatePeers());
    this.doc.on('update', () => this.#updateSaveState());
  }

  /** Opens the connection; call once the page is shown. */
  start(): void {
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.#onOnline);
      window.addEventListener('pagehide', this.#onPageHide);
      window.addEventListener('pageshow', this.#onPageShow);
    }
    void this.#open();
  }

  /** Sets this person's own awareness field (e.g. the outline row they are on). */
  setLocal(field: string, value: unknown): void {
    if (this.#destroyed) return;
    this.awareness.setLocalStateField(field, value);
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    clearTimeout(this.#timer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.#onOnline);
      window.removeEventListener('pagehide', this.#onPageHide);
      window.removeEventListener('pageshow', this.#onPageShow);
    }
    // disconnect() inside destroy() tells the others we left while the socket is still open.
    this.#provider?.destroy();
    void this.#local?.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  async #open(): Promise<void> {
    if (this.#destroyed || this.#opening) return;
    this.#opening = true;
    try {
      const ticket = await fetchTicket(this.document);
      if (this.#destroyed) return;
      this.canWrite = ticket.canWrite;
      if (ticket.canWrite && !this.#local) {
        this.#local = keepLocally(this.user.id, this.document, this.doc);
        this.keptLocally = this.#local !== null;
      }
      const provider = this.#provider ?? this.#createProvider(ticket.url, ticket.document, ticket.token);
      provider.params = { ticket: ticket.token };
      provider.connect();
    } catch (e) {
      if (this.#destroyed) return;
      if (e instanceof GraphQLRequestError && ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(e.code)) {
        this.#deny(e.code === 'UNAUTHENTICATED' ? 'Your sign-in has expired. Sign in again to keep editing.' : 'You do not have access to this document.');
        return;
      }
      this.#goOffline();
      this.#reopenSoon();
    } finally {
      this.#opening = false;
    }
  }

  #createProvider(url: string, document: string, token: string): WebsocketProvider {
    const provider = new WebsocketProvider(url, document, this.doc, {
      connect: false,
      awareness: this.awareness,
      params: { ticket: token },
      disableBc: true,
    });
    provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) => {
      this.#stored = mergeStateVectors(this.#stored, Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
      this.#updateSaveState();
    };
    provider.on('sync', (synced: boolean) => {
      if (!synced || this.#destroyed) return;
      this.status = 'connected';
      this.loaded = true;
      this.#retries = 0;
      this.#badTickets = 0;
      this.#updateSaveState();
    });
    provider.on('connection-close', (event: CloseEvent | null) => {
      // Reconnecting is ours to do: a new socket needs a new ticket.
      provider.shouldConnect = false;
      if (!this.#destroyed) this.#closed(event?.code ?? null);
    });
    this.#provider = provider;
    return provider;
  }

  #closed(code: number | null): void {
    if (code === CLOSE_NO_ACCESS) {
      // Nothing of it stays in this browser for someone who may no longer read it.
      void this.#local?.clearData();
      this.#local = null;
      this.keptLocally = false;
      this.#deny('You no longer have access to this document.');
    } else if (code === CLOSE_DOCUMENT_TOO_LARGE || code === CLOSE_FRAME_TOO_LARGE) {
      this.#deny(TOO_LARGE);
    } else if (code === CLOSE_BAD_REQUEST) {
      this.#deny('The server could not read this document’s connection. Reload the page to try again.');
    } else if (code === CLOSE_BAD_TICKET && ++this.#badTickets > MAX_BAD_TICKETS) {
      this.#deny('The server did not accept this browser’s access to the document. Reload the page to try again.');
    } else {
      this.#goOffline();
      this.#reopenSoon(code === CLOSE_BAD_TICKET ? 0 : undefined);
    }
  }

  #deny(why: string): void {
    clearTimeout(this.#timer);
    this.status = 'denied';
    this.problem = why;
    this.canWrite = false;
    this.#updateSaveState();
  }

  #goOffline(): void {
    if (this.status !== 'denied') this.status = 'offline';
    this.#updateSaveState();
  }

  /** Tries again after `delay` ms, by default a capped exponential backoff with jitter. */
  #reopenSoon(delay?: number): void {
    if (this.#destroyed || this.status === 'denied' || this.status === 'connected') return;
    clearTimeout(this.#timer);
    const wait = delay ?? Math.min(500 * 2 ** this.#retries, RETRY_MAX_MS) + Math.random() * 500;
    this.#retries++;
    this.#timer = setTimeout(() => void this.#open(), wait);
  }

  #updateSaveState(): void {
    if (this.#destroyed) return;
    const local = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    const mine = this.doc.clientID;
    // Only this browser's own edits would be lost with the page; others' are on the server anyway.
    this.pending = (local.get(mine) ?? 0) > (this.#stored.get(mine) ?? 0);
    this.saveState = this.status !== 'connected' ? 'offline' : isCovered(local, this.#stored) ? 'saved' : 'saving';
  }

  #updatePeers(): void {
    if (this.#destroyed) return;
    const seen = new Set<string>([this.user.id]);
    const peers: Peer[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      const user = state?.user as Partial<PresenceUser> | undefined;
      if (clientId === this.doc.clientID || !user?.id || !user.name || seen.has(user.id)) continue;
      seen.add(user.id);
      const focus = state.focus as { taskId?: unknown } | null | undefined;
      peers.push({
        clientId,
        user: { id: user.id, name: user.name, color: typeof user.color === 'string' ? user.color : colorFor(user.id) },
        focus: focus && typeof focus.taskId === 'string' ? { taskId: focus.taskId } : null,
      });
    }
    this.peers = peers.sort((a, b) => a.user.name.localeCompare(b.user.name));
  }
}
