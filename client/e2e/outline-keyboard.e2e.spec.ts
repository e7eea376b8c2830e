import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoCookie, gql, signInUi, useE2E } from './harness.js';

/**
 * A keyboard-only walk of the outline: build a two-level WBS, reach a row's status menu and
 * change it, and Tab out of the outline. Tab never re-parents a task, and never traps the focus.
 */
const e2e = useE2E();

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { label: el?.getAttribute('aria-label') ?? '', text: el?.textContent?.trim() ?? '', tag: el?.tagName ?? '', inOutline: !!el?.closest('table.wbs') };
  });
const outlineOf = (page: Page) =>
  page.getByTestId('task-row').evaluateAll((rows) => rows.map((r) => `${r.querySelector('.code')?.textContent?.trim()} ${r.querySelector('.task-name')?.textContent?.trim()}`));

describe('the outline by keyboard alone', () => {
  it('builds a two-level WBS, reaches the status menu and leaves the outline with Tab', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const made = await gql<{ projectCreate: { project: { key: string } } }>(server, `mutation { projectCreate(input: { key: "KEYS", name: "Keyboard plan" }) { project { key } } }`, {}, { cookie });
    expect(made.errors).toBeUndefined();
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signInUi(page, server);
    await page.goto(`${server.url}/p/KEYS`);
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor();

    // The first task from the empty state, then a sibling, typed and confirmed with Enter.
    await page.getByRole('button', { name: '+ Add the first task' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('new-task-name').waitFor();
    await page.keyboard.type('Design');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Screens');
    // Tab while typing a name makes it a sub-task of the task above, as outliners do.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId('new-task-name').getAttribute('placeholder')).toMatch(/^New sub-task of /);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Build');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.type('API');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => outlineOf(page)).toEqual(['1 Design', '1.1 Screens', '2 Build', '3 API']);

    // On a row, Alt+Shift+→ indents; Tab does not: it walks on through the row's controls
    // (once the tasks are stored and have their keys).
    await expect.poll(() => page.locator('[data-testid=task-row] td.c-key').allTextContents()).toEqual([
      expect.stringMatching(/KEYS-\d+/),
      expect.stringMatching(/KEYS-\d+/),
      expect.stringMatching(/KEYS-\d+/),
      expect.stringMatching(/KEYS-\d+/),
    ]);
    expect((await active(page)).text).toBe('API');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => outlineOf(page)).toEqual(['1 Design', '1.1 Screens', '2 Build', '2.1 API']);
    await page.keyboard.press('Tab');
    expect(await outlineOf(page)).toEqual(['1 Design', '1.1 Screens', '2 Build', '2.1 API']);
    expect((await active(page)).label).toMatch(/^Status of KEYS-\d+$/);

    // The status menu works from the keyboard (a native select: arrow keys choose).
    const status = page.getByRole('combobox', { name: /^Status of / }).and(page.locator(':focus'));
    const before = await status.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status.inputValue()).not.toBe(before);
    await page.keyboard.press('Tab');
    expect((await active(page)).label).toMatch(/^Assignee of /);

    // The row's last control is its "More actions" menu: it opens with the keyboard and Escape
    // closes it with the focus back on its button.
    let steps = 0;
    while (!(await active(page)).label.startsWith('More actions') && steps++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    expect((await active(page)).text).toContain('Details');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
    expect((await active(page)).label).toMatch(/^More actions/);

    // One more Tab leaves the outline: the other rows are reached with ↑/↓, not Tab.
    await page.keyboard.press('Tab');
    expect((await active(page)).inOutline).toBe(false);
    expect(await outlineOf(page)).toEqual(['1 Design', '1.1 Screens', '2 Build', '2.1 API']);
    // And Shift+Tab comes back into the same row.
    await page.keyboard.press('Shift+Tab');
    expect((await active(page)).label).toMatch(/^More actions/);
  });
});
