/**
 * The collab module: the collaborative WBS and charter documents as the server sees them (tickets,
 * the projector onto rows, the WBS writer). It implements the task module's `TaskStructure`, the
 * planning module's `StructureWriter` and the project module's `CharterText`; the composition root
 * passes those on. Other modules import it only from here.
 */
import type { Fanout } from '@trellis/collab';
import type { EntityManager } from 'typeorm';
import { defineModule } from '../../module.js';
import type { CharterPatch, CharterText } from '../project/index.js';
import { writeCharter } from './charter-doc.js';
import { CollabResolver } from './collab.resolver.js';
import { CollabService } from './collab.service.js';
import { CollabDocuments } from './documents.js';
import { Projector } from './projector.js';
import { WbsService } from './wbs.service.js';

export { CollabService } from './collab.service.js';
export { CollabDocuments } from './documents.js';
export { openCollabLink, startCollab } from './host.js';
export type { CollabHost, CollabLink } from './host.js';
export { Projector } from './projector.js';
export { WbsService } from './wbs.service.js';

export interface CollabNeeds {
  /** Where committed document updates are announced to collab instances (none for the command line). */
  fanout: Fanout | null;
}

export const collabModule = defineModule({
  name: 'collab',
  entities: [],
  create: ({ ds, logger }, needs: CollabNeeds) => {
    const documents = new CollabDocuments(ds, logger, needs.fanout);
    const projector = new Projector(ds, logger, documents);
    const wbs = new WbsService(documents, projector);
    const collab = new CollabService(ds, documents);
    const charterText: CharterText = {
      async write(m: EntityManager, projectId: string, userId: string | null, patch: CharterPatch) {
        const name = await documents.ensure(m, projectId, 'charter');
        await documents.change(m, name, userId, (doc) => writeCharter(doc, patch));
        await projector.projectCharter(m, projectId);
      },
    };
    return { services: { collab, documents, projector, wbs, charterText }, resolvers: [[CollabResolver, new CollabResolver(collab)]] };
  },
});
