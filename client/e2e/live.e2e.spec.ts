import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signInUi, useE2E } from './harness.js';

const e2e = useE2E();

async function signedInPage(viewport?: { width: number; height: number }): Promise<Page> {
  const ctx = await e2e.context(viewport);
  const page = await ctx.newPage();
  await signInUi(page, e2e.server);
  return page;
}

async function openProject(page: Page, view: 'outline' | 'board' = 'outline'): Promise<void> {
  await page.goto(`${e2e.server.url}/p/ERP${view === 'board' ? '?view=board' : ''}`);
  await page.getByRole('heading', { name: 'ERP migration' }).waitFor();
  await page.getByTestId('connection-status').getByText('Live').waitFor();
}

const rowNamed = (page: Page, name: string) => page.getByTestId('task-row').filter({ hasText: name });
const wallCount = (wall: Page, category: string) => wall.locator(`[data-testid=wall-category][data-category=${category}] .tile-num`);

describe('live project page', () => {
  it('a task created in the outline appears in another browser and on the wall board without reload', async () => {
    const { server } = e2e;
    // First person: signs in (the login page is captured too) and makes a wall link in the settings.
    const ctxA = await e2e.context();
    const a = await ctxA.newPage();
    await a.goto(`${server.url}/login`);
    await a.getByRole('button', { name: 'Sign in' }).waitFor();
    await screenshot(a, 'login');
    await signInUi(a, server);
    await a.getByTestId('project-card').filter({ hasText: 'ERP migration' }).click();
    await a.getByRole('heading', { name: 'ERP migration' }).waitFor();

    await a.getByRole('link', { name: 'Settings' }).click();
    await a.getByRole('heading', { name: 'Wall screens' }).waitFor();
    await a.getByLabel('Screen name').fill('Team room TV');
    await a.getByTestId('create-wall').click();
    const wallUrl = await a.getByTestId('wall-url').inputValue();
    expect(wallUrl).toMatch(new RegExp(`^${server.url}/wall/.+`));
    await expect.poll(() => a.getByTestId('board-token-row').filter({ hasText: 'Team room TV' }).count()).toBe(1);
    await screenshot(a, 'settings');

    // The wall screen, in its own browser context with no session.
    const wallCtx = await e2e.context({ width: 1920, height: 1080 });
    const wall = await wallCtx.newPage();
    await wall.goto(wallUrl);
    await wall.getByTestId('wall-project-name').getByText('ERP migration').waitFor();
    await wall.locator('[data-testid=wall-connection][data-state=connected]').waitFor();
    const todoBefore = Number(await wallCount(wall, 'UNSTARTED').textContent());

    // Second person (same account, separate sign-in) watches the outline.
    const b = await signedInPage();
    await openProject(b);
    await openProject(a);

    const name = `Cutover checklist ${Date.now().toString(36)}`;
    await a.getByTestId('add-task').click();
    await a.getByTestId('new-task-name').fill(name);
    await a.getByTestId('new-task-name').press('Enter');
    await rowNamed(a, name).waitFor();
    await screenshot(a, 'outline');

    // B sees it without reloading.
    await expect.poll(() => rowNamed(b, name).count(), { timeout: 10_000 }).toBe(1);
    // The row comes through the shared outline first; its key follows once the server made the task.
    await expect.poll(async () => (await rowNamed(b, name).locator('.c-key').textContent())?.trim(), { timeout: 10_000 }).toMatch(/^ERP-\d+$/);

    // The wall counts it and shows the activity.
    await expect.poll(async () => Number(await wallCount(wall, 'UNSTARTED').textContent()), { timeout: 10_000 }).toBe(todoBefore + 1);
    await expect.poll(() => wall.getByTestId('wall-activity').textContent(), { timeout: 10_000 }).toContain(name);
    await screenshot(wall, 'wall');

    // Details drawer in A: % complete and dates; B's row follows.
    await expect.poll(async () => (await rowNamed(a, name).locator('.c-key').textContent())?.trim(), { timeout: 10_000 }).toMatch(/^ERP-\d+$/);
    const key = (await rowNamed(a, name).locator('.c-key').textContent())!.trim();
    await a.getByRole('button', { name: `Open ${key} details` }).click();
    const drawer = a.getByRole('dialog');
    const finishBefore = await rowNamed(b, name).locator('.c-date').nth(1).textContent();
    await drawer.getByLabel('% complete').fill('40');
    await drawer.getByLabel('Duration (working days)').fill('15');
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await drawer.getByText('Saved ✓').waitFor();
    await a.keyboard.press('Escape');
    await expect.poll(() => rowNamed(b, name).locator('.c-pct').textContent(), { timeout: 10_000 }).toContain('40%');
    // Its dates are the schedule's: the longer duration moves its finish in both windows.
    await expect.poll(() => rowNamed(b, name).locator('.c-date').nth(1).textContent(), { timeout: 10_000 }).not.toBe(finishBefore);
    await expect.poll(async () => rowNamed(a, name).locator('.c-date').nth(1).textContent(), { timeout: 10_000 }).toBe(await rowNamed(b, name).locator('.c-date').nth(1).textContent());

    // Reorder from the row menu in B: the new last task moves up one; A sees the new WBS code.
    const wbsBefore = (await rowNamed(a, name).locator('.c-wbs').textContent())!.trim();
    await rowNamed(b, name).getByRole('button', { name: `More actions for ${key}` }).click();
    await b.getByRole('menuitem', { name: /Move up/ }).click();
    expect(wbsBefore).toMatch(/^\d+$/);
    const wbsAfter = String(Number(wbsBefore) - 1);
    await expect.poll(async () => (await rowNamed(a, name).locator('.c-wbs').textContent())!.trim(), { timeout: 10_000 }).toBe(wbsAfter);
    await expect.poll(async () => (await rowNamed(b, name).locator('.c-wbs').textContent())!.trim(), { timeout: 10_000 }).toBe(wbsAfter);

    // Rename inline in B; A sees the new name.
    const renamed = `${name} (v2)`;
    await rowNamed(b, name).getByRole('button', { name: new RegExp(`rename`) }).click();
    const input = b.locator('input[id^=rename-]');
    await input.fill(renamed);
    await input.press('Enter');
    await expect.poll(() => rowNamed(a, renamed).count(), { timeout: 10_000 }).toBe(1);

    // Delete in A (it can be undone from the toast); it disappears from B and the wall count drops back.
    await rowNamed(a, renamed).getByRole('button', { name: /^Delete / }).click();
    await a.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).waitFor();
    await expect.poll(() => rowNamed(a, renamed).count()).toBe(0);
    await expect.poll(() => rowNamed(b, renamed).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => Number(await wallCount(wall, 'UNSTARTED').textContent()), { timeout: 10_000 }).toBe(todoBefore);
  });

  it("board: a card moved in one browser moves in the other's board live", async () => {
    const a = await signedInPage();
    const b = await signedInPage();
    await openProject(a, 'board');
    await openProject(b, 'board');

    const column = (p: Page, status: string) => p.locator(`[data-testid=board-column][data-status="${status}"]`);
    const card = (p: Page, key: string) => p.locator(`[data-testid=board-card][data-key="${key}"]`);

    // Two cards still to do (the demo's progress follows today's date, so which ones varies).
    const todo = column(b, 'To do').locator('[data-testid=board-card]');
    await todo.nth(1).waitFor();
    const moved = (await todo.nth(0).getAttribute('data-key'))!;
    const dragged = (await todo.nth(1).getAttribute('data-key'))!;
    await card(a, moved).waitFor();
    expect(await column(a, 'To do').locator(`[data-key="${moved}"]`).count()).toBe(1);

    // With the card's status select.
    await card(a, moved).getByLabel(`Status of ${moved}`).selectOption({ label: 'In progress' });
    await expect.poll(() => column(a, 'In progress').locator(`[data-key="${moved}"]`).count()).toBe(1);
    await expect.poll(() => column(b, 'In progress').locator(`[data-key="${moved}"]`).count(), { timeout: 10_000 }).toBe(1);
    expect(await column(b, 'To do').locator(`[data-key="${moved}"]`).count()).toBe(0);

    // With drag and drop.
    await card(b, dragged).dragTo(column(b, 'In review'));
    await expect.poll(() => column(b, 'In review').locator(`[data-key="${dragged}"]`).count()).toBe(1);
    await expect.poll(() => column(a, 'In review').locator(`[data-key="${dragged}"]`).count(), { timeout: 10_000 }).toBe(1);
    await screenshot(a, 'board');

    // A save with a stale version is refused; the board says so and shows the real state.
    await a.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('mutation TaskUpdate')) return route.continue();
      const json = JSON.parse(body);
      json.variables.input.version = 1;
      await route.continue({ postData: JSON.stringify(json) });
    });
    await card(a, moved).getByLabel(`Status of ${moved}`).selectOption({ label: 'Done' });
    await expect.poll(() => a.getByTestId('board-error').textContent()).toContain('changed by someone else');
    await expect.poll(() => column(a, 'In progress').locator(`[data-key="${moved}"]`).count()).toBe(1);
    expect(await column(b, 'Done').locator(`[data-key="${moved}"]`).count()).toBe(0);
    await a.unroute('**/graphql');
  });
  it("board: a card's assignee menu works by keyboard, the other browser follows, and a refused save puts the former assignee back", async () => {
    const a = await signedInPage();
    const b = await signedInPage();
    await openProject(a, 'board');
    await openProject(b, 'board');
    const column = (p: Page, status: string) => p.locator(`[data-testid=board-column][data-status="${status}"]`);
    const card = (p: Page, key: string) => p.locator(`[data-testid=board-card][data-key="${key}"]`);
    const first = column(a, 'To do').locator('[data-testid=board-card]').first();
    await first.waitFor();
    const key = (await first.getAttribute('data-key'))!;
    const trigger = (p: Page) => card(p, key).getByRole('button', { name: new RegExp(`^Assignee of ${key}:`) });
    await card(b, key).waitFor();

    // Keyboard: open, the current choice has the focus, Home goes to "Unassigned", Enter picks it.
    await trigger(a).focus();
    await a.keyboard.press('Enter');
    const menu = a.getByRole('menu', { name: new RegExp(`^Assignee of ${key}:`) });
    await menu.waitFor();
    expect(await a.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitemradio');
    await a.keyboard.press('Home');
    await a.keyboard.press('Enter');
    await expect.poll(() => trigger(a).getAttribute('aria-label')).toBe(`Assignee of ${key}: unassigned. Assign`);
    await expect.poll(() => trigger(b).getAttribute('aria-label'), { timeout: 10_000 }).toBe(`Assignee of ${key}: unassigned. Assign`);
    // The focus is back on the card's trigger.
    expect(await a.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(new RegExp(`^Assignee of ${key}:`));

    // Arrow down to Ana Costa and pick her.
    await a.keyboard.press('Enter');
    await menu.waitFor();
    for (let i = 0; i < 12 && (await a.evaluate(() => document.activeElement?.textContent?.trim())) !== 'Ana Costa'; i++) await a.keyboard.press('ArrowDown');
    await screenshot(a, 'board-assignee-menu');
    await a.keyboard.press('Enter');
    await expect.poll(() => trigger(a).getAttribute('aria-label')).toBe(`Assignee of ${key}: Ana Costa. Change`);
    await expect.poll(() => trigger(b).getAttribute('aria-label'), { timeout: 10_000 }).toBe(`Assignee of ${key}: Ana Costa. Change`);

    // The server refuses the next save: the card shows the new assignee at once, then Ana again, and says why.
    await a.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('mutation TaskUpdate')) return route.continue();
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'The database is unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    });
    await trigger(a).click();
    await a.getByRole('menuitemradio', { name: 'Unassigned' }).click();
    await expect.poll(() => a.getByTestId('board-error').textContent()).toContain(`Could not assign ${key}`);
    await expect.poll(() => trigger(a).getAttribute('aria-label')).toBe(`Assignee of ${key}: Ana Costa. Change`);
    await a.unroute('**/graphql');
    expect(await trigger(b).getAttribute('aria-label')).toBe(`Assignee of ${key}: Ana Costa. Change`);

    // On a phone the menu opens inside the screen.
    const phone = await signedInPage({ width: 390, height: 844 });
    await openProject(phone, 'board');
    await trigger(phone).click();
    const box = await phone.getByRole('menu').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await screenshot(phone, 'board-assignee-menu-390');
  });
});
