import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded.js';
import { createDataSource, runMigrations } from '../src/database/data-source.js';

export const TEMPLATE_DB = 'trellis_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the maintenance database on the test PostgreSQL server (for CREATE DATABASE). */
    dbAdminUrl: string;
    templateDb: string;
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
  // Leftovers of an earlier run against the same external server.
  const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'trellis_t_%' OR datname = $1`, [TEMPLATE_DB]);
  for (const r of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  const ds = createDataSource({ url: withDatabase(adminUrl, TEMPLATE_DB) });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  await admin.end();

  project.provide('dbAdminUrl', adminUrl);
  project.provide('templateDb', TEMPLATE_DB);

  return async () => {
    if (embedded) await embedded.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
