/**
 * The WBS document: the shared, collaboratively edited tree of a project's work breakdown structure.
 *
 * Layout: `doc.getMap('nodes')` maps a task id (UUID) to a `Y.Map` with
 *   parent   task id or null (top level)
 *   order    fractional index among siblings (string; ties broken by id)
 *   name     string
 *   kind     'TASK' | 'SUMMARY' | 'MILESTONE'
 *   archived true once deleted (absent otherwise)
 *
 * Every client and the server derive the same outline from the same document state with
 * `readOutline`, which also resolves what concurrent edits can produce:
 * - a node whose parent is archived hangs under the nearest live ancestor of that parent, so work
 *   added concurrently with a delete is never lost silently;
 * - a node whose parent is unknown (not in the document) is shown at the top level;
 * - a cycle (A moved under B while B was moved under A) is broken at the node with the smallest id,
 *   which goes to the top level; the others keep their parents.
 * The mutators below each run in one transaction and refuse edits that would create a cycle.
 */
import * as Y from 'yjs';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export type WbsKind = 'TASK' | 'SUMMARY' | 'MILESTONE';
const KINDS: readonly WbsKind[] = ['TASK', 'SUMMARY', 'MILESTONE'];
export const WBS_NODES = 'nodes';
export const MAX_NAME_LENGTH = 500;

export const wbsDocName = (projectId: string) => `project/${projectId}/wbs`;

export interface WbsNode {
  id: string;
  parent: string | null;
  order: string;
  name: string;
  kind: WbsKind;
  archived: boolean;
}

export interface OutlineNode {
  id: string;
  /** The parent as resolved (may differ from the stored parent after a conflict). */
  parentId: string | null;
  depth: number;
  /** 0-based position among its siblings. */
  index: number;
  /** Derived WBS code, e.g. `1.2.3`. */
  code: string;
  /** Sort key of the code, positions zero-padded (`00001.00002.00003`): sorts as the outline reads. */
  sort: string;
  name: string;
  kind: WbsKind;
  hasChildren: boolean;
}

export interface Outline {
  /** Live nodes, depth-first in display order. */
  nodes: OutlineNode[];
  byId: Map<string, OutlineNode>;
  children: Map<string | null, string[]>;
  /** Every node in the document, archived ones included, as stored. */
  raw: Map<string, WbsNode>;
}

export class WbsEditError extends Error {
  constructor(
    message: string,
    readonly code: 'NOT_FOUND' | 'CYCLE' | 'MILESTONE_PARENT' | 'INVALID',
  ) {
    super(message);
  }
}

export const nodesMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap(WBS_NODES);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/**
 * A node id is a task UUID in its one canonical form, lower-case (as PostgreSQL prints it). The
 * same UUID in capitals is another key of the map, so it is not a node: every participant ignores
 * it and the server removes it from the document.
 */
export const isTaskId = (id: string) => UUID.test(id);
/** A reference to a node (a parent) compared in canonical form; null when it is not a UUID. */
const canonicalRef = (id: string): string | null => (UUID.test(id.toLowerCase()) ? id.toLowerCase() : null);

/** A v4 UUID; uses crypto.randomUUID where available (it needs a secure context in browsers). */
export function newTaskId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The one place WBS codes are derived: the code and sort key of the child at 0-based `index`
 * under a parent with code `parentCode` and sort key `parentSort` (both '' at the top level).
 */
export function wbsChildCode(parentCode: string, parentSort: string, index: number): { code: string; sort: string } {
  const pos = String(index + 1);
  const padded = pos.padStart(5, '0');
  return { code: parentCode ? `${parentCode}.${pos}` : pos, sort: parentSort ? `${parentSort}.${padded}` : padded };
}

