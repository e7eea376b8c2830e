import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, signInUi, useE2E } from './harness.js';

const e2e = useE2E();
const SHOTS = '/tmp/shots/risks';

async function signedIn(viewport?: { width: number; height: number }): Promise<Page> {
  const ctx = await e2e.context(viewport);
  const page = await ctx.newPage();
  await signInUi(page, e2e.server);
  return page;
}

async function openRisks(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/p/ERP/risks`);
  await page.getByRole('heading', { name: 'Risks', exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Register' }).waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const row = (page: Page, title: string) => page.locator('.register tbody tr').filter({ hasText: title });

/** The page does not scroll sideways; wide tables scroll inside their own container. */
async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('risk register and issue log', () => {
  it("one person's new risk and its change appear for another without reload; a stale edit shows a conflict", async () => {
    const a = await signedIn();
    const b = await signedIn();
    await openRisks(a);
    await openRisks(b);
    await b.getByLabel('Status').first().selectOption('');

    // A raises a risk; B sees it.
    const title = `Cloud region outage ${Date.now().toString(36)}`;
    await a.getByRole('button', { name: 'Raise risk' }).click();
    await a.getByLabel('Title').fill(title);
    await a.getByLabel('Probability', { exact: true }).selectOption('4');
    await a.getByLabel('Schedule impact', { exact: true }).selectOption('5');
    await a.getByRole('button', { name: 'Raise risk' }).last().click();
    await a.getByText(/^Saved R-\d+\.$/).waitFor();
    await row(b, title).waitFor();
    await expect.poll(() => row(b, title).locator('td').nth(4).textContent()).toContain('20');

    // Both open it; A saves first, B's save from the older version is refused with a choice.
    await row(b, title).getByRole('button', { name: title }).click();
    await b.getByLabel('Response plan').fill('Fail over to the second region');
    await a.getByLabel('Probability', { exact: true }).selectOption('2');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.getByText(/^Saved R-\d+\.$/).waitFor();
    await b.getByText('Someone else changed this risk while you were looking').waitFor();
    await b.getByRole('button', { name: 'Save changes' }).click();
    await b.getByText('Someone else saved this risk first; your changes were not saved.').waitFor();
    // Nothing was overwritten: A's probability stands.
    await expect.poll(() => row(a, title).locator('td').nth(4).textContent()).toContain('10');
    await b.getByRole('button', { name: 'Re-apply my changes' }).click();
    expect(await b.getByLabel('Response plan').inputValue()).toBe('Fail over to the second region');
    expect(await b.getByLabel('Probability', { exact: true }).inputValue()).toBe('2');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await b.getByText(/^Saved R-\d+\.$/).waitFor();
  });

  it('shows every field error at once', async () => {
    const page = await signedIn();
    await openRisks(page);
    await page.getByRole('button', { name: 'Raise risk' }).click();
    await page.getByLabel('Kind').selectOption('OPPORTUNITY');
    await page.getByLabel(/Cost if it happens/).fill('lots');
    await page.getByRole('button', { name: 'Raise risk' }).last().click();
    const problems = page.getByRole('alert', { name: 'Problems with the form' });
    await problems.getByText('Title is required').waitFor();
    await problems.getByText('Enter an amount of zero or more').waitFor();
    await page.keyboard.press('Escape');
  });

  it('the heat map filters the table, and the residual view counts residual assessments', async () => {
    const page = await signedIn();
    await openRisks(page);
    await page.getByLabel('Status').first().selectOption('');
    const before = await page.locator('.register tbody tr').count();
    const cell = page.getByRole('button', { name: /^Probability 4, impact 5: \d+ risks?$/ });
    const n = Number((await cell.getAttribute('aria-label'))!.match(/: (\d+) risk/)![1]);
    expect(n).toBeGreaterThan(0);
    await cell.click();
    await expect.poll(() => page.locator('.register tbody tr').count()).toBe(n);
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => page.locator('.register tbody tr').count()).toBe(before);
    await page.getByRole('group', { name: 'Assessment' }).getByRole('button', { name: 'Residual' }).click();
    await page.getByRole('group', { name: /Residual risk heat map/ }).waitFor();
    // Overdue reviews are flagged in the table.
    expect(await page.locator('.register tbody tr').filter({ hasText: 'Overdue' }).count()).toBeGreaterThan(0);
    // Owner filter.
    await page.getByLabel('Owner').first().selectOption({ label: 'Dev Patel' });
    const owners = await page.locator('.register tbody tr td:nth-child(3)').allTextContents();
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set(['Dev Patel']));
  });

  it('a risk that occurs becomes an issue in one step, and a blocker marks its task in the outline', async () => {
    const page = await signedIn();
    await openRisks(page);
    await row(page, 'Users resist the new approval workflow').getByRole('button', { name: 'Users resist the new approval workflow' }).click();
    await page.getByRole('button', { name: 'Mark as occurred…' }).click();
    await page.getByLabel('Issue type').selectOption('BLOCKER');
    await page.getByRole('button', { name: 'Mark occurred and log issue' }).click();
    const notice = page.getByText(/is now occurred; issue I-\d+ was logged for it\./);
    await notice.waitFor();
    const issueKey = /issue (I-\d+)/.exec((await notice.textContent())!)![1]!;
    await page.keyboard.press('Escape');

    await page.goto(`${e2e.server.url}/p/ERP/issues`);
    const issueRow = page.locator('tbody tr').filter({ hasText: issueKey });
    await issueRow.waitFor();
    expect(await issueRow.textContent()).toContain('From risk');

    // The blocker's task (End-user training) is marked in the outline, naming the issue.
    await page.goto(`${e2e.server.url}/p/ERP`);
    await page.getByRole('heading', { name: 'ERP migration' }).waitFor();
    const marker = page.getByTestId('task-row').filter({ hasText: 'End-user training' }).getByTestId('blocked-marker');
    await marker.waitFor();
    expect(await marker.getAttribute('aria-label')).toContain(`Blocked by ${issueKey}`);

    // On the Gantt chart the bar itself carries the marker, and the chart's label names the task.
    await page.goto(`${e2e.server.url}/p/ERP/gantt`);
    await page.getByTestId('gantt-row').first().waitFor();
    await expect.poll(() => page.getByRole('img', { name: /^Bars of / }).getAttribute('aria-label'), { timeout: 10_000 }).toMatch(new RegExp(`blocked: .*End-user training \\(Blocked by .*${issueKey}`));
    // Only the rows in view are drawn: scroll the chart down to the task.
    const onBar = page.locator('[data-testid=gantt-bar].blocked [data-testid=bar-blocked]').filter({ has: page.locator('title', { hasText: issueKey }) });
    for (let i = 0; i < 40 && !(await onBar.count()); i++) await page.getByTestId('gantt').evaluate((el) => el.scrollBy(0, 200));
    await onBar.waitFor();
    expect(await onBar.getAttribute('aria-label')).toContain(`Blocked by ${issueKey}`);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/gantt-blocked-1440.png` });
  });

  it('the issue log pages past 200 entries: "Load more" brings the rest, and the filters stay as set', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const pid = (await gql<{ project: { id: string } }>(server, '{ project(key: "ERP") { id } }', {}, { cookie })).data!.project.id;
    const BULK = 205;
    const log = (i: number) => gql(server, 'mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }', { i: { projectId: pid, title: `Bulk question ${i}`, type: i % 5 === 0 ? 'DEFECT' : 'QUESTION' } }, { cookie });
    for (let from = 1; from <= BULK; from += 15) {
      const batch = await Promise.all(Array.from({ length: Math.min(15, BULK - from + 1) }, (_, k) => log(from + k)));
      for (const r of batch) expect(r.errors).toBeUndefined();
    }
    const page = await signedIn();
    await page.goto(`${e2e.server.url}/p/ERP/issues`);
    await page.getByRole('heading', { name: 'Issues', exact: true }).waitFor();
    const more = page.getByTestId('load-more');
    await more.waitFor();
    const total = Number(/of ([\d,]+) issues loaded/.exec((await more.textContent())!)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(BULK);
    expect(await more.textContent()).toContain(`200 of ${total.toLocaleString('en')} issues loaded`);
    // A filter set before loading more is kept, and applies to what comes in.
    await page.getByLabel('Type').selectOption('QUESTION');
    const rows = page.locator('tbody tr').filter({ hasText: 'Bulk question' });
    const before = await rows.count();
    expect(before).toBeLessThan(BULK - BULK / 5);
    await more.getByRole('button', { name: /^Load \d+ more$/ }).click();
    await expect.poll(() => rows.count()).toBe(BULK - BULK / 5);
    expect(await page.getByLabel('Type').inputValue()).toBe('QUESTION');
    expect(await page.locator('tbody tr').filter({ hasText: 'Defect' }).count()).toBe(0);
    // Everything is loaded: the button is gone.
    await expect.poll(() => page.getByTestId('load-more').count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await shot(page, 'issues-paged-1440');
  }, 180_000);

  it('screenshots of both pages at 1440 and 390 wide, without sideways page scroll', async () => {
    for (const [w, h] of [[1440, 900], [390, 844]] as const) {
      const page = await signedIn({ width: w, height: h });
      await openRisks(page);
      await shot(page, `risks-${w}`);
      await noSidewaysScroll(page);
      await page.locator('.register tbody tr').first().getByRole('button').first().click();
      await page.getByRole('dialog').waitFor();
      await shot(page, `risk-drawer-${w}`);
      await page.keyboard.press('Escape');
      await page.goto(`${e2e.server.url}/p/ERP/issues`);
      await page.getByRole('heading', { name: 'Issue log' }).waitFor();
      await shot(page, `issues-${w}`);
      await noSidewaysScroll(page);
      await page.goto(`${e2e.server.url}/p/ERP`);
      await page.getByTestId('blocked-marker').first().waitFor();
      await shot(page, `outline-${w}`);
    }
  });

  it('a wall screen shows the top risks and the blocking issues once its token is set to, and updates live', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const project = (await gql(server, `{ project(key: "ERP") { id } }`, {}, { cookie })).data!.project.id;
    const made = (await gql(server, `mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Risk TV") { token boardToken { id } } }`, { p: project }, { cookie })).data!.boardTokenCreate;
    // A manager ticks both options in the settings.
    const page = await signedIn();
    await page.goto(`${server.url}/p/ERP/settings`);
    const tokenRow = page.getByTestId('board-token-row').filter({ hasText: 'Risk TV' });
    await tokenRow.getByTestId('wall-top-risks').check();
    await expect.poll(() => tokenRow.getByTestId('wall-top-risks').isEnabled(), { timeout: 10_000 }).toBe(true);
    await tokenRow.getByTestId('wall-blockers').check();
    await expect.poll(() => tokenRow.getByTestId('wall-blockers').isEnabled(), { timeout: 10_000 }).toBe(true);

    const wallCtx = await e2e.context({ width: 1920, height: 1080 });
    const wall = await wallCtx.newPage();
    await wall.goto(`${server.url}/wall/${made.token}`);
    await wall.getByTestId('wall-registers').waitFor();
    await expect.poll(() => wall.getByTestId('wall-risk').count()).toBe(5);
    expect(await wall.getByTestId('wall-blocker').count()).toBeGreaterThan(0);
    await shot(wall, 'wall-1920');
    // A new critical blocker appears on the wall without reload.
    await gql(server, `mutation($p: UUID!) { issueCreate(input: { projectId: $p, title: "Datacentre power work", type: BLOCKER, severity: CRITICAL }) { issue { id } } }`, { p: project }, { cookie });
    await wall.getByTestId('wall-blocker').filter({ hasText: 'Datacentre power work' }).waitFor();
  });
});
