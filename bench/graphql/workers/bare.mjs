import 'reflect-metadata';
import { createApp } from '../../../server/dist/app.js';
import { createLogger } from '../../../server/dist/common/logger.js';
import { loadConfig } from '../../../server/dist/config.js';
import { startBareServer } from '../lib/bare-server.mjs';
import { serveParent } from '../lib/child.mjs';
import { ownCpuSeconds } from '../lib/cpu.mjs';

/**
 * The bare Apollo server in a process of its own, over the server's services (from `createApp`, whose
 * own HTTP server is never started), so that it and the app never share V8's optimised code.
 */
let app = null;
let bare = null;
const serverLog = [];

async function close() {
  await bare?.close();
  await app?.close();
  bare = app = null;
}

serveParent({
  start: async ({ databaseUrl }) => {
    const config = loadConfig({ NODE_ENV: process.env.NODE_ENV, LOG_LEVEL: 'silent', SEED_DEMO: 'false', GRAPHQL_RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_PERSON: '1000000' });
    app = await createApp(config, { databaseUrl, logger: createLogger('warn', (l) => serverLog.push(l)) });
    bare = await startBareServer(app, config);
    return { url: bare.url };
  },
  sqlReset: () => app.queryCounter.reset(),
  sqlCount: () => app.queryCounter.count,
  cpuSeconds: () => ownCpuSeconds(),
  logs: () => serverLog,
  close,
  exit: close,
});
