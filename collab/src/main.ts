/**
 * Standalone collab service: `node collab/dist/main.js`. Clients present a ticket minted with
 * `signTicket(COLLAB_TICKET_SECRET, ...)` by the server. Logs one JSON line per entry on stderr.
 *
 * DATABASE_URL          PostgreSQL with the collab tables (required)
 * COLLAB_TICKET_SECRET  HMAC secret shared with the server (required)
 * COLLAB_PORT / PORT    listening port (default 1234; 0 picks a free one, logged as "listening")
 * COLLAB_HOST           listening address (default 0.0.0.0)
 * REDIS_URL             announce updates through Redis instead of PostgreSQL NOTIFY
 * COLLAB_FLUSH_MS       group-commit window (default 75)
 */
import http from 'node:http';
import pg from 'pg';
import { createFanout } from './fanout/create-fanout.js';
import type { CollabLogger } from './logger.js';
import { createCollabServer } from './server.js';
import { PgDocStore } from './store/pg-doc-store.js';
import { verifyTicket } from './ticket.js';

function jsonLogger(): CollabLogger {
  const write = (level: string) => (msg: string, fields?: Record<string, unknown>) => {
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, msg, ...fields };
    if (fields?.err instanceof Error) entry.err = { message: fields.err.message, stack: fields.err.stack };
    process.stderr.write(JSON.stringify(entry) + '\n');
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`collab: ${name} is required\n`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const logger = jsonLogger();
  const databaseUrl = required('DATABASE_URL');
  const secret = required('COLLAB_TICKET_SECRET');
  const port = Number(process.env.COLLAB_PORT ?? process.env.PORT ?? 1234);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  pool.on('error', (err) => logger.warn('collab: idle database connection failed', { err }));
  const fanout = createFanout({ pool, redisUrl: process.env.REDIS_URL, logger });

  const collab = createCollabServer(
    { flushIntervalMs: process.env.COLLAB_FLUSH_MS ? Number(process.env.COLLAB_FLUSH_MS) : undefined },
    {
      store: new PgDocStore(pool),
      fanout,
      logger,
      async authenticate(_req, docName, params) {
        const t = verifyTicket(secret, params.get('ticket'), docName);
        return { id: t.sub, userId: t.uid, name: t.name, canWrite: t.write, presence: t.presence };
      },
    },
  );
  await collab.ready;

  const server = http.createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' }).end('WebSocket endpoint\n');
  });
  server.on('upgrade', (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  server.listen(port, process.env.COLLAB_HOST ?? '0.0.0.0', () => {
    const address = server.address();
    logger.info('collab: listening', { port: typeof address === 'object' && address ? address.port : port, instanceId: collab.stats().instanceId });
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('collab: stopping', { signal });
    server.close();
    await collab.close();
    await fanout.close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: Error) => {
  process.stderr.write(`collab: failed to start: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
