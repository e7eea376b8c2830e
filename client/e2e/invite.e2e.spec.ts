import { describe, expect, it } from 'vitest';
import { screenshot, signInUi, useE2E } from './harness.js';

const e2e = useE2E();

describe('an invitation link', () => {
  it('is shown once to the inviter, brings a newcomer through sign-up and back, joins them once, and then they are a member like any other', async () => {
    const { server } = e2e;
    const owner = await (await e2e.context()).newPage();
    await signInUi(owner, server);
    await owner.goto(`${server.url}/p/ERP/settings`);
    await owner.getByRole('heading', { name: 'Members' }).waitFor();

    await owner.getByLabel('Email', { exact: true }).fill('sam.lee@example.test');
    await owner.getByLabel('Name (optional)').fill('Sam Lee');
    await owner.getByLabel('Role', { exact: true }).selectOption('MEMBER');
    await owner.getByRole('button', { name: 'Get invitation link' }).click();
    const shown = owner.getByTestId('new-invite');
    await shown.waitFor();
    expect(await shown.textContent()).toContain('pass this link on to them yourself');
    await shown.getByRole('button', { name: 'Copy link' }).waitFor();
    const link = await owner.getByTestId('invite-url').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/invite/trl_inv_[A-Za-z0-9_-]+$`));
    await owner.getByTestId('invitation-row').filter({ hasText: 'sam.lee@example.test' }).waitFor();
    await shown.scrollIntoViewIfNeeded();
    await screenshot(owner, 'invite-link-shown');
    // Shown once: after a reload only the pending row is left.
    await owner.reload();
    await owner.getByTestId('invitation-row').filter({ hasText: 'Sam Lee' }).waitFor();
    expect(await owner.getByTestId('new-invite').count()).toBe(0);

    // The newcomer opens the link, is not signed in, creates an account and comes back to accept.
    const sam = await (await e2e.context()).newPage();
    await sam.goto(link);
    await sam.getByRole('heading', { name: 'Join ERP migration' }).waitFor();
    expect(await sam.getByTestId('invite-offer').textContent()).toMatch(/Alex Morgan invited you to ERP migration\s*\(ERP\)\s*as member/);
    await screenshot(sam, 'invite-signed-out');
    await sam.getByRole('link', { name: 'Create an account' }).click();
    await sam.waitForURL(/\/signup\?next=%2Finvite%2Ftrl_inv_/);
    await sam.getByLabel('Full name').fill('Sam Lee');
    await sam.getByLabel('Work email').fill('sam.lee@example.test');
    await sam.getByLabel('Password').fill('a long enough password');
    await sam.getByRole('button', { name: 'Create account' }).click();
    await sam.waitForURL(link);
    await sam.getByText('You are signed in as Sam Lee').waitFor();
    await screenshot(sam, 'invite-signed-in');
    await sam.getByRole('button', { name: 'Accept invitation' }).click();
    await sam.waitForURL(`${server.url}/p/ERP`);
    await sam.getByRole('heading', { name: 'ERP migration' }).waitFor();

    // Used once: someone else with the same link is told so and gets nothing.
    const other = await (await e2e.context()).newPage();
    await other.goto(`${server.url}/signup?next=${encodeURIComponent(new URL(link).pathname)}`);
    await other.getByLabel('Full name').fill('Not Sam');
    await other.getByLabel('Work email').fill('not.sam@example.test');
    await other.getByLabel('Password').fill('a long enough password');
    await other.getByRole('button', { name: 'Create account' }).click();
    await other.waitForURL(link);
    await other.getByText('This invitation link has already been used.').waitFor();
    expect(await other.getByRole('button', { name: 'Accept invitation' }).count()).toBe(0);
    await sam.goto(link);
    await sam.getByText('You are a member of this project.').waitFor();

    // The owner's open page shows Sam among the members and no longer waiting, without a reload;
    // then changes the role and removes them.
    const samRow = owner.getByTestId('member-row').filter({ hasText: 'Sam Lee' });
    await samRow.waitFor();
    await expect.poll(() => owner.getByTestId('invitation-row').filter({ hasText: 'Sam Lee' }).count()).toBe(0);
    await samRow.getByLabel('Role of Sam Lee').selectOption('VIEWER');
    await expect.poll(() => samRow.getByLabel('Role of Sam Lee').inputValue()).toBe('VIEWER');
    await samRow.getByRole('button', { name: 'Remove Sam Lee' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => samRow.count()).toBe(0);
  });

  it('a link that was never made, or was withdrawn, says so; on a phone the page fits', async () => {
    const { server } = e2e;
    const page = await (await e2e.context({ width: 390, height: 844 })).newPage();
    await page.goto(`${server.url}/invite/trl_inv_not-a-real-link`);
    await page.getByText('This invitation link is not valid.').waitFor();

    const owner = await (await e2e.context({ width: 390, height: 844 })).newPage();
    await signInUi(owner, server);
    await owner.goto(`${server.url}/p/ERP/settings`);
    await owner.getByLabel('Email', { exact: true }).fill('kim.park@example.test');
    await owner.getByRole('button', { name: 'Get invitation link' }).click();
    const link = await owner.getByTestId('invite-url').inputValue();
    await owner.getByTestId('new-invite').scrollIntoViewIfNeeded();
    await screenshot(owner, 'invite-link-shown-phone');
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto(link);
    await page.getByRole('link', { name: 'Sign in to accept' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'invite-signed-out-phone');

    await owner.getByTestId('invitation-row').filter({ hasText: 'kim.park@example.test' }).getByRole('button', { name: /Withdraw/ }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click();
    await page.reload();
    await page.getByText('This invitation link was withdrawn.').waitFor();
  });
});
