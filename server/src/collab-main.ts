import 'reflect-metadata';
import http from 'node:http';
import { consoleLogger, openDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { EventListener, RedisEvents, type DomainEvent, type EventTransport } from './common/events.js';
import { originAllowed, refuseUpgrade, trustedOrigins } from './common/ws-guard.js';
import { createDataSource, runMigrations } from './database/data-source.js';
import { createServices } from './composition.js';
import { openCollabLink, startCollab } from './modules/collab/index.js';

/**
 * The collab service on its own (`npm run collab`), for deployments that scale live editing apart
 * from the API: the same /collab endpoint, access rules and projector as `npm start`, on COLLAB_PORT
 * (default 4001). It shares the database (and Redis, when set) with the API servers.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee .env.example for every variable and its default.\n`);
      process.exit(2);
    }
    throw e;
  }
  const port = Number(process.env.COLLAB_PORT ?? 4001);
  const logger = consoleLogger(config);
  const db = await openDatabase(config, logger);
  const ds = createDataSource({ url: db.url, logger });
  await ds.initialize();
  await runMigrations(ds);
  const link = openCollabLink(config, db.url, logger);
  const services = createServices(ds, { sessionDays: config.sessionDays, cookieSecure: config.cookieSecure, logger, fanout: link.fanout });
  await services.collab.start(config.collabSecret);

  const host = await startCollab(config, link, ds, services, logger);

  // Access changes made through the API reach this process as domain events.
  const onEvent = (e: DomainEvent) => {
    if (e.type === 'member_removed') host.memberRemoved(e.projectId, e.userId);
    else if (e.type === 'board_token_revoked') host.boardTokenRevoked(e.tokenId);
    else if (e.type === 'project') host.projectChanged(e.projectId);
  };
  const events: EventTransport = config.redisUrl ? new RedisEvents(config.redisUrl, ds, db.url, onEvent, logger) : new EventListener(db.url, onEvent, logger);
  await events.start();
  host.catchUp();

  const server = http.createServer((req, res) => {
    if (req.url === '/healthz') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, ...host.collab.stats() }));
      return;
    }
    res.statusCode = 404;
    res.end('Trellis collab service: connect a WebSocket to /collab/<document>');
  });
  const origins = trustedOrigins(config);
  server.on('upgrade', (req, socket, head) => {
    // As on the API server: no page of another site opens a document socket.
    if (!originAllowed(req, origins)) return refuseUpgrade(socket, 'This origin may not open a websocket here');
    if (!host.collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(port, config.host, resolve));
  process.stdout.write(`\n  Trellis collab service on ws://localhost:${(server.address() as { port: number }).port}/collab\n\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      server.close();
      await host.close();
      await events.stop();
      await ds.destroy();
      await db.embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err) => {
  process.stderr.write(`Trellis collab failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
