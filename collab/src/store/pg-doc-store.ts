import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { AppendOptions, AppendResult, CatchUp, CompactionResult, DocStore, PendingUpdate, StoredDocument } from './doc-store.js';
import { foldUpdates, mergeAll } from './merge.js';

/**
 * Runs one SQL statement. Both `pg` (`pool.query`, `client.query`: `{ rows }`) and TypeORM
 * (`manager.query`, `queryRunner.query`: the rows array) fit, so the server can call the helpers
 * below inside its own transaction.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Query = (sql: string, params: unknown[]) => Promise<any>;

type Row = Record<string, unknown>;

function rowsOf(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];
  const rows = (result as { rows?: Row[] } | null)?.rows;
  return rows ?? [];
}

function bytes(value: unknown): Uint8Array {
  const b = value as Uint8Array;
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function toBuffer(u: Uint8Array): Buffer {
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

/**
 * Inserts the rows in one statement, holding a key-share lock on the document row. The lock is
 * taken by the statement's scan BEFORE any seq is drawn (the seq default is evaluated for rows the
 * scan has produced): compaction locks the row FOR UPDATE, so it waits for every writer that may
 * hold a smaller, not yet committed seq, and never folds the log past a row that only becomes
 * visible later. Inserts nothing when the document row does not exist.
 */
const INSERT_LOCKED_SQL = `
  INSERT INTO collab_updates (doc_name, update, user_id, origin)
  SELECT d.name, t.u, t.uid, $2
  FROM (SELECT name FROM collab_documents WHERE name = $1 FOR KEY SHARE) d,
       unnest($3::bytea[], $4::uuid[]) WITH ORDINALITY AS t(u, uid, n)
  ORDER BY t.n
  RETURNING seq`;

/**
 * The same insert, announcing the batch with NOTIFY in the same statement (delivered when the
 * transaction commits, never if it rolls back). Payload as `encodeAnnouncement` writes it.
 */
const INSERT_LOCKED_NOTIFY_SQL = `
  WITH ins AS (${INSERT_LOCKED_SQL}),
       batch AS (SELECT array_agg(seq ORDER BY seq) AS seqs, min(seq) AS from_seq, max(seq) AS to_seq FROM ins)
  SELECT seqs, pg_notify($5, json_build_object('doc', $1::text, 'seq', to_seq, 'from', from_seq, 'origin', $2::text)::text)
  FROM batch WHERE to_seq IS NOT NULL`;

async function insertLocked(query: Query, params: unknown[], notifyChannel: string | undefined): Promise<number[]> {
  if (!notifyChannel) return rowsOf(await query(INSERT_LOCKED_SQL, params)).map((r) => Number(r.seq));
  const rows = rowsOf(await query(INSERT_LOCKED_NOTIFY_SQL, [...params, notifyChannel]));
  return rows.length > 0 ? (rows[0].seqs as (string | number)[]).map(Number) : [];
}

/**
 * Appends rows to a document's log, creating the document when missing; returns their seqs in
 * order. One statement in the common case, so it needs no transaction of its own; inside the
 * caller's transaction it commits with it. With `notifyChannel`, the same statement announces the
 * batch through PostgreSQL NOTIFY (for a PgNotifyFanout on this database).
 */
export async function appendUpdates(query: Query, docName: string, entries: PendingUpdate[], origin: string, notifyChannel?: string): Promise<number[]> {
  if (entries.length === 0) return [];
  const params = [docName, origin, entries.map((e) => toBuffer(e.update)), entries.map((e) => e.userId)];
  let seqs = await insertLocked(query, params, notifyChannel);
  if (seqs.length === 0) {
    await query('INSERT INTO collab_documents (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [docName]);
    seqs = await insertLocked(query, params, notifyChannel);
    if (seqs.length === 0) throw new Error(`collab: document ${docName} vanished while appending`);
  }
  return seqs.sort((a, b) => a - b);
}

/**
 * Appends one update to a document's log, creating the document when missing. Meant to run inside
 * the caller's transaction (the server applies GraphQL changes to a document this way); announce
 * the returned seq through the fan-out after that transaction commits.
 */
export async function appendUpdate(
  query: Query,
  docName: string,
  update: Uint8Array,
  userId: string | null,
  origin: string,
  options: AppendOptions = {},
): Promise<number> {
  const [seq] = await appendUpdates(query, docName, [{ update, userId }], origin, options.notifyChannel);
  return seq;
}

/** The snapshot (kind 0) and the log rows after it (kind 1), read in one statement, so one snapshot of the database. */
const LOAD_SQL = `
  WITH d AS (SELECT snapshot, snapshot_seq FROM collab_documents WHERE name = $1)
  SELECT 0 AS kind, snapshot_seq AS seq, snapshot AS data FROM d
  UNION ALL
  SELECT 1, u.seq, u.update FROM collab_updates u, d WHERE u.doc_name = $1 AND u.seq > d.snapshot_seq
  ORDER BY kind, seq`;

async function readStored(query: Query, docName: string): Promise<StoredDocument | null> {
  const rows = rowsOf(await query(LOAD_SQL, [docName]));
  if (rows.length === 0) return null;
  const [head, ...log] = rows;
  const parts: Uint8Array[] = [];
  if (head.data) parts.push(bytes(head.data));
  for (const r of log) parts.push(bytes(r.data));
  const seq = log.length > 0 ? Number(log[log.length - 1].seq) : Number(head.seq);
  return { update: mergeAll(parts), seq, rowsSinceSnapshot: log.length };
}

/** The whole stored state of a document (snapshot merged with the log after it), or null when it does not exist. */
export async function loadDocumentState(query: Query, docName: string): Promise<{ update: Uint8Array; seq: number } | null> {
  const stored = await readStored(query, docName);
  if (!stored || !stored.update) return null;
  return { update: stored.update, seq: stored.seq };
}

export interface LoggedUpdate {
  seq: number;
  update: Uint8Array;
  userId: string | null;
  origin: string | null;
}

/**
 * Log rows after `seq`, oldest first, with who made them. Rows folded into the snapshot and deleted
 * by compaction are not returned; compaction keeps rows above a document's `collab_projections`
 * cursor, so a projector reading from its cursor sees every row.
 */
export async function readUpdatesSince(query: Query, docName: string, seq: number): Promise<LoggedUpdate[]> {
  const rows = rowsOf(
    await query('SELECT seq, update, user_id, origin FROM collab_updates WHERE doc_name = $1 AND seq > $2 ORDER BY seq', [docName, seq]),
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    update: bytes(r.update),
    userId: (r.user_id as string | null) ?? null,
    origin: (r.origin as string | null) ?? null,
  }));
}

