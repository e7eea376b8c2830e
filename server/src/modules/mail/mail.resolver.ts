import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Permission } from '../../common/access.js';
import { can, watch } from '../../common/guard.js';
import { PageArgs } from '../../common/pagination.js';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import type { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarFeed, OutboxMessage, OutboxRecipient } from './mail.entity.js';
import { OutboxStatus } from './mail.enums.js';
import type { MailService } from './mail.service.js';
import { CalendarFeedCreatePayload, CalendarFeedPayload, MailDelivery, OutboxEvent, OutboxMessageConnection, OutboxMessagePayload, Unsubscription } from './mail.types.js';

@ArgsType()
class OutboxArgs extends PageArgs {
  @Field(() => OutboxStatus, { nullable: true, description: 'Only messages in this state' }) status?: OutboxStatus;
}

@Resolver(() => OutboxMessage)
export class OutboxMessageResolver {
  constructor(private readonly mail: MailService) {}

  @FieldResolver(() => [OutboxRecipient], { description: 'Each address with its own delivery state, by address' })
  recipients(@Root() m: OutboxMessage, @Ctx() ctx: Context) {
    return ctx.loaders.outboxRecipients.load(m.id);
  }

  @Mutation(() => OutboxMessagePayload, { description: 'Sends a failed or held message again now, to the recipients who do not have it yet; managers and owners' })
  async outboxRetry(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { message: await this.mail.retry(ctx.actor, id) };
  }

  @Subscription(() => OutboxEvent, {
    description: "Every change of the project's outbox (queued, sent, failed, retried); managers and owners",
    subscribe: ({ args, context }) => watch(context as Context, 'OUTBOX_CHANGED', args.projectId, Permission.OUTBOX_MANAGE),
  })
  outboxChanged(@Root() e: OutboxEvent, @Arg('projectId', () => UUID) _projectId: string): OutboxEvent {
    return e;
  }

  @Query(() => Unsubscription, { description: "Whom an unsubscribe link (from a mail) stands for; no sign-in needed" })
  unsubscription(@Arg('token', () => String) token: string) {
    return this.mail.unsubscription(token);
  }

  @Mutation(() => Unsubscription, { description: "Opts the link's stakeholder out of every mail of their project; no sign-in needed" })
  unsubscribe(@Arg('token', () => String) token: string) {
    return this.mail.unsubscribe(token);
  }

  @Mutation(() => Unsubscription, { description: "Takes the link's stakeholder back on their project's mail (undoes `unsubscribe`); no sign-in needed" })
  resubscribe(@Arg('token', () => String) token: string) {
    return this.mail.resubscribe(token);
  }
}

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Mutation(() => CalendarFeedCreatePayload, { description: "A personal calendar feed of the project's milestones, deadlines and communication due days; the token is shown once" })
  async calendarFeedCreate(@Arg('projectId', () => UUID) projectId: string, @Arg('name', () => String) name: string, @Ctx() ctx: Context) {
    const { token, feed } = await this.feeds.create(ctx.actor, projectId, name);
    return { token, feed, path: `/ical/${token}.ics` };
  }

  @Mutation(() => CalendarFeedPayload, { description: 'Revokes one of your calendar feeds: its address stops answering' })
  async calendarFeedRevoke(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { feed: await this.feeds.revoke(ctx.actor, id) };
  }
}

/** The `Project` fields this module owns. */
@Resolver(() => Project)
export class ProjectMailResolver {
  constructor(
    private readonly mail: MailService,
    private readonly feeds: CalendarFeedService,
    private readonly from: string,
  ) {}

  @FieldResolver(() => OutboxMessageConnection, { description: 'Mail sent, failing or held for this project, newest first; managers and owners' })
  outbox(@Root() p: Project, @Args(() => OutboxArgs) a: OutboxArgs, @Ctx() ctx: Context) {
    return this.mail.outbox(ctx.actor, p.id, a.first, a.after, a.status);
  }

  @FieldResolver(() => MailDelivery, { description: 'Whether mail can be sent at all; managers and owners' })
  async mailDelivery(@Root() p: Project, @Ctx() ctx: Context): Promise<MailDelivery> {
    await can(ctx.actor, p.id, Permission.OUTBOX_MANAGE);
    return { configured: this.mail.configured, from: this.from };
  }

  @FieldResolver(() => [CalendarFeed], { description: 'Your own calendar feeds of this project' })
  calendarFeeds(@Root() p: Project, @Ctx() ctx: Context) {
    return this.feeds.mine(ctx.actor, p.id);
  }
}
