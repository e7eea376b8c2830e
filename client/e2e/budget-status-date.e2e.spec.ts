import { describe, expect, it } from 'vitest';
import { signInUi, useE2E } from './harness.js';

/**
 * A project's budget and currency are chosen when it is made and changed in its settings; earned
 * value tells the budget from the baseline's BAC and flags a plan that costs more than the budget.
 * There is one status date, the project's: earned value and the settings show and change the same.
 */
const e2e = useE2E();

describe('budget, currency and the one status date', () => {
  it('sets a currency and budget on a new project, flags a BAC over budget, and shares one status date', async () => {
    const { server } = e2e;
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signInUi(page, server);

    // A new project in US dollars with a budget, shown in the locale's money format as typed.
    await page.getByRole('button', { name: '+ New project' }).click();
    await page.getByLabel('Key').fill('USD1');
    await page.getByLabel('Name', { exact: true }).fill('Data centre exit');
    await page.getByLabel('Currency').selectOption('USD');
    await page.getByLabel(/^Budget/).fill('120000');
    await page.locator('#p-budget-hint').getByText('US$120,000.00').or(page.locator('#p-budget-hint').getByText('$120,000.00')).waitFor();
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL(`${server.url}/p/USD1`);
    await page.goto(`${server.url}/p/USD1/settings`);
    await page.getByRole('heading', { name: 'Project details' }).waitFor();
    expect(await page.getByLabel('Currency').inputValue()).toBe('USD');
    expect(await page.getByLabel('Budget', { exact: true }).inputValue()).toBe('120000');

    // The demo's budget cut below its baseline's BAC: earned value says so.
    await page.goto(`${server.url}/p/ERP/settings`);
    await page.getByRole('heading', { name: 'Project details' }).waitFor();
    await page.getByLabel('Budget', { exact: true }).fill('1000');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved ✓').first().waitFor();
    await page.goto(`${server.url}/p/ERP/earned-value`);
    await page.getByTestId('budget-vs-bac').waitFor();
    expect(await page.getByTestId('budget-vs-bac').textContent()).toContain('BAC (budget at completion) is the baseline’s total planned cost');
    await page.getByTestId('bac-over-budget').waitFor();

    // The status date set on earned value is the project's: the settings show it, and a change
    // there shows on earned value.
    await page.getByTestId('ev-status-date').fill('2026-11-20');
    await page.getByTestId('ev-status-date').dispatchEvent('change');
    await page.getByText('The project’s status date, the same one the settings show.').waitFor();
    await page.goto(`${server.url}/p/ERP/settings`);
    await expect.poll(() => page.getByLabel('Status date', { exact: true }).inputValue()).toBe('2026-11-20');
    await page.getByLabel('Status date', { exact: true }).fill('2026-11-27');
    await page.getByLabel('Status date', { exact: true }).press('Enter');
    await page.locator('#schedule-settings').getByText('Saved ✓').waitFor();
    await page.goto(`${server.url}/p/ERP/earned-value`);
    await expect.poll(() => page.getByTestId('ev-status-date').inputValue()).toBe('2026-11-27');
  });
});