const statementNames = new Map<string, string>();

/**
 * Runs SQL as a named prepared statement: PostgreSQL parses and plans each statement once per
 * connection instead of once per call, which is most of its CPU for these small, frequent queries.
 */
function prepared(client: pg.Pool | pg.PoolClient): Query {
  return (sql, params) => {
    let name = statementNames.get(sql);
    if (!name) {
      name = `collab_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
      statementNames.set(sql, name);
    }
    return client.query({ name, text: sql, values: params as unknown[] });
  };
}

/** A DocStore on PostgreSQL (tables from the server's Collab migration). */
export class PgDocStore implements DocStore {
  private readonly query: Query;

  constructor(private readonly pool: pg.Pool) {
    this.query = prepared(pool);
  }

  async load(docName: string): Promise<StoredDocument> {
    return (await readStored(this.query, docName)) ?? { update: null, seq: 0, rowsSinceSnapshot: 0 };
  }

  async append(docName: string, entries: PendingUpdate[], origin: string, options: AppendOptions = {}): Promise<AppendResult> {
    // Autocommit: each statement of appendUpdates stands alone (creating the document row, if done, is idempotent).
    const seqs = await appendUpdates(this.query, docName, entries, origin, options.notifyChannel);
    return { fromSeq: seqs[0], toSeq: seqs[seqs.length - 1], announced: options.notifyChannel !== undefined };
  }

  async readSince(docName: string, seq: number): Promise<CatchUp> {
    // When another instance compacted past `seq`, the rows in between are gone: take the snapshot.
    const rows = rowsOf(
      await this.query(
        `WITH d AS (SELECT snapshot, snapshot_seq FROM collab_documents WHERE name = $1)
         SELECT 0 AS kind, snapshot_seq AS seq, snapshot AS data FROM d WHERE d.snapshot_seq > $2 AND d.snapshot IS NOT NULL
         UNION ALL
         SELECT 1, u.seq, u.update FROM collab_updates u WHERE u.doc_name = $1 AND u.seq > $2
         ORDER BY kind, seq`,
        [docName, seq],
      ),
    );
    let max = seq;
    for (const r of rows) max = Math.max(max, Number(r.seq));
    return { updates: rows.map((r) => bytes(r.data)), seq: max };
  }

  async compact(docName: string): Promise<CompactionResult | null> {
    return this.transaction(async (q) => {
      const docs = rowsOf(await q('SELECT snapshot, snapshot_seq FROM collab_documents WHERE name = $1 FOR UPDATE', [docName]));
      if (docs.length === 0) return null;
      let snapshotSeq = Number(docs[0].snapshot_seq);
      const log = rowsOf(await q('SELECT seq, update FROM collab_updates WHERE doc_name = $1 AND seq > $2 ORDER BY seq', [docName, snapshotSeq]));
      if (log.length > 0) {
        const parts = docs[0].snapshot ? [bytes(docs[0].snapshot)] : [];
        for (const r of log) parts.push(bytes(r.update));
        snapshotSeq = Number(log[log.length - 1].seq);
        await q('UPDATE collab_documents SET snapshot = $2, snapshot_seq = $3, updated_at = now() WHERE name = $1', [
          docName,
          toBuffer(foldUpdates(parts)),
          snapshotSeq,
        ]);
      }
      // Rows the projector has not applied yet stay, so it can still attribute them to their authors.
      const projection = rowsOf(await q('SELECT projected_seq FROM collab_projections WHERE doc_name = $1', [docName]));
      const floor = projection.length > 0 ? Math.min(snapshotSeq, Number(projection[0].projected_seq)) : snapshotSeq;
      const deleted = await q('DELETE FROM collab_updates WHERE doc_name = $1 AND seq <= $2', [docName, floor]);
      return { snapshotSeq, deletedRows: (deleted as { rowCount?: number }).rowCount ?? 0 };
    });
  }

  private async transaction<T>(work: (query: Query) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(prepared(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      // A connection that cannot even roll back is discarded rather than returned to the pool.
      await client.query('ROLLBACK').catch((rollbackErr: Error) => (broken = rollbackErr));
      throw err;
    } finally {
      client.release(broken);
    }
  }
}
