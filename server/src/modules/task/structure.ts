import type * as Y from 'yjs';
import type { EntityManager } from 'typeorm';

/**
 * How the task service changes the tree: through the project's WBS document, projected onto the
 * task rows inside the caller's transaction. The collab module's WbsService is the implementation;
 * the composition root passes it in, so this module does not import the one above it.
 */
export interface TaskStructure {
  applyStructure<T>(m: EntityManager, projectId: string, userId: string | null, change: (doc: Y.Doc) => T, field?: string): Promise<T>;
}
