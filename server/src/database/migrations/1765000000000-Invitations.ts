import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations are accepted through their own secret link (only its SHA-256 is stored) and expire;
 * before, inviting an address made a password-less account that anyone signing up with that
 * address took over. Those accounts stay (they may be assignees), but signing up no longer
 * claims them or their memberships.
 */
export class Invitations1765000000000 implements MigrationInterface {
  name = 'Invitations1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "project_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "email" text NOT NULL, "name" text, "role" text NOT NULL, "token_hash" text NOT NULL, "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bddf504e527c1c64289e2c9cfd8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "project_invitations_project_id_idx" ON "project_invitations"  ("project_id") `);
    await q.query(`CREATE UNIQUE INDEX "project_invitations_token_hash_key" ON "project_invitations"  ("token_hash") `);
    await q.query(
      `ALTER TABLE "project_invitations" ADD CONSTRAINT "project_invitations_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_invitations" ADD CONSTRAINT "project_invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_invitations" ADD CONSTRAINT "project_invitations_accepted_by_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project_invitations" DROP CONSTRAINT "project_invitations_accepted_by_id_fkey"`);
    await q.query(`ALTER TABLE "project_invitations" DROP CONSTRAINT "project_invitations_invited_by_id_fkey"`);
    await q.query(`ALTER TABLE "project_invitations" DROP CONSTRAINT "project_invitations_project_id_fkey"`);
    await q.query(`DROP INDEX "public"."project_invitations_token_hash_key"`);
    await q.query(`DROP INDEX "public"."project_invitations_project_id_idx"`);
    await q.query(`DROP TABLE "project_invitations"`);
  }
}
