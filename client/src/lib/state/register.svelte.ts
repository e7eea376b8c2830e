import { SvelteMap } from 'svelte/reactivity';
import { EchoTracker } from './echo';

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
