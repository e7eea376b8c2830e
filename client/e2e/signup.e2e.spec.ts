import { describe, expect, it } from 'vitest';
import { screenshot, useE2E } from './harness.js';

const e2e = useE2E();

describe('sign-up and a new project', () => {
  it('redirects to sign-in, signs up, creates a project after fixing a bad key, invites, manages tokens', async () => {
    const { server } = e2e;
    const ctx = await e2e.context();
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

    // Settings: rename the project, invite a person, change their role, remove them.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Project details' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Data centre move 2027');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved ✓').waitFor();

    // Inviting gives a link to pass on (it is shown once); the invitation waits until it is withdrawn.
    await page.getByLabel('Email', { exact: true }).fill('sam.lee@example.test');
    await page.getByLabel('Name (optional)').fill('Sam Lee');
    await page.getByLabel('Role', { exact: true }).selectOption('VIEWER');
    await page.getByRole('button', { name: 'Get invitation link' }).click();
    expect(await page.getByTestId('invite-url').inputValue()).toMatch(/\/invite\/trl_inv_/);
    const samInvite = page.getByTestId('invitation-row').filter({ hasText: 'Sam Lee' });
    await samInvite.waitFor();
    expect(await page.getByTestId('member-row').filter({ hasText: 'Sam Lee' }).count()).toBe(0);
    await samInvite.getByRole('button', { name: 'Withdraw the invitation for sam.lee@example.test' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click();
    await expect.poll(() => samInvite.count()).toBe(0);

    // Account: a personal access token is shown once, listed, then revoked.
    await page.goto(`${server.url}/account`);
    await page.getByLabel('New token for').fill('Weekly report');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await page.getByTestId('new-token').getByRole('textbox').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await screenshot(page, 'account');
    const tokenRow = page.getByTestId('access-token-row').filter({ hasText: 'Weekly report' });
    await tokenRow.getByRole('button', { name: 'Revoke Weekly report' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => tokenRow.count()).toBe(0);

    // Sign out from the top bar.
    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/login`);
    await page.goto(`${server.url}/p/DCM`);
    await page.waitForURL(/\/login\?next=%2Fp%2FDCM$/);
  });
});
