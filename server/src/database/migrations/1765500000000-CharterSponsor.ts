import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A charter is approved by a named sponsor (any member, a viewer included) who did not submit it,
 * and every decision on it (submitted, approved, rejected, reopened) is kept with who, when and
 * the comment given.
 */
export class CharterSponsor1765500000000 implements MigrationInterface {
  name = 'CharterSponsor1765500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "charters" ADD "approver_id" uuid`);
    await q.query(`ALTER TABLE "charters" ADD "submitted_by_id" uuid`);
    await q.query(`ALTER TABLE "charters" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `ALTER TABLE "charters" ADD CONSTRAINT "charters_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "charter_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "decision" text NOT NULL, "actor_id" uuid, "comment" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "charter_decisions_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "charter_decisions_project_id_idx" ON "charter_decisions"  ("project_id") `);
    await q.query(
      `ALTER TABLE "charter_decisions" ADD CONSTRAINT "charter_decisions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "charter_decisions" ADD CONSTRAINT "charter_decisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "charter_decisions" DROP CONSTRAINT "charter_decisions_actor_id_fkey"`);
    await q.query(`ALTER TABLE "charter_decisions" DROP CONSTRAINT "charter_decisions_project_id_fkey"`);
    await q.query(`DROP INDEX "public"."charter_decisions_project_id_idx"`);
    await q.query(`DROP TABLE "charter_decisions"`);
    await q.query(`ALTER TABLE "charters" DROP CONSTRAINT "charters_approver_id_fkey"`);
    await q.query(`ALTER TABLE "charters" DROP COLUMN "submitted_at"`);
    await q.query(`ALTER TABLE "charters" DROP COLUMN "submitted_by_id"`);
    await q.query(`ALTER TABLE "charters" DROP COLUMN "approver_id"`);
  }
}
