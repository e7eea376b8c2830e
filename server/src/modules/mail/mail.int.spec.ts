import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';
import { OutboxKind, type MailDraft } from './index.js';

/**
 * Mail through a real SMTP server (smtp-server, in this process): what arrives, to whom; opted-out
 * stakeholders get nothing; a server that refuses or is down leaves the message FAILED with its
 * error, retried later and SENT once it answers, never twice to anyone; without SMTP_URL messages
 * are held in the outbox. Reminders of the communication plan go once per due day. The calendar
 * feed serves parseable iCalendar until its token is revoked.
 */
interface Received {
  from: string;
  to: string[];
  raw: string;
}

class Receiver {
  readonly mail: Received[] = [];
  /** Addresses refused at RCPT TO (550). */
  readonly refuse = new Set<string>();
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, cb) => {
        if (this.refuse.has(address.address)) {
          const err = new Error('Mailbox unavailable') as Error & { responseCode: number };
          err.responseCode = 550;
          return cb(err);
        }
        cb();
      },
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.mail.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          cb();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }

  to(address: string): Received[] {
    return this.mail.filter((m) => m.to.includes(address));
  }
}

/** The body of a raw message with quoted-printable soft breaks undone. */
const body = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

const receiver = new Receiver();
let h: Harness;
let held: Harness;
let owner: TestUser;
let heldOwner: TestUser;
let n = 0;

