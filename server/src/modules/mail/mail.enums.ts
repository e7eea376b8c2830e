import { registerEnumType } from 'type-graphql';

/** Where a message stands. */
export enum OutboxStatus {
  /** Waiting for the delivery worker. */
  QUEUED = 'QUEUED',
  /** Every recipient has it. */
  SENT = 'SENT',
  /** The last attempt failed for some recipient; it is tried again at `nextAttemptAt`. */
  FAILED = 'FAILED',
  /** Not sent: no mail server is configured (SMTP_URL). Kept so a manager sees it, and can send it later. */
  HELD = 'HELD',
}
registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

/** What a message is. */
export enum OutboxKind {
  STATUS_REPORT = 'STATUS_REPORT',
  COMMUNICATION = 'COMMUNICATION',
  OTHER = 'OTHER',
}
registerEnumType(OutboxKind, { name: 'OutboxKind' });
