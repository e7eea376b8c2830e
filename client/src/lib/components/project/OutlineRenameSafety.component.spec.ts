import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as Y from 'yjs';
import { renameNode } from '@trellis/schema/wbs';
import type { WbsEditor } from '$lib/collab';
import type { ProjectStore } from '$lib/state/project.svelte';
import Outline from './Outline.svelte';
import { fixture, type Spec } from './outline.fixture.svelte';

/** Renames that used to lose text without a word: a paste past the limit, and a rename replaced by someone else's. */
const PLAN: Spec[] = [{ name: 'Build', children: [{ name: 'Data migration' }, { name: 'Design review' }] }];

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  localStorage.clear();
  document.body.innerHTML = '';
});

function render() {
  const f = fixture(PLAN);
  const target = document.createElement('div');
  document.body.append(target);
  mounted = mount(Outline, { target, props: { store: f.store as unknown as ProjectStore, wbs: f.wbs as unknown as WbsEditor, canEdit: true } });
  flushSync();
  return f;
}

function paste(el: HTMLInputElement, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

describe('outline rename safety', () => {
  it('holds a name to 500 characters, shows the count near the limit and says what a long paste left out', async () => {
    const f = render();
    document.getElementById(`name-${f.byName('Design review').id}`)!.focus();
    await userEvent.keyboard('{F2}');
    const input = page.getByLabelText('Name of ERP-3');
    await expect.element(input).toHaveAttribute('maxlength', '500');
    const el = input.element() as HTMLInputElement;
    el.select();
    paste(el, 'x'.repeat(10_000));
    await expect.element(page.getByText(/The pasted text has 10,000 characters and a task name holds 500: only the first 500 were pasted/)).toBeVisible();
    expect(el.value).toHaveLength(500);
    await expect.element(page.getByText('500 / 500')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => f.wbs.outline!.byId.get(f.byName('Design review').id)!.name.length).toBe(500);
  });

  it("tells the person whose rename lost to someone else's made at the same moment, and puts their name back in one click", async () => {
    const f = render();
    const id = f.byName('Design review').id;
    // Jordan's copy of the document as it was before either rename; his client id wins a tie.
    const jordan = new Y.Doc();
    jordan.clientID = f.wbs.doc.clientID + 1;
    Y.applyUpdate(jordan, Y.encodeStateAsUpdate(f.wbs.doc));

    document.getElementById(`name-${id}`)!.focus();
    await userEvent.keyboard('{F2}{Control>}a{/Control}Design review with vendor{Enter}');
    await expect.poll(() => f.wbs.outline!.byId.get(id)!.name).toBe('Design review with vendor');
    renameNode(jordan, id, 'Architecture review');
    Y.applyUpdate(f.wbs.doc, Y.encodeStateAsUpdate(jordan, Y.encodeStateVector(f.wbs.doc)));

    await expect.poll(() => f.wbs.outline!.byId.get(id)!.name).toBe('Architecture review');
    const notice = page.getByTestId('rename-clash');
    await expect.element(notice).toHaveTextContent('renamed ERP-3 to “Architecture review” while you were typing. Yours was “Design review with vendor”.');
    await page.getByRole('button', { name: 'Put mine back' }).click();
    await expect.poll(() => f.wbs.outline!.byId.get(id)!.name).toBe('Design review with vendor');
    await expect.element(notice).not.toBeInTheDocument();
  });

  it('tells the person who saved over a rename that landed while they typed, and puts the other name back in one click', async () => {
    const f = render();
    const id = f.byName('Design review').id;
    document.getElementById(`name-${id}`)!.focus();
    await userEvent.keyboard('{F2}{Control>}a{/Control}Design sign-off');
    const jordan = new Y.Doc();
    Y.applyUpdate(jordan, Y.encodeStateAsUpdate(f.wbs.doc));
    renameNode(jordan, id, 'Architecture review');
    Y.applyUpdate(f.wbs.doc, Y.encodeStateAsUpdate(jordan, Y.encodeStateVector(f.wbs.doc)));
    await userEvent.keyboard('{Enter}');

    const notice = page.getByTestId('rename-clash');
    await expect.element(notice).toHaveTextContent('renamed ERP-3 to “Architecture review” while you were typing. Your name “Design sign-off” replaced it.');
    await page.getByRole('button', { name: 'Put theirs back' }).click();
    await expect.poll(() => f.wbs.outline!.byId.get(id)!.name).toBe('Architecture review');
  });

  it('says nothing about a rename made after seeing this person’s', async () => {
    const f = render();
    const id = f.byName('Design review').id;
    document.getElementById(`name-${id}`)!.focus();
    await userEvent.keyboard('{F2}{Control>}a{/Control}Design review with vendor{Enter}');
    const jordan = new Y.Doc();
    Y.applyUpdate(jordan, Y.encodeStateAsUpdate(f.wbs.doc));
    renameNode(jordan, id, 'Design review (vendor)');
    Y.applyUpdate(f.wbs.doc, Y.encodeStateAsUpdate(jordan, Y.encodeStateVector(f.wbs.doc)));
    await expect.poll(() => f.wbs.outline!.byId.get(id)!.name).toBe('Design review (vendor)');
    expect(document.querySelector('[data-testid=rename-clash]')).toBeNull();
  });

  it('says nothing when the change from elsewhere leaves the name as this person set it', async () => {
    const f = render();
    const id = f.byName('Data migration').id;
    document.getElementById(`name-${id}`)!.focus();
    await userEvent.keyboard('{F2}{Control>}a{/Control}Data migration wave 1{Enter}');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(f.wbs.doc));
    renameNode(other, f.byName('Build').id, 'Build and test');
    Y.applyUpdate(f.wbs.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(f.wbs.doc)));
    await expect.poll(() => f.wbs.outline!.byId.get(f.byName('Build').id)!.name).toBe('Build and test');
    expect(document.querySelector('[data-testid=rename-clash]')).toBeNull();
  });
});
