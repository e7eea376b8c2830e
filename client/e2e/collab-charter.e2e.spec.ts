import { beforeAll, describe, expect, it } from 'vitest';
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

async function openCharter(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/p/ERP/charter`);
  await page.getByRole('heading', { name: 'ERP migration — charter' }).waitFor();
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor();
}

const editor = (page: Page, section: string) => page.getByTestId(`charter-editor-${section}`);
/** The section's blocks as text, one line each, without the remote carets drawn inside it. */
const text = (page: Page, section: string) =>
  editor(page, section).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return [...copy.children].map((c) => c.textContent ?? '').join('\n').trim();
  });
const saveState = (page: Page) => page.getByTestId('save-status').getAttribute('data-state');

type CharterQ = { project: { charter: { purpose: string; objectives: string[]; sponsor: string; approvalState: string } } };
const charterQuery = '{ project(key: "ERP") { charter { purpose objectives sponsor approvalState } } }';

// The demo's charter comes approved by its sponsor; these tests write into it, so it is reopened
// first (charter-approval.e2e.spec.ts follows the approval itself).
beforeAll(async () => {
  const cookie = await demoCookie(e2e.server);
  const p = await gql<{ project: { id: string } }>(e2e.server, '{ project(key: "ERP") { id } }', {}, { cookie });
  const r = await gql(e2e.server, 'mutation($p: UUID!) { charterApprovalSet(projectId: $p, state: DRAFT, comment: "Reopened for the tests") { charter { approvalState } } }', { p: p.data!.project.id }, { cookie });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
});

describe('charter written together', () => {
  it('two people type into the same section at once and both end with both texts, saved and projected', async () => {
    const { server } = e2e;
    const ctxA = await e2e.context();
    const alex = await ctxA.newPage();
    await signInUi(alex, server);
    const ana = await signUp('Ana Costa', 'ana.costa@trellis.local');
    await openCharter(alex);
    await openCharter(ana);

    // Each sees the other.
    await alex.locator('[data-testid=presence-avatar][data-name="Ana Costa"]').waitFor();
    await ana.locator('[data-testid=presence-avatar][data-name="Alex Morgan"]').waitFor();

    // Both type into the purpose at the same time: Alex at its start, Ana in a new paragraph at its end.
    const before = await text(alex, 'purpose');
    expect(before).toContain('month-end close');
    await editor(alex, 'purpose').click();
    await alex.keyboard.press('Control+Home');
    await editor(ana, 'purpose').click();
    await ana.keyboard.press('Control+End');
    await ana.keyboard.press('Enter');
    const mine = 'Alex: retire the legacy ledger by Q3. ';
    const theirs = 'Ana: keep the audit trail for seven years.';
    await Promise.all([alex.keyboard.type(mine, { delay: 15 }), ana.keyboard.type(theirs, { delay: 15 })]);

    // Same content in both browsers, with both texts.
    await expect.poll(() => text(alex, 'purpose'), { timeout: 10_000 }).toContain(theirs);
    await expect.poll(() => text(ana, 'purpose'), { timeout: 10_000 }).toContain(mine);
    await expect.poll(async () => (await text(alex, 'purpose')) === (await text(ana, 'purpose'))).toBe(true);
    expect(await text(alex, 'purpose')).toContain(before);

    // Ana's caret, with her name, is drawn in Alex's purpose section (and nowhere else).
    const caret = alex.getByTestId('charter-section-purpose').locator('.collaboration-carets__label', { hasText: 'Ana Costa' });
    await caret.waitFor();
    expect(await alex.locator('.collaboration-carets__label', { hasText: 'Ana Costa' }).count()).toBe(1);

    // The server has stored it all: the indicator says so in both browsers.
    await expect.poll(() => saveState(alex), { timeout: 10_000 }).toBe('saved');
    await expect.poll(() => saveState(ana), { timeout: 10_000 }).toBe('saved');
    await screenshot(alex, 'collab-charter');

    // A list section: each bullet is one objective in the API.
    await editor(ana, 'objectives').click();
    await expect
      .poll(() => ana.evaluate(() => !!document.activeElement?.closest('[data-testid=charter-section-objectives]')))
      .toBe(true);
    await ana.keyboard.press('Control+End');
    await ana.keyboard.press('Enter');
    await ana.keyboard.type('Zero reconciliation differences');
    await ana.getByLabel('Sponsor').fill('Eva Lindqvist, CFO');

    // The API's charter follows the document.
    const cookie = await demoCookie(server);
    const read = async () => (await gql<CharterQ>(server, charterQuery, {}, { cookie })).data!.project.charter;
    await expect.poll(async () => (await read()).purpose, { timeout: 10_000 }).toContain(theirs);
    const now = await read();
    expect(now.purpose).toContain(mine);
    await expect
      .poll(async () => (await read()).objectives.some((o) => o.includes('reconciliation differences')), { timeout: 15_000 })
      .toBe(true);
    await expect.poll(async () => (await read()).sponsor, { timeout: 10_000 }).toBe('Eva Lindqvist, CFO');
    await expect.poll(() => alex.getByLabel('Sponsor').inputValue(), { timeout: 10_000 }).toBe('Eva Lindqvist, CFO');

    // After a reload the text is there.
    await alex.reload();
    await alex.locator('[data-testid=save-status][data-state=saved]').waitFor();
    await expect.poll(() => text(alex, 'purpose')).toContain(mine);
    expect(await text(alex, 'purpose')).toContain(theirs);
    expect(await text(alex, 'objectives')).toContain('reconciliation differences');
  });

  it('a viewer reads the charter live and cannot type into it', async () => {
    const { server } = e2e;
    const eva = await signUp('Eva Lindqvist', 'eva.lindqvist@trellis.local');
    await openCharter(eva);
    await eva.getByText('Read-only for your role').waitFor();
    expect(await editor(eva, 'purpose').getAttribute('contenteditable')).toBe('false');
    expect(await eva.getByRole('toolbar').count()).toBe(0);
    expect(await eva.getByLabel('Sponsor').count()).toBe(0);
    expect(await eva.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    const before = await text(eva, 'purpose');
    await editor(eva, 'purpose').click();
    await eva.keyboard.type('Viewer was here');
    expect(await text(eva, 'purpose')).toBe(before);

    // Someone with rights edits; the viewer sees it without reloading.
    const ctx = await e2e.context();
    const alex = await ctx.newPage();
    await signInUi(alex, server);
    await openCharter(alex);
    await editor(alex, 'assumptions').click();
    await alex.keyboard.press('Control+End');
    await alex.keyboard.press('Enter');
    await alex.keyboard.type('Vendor support continues until go-live.');
    await expect.poll(() => text(eva, 'assumptions'), { timeout: 10_000 }).toContain('Vendor support continues until go-live.');
    expect(await text(eva, 'purpose')).not.toContain('Viewer was here');
  });

  // Last in the file: it stops the server.
  it('without storage in the browser: keeps what is typed while the server is away, asks before leaving, stores it once it is back', async () => {
    const { server } = e2e;
    const ctx = await e2e.context();
    // Some private modes have no IndexedDB: the open page is then the only copy of offline edits.
    await ctx.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    const alex = await ctx.newPage();
    await signInUi(alex, server);
    await openCharter(alex);

    await server.kill();
    await expect.poll(() => saveState(alex), { timeout: 10_000 }).toBe('offline');
    await alex.getByText('Offline — changes kept on this device and merged when you reconnect').waitFor();
    await editor(alex, 'outOfScope').click();
    await alex.keyboard.press('Control+End');
    await alex.keyboard.type(' Written while offline.');
    expect(await text(alex, 'outOfScope')).toContain('Written while offline.');

    // The edit lives only in this page until it is stored: leaving asks first.
    const asked: string[] = [];
    alex.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await alex.getByRole('navigation', { name: 'Project views' }).getByRole('link', { name: 'Outline' }).click();
    await expect.poll(() => asked).toEqual(['Some of your latest changes have not reached the server yet. Leave this page and lose them?']);
    expect(alex.url()).toBe(`${server.url}/p/ERP/charter`);

    await server.start();
    // A fresh ticket, a new socket, the offline edit merged and stored.
    await expect.poll(() => saveState(alex), { timeout: 30_000 }).toBe('saved');
    const cookie = await demoCookie(server);
    type OutQ = { project: { charter: { outOfScope: string } } };
    await expect
      .poll(async () => (await gql<OutQ>(server, '{ project(key: "ERP") { charter { outOfScope } } }', {}, { cookie })).data?.project.charter.outOfScope, { timeout: 10_000 })
      .toContain('Written while offline.');
  });
  it('keeps offline edits in the browser: the page can be left, and they are stored when the document is next opened online', async () => {
    const { server } = e2e;
    const ctx = await e2e.context();
    const alex = await ctx.newPage();
    await signInUi(alex, server);
    await openCharter(alex);

    await server.kill();
    await expect.poll(() => saveState(alex), { timeout: 10_000 }).toBe('offline');
    await editor(alex, 'assumptions').click();
    await alex.keyboard.press('Control+End');
    await alex.keyboard.type(' Kept in the browser.');
    expect(await text(alex, 'assumptions')).toContain('Kept in the browser.');

    // Nothing to ask: the edit is kept in this browser. Leaving closes the document.
    const asked: string[] = [];
    alex.on('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await alex.getByRole('navigation', { name: 'Project views' }).getByRole('link', { name: 'Outline' }).click();
    await alex.waitForURL((url) => !url.pathname.endsWith('/charter'));
    await alex.close();

    await server.start();
    const again = await ctx.newPage();
    await openCharter(again);
    await expect.poll(() => text(again, 'assumptions'), { timeout: 10_000 }).toContain('Kept in the browser.');
    await expect.poll(() => saveState(again), { timeout: 30_000 }).toBe('saved');
    expect(asked).toEqual([]);
    const cookie = await demoCookie(server);
    type AssumptionsQ = { project: { charter: { assumptions: string } } };
    await expect
      .poll(async () => (await gql<AssumptionsQ>(server, '{ project(key: "ERP") { charter { assumptions } } }', {}, { cookie })).data?.project.charter.assumptions, { timeout: 10_000 })
      .toContain('Kept in the browser.');

    // Signing out takes the browser's copies of shared documents with it.
    const localCopies = () =>
      again.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('trellis-collab:')));
    expect(await localCopies()).toHaveLength(1);
    await again.getByTestId('user-menu').click();
    await again.getByRole('button', { name: 'Sign out' }).click();
    await again.waitForURL(`${server.url}/login`);
    await expect.poll(localCopies, { timeout: 10_000 }).toEqual([]);
  });
});
