import { changeScope } from '../../common/changes.js';
import * as Y from 'yjs';
import type { DataSource, EntityManager } from 'typeorm';
import { readUpdatesSince } from '@trellis/collab';
import { addNode, isTaskId, nodesMap, readNodes, readOutline, type WbsKind } from '@trellis/schema/wbs';
import { mayDeleteTask } from '../../common/access.js';
import { publishInTransaction, type DomainEvent } from '../../common/events.js';
import type { Logger } from '../../common/logger.js';
import { hasNul, stripNul } from '../../common/text.js';
import { ActivityAction } from '../activity/activity.entity.js';
import { recordActivity, type Change } from '../activity/activity.log.js';
import { CharterApproval, type ProjectRole } from '../project/project.enums.js';
import { StatusCategory } from '../task/task.enums.js';
import { lockProject, renumberWbs } from '../task/wbs.js';
import { readCharter, type CharterContent } from './charter-doc.js';
import { docNameOf, parseDocName, type CollabDocuments } from './documents.js';

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

/** What a projection did not take as sent, for the activity log (visible in `Project.activity`). */
interface Warning {
  /** Who made the edit (null: the server or someone unknown). */
  actor: string | null;
  node: string;
  /** Set when the node is a task of this project (the warning then shows in its history too). */
  taskId: string | null;
  field: 'id' | 'name' | 'archived';
  code: 'INVALID_ID' | 'FOREIGN_ID' | 'NUL_STRIPPED' | 'DELETE_REFUSED';
  message: string;
  sent: unknown;
}

/** What a warning quotes of what was sent: U+0000 shown as U+FFFD (jsonb cannot hold it either), cut to a readable length. */
const quote = (s: string) => s.replaceAll('\u0000', '\uFFFD').slice(0, MAX_NAME);
/** Warnings recorded per projection; a flood of junk is summed up in the last one. */
const MAX_WARNINGS = 50;

interface Replayed {
  doc: Y.Doc;
  /** Newest seq read. */
  seq: number;
  projectedSeq: number;
  /** Who last touched each top-level key (WBS: task id) in the log. */
  touchedBy: Map<string, string | null>;
  /** Keys touched by updates past the cursor (what this run brings new). */
  fresh: Set<string>;
  /** Author of the newest logged update (the fallback for attribution). */
  lastUser: string | null;
}

interface TaskRow {
  id: string;
  parent_id: string | null;
  position: number;
  name: string;
  kind: WbsKind;
  archived: boolean;
  wbs_code: string;
  created_by_id: string | null;
}

/**
 * Applies stored changes of the collaborative documents to the relational model: the WBS document
 * to task rows (create, rename, move, archive, restore) and the charter document to the charter
 * row, each batch in the caller's transaction, with activity attributed to the people who made
 * the edits and the usual events. A cursor per document (`collab_projections`) records how far
 * it has been applied, so a batch is projected once even with several server instances.
 */
