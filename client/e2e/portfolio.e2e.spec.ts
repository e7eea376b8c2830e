import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, screenshot, signInUi, useE2E } from './harness.js';

/**
 * The portfolio page in Chromium: every project of the signed-in person with health, figures and
 * the reasons behind each colour; filters, sorting, a project without a baseline, the phone
 * layout; and personal access tokens with a scope and an expiry on the account page.
 */
const e2e = useE2E();

async function signedIn(width = 1440, height = 900): Promise<Page> {
  const ctx = await e2e.context({ width, height });
  const page = await ctx.newPage();
  await signInUi(page, e2e.server);
  return page;
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('portfolio page', () => {
  it('lists every project with its health; a chip opens the reasons; a project without a baseline shows empty baseline figures', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const made = await gql(server, `mutation { projectCreate(input: { key: "NOBL", name: "No baseline yet", methodology: KANBAN }) { project { id } } }`, {}, { cookie });
    expect(made.errors).toBeUndefined();

    const page = await signedIn();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    const erp = page.locator('[data-testid=portfolio-row][data-key=ERP]');
    await erp.waitFor();
    expect(await erp.textContent()).toContain('ERP migration');
    const fresh = page.locator('[data-testid=portfolio-row][data-key=NOBL]');
    expect(await fresh.textContent()).toContain('No baseline');
    expect(await fresh.getByTestId('spi').textContent()).toBe('—');

    // The chip says the colour; opening it lists each area with why.
    const chip = erp.getByTestId('health-chip');
    const colour = await chip.getAttribute('data-colour');
    expect(['GREEN', 'AMBER', 'RED']).toContain(colour);
    await chip.focus();
    await page.keyboard.press('Enter');
    expect(await chip.getAttribute('aria-expanded')).toBe('true');
    const reasons = page.getByTestId('health-reasons');
    await reasons.waitFor();
    for (const area of ['Schedule', 'Cost', 'Scope', 'Risks', 'Issues']) expect(await reasons.textContent()).toContain(area);
    await screenshot(page, 'portfolio-1440');
  });

  it('filters by health and methodology, says when nothing matches, and sorts by a column', async () => {
    const page = await signedIn();
    await page.goto(`${e2e.server.url}/portfolio`);
    await page.getByTestId('portfolio-row').first().waitFor();
    const keys = () => page.getByTestId('portfolio-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));

    await page.getByLabel('Methodology').selectOption('KANBAN');
    await expect.poll(keys).toEqual(['NOBL']);
    await page.getByLabel('Health').selectOption('RED');
    await page.getByText('No project matches these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(async () => (await keys()).length).toBeGreaterThanOrEqual(2);

    const erpColour = await page.locator('[data-testid=portfolio-row][data-key=ERP] [data-testid=health-chip]').getAttribute('data-colour');
    await page.getByLabel('Health').selectOption(erpColour!);
    const colours = () => page.getByTestId('health-chip').evaluateAll((chips) => [...new Set(chips.map((c) => c.getAttribute('data-colour')))]);
    await expect.poll(colours).toEqual([erpColour]);
    expect(await keys()).toContain('ERP');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    await page.getByTestId('sort-NAME').click();
    const header = page.locator('th', { has: page.getByTestId('sort-NAME') });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await keys())[0]).toBe('NOBL');
    await page.getByTestId('sort-SPI').click();
    // Projects without SPI (no baseline) come last.
    await expect.poll(async () => (await keys()).at(-1)).toBe('NOBL');
  });

  it('fits a phone: the table scrolls inside its labelled region, the page never sideways', async () => {
    const page = await signedIn(390, 844);
    await page.goto(`${e2e.server.url}/portfolio`);
    await page.getByTestId('portfolio-row').first().waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: /Portfolio table/ });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await screenshot(page, 'portfolio-390');
  });
});

describe('personal access tokens on the account page', () => {
  it('creates a read-only token with an expiry and lists both; the token reads but cannot write', async () => {
    const page = await signedIn();
    await page.goto(`${e2e.server.url}/account`);
    await page.getByRole('heading', { name: 'Personal access tokens' }).waitFor();
    await page.getByLabel('New token for').fill('Power BI');
    await page.getByLabel('Access', { exact: true }).selectOption('READ');
    await page.getByLabel('Expires', { exact: true }).selectOption('30');
    await page.getByRole('button', { name: 'Create token' }).click();
    const row = page.getByTestId('access-token-row').filter({ hasText: 'Power BI' });
    await row.waitFor();
    const secret = await page.getByLabel('New token', { exact: true }).inputValue();
    expect(secret).toMatch(/^trl_pat_/);
    expect(await row.textContent()).toContain('Read only');
    const in30 = new Date(Date.now() + 30 * 86_400_000);
    const expires = (await row.getByTestId('token-expires').textContent())!.trim();
    expect(expires).not.toBe('Never');
    expect(expires).toContain(String(in30.getUTCDate()));
    await screenshot(page, 'account-tokens-1440');

    const read = await gql(e2e.server, `{ portfolio { total } }`, {}, { bearer: secret });
    expect(read.errors, JSON.stringify(read.errors)).toBeUndefined();
    const write = await gql(e2e.server, `mutation { projectCreate(input: { key: "PBI", name: "Nope" }) { project { id } } }`, {}, { bearer: secret });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
