import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCookie, gql, screenshot, signInUi, useE2E } from './harness.js';

/**
 * Mail seen from the browser, with the built server sending through a real SMTP server in this
 * process: a communication-plan item falls due and its audience gets the mail; the stakeholder
 * follows the unsubscribe link without signing in; the register shows them opted out; the outbox
 * shows what was sent, a failure while the mail server is down, and "Send now" once it is back.
 */
const received: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

function startSmtp(port: number): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  return new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(port, '127.0.0.1', () => {
      smtpPort = (smtp.server.address() as AddressInfo).port;
      resolve();
    });
  });
}
const stopSmtp = () => new Promise<void>((r) => smtp.close(() => r()));

// The server of this file sends through the receiver above and runs its mail worker every second.
await startSmtp(0);
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
process.env.MAIL_INTERVAL_SECONDS = '1';
process.env.MAIL_FROM = 'ERP project <pm@trellis.test>';

const e2e = useE2E();
const SHOTS = '/tmp/shots/mail';

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Today, or the last weekday before it: a one-off on a weekend moves to Monday, but reminders catch up a few days back. */
const today = (() => {
  const d = new Date();
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
})();
const body = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
let cookie: string;
let projectId: string;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(e2e.server, query, variables, { cookie });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

async function until<T>(what: () => T | undefined, label: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = what();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Waited in vain for ${label}`);
}

beforeAll(async () => {
  cookie = await demoCookie(e2e.server);
  projectId = (await ok<{ project: { id: string } }>(`{ project(key: "ERP") { id } }`)).project.id;
});
afterAll(() => stopSmtp());

describe('mail to stakeholders', () => {
  it('a communication item falling due reaches its audience; the unsubscribe link works without signing in; the register and the outbox show it', async () => {
    const stakeholder = (
      await ok(`mutation($i: StakeholderCreateInput!) { stakeholderCreate(input: $i) { stakeholder { id } } }`, {
        i: { projectId, name: 'Otto Mailer', role: 'Works council', email: 'otto.mailer@client.test', interest: 4, influence: 2 },
      })
    ).stakeholderCreate.stakeholder.id as string;
    await ok(`mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`, {
      i: { projectId, kind: 'OTHER', title: 'Works council briefing', channel: 'MEETING', audienceStakeholderIds: [stakeholder], notes: 'Explain the new time sheets', cadence: { kind: 'ONCE', date: today } },
    });
    const mail = await until(() => received.find((m) => m.to.includes('otto.mailer@client.test')), 'the reminder mail');
    expect(mail.raw).toMatch(/^Subject: \[ERP\] Works council briefing, due /m);
    expect(body(mail.raw)).toContain('Purpose: Explain the new time sheets');
    const link = /https?:\/\/[^\s"<>]+\/unsubscribe\/[a-f0-9]{64}/.exec(body(mail.raw))![0];
    const token = link.split('/').pop()!;

    // The stakeholder, not signed in, opens the link from the mail.
    const anon = await (await e2e.context({ width: 390, height: 844 })).newPage();
    await anon.goto(`${e2e.server.url}/unsubscribe/${token}`);
    await anon.getByTestId('unsubscribe-offer').getByText('Otto Mailer').waitFor();
    await shoot(anon, 'unsubscribe-390');
    await anon.getByRole('button', { name: 'Unsubscribe' }).click();
    await anon.getByTestId('unsubscribed').getByText(/receives no more mail/).waitFor();
    await shoot(anon, 'unsubscribed-390');
    // Changed their mind, then back again: the same link undoes it.
    await anon.getByTestId('resubscribe').click();
    await anon.getByTestId('resubscribed').getByText(/receives the mail about/).waitFor();
    await anon.getByRole('button', { name: 'Unsubscribe' }).click();
    await anon.getByTestId('unsubscribed').getByText(/receives no more mail/).waitFor();
    await anon.goto(`${e2e.server.url}/unsubscribe/${'0'.repeat(64)}`);
    await anon.getByRole('alert').getByText('This unsubscribe link is not valid').waitFor();

    // The manager sees it in the register…
    const page = await (await e2e.context()).newPage();
    await signInUi(page, e2e.server);
    await page.goto(`${e2e.server.url}/p/ERP/stakeholders`);
    const otto = page.getByTestId('stakeholder-row').filter({ hasText: 'Otto Mailer' });
    await otto.getByTestId('opted-out').waitFor();
    // …and, when Otto phones to ask for the mail again, switches it on with a word of caution.
    await otto.getByRole('button', { name: 'Edit Otto Mailer' }).click();
    const form = page.getByRole('form', { name: 'Edit Otto Mailer' });
    const receives = form.getByTestId('receives-mail');
    expect(await receives.isChecked()).toBe(false);
    await receives.check();
    await form.getByRole('note').getByText(/Tick this only if they asked/).waitFor();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await otto.getByTestId('opted-out').waitFor({ state: 'detached' });
    const register = await ok(`query($p: UUID!) { project(id: $p) { stakeholders { nodes { name emailOptOut } } } }`, { p: projectId });
    expect(register.project.stakeholders.nodes).toContainEqual({ name: 'Otto Mailer', emailOptOut: false });

    // …and in the outbox, sent, with its recipient.
    await page.goto(`${e2e.server.url}/p/ERP/outbox`);
    const row = page.getByTestId('outbox-row').filter({ hasText: 'Works council briefing' });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('SENT');
    await row.getByText('otto.mailer@client.test').waitFor();
    await row.getByRole('button', { name: 'Show the text' }).click();
    await row.getByText('Explain the new time sheets').waitFor();
    await shoot(page, 'outbox-1440');
  });

  it('while the mail server is down the outbox shows the failure; “Send now” delivers it once the server is back', async () => {
    const port = smtpPort;
    await stopSmtp();
    const stakeholder = (
      await ok(`mutation($i: StakeholderCreateInput!) { stakeholderCreate(input: $i) { stakeholder { id } } }`, {
        i: { projectId, name: 'Dora Down', email: 'dora.down@client.test', interest: 4, influence: 4 },
      })
    ).stakeholderCreate.stakeholder.id as string;
    await ok(`mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`, {
      i: { projectId, kind: 'DEMO', title: 'Sprint demo for finance', channel: 'VIDEO_CALL', audienceStakeholderIds: [stakeholder], cadence: { kind: 'ONCE', date: today } },
    });
    const page = await (await e2e.context({ width: 390, height: 844 })).newPage();
    await signInUi(page, e2e.server);
    const row = page.getByTestId('outbox-row').filter({ hasText: 'Sprint demo for finance' });
    await page.goto(`${e2e.server.url}/p/ERP/outbox`);
    await page.getByRole('heading', { level: 1, name: /outbox/ }).waitFor();
    // The worker queues and tries within a second or two; the open page hears of it live.
    await row.and(page.locator('[data-status=FAILED]')).waitFor({ timeout: 20_000 });
    await row.getByTestId('outbox-error').getByText(/ECONNREFUSED|ESOCKET|ECONNECTION/).waitFor();
    await row.getByText(/Next try by itself/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shoot(page, 'outbox-failed-390');

    await startSmtp(port);
    await row.getByRole('button', { name: /Send .* now/ }).click();
    await until(() => received.find((m) => m.to.includes('dora.down@client.test')), 'the retried mail');
    await page.getByTestId('outbox-row').filter({ hasText: 'Sprint demo for finance' }).and(page.locator('[data-status=SENT]')).waitFor({ timeout: 10_000 });
    expect(received.filter((m) => m.to.includes('dora.down@client.test'))).toHaveLength(1);
  });

  it('a member makes a calendar link in the project settings, sees it once, and it serves the calendar until revoked', async () => {
    const page = await (await e2e.context()).newPage();
    await signInUi(page, e2e.server);
    await page.goto(`${e2e.server.url}/p/ERP/settings`);
    const feeds = page.getByTestId('calendar-feeds');
    await feeds.getByRole('heading', { name: 'Your calendar feed' }).waitFor();
    await feeds.getByLabel('Name of the link').fill('Work calendar');
    await feeds.getByTestId('create-feed').click();
    const url = await feeds.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/ical\/trl_cal_[A-Za-z0-9_-]+\.ics$/);
    await feeds.scrollIntoViewIfNeeded();
    await shoot(page, 'calendar-feed-1440');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    // The demo plan's milestones, as scheduled.
    expect(text).toMatch(/SUMMARY:◆ /);
    await feeds.getByRole('button', { name: 'Revoke calendar feed Work calendar' }).click();
    await feeds.getByText('You have no calendar feed of this project yet.').waitFor();
    expect((await fetch(url)).status).toBe(404);

    // The project's own day, for the communication plan: its time zone, in the schedule settings.
    await page.setViewportSize({ width: 390, height: 844 });
    const zone = page.getByLabel('Time zone');
    await zone.selectOption('Europe/Berlin');
    await page.getByRole('button', { name: 'Save schedule settings' }).click();
    await page.getByText('Saved ✓').waitFor();
    expect(await zone.inputValue()).toBe('Europe/Berlin');
    await zone.scrollIntoViewIfNeeded();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'schedule-time-zone-390.png') });
    await feeds.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'calendar-feed-390.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const plan = await ok(`{ project(key: "ERP") { plan { timeZone } } }`);
    expect(plan.project.plan.timeZone).toBe('Europe/Berlin');
  });
});
