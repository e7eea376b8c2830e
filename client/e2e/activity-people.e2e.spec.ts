import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page, WebSocketRoute } from 'playwright-core';
import { demoCookie, gql, signInUi, signUpDemoPerson, useE2E } from './harness.js';

/**
 * What a project manager tripped over: an activity feed that read like a database log and
 * flooded, renames lost without a word, and people and resources as two unrelated lists.
 */
const e2e = useE2E();
const SHOTS = '/tmp/shots/ux13b';
const SIZES = { wide: { width: 1440, height: 900 }, narrow: { width: 390, height: 844 } } as const;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

/** The page does not scroll sideways (wide tables scroll inside their own box). */
async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
}

type Tasks = { project: { id: string; tasks: { nodes: { id: string; key: string; name: string; version: number; assignee: { name: string } | null }[] } } };
async function demoTasks(cookie: string) {
  const r = await gql<Tasks>(e2e.server, '{ project(key: "ERP") { id tasks(first: 500) { nodes { id key name version assignee { name } } } } }', {}, { cookie });
  return r.data!.project;
}

describe('activity in plain words', () => {
  it('says what happened with the item names and dates in the reader locale, and folds a burst of cost entries', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const project = await demoTasks(cookie);
    const task = project.tasks.nodes.find((t) => t.name === 'Trial migration')!;
    const r = await gql(server, `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, { i: { id: task.id, version: task.version, constraintType: 'SNET', constraintDate: '2027-01-11T08:00' } }, { cookie });
    expect(r.errors).toBeUndefined();
    for (let i = 0; i < 10; i++) {
      const c = await gql(server, `mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: task.id, date: '2026-12-01', amount: 1200 } }, { cookie });
      expect(c.errors).toBeUndefined();
    }

    for (const [size, viewport] of Object.entries(SIZES)) {
      const ctx = await e2e.context(viewport);
      const page = await ctx.newPage();
      await signInUi(page, server);
      await page.goto(`${server.url}/p/ERP`);
      const feed = page.getByTestId('activity-list');
      // The seed booked costs just before in the same sitting: the burst holds those and these ten.
      const burst = feed.getByRole('button', { name: /^Alex Morgan recorded \d+ cost entries$/ });
      await burst.waitFor();
      // Dates as the reader's locale writes them (en-GB here), never as stored.
      const day = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(2027, 0, 11)));
      await expect.poll(() => feed.textContent()).toContain(`Alex Morgan set ${task.key} Trial migration to start no earlier than ${day}`);
      const text = (await feed.textContent()) ?? '';
      expect(text).not.toMatch(/cost_entry|created assignment|\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);
      // The burst opens to its ten lines, each with the amount as the reader writes money.
      expect(await burst.getAttribute('aria-expanded')).toBe('false');
      await burst.click();
      expect(await burst.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => feed.getByText(`Alex Morgan recorded €1,200 of cost on ${task.key} Trial migration`).count()).toBe(10);
      await feed.scrollIntoViewIfNeeded();
      await noSidewaysScroll(page);
      await shot(page, `activity-feed-${size}`);
      await ctx.close();
    }
  });

  it('the wall shows the same burst as one line', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const { id } = await demoTasks(cookie);
    const t = await gql<{ boardTokenCreate: { token: string } }>(server, 'mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Lobby screen") { token } }', { p: id }, { cookie });
    for (const [size, viewport] of Object.entries(SIZES)) {
      const ctx = await e2e.context(viewport);
      const wall = await ctx.newPage();
      await wall.goto(`${server.url}/wall/${t.data!.boardTokenCreate.token}`);
      const list = wall.getByTestId('wall-activity');
      await list.waitFor();
      await expect.poll(() => list.textContent()).toContain('Alex Morgan created the wall board link Lobby screen');
      await expect.poll(() => list.textContent()).toMatch(/Alex Morgan recorded \d+ cost entries/);
      await shot(wall, `wall-${size}`);
      await ctx.close();
    }
  });
});

