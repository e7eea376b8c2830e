import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Peer } from '$lib/collab';
import { OutlineState } from '$lib/state/outline.svelte';
import OutlineRow from './OutlineRow.svelte';
import { fixture } from './outline.fixture.svelte';

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.innerHTML = '';
});

/** One row of a small outline, mounted in a table body of its own. */
function renderRow(name: string, { canEdit = true, onopen }: { canEdit?: boolean; onopen?: (t: unknown) => void } = {}) {
  const f = fixture([{ name: 'Build', children: [{ name: 'Data migration' }, { name: 'Integrations' }] }, { name: 'Sign-off', kind: 'MILESTONE' }]);
  const outline = new OutlineState({ store: f.store, wbs: f.wbs, canEdit, onopen });
  const tbody = document.createElement('tbody');
  const table = document.createElement('table');
  table.append(tbody);
  document.body.append(table);
  const row = outline.allRows.find((r) => r.name === name)!;
  mounted = mount(OutlineRow, { target: tbody, props: { outline, row, rowIndex: 5 } });
  flushSync();
  return { ...f, outline, row };
}

describe('OutlineRow', () => {
  it('shows code, key, name, dates and its place in the table', async () => {
    renderRow('Data migration');
    const tr = page.getByTestId('task-row');
    await expect.element(tr).toHaveAttribute('aria-rowindex', '5');
    await expect.element(tr.getByText('1.1', { exact: true })).toBeInTheDocument();
    await expect.element(tr.getByText('ERP-2')).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Data migration (rename ERP-2)' })).toBeInTheDocument();
    await expect.element(tr).toHaveTextContent(/Mar 3|3 Mar/);
  });

  it('a summary has a fold button; a milestone a diamond and no "Add sub-task"', async () => {
    const { outline } = renderRow('Build');
    await page.getByRole('button', { name: 'Collapse ERP-1' }).click();
    expect(outline.collapsed).toEqual({ [outline.allRows[0]!.id]: true });
    await expect.element(page.getByRole('button', { name: 'Expand ERP-1' })).toHaveAttribute('aria-expanded', 'false');
    unmount(mounted!);
    mounted = null;
    document.body.innerHTML = '';
    renderRow('Sign-off');
    await expect.element(page.getByText('◆')).toBeInTheDocument();
    expect(page.getByRole('button', { name: 'Add sub-task to ERP-4' }).query()).toBeNull();
    await expect.element(page.getByRole('button', { name: 'Add task after ERP-4' })).toBeInTheDocument();
  });

  it('renames in place: the field takes the focus with the name selected; Esc keeps the name', async () => {
    const { wbs, row } = renderRow('Integrations');
    await page.getByRole('button', { name: /^Integrations \(rename/ }).click();
    const input = page.getByLabelText('Name of ERP-3');
    await expect.element(input).toHaveFocus();
    expect(window.getSelection()?.toString() || (input.element() as HTMLInputElement).selectionEnd).toBeTruthy();
    await userEvent.keyboard('Other{Escape}');
    expect(wbs.outline!.byId.get(row.id)!.name).toBe('Integrations');
  });

  it('shows who else is on the row', async () => {
    const { wbs, row } = renderRow('Integrations');
    const peer = { clientId: 7, user: { id: 'u-ben', name: 'Ben Okafor', color: '#0891b2' }, focus: { taskId: row.id } } as unknown as Peer;
    wbs.session.peers = [peer];
    flushSync();
    await expect.element(page.getByTestId('row-presence')).toHaveAttribute('aria-label', 'Also here: Ben Okafor');
    await expect.element(page.getByTitle('Ben Okafor is on this task')).toHaveTextContent('BO');
  });

  it('is read-only text without the right to edit, with a details button', async () => {
    const onopen = vi.fn();
    renderRow('Integrations', { canEdit: false, onopen });
    expect(document.querySelector('select, .grip, [aria-label^="Delete"]')).toBeNull();
    await expect.element(page.getByRole('button', { name: 'Integrations', exact: true })).toBeInTheDocument();
    await page.getByRole('button', { name: 'Details of ERP-3' }).click();
    expect(onopen).toHaveBeenCalledWith(expect.objectContaining({ key: 'ERP-3' }));
  });

  it('assigns through the API once the pointer is on it', async () => {
    const { store, row } = renderRow('Integrations');
    expect(document.querySelector('select')).toBeNull();
    await userEvent.hover(page.getByRole('button', { name: 'Delete ERP-3' }));
    await page.getByLabelText('Assignee of ERP-3').selectOptions('Kim Weber');
    await expect.poll(() => vi.mocked(store.updateTask).mock.calls[0]).toEqual([row.id, { assigneeId: 'u-kim' }, 1]);
  });
});
