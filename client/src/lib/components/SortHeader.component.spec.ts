import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TableSort } from '$lib/state/table-sort.svelte';
import SortHeader from './SortHeader.svelte';

let mounted: ReturnType<typeof mount>[] = [];
afterEach(() => {
  for (const m of mounted) unmount(m);
  mounted = [];
  document.body.innerHTML = '';
});

type Key = 'name' | 'score';

/** Two headings of one table row, as a page lays them out. */
function table(sort: TableSort<Key>) {
  document.body.innerHTML = '<table><thead><tr></tr></thead></table>';
  const row = document.querySelector('tr')!;
  mounted.push(mount(SortHeader<Key>, { target: row, props: { sort, key: 'name', label: 'Name' } }));
  mounted.push(mount(SortHeader<Key>, { target: row, props: { sort, key: 'score', label: 'Score', num: true, ariaLabel: 'Risk score' } }));
  flushSync();
}

const heading = (name: string) => page.getByRole('columnheader', { name });

describe('SortHeader', () => {
  it('marks the sorted column for screen readers and shows its order', async () => {
    const sort = new TableSort<Key>('name');
    table(sort);
    await expect.element(heading('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect.element(heading('Risk score')).toHaveAttribute('aria-sort', 'none');
    expect(document.querySelector('[data-testid=sort-name] .arrow')!.textContent).toBe('↑');
    expect(document.querySelector('[data-testid=sort-score] .arrow')!.textContent).toBe('');
    expect(heading('Risk score').element().classList.contains('num')).toBe(true);
  });

  it('sorts by a new column in the order that suits it, and turns it round when clicked again', async () => {
    const sort = new TableSort<Key>('name', (key) => key === 'score');
    table(sort);
    await page.getByRole('button', { name: 'Risk score' }).click();
    expect([sort.key, sort.descending, sort.sign]).toEqual(['score', true, -1]);
    await expect.element(heading('Risk score')).toHaveAttribute('aria-sort', 'descending');
    expect(document.querySelector('[data-testid=sort-score] .arrow')!.textContent).toBe('↓');
    await page.getByRole('button', { name: 'Risk score' }).click();
    expect([sort.key, sort.descending, sort.sign]).toEqual(['score', false, 1]);
    await page.getByRole('button', { name: 'Name' }).click();
    expect([sort.key, sort.descending]).toEqual(['name', false]);
    await expect.element(heading('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect.element(heading('Risk score')).toHaveAttribute('aria-sort', 'none');
  });

  it('is reached and used by keyboard', async () => {
    const sort = new TableSort<Key>('name');
    table(sort);
    const button = document.querySelector<HTMLButtonElement>('[data-testid=sort-name]')!;
    button.focus();
    expect(document.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    expect(sort.descending).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect([sort.key, sort.descending]).toEqual(['score', false]);
  });
});
