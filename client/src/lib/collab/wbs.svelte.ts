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

/** The transaction origin of this browser's own outline edits: the only ones undo tracks. */
const LOCAL = Symbol('wbs-local-edit');
/** Edits closer together than this undo as one step (a rename typed right after an add). */
const UNDO_CAPTURE_MS = 300;

/** What an archive did, so its toast can bring exactly that back. */
export interface Archived {
  id: string;
  /** The task and its sub-tasks. */
  ids: string[];
  item: unknown;
}

/**
 * The live WBS outline of one project: the shared Yjs document, its outline as every participant
 * derives it (`readOutline` resolves concurrent-edit conflicts the same way everywhere), undo/redo
 * of this browser's own structure edits, and where this person's focus is for the others.
 * Every structure edit goes through the shared mutators in one transaction with a local origin.
 */
export class WbsEditor {
  readonly session: CollabSession;
  /** The outline as the document has it now (empty until the document has loaded). */
  outline = $state.raw<Outline | null>(null);
  canUndo = $state(false);
  canRedo = $state(false);

  readonly #undo: Y.UndoManager;

  constructor(projectId: string, user: { id: string; name: string }) {
    this.session = new CollabSession(wbsDocName(projectId), user);
    const nodes = nodesMap(this.session.doc);
    this.#read();
    nodes.observeDeep(() => this.#read());
    this.#undo = new Y.UndoManager(nodes, { trackedOrigins: new Set([LOCAL]), captureTimeout: UNDO_CAPTURE_MS });
    const stacks = () => {
      this.canUndo = this.#undo.undoStack.length > 0;
      this.canRedo = this.#undo.redoStack.length > 0;
    };
    this.#undo.on('stack-item-added', stacks);
    this.#undo.on('stack-item-popped', stacks);
    this.#undo.on('stack-cleared', stacks);
  }

  /** Structure can be edited: the document has loaded and the ticket allows writing. */
  get editable(): boolean {
    return this.session.loaded && this.session.canWrite && this.session.status !== 'denied';
  }

  start(): void {
    this.session.start();
  }

  destroy(): void {
    this.#undo.destroy();
    this.session.destroy();
  }

  add(input: AddNodeInput): string {
    this.#undo.stopCapturing();
    return addNode(this.#doc, input, LOCAL);
  }

  rename(id: string, name: string): void {
    renameNode(this.#doc, id, name, LOCAL);
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
    const item = this.#undo.undoStack.at(-1);
    this.#undo.stopCapturing();
    return { id, ids, item };
  }

  /**
   * Brings back what `archive` removed: by undoing it when it is still this browser's last edit
   * (so redo works), else by restoring the node directly.
   */
  unarchive(archived: Archived): void {
    if (archived.item !== undefined && this.#undo.undoStack.at(-1) === archived.item) this.#undo.undo();
    else restoreNode(this.#doc, archived.id, LOCAL);
  }

  undo(): boolean {
    return this.#undo.undo() !== null;
  }

  redo(): boolean {
    return this.#undo.redo() !== null;
  }

  /** Tells the others which task row this person is on (null when they left the outline). */
  focus(taskId: string | null): void {
    this.session.setLocal('focus', taskId ? { taskId } : null);
  }

  get #doc(): Y.Doc {
    return this.session.doc;
  }

  #read(): void {
    this.outline = readOutline(this.#doc);
  }
}
