import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, screenshot, signInUi, useE2E } from './harness.js';

const e2e = useE2E();

/**
 * A project started weeks ago with one costed task, a baseline, and no progress or cost yet. Its
 * status date is set before the start, so the unstarted task is scheduled (and baselined) from the start.
 */
async function projectBeforeWorkStarts(): Promise<{ key: string; taskId: string }> {
  const { server } = e2e;
  const cookie = await demoCookie(server);
  const key = 'EVZ';
  const made = await gql<{ projectCreate: { project: { id: string } } }>(
    server,
    'mutation { projectCreate(input: { key: "EVZ", name: "Warehouse scanners", startDate: "2026-11-02" }) { project { id } } }',
    {},
    { cookie },
  );
  expect(made.errors).toBeUndefined();
  const projectId = made.data!.projectCreate.project.id;
  const plan = {
    format: 'trellis-plan',
    version: 1,
    project: { name: 'Warehouse scanners', start: '2026-11-02T08:00', statusDate: '2026-11-01T17:00' },
    calendars: [],
    resources: [],
    assignments: [],
    baselines: [],
    costEntries: [],
    tasks: [{ id: 'roll', name: 'Scanner roll-out', parentId: null, order: 0, kind: 'TASK', durationDays: 40 }],
    links: [],
  };
  const imported = await gql(server, 'mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }', { i: { projectId, format: 'TRELLIS_JSON', content: JSON.stringify(plan) } }, { cookie });
  expect(imported.errors).toBeUndefined();
  const tasks = await gql<{ project: { tasks: { nodes: { id: string }[] } } }>(server, `{ project(key: "${key}") { tasks(first: 10) { nodes { id } } } }`, {}, { cookie });
  const taskId = tasks.data!.project.tasks.nodes[0]!.id;
  const team = await gql<{ resourceCreate: { resource: { id: string } } }>(
    server,
    'mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }',
    { i: { projectId, name: 'Field engineers', maxUnits: 2, standardRate: 60 } },
    { cookie },
  );
  expect(team.errors).toBeUndefined();
  const assigned = await gql(server, 'mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }', {
    i: { taskId, resourceId: team.data!.resourceCreate.resource.id, units: 1 },
  }, { cookie });
  expect(assigned.errors).toBeUndefined();
  const saved = await gql(server, 'mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Approved plan") { baseline { id } } }', { p: projectId }, { cookie });
  expect(saved.errors).toBeUndefined();
  return { key, taskId };
}

/** The earned-value page measured at 20 November, three weeks into the task. */
async function openEv(page: Page, key: string): Promise<void> {
  await page.goto(`${e2e.server.url}/p/${key}/earned-value`);
  await page.getByTestId('ev-indices').waitFor();
  await page.getByTestId('ev-status-date').fill('2026-11-20');
  await page.getByTestId('ev-status-date').dispatchEvent('change');
}

