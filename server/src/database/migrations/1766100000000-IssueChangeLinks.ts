import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issues and change requests linked both ways: a change request raised to resolve an issue (or one
 * whose change caused it) lists the issue, and the issue lists the request. One row per pair; both
 * sides belong to the same project (checked by the service), and a deleted side takes its links.
 */
export class IssueChangeLinks1766100000000 implements MigrationInterface {
  name = 'IssueChangeLinks1766100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "change_request_issues" ("change_request_id" uuid NOT NULL, "issue_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_change_request_issues" PRIMARY KEY ("change_request_id", "issue_id"))`,
    );
    await q.query(`CREATE INDEX "change_request_issues_issue_id_idx" ON "change_request_issues" ("issue_id") `);
    await q.query(
      `ALTER TABLE "change_request_issues" ADD CONSTRAINT "change_request_issues_change_request_id_fkey" FOREIGN KEY ("change_request_id") REFERENCES "change_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "change_request_issues" ADD CONSTRAINT "change_request_issues_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "change_request_issues"`);
  }
}
