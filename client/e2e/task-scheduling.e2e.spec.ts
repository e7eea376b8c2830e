import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, screenshot, signInUi, signUpDemoViewer, useE2E } from './harness.js';

const e2e = useE2E();

type Row = { id: string; key: string; name: string; version: number; constraintType: string; constraintDate: string | null; deadline: string | null; scheduled: { start: string; finish: string; critical: boolean } };

async function task(cookie: string, name: string): Promise<Row> {
  const r = await gql<{ project: { tasks: { nodes: Row[] } } }>(
    e2e.server,
    '{ project(key: "ERP") { tasks(first: 500) { nodes { id key name version constraintType constraintDate deadline scheduled { start finish critical } } } } }',
    {},
    { cookie },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.project.tasks.nodes.find((t) => t.name === name)!;
}

/** `YYYY-MM-DDTHH:MM` a number of whole days after another. */
function daysAfter(wallClock: string, days: number): string {
  const d = new Date(`${wallClock}:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 16);
}

async function openDrawer(page: Page, key: string) {
  await page.goto(`${e2e.server.url}/p/ERP`);
  await page.getByRole('button', { name: `Open ${key} details` }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByTestId('task-scheduling').waitFor();
  return drawer;
}

describe('a task\'s schedule in its details drawer', () => {
  it('shows where the task sits in the schedule; a constraint, a deadline and a calendar are set there, and bad input saves nothing', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const before = await task(cookie, 'Security & roles design');
    const page = await (await e2e.context()).newPage();
    await signInUi(page, server);
    const drawer = await openDrawer(page, before.key);
    const section = drawer.getByTestId('task-scheduling');

    // Its computed dates and floats; it has float, so it is not critical.
    await expect.poll(() => section.getByTestId('scheduled-start').textContent(), { timeout: 10_000 }).toContain(`${before.scheduled.start.slice(11)}`);
    expect(await section.getByTestId('critical-badge').count()).toBe(0);
    expect(await section.textContent()).toContain('Total float');

    // A constraint that needs a date starts from the scheduled start; cleared, it is refused before anything is sent.
    await section.getByLabel('Constraint', { exact: true }).selectOption({ label: 'Must start on' });
    expect(await section.getByLabel('Constraint date').inputValue()).toBe(before.scheduled.start);
    await section.getByLabel('Constraint date').fill('');
    await section.getByRole('button', { name: 'Save schedule' }).click();
    await section.getByText('This constraint needs a date and time').waitFor();
    expect(await section.getByLabel('Constraint date').getAttribute('aria-invalid')).toBe('true');
    expect((await task(cookie, before.name)).constraintType).toBe('ASAP');

    // Must start a week later: the schedule moves it there.
    const mustStart = daysAfter(before.scheduled.start, 7);
    await section.getByLabel('Constraint date').fill(mustStart);
    await section.getByRole('button', { name: 'Save schedule' }).click();
    await section.getByText('Saved ✓').waitFor();
    await expect.poll(async () => (await task(cookie, before.name)).scheduled.start, { timeout: 10_000 }).toBe(mustStart);
    expect((await task(cookie, before.name)).constraintType).toBe('MSO');

    // A deadline before its finish: saved, and reported as missed right there.
    const after = await task(cookie, before.name);
    await section.getByLabel('Deadline').fill(daysAfter(after.scheduled.finish, -1));
    await section.getByRole('button', { name: 'Save schedule' }).click();
    await section.getByTestId('task-warning').filter({ hasText: 'Missed deadline' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'task-scheduling');

    // Its own calendar, from the project's calendars.
    const made = await gql<{ calendarCreate: { calendar: { id: string } } }>(server, 'mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }', {
      i: { projectId: (await gql<{ project: { id: string } }>(server, '{ project(key: "ERP") { id } }', {}, { cookie })).data!.project.id, name: 'Security team' },
    }, { cookie });
    expect(made.errors).toBeUndefined();
    await page.keyboard.press('Escape');
    const again = await openDrawer(page, before.key);
    await again.getByTestId('task-scheduling').getByLabel('Calendar').selectOption({ label: 'Security team' });
    await again.getByRole('button', { name: 'Save schedule' }).click();
    await again.getByTestId('task-scheduling').getByText('Saved ✓').waitFor();
    const onCalendar = await gql<{ task: { calendarId: string; deadline: string } }>(server, 'query($id: UUID!) { task(id: $id) { calendarId deadline } }', { id: before.id }, { cookie });
    expect(onCalendar.data!.task.calendarId).toBe(made.data!.calendarCreate.calendar.id);

    // Changed elsewhere while open here: refused, and their version can be loaded.
    const current = await task(cookie, before.name);
    const elsewhere = await gql(server, 'mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }', {
      i: { id: before.id, version: current.version, deadline: null },
    }, { cookie });
    expect(elsewhere.errors).toBeUndefined();
    const section2 = again.getByTestId('task-scheduling');
    await section2.getByLabel('Constraint', { exact: true }).selectOption({ label: 'As soon as possible' });
    await section2.getByRole('button', { name: 'Save schedule' }).click();
    // The drawer still holds the version it read: nothing is overwritten, and theirs can be loaded.
    await section2.getByText('Someone else changed this task first').waitFor();
    expect((await task(cookie, before.name)).constraintType).toBe('MSO');
    await section2.getByRole('button', { name: 'Load their version' }).click();
    await expect.poll(() => section2.getByLabel('Constraint', { exact: true }).inputValue()).toBe('MSO');
    expect(await section2.getByLabel('Deadline').inputValue()).toBe('');
  });

  it('is read-only for a viewer', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const row = await task(cookie, 'Interface inventory');
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signUpDemoViewer(page, server);
    const drawer = await openDrawer(page, row.key);
    const section = drawer.getByTestId('task-scheduling');
    await section.getByTestId('critical-badge').waitFor({ timeout: 10_000 });
    expect(await section.getByLabel('Constraint', { exact: true }).isDisabled()).toBe(true);
    expect(await section.getByLabel('Deadline').isDisabled()).toBe(true);
    expect(await section.getByRole('button', { name: 'Save schedule' }).count()).toBe(0);
  });
});
