import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { AppendOptions, AppendResult, CatchUp, CompactionResult, DocStore, DocumentBatch, PendingUpdate, StoredDocument } from './doc-store.js';
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
 * Inserts the rows of one or more documents in one statement, holding a key-share lock on each
 * document row. Every lock is taken before any seq is drawn: the sort on the input order consumes
 * the whole join (and so every locked scan) before the first row reaches the INSERT, where the seq
 * default is evaluated. Compaction locks a document row FOR UPDATE, so it waits for every writer
 * that may hold a smaller, not yet committed seq of that document, and never folds the log past a
 * row that only becomes visible later. Rows of documents without a row in collab_documents are
 * not inserted (the caller creates those documents and inserts their rows again).
 */
const INSERT_LOCKED_SQL = `
  INSERT INTO collab_updates (doc_name, update, user_id, origin)
  SELECT t.doc, t.u, t.uid, $2
  FROM unnest($1::text[], $3::bytea[], $4::uuid[]) WITH ORDINALITY AS t(doc, u, uid, n)
  JOIN (SELECT name FROM collab_documents WHERE name = ANY($1::text[]) FOR KEY SHARE) d ON d.name = t.doc
  ORDER BY t.n
  RETURNING doc_name, seq`;

/**
 * The same insert, announcing each document's rows with one NOTIFY in the same statement
 * (delivered when the transaction commits, never if it rolls back). Payload as
 * `encodeAnnouncement` writes it.
 */
const INSERT_LOCKED_NOTIFY_SQL = `
  WITH ins AS (${INSERT_LOCKED_SQL}),
       docs AS (SELECT doc_name, array_agg(seq ORDER BY seq) AS seqs, min(seq) AS from_seq, max(seq) AS to_seq FROM ins GROUP BY doc_name)
  SELECT doc_name, seqs, pg_notify($5, json_build_object('doc', doc_name, 'seq', to_seq, 'from', from_seq, 'origin', $2::text)::text)
  FROM docs`;

/** Runs the insert for the given batches; returns the seqs written per document name. */
async function insertLocked(query: Query, batches: DocumentBatch[], origin: string, notifyChannel: string | undefined): Promise<Map<string, number[]>> {
  const names: string[] = [];
  const updates: Buffer[] = [];
  const users: (string | null)[] = [];
  for (const { docName, entries } of batches) {
    for (const e of entries) {
      names.push(docName);
      updates.push(toBuffer(e.update));
      users.push(e.userId);
    }
  }
  const seqs = new Map<string, number[]>();
  if (names.length === 0) return seqs;
  if (!notifyChannel) {
    for (const r of rowsOf(await query(INSERT_LOCKED_SQL, [names, origin, updates, users]))) {
      const name = r.doc_name as string;
      const list = seqs.get(name);
      if (list) list.push(Number(r.seq));
      else seqs.set(name, [Number(r.seq)]);
    }
  } else {
    for (const r of rowsOf(await query(INSERT_LOCKED_NOTIFY_SQL, [names, origin, updates, users, notifyChannel]))) {
      seqs.set(r.doc_name as string, (r.seqs as (string | number)[]).map(Number));
    }
  }
  return seqs;
}

/**
 * Appends rows to the logs of several documents in one statement (a group commit), creating the
 * documents that are missing; returns each batch's seqs in order, in the order of `batches`.
 * Needs no transaction of its own in the common case; inside the caller's transaction it commits
 * with it. With `notifyChannel`, the same statement announces each document's rows through
 * PostgreSQL NOTIFY (for a PgNotifyFanout on this database). A document may appear only once.
 */
export async function appendToDocuments(query: Query, batches: DocumentBatch[], origin: string, notifyChannel?: string): Promise<number[][]> {
  const written = await insertLocked(query, batches, origin, notifyChannel);
  const missing = batches.filter((b) => b.entries.length > 0 && !written.has(b.docName));
  if (missing.length > 0) {
    await query('INSERT INTO collab_documents (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING', [missing.map((b) => b.docName)]);
    for (const [name, seqs] of await insertLocked(query, missing, origin, notifyChannel)) written.set(name, seqs);
  }
  return batches.map((b) => {
    if (b.entries.length === 0) return [];
    const seqs = written.get(b.docName);
    if (!seqs || seqs.length !== b.entries.length) throw new Error(`collab: document ${b.docName} vanished while appending`);
    return seqs.sort((x, y) => x - y);
  });
}

/**
 * Appends rows to a document's log, creating the document when missing; returns their seqs in
 * order. See `appendToDocuments`.
 */
export async function appendUpdates(query: Query, docName: string, entries: PendingUpdate[], origin: string, notifyChannel?: string): Promise<number[]> {
  const [seqs] = await appendToDocuments(query, [{ docName, entries }], origin, notifyChannel);
  return seqs;
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

  async appendMany(batches: DocumentBatch[], origin: string, options: AppendOptions = {}): Promise<AppendResult[]> {
    const all = await appendToDocuments(this.query, batches, origin, options.notifyChannel);
    return all.map((seqs) => ({ fromSeq: seqs[0], toSeq: seqs[seqs.length - 1], announced: options.notifyChannel !== undefined }));
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
