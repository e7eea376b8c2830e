import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newContext, screenshot, startServer, type E2EServer } from './harness.js';

let server: E2EServer;
let browser: Browser;
let ctx: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await ctx?.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

describe('sign-up and a new project', () => {
  it('redirects to sign-in, signs up, and creates a project after fixing a bad key', async () => {
    ctx = await newContext(browser);
    const page = await ctx.newPage();

    // Not signed in: the project list sends you to the sign-in page.
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/login`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(`${server.url}/signup`);

    const email = `jo.${Date.now().toString(36)}@example.test`;
    await page.getByLabel('Full name').fill('Jo Rivera');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('heading', { name: 'No projects yet' }).waitFor();
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain('Jo Rivera');

    // A key the API refuses: its message shows next to the key field.
    await page.getByRole('button', { name: '+ New project' }).first().click();
    await page.getByLabel('Key').fill('1bad');
    await page.getByLabel('Name', { exact: true }).fill('Data centre move');
    await page.getByLabel('Methodology').selectOption('WATERFALL');
    await page.getByLabel('Start date').fill('2027-01-04');
    await page.getByRole('button', { name: 'Create project' }).click();
    const keyError = page.getByTestId('key-error');
    await keyError.waitFor();
    expect((await keyError.textContent())!.length).toBeGreaterThan(5);
    expect(await page.getByLabel('Key').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'new-project-validation');

    await page.getByLabel('Key').fill('DCM');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL(`${server.url}/p/DCM`);
    await page.getByRole('heading', { name: 'Data centre move' }).waitFor();
    await page.getByRole('heading', { name: 'No tasks yet' }).waitFor();
    await screenshot(page, 'new-project');

    // Sign out from the top bar.
    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/login`);
    await page.goto(`${server.url}/p/DCM`);
    await page.waitForURL(/\/login\?next=%2Fp%2FDCM$/);
  });
});
