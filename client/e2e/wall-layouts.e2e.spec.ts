import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, screenshot, signInUi, useE2E } from './harness.js';

/**
 * Wall layouts in Chromium: each board token shows today's progress, the schedule view or risks and
 * issues; a manager switches it on the settings page and the open wall follows without a reload;
 * a new issue reaches the wall live; every layout fits 1440×900 and a 390×844 phone.
 */
const e2e = useE2E();

async function demo(): Promise<{ cookie: string; projectId: string }> {
  const cookie = await demoCookie(e2e.server);
  const res = await gql<{ project: { id: string } }>(e2e.server, '{ project(key: "ERP") { id } }', {}, { cookie });
  return { cookie, projectId: res.data!.project.id };
}

async function token(name: string, layout: string): Promise<{ token: string; id: string }> {
  const { cookie, projectId } = await demo();
  const made = await gql<{ boardTokenCreate: { token: string; boardToken: { id: string } } }>(e2e.server, 'mutation($p: UUID!, $n: String!) { boardTokenCreate(projectId: $p, name: $n) { token boardToken { id } } }', { p: projectId, n: name }, { cookie });
  const id = made.data!.boardTokenCreate.boardToken.id;
  const set = await gql(e2e.server, 'mutation($id: UUID!, $l: WallLayout!) { boardTokenLayoutSet(id: $id, layout: $l) { boardToken { layout } } }', { id, l: layout }, { cookie });
  expect(set.errors).toBeUndefined();
  return { token: made.data!.boardTokenCreate.token, id };
}

/** Nothing on the wall reaches past the screen's right edge, and the page does not scroll sideways. */
async function fits(page: Page): Promise<void> {
  const out = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('[data-testid=wall] *')]
      .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => el.getBoundingClientRect().right > w + 1 && !el.closest('.visually-hidden'))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { sideways: document.documentElement.scrollWidth - w, past: past.slice(0, 5) };
  });
  expect(out.sideways).toBeLessThanOrEqual(0);
  expect(out.past).toEqual([]);
}

describe('wall layouts', () => {
  for (const [layout, ready] of [
    ['PROGRESS', 'wall-category'],
    ['SCHEDULE', 'wall-schedule'],
    ['RISKS_ISSUES', 'wall-risks-issues'],
  ] as const) {
    it(`${layout}: renders full screen and fits 1440×900 and a 390×844 phone`, async () => {
      const { token: t } = await token(`Layout ${layout}`, layout);
      for (const [width, height] of [
        [1440, 900],
        [390, 844],
      ] as const) {
        const ctx = await e2e.context({ width, height });
        const page = await ctx.newPage();
        await page.goto(`${e2e.server.url}/wall/${t}`);
        await page.getByTestId(ready).first().waitFor();
        await page.locator(`[data-testid=wall][data-layout=${layout}]`).waitFor();
        await fits(page);
        await screenshot(page, `wall-${layout.toLowerCase()}-${width}`);
        await page.close();
      }
    });
  }

  it('the schedule view shows milestones with baseline and forecast, the critical path and SPI/CPI', async () => {
    const { token: t } = await token('Schedule details', 'SCHEDULE');
    const ctx = await e2e.context({ width: 1920, height: 1080 });
    const page = await ctx.newPage();
    await page.goto(`${e2e.server.url}/wall/${t}`);
    await page.getByTestId('wall-schedule').waitFor();
    expect(await page.getByTestId('wall-spi').textContent()).toMatch(/SPI/);
    expect(await page.getByTestId('wall-cpi').textContent()).toMatch(/CPI/);
    expect(await page.getByTestId('wall-next-milestone').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('wall-next-milestone').first().textContent()).toMatch(/Baseline.*Forecast/);
    expect(await page.getByTestId('wall-critical').count()).toBeGreaterThan(0);
  });

  it('follows a layout change made on the settings page, and a new issue, without a reload', async () => {
    const { token: t } = await token('Switching', 'PROGRESS');
    const wall = await (await e2e.context({ width: 1920, height: 1080 })).newPage();
    await wall.goto(`${e2e.server.url}/wall/${t}`);
    await wall.locator('[data-testid=wall-connection][data-state=connected]').waitFor();
    await wall.locator('[data-testid=wall][data-layout=PROGRESS]').waitFor();

    const admin = await (await e2e.context()).newPage();
    await signInUi(admin, e2e.server);
    await admin.goto(`${e2e.server.url}/p/ERP/settings`);
    const picker = admin.getByRole('row').filter({ hasText: 'Switching' }).getByTestId('wall-layout');
    await picker.selectOption('RISKS_ISSUES');
    await wall.getByTestId('wall-risks-issues').waitFor({ timeout: 10_000 });

    const { cookie, projectId } = await demo();
    const created = await gql(e2e.server, 'mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }', { i: { projectId, title: 'Lobby screen flickers', type: 'BLOCKER', severity: 'CRITICAL' } }, { cookie });
    expect(created.errors).toBeUndefined();
    await wall.getByTestId('wall-issue').filter({ hasText: 'Lobby screen flickers' }).waitFor({ timeout: 10_000 });
    expect(await wall.getByTestId('wall-issue').first().textContent()).toContain('BLOCKING');

    await picker.selectOption('SCHEDULE');
    await wall.getByTestId('wall-schedule').waitFor({ timeout: 10_000 });
    await picker.selectOption('PROGRESS');
    await wall.locator('[data-testid=wall][data-layout=PROGRESS]').waitFor({ timeout: 10_000 });
    await wall.getByTestId('wall-category').first().waitFor();
    await picker.scrollIntoViewIfNeeded();
    await screenshot(admin, 'settings-wall-layout-1440');
  });

  it('the layout picker on the settings page fits a phone', async () => {
    await token('Phone picker', 'SCHEDULE');
    const admin = await (await e2e.context({ width: 390, height: 844 })).newPage();
    await signInUi(admin, e2e.server);
    await admin.goto(`${e2e.server.url}/p/ERP/settings`);
    const picker = admin.getByRole('row').filter({ hasText: 'Phone picker' }).getByTestId('wall-layout');
    await picker.scrollIntoViewIfNeeded();
    expect(await picker.inputValue()).toBe('SCHEDULE');
    expect(await admin.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(admin, 'settings-wall-layout-390');
  });
});