export class Projector {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  /** Documents whose last projection failed: how often in a row, and when to try again. */
  private readonly failing = new Map<string, { attempts: number; message: string; retryAt: number }>();
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
    const rows: { name: string }[] = await this.ds.query(
      `SELECT d.name FROM collab_documents d
         LEFT JOIN collab_projections p ON p.doc_name = d.name
        WHERE EXISTS (SELECT 1 FROM collab_updates u WHERE u.doc_name = d.name AND u.seq > COALESCE(p.projected_seq, 0))`,
    );
    for (const r of rows) await this.runNow(r.name);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.all([...this.running.values()]);
  }

  project(m: EntityManager, projectId: string, kind: 'wbs' | 'charter'): Promise<void> {
    return kind === 'wbs' ? this.projectWbs(m, projectId) : this.projectCharter(m, projectId);
  }

  /** Reads a document and replays the updates past the cursor, noting who touched what. */
  private async replay(m: EntityManager, name: string, track: (doc: Y.Doc, touched: Map<string, string | null>) => void): Promise<Replayed | null> {
    await m.query('INSERT INTO collab_projections (doc_name) SELECT name FROM collab_documents WHERE name = $1 ON CONFLICT DO NOTHING', [name]);
    const cursor: { projected_seq: string }[] = await m.query('SELECT projected_seq FROM collab_projections WHERE doc_name = $1 FOR UPDATE', [name]);
    if (!cursor.length) return null;
    const projectedSeq = Number(cursor[0]!.projected_seq);
    const [head]: { snapshot: Buffer | null; snapshot_seq: string }[] = await m.query('SELECT snapshot, snapshot_seq FROM collab_documents WHERE name = $1', [name]);
    const doc = new Y.Doc();
    if (head?.snapshot) Y.applyUpdate(doc, new Uint8Array(head.snapshot));
    const log = await readUpdatesSince((sql, params) => m.query(sql, params), name, Number(head?.snapshot_seq ?? 0));
    const touchedBy = new Map<string, string | null>();
    track(doc, touchedBy);
    // Every logged update is replayed with its author: the projection compares the document's
    // state with the rows (it is not a delta of the rows past the cursor, which could miss an
    // update that committed after a later one), and a difference found is attributed to whoever
    // touched that node last.
    let lastUser: string | null = null;
    const fresh = new Set<string>();
    for (const u of log) {
      lastUser = u.userId;
      if (u.seq > projectedSeq) {
        const origin = { user: u.userId, keys: new Set<string>() };
        Y.applyUpdate(doc, u.update, origin);
        for (const k of origin.keys) fresh.add(k);
      } else {
        Y.applyUpdate(doc, u.update, { user: u.userId });
      }
    }
    const seq = log.length ? log[log.length - 1]!.seq : Number(head?.snapshot_seq ?? 0);
    return { doc, seq, projectedSeq, touchedBy, fresh, lastUser };
  }

  private async advance(m: EntityManager, name: string, seq: number): Promise<void> {
    await m.query('UPDATE collab_projections SET projected_seq = GREATEST(projected_seq, $2), updated_at = now() WHERE doc_name = $1', [name, seq]);
  }

  /** Applies the WBS document to the project's task rows. */
  async projectWbs(m: EntityManager, projectId: string): Promise<void> {
    const name = docNameOf(projectId, 'wbs');
    await lockProject(m, projectId);
    const replayed = await this.replay(m, name, (doc, touched) => {
      nodesMap(doc).observeDeep((events, tr) => {
        const origin = tr.origin as { user: string | null; keys?: Set<string> } | null;
        if (!origin) return;
        const touch = (key: string) => {
          touched.set(key, origin.user);
          origin.keys?.add(key);
        };
        for (const e of events) {
          if (e.path.length === 0) for (const key of e.changes.keys.keys()) touch(key);
          else touch(String(e.path[0]));
        }
      });
    });
    if (!replayed) return;
    try {
      await this.applyOutline(m, projectId, name, replayed);
      await this.advance(m, name, replayed.seq);
    } finally {
      replayed.doc.destroy();
    }
  }

  private async applyOutline(m: EntityManager, projectId: string, docName: string, r: Replayed): Promise<void> {
    const rows: TaskRow[] = await m.query(
      `SELECT id, parent_id, position, name, kind, archived_at IS NOT NULL AS archived, wbs_code, created_by_id FROM tasks WHERE project_id = $1`,
      [projectId],
    );
    const byId = new Map(rows.map((t) => [t.id, t]));
    const actor = (id: string) => (r.touchedBy.has(id) ? r.touchedBy.get(id)! : r.lastUser);
    const warnings = await this.review(m, projectId, docName, r, rows, byId, actor);
    const outline = readOutline(r.doc);
    const changes: { actor: string | null; change: Change }[] = [];
    const created: { id: string; parent: string | null; position: number; name: string; kind: WbsKind; by: string | null }[] = [];
    const updated = new Set<string>();
    const archived: string[] = [];
    const moves: { id: string; parent: string | null; position: number }[] = [];
    const fields: { id: string; name: string; kind: WbsKind }[] = [];

    for (const n of outline.nodes) {
      const name = n.name.trim().slice(0, MAX_NAME);
      // A task with sub-tasks is a summary, whatever kind the document gives it.
      const kind: WbsKind = n.hasChildren ? 'SUMMARY' : n.kind;
      const row = byId.get(n.id);
      if (!row) {
        created.push({ id: n.id, parent: n.parentId, position: n.index, name, kind, by: actor(n.id) });
        continue;
      }
      if (row.archived) {
        // Restored (undo of a delete, or a concurrent edit kept it alive).
        changes.push({ actor: actor(n.id), change: { entityType: 'task', entityId: n.id, taskId: n.id, action: ActivityAction.UPDATED, field: 'archived', oldValue: true, newValue: false } });
        updated.add(n.id);
      }
      if (row.parent_id !== n.parentId || row.position !== n.index || row.archived) {
        moves.push({ id: n.id, parent: n.parentId, position: n.index });
        // A move of its own (new parent, or a new place among siblings); siblings that only shift are renumbered silently.
        if (row.parent_id !== n.parentId || (row.position !== n.index && r.fresh.has(n.id))) {
          changes.push({
            actor: actor(n.id),
            change: { entityType: 'task', entityId: n.id, taskId: n.id, action: ActivityAction.MOVED, field: 'wbsCode', oldValue: { parentId: row.parent_id, wbsCode: row.wbs_code }, newValue: { parentId: n.parentId, wbsCode: n.code } },
          });
          updated.add(n.id);
        }
      }
      if (row.name !== name || row.kind !== kind) {
        fields.push({ id: n.id, name, kind });
        if (row.name !== name) changes.push({ actor: actor(n.id), change: { entityType: 'task', entityId: n.id, taskId: n.id, action: ActivityAction.UPDATED, field: 'name', oldValue: row.name, newValue: name } });
        if (row.kind !== kind) changes.push({ actor: actor(n.id), change: { entityType: 'task', entityId: n.id, taskId: n.id, action: ActivityAction.UPDATED, field: 'kind', oldValue: row.kind, newValue: kind } });
        updated.add(n.id);
      }
    }
    for (const row of rows) {
      if (row.archived || outline.byId.has(row.id)) continue;
      // Archived in the document; or its node was removed outright in this batch (no client of ours
      // does that, but a foreign one could): either way the task is gone from the outline.
      if (outline.raw.has(row.id) || r.touchedBy.has(row.id)) archived.push(row.id);
    }

    if (fields.length) {
      await m.query(
        `UPDATE tasks t SET name = v.name, kind = v.kind, version = t.version + 1, updated_at = now(),
                duration_days = CASE WHEN v.kind = 'MILESTONE' THEN 0 ELSE t.duration_days END
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, name, kind) WHERE t.id = v.id`,
        [fields.map((f) => f.id), fields.map((f) => f.name), fields.map((f) => f.kind)],
      );
    }
    if (moves.length) {
      await m.query(
        `UPDATE tasks t SET parent_id = v.parent, position = v.position, archived_at = NULL,
                version = t.version + CASE WHEN t.parent_id IS DISTINCT FROM v.parent OR t.archived_at IS NOT NULL THEN 1 ELSE 0 END, updated_at = now()
           FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS v(id, parent, position) WHERE t.id = v.id`,
        [moves.map((x) => x.id), moves.map((x) => x.parent), moves.map((x) => x.position)],
      );
    }
    if (created.length) await this.insertTasks(m, projectId, created, changes);
    if (archived.length) await this.archiveTasks(m, projectId, archived, actor, changes);

    const renumbered = await renumberWbs(m, projectId);
    for (const w of warnings) {
      changes.push({
        actor: w.actor,
        change: { entityType: 'task', entityId: w.node, taskId: w.taskId, action: ActivityAction.WARNING, field: w.field, oldValue: w.sent, newValue: { code: w.code, message: w.message } },
      });
    }
    const byActor = new Map<string | null, Change[]>();
    for (const c of changes) byActor.set(c.actor, [...(byActor.get(c.actor) ?? []), c.change]);
    for (const [who, list] of byActor) await recordActivity(m, projectId, who, list);

    const events: DomainEvent[] = [];
    if (created.length) events.push({ type: 'task', projectId, action: 'CREATED', ids: created.map((c) => c.id) });
    if (updated.size) events.push({ type: 'task', projectId, action: 'UPDATED', ids: [...updated] });
    if (archived.length) events.push({ type: 'task', projectId, action: 'DELETED', ids: archived });
    const touched = new Set([...created.map((c) => c.id), ...updated, ...archived]);
    if (renumbered.some((id) => !touched.has(id))) events.push({ type: 'outline', projectId });
    // A live edit's events are its author's; within a mutation, the mutation's actor's.
    const author = changeScope()?.actorId ?? r.lastUser;
    await publishInTransaction(m, ...events.map((e) => ({ ...e, actorId: author })));
  }

  /**
   * Makes the document fit to project before anything is written, so that one bad node never stops
   * the others: a key that is not a node id in canonical form or that is the id of another
   * project's task is removed, a name holding U+0000 loses it, and a deletion its author may not
   * make (the `taskDelete` rule) is undone. The corrections are applied to the replayed document
   * and appended to its log as one update of the server's, so every open outline shows them.
   * Each one is a warning naming the node and the person who made the edit.
   */
  private async review(
    m: EntityManager,
    projectId: string,
    docName: string,
    r: Replayed,
    rows: TaskRow[],
    byId: Map<string, TaskRow>,
    actor: (id: string) => string | null,
  ): Promise<Warning[]> {
    const doc = r.doc;
    const nodes = nodesMap(doc);
    const warnings: Warning[] = [];
    const fixes: (() => void)[] = [];

    nodes.forEach((value, key) => {
      if (isTaskId(key) && value instanceof Y.Map) return;
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
    });

    const raw = readNodes(doc);
    const unknown = [...raw.keys()].filter((id) => !byId.has(id));
    const foreign = new Set<string>();
    if (unknown.length) {
      const found: { id: string }[] = await m.query('SELECT id FROM tasks WHERE id = ANY($1::uuid[])', [unknown]);
      for (const { id } of found) {
        foreign.add(id);
        warnings.push({
          actor: actor(id),
          node: id,
          taskId: null,
          field: 'id',
          code: 'FOREIGN_ID',
          message: "the id belongs to another project's task; the node was removed",
          sent: { name: quote(raw.get(id)!.name) },
        });
        fixes.push(() => nodes.delete(id));
      }
    }

    for (const n of raw.values()) {
      if (!hasNul(n.name) || foreign.has(n.id)) continue;
      warnings.push({
        actor: actor(n.id),
        node: n.id,
        taskId: byId.has(n.id) ? n.id : null,
        field: 'name',
        code: 'NUL_STRIPPED',
        message: 'the name held the NUL character (U+0000), which cannot be stored; it was removed',
        sent: quote(n.name),
      });
      fixes.push(() => (nodes.get(n.id) as Y.Map<unknown>).set('name', stripNul(n.name)));
    }

    const refused = await this.refusedDeletions(m, projectId, r, rows, raw, actor);
    for (const { root, ids } of refused) {
      warnings.push({
        actor: actor(root.id),
        node: root.id,
        taskId: root.id,
        field: 'archived',
        code: 'DELETE_REFUSED',
        message: `members can delete only the tasks they created; "${root.name}" was put back`,
        sent: raw.has(root.id) ? { archived: true } : { removed: true },
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

    if (!fixes.length) return warnings;
    const updates: Uint8Array[] = [];
    const capture = (u: Uint8Array) => updates.push(u);
    doc.on('update', capture);
    // No origin: the replay's observer attributes nothing to this transaction.
    doc.transact(() => {
      for (const fix of fixes) fix();
    }, null);
    doc.off('update', capture);
    if (updates.length) await this.documents.append(m, docName, Y.mergeUpdates(updates), null, CORRECTION_ORIGIN);
    const counts: Record<string, number> = {};
    for (const w of warnings) counts[w.code] = (counts[w.code] ?? 0) + 1;
    this.logger.warn('outline edits were not taken as sent', { doc: docName, counts, first: warnings.slice(0, 5).map((w) => ({ node: w.node, user: w.actor, code: w.code })) });
    if (warnings.length <= MAX_WARNINGS) return warnings;
    const rest = warnings.length - MAX_WARNINGS + 1;
    const kept = warnings.slice(0, MAX_WARNINGS - 1);
    const last = warnings[MAX_WARNINGS - 1]!;
    return [...kept, { ...last, message: `${last.message} (and ${rest - 1} more corrections in the same change)` }];
  }

  /**
   * Deletions in the document (a node archived, or removed outright) that their author may not
   * make. A node archived together with its parent follows the parent's verdict, as a sub-tree
   * follows its task in `taskDelete`. Removed nodes come parents first, so they can be put back in order.
   */
  private async refusedDeletions(
    m: EntityManager,
    projectId: string,
    r: Replayed,
    rows: TaskRow[],
    raw: Map<string, { parent: string | null; archived: boolean }>,
    actor: (id: string) => string | null,
  ): Promise<{ root: TaskRow; ids: string[] }[]> {
    const deleted = rows.filter((row) => !row.archived && (raw.has(row.id) ? raw.get(row.id)!.archived : r.touchedBy.has(row.id)));
    if (!deleted.length) return [];
    const ids = new Set(deleted.map((d) => d.id));
    const rootOf = (id: string): string => {
      let root = id;
      const seen = new Set<string>([id]);
      for (let p = raw.get(id)?.parent ?? null; p && ids.has(p) && !seen.has(p); p = raw.get(p)?.parent ?? null) {
        seen.add(p);
        root = p;
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

  private async insertTasks(
    m: EntityManager,
    projectId: string,
    created: { id: string; parent: string | null; position: number; name: string; kind: WbsKind; by: string | null }[],
    changes: { actor: string | null; change: Change }[],
  ): Promise<void> {
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
    await m.query(
      `INSERT INTO tasks (id, project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, duration_days, status_id, created_by_id)
       SELECT v.id, $1, v.number, v.parent, v.position, '', '', v.name, v.kind, CASE WHEN v.kind = 'MILESTONE' THEN 0 ELSE 1 END, $2, v.creator
         FROM unnest($3::uuid[], $4::int[], $5::uuid[], $6::int[], $7::text[], $8::text[], $9::uuid[]) AS v(id, number, parent, position, name, kind, creator)`,
      [
        projectId,
        status.id,
        created.map((c) => c.id),
        created.map((_, i) => first + i),
        created.map((c) => c.parent),
        created.map((c) => c.position),
        created.map((c) => c.name),
        created.map((c) => c.kind),
        created.map((c) => (c.by && known.has(c.by) ? c.by : null)),
      ],
    );
    for (const c of created) {
      changes.push({ actor: c.by && known.has(c.by) ? c.by : null, change: { entityType: 'task', entityId: c.id, taskId: c.id, action: ActivityAction.CREATED, newValue: { name: c.name, kind: c.kind } } });
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

  /** Applies the charter document to the charter row. */
  async projectCharter(m: EntityManager, projectId: string): Promise<void> {
    const name = docNameOf(projectId, 'charter');
    await lockProject(m, projectId);
    const replayed = await this.replay(m, name, (doc, touched) => {
      doc.on('afterTransaction', (tr: Y.Transaction) => {
        const origin = tr.origin as { user: string | null } | null;
        if (origin && tr.changed.size) touched.set('charter', origin.user);
      });
    });
    if (!replayed) return;
    try {
      await this.applyCharter(m, projectId, readCharter(replayed.doc), replayed.touchedBy.get('charter') ?? replayed.lastUser);
      await this.advance(m, name, replayed.seq);
    } finally {
      replayed.doc.destroy();
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
    // Any content change after approval sends the charter back to draft.
    if (row.approval_state === CharterApproval.APPROVED) {
      sets.push(`approval_state = '${CharterApproval.DRAFT}', approved_at = NULL, approved_by_id = NULL`);
      changes.push({ entityType: 'charter', entityId: projectId, action: ActivityAction.UPDATED, field: 'approvalState', oldValue: CharterApproval.APPROVED, newValue: CharterApproval.DRAFT });
    }
    await m.query(`UPDATE charters SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE project_id = $1`, params);
    await recordActivity(m, projectId, actor, changes);
    await publishInTransaction(m, { type: 'project', projectId });
  }
}
