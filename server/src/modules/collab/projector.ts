import * as Y from 'yjs';
import type { DataSource, EntityManager } from 'typeorm';
import { advanceCursor, documentsBehind, loadSnapshot, lockCursor, readBatches, type LoggedUpdate, type Query } from '@trellis/collab';
import { addNode, isTaskId, nodesMap, readNodeOf, readOutline, type Outline, type WbsKind } from '@trellis/schema/wbs';
import { changeScope } from '../../common/changes.js';
import { mayDeleteTask } from '../../common/access.js';
import { publishInTransaction, type DomainEvent } from '../../common/events.js';
import type { Logger } from '../../common/logger.js';
import { hasNul, stripNul } from '../../common/text.js';
import { ActivityAction, type Change, recordActivity } from '../activity/index.js';
import { CharterApproval, CharterDecisionKind, recordDecision, type ProjectRole } from '../project/index.js';
import { lockProject, rollUpAncestors, StatusCategory } from '../task/index.js';
import { readCharter, type CharterContent } from './charter-doc.js';
import { docNameOf, parseDocName, SERVER_ORIGIN, type CollabDocuments } from './documents.js';

const MAX_NAME = 500;
const MAX_TEXT = 50_000;
const MAX_ITEMS = 200;
const MAX_ITEM = 2000;
/**
 * Stored updates of a document are projected together when they arrive within this window. The
 * charter is typed into continuously: projecting it about once a second keeps its row (and
 * version) from changing on every keystroke while staying current for reports.
 */
const DEBOUNCE_MS = { wbs: 25, charter: 750 } as const;
/** A failed projection is retried after 1 s, then twice as long after each failure, up to 5 minutes. */
const RETRY_MS = 1000;
const MAX_RETRY_MS = 5 * 60_000;
/** Origin of the updates the projector appends to a document to correct it. */
const CORRECTION_ORIGIN = 'projector';
/**
 * Log rows may become visible out of seq order (writers commit in their own order). A row is
 * assumed visible this long after a later one was read: the in-memory copy reads again from that
 * far back (skipping the rows it holds), so a late row is still applied.
 */
const LATE_ROW_MS = 10_000;
/** WBS documents kept in memory, one per project; the least recently projected goes first. */
const MAX_KEPT = 64;

/** What a projection did not take as sent, for the activity log (visible in `Project.activity`). */
interface Warning {
  /** Who made the edit (null: the server or someone unknown). */
  actor: string | null;
  node: string;
  /** Set when the node is a task of this project (the warning then shows in its history too). */
  taskId: string | null;
  field: 'id' | 'name' | 'archived';
  code: 'INVALID_ID' | 'FOREIGN_ID' | 'NUL_STRIPPED' | 'NAME_CUT' | 'DELETE_REFUSED';
  message: string;
  sent: unknown;
}

/** What a warning quotes of what was sent: U+0000 shown as U+FFFD (jsonb cannot hold it either), cut to a readable length. */
const quote = (s: string) => s.replaceAll('\u0000', '\uFFFD').slice(0, MAX_NAME);
/** Warnings recorded per projection; a flood of junk is summed up in the last one. */
const MAX_WARNINGS = 50;

interface TaskRow {
  id: string;
  parent_id: string | null;
  position: number;
  name: string;
  kind: WbsKind;
  archived: boolean;
  wbs_code: string;
  wbs_sort: string;
  created_by_id: string | null;
}

const ROWS_SQL = `SELECT id, parent_id, position, name, kind, archived_at IS NOT NULL AS archived, wbs_code, wbs_sort, created_by_id FROM tasks WHERE project_id = $1`;

interface Created {
  id: string;
  parent: string | null;
  position: number;
  code: string;
  sort: string;
  name: string;
  kind: WbsKind;
  by: string | null;
}

/** The origin an applied update carries: its author, and whether it is news to the rows (past the cursor). */
interface Author {
  user: string | null;
  fresh: boolean;
}

/**
 * A project's WBS document as projected, kept in memory between projections: the document, how
 * far into the log it reaches, the task rows as last read or written, the outline they reflect,
 * and what arrived since the last projection.
 */
class Projection {
  readonly doc = new Y.Doc();
  /** Every log row up to this seq is in `doc` (or will never be visible). */
  floor = 0;
  /** Rows above `floor` that are in `doc`. */
  readonly applied = new Set<number>();
  /** Newest seq read, and when: `floor` follows them `LATE_ROW_MS` behind. */
  private readonly marks: { seq: number; at: number }[] = [];
  /** The cursor's version after this copy's last projection (see `ConsumerCursor.version`). */
  version = '';
  /** Set when the document holds an update of this server's that may not have committed yet. */
  local = false;
  rows = new Map<string, TaskRow>();
  outline: Outline | null = null;
  /** Who last touched each node (task id) in what was applied. */
  readonly touchedBy = new Map<string, string | null>();
  /** Author of the newest applied row (the fallback for attribution). */
  lastUser: string | null = null;
  /**
   * Nodes touched since the last projection; `moved`: those whose own parent or order changed in
   * rows past the cursor (a move of their own, as opposed to a shift among siblings);
   * `structural`: a node was added, removed, moved or archived.
   */
  pending = { keys: new Set<string>(), moved: new Set<string>(), structural: false };

