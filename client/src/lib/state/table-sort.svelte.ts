/**
 * How a table is sorted: by one column, ascending or descending. A heading clicked again turns
 * the order round; a new column starts in the order that suits it (`startsDescending`: the
 * highest score, the most severe, the newest first).
 */
export class TableSort<K extends string> {
  key: K = $state()!;
  descending = $state(false);
  readonly #startsDescending: (key: K) => boolean;

  constructor(key: K, startsDescending: (key: K) => boolean = () => false) {
    this.key = key;
    this.#startsDescending = startsDescending;
    this.descending = startsDescending(key);
  }

  sortBy(key: K): void {
    if (key === this.key) this.descending = !this.descending;
    else {
      this.key = key;
      this.descending = this.#startsDescending(key);
    }
  }

  /** The heading's `aria-sort`. */
  ariaSort(key: K): 'ascending' | 'descending' | 'none' {
    return key === this.key ? (this.descending ? 'descending' : 'ascending') : 'none';
  }

  /** Multiplies an ascending comparison into this order. */
  get sign(): 1 | -1 {
    return this.descending ? -1 : 1;
  }
}
