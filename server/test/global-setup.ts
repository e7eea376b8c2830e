import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { alive, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded.js';
import { createDataSource, runMigrations } from '../src/database/data-source.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the maintenance database on the test PostgreSQL server (for CREATE DATABASE). */
    dbAdminUrl: string;
    templateDb: string;
    /** Names of this run's test databases start with it (see createTestDatabase). */
    dbPrefix: string;
  }
}

/**
 * This run's databases are named after the machine and the process, so that runs against the same
 * external server at once leave each other's databases alone: `trellis_t_<host>_<pid>_...` for
 * the test files' databases, `trellis_tpl_<host>_<pid>_...` for the template they are cloned from.
 */
const HOST = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 6);
const RUN = `${HOST}_${process.pid}`;
const NAMED = /^trellis_(?:t|tpl)_([0-9a-f]{6})_(\d+)_/;

/**
 * Databases an earlier run left behind: those of a run on this machine whose process is gone, and
 * unnamed ones (from before runs were named) that nobody is connected to.
 */
async function dropLeftovers(admin: pg.Client): Promise<void> {
  const rows = (await admin.query<{ datname: string; connections: number }>(
    `SELECT d.datname, (SELECT count(*)::int FROM pg_stat_activity a WHERE a.datname = d.datname) AS connections
     FROM pg_database d WHERE d.datname LIKE 'trellis\\_t\\_%' OR d.datname LIKE 'trellis\\_tpl\\_%' OR d.datname = 'trellis_test_template'`,
  )).rows;
  for (const { datname, connections } of rows) {
    const m = NAMED.exec(datname);
    const stale = m ? m[1] === HOST && Number(m[2]) !== process.pid && !alive(Number(m[2])) : connections === 0;
    if (stale) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL's server when set, else an embedded one in a
 * throw-away directory. A template database is migrated once; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = withDatabase(process.env.TEST_DATABASE_URL, 'postgres');
  } else {
    dir = mkdtempSync(path.join(os.tmpdir(), 'trellis-test-'));
    embedded = await startEmbeddedPostgres({ dir, persistent: false });
    adminUrl = embedded.url('postgres');
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  if (!embedded) await dropLeftovers(admin);
  // One template per project of the run (each project's setup makes its own).
  const templateDb = `trellis_tpl_${RUN}_${randomBytes(3).toString('hex')}`;
  await admin.query(`CREATE DATABASE "${templateDb}"`);
  const ds = createDataSource({ url: withDatabase(adminUrl, templateDb) });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  await admin.end();

  project.provide('dbAdminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  project.provide('dbPrefix', `trellis_t_${RUN}_`);

  return async () => {
    if (!embedded) {
      // This run's databases on the external server: the template, and any a test file left.
      const end = new pg.Client({ connectionString: adminUrl });
      await end.connect();
      try {
        const mine = await end.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`, [templateDb, `trellis_t_${RUN}_`]);
        for (const { datname } of mine.rows) await end.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      } finally {
        await end.end();
      }
    }
    if (embedded) await embedded.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
