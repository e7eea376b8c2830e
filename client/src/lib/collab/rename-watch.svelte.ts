import * as Y from 'yjs';
import { MAX_NAME_LENGTH, nodesMap } from '@trellis/schema/wbs';
import type { Peer } from './session.svelte';

/** Someone else's rename replaced this person's own, just made. */
export interface RenameClash {
  taskId: string;
  /** Who renamed it, as far as presence tells (the person on that task), else null. */
  by: string | null;
  theirs: string;
  mine: string;
}

/** How long after a rename another one landing on top of it counts as "at the same moment". */
export const CLASH_WINDOW_MS = 60_000;

/**
 * Two people renaming one task at once: the shared document keeps one name (the same everywhere),
 * and the other rename is gone. This watches this person's own recent renames and, when a change
 * from elsewhere replaces one, keeps a `clash` for the outline to tell them, with their text so
 * one click can put it back.
 */
export class RenameWatch {
  clash = $state<RenameClash | null>(null);

  readonly #doc: Y.Doc;
  readonly #peers: () => Peer[];
  readonly #mine = new Map<string, { name: string; at: number }>();
  readonly #observe = (_events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => this.#check(tr.local);

  constructor(doc: Y.Doc, peers: () => Peer[]) {
    this.#doc = doc;
    this.#peers = peers;
    nodesMap(doc).observeDeep(this.#observe);
  }

  /** This person renamed `taskId` to `name` (as the document stores it). */
  renamed(taskId: string, name: string): void {
    this.#mine.set(taskId, { name: name.slice(0, MAX_NAME_LENGTH), at: Date.now() });
    if (this.clash?.taskId === taskId) this.clash = null;
  }

  dismiss(): void {
    this.clash = null;
  }

  destroy(): void {
    nodesMap(this.#doc).unobserveDeep(this.#observe);
  }

  #check(local: boolean): void {
    const now = Date.now();
    for (const [id, mine] of this.#mine) {
      const node = nodesMap(this.#doc).get(id);
      const current = node instanceof Y.Map ? node.get('name') : undefined;
      if (now - mine.at > CLASH_WINDOW_MS || typeof current !== 'string') {
        this.#mine.delete(id);
        continue;
      }
      if (current === mine.name) continue;
      this.#mine.delete(id);
      // This person's own later edit (an undo, another rename) is no clash.
      if (local) continue;
      const by = this.#peers().find((p) => p.focus?.taskId === id)?.user.name ?? null;
      this.clash = { taskId: id, by, theirs: current, mine: mine.name };
    }
  }
}
