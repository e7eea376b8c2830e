import type { LoggedUpdate, Query } from './pg-doc-store.js';

/**
 * What a host needs to follow stored documents from the outside, inside its own database
 * transaction (a projector applying the WBS document to rows, say), without knowing the tables:
 * whether a document exists, its snapshot, its log rows as a stream of batches, and a consumer
 * cursor per document that compaction respects (rows above the cursor stay in the log, so whoever
 * reads from the cursor sees every row with its author).
 *
 * Log seqs increase but may become visible out of order (concurrent writers commit in their own
 * order), so a consumer that reads incrementally should read again from a point some time behind
 * what it has seen, skipping the seqs it already holds (see `readBatches`' `skip`).
 */

type Row = Record<string, unknown>;

function rowsOf(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows?: Row[] } | null)?.rows ?? [];
}

function bytes(value: unknown): Uint8Array {
  const b = value as Uint8Array;
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** True when the document has been stored (it has a row, however empty). */
export async function documentExists(query: Query, docName: string): Promise<boolean> {
  return rowsOf(await query('SELECT 1 FROM collab_documents WHERE name = $1', [docName])).length > 0;
}

/** The snapshot a document's log continues from (null update: no snapshot yet). */
export async function loadSnapshot(query: Query, docName: string): Promise<{ update: Uint8Array | null; seq: number } | null> {
  const [row] = rowsOf(await query('SELECT snapshot, snapshot_seq FROM collab_documents WHERE name = $1', [docName]));
  if (!row) return null;
  return { update: row.snapshot ? bytes(row.snapshot) : null, seq: Number(row.snapshot_seq) };
}

export interface ReadBatchesOptions {
  /** Seqs above `afterSeq` the reader holds already; they are not read again. */
  skip?: Iterable<number>;
  /** Rows per batch (default 500). */
  batchSize?: number;
}

/**
 * The log rows after `afterSeq`, oldest first, as a stream of batches of at most `batchSize` rows,
 * each with its author and origin. Reading stops at the newest row visible when a batch is read.
 * Rows folded into the snapshot and deleted by compaction are not returned: a consumer whose
 * position is below `ConsumerCursor.compactedThrough` must start again from the snapshot.
 */
export async function* readBatches(query: Query, docName: string, afterSeq: number, options: ReadBatchesOptions = {}): AsyncGenerator<LoggedUpdate[]> {
  const size = options.batchSize ?? 500;
  const skip = [...(options.skip ?? [])].filter((s) => s > afterSeq);
  let from = afterSeq;
  for (;;) {
    const rows = rowsOf(
      await query(
        `SELECT seq, update, user_id, origin FROM collab_updates
          WHERE doc_name = $1 AND seq > $2 AND NOT (seq = ANY($3::bigint[])) ORDER BY seq LIMIT $4`,
        [docName, from, skip, size],
      ),
    );
    if (rows.length === 0) return;
    const batch = rows.map((r) => ({
      seq: Number(r.seq),
      update: bytes(r.update),
      userId: (r.user_id as string | null) ?? null,
      origin: (r.origin as string | null) ?? null,
    }));
    yield batch;
    if (rows.length < size) return;
    from = batch[batch.length - 1]!.seq;
  }
}

/** A consumer's position in one document, locked for the caller's transaction. */
export interface ConsumerCursor {
  /** Every row up to this seq has been consumed (the consumer said so with `advanceCursor`). */
  seq: number;
  /**
   * Changes whenever the cursor is written, by anyone: a consumer that keeps state in memory and
   * finds another version than the one `advanceCursor` gave it knows someone else consumed rows
   * since, or that its own transaction did not commit.
   */
  version: string;
  /**
   * Rows up to this seq may have been deleted by compaction (they are in the snapshot). A
   * consumer holding state at or above it can keep reading the log; below it, it must reload.
   */
  compactedThrough: number;
}

const CURSOR_SQL = `
  SELECT p.projected_seq, p.xmin::text AS version, LEAST(d.snapshot_seq, p.projected_seq) AS compacted
    FROM collab_projections p JOIN collab_documents d ON d.name = p.doc_name
   WHERE p.doc_name = $1 FOR UPDATE OF p`;

/**
 * Locks a document's consumer cursor until the caller's transaction ends (creating it at 0 the
 * first time); null when the document does not exist. One consumer at a time per document.
 */
export async function lockCursor(query: Query, docName: string): Promise<ConsumerCursor | null> {
  let [row] = rowsOf(await query(CURSOR_SQL, [docName]));
  if (!row) {
    await query('INSERT INTO collab_projections (doc_name) SELECT name FROM collab_documents WHERE name = $1 ON CONFLICT DO NOTHING', [docName]);
    [row] = rowsOf(await query(CURSOR_SQL, [docName]));
    if (!row) return null;
  }
  return { seq: Number(row.projected_seq), version: row.version as string, compactedThrough: Number(row.compacted) };
}

/**
 * Moves a document's cursor forward to `seq` (never back; creating it when missing) and returns
 * its new version. Compaction keeps the rows above it.
 */
export async function advanceCursor(query: Query, docName: string, seq: number): Promise<string> {
  const [row] = rowsOf(
    await query(
      `INSERT INTO collab_projections (doc_name, projected_seq) VALUES ($1, $2)
       ON CONFLICT (doc_name) DO UPDATE SET projected_seq = GREATEST(collab_projections.projected_seq, EXCLUDED.projected_seq), updated_at = now()
       RETURNING xmin::text AS version`,
      [docName, seq],
    ),
  );
  return row!.version as string;
}

/** Names of the documents (among those matching the LIKE `pattern`) that have rows past their cursor. */
export async function documentsBehind(query: Query, pattern = '%'): Promise<string[]> {
  const rows = rowsOf(
    await query(
      `SELECT d.name FROM collab_documents d
         LEFT JOIN collab_projections p ON p.doc_name = d.name
        WHERE d.name LIKE $1
          AND EXISTS (SELECT 1 FROM collab_updates u WHERE u.doc_name = d.name AND u.seq > COALESCE(p.projected_seq, 0))
        ORDER BY d.name`,
      [pattern],
    ),
  );
  return rows.map((r) => r.name as string);
}
