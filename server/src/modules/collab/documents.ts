import * as Y from 'yjs';
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { advanceCursor, appendUpdate, documentExists, loadDocumentState, type Announcement, type Fanout, type Query } from '@trellis/collab';
import { charterDocName } from '@trellis/schema/charter';
import { initializeFromRows, wbsDocName, type WbsKind } from '@trellis/schema/wbs';
import type { Logger } from '../../common/logger.js';
import { lockProject } from '../task/index.js';
import { writeCharter, type CharterContent } from './charter-doc.js';

export type DocKind = 'wbs' | 'charter';

/** Marks updates the server appended itself (GraphQL mutations, imports), as opposed to a collab instance. */
export const SERVER_ORIGIN = 'graphql';
const INIT_ORIGIN = 'init';
const HELD = 'trellisCollabAnnouncements';

const DOC_NAME = /^project\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(wbs|charter)$/i;

export function parseDocName(name: string): { projectId: string; kind: DocKind } | null {
  const m = DOC_NAME.exec(name);
  return m ? { projectId: m[1]!.toLowerCase(), kind: m[2] as DocKind } : null;
}

const REPORT_DOC_NAME = /^project\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/report\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A status report's narrative document: `project/<projectId>/report/<reportId>`. */
export function parseReportDocName(name: string): { projectId: string; reportId: string } | null {
  const m = REPORT_DOC_NAME.exec(name);
  return m ? { projectId: m[1]!.toLowerCase(), reportId: m[2]!.toLowerCase() } : null;
}
export const reportDocName = (projectId: string, reportId: string) => `project/${projectId}/report/${reportId}`;
/** The Y.XmlFragment of a report document that holds the narrative. */
export const NARRATIVE_FIELD = 'narrative';

/** The project of any shared document (WBS, charter or a report's narrative). */
export const projectOfDoc = (name: string): string | null => parseDocName(name)?.projectId ?? parseReportDocName(name)?.projectId ?? null;

export const docNameOf = (projectId: string, kind: DocKind) => (kind === 'wbs' ? wbsDocName(projectId) : charterDocName(projectId));

/**
 * Server-side access to the collaborative documents through the collab package's API (never its
 * tables), inside the caller's database transaction:
 * loads a document's stored state, applies a change as a Yjs update appended to its log, and
 * announces the update to every collab instance once the transaction has committed (a TypeORM
 * subscriber, so a rolled-back change is never announced).
 */
export class CollabDocuments implements EntitySubscriberInterface {
  /** Without a fan-out (the command line) announcements are dropped: no collab instance listens. */
  constructor(
    ds: DataSource,
    private readonly logger: Logger,
    private readonly fanout: Fanout | null = null,
  ) {
    ds.subscribers.push(this);
  }

  /** The stored document (snapshot + log), or an empty one when it does not exist yet. */
  async load(m: EntityManager, name: string): Promise<{ doc: Y.Doc; seq: number }> {
    const doc = new Y.Doc();
    const state = await loadDocumentState((sql, params) => m.query(sql, params), name);
    if (state) Y.applyUpdate(doc, state.update);
    return { doc, seq: state?.seq ?? 0 };
  }

  /**
   * Runs `fn` on the stored document and appends what it changed as one update, attributed to
   * `userId`. Returns `fn`'s result; nothing is appended when it changed nothing.
   */
  async change<T>(m: EntityManager, name: string, userId: string | null, fn: (doc: Y.Doc) => T, origin = SERVER_ORIGIN): Promise<T> {
    const { doc } = await this.load(m, name);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const result = fn(doc);
    if (updates.length) await this.append(m, name, Y.mergeUpdates(updates), userId, origin);
    doc.destroy();
    return result;
  }

