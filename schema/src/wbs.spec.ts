import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNode,
  archiveNode,
  indentNode,
  initializeFromRows,
  moveDown,
  moveNode,
  moveUp,
  newTaskId,
  outdentNode,
  readOutline,
  renameNode,
  restoreNode,
  WbsEditError,
} from './wbs.js';

const rows = (doc: Y.Doc) => readOutline(doc).nodes.map((n) => `${n.code} ${n.name}`);

/** Two replicas that exchange updates only when `sync` is called. */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

describe('WBS document', () => {
  it('numbers the outline depth-first and keeps sibling order', () => {
    const doc = new Y.Doc();
    const design = addNode(doc, { parentId: null, name: 'Design' });
    const build = addNode(doc, { parentId: null, name: 'Build' });
    addNode(doc, { parentId: design, name: 'Data model' });
    addNode(doc, { parentId: null, name: 'Kick-off', index: 0 });
    addNode(doc, { parentId: design, name: 'API', index: 0 });
    addNode(doc, { parentId: build, name: 'Backend' });
    expect(rows(doc)).toEqual(['1 Kick-off', '2 Design', '2.1 API', '2.2 Data model', '3 Build', '3.1 Backend']);
    expect(readOutline(doc).byId.get(design)!.kind).toBe('SUMMARY');
  });

  it('indents, outdents and moves with the keyboard rules', () => {
    const doc = new Y.Doc();
    const a = addNode(doc, { parentId: null, name: 'A' });
    const b = addNode(doc, { parentId: null, name: 'B' });
    const c = addNode(doc, { parentId: null, name: 'C' });
    expect(indentNode(doc, a)).toBe(false);
    expect(indentNode(doc, b)).toBe(true);
    expect(indentNode(doc, c)).toBe(true);
    expect(rows(doc)).toEqual(['1 A', '1.1 B', '1.2 C']);
    expect(moveUp(doc, c)).toBe(true);
    expect(rows(doc)).toEqual(['1 A', '1.1 C', '1.2 B']);
    expect(moveDown(doc, b)).toBe(false);
    expect(outdentNode(doc, c)).toBe(true);
    expect(rows(doc)).toEqual(['1 A', '1.1 B', '2 C']);
    expect(() => moveNode(doc, a, b)).toThrow(WbsEditError);
  });

  it('refuses sub-tasks under a milestone', () => {
    const doc = new Y.Doc();
    const m = addNode(doc, { parentId: null, name: 'Go-live', kind: 'MILESTONE' });
    expect(() => addNode(doc, { parentId: m, name: 'x' })).toThrow(/milestone/);
  });

  it('archives a sub-tree and restores it', () => {
    const doc = new Y.Doc();
    const a = addNode(doc, { parentId: null, name: 'A' });
    addNode(doc, { parentId: a, name: 'A1' });
    addNode(doc, { parentId: null, name: 'B' });
    expect(archiveNode(doc, a)).toHaveLength(2);
    expect(rows(doc)).toEqual(['1 B']);
    restoreNode(doc, a);
    expect(rows(doc)).toEqual(['1 A', '1.1 A1', '2 B']);
  });

  it('two people moving A under B and B under A at once end with the same tree and no cycle', () => {
    const { a, b, sync } = pair();
    const idA = addNode(a, { id: '00000000-0000-4000-8000-00000000000a', parentId: null, name: 'A' });
    const idB = addNode(a, { id: '00000000-0000-4000-8000-00000000000b', parentId: null, name: 'B' });
    sync();
    moveNode(a, idA, idB);
    moveNode(b, idB, idA);
    sync();
    expect(rows(a)).toEqual(rows(b));
    // The cycle is broken at the smaller id, which stays at the top level with the other under it.
    expect(rows(a)).toEqual(['1 A', '1.1 B']);
  });

  it('a child added under a node that is deleted at the same time survives under the nearest live ancestor', () => {
    const { a, b, sync } = pair();
    const root = addNode(a, { parentId: null, name: 'Phase' });
    const doomed = addNode(a, { parentId: root, name: 'Doomed' });
    sync();
    archiveNode(a, doomed);
    addNode(b, { parentId: doomed, name: 'New work' });
    sync();
    expect(rows(a)).toEqual(rows(b));
    expect(rows(a)).toEqual(['1 Phase', '1.1 New work']);
  });

  it('concurrent inserts at the same place keep both, in the same order everywhere', () => {
    const { a, b, sync } = pair();
    const first = addNode(a, { parentId: null, name: 'first' });
    addNode(a, { parentId: null, name: 'last' });
    sync();
    addNode(a, { parentId: null, afterId: first, name: 'from A' });
    addNode(b, { parentId: null, afterId: first, name: 'from B' });
    sync();
    expect(rows(a)).toEqual(rows(b));
    expect(rows(a)).toHaveLength(4);
    // A later insert between the two equal keys still works (the siblings are re-keyed).
    const mid = readOutline(a).nodes[1]!.id;
    addNode(a, { parentId: null, afterId: mid, name: 'between' });
    expect(rows(a)[2]).toBe('3 between');
  });

  it('concurrent renames converge', () => {
    const { a, b, sync } = pair();
    const id = addNode(a, { parentId: null, name: 'Task' });
    sync();
    renameNode(a, id, 'Name from A');
    renameNode(b, id, 'Name from B');
    sync();
    expect(rows(a)).toEqual(rows(b));
  });

  it('ignores malformed entries written by a foreign client', () => {
    const doc = new Y.Doc();
    addNode(doc, { parentId: null, name: 'Real' });
    doc.getMap('nodes').set('not-a-uuid', new Y.Map());
    const junk = new Y.Map<unknown>();
    doc.getMap('nodes').set(newTaskId(), junk);
    junk.set('parent', 42);
    expect(rows(doc)).toHaveLength(2);
  });

  it('seeds from rows in position order', () => {
    const doc = new Y.Doc();
    const p = newTaskId();
    initializeFromRows(doc, [
      { id: newTaskId(), parentId: p, position: 1, name: 'second', kind: 'TASK' },
      { id: p, parentId: null, position: 0, name: 'parent', kind: 'SUMMARY' },
      { id: newTaskId(), parentId: p, position: 0, name: 'first', kind: 'TASK' },
    ]);
    expect(rows(doc)).toEqual(['1 parent', '1.1 first', '1.2 second']);
  });
});

describe('node ids in one canonical form', () => {
  it('ignores a key that is a task id in capitals, and reads a parent written in capitals as the same task', () => {
    const doc = new Y.Doc();
    const parent = addNode(doc, { parentId: null, name: 'Phase' });
    const shouting = newTaskId().toUpperCase();
    const child = newTaskId();
    doc.transact(() => {
      for (const [id, name, p] of [
        [shouting, 'Capital id', null],
        [child, 'Step', parent.toUpperCase()],
      ] as const) {
        const m = new Y.Map<unknown>();
        m.set('parent', p);
        m.set('order', 'a5');
        m.set('name', name);
        m.set('kind', 'TASK');
        doc.getMap('nodes').set(id, m);
      }
    });
    const outline = readOutline(doc);
    expect(outline.byId.has(shouting)).toBe(false);
    expect(outline.byId.has(shouting.toLowerCase())).toBe(false);
    expect(outline.byId.get(child)?.parentId).toBe(parent);
    expect(rows(doc)).toEqual(['1 Phase', '1.1 Step']);
    expect(() => addNode(doc, { id: newTaskId().toUpperCase(), parentId: null, name: 'x' })).toThrow(WbsEditError);
  });
});
