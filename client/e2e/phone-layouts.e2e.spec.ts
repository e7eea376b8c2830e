import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInUi, useE2E } from './harness.js';

/**
 * Pages that failed on a phone (390 px) or clipped text at 1440 px: the Gantt chart, the members and
 * statuses tables of the settings. Every control stays reachable on screen, the page never scrolls
 * sideways, and dates are never cut.
 */
const e2e = useE2E();
const SHOTS = '/tmp/shots/phone-layouts';
const PHONE = { width: 390, height: 844 };

async function signedIn(viewport: { width: number; height: number }): Promise<Page> {
  const ctx = await e2e.context(viewport);
  const page = await ctx.newPage();
  await signInUi(page, e2e.server);
  return page;
}
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Controls under `selector` whose box reaches past the right edge of the screen. */
const offScreen = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sel} :is(button, select, input, a[href])`)) {
      const r = el.getBoundingClientRect();
      if (r.width && (r.right > window.innerWidth + 0.5 || r.left < -0.5)) out.push(el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
    }
    return out;
  }, selector);

describe('phone layouts and clipping', () => {
  it('Gantt on a phone: the chart has the screen beside a narrow name column that folds away; no sideways page scroll', async () => {
    const page = await signedIn(PHONE);
    await page.goto(`${e2e.server.url}/p/ERP/gantt`);
    await page.getByTestId('gantt-row').first().waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const chart = page.getByRole('group', { name: 'Gantt chart' });
    const chartBox = (await chart.boundingBox())!;
    expect(chartBox.x + chartBox.width).toBeLessThanOrEqual(PHONE.width);
    // Some of the timeline is on screen beside the names.
    const table = (await page.getByRole('table', { name: 'Tasks' }).boundingBox())!;
    expect(table.width).toBeLessThan(PHONE.width / 2 + 30);
    await shot(page, 'gantt-390');
    const toggle = page.getByTestId('gantt-names-toggle');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await page.getByRole('table', { name: 'Tasks' }).boundingBox())!.width).toBeLessThan(80);
    // The names are still there for screen readers, in the WBS cell.
    expect(await page.getByTestId('gantt-row').first().textContent()).toContain('Initiation');
    await shot(page, 'gantt-390-names-folded');
    // The chart scrolls inside its own region.
    await chart.evaluate((el) => el.scrollBy(300, 0));
    expect(await chart.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  it('Gantt at 1440: start and finish dates are shown whole', async () => {
    const page = await signedIn({ width: 1440, height: 900 });
    await page.goto(`${e2e.server.url}/p/ERP/gantt`);
    await page.getByTestId('gantt-row').first().waitFor();
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid=gantt-row] .td.date, [data-testid=gantt-row] .td.num')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
    );
    expect(cut).toEqual([]);
    // The column titles do not run into each other.
    const titles = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.corner .th')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
    expect(titles).toEqual([]);
    await shot(page, 'gantt-1440');
  });

  it('settings on a phone: every member\u2019s role and Remove, every status\u2019s buttons are on screen', async () => {
    const page = await signedIn(PHONE);
    await page.goto(`${e2e.server.url}/p/ERP/settings`);
    await page.getByTestId('member-row').first().waitFor();
    await page.getByTestId('status-row').first().waitFor();
    expect(await offScreen(page, '[data-testid=member-row]')).toEqual([]);
    expect(await offScreen(page, '[data-testid=status-row]')).toEqual([]);
    expect(await page.getByTestId('member-row').first().textContent()).toContain('@');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('member-row').first().scrollIntoViewIfNeeded();
    await shot(page, 'settings-members-390');
    await page.getByTestId('status-row').first().scrollIntoViewIfNeeded();
    await shot(page, 'settings-statuses-390');
  });
});
