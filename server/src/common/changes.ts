import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Change numbers: every committed write to a project gets the next number of that project, taken
 * in the writing transaction (see publishInTransaction), so the numbers follow commit order. Its
 * events carry it, and the mutation's payload returns it, so a client recognises its own echo by
 * number, never by a timer (docs/adr/0004-change-numbers.md).
 *
 * A scope is one operation (a GraphQL request, a websocket operation, a document projection): it
 * collects the numbers its transactions took and knows its actor.
 */
export interface ChangeScope {
  /** The person (or token owner) whose operation this is; null for the system. */
  actorId: string | null;
  /** Change number per project of the writes committed (or about to be) in this scope. */
  readonly numbers: Map<string, number>;
}

const storage = new AsyncLocalStorage<ChangeScope>();

/** Runs `fn` in a new change scope. */
export function withChangeScope<T>(actorId: string | null, fn: () => T): T {
  return storage.run({ actorId, numbers: new Map() }, fn);
}

/** The scope of the running operation, if any. */
export function changeScope(): ChangeScope | undefined {
  return storage.getStore();
}

/** The change number of this operation's writes: the project's when given, else the highest taken. */
export function changeNumberOf(projectId?: string): number | null {
  const numbers = storage.getStore()?.numbers;
  if (!numbers?.size) return null;
  if (projectId) return numbers.get(projectId) ?? null;
  return Math.max(...numbers.values());
}
