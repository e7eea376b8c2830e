import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../server/dist/database/embedded.js';

/**
 * A fresh database for one benchmark run: created inside the server named by BENCH_DATABASE_URL,
 * or inside an embedded PostgreSQL started in a temporary folder. `drop()` removes everything.
 */
export async function benchDatabase(env = process.env) {
  const name = `trellis_bench_${randomBytes(5).toString('hex')}`;
  if (env.BENCH_DATABASE_URL) {
    const admin = new URL(env.BENCH_DATABASE_URL);
    const run = async (sql) => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      try {
        return await c.query(sql);
      } finally {
        await c.end();
      }
    };
    await run(`CREATE DATABASE "${name}"`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      kind: 'external (BENCH_DATABASE_URL)',
      url: url.toString(),
      drop: async () => {
        await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-'));
  let embedded;
  try {
    embedded = await startEmbeddedPostgres({ dir, persistent: false });
    await embedded.createDatabase(name);
  } catch (err) {
    await embedded?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    kind: 'embedded (temporary)',
    url: embedded.url(name),
    drop: async () => {
      try {
        await embedded.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function postgresVersion(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query('SHOW server_version');
    return rows[0].server_version;
  } finally {
    await c.end();
  }
}
