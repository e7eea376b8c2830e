import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The issue log's history, so a day's snapshot counts the issues that were open that day with the
 * severity they had then (docs/adr/0007-progress-history.md), as the risk register's `risk_history`
 * already does for exposure.
 *
 * - `issue_history`: an issue's status, severity, priority, due date and whether it was archived,
 *   after each insert or change of any of them, written by a trigger in the writing transaction, so
 *   every write path (the API, imports, links from change requests) is covered without hooks.
 * - `risk_history.at` is stamped by `trellis_now()` like the progress history, so a server whose
 *   clock is not the system's (tests, a replay) dates its rows by its own clock.
 * - Issues that exist already get what can be known of their past: open with their current severity
 *   from the moment they were raised, and their current status from their last change when it is
 *   not open any more.
 */
export class IssueHistory1766500000000 implements MigrationInterface {
  name = 'IssueHistory1766500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "risk_history" ALTER COLUMN "at" SET DEFAULT trellis_now()`);
    await q.query(`CREATE TABLE "issue_history" (
      "id" bigserial PRIMARY KEY,
      "project_id" uuid NOT NULL,
      "issue_id" uuid NOT NULL,
      "at" timestamptz NOT NULL,
      "status" text NOT NULL,
      "severity" text NOT NULL,
      "priority" text NOT NULL,
      "due_date" date,
      "archived" boolean NOT NULL,
      CONSTRAINT "issue_history_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE,
      CONSTRAINT "issue_history_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX "issue_history_project_at" ON "issue_history" ("project_id", "at")`);
    await q.query(`CREATE FUNCTION record_issue_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO issue_history (project_id, issue_id, at, status, severity, priority, due_date, archived)
        VALUES (NEW.project_id, NEW.id, trellis_now(), NEW.status, NEW.severity, NEW.priority, NEW.due_date, NEW.archived_at IS NOT NULL);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "issues_history_insert" AFTER INSERT ON "issues" FOR EACH ROW EXECUTE FUNCTION record_issue_history()`);
    await q.query(`CREATE TRIGGER "issues_history_update" AFTER UPDATE ON "issues" FOR EACH ROW
      WHEN ((OLD.status, OLD.severity, OLD.priority, OLD.due_date, OLD.archived_at IS NULL)
            IS DISTINCT FROM (NEW.status, NEW.severity, NEW.priority, NEW.due_date, NEW.archived_at IS NULL))
      EXECUTE FUNCTION record_issue_history()`);
    await q.query(
      `INSERT INTO issue_history (project_id, issue_id, at, status, severity, priority, due_date, archived)
       SELECT project_id, id, LEAST(raised_at, created_at), 'OPEN', severity, priority, due_date, false FROM issues`,
    );
    await q.query(
      `INSERT INTO issue_history (project_id, issue_id, at, status, severity, priority, due_date, archived)
       SELECT project_id, id, GREATEST(updated_at, LEAST(raised_at, created_at)), status, severity, priority, due_date, archived_at IS NOT NULL
         FROM issues WHERE status <> 'OPEN' OR archived_at IS NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "issues_history_update" ON "issues"`);
    await q.query(`DROP TRIGGER "issues_history_insert" ON "issues"`);
    await q.query(`DROP FUNCTION record_issue_history()`);
    await q.query(`DROP TABLE "issue_history"`);
    await q.query(`ALTER TABLE "risk_history" ALTER COLUMN "at" SET DEFAULT now()`);
  }
}
