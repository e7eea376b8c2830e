import { SvelteMap } from 'svelte/reactivity';
import { errorMessage } from '$lib/graphql';
import { EchoTracker } from './echo';

/** One page of a register's connection. */
export interface PageOf<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: T[];
}

/**
 * Where a register's list stands in its connection: registers load a page of 200 and the page offers
 * the rest on request ("Load more"); what is loaded stays filtered and sorted as the page says.
 */
export class Paging {
  /** Rows the register holds that are not loaded yet. */
  remaining = $state(0);
  loading = $state(false);
  error = $state<string | null>(null);
  #cursor: string | null = null;
  #loaded = 0;

  /** After the first page. */
  start(page: PageOf<unknown>): void {
    this.#loaded = page.nodes.length;
    this.#next(page);
    this.error = null;
  }

  /** Loads the next page and hands its rows to `add`. */
  async more<T>(fetch: (after: string) => Promise<PageOf<T>>, add: (rows: T[]) => void): Promise<void> {
    if (!this.#cursor || this.loading) return;
    this.loading = true;
    this.error = null;
    try {
      const page = await fetch(this.#cursor);
      add(page.nodes);
      this.#loaded += page.nodes.length;
      this.#next(page);
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.loading = false;
    }
  }

  #next(page: PageOf<unknown>): void {
    this.#cursor = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    this.remaining = this.#cursor ? Math.max(0, page.totalCount - this.#loaded) : 0;
  }
}

/** A row of a register: what the live list needs to know of it. */
export interface RegisterRow {
  id: string;
  version: number;
  archivedAt?: string | null;
}

/**
 * The live rows of one register (risks, issues) as a page shows them: filled by a query, kept
 * current by the register's subscription, with this window's own writes told from other people's
 * by change number (EchoTracker). A row someone else changed is flagged for a moment (`highlighted`)
 * and its newer version is remembered (`foreignVersion`), so an open form can warn before a save
 * turns into a conflict.
 */
export class LiveRows<T extends RegisterRow> {
  rows = $state.raw<T[]>([]);
  /** Ids of rows another person changed just now. */
  highlighted = $state.raw<Record<string, true>>({});
  /** The newest version of each row that someone else wrote, by id. */
  readonly foreignVersion = new SvelteMap<string, number>();
  readonly #echo = new EchoTracker((id) => this.#foreign(id));
  #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly order: (a: T, b: T) => number) {}

  set(rows: T[]): void {
    this.rows = rows.filter((r) => !r.archivedAt).sort(this.order);
  }

  /** Rows of a further page: added to those loaded (a newer copy already here is kept). */
  add(rows: T[]): void {
    const byId = new Map(this.rows.map((r) => [r.id, r]));
    for (const r of rows) {
      const current = byId.get(r.id);
      if (!r.archivedAt && (!current || current.version <= r.version)) byId.set(r.id, r);
    }
    this.rows = [...byId.values()].sort(this.order);
  }

  byId(id: string): T | undefined {
    return this.rows.find((r) => r.id === id);
  }

  /** A row from a write or an event: replaces an older copy (never a newer one), or leaves when archived. */
  put(row: T): void {
    const current = this.byId(row.id);
    if (current && current.version > row.version) return;
    const rest = this.rows.filter((r) => r.id !== row.id);
    this.rows = (row.archivedAt ? rest : [...rest, row]).sort(this.order);
  }

  /** An event of the register's subscription. */
  event(row: T, changeNumber: number | null | undefined): void {
    const seen = this.#echo.seen(row.id, changeNumber);
    this.put(row);
    if (seen === 'foreign') {
      this.foreignVersion.set(row.id, row.version);
      this.#foreign(row.id);
    }
  }

  /** Runs a write of the rows `ids`; its change number marks the events it causes as our own. */
  track<R>(ids: string[], run: () => Promise<R>, numberOf: (r: R) => number | null | undefined): Promise<R> {
    return this.#echo.track(ids, run, numberOf);
  }

  #foreign(id: string): void {
    this.highlighted = { ...this.highlighted, [id]: true };
    const t = setTimeout(() => {
      this.#timers.delete(t);
      const { [id]: _gone, ...rest } = this.highlighted;
      this.highlighted = rest;
    }, 2_500);
    this.#timers.add(t);
  }

  dispose(): void {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
  }
}
