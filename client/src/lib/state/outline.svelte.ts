import { tick } from 'svelte';
import type { Outline as WbsOutline } from '@trellis/schema/wbs';
import type { ProjectStore } from './project.svelte';
import type { Task, TaskKind } from '$lib/graphql/types';
import { errorMessage, GraphQLRequestError } from '$lib/graphql';
import type { Archived, Peer, WbsEditor } from '$lib/collab';
import type { MenuItem } from '$lib/components/Menu.svelte';

/** What the outline reads of the project cache. */
export type OutlineStore = Pick<ProjectStore, 'project' | 'tasks' | 'byId' | 'rollup' | 'highlighted' | 'updateTask'>;
/** What the outline uses of the shared WBS document. */
export type OutlineDocument = Pick<
  WbsEditor,
  'outline' | 'editable' | 'add' | 'rename' | 'move' | 'indent' | 'outdent' | 'moveUp' | 'moveDown' | 'archive' | 'unarchive' | 'undo' | 'redo' | 'focus'
> & { session: Pick<WbsEditor['session'], 'loaded' | 'peers' | 'status' | 'problem'> };

/** The outline's inputs, read through getters so they follow the component's props. */
export interface OutlineInput {
  readonly store: OutlineStore;
  readonly wbs: OutlineDocument | null;
  readonly canEdit: boolean;
  readonly onopen?: (task: Task) => void;
}

export type OutlineRow = {
  id: string;
  parentId: string | null;
  depth: number;
  index: number;
  code: string;
  name: string;
  kind: TaskKind;
  hasChildren: boolean;
  /** The task row from the API; missing for a node just added until its row arrives. */
  task: Task | undefined;
};

export type Draft = { parentId: string | null; afterId: string | null; returnTo: string | null };
export type Drop = { id: string; where: 'before' | 'after' | 'inside' };
export type Moves = Record<'up' | 'down' | 'indent' | 'outdent', (() => void) | null>;

/** How long the "Deleted … Undo" toast stays (Ctrl+Z keeps working after it has gone). */
export const UNDO_TOAST_MS = 15_000;

/**
 * The state of one WBS outline: its rows (structure and names from the shared WBS document,
 * the other columns from the API's task rows), what is collapsed or filtered, the new-task draft,
 * the rename in progress, drag and drop, the notices, and every structure edit. Components render
 * it and forward events; DOM focus goes through `focusRow`, which marks the row focused (the
 * table keeps that row rendered wherever it is scrolled) before focusing its name.
 */
export class OutlineState {
  readonly #input: OutlineInput;

  constructor(input: OutlineInput) {
    this.#input = input;
    this.collapsed = readCollapsed(collapsedKey(input.store.project?.id));
  }

  get store(): OutlineStore {
    return this.#input.store;
  }
  get wbs(): OutlineDocument | null {
    return this.#input.wbs;
  }
  get canEdit(): boolean {
    return this.#input.canEdit;
  }
  get onopen(): ((task: Task) => void) | undefined {
    return this.#input.onopen;
  }

