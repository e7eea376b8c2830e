import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email to stakeholders and members: the outbox (one message, its recipients each with their own
 * delivery state, so a retry never sends twice to someone who already has it), the stakeholders'
 * opt-out with the token of their unsubscribe link, and personal calendar feed tokens (stored as a
 * SHA-256 hash, like board tokens, revocable).
 */
export class Mail1766000000000 implements MigrationInterface {
  name = 'Mail1766000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "outbox_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "project_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "subject" text NOT NULL,
        "text" text NOT NULL,
        "html" text,
        "status" text NOT NULL,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE,
        "source_key" text,
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "outbox_messages_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE,
        CONSTRAINT "outbox_messages_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`,
    );
    await q.query(`CREATE INDEX "outbox_messages_project_id_idx" ON "outbox_messages" ("project_id", "created_at")`);
    await q.query(`CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" ("next_attempt_at") WHERE "status" IN ('QUEUED', 'FAILED')`);
    await q.query(`CREATE UNIQUE INDEX "outbox_messages_source_key_key" ON "outbox_messages" ("source_key")`);
    await q.query(
      `CREATE TABLE "outbox_recipients" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "message_id" uuid NOT NULL,
        "email" text NOT NULL,
        "name" text NOT NULL DEFAULT '',
        "stakeholder_id" uuid,
        "user_id" uuid,
        "status" text NOT NULL,
        "error" text,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "outbox_recipients_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "outbox_recipients_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "outbox_messages"("id") ON DELETE CASCADE,
        CONSTRAINT "outbox_recipients_stakeholder_id_fkey" FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE SET NULL,
        CONSTRAINT "outbox_recipients_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`,
    );
    await q.query(`CREATE INDEX "outbox_recipients_message_id_idx" ON "outbox_recipients" ("message_id")`);
    await q.query(`ALTER TABLE "stakeholders" ADD "email_opt_out" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "stakeholders" ADD "opted_out_at" TIMESTAMP WITH TIME ZONE`);
    // Given to a stakeholder with their first mail; it can only opt them out, so it is kept as is.
    await q.query(`ALTER TABLE "stakeholders" ADD "unsubscribe_token" text`);
    await q.query(`CREATE UNIQUE INDEX "stakeholders_unsubscribe_token_key" ON "stakeholders" ("unsubscribe_token")`);
    await q.query(
      `CREATE TABLE "calendar_feeds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "project_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "name" text NOT NULL,
        "token_hash" text NOT NULL,
        "prefix" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_used_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "calendar_feeds_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE,
        CONSTRAINT "calendar_feeds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`,
    );
    // What "today" is for a project's communication plan: its own time zone when it names one.
    await q.query(`ALTER TABLE "project_plans" ADD "time_zone" text`);
    await q.query(`CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds" ("token_hash")`);
    await q.query(`CREATE INDEX "calendar_feeds_project_user_idx" ON "calendar_feeds" ("project_id", "user_id")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calendar_feeds"`);
    await q.query(`ALTER TABLE "project_plans" DROP COLUMN "time_zone"`);
    await q.query(`DROP INDEX "stakeholders_unsubscribe_token_key"`);
    await q.query(`ALTER TABLE "stakeholders" DROP COLUMN "unsubscribe_token"`);
    await q.query(`ALTER TABLE "stakeholders" DROP COLUMN "opted_out_at"`);
    await q.query(`ALTER TABLE "stakeholders" DROP COLUMN "email_opt_out"`);
    await q.query(`DROP TABLE "outbox_recipients"`);
    await q.query(`DROP TABLE "outbox_messages"`);
  }
}
