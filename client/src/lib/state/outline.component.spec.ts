import { describe, expect, it } from 'vitest';
import { fixture } from '$lib/components/project/outline.fixture.svelte';
import { OutlineState } from './outline.svelte';

/** The outline state over a small plan (runs in the browser project: it is compiled by Svelte). */
function setup(canEdit = true) {
  const f = fixture([
    { name: 'Build', children: [{ name: 'Data migration' }, { name: 'Integrations' }] },
    { name: 'Sign-off', kind: 'MILESTONE' },
    { name: 'Run', children: [{ name: 'Hypercare' }] },
  ]);
  const outline = new OutlineState({ store: f.store, wbs: f.wbs, canEdit });
  const row = (name: string) => outline.rowById.get(f.byName(name).id)!;
  const codes = () => f.wbs.outline!.nodes.map((n) => `${n.code} ${n.name}`);
  return { ...f, outline, row, codes };
}

describe('OutlineState', () => {
  it('offers only the moves a row allows', () => {
    const { outline, row } = setup();
    const first = outline.moves(row('Data migration'));
    expect([!!first.up, !!first.down, !!first.indent, !!first.outdent]).toEqual([false, true, false, true]);
    // Nothing goes under a milestone.
    expect(outline.moves(row('Run')).indent).toBeNull();
    const viewer = setup(false);
    expect(Object.values(viewer.outline.moves(viewer.row('Integrations')))).toEqual([null, null, null, null]);
  });

  it('drops above, below or onto a row; never onto the dragged branch', () => {
    const { outline, row, codes } = setup();
    expect(outline.dragStart(row('Hypercare'))).toBe(true);
    expect(outline.dragOver(row('Data migration'), 0.5)).toBe(true);
    expect(outline.dropAt).toEqual({ id: row('Data migration').id, where: 'inside' });
    outline.drop(row('Data migration'));
    expect(codes()).toContain('1.1.1 Hypercare');

    outline.dragStart(row('Build'));
    expect(outline.dragOver(row('Integrations'), 0.5)).toBe(false);
    outline.dragEnd();

    outline.dragStart(row('Integrations'));
    // A milestone takes no sub-task: its lower half means "after".
    outline.dragOver(row('Sign-off'), 0.6);
    expect(outline.dropAt?.where).toBe('after');
    outline.drop(row('Sign-off'));
    expect(codes()).toContain('3 Integrations');
    expect(outline.announce).toBe('ERP-3 moved at the top level');
  });

  it('explains a refused edit in a notice', () => {
    const { outline, row, wbs } = setup();
    wbs.moveUp = () => {
      throw new Error('The task is gone');
    };
    outline.moves(row('Integrations')).up!();
    expect(outline.notice).toEqual({ kind: 'error', text: 'Could not move ERP-3: The task is gone' });
  });

  it('has a menu with the row’s actions, disabled where they cannot apply', () => {
    const { outline, row } = setup();
    const items = outline.menuFor(row('Data migration'));
    expect(items.map((i) => `${i.label}${i.disabled ? ' (off)' : ''}`)).toEqual([
      'Add task below',
      'Move up (off)',
      'Move down',
      'Indent (off)',
      'Outdent',
      'Rename',
      'Delete',
    ]);
  });

  it('shows the API’s rows, read-only, until the shared document has loaded', () => {
    const { outline, wbs } = setup();
    wbs.session.loaded = false;
    expect(outline.outline).toBeNull();
    expect(outline.allRows.map((r) => `${r.code} ${r.name}`)).toEqual(['1 Build', '1.1 Data migration', '1.2 Integrations', '2 Sign-off', '3 Run', '3.1 Hypercare']);
    expect(outline.moves(outline.allRows[2]!).up).toBeNull();
  });
});
