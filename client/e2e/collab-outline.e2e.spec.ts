import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, screenshot, signInUi, signUpDemoPerson, useE2E } from './harness.js';

const e2e = useE2E();

/** Signs up a person the demo project invited (the invitation is claimed by the email). */
async function signUp(name: string, email: string): Promise<Page> {
  const ctx = await e2e.context();
  const page = await ctx.newPage();
  await signUpDemoPerson(page, e2e.server, name, email);
  return page;
}

async function openOutline(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/p/ERP`);
  await page.getByRole('heading', { name: 'ERP migration' }).waitFor();
  // The shared outline has loaded and everything in it is stored.
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor();
}

const rowNamed = (page: Page, name: string) => page.getByTestId('task-row').filter({ has: page.locator('.task-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "code name" of every row, in the order shown. */
const outlineOf = (page: Page) =>
  page.getByTestId('task-row').evaluateAll((rows) => rows.map((r) => `${r.querySelector('.code')?.textContent?.trim()} ${r.querySelector('.task-name')?.textContent?.trim()}`));
const codeOf = async (page: Page, name: string) => (await rowNamed(page, name).locator('.code').textContent())?.trim();

/** Puts the keyboard focus on a row (its name), as arrow keys or a click would. */
async function focusRow(page: Page, name: string): Promise<void> {
  await rowNamed(page, name).locator('.name-button').focus();
}

describe('WBS outline edited together', () => {
  it('two people restructure the outline at once and end with the same rows, order and codes', async () => {
    const { server } = e2e;
    const ctxA = await e2e.context();
    const alex = await ctxA.newPage();
    await signInUi(alex, server);
    const ben = await signUp('Ben Okafor', 'ben.okafor@trellis.local');
    await openOutline(alex);
    await openOutline(ben);
    await alex.locator('[data-testid=presence-avatar][data-name="Ben Okafor"]').waitFor();
    const start = await outlineOf(alex);
    expect(await outlineOf(ben)).toEqual(start);
    const finance = (await codeOf(alex, 'Finance processes'))!;

    // Alex adds a task below "Finance processes" with Enter and indents it under it with Alt+Shift+→,
    // while Ben renames "Performance testing" (F2) and moves it up (Alt+↑).
    const alexEdits = async () => {
      await focusRow(alex, 'Finance processes');
      await alex.keyboard.press('Enter');
      await alex.getByTestId('new-task-name').pressSequentially('Data quality rules', { delay: 10 });
      await alex.keyboard.press('Enter');
      await alex.keyboard.press('Escape');
      await expect.poll(() => alex.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Data quality rules');
      await alex.keyboard.press('Alt+Shift+ArrowRight');
    };
    const benEdits = async () => {
      await focusRow(ben, 'Performance testing');
      await ben.keyboard.press('F2');
      await ben.keyboard.press('Control+A');
      await ben.keyboard.type('Load & performance testing', { delay: 10 });
      await ben.keyboard.press('Enter');
      await ben.keyboard.press('Alt+ArrowUp');
    };
    await Promise.all([alexEdits(), benEdits()]);

    const expected = (rows: string[]) =>
      rows.includes(`${finance}.1 Data quality rules`) &&
      rows.findIndex((r) => r.endsWith(' Load & performance testing')) < rows.findIndex((r) => r.endsWith(' User acceptance testing'));
    await expect.poll(async () => expected(await outlineOf(alex)), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => expected(await outlineOf(ben)), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => JSON.stringify(await outlineOf(alex)) === JSON.stringify(await outlineOf(ben))).toBe(true);
    expect((await outlineOf(alex)).length).toBe(start.length + 1);
    expect(await outlineOf(alex)).not.toContain(expect.stringMatching(/ Performance testing$/));

    // The new row got its task: a key from the API once the server has projected it.
    await expect.poll(async () => (await rowNamed(ben, 'Data quality rules').locator('.c-key').textContent())?.trim(), { timeout: 10_000 }).toMatch(/^ERP-\d+$/);

    // Ben is on a row: Alex sees his marker there.
    await focusRow(ben, 'Procurement processes');
    await rowNamed(alex, 'Procurement processes').getByTestId('row-presence').waitFor();
    expect(await rowNamed(alex, 'Procurement processes').getByTestId('row-presence').getAttribute('aria-label')).toBe('Also here: Ben Okafor');
    await rowNamed(alex, 'Initiation & planning').locator('.twisty').click();
    await focusRow(alex, 'Data quality rules');
    await alex.evaluate(() => window.scrollTo(0, 0));
    await screenshot(alex, 'collab-outline');
    await rowNamed(alex, 'Initiation & planning').locator('.twisty').click();

    // Delete archives, with an undo toast; both outlines follow.
    await focusRow(alex, 'Hypercare');
    const hypercare = await codeOf(alex, 'Hypercare');
    await alex.keyboard.press('Delete');
    await alex.getByTestId('undo-toast').getByText('Deleted').waitFor();
    await expect.poll(() => rowNamed(alex, 'Hypercare').count()).toBe(0);
    await expect.poll(() => rowNamed(ben, 'Hypercare').count(), { timeout: 10_000 }).toBe(0);
    await alex.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => codeOf(alex, 'Hypercare')).toBe(hypercare);
    await expect.poll(() => codeOf(ben, 'Hypercare'), { timeout: 10_000 }).toBe(hypercare);

    // And Ctrl+Z brings back a summary deleted with its sub-tasks.
    await focusRow(alex, 'Training');
    await alex.keyboard.press('Delete');
    await expect.poll(() => rowNamed(ben, 'End-user training').count(), { timeout: 10_000 }).toBe(0);
    await alex.keyboard.press('Control+z');
    await expect.poll(() => rowNamed(alex, 'End-user training').count()).toBe(1);
    await expect.poll(async () => JSON.stringify(await outlineOf(alex)) === JSON.stringify(await outlineOf(ben)), { timeout: 10_000 }).toBe(true);

    // Undoing an add deletes the new task (archived, as a delete from the API would); redo brings it back.
    await focusRow(alex, 'Trial migration');
    await alex.keyboard.press('Enter');
    await alex.getByTestId('new-task-name').fill('Rollback plan');
    await alex.keyboard.press('Enter');
    await alex.keyboard.press('Escape');
    await expect.poll(() => rowNamed(ben, 'Rollback plan').count(), { timeout: 10_000 }).toBe(1);
    const cookie = await demoCookie(server);
    type Live = { project: { tasks: { nodes: { name: string }[] } } };
    const liveNames = async () => (await gql<Live>(server, '{ project(key: "ERP") { tasks(first: 500) { nodes { name } } } }', {}, { cookie })).data!.project.tasks.nodes.map((t) => t.name);
    await expect.poll(liveNames, { timeout: 10_000 }).toContain('Rollback plan');
    await alex.keyboard.press('Control+z');
    await expect.poll(() => rowNamed(ben, 'Rollback plan').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(liveNames, { timeout: 10_000 }).not.toContain('Rollback plan');
    await alex.keyboard.press('Control+Shift+z');
    await expect.poll(() => rowNamed(ben, 'Rollback plan').count(), { timeout: 10_000 }).toBe(1);

    // Tab in the new-task row makes it a sub-task of the task above before it is even created.
    await focusRow(alex, 'Extraction scripts');
    await alex.keyboard.press('Enter');
    await alex.getByTestId('new-task-name').fill('Script review');
    await alex.keyboard.press('Tab');
    await expect.poll(() => alex.getByTestId('new-task-name').getAttribute('placeholder')).toMatch(/^New sub-task of /);
    await alex.keyboard.press('Enter');
    await alex.keyboard.press('Escape');
    const extraction = (await codeOf(alex, 'Extraction scripts'))!;
    await expect.poll(() => codeOf(ben, 'Script review'), { timeout: 10_000 }).toBe(`${extraction}.1`);

    // Drag a row onto another: it becomes its last sub-task. Both rows must be on screen at once.
    await alex.setViewportSize({ width: 1440, height: 1600 });
    await rowNamed(alex, 'Integrations').scrollIntoViewIfNeeded();
    const target = rowNamed(alex, 'Integrations');
    const box = (await target.boundingBox())!;
    await rowNamed(alex, 'Cutover rehearsal').locator('.grip').dragTo(target, { targetPosition: { x: 300, y: box.height / 2 } });
    const integrations = (await codeOf(alex, 'Integrations'))!;
    await expect.poll(() => codeOf(alex, 'Cutover rehearsal')).toBe(`${integrations}.4`);
    await expect.poll(() => codeOf(ben, 'Cutover rehearsal'), { timeout: 10_000 }).toBe(`${integrations}.4`);
  });

  it('a task created through the API by someone else appears in every open outline without reload', async () => {
    const { server } = e2e;
    const ctxA = await e2e.context();
    const alex = await ctxA.newPage();
    await signInUi(alex, server);
    const chloe = await signUp('Chloé Martin', 'chloe.martin@trellis.local');
    await openOutline(alex);
    await openOutline(chloe);

    const cookie = await demoCookie(server);
    const project = await gql<{ project: { id: string } }>(server, '{ project(key: "ERP") { id } }', {}, { cookie });
    const made = await gql(server, 'mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Vendor escrow review" }) { task { id key } } }', { p: project.data!.project.id }, { cookie });
    expect(made.errors).toBeUndefined();
    await expect.poll(() => rowNamed(alex, 'Vendor escrow review').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => rowNamed(chloe, 'Vendor escrow review').count(), { timeout: 10_000 }).toBe(1);
    expect(await codeOf(alex, 'Vendor escrow review')).toBe(await codeOf(chloe, 'Vendor escrow review'));
  });

  it('is read-only for a viewer, who still sees it change live', async () => {
    const eva = await signUp('Eva Lindqvist', 'eva.lindqvist@trellis.local');
    await openOutline(eva);
    const before = await outlineOf(eva);
    expect(await eva.getByTestId('add-task').count()).toBe(0);
    await focusRow(eva, 'Go-live');
    await eva.keyboard.press('Delete');
    await eva.keyboard.press('Alt+Shift+ArrowRight');
    await eva.keyboard.press('Enter');
    expect(await eva.getByTestId('new-task-name').count()).toBe(0);
    expect(await eva.getByTestId('undo-toast').count()).toBe(0);
    expect(await outlineOf(eva)).toEqual(before);

    const ctx = await e2e.context();
    const alex = await ctx.newPage();
    await signInUi(alex, e2e.server);
    await openOutline(alex);
    await focusRow(alex, 'Lessons learned & closure');
    await alex.keyboard.press('F2');
    await alex.keyboard.press('Control+A');
    await alex.keyboard.type('Lessons learned');
    await alex.keyboard.press('Enter');
    await expect.poll(() => rowNamed(eva, 'Lessons learned').count(), { timeout: 10_000 }).toBe(1);
  });
});
