import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { CollabAccessError, signTicket, verifyTicket, type Principal } from '@trellis/collab';
import { presenceUser } from '@trellis/schema/presence';
import type { Actor } from '../../common/actor.js';
import { Permission, roleAllows, type Grant } from '../../common/access.js';
import { can } from '../../common/guard.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import type { ProjectRole } from '../project/index.js';
import { CollabDocuments, parseDocName, parseReportDocName, type DocKind } from './documents.js';

/** Long enough to connect and to reconnect after a short network blip; the client fetches a new one otherwise. */
export const TICKET_TTL_SECONDS = 300;
const SECRET_NAME = 'collab_ticket_secret';

const WRITE_PERMISSION: Record<DocKind, Permission> = { wbs: Permission.TASK_CREATE, charter: Permission.CHARTER_UPDATE };

export interface IssuedTicket {
  token: string;
  document: string;
  canWrite: boolean;
  expiresAt: Date;
}

/**
 * The rules of the collaborative documents: who may open which document, and whether they may
 * write. Tickets are signed with a secret shared by every instance through the database (or
 * COLLAB_SECRET), carry no session credential, and are checked again against live membership
 * when the socket connects.
 */
export class CollabService {
  private secret: string | null = null;

  constructor(
    private readonly ds: DataSource,
    readonly documents: CollabDocuments,
  ) {}

