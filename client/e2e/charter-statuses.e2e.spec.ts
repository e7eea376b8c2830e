import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, screenshot, signInUi, signUpDemoViewer, useE2E } from './harness.js';

const e2e = useE2E();

async function signedInPage(): Promise<Page> {
  const ctx = await e2e.context();
  const page = await ctx.newPage();
  await signInUi(page, e2e.server);
  return page;
}

const statusNames = (page: Page) => page.getByTestId('status-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
const columnNames = (page: Page) => page.getByTestId('board-column').evaluateAll((cols) => cols.map((c) => c.getAttribute('data-status')));
const column = (page: Page, name: string) => page.locator(`[data-testid=board-column][data-status="${name}"]`);
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

describe('workflow statuses in the project settings', () => {
  it('adds, reorders, renames, recolours and deletes a status; the board follows and its tasks move', async () => {
    const { server } = e2e;
    const page = await signedInPage();
    await page.goto(`${server.url}/p/ERP/settings`);
    await page.getByRole('heading', { name: 'Workflow statuses' }).waitFor();
    expect(await statusNames(page)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Done', 'Cancelled']);

    // Add "Blocked" in the STARTED category with a colour; it goes to the end.
    await page.getByLabel('Status name').fill('Blocked');
    await page.getByLabel('Category').selectOption('STARTED');
    await page.getByLabel('Colour', { exact: true }).fill('#d97706');
    await page.getByRole('button', { name: 'Add status' }).click();
    await expect.poll(() => statusNames(page)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Done', 'Cancelled', 'Blocked']);
    const blocked = page.locator('[data-testid=status-row][data-status="Blocked"]');
    expect(await blocked.textContent()).toContain('Started');

    // A duplicate name: the API's message shows under the name field.
    await page.getByLabel('Status name').fill('Done');
    await page.getByRole('button', { name: 'Add status' }).click();
    await expect.poll(() => page.locator('#new-status-name-error').textContent()).toContain('already exists');
    expect(await page.getByLabel('Status name').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Status name').fill('');
    expect(await page.locator('#new-status-name-error').count()).toBe(0);

    // Move it up with the mouse, then again with the keyboard: focus stays on the button.
    await page.getByRole('button', { name: 'Move Blocked up' }).click();
    await expect.poll(() => statusNames(page)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Done', 'Blocked', 'Cancelled']);
    await expect.poll(() => focusedLabel(page)).toBe('Move Blocked up');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusNames(page)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Blocked', 'Done', 'Cancelled']);

    // Rename inline: a taken name is refused next to the input, then a free one is saved.
    await page.getByRole('button', { name: 'Rename Blocked' }).click();
    const rename = page.getByLabel('New name for Blocked');
    await rename.fill('In review');
    await rename.press('Enter');
    await expect.poll(() => blocked.locator('.field-error').textContent()).toContain('already exists');
    expect(await rename.getAttribute('aria-invalid')).toBe('true');
    await rename.fill('Blocked by vendor');
    await rename.press('Enter');
    await expect.poll(() => statusNames(page)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Blocked by vendor', 'Done', 'Cancelled']);
    await expect.poll(() => focusedLabel(page)).toBe('Rename Blocked by vendor');

    // New colour from the row's colour dot.
    await page.getByLabel('Colour of Blocked by vendor').fill('#b91c1c');
    const cookie = await demoCookie(server);
    const statusesQuery = '{ project(key: "ERP") { statuses { name color } } }';
    type Statuses = { project: { statuses: { name: string; color: string }[] } };
    await expect
      .poll(async () => (await gql<Statuses>(server, statusesQuery, {}, { cookie })).data!.project.statuses.find((s) => s.name === 'Blocked by vendor')?.color)
      .toBe('#b91c1c');

    await page.evaluate(() => document.getElementById('statuses')?.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'settings-statuses');

    // The board has a column for it, in the same place; put a task in it.
    await page.goto(`${server.url}/p/ERP?view=board`);
    await page.getByTestId('connection-status').getByText('Live').waitFor();
    await expect.poll(() => columnNames(page)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Blocked by vendor', 'Done', 'Cancelled']);
    const key = await column(page, 'To do').getByTestId('board-card').first().getAttribute('data-key');
    expect(key).toMatch(/^ERP-\d+$/);
    await page.getByLabel(`Status of ${key}`).selectOption({ label: 'Blocked by vendor' });
    await expect.poll(() => column(page, 'Blocked by vendor').locator(`[data-key="${key}"]`).count()).toBe(1);

    // Delete it: the dialog asks where its task goes; "To do" is chosen.
    await page.goto(`${server.url}/p/ERP/settings`);
    await page.getByRole('button', { name: 'Delete Blocked by vendor' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('1 task uses this status').waitFor();
    await dialog.getByLabel('Move its tasks to').selectOption({ label: 'To do (Not started)' });
    await dialog.getByRole('button', { name: 'Move tasks and delete' }).click();
    await expect.poll(() => statusNames(page)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Done', 'Cancelled']);
    expect(await page.getByRole('dialog').count()).toBe(0);

    type Tasks = { project: { tasks: { nodes: { key: string; status: { name: string } }[] } } };
    const tasks = await gql<Tasks>(server, '{ project(key: "ERP") { tasks(first: 500) { nodes { key status { name } } } } }', {}, { cookie });
    const moved = tasks.data!.project.tasks.nodes.find((t) => t.key === key);
    expect(moved?.status.name).toBe('To do');

    await page.goto(`${server.url}/p/ERP?view=board`);
    await expect.poll(() => column(page, 'To do').locator(`[data-key="${key}"]`).count()).toBe(1);
    expect(await columnNames(page)).not.toContain('Blocked by vendor');
  });

  it('a status still used by tasks is not deleted without a target: the API asks and the dialog offers the choice', async () => {
    const { server } = e2e;
    const page = await signedInPage();
    // The usage count fails, so the dialog learns from the API's answer that a target is needed.
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query StatusUsage')) return route.fulfill({ status: 503, body: '' });
      return route.continue();
    });
    await page.goto(`${server.url}/p/ERP/settings`);
    await page.getByRole('button', { name: 'Delete In progress' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => dialog.locator('#status-move-to-error').textContent()).toMatch(/task\(s\) use this status/);
    // Same category first.
    await expect.poll(() => dialog.getByLabel('Move its tasks to').locator('option:checked').textContent()).toBe('In review (Started)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await statusNames(page)).toContain('In progress');
    await page.unroute('**/graphql');
  });
});

/** A charter section's text as shown, without the remote carets drawn inside it. */
const sectionText = (page: Page, section: string) =>
  page.getByTestId(`charter-editor-${section}`).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return [...copy.children].map((c) => c.textContent ?? '').join('\n').trim();
  });

/** Replaces a section's content by typing, as a person would. */
async function retype(page: Page, section: string, text: string): Promise<void> {
  await page.getByTestId(`charter-editor-${section}`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describe('project charter', () => {
  it('is reopened, edited and submitted, shows up live in another browser, and a change made elsewhere never loses what is being typed', async () => {
    const { server } = e2e;
    const a = await signedInPage();
    await a.goto(`${server.url}/p/ERP`);
    await a.getByRole('heading', { name: 'ERP migration' }).waitFor();
    await a.getByRole('link', { name: 'Charter', exact: true }).first().click();
    await a.waitForURL(`${server.url}/p/ERP/charter`);
    await a.getByRole('heading', { name: 'ERP migration — charter' }).waitFor();
    await expect.poll(() => sectionText(a, 'purpose')).toContain('month-end close');
    // The demo's charter is approved by its sponsor: editing it asks first and reopens it.
    expect(await a.getByTestId('charter-approval').textContent()).toBe('Approved');
    await a.locator('[data-testid=save-status][data-state=saved]').waitFor();
    await a.getByRole('button', { name: 'Edit charter…' }).click();
    await a.getByRole('button', { name: 'Reopen and edit' }).click();
    await expect.poll(() => a.getByTestId('charter-approval').textContent()).toBe('Draft');

    // A second browser, signed in separately, watches the same charter.
    const b = await signedInPage();
    await b.goto(`${server.url}/p/ERP/charter`);
    await b.locator('[data-testid=save-status][data-state=saved]').waitFor();
    await b.getByTestId('connection-status').getByText('Live').waitFor();

    // Edit the purpose and the objectives ("- " starts a bulleted list: one objective per item).
    const purpose = 'One cloud ERP for finance, procurement and inventory, so month-end close takes 3 days.';
    await retype(a, 'purpose', purpose);
    await retype(a, 'objectives', '- Go live before the fiscal year');
    await a.keyboard.press('Enter');
    await a.keyboard.type('Zero reconciliation differences');
    await a.keyboard.press('Enter');
    await a.keyboard.type('Retire the legacy platform');
    await a.locator('[data-testid=save-status][data-state=saved]').waitFor();

    // B sees the new purpose while it is typed, without reloading.
    await expect.poll(() => sectionText(b, 'purpose'), { timeout: 10_000 }).toBe(purpose);

    // After a reload A still sees both, and the API has the objectives as a list.
    await a.reload();
    await expect.poll(() => sectionText(a, 'purpose')).toBe(purpose);
    expect(await a.getByTestId('charter-editor-objectives').locator('li').allTextContents()).toEqual([
      'Go live before the fiscal year',
      'Zero reconciliation differences',
      'Retire the legacy platform',
    ]);
    const cookie = await demoCookie(server);
    type CharterQ = { project: { id: string; charter: { version: number; objectives: string[]; purpose: string } } };
    const read = async () => (await gql<CharterQ>(server, '{ project(key: "ERP") { id charter { version objectives purpose } } }', {}, { cookie })).data!.project;
    await expect.poll(async () => (await read()).charter.objectives, { timeout: 10_000 }).toEqual([
      'Go live before the fiscal year',
      'Zero reconciliation differences',
      'Retire the legacy platform',
    ]);

    // Submitted for the sponsor's approval (theirs alone: no Approve button here); B's badge follows.
    await a.getByRole('button', { name: 'Submit for approval' }).click();
    await expect.poll(() => a.getByTestId('charter-approval').textContent()).toBe('Awaiting approval');
    expect(await a.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await expect.poll(() => b.getByTestId('charter-approval').textContent(), { timeout: 10_000 }).toBe('Awaiting approval');
    await screenshot(a, 'charter');

    // A types while the charter changes through the API: nothing A typed is lost, both changes stay.
    await a.getByTestId('charter-editor-purpose').click();
    await a.keyboard.press('Control+End');
    const mine = ' Typed while someone else saved.';
    await a.keyboard.type(mine);
    // The API client sends the version it read; the projection of A's typing may move it first.
    await expect
      .poll(
        async () => {
          const before = await read();
          const changed = await gql(
            server,
            'mutation($i: CharterUpdateInput!) { charterUpdate(input: $i) { charter { version } } }',
            { i: { projectId: before.id, version: before.charter.version, sponsor: 'Eva Lindqvist, CFO and COO' } },
            { cookie },
          );
          return changed.errors?.[0]?.extensions?.code ?? 'OK';
        },
        { timeout: 10_000 },
      )
      .toBe('OK');
    await expect.poll(() => a.getByLabel('Sponsor').inputValue(), { timeout: 10_000 }).toBe('Eva Lindqvist, CFO and COO');
    expect(await sectionText(a, 'purpose')).toBe(purpose + mine);
    await expect.poll(() => b.getByTestId('charter-sponsor').locator('input').inputValue(), { timeout: 10_000 }).toBe('Eva Lindqvist, CFO and COO');
    // A submitted charter stays submitted while it is polished.
    expect(await a.getByTestId('charter-approval').textContent()).toBe('Awaiting approval');
    await expect.poll(async () => (await read()).charter.purpose, { timeout: 10_000 }).toBe(purpose + mine);
  });

  it('is read-only for a viewer, with a friendly empty state on a new project', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const made = await gql<{ projectCreate: { project: { id: string } } }>(
      server,
      'mutation { projectCreate(input: { key: "NET", name: "Network refresh" }) { project { id } } }',
      {},
      { cookie },
    );
    expect(made.errors).toBeUndefined();
    const page = await signedInPage();
    await page.goto(`${server.url}/p/NET/charter`);
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor();
    // Empty sections say what goes in them; clicking one starts writing there.
    await page.getByTestId('charter-section-purpose').getByText('Start with the problem this project solves…').waitFor();
    await page.getByTestId('charter-editor-purpose').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('c-purpose');

    // A viewer of ERP sees the charter but no way to change it, nor the status controls.
    const ctx = await e2e.context();
    const viewer = await ctx.newPage();
    await signUpDemoViewer(viewer, server);
    await viewer.goto(`${server.url}/p/ERP/charter`);
    await expect.poll(() => sectionText(viewer, 'purpose')).not.toBe('');
    expect(await viewer.getByTestId('charter-editor-purpose').getAttribute('contenteditable')).toBe('false');
    expect(await viewer.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await viewer.getByText('Read-only for your role').waitFor();

    await viewer.goto(`${server.url}/p/ERP/settings`);
    await viewer.getByRole('heading', { name: 'Workflow statuses' }).waitFor();
    expect(await statusNames(viewer)).toContain('To do');
    expect(await viewer.getByRole('button', { name: /^Delete / }).count()).toBe(0);
    expect(await viewer.getByLabel('Status name').count()).toBe(0);
  });
});