/** Reads one stored node; anything malformed (a foreign client wrote junk) is ignored. */
function readNode(id: string, m: unknown): WbsNode | null {
  if (!(m instanceof Y.Map) || !isTaskId(id)) return null;
  const stored = m.get('parent');
  const parent = typeof stored === 'string' ? canonicalRef(stored) : null;
  const order = m.get('order');
  const name = m.get('name');
  const kind = m.get('kind');
  return {
    id,
    parent: parent !== id ? parent : null,
    order: typeof order === 'string' ? order : '',
    name: typeof name === 'string' ? name : '',
    kind: KINDS.includes(kind as WbsKind) ? (kind as WbsKind) : 'TASK',
    archived: m.get('archived') === true,
  };
}

/** One node as stored (null when absent or malformed). */
export function readNodeOf(doc: Y.Doc, id: string): WbsNode | null {
  return readNode(id, nodesMap(doc).get(id));
}

export function readNodes(doc: Y.Doc): Map<string, WbsNode> {
  const out = new Map<string, WbsNode>();
  nodesMap(doc).forEach((m, id) => {
    const n = readNode(id, m);
    if (n) out.set(id, n);
  });
  return out;
}

const bySiblingOrder = (a: WbsNode, b: WbsNode) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Resolves every live node's effective parent (see the module comment for the rules). */
function resolveParents(raw: Map<string, WbsNode>): Map<string, string | null> {
  const parentOf = new Map<string, string | null>();
  for (const n of raw.values()) {
    if (n.archived) continue;
    let p = n.parent;
    const seen = new Set<string>([n.id]);
    // Climb past archived parents to the nearest live ancestor.
    while (p !== null) {
      const pn = raw.get(p);
      if (!pn) {
        p = null;
        break;
      }
      if (!pn.archived) break;
      if (seen.has(p)) {
        p = null;
        break;
      }
      seen.add(p);
      p = pn.parent;
    }
    parentOf.set(n.id, p);
  }
  // Break cycles: walk up from each node; a walk that returns to a node on its own path is a cycle.
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = known to reach the top
  for (const start of parentOf.keys()) {
    if (state.get(start) === 2) continue;
    const path: string[] = [];
    let cur: string | null = start;
    while (cur !== null && state.get(cur) !== 2) {
      if (state.get(cur) === 1) {
        const cycle = path.slice(path.indexOf(cur));
        const breakAt = cycle.reduce((a, b) => (b < a ? b : a));
        parentOf.set(breakAt, null);
        break;
      }
      state.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur) ?? null;
    }
    for (const id of path) state.set(id, 2);
  }
  return parentOf;
}

/** The outline every participant sees: deterministic for a given document state. */
export function readOutline(doc: Y.Doc): Outline {
  const raw = readNodes(doc);
  const parentOf = resolveParents(raw);
  const kids = new Map<string | null, WbsNode[]>();
  for (const [id, p] of parentOf) {
    const list = kids.get(p) ?? [];
    list.push(raw.get(id)!);
    kids.set(p, list);
  }
  const children = new Map<string | null, string[]>();
  for (const [p, list] of kids) children.set(p, list.sort(bySiblingOrder).map((n) => n.id));
  const nodes: OutlineNode[] = [];
  const byId = new Map<string, OutlineNode>();
  const walk = (parent: string | null, code: string, sort: string, depth: number) => {
    (children.get(parent) ?? []).forEach((id, index) => {
      const n = raw.get(id)!;
      const c = wbsChildCode(code, sort, index);
      const node: OutlineNode = { id, parentId: parent, depth, index, code: c.code, sort: c.sort, name: n.name, kind: n.kind, hasChildren: (children.get(id)?.length ?? 0) > 0 };
      nodes.push(node);
      byId.set(id, node);
      walk(id, c.code, c.sort, depth + 1);
    });
  };
  walk(null, '', '', 0);
  return { nodes, byId, children, raw };
}

/** Ids of a node and its live descendants, in outline order. */
export function subtree(outline: Outline, id: string): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    out.push(n);
    for (const c of outline.children.get(n) ?? []) visit(c);
  };
  if (outline.byId.has(id)) visit(id);
  return out;
}

