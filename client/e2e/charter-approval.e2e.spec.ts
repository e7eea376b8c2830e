import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoCookie, demoInvite, gql, signInUi, useE2E } from './harness.js';

/**
 * The charter is approved by its named sponsor, here an outside person invited as a viewer, never
 * by the person who submitted it; editing an approved charter asks first.
 */
const e2e = useE2E();

async function openCharter(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/p/ERP/charter`);
  await page.getByRole('heading', { name: 'ERP migration — charter' }).waitFor();
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor();
}
const approval = (page: Page) => page.getByTestId('charter-approval').textContent();
const history = (page: Page) => page.getByTestId('charter-history').locator('li').allTextContents();

/** Signs up an outside sponsor and joins the demo project as a viewer through a link. */
async function outsideSponsor(): Promise<Page> {
  const ctx = await e2e.context();
  const page = await ctx.newPage();
  await page.goto(`${e2e.server.url}/signup`);
  await page.getByLabel('Full name').fill('Sofia Reyes');
  await page.getByLabel('Work email').fill('sofia.reyes@example.test');
  await page.getByLabel('Password').fill('sponsor signs off');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${e2e.server.url}/`);
  await page.goto(e2e.server.url + (await demoInvite(e2e.server, 'sofia.reyes@example.test', 'VIEWER')));
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.waitForURL(`${e2e.server.url}/p/ERP`);
  return page;
}

describe('charter approval by the sponsor', () => {
  it('shows who approved the demo charter, asks before an edit reopens it, and lets only the named sponsor approve', async () => {
    const { server } = e2e;
    const ctx = await e2e.context();
    const alex = await ctx.newPage();
    await signInUi(alex, server);
    await openCharter(alex);

    // The demo charter was submitted by Alex and approved by the CFO, its sponsor.
    expect(await approval(alex)).toBe('Approved');
    await alex.getByTestId('charter-approval-bar').getByText(/Approved by Eva Lindqvist on /).waitFor();
    const past = await history(alex);
    expect(past[0]).toMatch(/^Approved by Eva Lindqvist/);
    expect(past[1]).toMatch(/^Submitted by Alex Morgan/);
    // Its text cannot be typed into until the approval is reopened on purpose.
    expect(await alex.getByTestId('charter-editor-purpose').getAttribute('contenteditable')).toBe('false');

    // Editing asks first; cancelling keeps the approval.
    await alex.getByRole('button', { name: 'Edit charter…' }).click();
    await alex.getByRole('dialog').getByText('Editing reopens the approval').waitFor();
    await alex.getByRole('button', { name: 'Cancel' }).click();
    expect(await approval(alex)).toBe('Approved');
    await alex.getByRole('button', { name: 'Edit charter…' }).click();
    await alex.getByRole('button', { name: 'Reopen and edit' }).click();
    await expect.poll(() => approval(alex)).toBe('Draft');
    await expect.poll(() => alex.getByTestId('charter-editor-purpose').getAttribute('contenteditable')).toBe('true');
    await expect.poll(async () => (await history(alex))[0]).toMatch(/^Reopened by Alex Morgan/);

    // An outside sponsor joins as a viewer and is named in the settings.
    const sofia = await outsideSponsor();
    await alex.goto(`${server.url}/p/ERP/settings`);
    const picker = alex.getByLabel('Sponsor', { exact: true });
    await picker.selectOption({ label: 'Sofia Reyes (Viewer)' });
    const chosen = await picker.inputValue();
    // News of the project arriving meanwhile (someone edits its description) keeps the choice not yet saved.
    const cookie = await demoCookie(server);
    const { project } = (await gql<{ project: { id: string; version: number } }>(server, '{ project(key: "ERP") { id version } }', {}, { cookie })).data!;
    const edited = await gql(server, 'mutation($i: ProjectUpdateInput!) { projectUpdate(input: $i) { changeNumber } }', { i: { id: project.id, version: project.version, description: 'ERP migration, sponsor changing' } }, { cookie });
    expect(edited.errors).toBeUndefined();
    await alex.waitForTimeout(1_500);
    expect(await picker.inputValue()).toBe(chosen);
    await alex.getByRole('button', { name: 'Save sponsor' }).click();
    await alex.getByTestId('sponsor-settings').getByText('Saved ✓').waitFor();

    // Alex submits; the approval is not Alex's to give.
    await openCharter(alex);
    expect(await alex.getByTestId('charter-sponsor-name').textContent()).toContain('Sofia Reyes');
    await alex.getByRole('button', { name: 'Submit for approval' }).click();
    await expect.poll(() => approval(alex)).toBe('Awaiting approval');
    expect(await alex.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    // Sofia, a viewer, approves with a comment; Alex sees it live, with her name and the time.
    await openCharter(sofia);
    await sofia.getByLabel('Your comment (needed to reject)').fill('Signed off for the board.');
    await sofia.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => approval(sofia)).toBe('Approved');
    await expect.poll(() => approval(alex), { timeout: 10_000 }).toBe('Approved');
    await alex.getByTestId('charter-approval-bar').getByText(/Approved by Sofia Reyes on /).waitFor();
    const now = await history(alex);
    expect(now[0]).toMatch(/^Approved by Sofia Reyes/);
    expect(now[0]).toContain('Signed off for the board.');
    expect(now[1]).toMatch(/^Submitted by Alex Morgan/);
  }, 150_000);
});
