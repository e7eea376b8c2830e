import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each project's last change number (see common/changes.ts): one row per project that has had a write. */
export class ChangeNumbers1764500000000 implements MigrationInterface {
  name = 'ChangeNumbers1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "project_changes" ("project_id" uuid NOT NULL, "change" bigint NOT NULL, CONSTRAINT "PK_project_changes" PRIMARY KEY ("project_id"))`,
    );
    await q.query(
      `ALTER TABLE "project_changes" ADD CONSTRAINT "project_changes_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "project_changes"`);
  }
}
