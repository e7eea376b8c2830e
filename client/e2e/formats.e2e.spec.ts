import { describe, expect, it } from 'vitest';
import { demoCookie, gql, signInUi, useE2E } from './harness.js';

/**
 * Dates, times and money follow the browser's locale and time zone, the same way on every page:
 * the outline, the charter's approval history and the earned-value budget.
 */
const e2e = useE2E();

const SETTINGS = [
  { locale: 'en-US', timezoneId: 'America/New_York' },
  { locale: 'de-DE', timezoneId: 'Asia/Tokyo' },
];

/** A LocalDate as the locale writes it with its year (no time zone: a calendar day). */
const day = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

describe('one date and number style, from the browser', () => {
  for (const { locale, timezoneId } of SETTINGS) {
    it(`${locale} in ${timezoneId}`, async () => {
      const { server, browser } = e2e;
      const cookie = await demoCookie(server);
      type Q = { project: { charter: { decisions: { decision: string; createdAt: string }[] }; tasks: { nodes: { name: string; finish: string | null }[] } } };
      const data = (await gql<Q>(server, '{ project(key: "ERP") { charter { decisions { decision createdAt } } tasks(first: 200) { nodes { name finish } } } }', {}, { cookie })).data!.project;
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale, timezoneId });
      ctx.setDefaultTimeout(15_000);
      try {
        const page = await ctx.newPage();
        await signInUi(page, server);

        // The outline: a task's scheduled finish, in the locale's words, with its year.
        const task = data.tasks.nodes.find((t) => t.name === 'Go-live' && t.finish)!;
        await page.goto(`${server.url}/p/ERP`);
        const row = page.getByTestId('task-row').filter({ has: page.locator('.task-name', { hasText: /^Go-live$/ }) });
        await row.waitFor();
        expect(await row.locator('td.c-date').nth(1).getAttribute('title')).toBe(`Scheduled finish ${day(locale, task.finish!)}`);

        // The charter: the time of the approval, in the browser's time zone.
        const approved = data.charter.decisions.find((d) => d.decision === 'APPROVED')!;
        await page.goto(`${server.url}/p/ERP/charter`);
        const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: timezoneId }).format(new Date(approved.createdAt));
        await page.getByTestId('charter-history').locator('time').first().waitFor();
        expect(await page.getByTestId('charter-history').locator('time').first().textContent()).toBe(when);

        // Money: the project's budget in its currency, as the locale writes amounts.
        await page.goto(`${server.url}/p/ERP/earned-value`);
        const budget = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(868_000); // the demo's 850,000 plus the 18,000 its approved change request added
        await page.getByTestId('budget-vs-bac').waitFor();
        expect(await page.getByTestId('budget-vs-bac').textContent()).toContain(budget);
      } finally {
        await ctx.close();
      }
    });
  }
});