  constructor() {
    nodesMap(this.doc).observeDeep((events, tr) => {
      const origin = tr.origin as Author | null;
      if (!origin || typeof origin !== 'object' || !('fresh' in origin)) return;
      const touch = (key: string, structural: boolean, moved: boolean) => {
        this.touchedBy.set(key, origin.user);
        this.pending.keys.add(key);
        if (origin.fresh && moved) this.pending.moved.add(key);
        if (structural) this.pending.structural = true;
      };
      for (const e of events) {
        if (e.path.length === 0) {
          for (const [key, change] of e.changes.keys) touch(key, true, change.action === 'update');
        } else {
          // A name or kind changes one row; anything else may move others.
          const keys = [...e.changes.keys.keys()];
          const local = e.path.length === 1 && keys.every((k) => k === 'name' || k === 'kind');
          touch(String(e.path[0]), !local, e.path.length === 1 && keys.some((k) => k === 'parent' || k === 'order'));
        }
      }
    });
  }

  apply(u: LoggedUpdate, fresh: boolean): void {
    Y.applyUpdate(this.doc, u.update, { user: u.userId, fresh } satisfies Author);
    this.noteApplied(u.seq);
    this.lastUser = u.userId;
  }

  noteApplied(seq: number): void {
    if (seq > this.floor) this.applied.add(seq);
  }

  /** Newest seq held. */
  get seq(): number {
    let max = this.floor;
    for (const s of this.applied) if (s > max) max = s;
    return max;
  }

  /** Records what a read reached, and moves `floor` up to what was read `LATE_ROW_MS` ago. */
  mark(now = Date.now()): void {
    while (this.marks.length && this.marks[0]!.at <= now - LATE_ROW_MS) this.floor = Math.max(this.floor, this.marks.shift()!.seq);
    for (const s of this.applied) if (s <= this.floor) this.applied.delete(s);
    const seq = this.seq;
    if (seq > this.floor && (this.marks.at(-1)?.seq ?? -1) < seq) this.marks.push({ seq, at: now });
  }

  takePending() {
    const p = this.pending;
    this.pending = { keys: new Set(), moved: new Set(), structural: false };
    return p;
  }
}

/**
 * Applies stored changes of the collaborative documents to the relational model: the WBS document
 * to task rows (create, rename, move, archive, restore) and the charter document to the charter
 * row, each batch in the caller's transaction, with activity attributed to the people who made
 * the edits and the usual events. A cursor per document (the collab package's consumer cursor)
 * records how far it has been applied, so a batch is projected once even with several instances.
 *
 * The WBS document of a project is kept in memory with the rows it was projected onto: a
 * projection reads only the log rows it does not hold yet and compares only the nodes they
 * touched (a rename: that row; a move, an insert or a delete: the outline in memory, writing the
 * rows whose place or code changed). The copy is rebuilt from the snapshot and the log when it is
 * missing, when its own last change may not have committed, or when compaction passed it; when
 * another instance projected meanwhile, the rows are read again.
 */
