import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../../../server/dist/app.js';
import { createLogger } from '../../../server/dist/common/logger.js';
import { loadConfig } from '../../../server/dist/config.js';
import { serveParent } from '../lib/child.mjs';
import { ownCpuSeconds } from '../lib/cpu.mjs';

/** A second app instance in its own process, as it would run in a real deployment. */
let app = null;
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const serverLog = [];
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

serveParent({
  start: async ({ databaseUrl }) => {
    const config = loadConfig({ NODE_ENV: process.env.NODE_ENV, LOG_LEVEL: 'silent', SEED_DEMO: 'false', GRAPHQL_RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_PERSON: '1000000' });
    app = await createApp(config, { databaseUrl, logger: createLogger('warn', (l) => serverLog.push(l)) });
    return { url: await app.listen(0, '127.0.0.1') };
  },
  watching: ({ topic, projectId }) => app.hub.watching(topic, projectId),
  cpuSeconds: () => ownCpuSeconds(),
  /** Longest event-loop stall (ms) since the last call. */
  loopDelayMax: () => {
    const max = loop.max / 1e6;
    loop.reset();
    return max;
  },
  logs: () => ({ serverLog, warnings }),
  close: async () => {
    await app?.close();
    app = null;
  },
  exit: async () => {
    await app?.close();
  },
});
