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
