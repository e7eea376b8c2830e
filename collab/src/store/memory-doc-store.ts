import type { AppendResult, CatchUp, CompactionResult, DocStore, DocumentBatch, PendingUpdate, StoredDocument } from './doc-store.js';
import { foldUpdates, mergeAll } from './merge.js';

interface MemoryDocument {
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  log: { seq: number; update: Uint8Array; userId: string | null; origin: string }[];
  /** Stand-in for collab_projections: compaction keeps log rows above it. */
  projectedSeq: number | null;
}

/**
 * A DocStore in process memory with the same semantics as PgDocStore (one seq counter for all
 * documents, snapshot + log, projector floor). For tests and for trying the service without a
 * database; nothing survives the process.
 */
export class MemoryDocStore implements DocStore {
  private readonly docs = new Map<string, MemoryDocument>();
  private lastSeq = 0;

  async load(docName: string): Promise<StoredDocument> {
    const doc = this.docs.get(docName);
    if (!doc) return { update: null, seq: 0, rowsSinceSnapshot: 0 };
    const after = doc.log.filter((r) => r.seq > doc.snapshotSeq);
    const parts = doc.snapshot ? [doc.snapshot, ...after.map((r) => r.update)] : after.map((r) => r.update);
    const seq = after.length > 0 ? after[after.length - 1].seq : doc.snapshotSeq;
    return { update: mergeAll(parts), seq, rowsSinceSnapshot: after.length };
  }

  async append(docName: string, entries: PendingUpdate[], origin: string): Promise<AppendResult> {
    let doc = this.docs.get(docName);
    if (!doc) {
      doc = { snapshot: null, snapshotSeq: 0, log: [], projectedSeq: null };
      this.docs.set(docName, doc);
    }
    const fromSeq = this.lastSeq + 1;
    for (const e of entries) doc.log.push({ seq: ++this.lastSeq, update: e.update, userId: e.userId, origin });
    return { fromSeq, toSeq: this.lastSeq };
  }

  async appendMany(batches: DocumentBatch[], origin: string): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const { docName, entries } of batches) results.push(await this.append(docName, entries, origin));
    return results;
  }

  async readSince(docName: string, seq: number): Promise<CatchUp> {
    const doc = this.docs.get(docName);
    if (!doc) return { updates: [], seq };
    const updates: Uint8Array[] = [];
    let max = seq;
    if (doc.snapshot && doc.snapshotSeq > seq) {
      updates.push(doc.snapshot);
      max = doc.snapshotSeq;
    }
    for (const r of doc.log) {
      if (r.seq > seq) {
        updates.push(r.update);
        max = Math.max(max, r.seq);
      }
    }
    return { updates, seq: max };
  }

  async compact(docName: string): Promise<CompactionResult | null> {
    const doc = this.docs.get(docName);
    if (!doc) return null;
    const after = doc.log.filter((r) => r.seq > doc.snapshotSeq);
    if (after.length > 0) {
      doc.snapshot = foldUpdates(doc.snapshot ? [doc.snapshot, ...after.map((r) => r.update)] : after.map((r) => r.update));
      doc.snapshotSeq = after[after.length - 1].seq;
    }
    const floor = doc.projectedSeq === null ? doc.snapshotSeq : Math.min(doc.snapshotSeq, doc.projectedSeq);
    const before = doc.log.length;
    doc.log = doc.log.filter((r) => r.seq > floor);
    return { snapshotSeq: doc.snapshotSeq, deletedRows: before - doc.log.length };
  }

  /** Test hook: what a projector would have recorded in collab_projections. */
  setProjectedSeq(docName: string, seq: number | null): void {
    const doc = this.docs.get(docName);
    if (doc) doc.projectedSeq = seq;
  }

  /** Test hook: the rows still in a document's log. */
  logSize(docName: string): number {
    return this.docs.get(docName)?.log.length ?? 0;
  }
}
