/**
 * What the outline's component tests mount it with: a project cache holding task rows and a
 * shared WBS document kept in a plain Y.Doc, edited through the same shared rules as the real one
 * (`@trellis/schema/wbs`), with no server behind either.
 */
import * as Y from 'yjs';
import { vi } from 'vitest';
import { addNode, archiveNode, indentNode, initializeFromRows, moveDown, moveNode, moveUp, nodesMap, outdentNode, readOutline, renameNode, restoreNode, type AddNodeInput, type Outline } from '@trellis/schema/wbs';
import { RenameWatch, type Archived, type Peer, type WbsEditor } from '$lib/collab';
import type { Task, TaskKind } from '$lib/graphql/types';
import type { ProjectStore } from '$lib/state/project.svelte';
import type { OutlineDocument, OutlineStore } from '$lib/state/outline.svelte';

export const STATUSES = [
  { id: 's-todo', name: 'To do', category: 'UNSTARTED', color: '#94a3b8' },
  { id: 's-doing', name: 'In progress', category: 'STARTED', color: '#2563eb' },
  { id: 's-done', name: 'Done', category: 'COMPLETED', color: '#16a34a' },
] as const;
export const MEMBERS = [
  { user: { id: 'u-kim', name: 'Kim Weber' } },
  { user: { id: 'u-ana', name: 'Ana Lopes' } },
];

let counter = 0;
/** A lower-case UUID, as task ids are. */
export const uuid = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;

export type Spec = { name: string; kind?: TaskKind; children?: Spec[] };

/** Task rows for an outline written as nested specs, numbered and keyed like the server does. */
export function taskRows(specs: Spec[], key = 'ERP'): Task[] {
  const out: Task[] = [];
  const walk = (list: Spec[], parentId: string | null, prefix: string) =>
    list.forEach((s, i) => {
      const id = uuid();
      const code = prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
      out.push({
        id,
        key: `${key}-${out.length + 1}`,
        wbsCode: code,
        name: s.name,
        kind: s.children?.length ? 'SUMMARY' : (s.kind ?? 'TASK'),
        parentId,
        position: i,
        durationDays: 1,
        start: '2026-03-02T08:00',
        finish: '2026-03-03T17:00',
        late: false,
        percentComplete: 0,
        rollupState: s.children?.length ? 'NOT_STARTED' : null,
        version: 1,
        childCount: s.children?.length ?? 0,
        archivedAt: null,
        status: { ...STATUSES[0] },
        assignee: null,
      });
      if (s.children) walk(s.children, id, code);
    });
  walk(specs, null, '');
  return out;
}

/** The project cache's part the outline reads; `updateTask` records calls and applies the patch. */
export class FakeStore implements OutlineStore {
  project = $state.raw({ id: 'p-1', key: 'ERP', statuses: [...STATUSES], members: MEMBERS } as unknown as NonNullable<ProjectStore['project']>);
  tasks = $state.raw<Task[]>([]);
  highlighted = $state<Record<string, true>>({});
  readonly byId = $derived(new Map(this.tasks.map((t) => [t.id, t])));
  rollup = new Map() as ProjectStore['rollup'];
  updateTask = vi.fn(async (id: string, patch: { statusId?: string; assigneeId?: string | null }) => {
    const t = this.byId.get(id)!;
    const next: Task = {
      ...t,
      version: t.version + 1,
      status: patch.statusId ? { ...STATUSES.find((s) => s.id === patch.statusId)! } : t.status,
      assignee: patch.assigneeId !== undefined ? (patch.assigneeId ? MEMBERS.find((m) => m.user.id === patch.assigneeId)!.user : null) : t.assignee,
    };
    this.tasks = this.tasks.map((x) => (x.id === id ? next : x));
    return next;
  }) as unknown as ProjectStore['updateTask'];

  constructor(tasks: Task[]) {
    this.tasks = tasks;
  }
}

/** The shared WBS document's part the outline uses, over a local Y.Doc. */
export class FakeWbs implements OutlineDocument {
  readonly doc = new Y.Doc();
  outline = $state.raw<Outline | null>(null);
  editable = $state(true);
  session = $state({ loaded: true, peers: [] as Peer[], status: 'connected', problem: null as string | null, saveState: 'saved', canWrite: true }) as unknown as WbsEditor['session'];
  /** Tells of renames replaced by someone else's, over the same local document. */
  readonly renames = new RenameWatch(this.doc, () => this.session.peers);
  /** Where this person's focus was announced, in order. */
  focused: (string | null)[] = [];
  #done: (() => void)[] = [];

  constructor(tasks: Task[]) {
    initializeFromRows(this.doc, tasks.map((t) => ({ id: t.id, parentId: t.parentId, position: t.position, name: t.name, kind: t.kind })));
    this.outline = readOutline(this.doc);
    nodesMap(this.doc).observeDeep(() => (this.outline = readOutline(this.doc)));
  }

  add(input: AddNodeInput): string {
    const id = addNode(this.doc, input);
    this.#done.push(() => archiveNode(this.doc, id));
    return id;
  }
  rename(id: string, name: string, base?: string): void {
    const current = this.outline?.byId.get(id)?.name;
    renameNode(this.doc, id, name);
    this.renames.renamed(id, name, base, current);
  }
  move(id: string, parentId: string | null, index: number): void {
    moveNode(this.doc, id, parentId, index);
  }
  indent(id: string): boolean {
    return indentNode(this.doc, id);
  }
  outdent(id: string): boolean {
    return outdentNode(this.doc, id);
  }
  moveUp(id: string): boolean {
    return moveUp(this.doc, id);
  }
  moveDown(id: string): boolean {
    return moveDown(this.doc, id);
  }
  archive(id: string): Archived {
    const ids = archiveNode(this.doc, id);
    this.#done.push(() => restoreNode(this.doc, id));
    return { id, ids };
  }
  unarchive(archived: Archived): void {
    restoreNode(this.doc, archived.id);
  }
  /** Undoes adds and deletes only (enough for the outline's own tests). */
  undo(): boolean {
    const step = this.#done.pop();
    step?.();
    return !!step;
  }
  redo(): boolean {
    return false;
  }
  focus(taskId: string | null): void {
    this.focused.push(taskId);
  }
}

/** A store and a document over the same rows. */
export function fixture(specs: Spec[]) {
  const tasks = taskRows(specs);
  const store = new FakeStore(tasks);
  const wbs = new FakeWbs(tasks);
  const byName = (name: string) => tasks.find((t) => t.name === name)!;
  return { tasks, store, wbs, byName };
}

/** A plan of `phases` phases of `each` tasks: long outlines for the rendering tests. */
export function bigPlan(phases: number, each: number): Spec[] {
  return Array.from({ length: phases }, (_, p) => ({
    name: `Phase ${p + 1}`,
    children: Array.from({ length: each }, (_, i) => ({ name: `Task ${p + 1}.${i + 1}` })),
  }));
}