  /** Structure edits (add, rename, move, delete) go to the shared document. */
  readonly structural = $derived.by(() => this.#input.canEdit && !!this.#input.wbs?.editable);
  readonly outline: WbsOutline | null = $derived.by(() => (this.#input.wbs?.session.loaded ? this.#input.wbs.outline : null));
  readonly statuses = $derived.by(() => this.#input.store.project?.statuses ?? []);
  readonly members = $derived.by(() => [...(this.#input.store.project?.members ?? [])].sort((a, b) => a.user.name.localeCompare(b.user.name)));

  /** Every live row in outline order. */
  readonly allRows: OutlineRow[] = $derived.by(() => {
    const store = this.#input.store;
    if (this.outline) return this.outline.nodes.map((n) => ({ ...n, task: store.byId.get(n.id) }));
    const parents = new Set(store.tasks.map((t) => t.parentId));
    return store.tasks.map((t) => ({
      id: t.id,
      parentId: t.parentId,
      depth: t.wbsCode.split('.').length - 1,
      index: t.position,
      code: t.wbsCode,
      name: t.name,
      kind: t.kind,
      hasChildren: parents.has(t.id),
      task: t,
    }));
  });
  readonly rowById = $derived(new Map(this.allRows.map((r) => [r.id, r])));

  // ---- expand / collapse, filter ----
  /** Collapsed branches, remembered per project in this browser. */
  collapsed = $state<Record<string, true>>({});
  search = $state('');

  /** Rows to show: children of collapsed tasks are hidden; a search shows matches with their ancestors. */
  readonly rows: OutlineRow[] = $derived.by(() => {
    const q = this.search.trim().toLowerCase();
    if (q) {
      const keep = new Set<string>();
      for (const r of this.allRows) {
        if (r.name.toLowerCase().includes(q) || r.task?.key.toLowerCase().includes(q) || r.code === q) {
          let cur: OutlineRow | undefined = r;
          while (cur && !keep.has(cur.id)) {
            keep.add(cur.id);
            cur = cur.parentId ? this.rowById.get(cur.parentId) : undefined;
          }
        }
      }
      return this.allRows.filter((r) => keep.has(r.id));
    }
    const hidden = new Set<string>();
    const out: OutlineRow[] = [];
    for (const r of this.allRows) {
      if (r.parentId && (hidden.has(r.parentId) || this.collapsed[r.parentId])) {
        hidden.add(r.id);
        continue;
      }
      out.push(r);
    }
    return out;
  });
  /** Where each shown row is in `rows`. */
  readonly rowIndex = $derived(new Map(this.rows.map((r, i) => [r.id, i])));
  /**
   * Whether the tasks' dates cross into another year than this one: then every date in the
   * outline shows its year, so a plan over 2026-27 never reads ambiguous.
   */
  readonly datesShowYear = $derived.by(() => {
    const thisYear = String(new Date().getFullYear());
    return this.#input.store.tasks.some((t) => (t.start && t.start.slice(0, 4) !== thisYear) || (t.finish && t.finish.slice(0, 4) !== thisYear));
  });

  /** Saves the collapsed branches (call from an effect: it reads them). */
  persistCollapsed(): void {
    const key = collapsedKey(this.#input.store.project?.id);
    const ids = Object.keys(this.collapsed);
    try {
      if (ids.length) localStorage.setItem(key, JSON.stringify(ids));
      else localStorage.removeItem(key);
    } catch {
      // Storage may be unavailable (private mode); collapsing still works for this page.
    }
  }

  expand(id: string | null): void {
    if (!id || !this.collapsed[id]) return;
    const { [id]: _, ...rest } = this.collapsed;
    this.collapsed = rest;
  }
  toggle(r: OutlineRow): void {
    if (this.collapsed[r.id]) this.expand(r.id);
    else this.collapsed = { ...this.collapsed, [r.id]: true };
  }
  expandAll(): void {
    this.collapsed = {};
  }
  collapseAll(): void {
    this.collapsed = Object.fromEntries(this.allRows.filter((r) => r.parentId === null && r.hasChildren).map((r) => [r.id, true as const]));
  }

  label(r: OutlineRow): string {
    return r.task?.key ?? r.code;
  }
  childrenOf(id: string | null): string[] {
    return this.outline?.children.get(id) ?? [];
  }
  /** A summary shows the progress rolled up from the tasks below it. */
  percentOf(t: Task): number {
    return this.#input.store.rollup.get(t.id)?.percent ?? t.percentComplete;
  }

  // ---- notices, announcements, focus ----
  notice = $state<{ kind: 'error' | 'info'; text: string } | null>(null);
  /** Read by a polite live region. */
  announce = $state('');

  fail(e: unknown, what: string): void {
    const conflict = e instanceof GraphQLRequestError && e.code === 'CONFLICT';
    this.notice = {
      kind: 'error',
      text: conflict ? `${what}: someone else changed this task first. The latest version is shown now; try again.` : `${what}: ${errorMessage(e)}`,
    };
  }

  /** Runs a structure edit; the shared rules refuse impossible ones (e.g. under a milestone). */
  edit(what: string, run: () => void): boolean {
    this.notice = null;
    try {
      run();
      return true;
    } catch (e) {
      this.fail(e, what);
      return false;
    }
  }

  /** The row the keyboard is on (or going to): the table keeps it rendered while it scrolls away. */
  focusedId = $state<string | null>(null);
  /**
   * The one row whose controls are in the Tab order (the focused one, else the first): Tab walks
   * through that row's controls and on out of the outline; ↑/↓ go from row to row.
   */
  readonly tabRowId = $derived(this.focusedId && this.rowIndex.has(this.focusedId) ? this.focusedId : (this.rows[0]?.id ?? null));

  /**
   * Tab and Shift+Tab while a name is being edited indent or outdent the task, as outliners do;
   * where it cannot move, the key moves the focus on as usual (never a trap).
   */
  renameTab(e: KeyboardEvent, r: OutlineRow): void {
    const move = e.shiftKey ? this.moves(r).outdent : this.moves(r).indent;
    if (!move) return;
    e.preventDefault();
    // Moving the row moves (or re-creates) its DOM, which takes the focus from the field: the rename
    // goes on across the move, and the field gets the focus back with the caret where it was.
    const input = e.currentTarget instanceof HTMLInputElement ? e.currentTarget : null;
    this.renameCaret = input ? { start: input.selectionStart ?? input.value.length, end: input.selectionEnd ?? input.value.length } : null;
    this.#renameMoving = true;
    move();
  }
  /** Where the caret was in the rename field before its row moved (null: select the whole name). */
  renameCaret: { start: number; end: number } | null = null;
  #renameMoving = false;
  /** The rename field lost the focus: save, unless its row is only moving under the keyboard. */
  renameBlur(r: OutlineRow): void {
    if (this.#renameMoving) return;
    this.saveRename(r);
  }
  /** Set by the outline: what takes the focus when a focused row is gone. */
  fallbackFocus: () => void = () => {};

  /** Focuses a row's name; when the row is gone (undone, deleted elsewhere) the outline keeps the keys. */
  async focusRow(id: string | undefined): Promise<void> {
    if (!id) return;
    // The table keeps the focused row rendered, even when it is scrolled out of view.
    if (this.rowIndex.has(id)) this.focusedId = id;
    await tick();
    if (this.editingId === id) {
      // Still renaming (the row moved with Tab): back into the field, caret kept.
      const field = document.getElementById(`rename-${id}`);
      if (field instanceof HTMLInputElement) {
        if (document.activeElement !== field) field.focus();
        const caret = this.renameCaret;
        if (caret) field.setSelectionRange(caret.start, caret.end);
        this.renameCaret = null;
        this.#renameMoving = false;
        return;
      }
      this.#renameMoving = false;
    }
    const el = document.getElementById(`name-${id}`);
    if (el) el.focus();
    else this.fallbackFocus();
  }

  // ---- add: a draft row, created in the document when it has a name ----
  draft = $state<Draft | null>(null);
  draftName = $state('');
  draftError = $state<string | null>(null);
  /** Bumped when the draft's input should take the focus (opened, moved, or a task was just added). */
  draftFocus = $state(0);

  readonly draftDepth = $derived(this.draft?.parentId ? (this.rowById.get(this.draft.parentId)?.depth ?? -1) + 1 : 0);
  readonly draftLabel = $derived.by(() => {
    const draft = this.draft;
    if (!draft) return '';
    const parent = draft.parentId ? this.rowById.get(draft.parentId) : undefined;
    const after = draft.afterId ? this.rowById.get(draft.afterId) : undefined;
    if (after) return `New task after ${this.label(after)}`;
    return parent ? `New sub-task of ${this.label(parent)}` : 'New top-level task';
  });
  /** The shown row the draft is drawn under (null: at the top). */
  readonly draftAfterVisible = $derived.by(() => {
    const draft = this.draft;
    const rows = this.rows;
    if (!draft) return null;
    const anchor = draft.afterId ?? draft.parentId;
    if (!anchor) return null;
    let i = this.rowIndex.get(anchor) ?? -1;
    if (i < 0) return rows.at(-1)?.id ?? null;
    if (draft.afterId) {
      // Below the sibling's whole visible sub-tree.
      const depth = rows[i]!.depth;
      while (i + 1 < rows.length && rows[i + 1]!.depth > depth) i++;
    }
    return rows[i]!.id;
  });

  openDraft(next: Draft): void {
    if (!this.structural) return;
    this.expand(next.parentId);
    this.search = '';
    this.draft = next;
    this.draftName = '';
    this.draftError = null;
    this.draftFocus++;
  }
  addTopLevel(): void {
    this.openDraft({ parentId: null, afterId: this.childrenOf(null).at(-1) ?? null, returnTo: null });
  }
  addBelow(r: OutlineRow): void {
    this.openDraft({ parentId: r.parentId, afterId: r.id, returnTo: r.id });
  }
  addChild(r: OutlineRow): void {
    this.openDraft({ parentId: r.id, afterId: this.childrenOf(r.id).at(-1) ?? null, returnTo: r.id });
  }

  /** Creates the drafted task; the draft stays open right after it for the next one. */
  submitDraft(): boolean {
    const at = this.draft;
    const wbs = this.#input.wbs;
    if (!at || !wbs) return false;
    const name = this.draftName.trim();
    if (!name) {
      this.draftError = 'Give the task a name';
      return false;
    }
    let id = '';
    if (!this.edit('Could not add the task', () => (id = wbs.add({ parentId: at.parentId, afterId: at.afterId ?? undefined, index: at.afterId ? undefined : 0, name })))) return false;
    // Keep typing: the next task goes right after the one just made.
    this.draft = { parentId: at.parentId, afterId: id, returnTo: id };
    this.draftName = '';
    this.draftError = null;
    this.announce = `Added ${name}`;
    this.draftFocus++;
    return true;
  }

  async closeDraft(): Promise<void> {
    const back = this.draft?.returnTo ?? undefined;
    this.draft = null;
    await this.focusRow(back);
  }

  /** Tab indents the draft under the task above it; Shift+Tab outdents it. False when it cannot. */
  indentDraft(): boolean {
    const draft = this.draft;
    if (!draft?.afterId) return false;
    const above = this.rowById.get(draft.afterId);
    if (!above || above.kind === 'MILESTONE') return false;
    this.#reopenKeepingName({ parentId: above.id, afterId: this.childrenOf(above.id).at(-1) ?? null, returnTo: draft.returnTo });
    return true;
  }
  outdentDraft(): boolean {
    const draft = this.draft;
    if (!draft?.parentId) return false;
    const parent = this.rowById.get(draft.parentId);
    this.#reopenKeepingName({ parentId: parent?.parentId ?? null, afterId: draft.parentId, returnTo: draft.returnTo });
    return true;
  }
  #reopenKeepingName(next: Draft): void {
    const name = this.draftName;
    this.openDraft(next);
    this.draftName = name;
  }

  // ---- rename ----
  editingId = $state<string | null>(null);
  editName = $state('');
  editError = $state<string | null>(null);

  startRename(r: OutlineRow): void {
    if (!this.structural) return;
    this.focusedId = r.id;
    this.editingId = r.id;
    this.editName = r.name;
    this.#editBase = r.name;
    this.editError = null;
  }
  /** The name when the rename began: another person's rename landing meanwhile is told on save. */
  #editBase = '';

  saveRename(r: OutlineRow): boolean {
    if (this.editingId !== r.id) return true;
    const name = this.editName.trim();
    if (!name) {
      this.editError = 'The name cannot be empty';
      return false;
    }
    if (name !== r.name && !this.edit(`Could not rename ${this.label(r)}`, () => this.#input.wbs!.rename(r.id, name, this.#editBase))) return false;
    this.editingId = null;
    this.editError = null;
    return true;
  }

  cancelRename(): void {
    this.editingId = null;
    this.editError = null;
  }

  // ---- status / assignee (task rows, through the API) ----
  /** Changes a task's status; false (and a notice) when the server refused. */
  async changeStatus(t: Task, statusId: string): Promise<boolean> {
    this.notice = null;
    try {
      await this.#input.store.updateTask(t.id, { statusId }, t.version);
      return true;
    } catch (e) {
      this.fail(e, `Could not change the status of ${t.key}`);
      return false;
    }
  }

  async changeAssignee(t: Task, assigneeId: string | null): Promise<boolean> {
    this.notice = null;
    try {
      await this.#input.store.updateTask(t.id, { assigneeId }, t.version);
      return true;
    } catch (e) {
      this.fail(e, `Could not assign ${t.key}`);
      return false;
    }
  }

  // ---- move (reorder, indent, outdent) ----
  /** The moves a row allows now (null: not possible). */
  moves(r: OutlineRow): Moves {
    const wbs = this.#input.wbs;
    const sibs = this.childrenOf(r.parentId);
    const prev = r.index > 0 ? this.rowById.get(sibs[r.index - 1]!) : undefined;
    const parent = r.parentId ? this.rowById.get(r.parentId) : undefined;
    const ok = this.structural && !!this.outline && !!wbs;
    return {
      up: ok && r.index > 0 ? () => this.move(r, 'moved up', () => wbs!.moveUp(r.id)) : null,
      down: ok && r.index < sibs.length - 1 ? () => this.move(r, 'moved down', () => wbs!.moveDown(r.id)) : null,
      indent: ok && prev && prev.kind !== 'MILESTONE' ? () => this.move(r, `moved under ${this.label(prev)}`, () => wbs!.indent(r.id), prev.id) : null,
      outdent: ok && parent ? () => this.move(r, `moved out of ${this.label(parent)}`, () => wbs!.outdent(r.id)) : null,
    };
  }

  move(r: OutlineRow, what: string, run: () => void, into?: string): void {
    if (into) this.expand(into);
    if (this.edit(`Could not move ${this.label(r)}`, run)) {
      this.announce = `${this.label(r)} ${what}`;
      void this.focusRow(r.id);
    }
  }

  // ---- delete: archives, with undo ----
  undoToast = $state<{ archived: Archived; text: string } | null>(null);

  archive(r: OutlineRow): void {
    const wbs = this.#input.wbs;
    if (!this.structural || !wbs) return;
    // Where the focus goes once the row is gone: the row below, else the one above.
    const rows = this.rows;
    const i = this.rowIndex.get(r.id) ?? -1;
    let below = i + 1;
    while (below < rows.length && rows[below]!.depth > r.depth) below++;
    const next = rows[below]?.id ?? rows[i - 1]?.id;
    let archived: Archived | undefined;
    if (!this.edit(`Could not delete ${this.label(r)}`, () => (archived = wbs.archive(r.id))) || !archived) return;
    const subs = archived.ids.length - 1;
    this.undoToast = { archived, text: `Deleted ${this.label(r)} ${r.name}${subs ? ` with its ${subs} sub-task${subs === 1 ? '' : 's'}` : ''}.` };
    if (next) void this.focusRow(next);
    else void tick().then(() => document.querySelector<HTMLElement>('[data-testid=add-task]')?.focus());
  }

  undoDelete(): void {
    const wbs = this.#input.wbs;
    if (!this.undoToast || !wbs) return;
    const { archived } = this.undoToast;
    this.undoToast = null;
    if (this.edit('Could not bring the task back', () => wbs.unarchive(archived))) {
      this.announce = 'Restored';
      void this.focusRow(archived.id);
    }
  }

  /** Undo or redo this browser's last structure edit, keeping the focus on `focused`. */
  undo(redo: boolean, focused: string | undefined): void {
    const wbs = this.#input.wbs;
    if (!this.structural || !wbs) return;
    if (redo ? wbs.redo() : wbs.undo()) {
      this.undoToast = null;
      this.announce = redo ? 'Redone' : 'Undone';
      if (focused) void this.focusRow(focused);
    }
  }

  // ---- keyboard on a row ----
  /** A key pressed on a row's name. */
  rowKey(e: KeyboardEvent, r: OutlineRow): void {
    const plain = !e.altKey && !e.ctrlKey && !e.metaKey;
    if (plain && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const i = this.rowIndex.get(r.id) ?? -1;
      void this.focusRow(this.rows[e.key === 'ArrowDown' ? i + 1 : i - 1]?.id);
      return;
    }
    if (plain && !e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft') && r.hasChildren) {
      e.preventDefault();
      if ((e.key === 'ArrowRight') === !!this.collapsed[r.id]) this.toggle(r);
      return;
    }
    if (!this.structural) return;
    const m = this.moves(r);
    if (plain && e.key === 'F2') {
      e.preventDefault();
      this.startRename(r);
    } else if (plain && !e.shiftKey && e.key === 'Enter') {
      // A button would also "click" on Enter (rename); Enter adds a sibling below instead.
      e.preventDefault();
      this.addBelow(r);
    } else if (plain && e.key === 'Delete') {
      e.preventDefault();
      this.archive(r);
    } else if (e.altKey && !e.ctrlKey && !e.metaKey) {
      // Tab is left to move through the page; indenting takes Alt+Shift+→/← (Alt+←/→ alone is the
      // browser's back and forward), moving Alt+↑/↓.
      const action = e.shiftKey
        ? { ArrowRight: m.indent, ArrowLeft: m.outdent }[e.key]
        : { ArrowUp: m.up, ArrowDown: m.down }[e.key];
      if (action !== undefined) {
        e.preventDefault();
        action?.();
      }
    }
  }

  /** The row's "More actions" menu. */
  menuFor(r: OutlineRow): MenuItem[] {
    const m = this.moves(r);
    const t = r.task;
    const onopen = this.#input.onopen;
    return [
      ...(onopen && t ? [{ label: 'Details…', onselect: () => onopen(t) }] : []),
      { label: 'Add task below', hint: 'Enter', onselect: () => this.addBelow(r) },
      { label: 'Move up', hint: 'Alt+↑', disabled: !m.up, onselect: () => m.up?.() },
      { label: 'Move down', hint: 'Alt+↓', disabled: !m.down, onselect: () => m.down?.() },
      { label: 'Indent', hint: 'Alt+Shift+→', disabled: !m.indent, onselect: () => m.indent?.() },
      { label: 'Outdent', hint: 'Alt+Shift+←', disabled: !m.outdent, onselect: () => m.outdent?.() },
      { label: 'Rename', hint: 'F2', onselect: () => this.startRename(r) },
      { label: 'Delete', hint: 'Del', danger: true, onselect: () => this.archive(r) },
    ];
  }

  // ---- drag and drop: above or below a row, or onto it as its last sub-task ----
  dragId = $state<string | null>(null);
  dropAt = $state<Drop | null>(null);
  /** The dragged task and everything under it: never a drop target. */
  readonly dragged = $derived.by(() => {
    if (!this.dragId) return new Set<string>();
    const out = new Set<string>([this.dragId]);
    for (const r of this.allRows) if (r.parentId && out.has(r.parentId)) out.add(r.id);
    return out;
  });

  /** Starts dragging a row; false when it cannot move. */
  dragStart(r: OutlineRow): boolean {
    if (!this.structural || this.editingId === r.id) return false;
    this.dragId = r.id;
    return true;
  }

  /** The pointer is over `r` at `y` (0 top … 1 bottom of the row); false when it is no drop target. */
  dragOver(r: OutlineRow, y: number): boolean {
    if (!this.dragId || this.dragged.has(r.id)) return false;
    const canHold = r.kind !== 'MILESTONE';
    const where: Drop['where'] = canHold ? (y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside') : y < 0.5 ? 'before' : 'after';
    if (this.dropAt?.id !== r.id || this.dropAt.where !== where) this.dropAt = { id: r.id, where };
    return true;
  }

  dragLeave(r: OutlineRow): void {
    if (this.dropAt?.id === r.id) this.dropAt = null;
  }

  drop(r: OutlineRow): void {
    const id = this.dragId;
    const at = this.dropAt;
    const wbs = this.#input.wbs;
    this.dragEnd();
    if (!id || !at || at.id !== r.id || !wbs) return;
    const moving = this.rowById.get(id);
    if (!moving) return;
    const without = (parent: string | null) => this.childrenOf(parent).filter((x) => x !== id);
    let parent: string | null;
    let index: number;
    if (at.where === 'inside' || (at.where === 'after' && r.hasChildren && !this.collapsed[r.id])) {
      // Below an open summary the line sits above its first sub-task: that is where it goes.
      parent = r.id;
      index = at.where === 'inside' ? without(r.id).length : 0;
    } else {
      parent = r.parentId;
      index = without(parent).indexOf(r.id) + (at.where === 'after' ? 1 : 0);
    }
    const where = parent ? `under ${this.label(this.rowById.get(parent)!)}` : 'at the top level';
    this.move(moving, `moved ${where}`, () => wbs.move(id, parent, index), parent ?? undefined);
  }

  dragEnd(): void {
    this.dragId = null;
    this.dropAt = null;
  }

  // ---- presence: who is on which row ----
  readonly peersByTask = $derived.by(() => {
    const out = new Map<string, Peer[]>();
    for (const p of this.#input.wbs?.session.peers ?? []) if (p.focus) out.set(p.focus.taskId, [...(out.get(p.focus.taskId) ?? []), p]);
    return out;
  });

  /** The keyboard focus entered a row (or left the outline: null); the others see where this person is. */
  focusOn(id: string | null): void {
    if (id) this.focusedId = id;
    this.#input.wbs?.focus(id);
  }
}

const collapsedKey = (projectId: string | undefined) => `trellis:collapsed:${projectId}`;

function readCollapsed(key: string): Record<string, true> {
  try {
    const ids = JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
    return Object.fromEntries(ids.map((id) => [id, true as const]));
  } catch {
    return {};
  }
}
