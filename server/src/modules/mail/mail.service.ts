import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { isUuid } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import { pageArgs, toConnection, type Connection } from '../../common/pagination.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { projectToday, type CommunicationService } from '../stakeholder/index.js';
import { composeMessage, communicationMail, type Personal } from './mail.compose.js';
import { OutboxMessage, OutboxRecipient } from './mail.entity.js';
import { OutboxKind, OutboxStatus } from './mail.enums.js';

/** Who a message goes to: stakeholders (one by one or by group) and project members. */
export interface MailAudience {
  stakeholderIds?: readonly string[];
  groupIds?: readonly string[];
  /** Project members (users); anyone else named here is left out. */
  userIds?: readonly string[];
}

/** A message to queue (see MailService.queue). */
export interface MailDraft {
  projectId: string;
  kind: OutboxKind;
  subject: string;
  text: string;
  html?: string | null;
  audience: MailAudience;
  /** Who queued it (null: Trellis itself). */
  createdById?: string | null;
  /** Queue it once only: a second draft with the same key is dropped (null when it may repeat). */
  sourceKey?: string | null;
}

export interface MailOptions {
  smtpUrl: string | undefined;
  from: string;
  /** Where links in the mail point (PUBLIC_URL, or the server's own address). */
  publicUrl: string;
  logger: Logger;
  /** Delivery attempts before a failed message waits for a manager's retry; default 8. */
  maxAttempts?: number;
  /** Days a message done with stays in the outbox after its last attempt (0: for ever); default 90. */
  retentionDays?: number;
}

/** Why a held message was not sent, as the outbox shows it. */
export const NO_SMTP = 'Not sent: no mail server is configured (SMTP_URL)';

/** The wait before attempt n+1 after n failures: 1, 2, 4 … minutes, at most an hour. */
export const backoffMs = (attempts: number): number => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

/** How long a claimed message is left to its sender before another run may take it again. */
const LEASE_MS = 5 * 60_000;
/** How many messages one delivery run takes. */
const BATCH = 20;
/** Reminders of communication items are sent for a due day up to this many days back (downtime), never older. */
const CATCH_UP_DAYS = 3;

