/**
 * Keeps one object of each shape the scheduler works with alive for the process's lifetime.
 *
 * V8 compiles a hot loop for the hidden classes (shapes) of the objects it reads. It forgets
 * a shape once no object of it has survived a couple of full garbage collections, and then
 * throws away every piece of optimised code compiled for it. Nearly every object computeSchedule
 * builds lives for one call, so a server that schedules now and then, with collections in
 * between, would run every loop unoptimised on every call again: two to three times slower
 * at 100k tasks. Each module hands a small object of every shape its loops read to keepAlive
 * when it loads (hot loops that only read typed arrays need nothing).
 *
 * `node --trace-deopt` shows the cost: "reason: weak objects" and "code dependencies" on every
 * call is this.
 */
const kept: unknown[] = [];

export function keepAlive(...objects: unknown[]): void {
  kept.push(...objects);
}

/**
 * An array of `length` places for objects or strings, every one to be written before it is
 * read. A plain `new Array(length)` holds small integers until the first object goes in
 * (V8's element kinds), and code optimised on an earlier call then throws itself away at
 * that first store; this one starts out as an array of objects.
 */
export function listOf<T>(length: number): T[] {
  // Storing one object-like value is enough to change the kind of the whole array; an empty
  // array gets a place for it that is dropped again.
  const list = new Array<T>(Math.max(length, 1));
  list[0] = undefined as T;
  list.length = length;
  return list;
}
