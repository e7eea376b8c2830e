import * as Y from 'yjs';
import { MAX_NAME_LENGTH, nodesMap } from '@trellis/schema/wbs';
import type { Peer } from './session.svelte';

/**
 * Two renames of one task that crossed: `lost` says whose name the document no longer has. Either
 * someone else's rename, made without seeing this person's, won ('mine' lost); or this person
 * saved over a rename that landed while they were typing ('theirs' lost).
 */
export interface RenameClash {
  taskId: string;
  /** Who made the other rename, as far as presence tells (the person on that task), else null. */
  by: string | null;
  theirs: string;
  mine: string;
  lost: 'mine' | 'theirs';
}

/**
 * Watches this person's renames for the ones that crossed another person's, so the outline can say
 * so and put the lost name back in one click. The shared document keeps one name per task (the same
 * everywhere); which rename was made without knowing the other is read from the document itself:
 * a name written after seeing this person's names it as its predecessor (`origin`), a concurrent one
 * does not.
 */
export class RenameWatch {
  clash = $state<RenameClash | null>(null);

  readonly #doc: Y.Doc;
  readonly #peers: () => Peer[];
  /** This person's latest rename per task: the name and the document item that holds it. */
  readonly #mine = new Map<string, { name: string; item: Y.ID }>();
  /** Who last renamed a task from elsewhere, for the sentence. */
  readonly #by = new Map<string, string | null>();
  readonly #observe = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => this.#check(events, tr.local);

  constructor(doc: Y.Doc, peers: () => Peer[]) {
    this.#doc = doc;
    this.#peers = peers;
    nodesMap(doc).observeDeep(this.#observe);
  }

  /**
   * This person renamed `taskId` to `name`, having started from `base` (the name shown when they
   * began typing; `current` is what the document had just before their rename).
   */
  renamed(taskId: string, name: string, base?: string, current?: string): void {
    const item = this.#nameItem(taskId);
    const mine = name.slice(0, MAX_NAME_LENGTH);
    if (item) this.#mine.set(taskId, { name: mine, item: item.id });
    if (this.clash?.taskId === taskId) this.clash = null;
    // Someone renamed it while this person was typing: their name was just replaced.
    if (base !== undefined && current !== undefined && current !== base && current !== mine) {
      this.clash = { taskId, by: this.#by.get(taskId) ?? null, theirs: current, mine, lost: 'theirs' };
    }
  }

  dismiss(): void {
    this.clash = null;
  }

  destroy(): void {
    nodesMap(this.#doc).unobserveDeep(this.#observe);
  }

  #nameItem(taskId: string): Y.Item | undefined {
    const node = nodesMap(this.#doc).get(taskId);
    return node instanceof Y.Map ? node._map.get('name') : undefined;
  }

  #check(events: Y.YEvent<Y.AbstractType<unknown>>[], local: boolean): void {
    for (const e of events) {
      if (!(e.target instanceof Y.Map) || !e.changes.keys.has('name')) continue;
      const taskId = [...nodesMap(this.#doc).entries()].find(([, m]) => m === e.target)?.[0];
      if (!taskId) continue;
      if (local) {
        // This person's own later edit of the name (an undo, a redo) ends the watch over it.
        const mine = this.#mine.get(taskId);
        if (mine && this.#nameItem(taskId)?.content.getContent()[0] !== mine.name) this.#mine.delete(taskId);
        continue;
      }
      this.#by.set(taskId, this.#peers().find((p) => p.focus?.taskId === taskId)?.user.name ?? null);
      this.#crossed(taskId);
    }
  }

  /** A name from elsewhere replaced this person's: a clash unless its author had seen theirs. */
  #crossed(taskId: string): void {
    const mine = this.#mine.get(taskId);
    const item = this.#nameItem(taskId);
    if (!mine || !item) return;
    const theirs = item.content.getContent()[0];
    if (typeof theirs !== 'string' || theirs === mine.name) return;
    this.#mine.delete(taskId);
    const sawMine = item.origin !== null && Y.compareIDs(item.origin, mine.item);
    if (!sawMine) this.clash = { taskId, by: this.#by.get(taskId) ?? null, theirs, mine: mine.name, lost: 'mine' };
  }
}
