/**
 * Tells the echo of this window's own writes from other people's changes, by change number, with
 * no timer: a mutation's payload returns the change number of its write, and the events it causes
 * carry the same number. An event that arrives before its mutation has answered (the socket can be
 * faster than the HTTP response) waits for that answer.
 */
export class EchoTracker {
  /** Change numbers of writes made here; the oldest are forgotten beyond KEEP. */
  readonly #own = new Set<number>();
  /** Mutations in flight per entity id. */
  readonly #inFlight = new Map<string, number>();
  /** Change numbers of events that arrived for an entity while a mutation of it was in flight. */
  readonly #waiting = new Map<string, (number | null)[]>();
  static readonly KEEP = 500;

  /** @param onForeign called for an entity that someone else changed (at once, or when the mutation in flight answers) */
  constructor(private readonly onForeign: (id: string) => void) {}

  /** Runs a mutation of `ids`; `numberOf` reads the change number from its result. */
  async track<T>(ids: string[], run: () => Promise<T>, numberOf: (result: T) => number | null | undefined): Promise<T> {
    for (const id of ids) this.#inFlight.set(id, (this.#inFlight.get(id) ?? 0) + 1);
    try {
      const result = await run();
      const n = numberOf(result);
      if (typeof n === 'number') this.own(n);
      return result;
    } finally {
      for (const id of ids) {
        const left = (this.#inFlight.get(id) ?? 1) - 1;
        if (left > 0) {
          this.#inFlight.set(id, left);
          continue;
        }
        this.#inFlight.delete(id);
        const waiting = this.#waiting.get(id);
        this.#waiting.delete(id);
        if (waiting?.some((n) => n === null || !this.#own.has(n))) this.onForeign(id);
      }
    }
  }

  /** Records a change number as this window's own (a write whose result arrived another way). */
  own(n: number): void {
    this.#own.add(n);
    if (this.#own.size > EchoTracker.KEEP) this.#own.delete(this.#own.values().next().value!);
  }

  isOwn(n: number | null | undefined): boolean {
    return typeof n === 'number' && this.#own.has(n);
  }

  /**
   * An event about `id` with change number `n` arrived: 'own' for the echo of a write made here,
   * 'foreign' for someone else's change, 'pending' while a mutation of `id` is in flight (then
   * onForeign follows when it answers, if the event was not its echo).
   */
  seen(id: string, n: number | null | undefined): 'own' | 'foreign' | 'pending' {
    if (this.isOwn(n)) return 'own';
    if (this.#inFlight.has(id)) {
      const list = this.#waiting.get(id) ?? [];
      list.push(typeof n === 'number' ? n : null);
      this.#waiting.set(id, list);
      return 'pending';
    }
    return 'foreign';
  }
}