async function ok<T = any>(hh: Harness, q: string, v: Record<string, unknown> = {}, as: TestUser = owner): Promise<T> {
  const r = await hh.gql(q, v, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

async function project(hh: Harness, as: TestUser = owner) {
  n++;
  const projectId = (await ok(hh, `mutation($k: String!) { projectCreate(input: { key: $k, name: "Mail test" }) { project { id } } }`, { k: `ML${n}` }, as)).projectCreate.project.id as string;
  const stakeholder = async (name: string, email: string | null) =>
    (await ok(hh, `mutation($i: StakeholderCreateInput!) { stakeholderCreate(input: $i) { stakeholder { id } } }`, { i: { projectId, name, email, interest: 4, influence: 4 } }, as)).stakeholderCreate.stakeholder
      .id as string;
  const cfo = await stakeholder('Carla CFO', `cfo.${n}@client.test`);
  const cio = await stakeholder('Ivan CIO', `cio.${n}@client.test`);
  const silent = await stakeholder('No Address', null);
  const groupId = (
    await ok(hh, `mutation($i: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $i) { group { id } } }`, { i: { projectId, name: 'Steering', stakeholderIds: [cfo, cio, silent] } }, as)
  ).stakeholderGroupCreate.group.id as string;
  return { projectId, cfo, cio, silent, groupId, cfoEmail: `cfo.${n}@client.test`, cioEmail: `cio.${n}@client.test` };
}

const queue = (hh: Harness, draft: MailDraft) => hh.app.dataSource.transaction((m) => hh.app.services.mail.queue(m, draft));

const outbox = async (hh: Harness, projectId: string, as: TestUser = owner) =>
  (
    await ok(hh, `query($id: UUID!) { project(id: $id) { outbox { totalCount nodes { id subject status attempts lastError recipients { email status error } } } } }`, { id: projectId }, as)
  ).project.outbox as { totalCount: number; nodes: { id: string; subject: string; status: string; attempts: number; lastError: string | null; recipients: { email: string; status: string; error: string | null }[] }[] };

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

beforeAll(async () => {
  await receiver.start();
  h = await startHarness({ SMTP_URL: `smtp://127.0.0.1:${receiver.port}`, MAIL_FROM: 'Trellis <pm@trellis.test>', MAIL_INTERVAL_SECONDS: '0', PUBLIC_URL: 'https://pm.example.test' });
  held = await startHarness({ MAIL_INTERVAL_SECONDS: '0' });
  owner = await h.user('Owner');
  heldOwner = await held.user('Owner');
});
afterAll(async () => {
  await h?.close();
  await held?.close();
  await receiver.stop();
});

describe('mail through SMTP', () => {
  it('delivers a queued message to each stakeholder of the audience, with their own unsubscribe link; nobody twice', async () => {
    const p = await project(h);
    const msg = await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Go-live moved', text: 'The go-live moves to 3 May.', audience: { groupIds: [p.groupId], stakeholderIds: [p.cfo], userIds: [owner.id] } });
    expect(msg?.status).toBe('QUEUED');
    const run = await h.app.services.mail.runOnce(new Date());
    expect(run.sent).toBeGreaterThanOrEqual(1);
    const toCfo = receiver.to(p.cfoEmail);
    expect(toCfo).toHaveLength(1);
    expect(toCfo[0]!.from).toBe('pm@trellis.test');
    expect(toCfo[0]!.raw).toMatch(/^Subject: Go-live moved/m);
    expect(body(toCfo[0]!.raw)).toContain('The go-live moves to 3 May.');
    expect(body(toCfo[0]!.raw)).toMatch(/https:\/\/pm\.example\.test\/unsubscribe\/[a-f0-9]{64}/);
    expect(receiver.to(p.cioEmail)).toHaveLength(1);
    expect(receiver.to(owner.email)).toHaveLength(1);
    // The member's copy has no unsubscribe link: members follow the project in Trellis.
    expect(body(receiver.to(owner.email)[0]!.raw)).not.toContain('/unsubscribe/');
    const box = await outbox(h, p.projectId);
    expect(box.nodes[0]).toMatchObject({ subject: 'Go-live moved', status: 'SENT', attempts: 1, lastError: null });
    expect(box.nodes[0]!.recipients.map((r) => r.email).sort()).toEqual([p.cfoEmail, p.cioEmail, owner.email].sort());
    await h.app.services.mail.runOnce(later(120));
    expect(receiver.to(p.cfoEmail)).toHaveLength(1);
  });

  it('the outbox is live: watchers hear of a message queued and then sent', async () => {
    const p = await project(h);
    const events: { action: string; messageId: string }[] = [];
    const client = h.ws(owner);
    const stop = client.subscribe<{ outboxChanged: { action: string; messageId: string } }>(
      { query: `subscription($p: UUID!) { outboxChanged(projectId: $p) { action messageId changeNumber } }`, variables: { p: p.projectId } },
      { next: (r) => void (r.data && events.push(r.data.outboxChanged)), error: () => {}, complete: () => {} },
    );
    await new Promise((r) => setTimeout(r, 300));
    const msg = await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Live', text: 'Live.', audience: { stakeholderIds: [p.cio] } });
    await h.app.services.mail.runOnce();
    await expect.poll(() => events.map((e) => e.action)).toEqual(['CREATED', 'UPDATED']);
    expect(events.every((e) => e.messageId === msg!.id)).toBe(true);
    stop();
  });

  it('an opted-out stakeholder gets nothing: the link in the mail works without sign-in and the register shows it', async () => {
    const p = await project(h);
    await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Newsletter 1', text: 'News.', audience: { stakeholderIds: [p.cfo, p.cio] } });
    await h.app.services.mail.runOnce();
    const token = /\/unsubscribe\/([a-f0-9]{64})/.exec(body(receiver.to(p.cfoEmail)[0]!.raw))![1]!;
    const who = await h.gql(`query($t: String!) { unsubscription(token: $t) { stakeholderName projectName optedOut } }`, { t: token });
    expect(who.data!.unsubscription).toEqual({ stakeholderName: 'Carla CFO', projectName: 'Mail test', optedOut: false });
    const done = await h.gql(`mutation($t: String!) { unsubscribe(token: $t) { optedOut } }`, { t: token });
    expect(done.errors).toBeUndefined();
    expect(done.data!.unsubscribe.optedOut).toBe(true);
    const bad = await h.gql(`mutation { unsubscribe(token: "${'0'.repeat(64)}") { optedOut } }`);
    expect(bad.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const register = await ok(h, `query($id: UUID!) { project(id: $id) { stakeholders { nodes { name emailOptOut } } } }`, { id: p.projectId });
    expect(register.project.stakeholders.nodes).toContainEqual({ name: 'Carla CFO', emailOptOut: true });

    await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Newsletter 2', text: 'More news.', audience: { groupIds: [p.groupId] } });
    await h.app.services.mail.runOnce();
    expect(receiver.to(p.cfoEmail).map((m) => /^Subject: (.*)$/m.exec(m.raw)![1])).toEqual(['Newsletter 1']);
    expect(receiver.to(p.cioEmail)).toHaveLength(2);
    // Nobody left to write to: nothing is queued.
    expect(await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Only CFO', text: 'x', audience: { stakeholderIds: [p.cfo] } })).toBeNull();
  });

  it('a stakeholder who unsubscribed can undo it from the same link, and a manager can switch it on their word, a viewer cannot', async () => {
    const p = await project(h);
    await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'First', text: 'x', audience: { stakeholderIds: [p.cfo] } });
    await h.app.services.mail.runOnce();
    const token = /\/unsubscribe\/([a-f0-9]{64})/.exec(body(receiver.to(p.cfoEmail)[0]!.raw))![1]!;
    await ok(h, `mutation($t: String!) { unsubscribe(token: $t) { optedOut } }`, { t: token });
    // Undo from the link: mail reaches them again.
    const back = await h.gql(`mutation($t: String!) { resubscribe(token: $t) { optedOut stakeholderName } }`, { t: token });
    expect(back.data!.resubscribe).toEqual({ optedOut: false, stakeholderName: 'Carla CFO' });
    expect((await h.gql(`mutation($t: String!) { resubscribe(token: $t) { optedOut } }`, { t: token })).data!.resubscribe.optedOut).toBe(false);
    await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Second', text: 'x', audience: { stakeholderIds: [p.cfo] } });
    await h.app.services.mail.runOnce();
    expect(receiver.to(p.cfoEmail)).toHaveLength(2);

    // The manager opts them out on their word (a phone call), then in again.
    const read = async () =>
      (await ok(h, `query($id: UUID!) { project(id: $id) { stakeholders { nodes { id version emailOptOut optedOutAt } } } }`, { id: p.projectId })).project.stakeholders.nodes.find(
        (s: { id: string }) => s.id === p.cfo,
      );
    let cfo = await read();
    const set = (emailOptOut: boolean, as: TestUser = owner) =>
      h.gql(`mutation($i: StakeholderUpdateInput!) { stakeholderUpdate(input: $i) { stakeholder { version emailOptOut optedOutAt } } }`, { i: { id: p.cfo, version: cfo.version, emailOptOut } }, as);
    const viewer = await h.user(`Vic Viewer ${n}`);
    await h.join(p.projectId, viewer, 'VIEWER', owner);
    expect((await set(true, viewer)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const out = await set(true);
    expect(out.data!.stakeholderUpdate.stakeholder).toMatchObject({ emailOptOut: true });
    expect(out.data!.stakeholderUpdate.stakeholder.optedOutAt).not.toBeNull();
    expect(await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Third', text: 'x', audience: { stakeholderIds: [p.cfo] } })).toBeNull();
    cfo = await read();
    const inAgain = await set(false);
    expect(inAgain.data!.stakeholderUpdate.stakeholder).toMatchObject({ emailOptOut: false, optedOutAt: null });
    // Who did what reads in the activity feed.
    const feed = await ok(h, `query($id: UUID!) { project(id: $id) { activity(first: 20) { nodes { summary } } } }`, { id: p.projectId });
    const lines = (feed.project.activity.nodes as { summary: string }[]).map((a) => a.summary);
    expect(lines).toContain("Carla CFO unsubscribed from the project's mail");
    expect(lines).toContain("Carla CFO subscribed to the project's mail again");
    expect(lines.some((l) => /subscribed Carla CFO to the project's mail again$/.test(l) && !l.startsWith('Carla'))).toBe(true);
    expect(lines.some((l) => /unsubscribed Carla CFO from the project's mail$/.test(l))).toBe(true);
  });

  it('prunes the outbox: messages done with go after the retention, those still to be tried stay whatever their age', async () => {
    const p = await project(h);
    const make = async (subject: string) => (await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject, text: 'x', audience: { stakeholderIds: [p.cio] } }))!.id;
    const [oldSent, freshSent, oldRetrying, oldGivenUp] = [await make('Old sent'), await make('Fresh sent'), await make('Old retrying'), await make('Old given up')];
    const ds = h.app.dataSource;
    await ds.query(`UPDATE outbox_messages SET status = 'SENT', next_attempt_at = NULL, sent_at = now() - interval '91 days', created_at = now() - interval '92 days' WHERE id = $1`, [oldSent]);
    await ds.query(`UPDATE outbox_messages SET status = 'SENT', next_attempt_at = NULL, sent_at = now() - interval '89 days', created_at = now() - interval '120 days' WHERE id = $1`, [freshSent]);
    await ds.query(`UPDATE outbox_messages SET status = 'FAILED', next_attempt_at = now() + interval '1 hour', created_at = now() - interval '200 days' WHERE id = $1`, [oldRetrying]);
    await ds.query(`UPDATE outbox_messages SET status = 'FAILED', next_attempt_at = NULL, created_at = now() - interval '200 days' WHERE id = $1`, [oldGivenUp]);
    expect(await h.app.services.mail.prune(new Date())).toBe(2);
    const left = (await outbox(h, p.projectId)).nodes.map((m: { subject: string }) => m.subject).sort();
    expect(left).toEqual(['Fresh sent', 'Old retrying']);
    const orphans = await ds.query(`SELECT count(*)::int AS n FROM outbox_recipients WHERE message_id = ANY($1::uuid[])`, [[oldSent, oldGivenUp]]);
    expect(orphans[0].n).toBe(0);
    // Pruning again deletes nothing more.
    expect(await h.app.services.mail.prune(new Date())).toBe(0);
  });

  it('a recipient refused by the server: FAILED with the error, the others delivered; retried later and then SENT, nobody twice', async () => {
    const p = await project(h);
    receiver.refuse.add(p.cioEmail);
    await queue(h, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Refused once', text: 'Hello.', audience: { groupIds: [p.groupId] } });
    const first = await h.app.services.mail.runOnce();
    expect(first.failed).toBe(1);
    let box = await outbox(h, p.projectId);
    expect(box.nodes[0]).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(box.nodes[0]!.lastError).toContain(p.cioEmail);
    expect(box.nodes[0]!.lastError).toMatch(/550/);
    expect(box.nodes[0]!.recipients).toContainEqual(expect.objectContaining({ email: p.cioEmail, status: 'FAILED' }));
    expect(box.nodes[0]!.recipients).toContainEqual(expect.objectContaining({ email: p.cfoEmail, status: 'SENT' }));
    // Not yet due again: nothing happens.
    await h.app.services.mail.runOnce();
    expect(receiver.to(p.cioEmail)).toHaveLength(0);
    receiver.refuse.delete(p.cioEmail);
    await h.app.services.mail.runOnce(later(5));
    box = await outbox(h, p.projectId);
    expect(box.nodes[0]).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(receiver.to(p.cioEmail)).toHaveLength(1);
    expect(receiver.to(p.cfoEmail)).toHaveLength(1);
  });

  it('a server that is down: FAILED with the connection error and retried; a manager may retry at once; SENT when it is back', async () => {
    const p = await project(h);
    const port = receiver.port;
    await receiver.stop();
    await queue(h, { projectId: p.projectId, kind: OutboxKind.STATUS_REPORT, subject: 'Status week 12', text: 'All green.', audience: { stakeholderIds: [p.cfo] } });
    await h.app.services.mail.runOnce();
    let box = await outbox(h, p.projectId);
    expect(box.nodes[0]).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(box.nodes[0]!.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    await receiver.start(port);
    const retry = await h.gql(`mutation($id: UUID!) { outboxRetry(id: $id) { message { id status } changeNumber } }`, { id: box.nodes[0]!.id }, owner);
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.outboxRetry.changeNumber).toEqual(expect.any(Number));
    // The retry sends at once (the worker is woken); a run of its own finds nothing left to send.
    await h.app.services.mail.runOnce();
    await expect.poll(async () => (await outbox(h, p.projectId)).nodes[0]!.status).toBe('SENT');
    box = await outbox(h, p.projectId);
    expect(box.nodes[0]).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(receiver.to(p.cfoEmail)).toHaveLength(1);
    const again = await h.gql(`mutation($id: UUID!) { outboxRetry(id: $id) { message { id } } }`, { id: box.nodes[0]!.id }, owner);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('without SMTP_URL a message is held in the outbox, marked as not sent, and a retry says why it cannot go', async () => {
    const p = await project(held, heldOwner);
    const msg = await queue(held, { projectId: p.projectId, kind: OutboxKind.OTHER, subject: 'Held', text: 'Kept.', audience: { stakeholderIds: [p.cfo] } });
    expect(msg?.status).toBe('HELD');
    await held.app.services.mail.runOnce();
    const box = await outbox(held, p.projectId, heldOwner);
    expect(box.nodes[0]).toMatchObject({ subject: 'Held', status: 'HELD' });
    expect(box.nodes[0]!.lastError).toMatch(/no mail server is configured/);
    const d = await ok(held, `query($id: UUID!) { project(id: $id) { mailDelivery { configured } } }`, { id: p.projectId }, heldOwner);
    expect(d.project.mailDelivery.configured).toBe(false);
    const retry = await held.gql(`mutation($id: UUID!) { outboxRetry(id: $id) { message { id } } }`, { id: box.nodes[0]!.id }, heldOwner);
    expect(retry.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('status reports', () => {
  it("publishing a report mails it to the communication plan's status-report audience, once; opted-out stakeholders excluded", async () => {
    const p = await project(h);
    await ok(h, `mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`, {
      i: { projectId: p.projectId, kind: 'STATUS_REPORT', title: 'Weekly status report', channel: 'EMAIL', ownerId: owner.id, audienceGroupIds: [p.groupId], cadence: { kind: 'ONCE', date: '2033-06-01' } },
    });
    // Ivan opted out earlier: he gets nothing.
    await h.app.dataSource.query(`UPDATE stakeholders SET email_opt_out = true, opted_out_at = now() WHERE id = $1`, [p.cio]);
    const draft = (await ok(h, `mutation($i: StatusReportCreateInput!) { statusReportCreate(input: $i) { report { id title } } }`, { i: { projectId: p.projectId } })).statusReportCreate.report;
    await ok(h, `mutation($id: UUID!) { statusReportPublish(id: $id) { report { id status } } }`, { id: draft.id });
    const box = await outbox(h, p.projectId);
    expect(box.nodes).toHaveLength(1);
    expect(box.nodes[0]!.subject).toContain(draft.title);
    expect(box.nodes[0]!.recipients.map((r) => r.email)).toEqual([p.cfoEmail]);
    await h.app.services.mail.runOnce();
    const got = receiver.to(p.cfoEmail);
    expect(got).toHaveLength(1);
    expect(body(got[0]!.raw)).toContain('Mail test');
    expect(receiver.to(p.cioEmail)).toHaveLength(0);
  });

  it('a project with no status-report audience publishes without queueing anything', async () => {
    const p = await project(h);
    const draft = (await ok(h, `mutation($i: StatusReportCreateInput!) { statusReportCreate(input: $i) { report { id } } }`, { i: { projectId: p.projectId } })).statusReportCreate.report;
    const done = await ok(h, `mutation($id: UUID!) { statusReportPublish(id: $id) { report { status } } }`, { id: draft.id });
    expect(done.statusReportPublish.report.status).toBe('PUBLISHED');
    expect((await outbox(h, p.projectId)).totalCount).toBe(0);
  });
});

describe('communication plan reminders', () => {
  it('an item falling due is mailed to its audience once per due day, with what it is; the item records it', async () => {
    const p = await project(h);
    const item = await ok(h, `mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`, {
      i: { projectId: p.projectId, kind: 'STEERING_COMMITTEE', title: 'Steering committee', channel: 'MEETING', ownerId: owner.id, audienceGroupIds: [p.groupId], notes: 'Decide the cut-over', cadence: { kind: 'ONCE', date: '2031-03-04' } },
    });
    const itemId = item.communicationItemCreate.item.id as string;
    // The day before: nothing.
    expect((await h.app.services.mail.runOnce(new Date('2031-03-03T12:00:00Z'))).reminders).toBe(0);
    const due = new Date('2031-03-04T08:00:00Z');
    expect((await h.app.services.mail.runOnce(due)).reminders).toBe(1);
    expect((await h.app.services.mail.runOnce(due)).reminders).toBe(0);
    expect((await h.app.services.mail.runOnce(new Date('2031-03-05T08:00:00Z'))).reminders).toBe(0);
    const got = receiver.to(p.cfoEmail);
    expect(got).toHaveLength(1);
    const text = body(got[0]!.raw);
    expect(text).toMatch(/^Subject: \[ML\d+\] Steering committee, due 2031-03-04$/m);
    expect(text).toContain('Format: Meeting');
    expect(text).toContain(`Owner: ${owner.name}`);
    expect(text).toContain('Purpose: Decide the cut-over');
    const log = await h.app.dataSource.query(`SELECT field FROM activities WHERE entity_id = $1 AND field = 'mailed'`, [itemId]);
    expect(log).toHaveLength(1);
  });

  it("overdue and next due follow the project's own day in its time zone, around midnight", async () => {
    const p = await project(h);
    await ok(h, `mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { timeZone } } }`, { i: { projectId: p.projectId, timeZone: 'Pacific/Auckland' } });
    const bad = await h.gql(`mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { plan { timeZone } } }`, { i: { projectId: p.projectId, timeZone: 'Mars/Olympus' } }, owner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    await ok(h, `mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`, {
      i: { projectId: p.projectId, kind: 'DEMO', channel: 'VIDEO_CALL', audienceGroupIds: [p.groupId], cadence: { kind: 'ONCE', date: '2031-06-10' } },
    });
    const { CommunicationService } = await import('../stakeholder/index.js');
    const { systemActorFor } = await import('../../composition.js');
    // 2031-06-10T11:30Z is 23:30 on the 10th in Auckland (UTC+12): due today, not overdue.
    const before = new CommunicationService(h.app.dataSource, () => new Date('2031-06-10T11:30:00Z'));
    const a = (await before.list(systemActorFor(h.app.dataSource), p.projectId, {})).nodes[0]!;
    expect(a).toMatchObject({ nextDue: '2031-06-10', overdue: false });
    // 12:30Z is 00:30 on the 11th there: overdue, although UTC's day is still the 10th.
    const after = new CommunicationService(h.app.dataSource, () => new Date('2031-06-10T12:30:00Z'));
    expect((await after.list(systemActorFor(h.app.dataSource), p.projectId, {})).nodes[0]).toMatchObject({ nextDue: '2031-06-10', overdue: true });
    // The reminder goes on the project's day: 2031-06-09T12:30Z is already the 10th in Auckland.
    expect((await h.app.services.mail.runOnce(new Date('2031-06-09T11:30:00Z'))).reminders).toBe(0);
    expect((await h.app.services.mail.runOnce(new Date('2031-06-09T12:30:00Z'))).reminders).toBe(1);
  });
});

describe('calendar feed', () => {
  it('serves milestones, deadlines and communication due days as iCalendar until revoked', async () => {
    const p = await project(h);
    const task = async (name: string, kind: string) =>
      (await ok(h, `mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId: p.projectId, name, kind, durationDays: kind === 'MILESTONE' ? 0 : 3 } })).taskCreate.task as {
        id: string;
        version: number;
      };
    await task('Go-live', 'MILESTONE');
    const build = await task('Build interfaces', 'TASK');
    await ok(h, `mutation($i: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $i) { task { id } } }`, { i: { id: build.id, version: build.version, deadline: '2031-09-30' } });
    await ok(h, `mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`, {
      i: { projectId: p.projectId, kind: 'NEWSLETTER', title: 'Monthly newsletter', channel: 'EMAIL', cadence: { kind: 'ONCE', date: '2031-10-01' } },
    });
    const made = await ok(h, `mutation($p: UUID!) { calendarFeedCreate(projectId: $p, name: "Phone") { token path feed { id name prefix } changeNumber } }`, { p: p.projectId });
    const { path, feed } = made.calendarFeedCreate;
    expect(path).toMatch(/^\/ical\/trl_cal_[A-Za-z0-9_-]+\.ics$/);
    const res = await fetch(h.url + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((e) => ({ summary: String(e.getFirstPropertyValue('summary')), start: String(e.getFirstPropertyValue('dtstart')) }));
    expect(events.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringContaining('Go-live'), expect.stringContaining('Deadline: '), expect.stringContaining('Monthly newsletter')]));
    expect(events.find((e) => e.summary.startsWith('Deadline'))!.start).toBe('2031-09-30');
    expect(events.find((e) => e.summary.includes('Monthly newsletter'))!.start).toBe('2031-10-01');
    const mine = await ok(h, `query($id: UUID!) { project(id: $id) { calendarFeeds { id name } } }`, { id: p.projectId });
    expect(mine.project.calendarFeeds).toEqual([{ id: feed.id, name: 'Phone' }]);
    await ok(h, `mutation($id: UUID!) { calendarFeedRevoke(id: $id) { feed { revokedAt } } }`, { id: feed.id });
    expect((await fetch(h.url + path)).status).toBe(404);
    expect((await fetch(`${h.url}/ical/trl_cal_${'x'.repeat(32)}.ics`)).status).toBe(404);
    const blank = await h.gql(`mutation($p: UUID!) { calendarFeedCreate(projectId: $p, name: "  ") { token } }`, { p: p.projectId }, owner);
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});
