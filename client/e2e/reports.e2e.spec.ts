import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { screenshot, signInUi, signUpDemoPerson, useE2E } from './harness.js';

const e2e = useE2E();

const editor = (page: Page) => page.getByTestId('charter-editor-narrative');
/** The narrative's text without the remote carets drawn inside it. */
const text = (page: Page) =>
  editor(page).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return [...copy.children].map((c) => c.textContent ?? '').join('\n').trim();
  });
/** No sideways scroll of the page itself (tables may scroll inside their own box). */
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!);
}

describe('status reports in the browser', () => {
  it('two managers write the narrative together, an override needs a reason, publishing freezes it, and the PDF and Markdown downloads carry it', async () => {
    const { server } = e2e;
    const alex = await (await e2e.context()).newPage();
    await signInUi(alex, server);
    const ana = await (await e2e.context()).newPage();
    await signUpDemoPerson(ana, server, 'Ana Costa', 'ana.costa@trellis.local');

    // The demo's two published reports are listed with their health; Alex starts the third.
    await alex.goto(`${server.url}/p/ERP/reports`);
    await alex.getByTestId('report-row').first().waitFor();
    expect(await alex.getByTestId('report-row').count()).toBe(2);
    expect(await alex.getByTestId('health-over-time').getByTestId('health-badge').count()).toBe(2);
    await screenshot(alex, 'reports-list-1440');
    await alex.getByTestId('report-new').click();
    await alex.waitForURL(`${server.url}/p/ERP/reports/3`);
    await expect.poll(() => alex.getByTestId('report-title').textContent()).toBe('Status report 3');
    // Pre-filled from the plan: every area has a colour and a reason.
    expect(await alex.getByTestId('health-area').count()).toBe(5);

    // Ana opens the same draft; each sees the other in the narrative.
    await ana.goto(`${server.url}/p/ERP/reports/3`);
    await alex.locator('[data-testid=presence-avatar][data-name="Ana Costa"]').waitFor();
    await ana.locator('[data-testid=presence-avatar][data-name="Alex Morgan"]').waitFor();
    await editor(alex).click();
    await editor(ana).click();
    const mine = 'Alex: data migration rehearsal passed.';
    const theirs = 'Ana: payroll interface needs three more days.';
    await alex.keyboard.type(mine, { delay: 10 });
    await expect.poll(() => text(ana), { timeout: 10_000 }).toContain(mine);
    await ana.keyboard.press('Control+End');
    await ana.keyboard.press('Enter');
    await ana.keyboard.type(theirs, { delay: 10 });
    await expect.poll(() => text(alex), { timeout: 10_000 }).toContain(theirs);
    await expect.poll(async () => (await text(alex)) === (await text(ana))).toBe(true);
    await alex.locator('[data-testid=save-status][data-state=saved]').waitFor();
    await ana.locator('[data-testid=save-status][data-state=saved]').waitFor();
    await screenshot(alex, 'report-draft-1440');

    // A period that ends before it starts is refused, with the message at the field.
    await alex.getByTestId('period-end').fill('2020-01-01');
    await alex.getByTestId('report-save').click();
    await alex.getByText('The period ends before it starts').waitFor();
    await alex.reload();
    await editor(alex).waitFor();

    // An override without a reason is refused at the reason; with one, it shows beside the computed colour.
    const risks = alex.locator('[data-testid=override-row][data-area=RISKS]');
    await risks.getByTestId('override-colour').selectOption('GREEN');
    await alex.getByTestId('report-save').click();
    await risks.getByText('an override needs a reason').waitFor();
    await risks.getByTestId('override-reason').fill('Mitigation agreed with the vendor on Monday');
    await alex.getByTestId('report-save').click();
    const riskArea = alex.locator('[data-testid=health-area][data-area=RISKS]');
    await riskArea.getByText('Override: Mitigation agreed with the vendor on Monday').waitFor();
    expect(await riskArea.getByTestId('health-badge').first().getAttribute('data-colour')).toBe('GREEN');

    // Publishing freezes it: the narrative becomes text, the editor and the settings go away.
    await alex.getByTestId('report-publish').click();
    await alex.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => alex.getByTestId('report-state').textContent()).toContain('Published');
    const frozen = await alex.getByTestId('narrative-text').textContent();
    expect(frozen).toContain(mine);
    expect(frozen).toContain(theirs);
    expect(await alex.getByTestId('report-save').count()).toBe(0);
    const overall = await alex.getByTestId('report-health').getByTestId('health-badge').first().getAttribute('data-colour');
    await ana.reload();
    await ana.getByTestId('narrative-text').waitFor();
    expect(await ana.getByTestId('charter-editor-narrative').count()).toBe(0);
    await screenshot(alex, 'report-published-1440');
    await alex.locator('figure').first().scrollIntoViewIfNeeded();
    await screenshot(alex, 'report-charts-1440');

    // The PDF's first page names the report and its health; the Markdown carries the narrative.
    const pdf = await download(alex, 'download-pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const parsed = new PDFParse({ data: new Uint8Array(pdf) });
    const first = (await parsed.getText({ partial: [1] })).text;
    await parsed.destroy();
    expect(first).toContain('Status report 3');
    expect(first).toContain(`Overall health: ${overall}`);
    expect(first).toContain('Mitigation agreed with the vendor on Monday');
    expect(first).toContain(mine);
    const md = (await download(alex, 'download-md')).toString('utf8');
    expect(md).toContain('# ERP migration — Status report 3');
    expect(md).toContain(`**Overall health: ${overall}**`);
    expect(md).toContain(theirs);
  });

  it('a stakeholder link opens the latest published report without signing in, and stops when revoked', async () => {
    const { server } = e2e;
    const alex = await (await e2e.context()).newPage();
    await signInUi(alex, server);
    await alex.goto(`${server.url}/p/ERP/reports`);

    // The health rules: an unsound pair is refused at its field; a sound change is kept.
    await alex.getByText('Health rules').click();
    await alex.getByTestId('rule-spiRed').fill('0.99');
    await alex.getByRole('button', { name: 'Save rules' }).click();
    await alex.getByText('SPI red must be below SPI amber').waitFor();
    await alex.getByTestId('rule-spiRed').fill('0.8');
    await alex.getByRole('button', { name: 'Save rules' }).click();
    await alex.getByText('drafts use these rules from now on').waitFor();
    await alex.reload();
    await alex.getByText('Health rules').click();
    await expect.poll(() => alex.getByTestId('rule-spiRed').inputValue()).toBe('0.8');

    await alex.getByTestId('report-link-name').fill('Steering committee');
    await alex.getByRole('button', { name: 'Create link' }).click();
    const url = (await alex.getByTestId('report-link-new').locator('code').textContent())!;
    expect(url).toContain('/report/trl_report_');

    for (const [name, viewport] of [
      ['1440', { width: 1440, height: 900 }],
      ['390', { width: 390, height: 844 }],
    ] as const) {
      const visitor = await (await e2e.context(viewport)).newPage();
      await visitor.goto(url);
      await visitor.getByTestId('report-title').waitFor();
      expect(await visitor.getByTestId('report-history').locator('li').count()).toBeGreaterThanOrEqual(2);
      expect(await noSidewaysScroll(visitor)).toBe(true);
      await screenshot(visitor, `report-stakeholder-${name}`);
      if (name === '390') {
        // The signed-in pages at phone width too.
        const phone = await (await e2e.context(viewport)).newPage();
        await signInUi(phone, server);
        await phone.goto(`${server.url}/p/ERP/reports`);
        await phone.getByTestId('report-row').first().waitFor();
        expect(await noSidewaysScroll(phone)).toBe(true);
        await screenshot(phone, 'reports-list-390');
        await phone.goto(`${server.url}/p/ERP/reports/2`);
        await phone.getByTestId('narrative-text').waitFor();
        expect(await noSidewaysScroll(phone)).toBe(true);
        await screenshot(phone, 'report-published-390');
      }
    }

    alex.once('dialog', (d) => void d.accept());
    await alex.getByRole('button', { name: 'Revoke' }).first().click();
    await expect.poll(() => alex.getByRole('button', { name: 'Revoke' }).count()).toBe(0);
    const late = await (await e2e.context()).newPage();
    await late.goto(url);
    await late.getByRole('heading', { name: 'This link does not work' }).waitFor();
  });
});
