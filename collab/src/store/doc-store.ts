/**
 * Where documents live between sessions. The service talks to storage only through this
 * interface, so tests can run a memory store and a failing one.
 *
 * Sequence numbers (`seq`) are the update log's ids: increasing, but with gaps, and rows may become
 * visible out of order when several writers commit concurrently.
 */
export interface StoredDocument {
  /** Snapshot merged with every log row after it; null when the document has never been stored. */
  update: Uint8Array | null;
  /** Highest log seq included in `update` (0 when none). */
  seq: number;
  /** Log rows after the snapshot: how much a compaction would fold in. */
  rowsSinceSnapshot: number;
}

export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

/** One document's rows in a write that covers several documents. */
export interface DocumentBatch {
  docName: string;
  entries: PendingUpdate[];
}

export interface AppendResult {
  fromSeq: number;
  toSeq: number;
  /** True when the store announced the batch itself (see `AppendOptions.notifyChannel`). */
  announced?: boolean;
}

export interface AppendOptions {
  /**
   * The PostgreSQL NOTIFY channel the fan-out listens on, when it is PostgreSQL's. A store on that
   * same database may then announce the batch in the statement that writes it: the announcement
   * commits with the rows, so a crash between the two cannot lose it.
   */
  notifyChannel?: string;
}

export interface CatchUp {
  /** Updates to apply, in order (possibly a snapshot first when the log was compacted past `seq`). */
  updates: Uint8Array[];
  /** Highest seq covered; equal to the requested seq when nothing was new. */
  seq: number;
}

export interface CompactionResult {
  /** The snapshot now covers the log up to this seq. */
  snapshotSeq: number;
  /** Log rows deleted (rows above the projector floor are kept). */
  deletedRows: number;
}

export interface DocStore {
  /** Loads a document. Throws when storage fails: a caller must never treat that as "empty". */
  load(docName: string): Promise<StoredDocument>;
  /** Appends a batch in one transaction, creating the document row when missing. */
  append(docName: string, entries: PendingUpdate[], origin: string, options?: AppendOptions): Promise<AppendResult>;
  /**
   * Appends the batches of several documents (each document at most once) in one transaction: the
   * group commit of a busy instance. Results in the order of `batches`. Optional: without it the
   * service appends document by document.
   */
  appendMany?(batches: DocumentBatch[], origin: string, options?: AppendOptions): Promise<AppendResult[]>;
  /** Everything stored after `seq` (for catching up with other instances). */
  readSince(docName: string, seq: number): Promise<CatchUp>;
  /** Folds the log into the snapshot; a no-op for a document that was never stored. */
  compact(docName: string): Promise<CompactionResult | null>;
}
