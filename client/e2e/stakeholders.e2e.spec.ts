import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signInUi, signUpDemoPerson, useE2E } from './harness.js';

const e2e = useE2E();
const SHOTS = '/tmp/shots/stakeholders';

/** A screenshot for the test results, and one under /tmp/shots/stakeholders to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function signedIn(viewport?: { width: number; height: number }): Promise<Page> {
  const ctx = await e2e.context(viewport);
  const page = await ctx.newPage();
  await signInUi(page, e2e.server);
  return page;
}

async function open(page: Page, path: string, heading: RegExp): Promise<void> {
  await page.goto(`${e2e.server.url}/p/ERP/${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByTestId('connection-status').getByText('Live').waitFor();
}

/** The page itself never scrolls sideways; wide tables scroll inside their own box. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

const quadrant = (page: Page, strategy: string) => page.locator(`[data-testid=quadrant][data-strategy=${strategy}]`);

describe('stakeholder register', () => {
  it('places each stakeholder on the power/interest grid and moves a new one into its quadrant', async () => {
    const page = await signedIn();
    await open(page, 'stakeholders', /stakeholders$/);
    await quadrant(page, 'MANAGE_CLOSELY').getByText('Margaret Hughes').waitFor();
    await quadrant(page, 'KEEP_SATISFIED').getByText('Sabine Koch').waitFor();
    await quadrant(page, 'KEEP_INFORMED').getByText('Lena Vogel').waitFor();
    await quadrant(page, 'MONITOR').getByText('Claire Dubois').waitFor();
    // Rows whose engagement is not where it should be are marked.
    expect(await page.locator('[data-testid=engagement-row]').filter({ hasText: 'Ingrid Sørensen' }).getAttribute('data-gap')).toBe('2');
    await shoot(page, 'stakeholders-1440');

    // A bad e-mail is refused beside its field; nothing is added.
    await page.getByTestId('add-stakeholder').click();
    const form = page.getByTestId('stakeholder-form');
    await form.getByLabel('Name').fill('Rita Schulz');
    await form.getByLabel('Role').fill('Head of treasury');
    await form.getByLabel('Influence (1-5)').fill('5');
    await form.getByLabel('Interest (1-5)').fill('1');
    await form.getByLabel('E-mail').evaluate((e: HTMLInputElement) => (e.type = 'text'));
    await form.getByLabel('E-mail').fill('rita at example');
    await form.getByRole('button', { name: 'Add stakeholder' }).click();
    await form.getByText("'rita at example' is not an e-mail address").waitFor();
    await form.getByLabel('E-mail').fill('rita.schulz@example.com');
    await form.getByRole('button', { name: 'Add stakeholder' }).click();
    await quadrant(page, 'KEEP_SATISFIED').getByText('Rita Schulz').waitFor();
    expect(await quadrant(page, 'MANAGE_CLOSELY').getByText('Rita Schulz').count()).toBe(0);

    // Sorting the table by influence puts the most influential first.
    await page.getByTestId('stakeholder-table').getByRole('button', { name: 'Influence' }).click();
    const first = await page.getByTestId('stakeholder-row').first().locator('td').first().textContent();
    expect(first).toMatch(/Margaret Hughes|Thomas Berg|Rita Schulz/);

    const small = await signedIn({ width: 390, height: 844 });
    await open(small, 'stakeholders', /stakeholders$/);
    await quadrant(small, 'MONITOR').getByText('Claire Dubois').waitFor();
    expect(await pageWidth(small)).toBeLessThanOrEqual(390);
    await shoot(small, 'stakeholders-390');
  });
});

describe('communication plan', () => {
  it('shows what is due this week, and holding an overdue item moves its next due day on', async () => {
    const page = await signedIn();
    await open(page, 'communication', /communication$/);
    const week = page.getByTestId('due-this-week');
    const item = week.locator('[data-testid=due-item][data-title="Data owners check-in"]');
    await item.getByText('Overdue').waitFor();
    const before = await item.getByTestId('next-due').getAttribute('data-date');
    await shoot(page, 'communication-1440');

    await item.getByTestId('hold').click();
    const form = item.getByTestId('hold-form');
    await form.getByLabel('Notes').fill('Master data owners confirmed');
    await form.getByRole('button', { name: 'Record' }).click();
    const row = page.locator('[data-testid=communication-row][data-title="Data owners check-in"]');
    await expect.poll(() => row.getByTestId('next-due').getAttribute('data-date')).not.toBe(before);
    const after = await row.getByTestId('next-due').getAttribute('data-date');
    expect(after! > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(await row.getByText('Overdue').count()).toBe(0);
    await row.getByRole('button', { name: /History/ }).click();
    await page.getByText('Master data owners confirmed').waitFor();

    const small = await signedIn({ width: 390, height: 844 });
    await open(small, 'communication', /communication$/);
    await small.getByTestId('due-this-week').waitFor();
    expect(await pageWidth(small)).toBeLessThanOrEqual(390);
    await shoot(small, 'communication-390');
  });
});

describe('RACI', () => {
  it('a cell set by one person appears for another without a reload, by keyboard', async () => {
    const owner = await signedIn();
    const ctxB = await e2e.context();
    const manager = await ctxB.newPage();
    await signUpDemoPerson(manager, e2e.server, 'Ana Costa', 'ana.costa@trellis.local');
    for (const p of [owner, manager]) await open(p, 'raci', /RACI matrix$/);

    const cell = (p: Page, task: string, party: string) => p.locator(`[data-testid=raci-row][data-task="${task}"] button[data-party="${party}"]`);
    // The demo leaves two rows flagged: nobody accountable for the integrations.
    const integrations = owner.locator('[data-testid=raci-row][data-task="Integrations"]');
    await integrations.getByTestId('raci-flags').getByText('No A').waitFor();
    await shoot(owner, 'raci-1440');

    // The owner moves to the Integrations row's first cell with the keyboard and makes Alex Morgan accountable.
    await cell(owner, 'Integrations', 'Alex Morgan').focus();
    await owner.keyboard.press('a');
    await expect.poll(() => cell(owner, 'Integrations', 'Alex Morgan').textContent()).toBe('A');
    await expect.poll(() => cell(manager, 'Integrations', 'Alex Morgan').textContent()).toBe('A');
    await manager.locator('[data-testid=raci-row][data-task="Integrations"]').getByTestId('raci-flags').getByLabel('No problem').waitFor();

    // Arrow keys move between cells; the manager sets the next cell to C, and the owner sees it.
    await cell(manager, 'Integrations', 'Alex Morgan').focus();
    const start = Number(await cell(manager, 'Integrations', 'Alex Morgan').getAttribute('data-col'));
    await manager.keyboard.press('ArrowRight');
    expect(await manager.evaluate(() => document.activeElement?.getAttribute('data-col'))).toBe(String(start + 1));
    await manager.keyboard.press('c');
    const column = (p: Page) => p.locator(`[data-testid=raci-row][data-task="Integrations"] button[data-col="${start + 1}"]`);
    await expect.poll(() => column(owner).textContent()).toBe('C');
    await manager.keyboard.press('Delete');
    await expect.poll(() => column(owner).textContent()).toBe('');

    const small = await signedIn({ width: 390, height: 844 });
    await open(small, 'raci', /RACI matrix$/);
    await small.getByTestId('raci-grid').waitFor();
    expect(await pageWidth(small)).toBeLessThanOrEqual(390);
    await shoot(small, 'raci-390');
    // Two browsers and a sign-up: more time than one page needs on a busy machine.
  }, 150_000);
  it('shows the whole register past the 500 stakeholders one request brings: nothing is cut from the table or the grid', async () => {
    const BULK = 505;
    const db = new pg.Client({ connectionString: e2e.server.databaseUrl });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO stakeholders (project_id, name, interest, influence, current_engagement, desired_engagement)
         SELECT p.id, 'Bulk stakeholder ' || lpad(g::text, 3, '0'), 1 + g % 5, 1 + (g / 5) % 5, 'NEUTRAL', 'SUPPORTIVE'
           FROM projects p, generate_series(1, $1::int) g WHERE p.key = 'ERP'`,
        [BULK],
      );
      const total = Number((await db.query(`SELECT count(*) FROM stakeholders s JOIN projects p ON p.id = s.project_id WHERE p.key = 'ERP'`)).rows[0].count);
      expect(total).toBeGreaterThan(500);
      const page = await signedIn();
      await open(page, 'stakeholders', /stakeholders$/);
      await expect.poll(() => page.getByTestId('stakeholder-row').count(), { timeout: 30_000 }).toBe(total);
      await page.getByTestId('stakeholder-row').filter({ hasText: `Bulk stakeholder ${BULK}` }).waitFor();
      const onGrid = await page.locator('[data-testid=quadrant]').evaluateAll((qs) => qs.reduce((n, q) => n + (q.textContent!.match(/Bulk stakeholder/g)?.length ?? 0), 0));
      expect(onGrid).toBe(BULK);
    } finally {
      await db.query(`DELETE FROM stakeholders WHERE name LIKE 'Bulk stakeholder %'`);
      await db.end();
    }
  }, 120_000);
});