function node(doc: Y.Doc, id: string): Y.Map<unknown> {
  const m = nodesMap(doc).get(id);
  if (!(m instanceof Y.Map)) throw new WbsEditError('No such task in the outline', 'NOT_FOUND');
  return m;
}

/**
 * An order key for position `index` among `siblings` (ids in order, the moving node excluded).
 * Siblings sharing a key (concurrent inserts at the same spot) are re-keyed first.
 */
function orderKeyAt(doc: Y.Doc, outline: Outline, siblings: string[], index: number): string {
  const keys = siblings.map((s) => outline.raw.get(s)!.order);
  const i = Math.max(0, Math.min(index, siblings.length));
  const before = i > 0 ? keys[i - 1]! : null;
  const after = i < keys.length ? keys[i]! : null;
  try {
    return generateKeyBetween(before, after);
  } catch {
    // Duplicate or malformed keys: give all siblings fresh, evenly spread keys, then retry.
    const fresh = generateNKeysBetween(null, null, siblings.length);
    siblings.forEach((s, k) => {
      node(doc, s).set('order', fresh[k]);
      outline.raw.get(s)!.order = fresh[k]!;
    });
    return generateKeyBetween(i > 0 ? fresh[i - 1]! : null, i < fresh.length ? fresh[i]! : null);
  }
}

function checkParent(outline: Outline, parentId: string | null, movingId?: string): void {
  if (parentId === null) return;
  const p = outline.byId.get(parentId);
  if (!p) throw new WbsEditError('The parent task is not in the outline', 'NOT_FOUND');
  if (p.kind === 'MILESTONE') throw new WbsEditError('A milestone cannot have sub-tasks', 'MILESTONE_PARENT');
  if (movingId && subtree(outline, movingId).includes(parentId)) {
    throw new WbsEditError('A task cannot move under itself or one of its own sub-tasks', 'CYCLE');
  }
}

/** A task that gains children becomes a summary. */
function promote(doc: Y.Doc, outline: Outline, parentId: string | null): void {
  if (parentId && outline.byId.get(parentId)?.kind === 'TASK') node(doc, parentId).set('kind', 'SUMMARY');
}

const cleanName = (name: string) => name.slice(0, MAX_NAME_LENGTH);

export interface AddNodeInput {
  id?: string;
  parentId: string | null;
  /** Insert at this sibling index (default: last). */
  index?: number;
  /** Insert right after this sibling (wins over index). */
  afterId?: string;
  name: string;
  kind?: WbsKind;
}

/** Adds a node; returns its id. */
export function addNode(doc: Y.Doc, input: AddNodeInput, origin?: unknown): string {
  const id = input.id ?? newTaskId();
  if (!isTaskId(id)) throw new WbsEditError('A task id must be a lower-case UUID', 'INVALID');
  doc.transact(() => {
    if (nodesMap(doc).has(id)) throw new WbsEditError('A task with this id exists already', 'INVALID');
    const outline = readOutline(doc);
    checkParent(outline, input.parentId);
    const siblings = outline.children.get(input.parentId) ?? [];
    let index = input.index ?? siblings.length;
    if (input.afterId) {
      const k = siblings.indexOf(input.afterId);
      if (k >= 0) index = k + 1;
    }
    const m = new Y.Map<unknown>();
    m.set('parent', input.parentId);
    m.set('order', orderKeyAt(doc, outline, siblings, index));
    m.set('name', cleanName(input.name));
    m.set('kind', input.kind ?? 'TASK');
    nodesMap(doc).set(id, m);
    promote(doc, outline, input.parentId);
  }, origin);
  return id;
}

export function renameNode(doc: Y.Doc, id: string, name: string, origin?: unknown): void {
  doc.transact(() => {
    node(doc, id).set('name', cleanName(name));
  }, origin);
}

export function setKind(doc: Y.Doc, id: string, kind: WbsKind, origin?: unknown): void {
  doc.transact(() => {
    node(doc, id).set('kind', kind);
  }, origin);
}

