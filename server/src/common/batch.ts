/** Helpers for per-request DataLoaders. */

/** Rows in the order of the keys asked for (null where none). */
export function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const m = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => m.get(id) ?? null);
}

/** Rows grouped per key, in the order of the keys asked for (empty where none). */
export function groupBy<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const m = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) m.get(key(r))?.push(r);
  return ids.map((id) => m.get(id)!);
}

/**
 * Batch per macrotask rather than per microtask: GraphQL resolves a long list over many promise
 * ticks, and the default schedule would split one relation into several queries as lists grow.
 */
export const batchOptions = { batchScheduleFn: (run: () => void) => setImmediate(run) };
