import type { CollabLogger } from './logger.js';
import type { AppendResult, DocStore, PendingUpdate } from './store/doc-store.js';

/** What a document hands over for one write: its buffered updates, merged into log rows. */
export interface TakenBatch {
  docName: string;
  entries: PendingUpdate[];
}

/** A document as the group committer sees it (CollabDocument implements it). */
export interface Committable {
  readonly name: string;
  /** Takes what is buffered for a write; null when nothing is, or a write of it is in flight. */
  takeBatch(): TakenBatch | null;
  /** The taken batch is stored; called once per taken batch. */
  batchStored(batch: TakenBatch, result: AppendResult): void;
  /** The taken batch could not be stored; the document keeps it and retries. */
  batchFailed(batch: TakenBatch, err: unknown): void;
}

export interface GroupCommitOptions {
  store: DocStore;
  /** Written into every row: which instance stored it. */
  origin: string;
  notifyChannel?: string;
  /** How long an update may wait for the write that stores it (the group-commit window). */
  intervalMs: number;
  logger: CollabLogger;
}

/**
 * Group commit across documents. Documents with unstored updates ask to be written; every
 * `intervalMs` window, all of them are written together in one statement (`DocStore.appendMany`),
 * so a busy instance costs the database one INSERT per window instead of one per document, and
 * often per keystroke: at 10 keystrokes a second a document rarely holds more than one update per
 * window of its own. An update waits at most one window, as with a window per document.
 *
 * When a write covering several documents fails, each document is retried on its own at once, so
 * one bad document (a name the database refuses, a row that vanished) cannot hold back the others;
 * those that fail again back off in the document (see `CollabDocument.batchFailed`).
 */
export class GroupCommitter {
  private readonly due = new Set<Committable>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Statements issued (a statement may store many documents). */
  writes = 0;

  constructor(private readonly options: GroupCommitOptions) {}

  /** Asks for the document's buffered updates to be written within the current window. */
  enqueue(doc: Committable): void {
    if (this.closed) return;
    this.due.add(doc);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.writeDue();
    }, this.options.intervalMs);
  }

  /** Drops a document from the window (it is being destroyed or writes on its own). */
  forget(doc: Committable): void {
    this.due.delete(doc);
  }

  /** Writes these documents now, in one statement; resolves when done (never rejects). */
  async writeNow(docs: Committable[]): Promise<void> {
    for (const doc of docs) this.due.delete(doc);
    await this.write(docs);
  }

  /** Stops the window timer; documents still write when asked to directly (shutdown flushes). */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.due.clear();
  }

  private async writeDue(): Promise<void> {
    const docs = [...this.due];
    this.due.clear();
    await this.write(docs);
  }

  private async write(docs: Committable[]): Promise<void> {
    const taken: { doc: Committable; batch: TakenBatch }[] = [];
    for (const doc of docs) {
      const batch = doc.takeBatch();
      if (batch) taken.push({ doc, batch });
    }
    if (taken.length === 0) return;
    const { store, origin, notifyChannel } = this.options;
    if (taken.length > 1 && store.appendMany) {
      let results: AppendResult[] | null = null;
      try {
        this.writes++;
        results = await store.appendMany(
          taken.map((t) => t.batch),
          origin,
          { notifyChannel },
        );
      } catch (err) {
        this.options.logger.warn('collab: a group commit failed; writing its documents one by one', { documents: taken.length, err });
      }
      if (results) {
        taken.forEach((t, i) => settle(() => t.doc.batchStored(t.batch, results[i]), this.options.logger, t.batch));
        return;
      }
    }
    await Promise.all(taken.map((t) => this.writeOne(t.doc, t.batch)));
  }

  private async writeOne(doc: Committable, batch: TakenBatch): Promise<void> {
    let result: AppendResult;
    try {
      this.writes++;
      result = await this.options.store.append(batch.docName, batch.entries, this.options.origin, { notifyChannel: this.options.notifyChannel });
    } catch (err) {
      settle(() => doc.batchFailed(batch, err), this.options.logger, batch);
      return;
    }
    settle(() => doc.batchStored(batch, result), this.options.logger, batch);
  }
}

/** A document's bookkeeping must never break the write loop of the others. */
function settle(fn: () => void, logger: CollabLogger, batch: TakenBatch): void {
  try {
    fn();
  } catch (err) {
    logger.error('collab: handling a stored batch failed', { doc: batch.docName, err });
  }
}