/** Moves a node (with its sub-tree) under `parentId` at sibling `index` (default: last). */
export function moveNode(doc: Y.Doc, id: string, parentId: string | null, index?: number, origin?: unknown): void {
  doc.transact(() => {
    const outline = readOutline(doc);
    if (!outline.byId.has(id)) throw new WbsEditError('No such task in the outline', 'NOT_FOUND');
    checkParent(outline, parentId, id);
    const siblings = (outline.children.get(parentId) ?? []).filter((s) => s !== id);
    const m = node(doc, id);
    const key = orderKeyAt(doc, outline, siblings, index ?? siblings.length);
    if (m.get('parent') !== parentId) m.set('parent', parentId);
    m.set('order', key);
    promote(doc, outline, parentId);
  }, origin);
}

/** Makes a node the last child of its previous sibling; false when it has none. */
export function indentNode(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const outline = readOutline(doc);
  const n = outline.byId.get(id);
  if (!n || n.index === 0) return false;
  const prev = outline.children.get(n.parentId)![n.index - 1]!;
  if (outline.byId.get(prev)!.kind === 'MILESTONE') return false;
  moveNode(doc, id, prev, undefined, origin);
  return true;
}

/** Moves a node right after its parent, one level up; false at the top level. */
export function outdentNode(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const outline = readOutline(doc);
  const n = outline.byId.get(id);
  if (!n || n.parentId === null) return false;
  const parent = outline.byId.get(n.parentId)!;
  moveNode(doc, id, parent.parentId, parent.index + 1, origin);
  return true;
}

export function moveUp(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const n = readOutline(doc).byId.get(id);
  if (!n || n.index === 0) return false;
  moveNode(doc, id, n.parentId, n.index - 1, origin);
  return true;
}

export function moveDown(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const outline = readOutline(doc);
  const n = outline.byId.get(id);
  if (!n || n.index >= (outline.children.get(n.parentId)?.length ?? 0) - 1) return false;
  moveNode(doc, id, n.parentId, n.index + 1, origin);
  return true;
}

/** Archives a node and its live sub-tree; returns the archived ids. */
export function archiveNode(doc: Y.Doc, id: string, origin?: unknown): string[] {
  let ids: string[] = [];
  doc.transact(() => {
    const outline = readOutline(doc);
    if (!outline.byId.has(id)) throw new WbsEditError('No such task in the outline', 'NOT_FOUND');
    ids = subtree(outline, id);
    for (const s of ids) node(doc, s).set('archived', true);
  }, origin);
  return ids;
}

/** Brings back an archived node and the descendants that were archived with it. */
export function restoreNode(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    const raw = readNodes(doc);
    if (!raw.has(id)) throw new WbsEditError('No such task in the outline', 'NOT_FOUND');
    const kids = new Map<string, string[]>();
    for (const n of raw.values()) if (n.parent) kids.set(n.parent, [...(kids.get(n.parent) ?? []), n.id]);
    const visit = (n: string) => {
      if (raw.get(n)?.archived) node(doc, n).delete('archived');
      for (const c of kids.get(n) ?? []) if (raw.get(c)?.archived) visit(c);
    };
    visit(id);
  }, origin);
}

/** Seeds an empty document from existing rows (ordered by position within each parent). */
export function initializeFromRows(
  doc: Y.Doc,
  rows: { id: string; parentId: string | null; position: number; name: string; kind: WbsKind }[],
  origin?: unknown,
): void {
  doc.transact(() => {
    const byParent = new Map<string | null, typeof rows>();
    for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
    for (const list of byParent.values()) {
      list.sort((a, b) => a.position - b.position);
      const keys = generateNKeysBetween(null, null, list.length);
      list.forEach((r, i) => {
        const m = new Y.Map<unknown>();
        m.set('parent', r.parentId);
        m.set('order', keys[i]);
        m.set('name', cleanName(r.name));
        m.set('kind', r.kind);
        nodesMap(doc).set(r.id, m);
      });
    }
  }, origin);
}