const text = async (page: Page, id: string) => ((await page.getByTestId(id).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('earned value before work starts, and forms that say what is wrong', () => {
  it('shows SPI 0.00 and a defined EAC and VAC when work is planned but none earned or paid', async () => {
    const { key, taskId } = await projectBeforeWorkStarts();
    const page = await (await e2e.context()).newPage();
    await signInUi(page, e2e.server);
    await openEv(page, key);
    // The status date is the project's: it is stored first, then the figures are measured at it.
    await expect.poll(() => page.getByTestId('kpi-spi').locator('.k-value').textContent(), { timeout: 10_000 }).toBe('0.00');
    const spi = await text(page, 'kpi-spi');
    expect(spi).toContain('Behind schedule: no work earned yet');
    expect(spi).not.toMatch(/nothing planned/i);
    expect(await page.getByTestId('kpi-spi').getAttribute('data-health')).toBe('bad');
    expect(await text(page, 'kpi-cpi')).toContain('CPI undefined: no cost recorded yet');
    // PV above zero, EV and AC zero: EAC at the budget rate is the budget, and VAC is zero.
    const bac = (await page.getByTestId('kpi-bac').locator('.k-value').textContent())!.trim();
    expect(bac).toMatch(/\d/);
    expect(await text(page, 'kpi-bac')).toMatch(/PV €[1-9]/);
    expect((await page.getByTestId('kpi-eac').locator('.k-value').textContent())!.trim()).toBe(bac);
    expect(await page.getByTestId('kpi-eac').getAttribute('data-method')).toBe('budget-rate');
    expect(await text(page, 'kpi-eac')).toContain('AC + (BAC − EV)');
    expect((await page.getByTestId('kpi-vac').locator('.k-value').textContent())!.trim()).toBe('€0');
    expect(await text(page, 'ev-indices')).not.toContain('—');
    // The table's undefined cells say n/a and why.
    const projectRow = page.getByTestId('ev-row').first();
    expect(await projectRow.textContent()).not.toContain('—');
    expect(await projectRow.locator('td').nth(7).getAttribute('title')).toBe('CPI undefined: no cost recorded yet');
    await page.getByTestId('ev-table-na').waitFor();
    await screenshot(page, 'ev-before-work');

    // The cost form explains a negative amount and negative hours instead of greying the button out.
    const form = page.getByTestId('cost-form');
    await form.getByLabel('Task').selectOption(taskId);
    await form.getByLabel(/Amount/).fill('-120');
    await form.getByLabel('Hours').fill('-2');
    expect(await page.getByTestId('cost-amount-error').textContent()).toContain('Cannot be negative');
    expect(await page.getByTestId('cost-hours-error').textContent()).toContain('Cannot be negative');
    expect(await form.getByLabel(/Amount/).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel(/Amount/).getAttribute('aria-describedby')).toBe('cost-amount-error');
    expect(await page.getByTestId('add-cost').isDisabled()).toBe(false);
    await page.getByTestId('cost-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'cost-form-negative');

    // A 40-hour week: the day cap is named, and the hours are booked as one entry per working day.
    await form.getByLabel(/Amount/).fill('2400');
    await form.getByLabel('Hours').fill('40');
    expect(await page.getByTestId('cost-hours-error').textContent()).toBe('One entry covers one day: at most 24 hours. Split 40 hours over 5 working days of 8 hours instead.');
    await form.getByLabel('Date').fill('2026-11-16');
    await page.getByTestId('cost-split').click();
    await expect.poll(() => page.getByTestId('cost-entry').count()).toBe(5);
    await expect.poll(() => page.getByTestId('kpi-cpi').locator('.k-value').textContent()).toBe('0.00');
    await screenshot(page, 'cost-form-split');

    const phone = await (await e2e.context({ width: 390, height: 844 })).newPage();
    await signInUi(phone, e2e.server);
    await openEv(phone, key);
    await expect.poll(() => phone.getByTestId('kpi-spi').locator('.k-value').textContent()).toBe('0.00');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'ev-before-work-phone');
    await phone.getByTestId('cost-form').getByLabel(/Amount/).fill('-5');
    await phone.getByTestId('cost-form').scrollIntoViewIfNeeded();
    await screenshot(phone, 'cost-form-negative-phone');
  });

  it('the new-project form shows every field error at once', async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const page = await (await e2e.context(viewport)).newPage();
      await signInUi(page, e2e.server);
      await page.getByRole('button', { name: '+ New project' }).first().click();
      await page.getByLabel('Key').fill('1x');
      await page.getByLabel('Start date').fill('2027-03-01');
      await page.getByLabel('Target finish').fill('2027-01-04');
      await page.getByRole('button', { name: 'Create project' }).click();
      await page.getByTestId('key-error').waitFor();
      expect(await page.getByTestId('key-error').textContent()).toContain('start with a letter');
      expect(await page.getByTestId('name-error').textContent()).toBe('Project name is required');
      expect(await page.getByTestId('finish-error').textContent()).toBe('Target finish must not be before the start date');
      for (const [label, error] of [['Key', 'p-key-error'], ['Name', 'p-name-error'], ['Target finish', 'p-finish-error']] as const) {
        const field = page.getByLabel(label, { exact: true });
        expect(await field.getAttribute('aria-invalid')).toBe('true');
        expect(await field.getAttribute('aria-describedby')).toContain(error);
      }
      await screenshot(page, `new-project-errors-${viewport.width}`);
      // Fixing one field clears only its message.
      await page.getByLabel('Name', { exact: true }).fill('Scanner pilot');
      await expect.poll(() => page.getByTestId('name-error').count()).toBe(0);
      expect(await page.getByTestId('key-error').count()).toBe(1);

      // Sign-up: every missing field at once.
      const signup = await (await e2e.context(viewport)).newPage();
      await signup.goto(`${e2e.server.url}/signup`);
      await signup.getByLabel('Work email').fill('not-an-address');
      await signup.getByRole('button', { name: 'Create account' }).click();
      expect(await signup.getByTestId('name-error').textContent()).toBe('Enter your name');
      expect(await signup.getByTestId('email-error').textContent()).toContain('name@example.com');
      expect(await signup.getByTestId('password-error').textContent()).toBe('Use at least 8 characters');
      expect(await signup.getByLabel('Work email').getAttribute('aria-describedby')).toBe('email-error');
      await screenshot(signup, `signup-errors-${viewport.width}`);
    }
  });
});
