import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createCollabServer, createFanout, PgDocStore, type CollabServer, type Fanout } from '@trellis/collab';
import type { Config } from '../../config.js';
import type { Logger } from '../../common/logger.js';
import type { CollabService } from './collab.service.js';
import { projectOfDoc } from './documents.js';
import type { Projector } from './projector.js';

/** The collab store's connections and the fan-out between instances, opened before the services that announce through it. */
export interface CollabLink {
  pool: pg.Pool;
  fanout: Fanout;
}

export function openCollabLink(config: Config, databaseUrl: string, logger: Logger): CollabLink {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on('error', (err) => logger.warn('collab database connection problem', { err: String(err) }));
  return { pool, fanout: createFanout({ pool, redisUrl: config.redisUrl, logger }) };
}

export interface CollabHost {
  collab: CollabServer;
  /** A member left a project: close their documents of it. */
  memberRemoved(projectId: string, userId: string): void;
  /** A wall token was revoked: close the documents it opened. */
  boardTokenRevoked(tokenId: string): void;
  /** A project changed: once archived, its writers are dropped (they reconnect read-only). */
  projectChanged(projectId: string): void;
  /** Projects what was stored while no instance ran; called once the event transport is up (its events go through it). */
  catchUp(): void;
  close(): Promise<void>;
}

/**
 * The collab service with this server's rules plugged in (tickets and live access, the projector,
 * the fan-out the GraphQL side announces through, given to the services when they were built). `npm start` mounts it beside GraphQL and
 * `npm run collab` runs it alone; both get it from here.
 */
export async function startCollab(
  config: Config,
  link: CollabLink,
  ds: DataSource,
  services: { collab: CollabService; projector: Projector },
  logger: Logger,
): Promise<CollabHost> {
  const { pool, fanout } = link;
  await services.collab.start(config.collabSecret);
  const collab = createCollabServer(
    { path: '/collab', maxFrameBytes: config.collab.maxFrameBytes, maxDocumentBytes: config.collab.maxDocumentBytes },
    {
      store: new PgDocStore(pool),
      fanout,
      authenticate: (req, docName, params) => services.collab.authenticate(req, docName, params),
      onStored: (docName) => services.projector.schedule(docName),
      logger,
    },
  );
  await collab.ready;

  const inProject = (doc: string, projectId: string) => projectOfDoc(doc) === projectId;
  return {
    collab,
    memberRemoved: (projectId, userId) => {
      collab.closeConnections((doc, p) => p.userId === userId && inProject(doc, projectId), 4403, 'You are no longer a member of this project');
    },
    boardTokenRevoked: (tokenId) => {
      collab.closeConnections((_doc, p) => p.id.startsWith(`board:${tokenId}:`), 4403, 'The board token was revoked');
    },
    projectChanged: (projectId) => {
      void ds
        .query('SELECT archived_at IS NOT NULL AS archived FROM projects WHERE id = $1', [projectId])
        .then((rows: { archived: boolean }[]) => {
          if (rows[0]?.archived) collab.closeConnections((doc, p) => p.canWrite && inProject(doc, projectId), 4403, 'The project was archived and is read-only');
        })
        .catch((err: unknown) => logger.warn('archive check failed', { err: String(err) }));
    },
    catchUp: () => {
      void services.projector.catchUp().catch((err) => logger.error('projection catch-up failed', { err: err as Error }));
    },
    close: async () => {
      await collab.close();
      await services.projector.close();
      await fanout.close();
      await pool.end();
    },
  };
}