describe('outline renames that used to vanish', () => {
  const rowNamed = (page: Page, name: string) => page.getByTestId('task-row').filter({ has: page.locator('.task-name', { hasText: name }) });

  async function openOutline(page: Page): Promise<void> {
    await page.goto(`${e2e.server.url}/p/ERP`);
    await page.getByRole('heading', { name: 'ERP migration' }).waitFor();
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor();
  }

  it('a long paste is held to the limit and said so; two renames at the same moment: the one who lost is told and puts theirs back', async () => {
    const { server } = e2e;
    const alexCtx = await e2e.context();
    const alex = await alexCtx.newPage();
    await signInUi(alex, server);
    const benCtx = await e2e.context();
    const ben = await benCtx.newPage();
    await signUpDemoPerson(ben, server, 'Ben Okafor', 'ben.okafor@trellis.local');

    // Ben's link to the shared document can be held, so both renames are made before either sees the other's.
    let hold = false;
    const held: (() => void)[] = [];
    await ben.routeWebSocket(/\/collab/, (ws: WebSocketRoute) => {
      const upstream = ws.connectToServer();
      ws.onMessage((m) => (hold ? held.push(() => upstream.send(m)) : upstream.send(m)));
      upstream.onMessage((m) => (hold ? held.push(() => ws.send(m)) : ws.send(m)));
    });
    await openOutline(alex);
    await openOutline(ben);

    // A 10,000-character paste into a rename: held to 500, and said so before anything is saved.
    await rowNamed(alex, 'Extraction scripts').locator('.name-button').click();
    const input = alex.locator('input[id^=rename-]');
    await input.focus();
    await input.press('Control+A');
    await alex.evaluate((text) => {
      const el = document.activeElement as HTMLInputElement;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'Extraction scripts '.repeat(600));
    await alex.getByText(/only the first 500 were pasted/).waitFor();
    expect((await input.inputValue()).length).toBe(500);
    expect(await alex.getByTestId('name-limit').textContent()).toContain('500 / 500');
    await shot(alex, 'outline-long-paste-wide');
    await input.press('Escape');

    // Both rename "Open items mapping" while Ben's updates are held back.
    hold = true;
    const rename = async (page: Page, name: string) => {
      await rowNamed(page, 'Open items mapping').locator('.name-button').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(name, { delay: 5 });
      await page.keyboard.press('Enter');
      await rowNamed(page, name).waitFor();
    };
    await rename(alex, 'Open items mapping (AR/AP)');
    await rename(ben, 'Open items & balances mapping');
    hold = false;
    for (const send of held.splice(0)) send();

    // One name wins everywhere; the person whose name lost is told, with the other's name.
    const notices = async () => (await alex.getByTestId('rename-clash').count()) + (await ben.getByTestId('rename-clash').count());
    await expect.poll(notices, { timeout: 15_000 }).toBe(1);
    const loser = (await alex.getByTestId('rename-clash').count()) ? alex : ben;
    const winner = loser === alex ? ben : alex;
    const mine = loser === alex ? 'Open items mapping (AR/AP)' : 'Open items & balances mapping';
    const theirs = loser === alex ? 'Open items & balances mapping' : 'Open items mapping (AR/AP)';
    const notice = loser.getByTestId('rename-clash');
    const said = (await notice.textContent())?.replace(/\s+/g, ' ');
    // Named when presence tells who was on the task, else "Someone".
    expect(said).toMatch(new RegExp(`^(${loser === alex ? 'Ben Okafor' : 'Alex Morgan'}|Someone) renamed`));
    expect(said).toContain(`to “${theirs}” while you were typing. Yours was “${mine}”.`);
    await notice.scrollIntoViewIfNeeded();
    await shot(loser, 'outline-rename-clash-wide');
    await loser.setViewportSize(SIZES.narrow);
    await notice.scrollIntoViewIfNeeded();
    await noSidewaysScroll(loser);
    await shot(loser, 'outline-rename-clash-narrow');
    await notice.getByRole('button', { name: 'Put mine back' }).click();
    await rowNamed(winner, mine).waitFor();
    await rowNamed(loser, mine).waitFor();
    expect(await winner.getByTestId('rename-clash').count()).toBe(0);
  });
});

describe('people are resources', () => {
  it('links an existing resource to a team member from the resources page, shows the link, and unlinks it, by keyboard', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const pid = (await demoTasks(cookie)).id;
    const made = await gql(server, 'mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }', { i: { projectId: pid, name: 'Contract analyst' } }, { cookie });
    expect(made.errors).toBeUndefined();
    for (const [size, viewport] of Object.entries(SIZES)) {
      const ctx = await e2e.context(viewport);
      const page = await ctx.newPage();
      await signInUi(page, server);
      await page.goto(`${server.url}/p/ERP/resources`);
      const row = page.getByTestId('resource-row').filter({ hasText: 'Contract analyst' });
      await row.waitFor();
      const picker = row.getByLabel('Team member who is Contract analyst');
      // Eva (a viewer with no task yet) is a member who is not a resource: offered here.
      await expect.poll(() => picker.locator('option').allTextContents()).toContain('Eva Lindqvist');
      await picker.focus();
      await picker.selectOption({ label: 'Eva Lindqvist' });
      await expect.poll(() => row.getByTestId('resource-person').textContent()).toContain('Team member Eva Lindqvist');
      expect(await page.getByTestId('member-not-resource').filter({ hasText: 'Eva Lindqvist' }).count()).toBe(0);
      await noSidewaysScroll(page);
      await shot(page, `resource-linked-${size}`);
      // Stored: after a reload the link is still there.
      await page.reload();
      await row.getByTestId('resource-person').waitFor();
      const unlink = row.getByRole('button', { name: 'Unlink Contract analyst from Eva Lindqvist' });
      await unlink.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => row.getByTestId('resource-person').count()).toBe(0);
      await page.getByTestId('member-not-resource').filter({ hasText: 'Eva Lindqvist' }).waitFor();
      await ctx.close();
    }
  });

  it('the resources page shows who is who, makes a member a resource, and assigning a person on the outline assigns their resource', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    for (const [size, viewport] of Object.entries(SIZES)) {
      const ctx = await e2e.context(viewport);
      const page = await ctx.newPage();
      await signInUi(page, server);
      await page.goto(`${server.url}/p/ERP/resources`);
      await page.getByTestId('resource-row').first().waitFor();
      // The team's resources carry their member; Eva (a viewer with no task) is listed apart until made one.
      await expect.poll(() => page.getByTestId('resource-person').count()).toBeGreaterThanOrEqual(4);
      const notYet = page.getByTestId('member-not-resource');
      if (size === 'wide') {
        await notYet.filter({ hasText: 'Eva Lindqvist' }).waitFor();
        await noSidewaysScroll(page);
        await shot(page, `resources-before-${size}`);
        await notYet.filter({ hasText: 'Eva Lindqvist' }).getByRole('button', { name: 'Make a resource of Eva Lindqvist' }).click();
        await page.getByTestId('resource-row').filter({ hasText: 'Eva Lindqvist' }).getByTestId('resource-person').waitFor();
        expect(await notYet.filter({ hasText: 'Eva Lindqvist' }).count()).toBe(0);
      }
      await page.getByTestId('resource-row').filter({ hasText: 'Eva Lindqvist' }).scrollIntoViewIfNeeded();
      await noSidewaysScroll(page);
      await shot(page, `resources-${size}`);
      await ctx.close();
    }

    // Assigning Ana on the outline puts her resource on the task, and takes the former assignee's off.
    const project = await demoTasks(cookie);
    const task = project.tasks.nodes.find((t) => t.name === 'Extraction scripts')!;
    const before = task.assignee?.name;
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signInUi(page, server);
    await page.goto(`${server.url}/p/ERP`);
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor();
    // The row's pickers are made once the row is focused.
    await page.getByTestId('task-row').filter({ has: page.locator('.task-name', { hasText: 'Extraction scripts' }) }).locator('.name-button').focus();
    await page.getByLabel(`Assignee of ${task.key}`).selectOption({ label: 'Ana Costa' });
    await page.goto(`${server.url}/p/ERP/resources`);
    const row = page.getByTestId('assignment-row').filter({ hasText: 'Extraction scripts' });
    await expect.poll(() => row.textContent()).toContain('Ana Costa');
    if (before && before !== 'Ana Costa') expect(await row.textContent()).not.toContain(before);
  });
});
