import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stakeholder register (stakeholders and named groups of them), the communication plan (items
 * with their cadence and the history of the times they were held) and the RACI matrix's cells.
 * Group members and audiences are uuid arrays: small sets, read and written whole with their row.
 */
export class Stakeholders1765400000000 implements MigrationInterface {
  name = 'Stakeholders1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "stakeholders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "organisation" text NOT NULL DEFAULT '', "role" text NOT NULL DEFAULT '', "email" text, "phone" text, "member_id" uuid, "interest" integer NOT NULL, "influence" integer NOT NULL, "current_engagement" text NOT NULL, "desired_engagement" text NOT NULL, "communication_needs" text NOT NULL DEFAULT '', "notes" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74b5b503a4a44039a4a4b117ec6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "stakeholders_project_id_idx" ON "stakeholders"  ("project_id")`);
    await q.query(`CREATE TABLE "stakeholder_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "stakeholder_ids" uuid array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_929810a13e40c0be4c153c44957" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "stakeholder_groups_project_id_idx" ON "stakeholder_groups"  ("project_id")`);
    await q.query(`CREATE TABLE "communication_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "channel" text NOT NULL, "owner_id" uuid, "audience_stakeholder_ids" uuid array NOT NULL DEFAULT '{}', "audience_group_ids" uuid array NOT NULL DEFAULT '{}', "cadence_kind" text NOT NULL, "cadence_date" date, "cadence_weekday" integer, "cadence_every_weeks" integer, "cadence_month_day" integer, "starts_on" date NOT NULL, "last_held" date, "covered_until" date, "notes" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b7d21fbd5bd75570c0caad78cb" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "communication_items_project_id_idx" ON "communication_items"  ("project_id")`);
    await q.query(`CREATE TABLE "communication_occurrences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "held_on" date NOT NULL, "due_on" date, "notes" text NOT NULL DEFAULT '', "held_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_90db20f13b95582ada819ed52a6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "communication_occurrences_item_id_idx" ON "communication_occurrences"  ("item_id")`);
    await q.query(`CREATE TABLE "raci_cells" ("task_id" uuid NOT NULL, "party_id" uuid NOT NULL, "project_id" uuid NOT NULL, "party_kind" text NOT NULL, "letter" text, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68a7efe8e411f76f0a231803b45" PRIMARY KEY ("task_id", "party_id"))`);
    await q.query(`CREATE INDEX "raci_cells_project_id_idx" ON "raci_cells"  ("project_id")`);
    await q.query(`ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "stakeholder_groups" ADD CONSTRAINT "stakeholder_groups_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "communication_items" ADD CONSTRAINT "communication_items_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "communication_items" ADD CONSTRAINT "communication_items_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "communication_occurrences" ADD CONSTRAINT "communication_occurrences_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "communication_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "communication_occurrences" ADD CONSTRAINT "communication_occurrences_held_by_id_fkey" FOREIGN KEY ("held_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "raci_cells" ADD CONSTRAINT "raci_cells_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "raci_cells" ADD CONSTRAINT "raci_cells_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    // Dropping a table drops its indexes and constraints with it.
    await q.query(`DROP TABLE IF EXISTS "raci_cells" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "communication_occurrences" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "communication_items" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "stakeholder_groups" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "stakeholders" CASCADE`);
  }
}