  /** Appends an update made elsewhere (the projector's corrections), announced once the transaction commits. */
  async append(m: EntityManager, name: string, update: Uint8Array, userId: string | null, origin: string): Promise<number> {
    const seq = await appendUpdate((sql, params) => m.query(sql, params), name, update, userId, origin);
    const qr = m.queryRunner;
    const announcement: Announcement = { doc: name, seq, origin };
    if (qr?.isTransactionActive) ((qr.data[HELD] as Announcement[] | undefined) ?? (qr.data[HELD] = [])).push(announcement);
    else void this.announce([announcement]);
    return seq;
  }

  /**
   * Creates a project's document from its rows the first time it is needed, once: under the
   * project lock, and only when no document row exists. The projector's cursor starts after the
   * seeding update, which mirrors the rows and needs no projection.
   */
  async ensure(m: EntityManager, projectId: string, kind: DocKind): Promise<string> {
    const name = docNameOf(projectId, kind);
    const q: Query = (sql, params) => m.query(sql, params);
    const exists = () => documentExists(q, name);
    if (await exists()) return name;
    await lockProject(m, projectId);
    if (await exists()) return name;
    const doc = new Y.Doc();
    if (kind === 'wbs') {
      const rows: { id: string; parent_id: string | null; position: number; name: string; kind: WbsKind }[] = await m.query(
        'SELECT id, parent_id, position, name, kind FROM tasks WHERE project_id = $1 AND archived_at IS NULL',
        [projectId],
      );
      initializeFromRows(
        doc,
        rows.map((r) => ({ id: r.id, parentId: r.parent_id, position: r.position, name: r.name, kind: r.kind })),
      );
    } else {
      const [c]: Record<string, unknown>[] = await m.query(
        `SELECT purpose, objectives, success_criteria, in_scope, out_of_scope, assumptions, constraints, key_stakeholders, sponsor
           FROM charters WHERE project_id = $1`,
        [projectId],
      );
      if (c) {
        const content: CharterContent = {
          purpose: c.purpose as string,
          objectives: c.objectives as string[],
          successCriteria: c.success_criteria as string[],
          inScope: c.in_scope as string,
          outOfScope: c.out_of_scope as string,
          assumptions: c.assumptions as string,
          constraints: c.constraints as string,
          keyStakeholders: c.key_stakeholders as string[],
          sponsor: c.sponsor as string,
        };
        writeCharter(doc, content);
      }
    }
    const update = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const seq = await this.append(m, name, update, null, INIT_ORIGIN);
    await advanceCursor(q, name, seq);
    return name;
  }

  /**
   * Creates a report's narrative document the first time it is opened, from the narrative stored
   * with the report (one paragraph per blank-line-separated block), once.
   */
  async ensureReport(m: EntityManager, projectId: string, reportId: string, text: string): Promise<string> {
    const name = reportDocName(projectId, reportId);
    const q: Query = (sql, params) => m.query(sql, params);
    if (await documentExists(q, name)) return name;
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('report-doc:' || $1))`, [reportId]);
    if (await documentExists(q, name)) return name;
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(NARRATIVE_FIELD);
    const blocks = text.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
    fragment.insert(0, blocks.map((b) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(b)]);
      return p;
    }));
    const seq = await this.append(m, name, Y.encodeStateAsUpdate(doc), null, INIT_ORIGIN);
    doc.destroy();
    await advanceCursor(q, name, seq);
    return name;
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const held = event.queryRunner.data[HELD] as Announcement[] | undefined;
    if (!held?.length) return;
    delete event.queryRunner.data[HELD];
    await this.announce(held);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    delete event.queryRunner.data[HELD];
  }

  private async announce(list: Announcement[]): Promise<void> {
    if (!this.fanout) return;
    // Only the newest seq per document matters: receivers read every row after what they hold.
    const newest = new Map<string, Announcement>();
    for (const a of list) if ((newest.get(a.doc)?.seq ?? -1) < a.seq) newest.set(a.doc, a);
    for (const a of newest.values()) {
      await this.fanout.publish(a).catch((err: unknown) => this.logger.warn('collab announcement failed', { err: String(err), doc: a.doc }));
    }
  }
}