  /** Reads (or creates, once, for all instances) the ticket signing secret. */
  async start(envSecret?: string): Promise<void> {
    if (envSecret) {
      this.secret = envSecret;
      return;
    }
    await this.ds.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      SECRET_NAME,
      randomBytes(32).toString('base64url'),
    ]);
    const [row]: { value: string }[] = await this.ds.query('SELECT value FROM server_secrets WHERE name = $1', [SECRET_NAME]);
    this.secret = row!.value;
  }

  private key(): string {
    if (!this.secret) throw new Error('CollabService.start() was not called');
    return this.secret;
  }

  private static writeAllowed(kind: DocKind, grant: Grant): boolean {
    return grant.role !== null && !grant.archived && roleAllows(grant.role as ProjectRole, WRITE_PERMISSION[kind]);
  }

  /** A report's row as the narrative document needs it (null when it is not in that project). */
  private async reportOf(projectId: string, reportId: string): Promise<{ status: string; narrative: string } | null> {
    const [r]: { status: string; narrative: string }[] = await this.ds.query('SELECT status, narrative FROM status_reports WHERE id = $1 AND project_id = $2', [reportId, projectId]);
    return r ?? null;
  }

  /** A report's narrative: its project's members read it; owners and managers write it while it is a draft. */
  private async reportTicket(actor: Actor, projectId: string, reportId: string): Promise<IssuedTicket> {
    if (actor.kind === 'board') throw new BadUserInputError('A board token can open only the WBS document', 'document');
    const grant = await can(actor, projectId, Permission.PROJECT_READ);
    const report = await this.reportOf(projectId, reportId);
    if (!report) throw new NotFoundError('Status report', 'document');
    const canWrite = report.status === 'DRAFT' && grant.role !== null && !grant.archived && roleAllows(grant.role as ProjectRole, Permission.PROJECT_UPDATE);
    const uid = grant.userId;
    const [user]: { name: string }[] = await this.ds.query('SELECT name FROM users WHERE id = $1', [uid]);
    const name = user?.name ?? 'Someone';
    const document = await this.ds.transaction((m) => this.documents.ensureReport(m, projectId, reportId, report.narrative));
    const presence = { user: presenceUser(uid ?? `user:${uid}`, name) };
    const token = signTicket(this.key(), { doc: document, sub: `user:${uid}`, uid, name, write: canWrite, presence, ttlSeconds: TICKET_TTL_SECONDS });
    return { token, document, canWrite, expiresAt: new Date(Date.now() + TICKET_TTL_SECONDS * 1000) };
  }

  /** A short-lived ticket to open one document; a stranger gets NOT_FOUND like for the project itself. */
  async ticket(actor: Actor, document: string): Promise<IssuedTicket> {
    const report = parseReportDocName(document);
    if (report) return this.reportTicket(actor, report.projectId, report.reportId);
    const parsed = parseDocName(document);
    if (!parsed) throw new BadUserInputError('Unknown document; expected project/<id>/wbs, project/<id>/charter or project/<id>/report/<id>', 'document');
    const { projectId, kind } = parsed;
    let canWrite = false;
    let sub: string;
    let uid: string | null = null;
    let name = 'Wall screen';
    if (actor.kind === 'board') {
      // A wall screen shows the project's tasks: it may follow the WBS document, never write.
      if (kind !== 'wbs') throw new BadUserInputError('A board token can open only the WBS document', 'document');
      await can(actor, projectId, Permission.BOARD_READ);
      sub = `board:${actor.tokenId}`;
    } else {
      const grant = await can(actor, projectId, Permission.PROJECT_READ);
      canWrite = CollabService.writeAllowed(kind, grant);
      uid = grant.userId;
      sub = `user:${uid}`;
      const [user]: { name: string }[] = await this.ds.query('SELECT name FROM users WHERE id = $1', [uid]);
      name = user?.name ?? 'Someone';
    }
    await this.ds.transaction((m) => this.documents.ensure(m, projectId, kind));
    const normalized = `project/${projectId}/${kind}`;
    const presence = { user: presenceUser(uid ?? sub, name) };
    const token = signTicket(this.key(), { doc: normalized, sub, uid, name, write: canWrite, presence, ttlSeconds: TICKET_TTL_SECONDS });
    return { token, document: normalized, canWrite, expiresAt: new Date(Date.now() + TICKET_TTL_SECONDS * 1000) };
  }

  /**
   * The collab server's authenticate hook: a valid ticket for this document, and access that still
   * holds now (a member removed since the ticket was issued is refused; a demoted one reads only).
   */
  async authenticate(_req: IncomingMessage, docName: string, params: URLSearchParams): Promise<Principal> {
    const claims = verifyTicket(this.key(), params.get('ticket'), docName);
    const report = parseReportDocName(docName);
    if (report) {
      if (!claims.uid) throw new CollabAccessError(4403, 'no access to this project');
      const [m]: { role: ProjectRole; archived: boolean }[] = await this.ds.query(
        `SELECT m.role, p.archived_at IS NOT NULL AS archived FROM project_members m JOIN projects p ON p.id = m.project_id
          WHERE m.project_id = $1 AND m.user_id = $2`,
        [report.projectId, claims.uid],
      );
      if (!m) throw new CollabAccessError(4403, 'no access to this project');
      const row = await this.reportOf(report.projectId, report.reportId);
      if (!row) throw new CollabAccessError(4403, 'no such report');
      // A published report's narrative is frozen: everyone reads it only.
      const canWrite = claims.write && row.status === 'DRAFT' && !m.archived && roleAllows(m.role, Permission.PROJECT_UPDATE);
      const presence = claims.presence ?? { user: presenceUser(claims.uid, claims.name) };
      return { id: `${claims.sub}:${randomBytes(4).toString('hex')}`, userId: claims.uid, name: claims.name, canWrite, presence };
    }
    const parsed = parseDocName(docName);
    if (!parsed) throw new CollabAccessError(4403, 'unknown document');
    const { projectId, kind } = parsed;
    let canWrite = false;
    if (claims.sub.startsWith('board:')) {
      const [token]: { id: string }[] = await this.ds.query('SELECT id FROM board_tokens WHERE id = $1 AND project_id = $2 AND revoked_at IS NULL', [
        claims.sub.slice('board:'.length),
        projectId,
      ]);
      if (!token) throw new CollabAccessError(4403, 'the board token was revoked');
    } else {
      const [m]: { role: ProjectRole; archived: boolean }[] = await this.ds.query(
        `SELECT m.role, p.archived_at IS NOT NULL AS archived FROM project_members m JOIN projects p ON p.id = m.project_id
          WHERE m.project_id = $1 AND m.user_id = $2`,
        [projectId, claims.uid],
      );
      if (!m) throw new CollabAccessError(4403, 'no access to this project');
      canWrite = claims.write && CollabService.writeAllowed(kind, { projectId, role: m.role, userId: claims.uid, archived: m.archived });
    }
    await this.ds.transaction((m) => this.documents.ensure(m, projectId, kind));
    // Presence shows the ticket's person, whatever the client puts in its awareness state.
    const presence = claims.presence ?? { user: presenceUser(claims.uid ?? claims.sub, claims.name) };
    return { id: `${claims.sub}:${randomBytes(4).toString('hex')}`, userId: claims.uid, name: claims.name, canWrite, presence };
  }
}
