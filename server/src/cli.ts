import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './app.js';
import { consoleLogger, openDatabase } from './bootstrap.js';
import { loadConfig } from './config.js';
import { exitWhenWritten } from './common/exit.js';
import { createHub } from './topics.js';
import { createDataSource, runMigrations } from './database/data-source.js';
import { composeModules } from './composition.js';
import { createSchema, printSdl } from './schema.js';
import { seedDemo } from './seed/demo.js';

const usage = `Usage: node server/dist/cli.js <command>
  migrate            apply pending migrations
  seed               create the demo organisation if the database is empty
  emit-schema [file] write the GraphQL SDL (default schema/schema.graphql)
  password EMAIL     set a new password for EMAIL (prints it)`;

async function main(): Promise<void> {
  const [cmd, arg] = process.argv.slice(2);
  const config = loadConfig();
  const logger = consoleLogger(config);
  if (cmd === 'emit-schema') {
    const ds = createDataSource({ url: 'postgres://unused/unused' });
    const hub = createHub();
    const schema = await createSchema(composeModules(ds, { sessionDays: 1, cookieSecure: false, hub }).resolvers, hub);
    const file = path.resolve(arg ?? path.join(import.meta.dirname, '../../schema/schema.graphql'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, printSdl(schema));
    process.stdout.write(`wrote ${file}\n`);
    return;
  }
  if (!['migrate', 'seed', 'password'].includes(cmd ?? '')) {
    process.stderr.write(usage + '\n');
    process.exitCode = 2;
    return;
  }
  const db = await openDatabase(config, logger);
  try {
    if (cmd === 'migrate') {
      const ds = createDataSource({ url: db.url, logger });
      await ds.initialize();
      const ran = await runMigrations(ds);
      await ds.destroy();
      process.stdout.write(ran.length ? `applied: ${ran.join(', ')}\n` : 'database is up to date\n');
    } else {
      const app = await createApp(config, { databaseUrl: db.url, logger });
      try {
        if (cmd === 'seed') {
          const demo = await seedDemo(app.dataSource, app.services);
          process.stdout.write(demo ? `demo created: ${demo.email} / ${demo.password}\n` : 'database already has users; nothing seeded\n');
        } else {
          if (!arg) throw new Error('give the email: password EMAIL');
          const pw = (await import('node:crypto')).randomBytes(9).toString('base64url');
          await app.services.auth.resetPassword(arg, pw);
          process.stdout.write(`new password for ${arg}: ${pw}\n`);
        }
      } finally {
        await app.close();
      }
    }
  } finally {
    await db.embedded?.stop();
  }
}

main().then(
  () => exitWhenWritten(typeof process.exitCode === 'number' ? process.exitCode : 0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    exitWhenWritten(1);
  },
);
