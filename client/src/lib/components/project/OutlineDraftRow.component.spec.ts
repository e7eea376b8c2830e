import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { OutlineState } from '$lib/state/outline.svelte';
import OutlineDraftRow from './OutlineDraftRow.svelte';
import { fixture } from './outline.fixture.svelte';

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.innerHTML = '';
});

function renderDraft() {
  const f = fixture([{ name: 'Build', children: [{ name: 'Data migration' }] }, { name: 'Sign-off', kind: 'MILESTONE' }]);
  const outline = new OutlineState({ store: f.store, wbs: f.wbs, canEdit: true });
  const table = document.createElement('table');
  const tbody = document.createElement('tbody');
  table.append(tbody);
  document.body.append(table);
  mounted = mount(OutlineDraftRow, { target: tbody, props: { outline, rowIndex: 3 } });
  return { ...f, outline };
}

describe('OutlineDraftRow', () => {
  it('takes the focus when opened and names where the task goes', async () => {
    const { outline, byName } = renderDraft();
    outline.addBelow(outline.rowById.get(byName('Data migration').id)!);
    flushSync();
    const input = page.getByLabelText('New task after ERP-2');
    await expect.element(input).toHaveFocus();
    await expect.element(input).toHaveAttribute('aria-describedby', 'draft-keys');
  });

  it('asks for a name, then adds the task and stays open after it', async () => {
    const { outline, wbs, byName } = renderDraft();
    outline.addBelow(outline.rowById.get(byName('Data migration').id)!);
    flushSync();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('Give the task a name');
    await expect.element(page.getByTestId('new-task-name')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.keyboard('Cutover{Enter}');
    await expect.poll(() => wbs.outline!.nodes.map((n) => `${n.code} ${n.name}`)).toContain('1.2 Cutover');
    await expect.element(page.getByTestId('new-task-name')).toHaveValue('');
    expect(outline.draftLabel).toMatch(/^New task after /);
  });

  it('Tab makes it a sub-task of the task above, Shift+Tab takes it back out, keeping the name', async () => {
    const { outline, byName } = renderDraft();
    outline.addBelow(outline.rowById.get(byName('Build').id)!);
    flushSync();
    await userEvent.keyboard('Review{Tab}');
    await expect.element(page.getByTestId('new-task-name')).toHaveAttribute('placeholder', 'New task after ERP-2 — type a name, press Enter');
    await expect.element(page.getByTestId('new-task-name')).toHaveValue('Review');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(page.getByTestId('new-task-name')).toHaveAttribute('placeholder', 'New task after ERP-1 — type a name, press Enter');
    await userEvent.keyboard('{Escape}');
    expect(outline.draft).toBeNull();
  });

  it('a milestone cannot take it: Tab under a milestone moves the focus on instead', async () => {
    const { outline, byName } = renderDraft();
    outline.addBelow(outline.rowById.get(byName('Sign-off').id)!);
    flushSync();
    await userEvent.keyboard('{Tab}');
    expect(outline.draft?.parentId).toBeNull();
  });
});
