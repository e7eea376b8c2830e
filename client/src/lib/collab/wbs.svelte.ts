import * as Y from 'yjs';
import {
  addNode,
  archiveNode,
  indentNode,
  moveDown,
  moveNode,
  moveUp,
  nodesMap,
  outdentNode,
  readOutline,
  renameNode,
  restoreNode,
  wbsDocName,
  type AddNodeInput,
  type Outline,
} from '@trellis/schema/wbs';
import { CollabSession } from './session.svelte';
import { RenameWatch } from './rename-watch.svelte';

/** The transaction origin of this browser's own outline edits that Y.UndoManager tracks. */
const LOCAL = Symbol('wbs-local-edit');
/** Adds, and their undo (an archive) and redo (a restore): kept out of Y.UndoManager, see below. */
const LOCAL_ADD = Symbol('wbs-local-add');
/** Edits closer together than this undo as one step (a rename typed right after a move). */
const UNDO_CAPTURE_MS = 300;

/** What an archive did, so its toast can bring exactly that back. */
export interface Archived {
  id: string;
  /** The task and its sub-tasks. */
  ids: string[];
}

/** One step of this browser's history: a Y.UndoManager item, or a task it added. */
type Step = { kind: 'tracked' } | { kind: 'add'; id: string };

/**
 * The live WBS outline of one project: the shared Yjs document, its outline as every participant
 * derives it (`readOutline` resolves concurrent-edit conflicts the same way everywhere), undo/redo
 * of this browser's own structure edits, and where this person's focus is for the others.
 * Every structure edit goes through the shared mutators in one transaction with a local origin.
 *
 * Undo: Y.UndoManager (scoped to the nodes map, tracking only our origin) undoes moves, renames,
 * archives and restores. Undoing an add with it would delete the node from the document, and a
 * task whose node vanished is not a delete the rest of the system knows (deleting means archiving,
 * so the task keeps its history). So adds are kept out of the manager and undone by archiving the
 * new task (redone by restoring it); `#done`/`#undone` keep both kinds of step in one order.
 */
export class WbsEditor {
  readonly session: CollabSession;
  /** The outline as the document has it now (empty until the document has loaded). */
  outline = $state.raw<Outline | null>(null);
  canUndo = $state(false);
  canRedo = $state(false);
  /** Tells when someone else's rename replaced one of this person's at the same moment. */
  readonly renames: RenameWatch;

  readonly #undo: Y.UndoManager;
  #done: Step[] = [];
  #undone: Step[] = [];
  #replaying = false;

  constructor(projectId: string, user: { id: string; name: string }) {
    this.session = new CollabSession(wbsDocName(projectId), user);
    this.session.setLocal('focus', null);
    const nodes = nodesMap(this.session.doc);
    this.#read();
    nodes.observeDeep(() => this.#read());
    this.#undo = new Y.UndoManager(nodes, { trackedOrigins: new Set([LOCAL]), captureTimeout: UNDO_CAPTURE_MS });
    this.renames = new RenameWatch(this.session.doc, () => this.session.peers);
    // A new tracked edit (not one replayed by undo/redo) is a new step; it ends any redo chain.
    this.#undo.on('stack-item-added', (e: { type: 'undo' | 'redo' }) => {
      if (e.type === 'undo' && !this.#replaying) this.#record({ kind: 'tracked' });
    });
  }

  /** Structure can be edited: the document has loaded and the ticket allows writing. */
  get editable(): boolean {
    return this.session.loaded && this.session.canWrite && this.session.status !== 'denied';
  }

  start(): void {
    this.session.start();
  }

  destroy(): void {
    this.renames.destroy();
    this.#undo.destroy();
    this.session.destroy();
  }

  add(input: AddNodeInput): string {
    this.#undo.stopCapturing();
    const id = addNode(this.#doc, input, LOCAL_ADD);
    this.#record({ kind: 'add', id });
    return id;
  }

  /** Renames a task; `base` is the name shown when this person began typing (to tell a rename they replaced). */
  rename(id: string, name: string, base?: string): void {
    const current = this.outline?.byId.get(id)?.name;
    renameNode(this.#doc, id, name, LOCAL);
    this.renames.renamed(id, name, base, current);
  }

  /** Moves under `parentId` at sibling `index` (siblings counted without the moving node). */
  move(id: string, parentId: string | null, index: number): void {
    this.#undo.stopCapturing();
    moveNode(this.#doc, id, parentId, index, LOCAL);
  }

  indent(id: string): boolean {
    this.#undo.stopCapturing();
    return indentNode(this.#doc, id, LOCAL);
  }

  outdent(id: string): boolean {
    this.#undo.stopCapturing();
    return outdentNode(this.#doc, id, LOCAL);
  }

  moveUp(id: string): boolean {
    this.#undo.stopCapturing();
    return moveUp(this.#doc, id, LOCAL);
  }

  moveDown(id: string): boolean {
    this.#undo.stopCapturing();
    return moveDown(this.#doc, id, LOCAL);
  }

  /** Archives a task with its sub-tasks as one undo step. */
  archive(id: string): Archived {
    this.#undo.stopCapturing();
    const ids = archiveNode(this.#doc, id, LOCAL);
    this.#undo.stopCapturing();
    return { id, ids };
  }

  /** Brings back what `archive` removed (itself an undoable step). */
  unarchive(archived: Archived): void {
    this.#undo.stopCapturing();
    restoreNode(this.#doc, archived.id, LOCAL);
  }

  undo(): boolean {
    const step = this.#done.pop();
    if (!step) return false;
    this.#replay(() => (step.kind === 'add' ? archiveNode(this.#doc, step.id, LOCAL_ADD) : this.#undo.undo()));
    this.#undone.push(step);
    this.#stacks();
    return true;
  }

  redo(): boolean {
    const step = this.#undone.pop();
    if (!step) return false;
    this.#replay(() => (step.kind === 'add' ? restoreNode(this.#doc, step.id, LOCAL_ADD) : this.#undo.redo()));
    this.#done.push(step);
    this.#stacks();
    return true;
  }

  /** Tells the others which task row this person is on (null when they left the outline). */
  focus(taskId: string | null): void {
    this.session.setLocal('focus', taskId ? { taskId } : null);
  }

  get #doc(): Y.Doc {
    return this.session.doc;
  }

  #record(step: Step): void {
    this.#done.push(step);
    this.#undone = [];
    // Keep the manager's redo stack in line with ours: a new step ends the redo chain.
    this.#undo.clear(false, true);
    this.#stacks();
  }

  #replay(run: () => unknown): void {
    this.#replaying = true;
    try {
      run();
    } catch {
      // The task was changed by someone else meanwhile (e.g. deleted for good): nothing to replay.
    } finally {
      this.#replaying = false;
    }
  }

  #stacks(): void {
    this.canUndo = this.#done.length > 0;
    this.canRedo = this.#undone.length > 0;
  }

  #read(): void {
    this.outline = readOutline(this.#doc);
  }
}