/** A short, single-line account of a send failure (the SMTP server's answer when it gave one). */
function errorText(err: unknown): string {
  const e = err as { response?: string; message?: string; code?: string };
  const text = (e.response ?? e.message ?? String(err)).replace(/\s+/g, ' ').trim();
  return (e.code && !text.includes(e.code) ? `${e.code}: ${text}` : text).slice(0, 500);
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The outbox: messages queued in the caller's transaction, delivered by a worker through SMTP with
 * retries and backoff, each recipient on their own (their own unsubscribe link, their own state).
 * Without SMTP_URL messages are held and shown; nothing queued is ever dropped.
 */
export class MailService {
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private prunedAt = 0;
  private readonly maxAttempts: number;

  constructor(
    private readonly ds: DataSource,
    private readonly communications: CommunicationService,
    private readonly opts: MailOptions,
  ) {
    this.maxAttempts = opts.maxAttempts ?? 8;
  }

  /** Whether a mail server is configured: without one every message is held in the outbox. */
  get configured(): boolean {
    return !!this.opts.smtpUrl;
  }

  /**
   * Queues a message to its audience in the caller's transaction: stakeholders by id and through
   * their groups (those who opted out and those without an address left out), and project members
   * by user id. Returns null when nobody is left to write to, or when `sourceKey` was queued before.
   */
  async queue(m: EntityManager, draft: MailDraft): Promise<OutboxMessage | null> {
    const people = await this.resolve(m, draft.projectId, draft.audience);
    if (!people.length) return null;
    const status = this.configured ? OutboxStatus.QUEUED : OutboxStatus.HELD;
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO outbox_messages (project_id, kind, subject, text, html, status, last_error, next_attempt_at, source_key, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $6 = 'QUEUED' THEN now() END, $8, $9)
       ON CONFLICT (source_key) DO NOTHING RETURNING id`,
      [draft.projectId, draft.kind, draft.subject.slice(0, 300), draft.text, draft.html ?? null, status, this.configured ? null : NO_SMTP, draft.sourceKey ?? null, draft.createdById ?? null],
    );
    if (!inserted[0]) return null;
    const messageId = inserted[0].id;
    await m.getRepository(OutboxRecipient).insert(
      people.map((p) => ({ messageId, email: p.email, name: p.name, stakeholderId: p.stakeholderId, userId: p.userId, status, error: null, sentAt: null })),
    );
    const stakeholderIds = people.flatMap((p) => (p.stakeholderId ? [p.stakeholderId] : []));
    // Each stakeholder's unsubscribe link, made with their first mail.
    if (stakeholderIds.length) {
      await m.query(
        `UPDATE stakeholders SET unsubscribe_token = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
          WHERE id = ANY($1::uuid[]) AND unsubscribe_token IS NULL`,
        [stakeholderIds],
      );
    }
    // The outbox is the record of what was queued; the caller's own activity entry says why (a report published, an item due).
    await publishInTransaction(m, { type: 'register', register: 'outbox', projectId: draft.projectId, action: 'CREATED', ids: [messageId] });
    return m.getRepository(OutboxMessage).findOneByOrFail({ id: messageId });
  }

  /** The addresses of an audience, one per address, opted-out stakeholders' addresses left out altogether. */
  private async resolve(m: EntityManager, projectId: string, audience: MailAudience) {
    const ids = (xs?: readonly string[]) => [...new Set((xs ?? []).filter(isUuid))];
    const stakeholders: { id: string; name: string; email: string | null; opted_out: boolean }[] = await m.query(
      `SELECT s.id, s.name, COALESCE(NULLIF(btrim(s.email), ''), u.email) AS email, s.email_opt_out AS opted_out
         FROM stakeholders s LEFT JOIN users u ON u.id = s.member_id
        WHERE s.project_id = $1
          AND (s.id = ANY($2::uuid[]) OR s.id IN (SELECT unnest(g.stakeholder_ids) FROM stakeholder_groups g WHERE g.project_id = $1 AND g.id = ANY($3::uuid[])))
        ORDER BY s.name, s.id`,
      [projectId, ids(audience.stakeholderIds), ids(audience.groupIds)],
    );
    const members: { id: string; name: string; email: string }[] = await m.query(
      `SELECT u.id, u.name, u.email FROM project_members pm JOIN users u ON u.id = pm.user_id
        WHERE pm.project_id = $1 AND u.id = ANY($2::uuid[]) ORDER BY u.name, u.id`,
      [projectId, ids(audience.userIds)],
    );
    const refused = new Set(stakeholders.filter((s) => s.opted_out && s.email).map((s) => s.email!.toLowerCase()));
    const out = new Map<string, { email: string; name: string; stakeholderId: string | null; userId: string | null }>();
    for (const s of stakeholders) {
      if (!s.email || s.opted_out || out.has(s.email.toLowerCase())) continue;
      out.set(s.email.toLowerCase(), { email: s.email, name: s.name, stakeholderId: s.id, userId: null });
    }
    for (const u of members) {
      const key = u.email.toLowerCase();
      if (refused.has(key) || out.has(key)) continue;
      out.set(key, { email: u.email, name: u.name, stakeholderId: null, userId: u.id });
    }
    return [...out.values()];
  }

  // ---- reading and retrying (managers and owners) ----

  async outbox(actor: Actor, projectId: string, first?: number | null, after?: string | null, status?: OutboxStatus | null): Promise<Connection<OutboxMessage>> {
    await can(actor, projectId, Permission.OUTBOX_MANAGE);
    const { take, skip } = pageArgs(first, after);
    const [rows, total] = await this.ds.getRepository(OutboxMessage).findAndCount({
      where: { projectId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take,
      skip,
    });
    return toConnection(rows, total, skip);
  }

  /** The recipients of many messages, in one query (the messages were read through an access check). */
  async recipientsOf(messageIds: readonly string[]): Promise<OutboxRecipient[][]> {
    const rows = await this.ds.getRepository(OutboxRecipient).find({ where: { messageId: In([...messageIds]) }, order: { email: 'ASC' } });
    return messageIds.map((id) => rows.filter((r) => r.messageId === id));
  }

  /**
   * Sends a failed or held message again, now: to the recipients who do not have it yet. A message
   * already sent is refused (nothing is ever sent twice).
   */
  async retry(actor: Actor, id: string): Promise<OutboxMessage> {
    const grant = await authorizeEntity(actor, 'outboxMessage', id, Permission.OUTBOX_MANAGE, 'id');
    const saved = await this.ds.transaction(async (m) => {
      const msg = await m.getRepository(OutboxMessage).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!msg) throw new NotFoundError('Outbox message', 'id');
      if (msg.status === OutboxStatus.SENT) throw new BadUserInputError('This message was sent to everyone already', 'id');
      if (!this.configured) throw new BadUserInputError(`${NO_SMTP}: set it and restart the server, then retry`, 'id');
      await m.query(`UPDATE outbox_recipients SET status = 'QUEUED', error = NULL WHERE message_id = $1 AND status IN ('FAILED', 'HELD')`, [id]);
      const after = await m.getRepository(OutboxMessage).save({ ...msg, status: OutboxStatus.QUEUED, nextAttemptAt: new Date(), lastError: msg.lastError === NO_SMTP ? null : msg.lastError });
      await recordActivity(m, msg.projectId, grant.userId, [
        { entityType: 'outbox_message', entityId: id, action: ActivityAction.UPDATED, field: 'retry', newValue: { name: msg.subject.slice(0, 120) } },
      ]);
      await publishInTransaction(m, { type: 'register', register: 'outbox', projectId: msg.projectId, action: 'UPDATED', ids: [id] });
      return after;
    });
    this.kick();
    return saved;
  }

  // ---- the worker ----

  /** Runs the worker every `intervalMs` until `stop` (a run never overlaps the previous one). */
  start(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return;
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** A run now, unless one is under way. */
  private kick(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((err) => this.opts.logger.error('mail worker failed', { err: err as Error }))
      .finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.transport?.close();
    this.transport = null;
  }

  /** One pass of the worker as of `now`: reminders of communication items falling due, then delivery. */
  async runOnce(now: Date = new Date()): Promise<{ reminders: number; sent: number; failed: number }> {
    const reminders = await this.queueDueCommunications(now);
    const { sent, failed } = await this.deliver(now);
    // The outbox is pruned once an hour at most.
    if (now.getTime() - this.prunedAt >= 3_600_000) {
      this.prunedAt = now.getTime();
      await this.prune(now);
    }
    return { reminders, sent, failed };
  }

  /**
   * Deletes the messages done with (sent, given up after their last attempt, or held for want of a
   * mail server) that were sent, or when never sent made, longer ago than the retention, with their
   * recipients. A message still to be tried (queued, or failed with a next attempt) is kept
   * whatever its age. Returns how many were deleted.
   */
  async prune(now: Date = new Date()): Promise<number> {
    const days = this.opts.retentionDays ?? 90;
    if (days <= 0) return 0;
    const [{ n }] = (await this.ds.query(
      `WITH pruned AS (
         DELETE FROM outbox_messages
          WHERE status IN ('SENT', 'FAILED', 'HELD') AND next_attempt_at IS NULL
            AND COALESCE(sent_at, created_at) < $1::timestamptz - make_interval(days => $2::int)
         RETURNING id)
       SELECT count(*)::int AS n FROM pruned`,
      [now.toISOString(), days],
    )) as [{ n: number }];
    if (n) this.opts.logger.info('outbox pruned', { messages: n, retentionDays: days });
    return n;
  }

  /**
   * Queues a reminder to the audience of every communication item due today (in its project's own
   * day), or due in the last few days and not yet reminded (the server was down): once per item and
   * due day, whatever the number of runs or instances (the outbox's source key).
   */
  async queueDueCommunications(now: Date): Promise<number> {
    const projects: { id: string; name: string; key: string }[] = await this.ds.query(
      `SELECT DISTINCT p.id, p.name, p.key FROM communication_items c JOIN projects p ON p.id = c.project_id
        WHERE p.archived_at IS NULL AND (cardinality(c.audience_stakeholder_ids) > 0 OR cardinality(c.audience_group_ids) > 0)`,
    );
    let queued = 0;
    for (const project of projects) {
      const today = await projectToday(this.ds, project.id, now);
      const items = await this.communications.dueItems(project.id, now);
      for (const item of items) {
        if (!item.nextDue || item.nextDue > today || item.nextDue < addDays(today, -CATCH_UP_DAYS)) continue;
        if (!item.audienceStakeholderIds.length && !item.audienceGroupIds.length) continue;
        const owner: { name: string }[] = item.ownerId ? await this.ds.query('SELECT name FROM users WHERE id = $1', [item.ownerId]) : [];
        const mail = communicationMail({ project, item, ownerName: owner[0]?.name ?? null, dueOn: item.nextDue });
        const message = await this.ds.transaction(async (m) => {
          const msg = await this.queue(m, {
            projectId: project.id,
            kind: OutboxKind.COMMUNICATION,
            ...mail,
            audience: { stakeholderIds: item.audienceStakeholderIds, groupIds: item.audienceGroupIds },
            sourceKey: `communication:${item.id}:${item.nextDue}`,
          });
          if (msg) {
            await recordActivity(m, project.id, null, [
              {
                entityType: 'communication_item',
                entityId: item.id,
                action: ActivityAction.UPDATED,
                field: 'mailed',
                newValue: { name: item.title, value: item.nextDue },
              },
            ]);
          }
          return msg;
        });
        if (message) queued++;
      }
    }
    return queued;
  }

  /** Sends what is due: claims a batch (so two instances never send one message), sends, records. */
  async deliver(now: Date): Promise<{ sent: number; failed: number }> {
    if (!this.configured) return { sent: 0, failed: 0 };
    let sent = 0;
    let failed = 0;
    for (;;) {
      const claimed: { id: string }[] = await this.ds.query(
        `WITH claimed AS (
           UPDATE outbox_messages SET next_attempt_at = $1::timestamptz + $2 * interval '1 millisecond'
            WHERE id IN (SELECT id FROM outbox_messages WHERE status IN ('QUEUED', 'FAILED') AND next_attempt_at <= $1
                          ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
            RETURNING id)
         SELECT id FROM claimed`,
        [now, LEASE_MS],
      );
      if (!claimed.length) break;
      for (const { id } of claimed) {
        const ok = await this.send(id, now);
        if (ok) sent++;
        else failed++;
      }
      if (claimed.length < BATCH) break;
    }
    return { sent, failed };
  }

  private transporter(): Transporter {
    this.transport ??= nodemailer.createTransport({
      url: this.opts.smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    } as never);
    return this.transport;
  }

  /** Sends one claimed message to each recipient still waiting; true when everyone has it now. */
  private async send(id: string, now: Date): Promise<boolean> {
    const msg = await this.ds.getRepository(OutboxMessage).findOneBy({ id });
    if (!msg) return true;
    const waiting: (OutboxRecipient & { token: string | null; opted_out: boolean | null; project_name: string })[] = await this.ds.query(
      `SELECT r.id, r.email, r.name, r.stakeholder_id AS "stakeholderId", s.unsubscribe_token AS token, s.email_opt_out AS opted_out, p.name AS project_name
         FROM outbox_recipients r JOIN outbox_messages m ON m.id = r.message_id JOIN projects p ON p.id = m.project_id
         LEFT JOIN stakeholders s ON s.id = r.stakeholder_id
        WHERE r.message_id = $1 AND r.status IN ('QUEUED', 'FAILED') ORDER BY r.email`,
      [id],
    );
    const errors: string[] = [];
    for (const r of waiting) {
      if (r.opted_out) {
        await this.ds.query(`UPDATE outbox_recipients SET status = 'SENT', error = 'Left out: they unsubscribed before it was sent' WHERE id = $1`, [r.id]);
        continue;
      }
      const personal: Personal = { name: r.name, unsubscribeUrl: r.token ? `${this.opts.publicUrl}/unsubscribe/${r.token}` : null, projectName: r.project_name };
      const mail = composeMessage(msg, personal);
      try {
        await this.transporter().sendMail({
          from: this.opts.from,
          to: r.name ? { name: r.name, address: r.email } : r.email,
          subject: msg.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          ...(personal.unsubscribeUrl ? { list: { unsubscribe: { url: personal.unsubscribeUrl, comment: 'Unsubscribe' } } } : {}),
        });
        await this.ds.query(`UPDATE outbox_recipients SET status = 'SENT', error = NULL, sent_at = $2 WHERE id = $1`, [r.id, now]);
      } catch (err) {
        const why = errorText(err);
        errors.push(`${r.email}: ${why}`);
        await this.ds.query(`UPDATE outbox_recipients SET status = 'FAILED', error = $2 WHERE id = $1`, [r.id, why]);
        // The server is down or refuses us altogether: the others would fail alike; keep them for the retry.
        const e = err as { code?: string; responseCode?: number };
        if (e.code && e.code !== 'EENVELOPE') break;
      }
    }
    const attempts = msg.attempts + 1;
    const left: { n: string }[] = await this.ds.query(`SELECT count(*) AS n FROM outbox_recipients WHERE message_id = $1 AND status <> 'SENT'`, [id]);
    const done = Number(left[0]!.n) === 0;
    await this.ds.transaction(async (m) => {
      await m.query(
        `UPDATE outbox_messages SET status = $2, attempts = $3, last_error = $4, next_attempt_at = $5, sent_at = $6 WHERE id = $1`,
        [
          id,
          done ? OutboxStatus.SENT : OutboxStatus.FAILED,
          attempts,
          done ? null : (errors.join('; ') || 'Not every recipient has it yet').slice(0, 1000),
          done || attempts >= this.maxAttempts ? null : new Date(now.getTime() + backoffMs(attempts)),
          done ? now : null,
        ],
      );
      await publishInTransaction(m, { type: 'register', register: 'outbox', projectId: msg.projectId, action: 'UPDATED', ids: [id] });
    });
    if (!done) this.opts.logger.warn('mail not delivered', { messageId: id, attempts, error: errors[0] });
    return done;
  }

  // ---- unsubscribing (no sign-in: the token is the proof) ----

  private async byToken(token: string) {
    if (!/^[a-f0-9]{64}$/.test(token)) throw new NotFoundError('Unsubscribe link');
    const rows: { id: string; name: string; opted_out: boolean; project_name: string }[] = await this.ds.query(
      `SELECT s.id, s.name, s.email_opt_out AS opted_out, p.name AS project_name FROM stakeholders s JOIN projects p ON p.id = s.project_id WHERE s.unsubscribe_token = $1`,
      [token],
    );
    if (!rows[0]) throw new NotFoundError('Unsubscribe link');
    return rows[0];
  }

  /** Whom an unsubscribe link stands for (their name and project, nothing more). */
  async unsubscription(token: string): Promise<{ stakeholderName: string; projectName: string; optedOut: boolean }> {
    const s = await this.byToken(token);
    return { stakeholderName: s.name, projectName: s.project_name, optedOut: s.opted_out };
  }

  /** Opts the link's stakeholder out of every mail of their project; doing it twice changes nothing. */
  async unsubscribe(token: string): Promise<{ stakeholderName: string; projectName: string; optedOut: boolean }> {
    return this.setOptOut(token, true);
  }

  /** Takes the link's stakeholder back on their project's mail (the undo of `unsubscribe`); doing it twice changes nothing. */
  async resubscribe(token: string): Promise<{ stakeholderName: string; projectName: string; optedOut: boolean }> {
    return this.setOptOut(token, false);
  }

  private async setOptOut(token: string, optOut: boolean): Promise<{ stakeholderName: string; projectName: string; optedOut: boolean }> {
    const s = await this.byToken(token);
    if (s.opted_out !== optOut) {
      await this.ds.transaction(async (m) => {
        const rows: { project_id: string }[] = await m.query(
          `WITH changed AS (UPDATE stakeholders SET email_opt_out = $2, opted_out_at = CASE WHEN $2 THEN now() END, version = version + 1
                             WHERE id = $1 AND email_opt_out <> $2 RETURNING project_id)
           SELECT project_id FROM changed`,
          [s.id, optOut],
        );
        if (!rows[0]) return;
        await recordActivity(m, rows[0].project_id, null, [
          { entityType: 'stakeholder', entityId: s.id, action: ActivityAction.UPDATED, field: 'emailOptOut', oldValue: { name: s.name, value: !optOut }, newValue: { name: s.name, value: optOut } },
        ]);
        await publishInTransaction(m, { type: 'stakeholder', projectId: rows[0].project_id, detail: { part: 'stakeholder', action: 'UPDATED', stakeholderId: s.id, groupId: null } });
      });
    }
    return { stakeholderName: s.name, projectName: s.project_name, optedOut: optOut };
  }
}

/** A fresh random token (hex), for links that need no sign-in. */
export const newToken = () => randomBytes(32).toString('hex');
