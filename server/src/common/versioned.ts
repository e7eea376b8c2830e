import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { ConflictError, NotFoundError } from './errors.js';

/**
 * The one way a versioned update starts: the row is read and locked for the rest of the
 * transaction, a missing (or, with `gone`, archived) row is NOT_FOUND, and a `version` other than
 * the row's is a CONFLICT that tells the caller the current version. A version left out (null or
 * undefined) is not checked, for the writes that take one optionally.
 */
export async function lockVersioned<T extends { version: number }>(
  m: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  version: number | null | undefined,
  noun: string,
  gone: (row: T) => boolean = () => false,
): Promise<T> {
  const current = await m.getRepository(entity).findOne({ where, lock: { mode: 'pessimistic_write' } });
  if (!current || gone(current)) throw new NotFoundError(noun);
  if (version !== undefined && version !== null && current.version !== version) {
    throw new ConflictError(`The ${noun.toLowerCase()} was changed by someone else (you had version ${version}, it is now ${current.version}); reload and try again`, {
      currentVersion: current.version,
    });
  }
  return current;
}
