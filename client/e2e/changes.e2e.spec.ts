import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInUi, signUpDemoPerson, useE2E } from './harness.js';

const e2e = useE2E();
const SHOTS = '/tmp/shots/changes';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Picks the option of a select whose text contains `text` (WBS codes lead the labels). */
async function choose(page: Page, testId: string, text: string, nth = 0) {
  const select = page.getByTestId(testId).nth(nth);
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

/** Whether the page scrolls sideways (it must not; wide tables scroll in their own box). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe('change control in the browser', () => {
  it('a member raises a change, the owner previews and approves it, and its task appears live in the member\u2019s outline', async () => {
    const { server } = e2e;
    const benCtx = await e2e.context();
    const ben = await benCtx.newPage();
    await signUpDemoPerson(ben, server, 'Ben Okafor', 'ben.okafor@trellis.local');

    // Ben raises a draft and writes its change set.
    await ben.goto(`${server.url}/p/ERP/changes`);
    await ben.getByTestId('cr-new-title').fill('Data quality check before cutover');
    await ben.getByTestId('cr-raise').click();
    await ben.getByTestId('cs-add-task').click();
    await ben.getByTestId('cs-add-name').fill('Data quality check');
    await choose(ben, 'cs-add-parent', 'Data migration');
    await ben.getByTestId('cs-add-days').fill('3');
    await ben.getByTestId('cs-add-link').click();
    await choose(ben, 'cs-link-from', 'Trial migration');
    await choose(ben, 'cs-link-to', 'New: Data quality check');
    await ben.getByTestId('cr-save').click();
    await ben.getByText('Saved. Preview the impact').waitFor();
    await ben.getByTestId('cr-step-submit').click();
    await expect.poll(() => ben.getByTestId('detail-status').textContent()).toBe('Submitted');

    // Ben watches the outline while the owner decides.
    const outline = await benCtx.newPage();
    await outline.goto(`${server.url}/p/ERP`);
    await outline.getByTestId('connection-status').getByText('Live').waitFor();
    expect(await outline.getByTestId('task-row').filter({ hasText: 'Data quality check' }).count()).toBe(0);

    const aliceCtx = await e2e.context();
    const owner = await aliceCtx.newPage();
    await signInUi(owner, server);
    await owner.goto(`${server.url}/p/ERP/changes`);
    await owner.getByTestId('cr-row').filter({ hasText: 'Data quality check before cutover' }).getByRole('button').click();
    await owner.getByTestId('cr-preview').click();
    await owner.getByTestId('impact').waitFor();
    const finishAfter = await owner.getByTestId('impact-finish-after').textContent();
    expect(finishAfter).toBeTruthy();
    await owner.getByTestId('cr-step-approve').click();
    await expect.poll(() => owner.getByTestId('detail-status').textContent(), { timeout: 15_000 }).toBe('Approved');
    await expect.poll(() => owner.getByTestId('cr-history').textContent()).toContain('moved it from Submitted to Approved');

    // The applied task reaches Ben's open outline through the live document, with no reload.
    await expect.poll(() => outline.getByTestId('task-row').filter({ hasText: 'Data quality check' }).count(), { timeout: 15_000 }).toBe(1);
    // And Ben's changes page follows the decision live.
    await expect.poll(() => ben.getByTestId('detail-status').textContent(), { timeout: 15_000 }).toBe('Approved');

    // The decision was written with the approval.
    await owner.goto(`${server.url}/p/ERP/decisions`);
    await owner.getByTestId('decision-row').filter({ hasText: 'Approved CR-4 Data quality check before cutover' }).waitFor();
  });

  it('the owner names a change board; the page says who decides, and only the board gets the decision buttons', async () => {
    const { server } = e2e;
    const chloeCtx = await e2e.context();
    await signUpDemoPerson(await chloeCtx.newPage(), server, 'Chloe Martin', 'chloe.martin@trellis.local');
    const ctx = await e2e.context();
    const owner = await ctx.newPage();
    await signInUi(owner, server);
    await owner.goto(`${server.url}/p/ERP/changes`);
    const deciders = owner.getByTestId('change-board-deciders');
    await expect.poll(() => deciders.textContent()).toMatch(/^Owners and managers/);
    const toDecide = owner.getByTestId('cr-row').filter({ hasText: 'Second trial migration' }).getByRole('button');
    await toDecide.click();
    await owner.getByTestId('cr-step-approve').waitFor();

    // Keyboard only: open the picker, tick Chloe, save.
    await owner.getByTestId('change-board-edit').focus();
    await owner.keyboard.press('Enter');
    const chloe = owner.getByRole('checkbox', { name: /Chloe Martin/ });
    await chloe.focus();
    await owner.keyboard.press('Space');
    // Viewers cannot decide, so they are not offered.
    expect(await owner.getByTestId('change-board').getByRole('checkbox').allTextContents()).not.toContain('Eva Lindqvist');
    await shot(owner, 'change-board-editing-1440');
    await owner.getByTestId('change-board-save').click();
    await expect.poll(() => deciders.textContent()).toContain('The change board: Chloe Martin.');
    await expect.poll(() => owner.getByRole('status').filter({ hasText: 'The change board now decides' }).count()).toBe(1);
    // The owner is not on the board: no decision buttons any more.
    await expect.poll(() => owner.getByTestId('cr-step-approve').count(), { timeout: 15_000 }).toBe(0);

    // It is stored: a reload says the same.
    await owner.reload();
    await expect.poll(() => deciders.textContent()).toContain('The change board: Chloe Martin.');

    // Nobody ticked: owners and managers decide again.
    await owner.getByTestId('change-board-edit').click();
    await owner.getByRole('checkbox', { name: /Chloe Martin/ }).uncheck();
    await owner.getByRole('button', { name: 'Save: owners and managers decide' }).click();
    await expect.poll(() => deciders.textContent()).toMatch(/^Owners and managers/);
    await toDecide.click();
    await owner.getByTestId('cr-step-approve').waitFor();
    await shot(owner, 'change-board-1440');
    await ctx.close();
    await chloeCtx.close();
  });

  it('a change request links an issue it addresses; the issue shows the request, and unlinking there removes it from both', async () => {
    const { server } = e2e;
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signInUi(page, server);
    await page.goto(`${server.url}/p/ERP/changes`);
    await page.getByTestId('cr-row').filter({ hasText: 'Second trial migration' }).getByRole('button').click();
    const links = page.getByTestId('cr-issue-links');
    const picker = links.getByLabel('Link an issue…');
    await picker.focus();
    // The picker loads the project's issues when first used.
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThan(1);
    const option = picker.locator('option:not([disabled])').nth(1);
    const label = (await option.textContent())!.trim();
    const issueKey = label.split(' ')[0]!;
    await picker.selectOption({ label });
    const linked = links.getByRole('link', { name: new RegExp(`^${issueKey} `) });
    await linked.waitFor();
    const crKey = (await page.getByTestId('cr-row').filter({ hasText: 'Second trial migration' }).locator('.mono').textContent())!.trim();
    await shot(page, 'cr-issue-link-1440');

    // The issue lists the request, and its link opens it on the changes page.
    await linked.click();
    const back = page.getByTestId('issue-change-links');
    await back.getByRole('link', { name: new RegExp(`^${crKey} `) }).waitFor();
    await shot(page, 'issue-change-link-1440');
    await back.getByRole('button', { name: `Unlink ${crKey}` }).click();
    await expect.poll(() => back.getByRole('link', { name: new RegExp(`^${crKey} `) }).count()).toBe(0);

    await page.goto(`${server.url}/p/ERP/changes`);
    await page.getByTestId('cr-row').filter({ hasText: 'Second trial migration' }).getByRole('button').click();
    await page.getByTestId('cr-issue-links').getByText('None linked.').waitFor();
    await ctx.close();
  });

  it('screens at 1440 and 390 px wide: the change log with an impact, and the decision log', async () => {
    const { server } = e2e;
    for (const [w, h] of [[1440, 900], [390, 844]] as const) {
      const ctx = await e2e.context({ width: w, height: h });
      const page = await ctx.newPage();
      await signInUi(page, server);
      await page.goto(`${server.url}/p/ERP/changes`);
      await page.getByTestId('cr-row').filter({ hasText: 'Second trial migration' }).getByRole('button').click();
      await page.getByTestId('impact').waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, `changes-${w}`);
      await page.getByTestId('cr-row').filter({ hasText: 'Drop the CRM interface' }).getByRole('button').click();
      await page.getByTestId('change-set-editor').waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, `changes-draft-${w}`);
      await page.goto(`${server.url}/p/ERP/decisions`);
      await page.getByTestId('decision-row').first().waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, `decisions-${w}`);
      await ctx.close();
    }
  });
});
