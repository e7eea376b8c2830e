/**
 * The mail module: the outbox (email to a project's stakeholders and members, delivered through
 * SMTP by a worker with retries, or held and shown when no mail server is configured), reminders
 * of communication-plan items falling due, stakeholders' opt-out through the unsubscribe link of
 * every mail, and personal iCalendar feeds of a project's dates. It sits above the stakeholder
 * register (audiences, the plan) and planning (the schedule's milestone dates).
 *
 * Other modules send mail with `services.mail.queue(manager, draft)` inside their own transaction.
 */
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { batchOptions } from '../../common/batch.js';
import { defineModule } from '../../module.js';
import type { ScheduleService } from '../planning/index.js';
import type { CommunicationService } from '../stakeholder/index.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarFeed, OutboxMessage, OutboxRecipient } from './mail.entity.js';
import { CalendarFeedResolver, OutboxMessageResolver, ProjectMailResolver } from './mail.resolver.js';
import { MailService } from './mail.service.js';
import type { OutboxEvent } from './mail.types.js';

export { CalendarFeedService, FEED_PREFIX } from './calendar-feed.service.js';
export { communicationMail, composeMessage } from './mail.compose.js';
export { CalendarFeed, OutboxMessage, OutboxRecipient } from './mail.entity.js';
export { OutboxKind, OutboxStatus } from './mail.enums.js';
export { backoffMs, MailService, NO_SMTP } from './mail.service.js';
export type { MailAudience, MailDraft } from './mail.service.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    OUTBOX_CHANGED: [projectId: string, payload: OutboxEvent];
  }
}

declare module '../../common/actor.js' {
  interface EntityKinds {
    outboxMessage: true;
    calendarFeed: true;
  }
}

/** This module's per-request loaders. */
const mailLoaders = (ds: DataSource) => ({
  outboxRecipients: new DataLoader<string, OutboxRecipient[]>(async (ids) => {
    const rows = await ds.getRepository(OutboxRecipient).find({ where: { messageId: In([...ids]) }, order: { email: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.messageId === id));
  }, batchOptions),
});
declare module '../../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders, added to ctx.loaders
  interface RequestLoaders extends ReturnType<typeof mailLoaders> {}
}

export interface MailNeeds {
  communications: CommunicationService;
  schedules: ScheduleService;
  /** SMTP_URL; without it every message is held in the outbox. */
  smtpUrl: string | undefined;
  from: string;
  /** Where links in mail point: PUBLIC_URL or the server's own address. */
  publicUrl: string;
  /** How often the delivery worker runs (0: never, as for the command line). */
  intervalSeconds: number;
  /** Days a message done with is kept in the outbox (0: for ever); default 90. */
  retentionDays?: number;
}

export const mailModule = defineModule({
  name: 'mail',
  entities: [OutboxMessage, OutboxRecipient, CalendarFeed],
  loaders: mailLoaders,
  located: {
    outboxMessage: { name: 'Outbox message', sql: 'SELECT id, project_id FROM outbox_messages WHERE id = ANY($1::uuid[])' },
    calendarFeed: { name: 'Calendar feed', sql: 'SELECT id, project_id FROM calendar_feeds WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds, hub, logger }, needs: MailNeeds) => {
    const mail = new MailService(ds, needs.communications, { smtpUrl: needs.smtpUrl, from: needs.from, publicUrl: needs.publicUrl.replace(/\/+$/, ''), logger, retentionDays: needs.retentionDays ?? 90 });
    const calendarFeeds = new CalendarFeedService(ds, needs.schedules, needs.communications);
    mail.start(needs.intervalSeconds * 1000);
    return {
      services: { mail, calendarFeeds },
      resolvers: [
        [OutboxMessageResolver, new OutboxMessageResolver(mail)],
        [CalendarFeedResolver, new CalendarFeedResolver(calendarFeeds)],
        [ProjectMailResolver, new ProjectMailResolver(mail, calendarFeeds, needs.from)],
      ],
      // Committed outbox changes to the outbox page's watchers.
      onEvent: (e) => {
        if (e.type !== 'register' || e.register !== 'outbox' || !hub.watching('OUTBOX_CHANGED', e.projectId)) return;
        for (const messageId of e.ids) hub.publish('OUTBOX_CHANGED', e.projectId, { messageId, action: e.action, changeNumber: e.change ?? null });
      },
      close: () => mail.stop(),
    };
  },
});
