import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress history (docs/adr/0007-progress-history.md): append-only rows written by triggers in the
 * same transaction as every write that changes a task's progress fields or a cost entry, and one
 * snapshot of each active project per day.
 *
 * - `trellis_now()` is the time a history row is stamped with: the transaction's start, unless the
 *   transaction set `trellis.now` (the server's clock, when it is not the system's).
 * - `task_history`: the tracked fields of a task after each insert or change of any of them (status,
 *   percent complete and its roll-up, duration, actual start and finish, archived), and the change of
 *   its own percent complete (`percent_delta`), so earned value over time is one sum.
 * - `cost_history`: a cost entry booked (+amount) or removed (-amount).
 * - `project_snapshots`: one row per project and day, unique by (project, day).
 * Rows that exist already get one history row each, at their creation, with what they hold now.
 */
export class ProgressHistory1765700000000 implements MigrationInterface {
  name = 'ProgressHistory1765700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION trellis_now() RETURNS timestamptz LANGUAGE sql STABLE AS
       $$ SELECT COALESCE(NULLIF(current_setting('trellis.now', true), '')::timestamptz, now()) $$`,
    );
    await q.query(`CREATE TABLE "task_history" (
      "id" bigserial PRIMARY KEY,
      "project_id" uuid NOT NULL,
      "task_id" uuid NOT NULL,
      "at" timestamptz NOT NULL,
      "status_id" uuid NOT NULL,
      "percent_complete" smallint NOT NULL,
      "percent_delta" smallint NOT NULL,
      "rollup_percent" smallint,
      "duration_days" numeric(16,6) NOT NULL,
      "actual_start" text,
      "actual_finish" text,
      "archived" boolean NOT NULL,
      CONSTRAINT "task_history_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE,
      CONSTRAINT "task_history_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX "task_history_task_at" ON "task_history" ("task_id", "at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "task_history_project_at" ON "task_history" ("project_id", "at")`);
    await q.query(`CREATE FUNCTION record_task_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO task_history (project_id, task_id, at, status_id, percent_complete, percent_delta, rollup_percent, duration_days, actual_start, actual_finish, archived)
        VALUES (NEW.project_id, NEW.id, trellis_now(), NEW.status_id, NEW.percent_complete,
                NEW.percent_complete - CASE WHEN TG_OP = 'UPDATE' THEN OLD.percent_complete ELSE 0 END,
                NEW.rollup_percent, NEW.duration_days, NEW.actual_start, NEW.actual_finish, NEW.archived_at IS NOT NULL);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "tasks_history_insert" AFTER INSERT ON "tasks" FOR EACH ROW EXECUTE FUNCTION record_task_history()`);
    await q.query(`CREATE TRIGGER "tasks_history_update" AFTER UPDATE ON "tasks" FOR EACH ROW
      WHEN ((OLD.status_id, OLD.percent_complete, OLD.rollup_percent, OLD.duration_days, OLD.actual_start, OLD.actual_finish, OLD.archived_at IS NULL)
            IS DISTINCT FROM (NEW.status_id, NEW.percent_complete, NEW.rollup_percent, NEW.duration_days, NEW.actual_start, NEW.actual_finish, NEW.archived_at IS NULL))
      EXECUTE FUNCTION record_task_history()`);

    await q.query(`CREATE TABLE "cost_history" (
      "id" bigserial PRIMARY KEY,
      "project_id" uuid NOT NULL,
      "task_id" uuid NOT NULL,
      "entry_id" uuid NOT NULL,
      "at" timestamptz NOT NULL,
      "date" date NOT NULL,
      "amount" numeric(14,2) NOT NULL,
      "hours" numeric(10,2),
      CONSTRAINT "cost_history_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE,
      CONSTRAINT "cost_history_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX "cost_history_project_at" ON "cost_history" ("project_id", "at")`);
    await q.query(`CREATE FUNCTION record_cost_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO cost_history (project_id, task_id, entry_id, at, date, amount, hours)
          VALUES (OLD.project_id, OLD.task_id, OLD.id, trellis_now(), OLD.date, -OLD.amount, CASE WHEN OLD.hours IS NULL THEN NULL ELSE -OLD.hours END);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          INSERT INTO cost_history (project_id, task_id, entry_id, at, date, amount, hours)
          VALUES (NEW.project_id, NEW.task_id, NEW.id, trellis_now(), NEW.date, NEW.amount, NEW.hours);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "cost_entries_history" AFTER INSERT OR UPDATE OR DELETE ON "cost_entries" FOR EACH ROW EXECUTE FUNCTION record_cost_history()`);

    await q.query(`CREATE TABLE "project_snapshots" (
      "project_id" uuid NOT NULL,
      "day" date NOT NULL,
      "taken_at" timestamptz NOT NULL,
      "percent_complete" numeric(7,3) NOT NULL,
      "baseline_id" uuid,
      "pv" numeric(16,2),
      "ev" numeric(16,2),
      "ac" numeric(16,2) NOT NULL,
      "spi" numeric(12,6),
      "cpi" numeric(12,6),
      "forecast_finish" text,
      "baseline_finish" text,
      "open_risk_exposure" numeric(16,2) NOT NULL,
      "open_issues" jsonb NOT NULL,
      "remaining_days" numeric(16,6) NOT NULL,
      "completed_days" numeric(16,6) NOT NULL,
      "total_days" numeric(16,6) NOT NULL,
      "tasks" int NOT NULL,
      "tasks_done" int NOT NULL,
      CONSTRAINT "project_snapshots_pkey" PRIMARY KEY ("project_id", "day"),
      CONSTRAINT "project_snapshots_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE
    )`);

    await q.query(
      `INSERT INTO task_history (project_id, task_id, at, status_id, percent_complete, percent_delta, rollup_percent, duration_days, actual_start, actual_finish, archived)
       SELECT project_id, id, created_at, status_id, percent_complete, percent_complete, rollup_percent, duration_days, actual_start, actual_finish, archived_at IS NOT NULL FROM tasks`,
    );
    await q.query(
      `INSERT INTO cost_history (project_id, task_id, entry_id, at, date, amount, hours)
       SELECT project_id, task_id, id, created_at, date, amount, hours FROM cost_entries`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "project_snapshots"`);
    await q.query(`DROP TRIGGER "cost_entries_history" ON "cost_entries"`);
    await q.query(`DROP FUNCTION record_cost_history()`);
    await q.query(`DROP TABLE "cost_history"`);
    await q.query(`DROP TRIGGER "tasks_history_update" ON "tasks"`);
    await q.query(`DROP TRIGGER "tasks_history_insert" ON "tasks"`);
    await q.query(`DROP FUNCTION record_task_history()`);
    await q.query(`DROP TABLE "task_history"`);
    await q.query(`DROP FUNCTION trellis_now()`);
  }
}
