import type * as Y from 'yjs';
import type { EntityManager } from 'typeorm';
import { WbsEditError } from '@trellis/schema/wbs';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import type { CollabDocuments } from './documents.js';
import type { Projector } from './projector.js';

/**
 * The one way the server changes a project's task tree: a change to the WBS document (the copy the
 * projector keeps in memory), appended to its log and projected onto the task rows inside the
 * caller's transaction. Open outlines receive
 * the same change through the collab service once the transaction commits.
 */
export class WbsService {
  constructor(
    private readonly documents: CollabDocuments,
    private readonly projector: Projector,
  ) {}

  async applyStructure<T>(m: EntityManager, projectId: string, userId: string | null, change: (doc: Y.Doc) => T, field = 'input'): Promise<T> {
    // A document held in memory exists; only a project seen for the first time may need one.
    if (!this.projector.holds(projectId)) await this.documents.ensure(m, projectId, 'wbs');
    let result: T;
    try {
      result = await this.projector.changeWbs(m, projectId, userId, change);
    } catch (e) {
      if (e instanceof WbsEditError) {
        if (e.code === 'NOT_FOUND') throw new NotFoundError('Task');
        throw new BadUserInputError(e.message, e.code === 'MILESTONE_PARENT' || e.code === 'CYCLE' ? `${field}.parentId` : field);
      }
      throw e;
    }
    return result;
  }
}
