import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The plan tables whose project is a column of their own rows. */
const OWN = ['tasks', 'task_dependencies', 'work_calendars', 'resources', 'assignments', 'project_plans'] as const;
/** The plan tables whose project is their parent row's: table, parent key, parent table. */
const CHILD = [
  ['calendar_exceptions', 'calendar_id', 'work_calendars'],
  ['resource_rates', 'resource_id', 'resources'],
] as const;

/**
 * A plan version per project, kept by the database in the transaction of every write to the plan,
 * so that the schedule's fingerprint is one row read per project instead of a count and the newest
 * row version over every plan table.
 *
 * Three columns of the project's running-sums row (`portfolio_task_sums`, one row per project):
 * - `plan_version`: one more for every statement that inserts, updates or deletes rows of the
 *   project's plan (tasks, links, calendars and their exceptions, resources and their rates,
 *   assignments, plan settings), both projects' when a row moves between projects;
 * - `plan_layout`: the plan version of the last such statement other than an update of tasks staying
 *   in their project (the schedule service patches task updates into a kept plan, anything else
 *   reads the plan whole);
 * - `plan_writer`: the transaction (top-level id) of the last such statement.
 * The project's own row is not counted here: its row version (xmin) is read with the counter.
 *
 * Keeping the version in the sums row means one row per project is locked by plan and sum writes
 * alike, so no two writers can take a project's rows in opposite orders; a write moving rows between
 * projects takes their rows in id order. A rolled-back write leaves the version as it was.
 *
 * A project deleted takes its recorded schedule forecast with it (that table has no foreign key, see
 * migration 1766300000001-ScheduleForecasts); the rows left by projects deleted before are removed.
 */
export class PlanVersions1766800004217 implements MigrationInterface {
  name = 'PlanVersions1766800004217';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "portfolio_task_sums"
      ADD COLUMN "plan_version" bigint NOT NULL DEFAULT 1,
      ADD COLUMN "plan_layout" bigint NOT NULL DEFAULT 1,
      ADD COLUMN "plan_writer" bigint NOT NULL DEFAULT 0`);
    // Every project has its row (with its sums) and so a version.
    await q.query(`SELECT portfolio_refresh_projects(ARRAY(SELECT p.id FROM projects p WHERE NOT EXISTS (SELECT 1 FROM portfolio_task_sums s WHERE s.project_id = p.id)))`);

    // Projects gone (a cascade from their deletion) are skipped, as the sums' triggers do.
    await q.query(`CREATE FUNCTION plan_version_bump(ids uuid[], layout boolean) RETURNS void LANGUAGE sql AS $$
      INSERT INTO portfolio_task_sums AS ps (project_id, plan_version, plan_layout, plan_writer)
      SELECT p.id, 1, 1, txid_current() FROM projects p WHERE p.id = ANY(ids) ORDER BY p.id
      ON CONFLICT (project_id) DO UPDATE SET plan_version = ps.plan_version + 1,
         plan_layout = CASE WHEN layout THEN ps.plan_version + 1 ELSE ps.plan_layout END,
         plan_writer = excluded.plan_writer
    $$`);
    await q.query(`CREATE FUNCTION plan_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[] := '{}';
        layout boolean := true;
      BEGIN
        IF TG_OP <> 'DELETE' THEN ids := ids || ARRAY(SELECT DISTINCT n.project_id FROM new_rows n); END IF;
        IF TG_OP <> 'INSERT' THEN ids := ids || ARRAY(SELECT DISTINCT o.project_id FROM old_rows o); END IF;
        IF TG_TABLE_NAME = 'tasks' AND TG_OP = 'UPDATE' THEN
          layout := EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.project_id IS DISTINCT FROM o.project_id);
        END IF;
        IF cardinality(ids) > 0 THEN PERFORM plan_version_bump(ids, layout); END IF;
        RETURN NULL;
      END $$`);
    for (const [table, key, parent] of CHILD) {
      await q.query(`CREATE FUNCTION plan_${table}_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          ids uuid[] := '{}';
        BEGIN
          IF TG_OP <> 'DELETE' THEN ids := ids || ARRAY(SELECT DISTINCT x.project_id FROM new_rows n JOIN ${parent} x ON x.id = n.${key}); END IF;
          IF TG_OP <> 'INSERT' THEN ids := ids || ARRAY(SELECT DISTINCT x.project_id FROM old_rows o JOIN ${parent} x ON x.id = o.${key}); END IF;
          IF cardinality(ids) > 0 THEN PERFORM plan_version_bump(ids, true); END IF;
          RETURN NULL;
        END $$`);
    }
    const tables = [...OWN.map((t) => [t, 'plan_rows_changed'] as const), ...CHILD.map(([t]) => [t, `plan_${t}_changed`] as const)];
    for (const [table, fn] of tables) {
      await q.query(`CREATE TRIGGER "plan_version_${table}_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER "plan_version_${table}_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER "plan_version_${table}_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    await q.query(`CREATE FUNCTION schedule_forecasts_project_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM schedule_forecasts f USING old_rows o WHERE f.project_id = o.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "schedule_forecasts_project_delete" AFTER DELETE ON "projects" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION schedule_forecasts_project_deleted()`);
    await q.query(`DELETE FROM schedule_forecasts f WHERE NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = f.project_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "schedule_forecasts_project_delete" ON "projects"`);
    await q.query(`DROP FUNCTION schedule_forecasts_project_deleted()`);
    for (const table of [...OWN, ...CHILD.map(([t]) => t)]) {
      for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER "plan_version_${table}_${op}" ON "${table}"`);
    }
    for (const [table] of CHILD) await q.query(`DROP FUNCTION plan_${table}_changed()`);
    await q.query(`DROP FUNCTION plan_rows_changed()`);
    await q.query(`DROP FUNCTION plan_version_bump(uuid[], boolean)`);
    await q.query(`ALTER TABLE "portfolio_task_sums" DROP COLUMN "plan_version", DROP COLUMN "plan_layout", DROP COLUMN "plan_writer"`);
  }
}
