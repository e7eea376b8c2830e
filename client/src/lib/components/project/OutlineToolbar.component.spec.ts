import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CollabSession } from '$lib/collab';
import { OutlineState } from '$lib/state/outline.svelte';
import OutlineToolbar from './OutlineToolbar.svelte';
import { fixture } from './outline.fixture.svelte';

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  localStorage.clear();
  document.body.innerHTML = '';
});

function renderToolbar(canEdit = true) {
  const f = fixture([{ name: 'Build', children: [{ name: 'Data migration' }] }, { name: 'Run', children: [{ name: 'Hypercare' }] }]);
  const outline = new OutlineState({ store: f.store, wbs: f.wbs, canEdit });
  mounted = mount(OutlineToolbar, { target: document.body, props: { outline, session: f.wbs.session as unknown as CollabSession } });
  flushSync();
  return { ...f, outline };
}

describe('OutlineToolbar', () => {
  it('opens a new top-level task after the last one', async () => {
    const { outline, byName } = renderToolbar();
    await page.getByTestId('add-task').click();
    expect(outline.draft).toEqual({ parentId: null, afterId: byName('Run').id, returnTo: null });
  });

  it('collapses and expands every branch, and remembers it for the project', async () => {
    const { outline } = renderToolbar();
    await page.getByRole('button', { name: 'Collapse all' }).click();
    expect(outline.rows.map((r) => r.name)).toEqual(['Build', 'Run']);
    outline.persistCollapsed();
    expect(JSON.parse(localStorage.getItem('trellis:collapsed:p-1')!)).toHaveLength(2);
    await page.getByRole('button', { name: 'Expand all' }).click();
    expect(outline.rows).toHaveLength(4);
  });

  it('filters as one types and shows that the outline is saved', async () => {
    const { outline } = renderToolbar();
    await page.getByLabelText('Filter tasks').fill('hyper');
    expect(outline.rows.map((r) => r.name)).toEqual(['Run', 'Hypercare']);
    await expect.element(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  });

  it('offers no "Add task" to someone who cannot edit', () => {
    renderToolbar(false);
    expect(document.querySelector('[data-testid=add-task]')).toBeNull();
  });
});
