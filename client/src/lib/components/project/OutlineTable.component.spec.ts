import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { OutlineState } from '$lib/state/outline.svelte';
import OutlineTable from './OutlineTable.svelte';
import { bigPlan, fixture } from './outline.fixture.svelte';

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  window.scrollTo(0, 0);
  document.body.innerHTML = '';
});

function renderTable(phases: number, each: number) {
  const f = fixture(bigPlan(phases, each));
  const outline = new OutlineState({ store: f.store, wbs: f.wbs, canEdit: true });
  const target = document.createElement('div');
  document.body.append(target);
  mounted = mount(OutlineTable, { target, props: { outline } });
  flushSync();
  return { ...f, outline };
}

const rendered = () => [...document.querySelectorAll<HTMLElement>('[data-testid=task-row]')];

describe('OutlineTable', () => {
  it('renders a short outline whole', () => {
    renderTable(3, 9);
    expect(rendered()).toHaveLength(30);
    expect(document.querySelector('[data-testid=outline-gap]')).toBeNull();
  });

  it('renders a long one in part, with spacers as tall as the rows they stand for', async () => {
    renderTable(40, 49);
    const table = page.getByRole('table', { name: 'Work breakdown structure' });
    await expect.element(table).toHaveAttribute('aria-rowcount', '2001');
    const rows = rendered();
    expect(rows.length).toBeLessThan(100);
    const h = rows[0]!.getBoundingClientRect().height;
    const body = document.querySelector('tbody')!.getBoundingClientRect().height;
    expect(Math.abs(body - 2000 * h)).toBeLessThan(2 * h);
  });

  it('follows the page as it scrolls, rows numbered for screen readers', async () => {
    renderTable(40, 49);
    const h = rendered()[0]!.getBoundingClientRect().height;
    const top = document.querySelector('tbody')!.getBoundingClientRect().top;
    window.scrollTo(0, top + 1500 * h);
    await expect.poll(() => rendered().some((r) => r.getAttribute('aria-rowindex') === '1502')).toBe(true);
    expect(rendered().some((r) => r.getAttribute('aria-rowindex') === '2')).toBe(false);
    // Each rendered row's number is its place in the whole table.
    const shown = rendered().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown.at(-1)! - shown[0]! + 1).toBe(shown.length);
  });

  it('keeps the new-task line and its row rendered wherever the page is scrolled', async () => {
    const { outline, byName } = renderTable(40, 49);
    outline.addBelow(outline.rowById.get(byName('Task 1.1').id)!);
    flushSync();
    window.scrollTo(0, 60_000);
    await expect.poll(() => rendered().some((r) => Number(r.getAttribute('aria-rowindex')) > 1000)).toBe(true);
    expect(document.querySelector('[data-testid=new-task-name]')).not.toBeNull();
    expect(document.querySelector(`[data-task-id="${byName('Task 1.1').id}"]`)).not.toBeNull();
    await expect.element(page.getByRole('table')).toHaveAttribute('aria-rowcount', '2002');
  });
});
