import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { OutlineState, UNDO_TOAST_MS } from '$lib/state/outline.svelte';
import OutlineUndoToast from './OutlineUndoToast.svelte';
import { fixture } from './outline.fixture.svelte';

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function renderToast() {
  const f = fixture([{ name: 'Build', children: [{ name: 'Data migration' }, { name: 'Integrations' }] }]);
  const outline = new OutlineState({ store: f.store, wbs: f.wbs, canEdit: true });
  mounted = mount(OutlineUndoToast, { target: document.body, props: { outline } });
  outline.archive(outline.rowById.get(f.byName('Build').id)!);
  flushSync();
  return { ...f, outline };
}

describe('OutlineUndoToast', () => {
  it('says what was deleted and brings it back', async () => {
    const { wbs } = renderToast();
    await expect.element(page.getByRole('status')).toHaveTextContent('Deleted ERP-1 Build with its 2 sub-tasks.');
    expect(wbs.outline!.nodes).toHaveLength(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(wbs.outline!.nodes.map((n) => n.name)).toEqual(['Build', 'Data migration', 'Integrations']);
    expect(document.querySelector('[data-testid=undo-toast]')).toBeNull();
  });

  it('can be dismissed, and goes by itself after a while', async () => {
    vi.useFakeTimers();
    const { outline } = renderToast();
    expect(document.querySelector('[data-testid=undo-toast]')).not.toBeNull();
    vi.advanceTimersByTime(UNDO_TOAST_MS + 1);
    flushSync();
    expect(outline.undoToast).toBeNull();
    expect(document.querySelector('[data-testid=undo-toast]')).toBeNull();
  });
});
