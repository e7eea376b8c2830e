/**
 * 32-bit integer keys to values of 0 or more, for the date caches of the scheduler: open
 * addressing with linear probing on two Int32Arrays, at most half full. A schedule has a few
 * thousand distinct dates for hundreds of thousands of task dates; a table this small stays in
 * the processor's cache where the lookups of a large plan land, which a Map<number, ...> does
 * not. The slot of a key is the key divided by 16, not a scattering hash: dates close in time
 * (minutes, or working-time keys) sit close in the table, and tasks listed together mostly have dates close together,
 * so successive lookups stay in one part of memory (a scattering hash was about 15% slower at
 * 100k tasks).
 */

/** Marks an empty slot; as a key it is refused (see holds). */
const EMPTY = -0x80000000;
/** Keys per slot run: 2^SHIFT. */
const SHIFT = 4;

export class Int32Table {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacityBits = 12) {
    this.keys = new Int32Array(1 << capacityBits).fill(EMPTY);
    this.values = new Int32Array(1 << capacityBits);
    this.mask = (1 << capacityBits) - 1;
  }

  /** Whether the table can hold `key`: a 32-bit integer other than -2^31. */
  static holds(key: number): boolean {
    return (key | 0) === key && key !== EMPTY;
  }

  /** The value stored for `key` (one that holds() accepts), or -1. */
  get(key: number): number {
    const { keys, mask } = this;
    for (let slot = (key >> SHIFT) & mask; ; slot = (slot + 1) & mask) {
      const found = keys[slot];
      if (found === key) return this.values[slot];
      if (found === EMPTY) return -1;
    }
  }

  /** Stores `value` (0 or more) for `key`, which holds() accepts and get() does not find yet. */
  add(key: number, value: number): void {
    this.place(key, value);
    if (++this.count * 2 > this.keys.length) this.grow();
  }

  private place(key: number, value: number): void {
    const { keys, mask } = this;
    let slot = (key >> SHIFT) & mask;
    while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.values[slot] = value;
  }

  /** Doubles the table, keeping it at most half full so probe runs stay short. */
  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * keys.length).fill(EMPTY);
    this.values = new Int32Array(2 * keys.length);
    this.mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) if (keys[old] !== EMPTY) this.place(keys[old], values[old]);
  }
}

