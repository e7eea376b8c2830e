import 'reflect-metadata';
import { createApp } from '../../../server/dist/app.js';
import { createLogger } from '../../../server/dist/common/logger.js';
import { loadConfig } from '../../../server/dist/config.js';
import { executionSamples } from '../execution.mjs';
import { BOARD_QUERY } from '../board.mjs';
import { startBareServer } from '../lib/bare-server.mjs';
import { serveParent } from '../lib/child.mjs';

/**
 * One schema-layer measurement in a process of its own: the app and the bare server are both started
 * and each answers one HTTP request (so Apollo instruments both schemas alike), then only the schema
 * named by `which` is executed.
 */
serveParent({
  measure: async ({ databaseUrl, which, seed, seconds }) => {
    const config = loadConfig({ NODE_ENV: process.env.NODE_ENV, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const app = await createApp(config, { databaseUrl, logger: createLogger('silent') });
    let bare;
    try {
      const url = await app.listen(0, '127.0.0.1');
      bare = await startBareServer(app, config);
      for (const u of [url, bare.url]) {
        const res = await fetch(`${u}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: seed.owner.cookie },
          body: JSON.stringify({ query: BOARD_QUERY, variables: { key: seed.key } }),
        });
        await res.text();
      }
      return await executionSamples({ app, schema: which === 'app' ? app.schema : bare.schema, seed, seconds });
    } finally {
      await bare?.close();
      await app.close();
    }
  },
});