export class Projector {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  /** Documents whose last projection failed: how often in a row, and when to try again. */
  private readonly failing = new Map<string, { attempts: number; message: string; retryAt: number }>();
  private readonly kept = new Map<string, Projection>();
  private closed = false;

  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
    private readonly documents: CollabDocuments,
  ) {}

  /**
   * Projects a document soon (debounced); used when a collab instance has stored updates. While
   * its projections fail, not before the backoff allows, however many edits arrive.
   */
  schedule(name: string): void {
    const parsed = parseDocName(name);
    if (this.closed || !parsed || this.timers.has(name)) return;
    const failing = this.failing.get(name);
    const wait = Math.max(DEBOUNCE_MS[parsed.kind], failing ? failing.retryAt - Date.now() : 0);
    const timer = setTimeout(() => {
      this.timers.delete(name);
      void this.runNow(name);
    }, wait);
    // A retry alone does not keep the process alive.
    if (failing) timer.unref();
    this.timers.set(name, timer);
  }

  /** Projects a document now in its own transaction (one at a time per document in this process). */
  async runNow(name: string): Promise<void> {
    const previous = this.running.get(name) ?? Promise.resolve();
    const next = previous.then(async () => {
      const parsed = parseDocName(name);
      if (!parsed || this.closed) return;
      try {
        await this.ds.transaction((m) => this.project(m, parsed.projectId, parsed.kind));
        const failed = this.failing.get(name);
        if (failed) {
          this.failing.delete(name);
          this.logger.info('projection recovered', { doc: name, attempts: failed.attempts });
        }
      } catch (err) {
        // Nothing was written (one transaction); try again later rather than wait for the next edit.
        this.failed(name, err as Error);
      }
    });
    this.running.set(name, next);
    await next;
    if (this.running.get(name) === next) this.running.delete(name);
  }

  /**
   * Backs off after a failure: the next attempt waits twice as long as the last (up to 5 minutes),
   * edits arriving meanwhile included. The stack is logged when a failure first appears (or turns
   * into another one); a repeat of the same failure is one line per attempt.
   */
  private failed(name: string, err: Error): void {
    const before = this.failing.get(name);
    const attempts = (before?.attempts ?? 0) + 1;
    const delay = Math.min(RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS);
    this.failing.set(name, { attempts, message: err.message, retryAt: Date.now() + delay });
    if (!before || before.message !== err.message) this.logger.error('projection failed; retrying with backoff', { err, doc: name, retryInMs: delay });
    else this.logger.warn('projection still failing', { doc: name, error: err.message, attempts, retryInMs: delay });
    if (this.closed) return;
    // A debounced run queued during this one would come before the backoff: it waits too.
    const queued = this.timers.get(name);
    if (queued) clearTimeout(queued);
    this.timers.delete(name);
    this.schedule(name);
  }

  /** Projects every document that has stored updates past its cursor (after a restart). */
  async catchUp(): Promise<void> {
    for (const name of await documentsBehind((sql, params) => this.ds.query(sql, params), 'project/%')) await this.runNow(name);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.all([...this.running.values()]);
    for (const p of this.kept.values()) p.doc.destroy();
    this.kept.clear();
  }

  project(m: EntityManager, projectId: string, kind: 'wbs' | 'charter'): Promise<void> {
    return kind === 'wbs' ? this.projectWbs(m, projectId) : this.projectCharter(m, projectId);
  }

  /** Applies what the WBS document holds beyond the task rows to them. */
  async projectWbs(m: EntityManager, projectId: string): Promise<void> {
    // A project whose document does not exist yet has nothing to project.
    await this.withWbs(m, projectId, async () => undefined, { optional: true });
  }

  /**
   * Runs `change` on the project's WBS document as `userId` (it throws a `WbsEditError` to refuse),
   * appends what it changed to the document's log and projects it, all in the caller's transaction.
   * The document is the one kept in memory, brought up to date first: no load of the stored state.
   */
  async changeWbs<T>(m: EntityManager, projectId: string, userId: string | null, change: (doc: Y.Doc) => T): Promise<T> {
    const name = docNameOf(projectId, 'wbs');
    const done = await this.withWbs(m, projectId, async (p) => {
      const updates: Uint8Array[] = [];
      const capture = (u: Uint8Array) => updates.push(u);
      p.doc.on('update', capture);
      let result: T;
      try {
        result = p.doc.transact(() => change(p.doc), { user: userId, fresh: true } satisfies Author);
      } catch (e) {
        // A refused edit that changed nothing leaves the copy as it was.
        if (updates.length) this.forget(projectId);
        throw e;
      } finally {
        p.doc.off('update', capture);
      }
      if (updates.length) {
        p.local = true;
        p.noteApplied(await this.documents.append(m, name, Y.mergeUpdates(updates), userId, SERVER_ORIGIN));
      }
      return { result };
    });
    return done!.result;
  }

  /** Under the project lock: the copy brought up to date, `work` on it, its pending changes projected, the cursor moved. */
  private async withWbs<T>(m: EntityManager, projectId: string, work: (p: Projection) => Promise<T>, options: { optional?: boolean } = {}): Promise<T | undefined> {
    const name = docNameOf(projectId, 'wbs');
    const q: Query = (sql, params) => m.query(sql, params);
    await lockProject(m, projectId);
    const cursor = await lockCursor(q, name);
    if (!cursor) {
      if (options.optional) return undefined;
      throw new Error(`collab document ${name} does not exist`);
    }
    let p = this.kept.get(projectId);
    let full = false;
    try {
      if (p && (cursor.compactedThrough > p.floor || (p.local && p.version !== cursor.version))) {
        this.forget(projectId);
        p = undefined;
      }
      if (!p) {
        p = await this.load(q, name, cursor.seq);
        full = true;
      } else {
        // Rows another instance projected meanwhile (or a projection of ours that rolled back): read the rows again.
        if (p.version !== cursor.version) {
          p.rows = await this.readRows(m, projectId);
          full = true;
        }
        p.local = false;
        for await (const batch of readBatches(q, name, p.floor, { skip: p.applied })) for (const u of batch) p.apply(u, true);
      }
      this.kept.delete(projectId);
      this.kept.set(projectId, p);
      // The least recently projected go (not destroyed: a transaction of another project may still be using its copy).
      for (const id of this.kept.keys()) {
        if (this.kept.size <= MAX_KEPT) break;
        this.kept.delete(id);
      }
      if (full && !p.rows.size) p.rows = await this.readRows(m, projectId);
      const result = await work(p);
      await this.applyOutline(m, projectId, name, p, full);
      p.mark();
      p.version = await advanceCursor(q, name, p.floor);
      return result;
    } catch (e) {
      this.forget(projectId);
      throw e;
    }
  }

  /** True when this process holds the project's WBS document in memory (so it exists). */
  holds(projectId: string): boolean {
    return this.kept.has(projectId);
  }

  private forget(projectId: string): void {
    this.kept.get(projectId)?.doc.destroy();
    this.kept.delete(projectId);
  }

  private async readRows(m: EntityManager, projectId: string): Promise<Map<string, TaskRow>> {
    const rows: TaskRow[] = await m.query(ROWS_SQL, [projectId]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * Builds the copy from the snapshot and the log, as a stream of stored batches. Every logged
   * update is replayed with its author, so a node differing from its row is attributed to whoever
   * touched it last; rows past the cursor are the news (a node they move among its siblings is a
   * move of its own, not a shift).
   */
  private async load(q: Query, name: string, cursorSeq: number): Promise<Projection> {
    const p = new Projection();
    const snapshot = await loadSnapshot(q, name);
    if (snapshot?.update) Y.applyUpdate(p.doc, snapshot.update);
    p.floor = snapshot?.seq ?? 0;
    for await (const batch of readBatches(q, name, p.floor)) for (const u of batch) p.apply(u, u.seq > cursorSeq);
    return p;
  }

  /**
   * Writes to the task rows what the copy's pending changes (all of it after a rebuild) make
   * different: created, renamed, re-kinded, moved, archived and restored tasks with their activity,
   * and the new positions and WBS codes of the rows a structural change shifted.
   */
  private async applyOutline(m: EntityManager, projectId: string, docName: string, p: Projection, full: boolean): Promise<void> {
    const pending = p.takePending();
    if (!full && !pending.keys.size) return;
    const keys = full ? new Set<string>([...nodesMap(p.doc).keys(), ...p.rows.keys()]) : pending.keys;
    const actor = (id: string) => (p.touchedBy.has(id) ? p.touchedBy.get(id)! : p.lastUser);
    const review = await this.review(m, projectId, docName, p, keys, actor);
    for (const k of review.keys) keys.add(k);
    const structural = full || pending.structural || review.structural || !p.outline;
    if (structural) p.outline = readOutline(p.doc);
    const outline = p.outline!;
    if (!structural) {
      // Names and kinds only: the outline's shape is unchanged.
      for (const id of keys) {
        const n = readNodeOf(p.doc, id);
        if (!n) continue;
        outline.raw.set(id, n);
        const live = outline.byId.get(id);
        if (live) {
          live.name = n.name;
          live.kind = n.kind;
        }
      }
    }
    const candidates = structural ? new Set<string>([...outline.byId.keys(), ...p.rows.keys()]) : keys;

    const changes: { actor: string | null; change: Change }[] = [];
    const created: Created[] = [];
    const updated = new Set<string>();
    const archived: string[] = [];
    const places: { id: string; parent: string | null; position: number; code: string; sort: string; moved: boolean }[] = [];
    const fields: { id: string; name: string; kind: WbsKind }[] = [];
    /** Tasks whose summaries' roll-ups may change, with the parents they leave. */
    const rollup = new Set<string>();

    for (const id of candidates) {
      const n = outline.byId.get(id);
      const row = p.rows.get(id);
      if (!n) {
        // Archived in the document; or its node was removed outright (no client of ours does
        // that, but a foreign one could): either way the task is gone from the outline.
        if (row && !row.archived && (outline.raw.has(id) || p.touchedBy.has(id))) archived.push(id);
        continue;
      }
      const name = n.name.trim().slice(0, MAX_NAME);
      // A task with sub-tasks is a summary, whatever kind the document gives it.
      const kind: WbsKind = n.hasChildren ? 'SUMMARY' : n.kind;
      if (!row) {
        created.push({ id, parent: n.parentId, position: n.index, code: n.code, sort: n.sort, name, kind, by: actor(id) });
        continue;
      }
      if (row.archived) {
        // Restored (undo of a delete, or a concurrent edit kept it alive).
        changes.push({ actor: actor(id), change: { entityType: 'task', entityId: id, taskId: id, action: ActivityAction.UPDATED, field: 'archived', oldValue: true, newValue: false } });
        updated.add(id);
      }
      const reparented = row.parent_id !== n.parentId;
      if (reparented || row.archived) {
        rollup.add(id);
        if (row.parent_id) rollup.add(row.parent_id);
      }
      if (reparented || row.archived || row.position !== n.index || row.wbs_code !== n.code || row.wbs_sort !== n.sort) {
        places.push({ id, parent: n.parentId, position: n.index, code: n.code, sort: n.sort, moved: reparented || row.archived });
        // A move of its own (new parent, or a new place among siblings); siblings that only shift are renumbered silently.
        if (reparented || (row.position !== n.index && pending.moved.has(id))) {
          changes.push({
            actor: actor(id),
            change: { entityType: 'task', entityId: id, taskId: id, action: ActivityAction.MOVED, field: 'wbsCode', oldValue: { parentId: row.parent_id, wbsCode: row.wbs_code }, newValue: { parentId: n.parentId, wbsCode: n.code } },
          });
          updated.add(id);
        }
      }
      if (row.name !== name || row.kind !== kind) {
        fields.push({ id, name, kind });
        if (row.name !== name) changes.push({ actor: actor(id), change: { entityType: 'task', entityId: id, taskId: id, action: ActivityAction.UPDATED, field: 'name', oldValue: row.name, newValue: name } });
        if (row.kind !== kind) changes.push({ actor: actor(id), change: { entityType: 'task', entityId: id, taskId: id, action: ActivityAction.UPDATED, field: 'kind', oldValue: row.kind, newValue: kind } });
        if (row.kind !== kind) rollup.add(id);
        updated.add(id);
      }
    }

    if (fields.length) {
      await m.query(
        `UPDATE tasks t SET name = v.name, kind = v.kind, version = t.version + 1, updated_at = now(),
                duration_days = CASE WHEN v.kind = 'MILESTONE' THEN 0 ELSE t.duration_days END
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, name, kind) WHERE t.id = v.id`,
        [fields.map((f) => f.id), fields.map((f) => f.name), fields.map((f) => f.kind)],
      );
      for (const f of fields) Object.assign(p.rows.get(f.id)!, { name: f.name, kind: f.kind });
    }
    if (places.length) {
      // A new parent or a restore is a new version of the task; a shift among siblings is not.
      await m.query(
        `UPDATE tasks t SET parent_id = v.parent, position = v.position, wbs_code = v.code, wbs_sort = v.sort, archived_at = NULL,
                version = t.version + CASE WHEN v.moved THEN 1 ELSE 0 END, updated_at = now()
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::bool[]) AS v(id, parent, position, code, sort, moved) WHERE t.id = v.id`,
        [places.map((x) => x.id), places.map((x) => x.parent), places.map((x) => x.position), places.map((x) => x.code), places.map((x) => x.sort), places.map((x) => x.moved)],
      );
      for (const x of places) Object.assign(p.rows.get(x.id)!, { parent_id: x.parent, position: x.position, wbs_code: x.code, wbs_sort: x.sort, archived: false });
    }
    if (created.length) await this.insertTasks(m, projectId, p, created, changes);
    if (archived.length) {
      await this.archiveTasks(m, projectId, archived, actor, changes);
      for (const id of archived) p.rows.get(id)!.archived = true;
    }
    for (const id of [...created.map((c) => c.id), ...archived]) rollup.add(id);
    // Summaries whose work changed: their new roll-ups go out with this projection's other updates.
    const rolled = await rollUpAncestors(m, projectId, [...rollup], { publish: false });

    for (const w of review.warnings) {
      changes.push({
        actor: w.actor,
        change: { entityType: 'task', entityId: w.node, taskId: w.taskId, action: ActivityAction.WARNING, field: w.field, oldValue: w.sent, newValue: { code: w.code, message: w.message } },
      });
    }
    const byActor = new Map<string | null, Change[]>();
    for (const c of changes) byActor.set(c.actor, [...(byActor.get(c.actor) ?? []), c.change]);
    for (const [who, list] of byActor) await recordActivity(m, projectId, who, list);

    const fresh = new Set([...created.map((c) => c.id), ...archived]);
    for (const id of rolled) if (!fresh.has(id)) updated.add(id);
    const events: DomainEvent[] = [];
    if (created.length) events.push({ type: 'task', projectId, action: 'CREATED', ids: created.map((c) => c.id) });
    if (updated.size) events.push({ type: 'task', projectId, action: 'UPDATED', ids: [...updated] });
    if (archived.length) events.push({ type: 'task', projectId, action: 'DELETED', ids: archived });
    const touched = new Set([...created.map((c) => c.id), ...updated, ...archived]);
    if (places.some((x) => !touched.has(x.id))) events.push({ type: 'outline', projectId });
    // A live edit's events are its author's; within a mutation, the mutation's actor's.
    const author = changeScope()?.actorId ?? p.lastUser;
    await publishInTransaction(m, ...events.map((e) => ({ ...e, actorId: author })));
  }

  /**
   * Makes the nodes `keys` fit to project before anything is written, so that one bad node never
   * stops the others: a key that is not a node id in canonical form or that is the id of another
   * project's task is removed, a name holding U+0000 loses it, and a deletion its author may not
   * make (the `taskDelete` rule) is undone. The corrections are applied to the document and
   * appended to its log as one update of the server's, so every open outline shows them. Each one
   * is a warning naming the node and the person who made the edit.
   */
  private async review(
    m: EntityManager,
    projectId: string,
    docName: string,
    p: Projection,
    keys: Set<string>,
    actor: (id: string) => string | null,
  ): Promise<{ warnings: Warning[]; keys: string[]; structural: boolean }> {
    const doc = p.doc;
    const nodes = nodesMap(doc);
    const warnings: Warning[] = [];
    const fixes: (() => void)[] = [];
    let structural = false;

    const valid: string[] = [];
    for (const key of keys) {
      const value = nodes.get(key);
      if (value === undefined) continue;
      if (isTaskId(key) && value instanceof Y.Map) {
        valid.push(key);
        continue;
      }
      const upper = isTaskId(key.toLowerCase());
      warnings.push({
        actor: actor(key),
        node: quote(key),
        taskId: null,
        field: 'id',
        code: 'INVALID_ID',
        message: upper ? 'a task id must be written in lower case; the node was removed' : 'the outline holds only tasks keyed by their id; the entry was removed',
        sent: null,
      });
      fixes.push(() => nodes.delete(key));
    }

    const unknown = valid.filter((id) => !p.rows.has(id));
    const foreign = new Set<string>();
    if (unknown.length) {
      const found: { id: string }[] = await m.query('SELECT id FROM tasks WHERE id = ANY($1::uuid[])', [unknown]);
      for (const { id } of found) {
        foreign.add(id);
        structural = true;
        warnings.push({
          actor: actor(id),
          node: id,
          taskId: null,
          field: 'id',
          code: 'FOREIGN_ID',
          message: "the id belongs to another project's task; the node was removed",
          sent: { name: quote(readNodeOf(doc, id)!.name) },
        });
        fixes.push(() => nodes.delete(id));
      }
    }

    for (const id of valid) {
      const n = readNodeOf(doc, id);
      if (!n || !hasNul(n.name) || foreign.has(id)) continue;
      warnings.push({
        actor: actor(id),
        node: id,
        taskId: p.rows.has(id) ? id : null,
        field: 'name',
        code: 'NUL_STRIPPED',
        message: 'the name held the NUL character (U+0000), which cannot be stored; it was removed',
        sent: quote(n.name),
      });
      fixes.push(() => (nodes.get(id) as Y.Map<unknown>).set('name', stripNul(n.name)));
    }

    // A client that does not hold names to the limit (the outline does) is told, and every open
    // outline gets the name as stored, instead of a row quietly cut short.
    for (const id of valid) {
      const n = readNodeOf(doc, id);
      const full = n ? stripNul(n.name).trim() : '';
      if (!n || full.length <= MAX_NAME || foreign.has(id)) continue;
      warnings.push({
        actor: actor(id),
        node: id,
        taskId: p.rows.has(id) ? id : null,
        field: 'name',
        code: 'NAME_CUT',
        message: `the name had ${full.length} characters and a task name holds ${MAX_NAME}; it was cut to the first ${MAX_NAME}`,
        sent: quote(n.name),
      });
      fixes.push(() => (nodes.get(id) as Y.Map<unknown>).set('name', full.slice(0, MAX_NAME)));
    }

    const refused = await this.refusedDeletions(m, projectId, p, keys, actor);
    for (const { root, ids } of refused) {
      structural = true;
      warnings.push({
        actor: actor(root.id),
        node: root.id,
        taskId: root.id,
        field: 'archived',
        code: 'DELETE_REFUSED',
        message: `members can delete only the tasks they created; "${root.name}" was put back`,
        sent: nodes.has(root.id) ? { archived: true } : { removed: true },
      });
      fixes.push(() => {
        for (const id of ids) (nodes.get(id) as Y.Map<unknown> | undefined)?.delete('archived');
        if (nodes.has(root.id)) return;
        // Removed outright: put back where its row is (at the top level when its parent is gone).
        const parent = root.parent_id && readOutline(doc).byId.has(root.parent_id) ? root.parent_id : null;
        try {
          addNode(doc, { id: root.id, parentId: parent, index: root.position, name: root.name, kind: root.kind });
        } catch {
          addNode(doc, { id: root.id, parentId: null, index: root.position, name: root.name, kind: root.kind === 'MILESTONE' ? 'MILESTONE' : 'TASK' });
        }
      });
    }

    if (!fixes.length) return { warnings, keys: [], structural };
    const updates: Uint8Array[] = [];
    const capture = (u: Uint8Array) => updates.push(u);
    doc.on('update', capture);
    // No author: what the projector puts right is not anyone's edit.
    doc.transact(() => {
      for (const fix of fixes) fix();
    }, null);
    doc.off('update', capture);
    if (updates.length) {
      p.local = true;
      p.noteApplied(await this.documents.append(m, docName, Y.mergeUpdates(updates), null, CORRECTION_ORIGIN));
    }
    const counts: Record<string, number> = {};
    for (const w of warnings) counts[w.code] = (counts[w.code] ?? 0) + 1;
    this.logger.warn('outline edits were not taken as sent', { doc: docName, counts, first: warnings.slice(0, 5).map((w) => ({ node: w.node, user: w.actor, code: w.code })) });
    const fixedKeys = warnings.map((w) => w.node).filter((k) => isTaskId(k));
    if (warnings.length <= MAX_WARNINGS) return { warnings, keys: fixedKeys, structural };
    const rest = warnings.length - MAX_WARNINGS + 1;
    const kept = warnings.slice(0, MAX_WARNINGS - 1);
    const last = warnings[MAX_WARNINGS - 1]!;
    return { warnings: [...kept, { ...last, message: `${last.message} (and ${rest - 1} more corrections in the same change)` }], keys: fixedKeys, structural };
  }

  /**
   * Deletions among the nodes `keys` (a node archived, or removed outright) that their author may
   * not make. A node archived together with its parent follows the parent's verdict, as a sub-tree
   * follows its task in `taskDelete`. Removed nodes come parents first, so they can be put back in order.
   */
  private async refusedDeletions(
    m: EntityManager,
    projectId: string,
    p: Projection,
    keys: Set<string>,
    actor: (id: string) => string | null,
  ): Promise<{ root: TaskRow; ids: string[] }[]> {
    const deleted: TaskRow[] = [];
    for (const id of keys) {
      const row = p.rows.get(id);
      if (!row || row.archived) continue;
      const n = readNodeOf(p.doc, id);
      if (n ? n.archived : p.touchedBy.has(id)) deleted.push(row);
    }
    if (!deleted.length) return [];
    const ids = new Set(deleted.map((d) => d.id));
    const parentOf = (id: string) => readNodeOf(p.doc, id)?.parent ?? null;
    const rootOf = (id: string): string => {
      let root = id;
      const seen = new Set<string>([id]);
      for (let up = parentOf(id); up && ids.has(up) && !seen.has(up); up = parentOf(up)) {
        seen.add(up);
        root = up;
      }
      return root;
    };
    const groups = new Map<string, string[]>();
    for (const d of deleted) {
      const root = rootOf(d.id);
      groups.set(root, [...(groups.get(root) ?? []), d.id]);
    }
    const authors = [...new Set([...groups.keys()].map(actor).filter((a): a is string => !!a))];
    const roles = new Map<string, ProjectRole>(
      authors.length
        ? ((await m.query('SELECT user_id, role FROM project_members WHERE project_id = $1 AND user_id = ANY($2::uuid[])', [projectId, authors])) as { user_id: string; role: ProjectRole }[]).map(
            (x) => [x.user_id, x.role],
          )
        : [],
    );
    const byId = new Map(deleted.map((d) => [d.id, d]));
    const refused: { root: TaskRow; ids: string[] }[] = [];
    for (const [rootId, members] of groups) {
      const who = actor(rootId);
      // No author: the server's own change (an import run by the system).
      if (who === null) continue;
      const role = roles.get(who);
      const root = byId.get(rootId)!;
      if (role && mayDeleteTask(role, who, root.created_by_id)) continue;
      refused.push({ root, ids: members });
    }
    return refused.sort((a, b) => a.root.wbs_code.split('.').length - b.root.wbs_code.split('.').length);
  }

  private async insertTasks(m: EntityManager, projectId: string, p: Projection, created: Created[], changes: { actor: string | null; change: Change }[]): Promise<void> {
    const [status]: { id: string }[] = await m.query(
      `SELECT id FROM task_statuses WHERE project_id = $1 ORDER BY (category = $2) DESC, position LIMIT 1`,
      [projectId, StatusCategory.UNSTARTED],
    );
    if (!status) throw new Error(`project ${projectId} has no statuses; cannot create tasks`);
    const [[seqRow]]: [{ task_seq: number }[]] = await m.query('UPDATE projects SET task_seq = task_seq + $2 WHERE id = $1 RETURNING task_seq', [projectId, created.length]);
    const first = seqRow!.task_seq - created.length + 1;
    // The creator must still be a user; an edit by someone since deleted is attributed to nobody.
    const creators = [...new Set(created.map((c) => c.by).filter((x): x is string => !!x))];
    const known = new Set(
      creators.length ? ((await m.query('SELECT id FROM users WHERE id = ANY($1::uuid[])', [creators])) as { id: string }[]).map((u) => u.id) : [],
    );
    const creator = (c: Created) => (c.by && known.has(c.by) ? c.by : null);
    await m.query(
      `INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, duration_days, status_id, created_by_id)
       SELECT v.id, $1, v.number, v.parent, v.position, v.code, v.sort, v.name, v.kind, CASE WHEN v.kind = 'MILESTONE' THEN 0 ELSE 1 END, $2, v.creator
         FROM unnest($3::uuid[], $4::int[], $5::uuid[], $6::int[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[])
           AS v(id, number, parent, position, name, kind, creator, code, sort)`,
      [
        projectId,
        status.id,
        created.map((c) => c.id),
        created.map((_, i) => first + i),
        created.map((c) => c.parent),
        created.map((c) => c.position),
        created.map((c) => c.name),
        created.map((c) => c.kind),
        created.map(creator),
        created.map((c) => c.code),
        created.map((c) => c.sort),
      ],
    );
    for (const c of created) {
      p.rows.set(c.id, { id: c.id, parent_id: c.parent, position: c.position, name: c.name, kind: c.kind, archived: false, wbs_code: c.code, wbs_sort: c.sort, created_by_id: creator(c) });
      changes.push({ actor: creator(c), change: { entityType: 'task', entityId: c.id, taskId: c.id, action: ActivityAction.CREATED, newValue: { name: c.name, kind: c.kind } } });
    }
  }

  private async archiveTasks(m: EntityManager, projectId: string, ids: string[], actor: (id: string) => string | null, changes: { actor: string | null; change: Change }[]): Promise<void> {
    await m.query('UPDATE tasks SET archived_at = now(), version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [ids]);
    const [links]: [{ id: string; predecessor_id: string; successor_id: string; type: string }[]] = await m.query(
      `DELETE FROM task_dependencies WHERE project_id = $1 AND (predecessor_id = ANY($2::uuid[]) OR successor_id = ANY($2::uuid[]))
       RETURNING id, predecessor_id, successor_id, type`,
      [projectId, ids],
    );
    for (const id of ids) changes.push({ actor: actor(id), change: { entityType: 'task', entityId: id, taskId: id, action: ActivityAction.DELETED } });
    for (const l of links) {
      changes.push({
        actor: actor(ids.includes(l.successor_id) ? l.successor_id : l.predecessor_id),
        change: { entityType: 'dependency', entityId: l.id, taskId: l.successor_id, action: ActivityAction.DELETED, oldValue: { predecessorId: l.predecessor_id, successorId: l.successor_id, type: l.type } },
      });
    }
  }

  /** Applies the charter document to the charter row (it is small: read whole each time). */
  async projectCharter(m: EntityManager, projectId: string): Promise<void> {
    const name = docNameOf(projectId, 'charter');
    const q: Query = (sql, params) => m.query(sql, params);
    await lockProject(m, projectId);
    const cursor = await lockCursor(q, name);
    if (!cursor) return;
    const doc = new Y.Doc();
    try {
      const snapshot = await loadSnapshot(q, name);
      if (snapshot?.update) Y.applyUpdate(doc, snapshot.update);
      let seq = snapshot?.seq ?? 0;
      let lastUser: string | null = null;
      let editor: string | null | undefined;
      doc.on('afterTransaction', (tr: Y.Transaction) => {
        const origin = tr.origin as Author | null;
        if (origin && tr.changed.size) editor = origin.user;
      });
      for await (const batch of readBatches(q, name, seq)) {
        for (const u of batch) {
          Y.applyUpdate(doc, u.update, { user: u.userId, fresh: u.seq > cursor.seq } satisfies Author);
          lastUser = u.userId;
          seq = Math.max(seq, u.seq);
        }
      }
      await this.applyCharter(m, projectId, readCharter(doc), editor === undefined ? lastUser : editor);
      await advanceCursor(q, name, seq);
    } finally {
      doc.destroy();
    }
  }

  private async applyCharter(m: EntityManager, projectId: string, content: CharterContent, actor: string | null): Promise<void> {
    const [row]: Record<string, unknown>[] = await m.query(
      `SELECT purpose, objectives, success_criteria, in_scope, out_of_scope, assumptions, constraints, key_stakeholders, sponsor, approval_state
         FROM charters WHERE project_id = $1 FOR UPDATE`,
      [projectId],
    );
    if (!row) return;
    // U+0000 cannot be stored: it is dropped here (and reported below) instead of failing every projection.
    const stripped = new Set<string>();
    const clean = (field: string, s: string) => {
      if (!hasNul(s)) return s;
      stripped.add(field);
      return stripNul(s);
    };
    const clampText = (field: string, s: string) => clean(field, s).slice(0, MAX_TEXT);
    const clampList = (field: string, l: string[]) => l.slice(0, MAX_ITEMS).map((s) => clean(field, s).slice(0, MAX_ITEM));
    const next: Record<string, { column: string; value: string | string[] }> = {
      purpose: { column: 'purpose', value: clampText('purpose', content.purpose) },
      objectives: { column: 'objectives', value: clampList('objectives', content.objectives) },
      successCriteria: { column: 'success_criteria', value: clampList('successCriteria', content.successCriteria) },
      inScope: { column: 'in_scope', value: clampText('inScope', content.inScope) },
      outOfScope: { column: 'out_of_scope', value: clampText('outOfScope', content.outOfScope) },
      assumptions: { column: 'assumptions', value: clampText('assumptions', content.assumptions) },
      constraints: { column: 'constraints', value: clampText('constraints', content.constraints) },
      keyStakeholders: { column: 'key_stakeholders', value: clampList('keyStakeholders', content.keyStakeholders) },
      sponsor: { column: 'sponsor', value: clampText('sponsor', content.sponsor) },
    };
    const changes: Change[] = [];
    const sets: string[] = [];
    const params: unknown[] = [projectId];
    for (const [field, { column, value }] of Object.entries(next)) {
      if (JSON.stringify(row[column]) === JSON.stringify(value)) continue;
      params.push(value);
      sets.push(`${column} = $${params.length}`);
      changes.push({ entityType: 'charter', entityId: projectId, action: ActivityAction.UPDATED, field, oldValue: row[column], newValue: value });
      if (stripped.has(field)) {
        const message = 'the text held the NUL character (U+0000), which cannot be stored; it was removed';
        changes.push({ entityType: 'charter', entityId: projectId, action: ActivityAction.WARNING, field, newValue: { code: 'NUL_STRIPPED', message } });
        this.logger.warn('a charter edit was not taken as sent', { project: projectId, field, user: actor, code: 'NUL_STRIPPED' });
      }
    }
    if (!changes.length) return;
    // Editors ask before they touch an approved charter and reopen it first; an edit that still
    // lands on one (an editor opened before the approval) reopens it, and the history says so.
    if (row.approval_state === CharterApproval.APPROVED) {
      await recordDecision(m, projectId, CharterDecisionKind.REOPENED, actor, 'Reopened by an edit to the approved charter');
      sets.push(`approval_state = '${CharterApproval.DRAFT}', approved_at = NULL, approved_by_id = NULL`);
      changes.push({ entityType: 'charter', entityId: projectId, action: ActivityAction.UPDATED, field: 'approvalState', oldValue: CharterApproval.APPROVED, newValue: CharterApproval.DRAFT });
    }
    await m.query(`UPDATE charters SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE project_id = $1`, params);
    await recordActivity(m, projectId, actor, changes);
    await publishInTransaction(m, { type: 'project', projectId });
  }
}
