import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, screenshot, signInUi, signUpDemoViewer, useE2E } from './harness.js';

const e2e = useE2E();

type Plan = {
  project: {
    id: string;
    plan: { calendarId: string | null; statusDate: string | null };
    schedule: { finish: string };
    calendars: { id: string; name: string; version: number; workWeek: { day: number; times: { from: string; to: string }[] }[]; exceptions: { name: string; from: string; to: string; working: boolean }[] }[];
  };
};
const PLAN = '{ project(key: "ERP") { id plan { calendarId statusDate } schedule { finish } calendars { id name version workWeek { day times { from to } } exceptions { name from to working } } } }';

async function plan(cookie: string): Promise<Plan['project']> {
  const r = await gql<Plan>(e2e.server, PLAN, {}, { cookie });
  expect(r.errors).toBeUndefined();
  return r.data!.project;
}

/** `YYYY-MM-DD`, `days` from today (UTC, as the browser context runs in UTC). */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first Monday at least `days` from today. */
function mondayFrom(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function openSettings(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/p/ERP/settings`);
  await page.getByRole('heading', { name: 'Working calendars' }).waitFor();
}

const row = (page: Page, name: string) => page.locator(`[data-testid=calendar-row][data-calendar="${name}"]`);
const exceptionNames = (page: Page) => page.getByTestId('exception-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));

describe('planning settings: working calendars, the project calendar and the status date', () => {
  it('a manager creates a four-day week with a holiday, makes it the project calendar, sets a status date, and deletes it again', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const before = await plan(cookie);
    expect(before.calendars).toEqual([]);
    expect(before.plan.calendarId).toBeNull();

    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signInUi(page, server);
    await openSettings(page);

    // No calendars: the project is on the standard week.
    const cards = page.getByTestId('work-calendars');
    await cards.getByText('No calendars yet').waitFor();
    await cards.getByText('The project uses the standard calendar (Mon–Fri 08:00–12:00, 13:00–17:00)').waitFor();
    expect(await page.getByLabel('Project calendar', { exact: true }).locator('option:checked').textContent()).toBe('Standard (Mon–Fri 08:00–12:00, 13:00–17:00)');
    await page.evaluate(() => document.getElementById('schedule-settings')?.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'settings-calendars-empty');

    // A new calendar: the form starts on the standard week, the name field focused.
    await cards.getByRole('button', { name: 'Add calendar' }).click();
    const form = page.getByTestId('calendar-form');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toMatch(/Four-day week/);
    expect(await form.getByLabel('Working times on Monday').inputValue()).toBe('08:00–12:00, 13:00–17:00');
    expect(await form.getByRole('group', { name: 'Saturday' }).getByRole('button', { name: 'Non-working' }).getAttribute('aria-pressed')).toBe('true');

    // Nothing is sent without a name, nor with a span that ends before it starts.
    await form.getByLabel('Working times on Monday').fill('17:00-08:00');
    await form.getByLabel('Working times on Monday').press('Enter');
    await form.getByText('Give the calendar a name').waitFor();
    await form.getByText('Monday: 17:00–08:00 ends before it starts: a working time must end after it starts').waitFor();
    expect(await form.getByLabel('Working times on Monday').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Name').fill('Four-day week');
    await form.getByRole('group', { name: 'Friday' }).getByRole('button', { name: 'Non-working' }).click();
    expect(await form.getByLabel('Working times on Friday').count()).toBe(0);
    await form.getByLabel('Working times on Monday').press('Enter');
    await form.getByText('Monday: 17:00–08:00 ends before it starts', { exact: false }).waitFor();
    await screenshot(page, 'calendar-form-error');
    expect((await plan(cookie)).calendars).toEqual([]);

    // Fixed: Enter creates it; the row says which days work.
    await form.getByLabel('Working times on Monday').fill('8-12, 13:00 - 17:00');
    await form.getByLabel('Working times on Monday').press('Enter');
    await form.waitFor({ state: 'detached' });
    const four = row(page, 'Four-day week');
    await expect.poll(() => four.getByTestId('calendar-days').textContent()).toBe('Mon–Thu');
    expect(await four.textContent()).toContain('08:00–12:00, 13:00–17:00');
    expect(await four.textContent()).toContain('8 h');
    expect(await four.getByTestId('project-calendar-badge').count()).toBe(0);
    // Focus goes back to the new row's edit button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Four-day week');
    const made = (await plan(cookie)).calendars;
    expect(made.map((c) => c.name)).toEqual(['Four-day week']);
    expect(made[0]!.workWeek.find((d) => d.day === 1)!.times).toEqual([{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }]);
    expect(made[0]!.workWeek.find((d) => d.day === 5)!.times).toEqual([]);

    // Exceptions: a closure whose last day is before its first is refused and nothing is saved.
    await four.getByTestId('exceptions-toggle').click();
    const exceptions = page.getByTestId('calendar-exceptions');
    await exceptions.getByText('No exceptions').waitFor();
    const holiday = mondayFrom(14);
    await exceptions.getByLabel('Name').fill('Office move');
    await exceptions.getByLabel('From').fill(isoDay(40));
    await exceptions.getByLabel(/^To/).fill(isoDay(38));
    await exceptions.getByLabel(/^To/).press('Enter');
    await exceptions.getByText('The last day must not be before the first').waitFor();
    expect((await plan(cookie)).calendars[0]!.exceptions).toEqual([]);
    await exceptions.getByLabel(/^To/).fill(isoDay(41));
    await exceptions.getByRole('button', { name: 'Add exception' }).click();
    await expect.poll(() => exceptionNames(page)).toEqual(['Office move']);
    // A holiday on a working Monday, earlier: listed first.
    await exceptions.getByLabel('Name').fill('Founders day');
    await exceptions.getByLabel('From').fill(holiday);
    await exceptions.getByLabel('Name').press('Enter');
    await expect.poll(() => exceptionNames(page)).toEqual(['Founders day', 'Office move']);
    await expect.poll(() => four.getByTestId('exceptions-toggle').textContent()).toContain('2 exceptions');
    expect(await exceptions.getByTestId('exception-row').first().textContent()).toContain('Non-working');
    await screenshot(page, 'calendar-exceptions');
    // Remove the move again.
    await exceptions.getByRole('button', { name: 'Remove Office move' }).click();
    await expect.poll(() => exceptionNames(page)).toEqual(['Founders day']);
    expect((await plan(cookie)).calendars[0]!.exceptions).toEqual([{ name: 'Founders day', from: holiday, to: holiday, working: false }]);

    // Make it the project calendar: the plan now takes longer.
    const schedule = page.getByTestId('schedule-settings');
    const save = schedule.getByRole('button', { name: 'Save schedule settings' });
    expect(await save.isDisabled()).toBe(true);
    await page.getByLabel('Project calendar', { exact: true }).selectOption({ label: 'Four-day week (Mon–Thu)' });
    await save.click();
    await schedule.getByText('Saved ✓').waitFor();
    await four.getByTestId('project-calendar-badge').waitFor();
    const onFourDays = await plan(cookie);
    expect(onFourDays.plan.calendarId).toBe(made[0]!.id);
    expect(onFourDays.schedule.finish > before.schedule.finish).toBe(true);
    await expect.poll(() => schedule.getByTestId('plan-span').textContent()).toContain(new Date(`${onFourDays.schedule.finish.slice(0, 10)}T12:00Z`).getUTCFullYear().toString());

    // The status date, typed and saved with Enter.
    const statusDate = isoDay(-2);
    await page.getByLabel('Status date', { exact: true }).fill(statusDate);
    await page.getByLabel('Status date', { exact: true }).press('Enter');
    await schedule.getByText('Saved ✓').waitFor();
    await expect.poll(async () => (await plan(cookie)).plan.statusDate).toBe(statusDate);
    await page.evaluate(() => document.getElementById('schedule-settings')?.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'settings-calendars');

    // After a reload everything is still there.
    await openSettings(page);
    await four.getByTestId('project-calendar-badge').waitFor();
    expect(await page.getByLabel('Project calendar', { exact: true }).locator('option:checked').textContent()).toBe('Four-day week (Mon–Thu)');
    expect(await page.getByLabel('Status date', { exact: true }).inputValue()).toBe(statusDate);
    expect(await four.getByTestId('exceptions-toggle').textContent()).toContain('1 exception');
    expect(await four.getByTestId('calendar-days').textContent()).toBe('Mon–Thu');

    // Editing: Escape leaves it as it was; a change made elsewhere meanwhile is not overwritten.
    await page.getByRole('button', { name: 'Edit Four-day week' }).click();
    await form.getByLabel('Name').fill('Four-day week (trial)');
    await form.getByLabel('Name').press('Escape');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Four-day week');
    await page.getByRole('button', { name: 'Edit Four-day week' }).click();
    await form.getByLabel('Hours per day').fill('10');
    const current = (await plan(cookie)).calendars[0]!;
    const elsewhere = await gql(server, 'mutation($i: CalendarUpdateInput!) { calendarUpdate(input: $i) { calendar { id } } }', {
      i: { id: current.id, version: current.version, name: 'Four-day week' , hoursPerDay: 7.5 },
    }, { cookie });
    expect(elsewhere.errors).toBeUndefined();
    await form.getByLabel('Hours per day').press('Enter');
    await form.getByText('Someone else changed this calendar while you were editing it.').waitFor();
    expect((await plan(cookie)).calendars[0]!.version).toBe(current.version + 1);
    await form.getByRole('button', { name: 'Load their version' }).click();
    expect(await form.getByLabel('Hours per day').inputValue()).toBe('7.5');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => four.textContent()).toContain('7.5 h');

    // A calendar based on it: its days follow the base unless set here; Wednesday is set off.
    await cards.getByRole('button', { name: 'Add calendar' }).click();
    await form.getByLabel('Name').fill('Berlin team');
    await form.getByLabel('Based on').selectOption({ label: 'Four-day week' });
    const monday = form.getByRole('group', { name: 'Monday' });
    expect(await monday.getByRole('button', { name: 'As base' }).getAttribute('aria-pressed')).toBe('true');
    await form.getByRole('group', { name: 'Wednesday' }).getByRole('button', { name: 'Non-working' }).click();
    await page.evaluate(() => document.querySelector('[data-testid=calendar-form]')?.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'calendar-form-base');
    await form.getByLabel('Name').press('Enter');
    await form.waitFor({ state: 'detached' });
    const berlin = row(page, 'Berlin team');
    await expect.poll(() => berlin.getByTestId('calendar-days').textContent()).toBe('Mon, Tue, Thu');
    expect(await berlin.textContent()).toContain('Four-day week');
    const based = (await plan(cookie)).calendars.find((c) => c.name === 'Berlin team')!;
    expect(based.workWeek).toEqual([{ day: 3, times: [] }]);
    await berlin.getByTestId('exceptions-toggle').click();
    await page.getByTestId('calendar-exceptions').getByText('It also follows the 1 exception of Four-day week.').waitFor();

    // Delete the four-day week: the dialog says where its tasks, the project and the calendar based on it go.
    await page.getByRole('button', { name: 'Delete Four-day week' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('No task or resource uses it.').waitFor();
    await dialog.getByText('It is the project calendar: the project goes back to the standard calendar').waitFor();
    await dialog.getByText('“Berlin team” is based on it').waitFor();
    await screenshot(page, 'calendar-delete');
    await dialog.getByRole('button', { name: 'Delete calendar' }).click();
    await row(page, 'Four-day week').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByLabel('Project calendar', { exact: true }).locator('option:checked').textContent()).toBe('Standard (Mon–Fri 08:00–12:00, 13:00–17:00)');
    // Without its base, Berlin keeps its Wednesday off and follows the standard week otherwise.
    await expect.poll(() => berlin.getByTestId('calendar-days').textContent()).toBe('Mon, Tue, Thu, Fri');
    const after = await plan(cookie);
    expect(after.calendars.map((c) => c.name)).toEqual(['Berlin team']);
    expect(after.plan.calendarId).toBeNull();
    expect(after.plan.statusDate).toBe(statusDate);
    expect(after.schedule.finish < onFourDays.schedule.finish).toBe(true);

    // The last one goes: the empty state again.
    await page.getByRole('button', { name: 'Delete Berlin team' }).click();
    expect(await dialog.getByText('It is the project calendar').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Delete calendar' }).click();
    await cards.getByText('No calendars yet').waitFor();
    await expect.poll(async () => (await plan(cookie)).calendars).toEqual([]);
    // Focus is not lost: it lands on the empty state's button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Add calendar');
  });

  it('a viewer sees the calendars and settings read-only, and follows changes made elsewhere', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const { id: projectId } = await plan(cookie);
    const cleared = await gql(server, 'mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { statusDate } } }', { i: { projectId, statusDate: null } }, { cookie });
    expect(cleared.errors).toBeUndefined();
    const created = await gql<{ calendarCreate: { calendar: { id: string } } }>(
      server,
      'mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }',
      {
        i: {
          projectId,
          name: 'Night shift',
          hoursPerDay: 7,
          projectCalendar: true,
          workWeek: [1, 2, 3, 4, 5].map((day) => ({ day, times: [{ from: '22:00', to: '24:00' }, { from: '00:00', to: '05:00' }] })),
          exceptions: [
            { name: 'Christmas', from: '2026-12-24', to: '2026-12-26' },
            { name: 'Release night', from: '2026-12-12', working: true, times: [{ from: '20:00', to: '24:00' }] },
          ],
        },
      },
      { cookie },
    );
    expect(created.errors).toBeUndefined();

    // Eva signs up and joins the demo project as a VIEWER through an invitation link.
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signUpDemoViewer(page, server);
    await openSettings(page);

    const schedule = page.getByTestId('schedule-settings');
    await expect.poll(() => schedule.getByTestId('project-calendar').textContent()).toBe('Night shift (Mon–Fri)');
    expect(await schedule.getByTestId('status-date').textContent()).toBe('None');
    expect(await schedule.locator('input, select, button').count()).toBe(0);

    const night = row(page, 'Night shift');
    await night.getByTestId('project-calendar-badge').waitFor();
    expect(await night.textContent()).toContain('22:00–24:00');
    expect(await night.textContent()).toContain('7 h');
    const cards = page.getByTestId('work-calendars');
    expect(await cards.getByRole('button', { name: /^(Add calendar|Edit |Delete )/ }).count()).toBe(0);
    // The exceptions open for reading only.
    await night.getByTestId('exceptions-toggle').click();
    const exceptions = page.getByTestId('calendar-exceptions');
    await exceptions.getByText('Christmas').waitFor();
    expect(await exceptionNames(page)).toEqual(['Release night', 'Christmas']);
    expect(await exceptions.getByTestId('exception-row').first().textContent()).toContain('Working 20:00–24:00');
    // Spacing around the range's dash differs between ICU versions: compare without white space.
    const squeeze = (t: string | null) => (t ?? '').replace(/\s+/g, '');
    expect(squeeze(await exceptions.getByTestId('exception-row').last().textContent())).toContain(squeeze(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(new Date(2026, 11, 24), new Date(2026, 11, 26))));
    expect(await exceptions.textContent()).toContain('3 days');
    expect(await exceptions.locator('input, form').count()).toBe(0);
    expect(await exceptions.getByRole('button', { name: /^Remove/ }).count()).toBe(0);

    // The API refuses her a change all the same.
    const evaCookie = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const refused = await gql(server, 'mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { calendarId } } }', { i: { projectId, calendarId: null } }, { cookie: evaCookie });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    // A manager adds a calendar and sets a status date elsewhere: her page follows.
    const more = await gql(server, 'mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }', { i: { projectId, name: 'Berlin office' } }, { cookie });
    expect(more.errors).toBeUndefined();
    const settings = await gql(server, 'mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { statusDate } } }', { i: { projectId, statusDate: '2026-12-01' } }, { cookie });
    expect(settings.errors).toBeUndefined();
    await row(page, 'Berlin office').waitFor({ timeout: 10_000 });
    expect(await row(page, 'Berlin office').getByTestId('calendar-days').textContent()).toBe('Mon–Fri');
    await expect.poll(() => schedule.getByTestId('status-date').textContent(), { timeout: 10_000 }).toBe('1 Dec 2026');
    await page.evaluate(() => document.getElementById('schedule-settings')?.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'settings-calendars-viewer');
  });

  it('on a phone the calendar form and the exceptions fit the screen', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const { id: projectId } = await plan(cookie);
    const made = await gql(server, 'mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }', {
      i: { projectId, name: 'Site crew', exceptions: [{ name: 'Site closed for the audit', from: '2026-12-07', to: '2026-12-09' }] },
    }, { cookie });
    expect(made.errors).toBeUndefined();
    const ctx = await e2e.context({ width: 390, height: 844 });
    const page = await ctx.newPage();
    await signInUi(page, server);
    await openSettings(page);
    // The project's pages sit on a row of their own in the top bar, in reach without scrolling it.
    const gantt = page.getByRole('navigation', { name: /^Project / }).getByRole('link', { name: 'Gantt' });
    const box = await gantt.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('header.topbar')!;
      return bar.getBoundingClientRect().right <= window.innerWidth && bar.scrollWidth <= bar.clientWidth;
    })).toBe(true);
    await screenshot(page, 'settings-phone-top');
    // Nothing widens the page, not even the hidden labels inside the tables that scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Nothing in the two cards sticks out of the screen or needs scrolling sideways.
    const noSideways = () =>
      page.evaluate(() =>
        ['schedule-settings', 'work-calendars'].every((id) => {
          const card = document.querySelector<HTMLElement>(`[data-testid=${id}]`)!;
          const inner = [card, ...card.querySelectorAll<HTMLElement>('*')].filter((e) => getComputedStyle(e).overflowX !== 'visible' && !e.classList.contains('visually-hidden'));
          return card.getBoundingClientRect().right <= window.innerWidth && inner.every((e) => e.scrollWidth <= e.clientWidth + 1);
        }),
      );

    await row(page, 'Site crew').getByTestId('exceptions-toggle').click();
    await page.getByTestId('calendar-exceptions').getByRole('button', { name: 'Working', exact: true }).click();
    await page.getByTestId('calendar-exceptions').getByLabel(/^Working times/).waitFor();
    await page.getByTestId('calendar-exceptions').scrollIntoViewIfNeeded();
    await screenshot(page, 'calendar-exceptions-phone');
    expect(await noSideways()).toBe(true);

    await page.getByRole('button', { name: 'Add calendar' }).click();
    const form = page.getByTestId('calendar-form');
    await form.getByLabel('Working times on Monday').waitFor();
    expect(await noSideways()).toBe(true);
    await page.evaluate(() => document.querySelector('[data-testid=calendar-form]')?.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'calendar-form-phone');
    await form.getByLabel('Name').press('Escape');
    await form.waitFor({ state: 'detached' });
  });

  it('two windows add holidays to one calendar at the same moment and both are kept; removals and deletes meet changes made meanwhile', async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const projectId = (await plan(cookie)).id;
    const made = await gql<{ calendarCreate: { calendar: { id: string } } }>(server, 'mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }', {
      i: { projectId, name: 'Data centre', exceptions: [{ name: 'Power test', from: isoDay(20) }] },
    }, { cookie });
    expect(made.errors).toBeUndefined();
    const calendarId = made.data!.calendarCreate.calendar.id;
    const exceptionsOf = async () => (await plan(cookie)).calendars.find((c) => c.id === calendarId)!.exceptions.map((e) => e.name).sort();

    const windows: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await (await e2e.context()).newPage();
      await signInUi(page, server);
      await openSettings(page);
      await row(page, 'Data centre').getByTestId('exceptions-toggle').click();
      windows.push(page);
    }
    const [a, b] = windows as [Page, Page];
    const form = (page: Page) => page.getByTestId('calendar-exceptions');
    await form(a).getByLabel('Name').fill('Inventory');
    await form(a).getByLabel('From').fill(isoDay(30));
    await form(b).getByLabel('Name').fill('Cooling upgrade');
    await form(b).getByLabel('From').fill(isoDay(31));
    await Promise.all([a, b].map((page) => form(page).getByRole('button', { name: 'Add exception' }).click()));
    // Neither is refused, and each window shows both (its own at once, the other's live).
    for (const page of [a, b]) await expect.poll(async () => (await exceptionNames(page))?.slice().sort(), { timeout: 10_000 }).toEqual(['Cooling upgrade', 'Inventory', 'Power test']);
    expect(await exceptionsOf()).toEqual(['Cooling upgrade', 'Inventory', 'Power test']);
    expect(await a.getByRole('alert').count()).toBe(0);
    expect(await b.getByRole('alert').count()).toBe(0);

    // Removed elsewhere the moment before window B's remove arrives: B says so and shows the list as it is.
    let removeElsewhere = true;
    await b.route('**/graphql', async (route) => {
      if (removeElsewhere && (route.request().postData() ?? '').includes('mutation CalendarExceptionRemove')) {
        removeElsewhere = false;
        const id = (route.request().postDataJSON() as { variables: { id: string } }).variables.id;
        expect((await gql(server, 'mutation($id: UUID!) { calendarExceptionRemove(id: $id) { exception { id } } }', { id }, { cookie })).errors).toBeUndefined();
      }
      return route.continue();
    });
    await form(b).getByRole('button', { name: 'Remove Power test' }).click();
    await expect.poll(() => exceptionNames(b), { timeout: 10_000 }).toEqual(['Inventory', 'Cooling upgrade']);
    await expect.poll(() => b.getByRole('status').filter({ hasText: 'Power test had already been removed elsewhere.' }).count()).toBe(1);
    expect(await b.getByRole('alert').count()).toBe(0);
    await expect.poll(() => exceptionNames(a), { timeout: 10_000 }).toEqual(['Inventory', 'Cooling upgrade']);

    // The delete dialog counts what uses the calendar, read when it opens.
    const tasks = await gql<{ project: { tasks: { nodes: { id: string; version: number }[] } } }>(server, '{ project(key: "ERP") { tasks(first: 2) { nodes { id version } } } }', {}, { cookie });
    for (const t of tasks.data!.project.tasks.nodes) {
      const r = await gql(server, 'mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }', { i: { id: t.id, version: t.version, calendarId } }, { cookie });
      expect(r.errors).toBeUndefined();
    }
    await a.getByRole('button', { name: 'Delete Data centre' }).click();
    const dialog = a.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('calendar-users').textContent(), { timeout: 10_000 }).toBe('2 tasks use it: they go back to the project calendar.');
    await dialog.getByText('Its 2 exceptions go with it.').waitFor();
    await screenshot(a, 'calendar-delete-in-use');

    // Changed elsewhere just before the delete arrives: refused, the dialog shows it as it is now, and a second click deletes it.
    let changeElsewhere = true;
    await a.route('**/graphql', async (route) => {
      if (changeElsewhere && (route.request().postData() ?? '').includes('mutation CalendarDelete')) {
        changeElsewhere = false;
        const r = await gql(server, 'mutation($i: CalendarExceptionAddInput!) { calendarExceptionAdd(input: $i) { exception { id } } }', { i: { calendarId, name: 'Late addition', from: isoDay(40) } }, { cookie });
        expect(r.errors).toBeUndefined();
      }
      return route.continue();
    });
    await dialog.getByRole('button', { name: 'Delete calendar' }).click();
    await dialog.getByText('“Data centre” was changed elsewhere meanwhile').waitFor();
    await dialog.getByText('Its 3 exceptions go with it.').waitFor();
    expect(await exceptionsOf()).toHaveLength(3);
    await dialog.getByRole('button', { name: 'Delete calendar' }).click();
    await row(a, 'Data centre').waitFor({ state: 'detached' });
    await row(b, 'Data centre').waitFor({ state: 'detached', timeout: 10_000 });
    expect((await plan(cookie)).calendars.some((c) => c.id === calendarId)).toBe(false);
    for (const page of windows) await page.context().close();
  });

  it('a failed load offers a retry, and an error the API names a field for shows next to that field', async () => {
    const { server } = e2e;
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signInUi(page, server);
    // Reading the calendars fails until the server is "back".
    let failLoad = true;
    // The API refuses the next calendar as it would a bad Wednesday (the third day sent, Monday first).
    let refuse: { message: string; field: string } | null = { message: 'A working time must end after it starts', field: 'input.workWeek[2].times[0].to' };
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (failLoad && body.includes('query PlanCalendars')) return route.fulfill({ status: 503, body: '' });
      if (refuse && body.includes('mutation CalendarCreate')) {
        const { message, field } = refuse;
        refuse = null;
        return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }], data: null }) });
      }
      return route.continue();
    });
    await page.goto(`${server.url}/p/ERP/settings`);
    const cards = page.getByTestId('work-calendars');
    await cards.getByText('Could not load the calendars').waitFor();
    await page.getByTestId('schedule-settings').getByText('Could not load the schedule settings').waitFor();
    await page.evaluate(() => document.getElementById('schedule-settings')?.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'calendars-load-error');
    failLoad = false;
    // The demo plan the earlier tests changed may still send a live refresh that gets there first
    // (the button is then gone); either way the list comes back.
    await cards.getByRole('button', { name: 'Try again' }).click({ timeout: 5000 }).catch(() => undefined);
    await cards.getByRole('button', { name: 'Add calendar' }).click();
    expect(await page.getByText('Could not load').count()).toBe(0);
    const form = page.getByTestId('calendar-form');
    await form.getByLabel('Name').fill('Refused');
    await form.getByLabel('Name').press('Enter');
    const wednesday = form.getByLabel('Working times on Wednesday');
    await expect.poll(() => wednesday.getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Wednesday: A working time must end after it starts').waitFor();
    expect(await form.getByLabel('Working times on Monday').getAttribute('aria-invalid')).toBeNull();
    // The field with the error has the keyboard; typing there clears it, and the next try goes through.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Working times on Wednesday');
    await wednesday.fill('08:00-12:00');
    expect(await form.getByText('Wednesday: A working time must end after it starts').count()).toBe(0);
    await wednesday.press('Enter');
    await row(page, 'Refused').waitFor();
    expect(await row(page, 'Refused').textContent()).toContain('hours vary by day');

    // Deleted elsewhere while being edited here: the form closes and says why.
    await page.getByRole('button', { name: 'Edit Refused' }).click();
    await form.getByLabel('Name').fill('Refused, renamed');
    const cookie = await demoCookie(server);
    const refusedId = (await plan(cookie)).calendars.find((c) => c.name === 'Refused')!.id;
    const gone = await gql(server, 'mutation($id: UUID!) { calendarDelete(id: $id) { calendar { id } } }', { id: refusedId }, { cookie });
    expect(gone.errors).toBeUndefined();
    await cards.getByText('“Refused” was deleted elsewhere while you were editing it.').waitFor({ timeout: 10_000 });
    expect(await form.count()).toBe(0);
  });
});
