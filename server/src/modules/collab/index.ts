/**
 * The collab module: the collaborative WBS and charter documents as the server sees them (tickets,
 * the projector onto rows, the WBS writer). It implements the task module's `TaskStructure`, the
 * planning module's `StructureWriter` and the project module's `CharterText`; the composition root
 * passes those on. Other modules import it only from here.
 */
import { documentExists, type Fanout } from '@trellis/collab';
import type { DataSource, EntityManager } from 'typeorm';
import { defineModule } from '../../module.js';
import type { CharterPatch, CharterText } from '../project/index.js';
import { CollabResolver } from './collab.resolver.js';
import { CollabService } from './collab.service.js';
import { CollabDocuments, NARRATIVE_FIELD, reportDocName } from './documents.js';
import { sectionText, writeCharter } from './charter-doc.js';
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
    /** A report's narrative as Markdown from its live document; null until the document is first opened. */
    const reportNarratives = {
      async text(m: EntityManager | DataSource, projectId: string, reportId: string): Promise<string | null> {
        const name = reportDocName(projectId, reportId);
        const manager = 'manager' in m ? m.manager : m;
        if (!(await documentExists((sql, params) => manager.query(sql, params), name))) return null;
        const { doc } = await documents.load(manager, name);
        const text = sectionText(doc.getXmlFragment(NARRATIVE_FIELD));
        doc.destroy();
        return text;
      },
    };
    return { services: { collab, documents, projector, wbs, charterText, reportNarratives }, resolvers: [[CollabResolver, new CollabResolver(collab)]] };
  },
});
