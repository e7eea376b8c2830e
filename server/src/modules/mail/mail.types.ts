import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import { MutationPayload } from '../../common/payload.js';
import { CalendarFeed, OutboxMessage } from './mail.entity.js';

export const OutboxMessageConnection = ConnectionType(OutboxMessage, 'OutboxMessage');

@ObjectType() export class OutboxMessagePayload extends MutationPayload { @Field(() => OutboxMessage) message: OutboxMessage; }
@ObjectType() export class CalendarFeedPayload extends MutationPayload { @Field(() => CalendarFeed) feed: CalendarFeed; }

@ObjectType()
export class CalendarFeedCreatePayload extends MutationPayload {
  @Field(() => CalendarFeed) feed: CalendarFeed;
  @Field(() => String, { description: 'The secret, shown this once' }) token: string;
  @Field(() => String, { description: 'Where a calendar app subscribes, on this server: /ical/<token>.ics' }) path: string;
}

@ObjectType({ description: 'How the server sends mail' })
export class MailDelivery {
  @Field(() => Boolean, { description: 'A mail server is configured (SMTP_URL); without one messages are held in the outbox' }) configured: boolean;
  @Field(() => String, { description: 'The sender address (MAIL_FROM)' }) from: string;
}

@ObjectType({ description: 'Whom an unsubscribe link stands for' })
export class Unsubscription {
  @Field(() => String) stakeholderName: string;
  @Field(() => String) projectName: string;
  @Field(() => Boolean, { description: 'They receive no more mail from the project' }) optedOut: boolean;
}

@ObjectType({ description: 'A message of the outbox was queued, sent, failed or retried' })
export class OutboxEvent {
  @Field(() => ID) messageId: string;
  @Field(() => String, { description: 'CREATED or UPDATED' }) action: string;
  @Field(() => Float, { nullable: true, description: "The project's change number of the write" }) changeNumber: number | null;
}
