import { describe, expect, it } from 'vitest';
import { signInUi, useE2E } from './harness.js';

/**
 * After a baseline, the variance table shows per task and per WBS branch how far the plan moved,
 * can show the late ones only, and uses the one baseline picked on the Gantt or earned value.
 */
const e2e = useE2E();

describe('the variance table', () => {
  it('is reached from the Gantt with its baseline, filters to late tasks, and earned value keeps the same baseline', async () => {
    const { server } = e2e;
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signInUi(page, server);

    // The Gantt: pick the demo's baseline, then open the variance table from there.
    await page.goto(`${server.url}/p/ERP/gantt`);
    await page.getByTestId('gantt-row').first().waitFor();
    const picker = page.getByTestId('baseline-picker');
    const signedOff = await picker.locator('option', { hasText: 'Signed-off plan' }).getAttribute('value');
    await picker.selectOption(signedOff!);
    const chosen = await picker.inputValue();
    expect(chosen).not.toBe('');
    await page.getByTestId('variance-link').click();
    await page.waitForURL(`${server.url}/p/ERP/variance`);
    await page.getByTestId('variance-row').first().waitFor();
    expect(await page.getByTestId('variance-baseline').inputValue()).toBe(chosen);

    // The payroll interface was stretched after the baseline: it finishes later, and so does its branch.
    const payroll = page.locator('[data-testid=variance-row][data-task="Payroll interface"]');
    const cells = await payroll.locator('td').allTextContents();
    expect(cells[2]).toMatch(/^\+/);
    expect(cells[3]).toMatch(/^\+/);
    expect(await page.getByTestId('variance-project').count()).toBe(1);
    const all = await page.getByTestId('variance-row').count();

    // Late ones only: the stretched task stays, tasks on plan go.
    await page.getByTestId('late-only').check();
    await expect.poll(() => page.getByTestId('variance-row').count()).toBeLessThan(all);
    expect(await payroll.count()).toBe(1);
    const finishes = await page.locator('[data-testid=variance-row] td:nth-of-type(3)').allTextContents();
    expect(finishes.every((f) => f.startsWith('+'))).toBe(true);

    // Earned value measures against the same baseline, and links back.
    await page.getByRole('link', { name: 'Earned value' }).first().click();
    await page.waitForURL(`${server.url}/p/ERP/earned-value`);
    await page.getByTestId('ev-indices').waitFor();
    expect(await page.getByTestId('ev-baseline').inputValue()).toBe(chosen);
    await page.getByTestId('variance-link').click();
    await page.getByTestId('variance-row').first().waitFor();
  });
});
