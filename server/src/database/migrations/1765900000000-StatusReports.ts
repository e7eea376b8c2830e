import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Status reports: a numbered report per project covering a period, a draft until it is published,
 * then frozen (its figures and narrative kept in `snapshot`, never recomputed). A project may tune
 * its health rules (`projects.health_rules`, only what differs from the defaults). Stakeholder
 * links are read-only tokens for one project's published reports, hashed at rest like board tokens.
 */
export class StatusReports1765900000000 implements MigrationInterface {
  name = 'StatusReports1765900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "projects" ADD "health_rules" jsonb`);
    await q.query(
      `CREATE TABLE "status_reports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "project_id" uuid NOT NULL,
        "number" int NOT NULL,
        "title" text NOT NULL,
        "period_start" date NOT NULL,
        "period_end" date NOT NULL,
        "status" text NOT NULL DEFAULT 'DRAFT',
        "overrides" jsonb NOT NULL DEFAULT '[]',
        "narrative" text NOT NULL DEFAULT '',
        "snapshot" jsonb,
        "overall" text,
        "published_at" timestamptz,
        "published_by_id" uuid,
        "created_by_id" uuid,
        "version" int NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "status_reports_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "status_reports_project_number_key" UNIQUE ("project_id", "number"),
        CONSTRAINT "status_reports_period_check" CHECK ("period_end" >= "period_start"),
        CONSTRAINT "status_reports_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED')),
        CONSTRAINT "status_reports_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE,
        CONSTRAINT "status_reports_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "status_reports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`,
    );
    await q.query(
      `CREATE TABLE "report_links" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "project_id" uuid NOT NULL,
        "name" text NOT NULL,
        "token_hash" text NOT NULL,
        "token_prefix" text NOT NULL,
        "created_by_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz,
        "revoked_at" timestamptz,
        CONSTRAINT "report_links_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "report_links_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE,
        CONSTRAINT "report_links_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`,
    );
    await q.query(`CREATE UNIQUE INDEX "report_links_token_hash_key" ON "report_links" ("token_hash")`);
    await q.query(`CREATE INDEX "report_links_project_id_idx" ON "report_links" ("project_id")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "report_links"`);
    await q.query(`DROP TABLE "status_reports"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "health_rules"`);
  }
}
