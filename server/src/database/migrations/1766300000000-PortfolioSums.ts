import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running sums for the portfolio, kept by triggers in the transaction of every write that changes
 * them (as progress history is, ADR 0007), so that the portfolio reads a few rows per project
 * instead of every task with its baseline row.
 *
 * Over a project's live leaf tasks (not archived, not SUMMARY), in exact numeric arithmetic:
 * - `portfolio_task_sums`, per project: the leaves not cancelled, their duration, duration x percent
 *   and percent (percent complete is the duration-weighted mean, the plain mean without duration),
 *   and the total of the project's cost entries (actual cost is that total less the entries dated
 *   after the status date).
 * - `portfolio_baseline_sums`, per baseline: the leaves it holds, their baseline cost (BAC), cost x
 *   percent (100 x EV) and the earliest baseline start;
 * - `portfolio_baseline_finishes`, per baseline and baseline finish: the leaves and their cost, so
 *   planned value of the tasks finished by the status moment is BAC less the cost finishing after
 *   it, and the baseline finish is the last row.
 * Frequent writes (percent, duration, status, archive, a baseline taken, cost entries) add their
 * difference; rare ones (a task or baseline row deleted, a status changing category, the earliest
 * start leaving) sum the affected project or baseline again.
 */
export class PortfolioSums1766300000000 implements MigrationInterface {
  name = 'PortfolioSums1766300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "portfolio_task_sums" (
      "project_id" uuid PRIMARY KEY REFERENCES "projects"("id") ON DELETE CASCADE,
      "leaves" integer NOT NULL DEFAULT 0,
      "duration" numeric NOT NULL DEFAULT 0,
      "weighted" numeric NOT NULL DEFAULT 0,
      "percent" numeric NOT NULL DEFAULT 0,
      "cost" numeric NOT NULL DEFAULT 0
    )`);
    await q.query(`CREATE TABLE "portfolio_baseline_sums" (
      "baseline_id" uuid PRIMARY KEY REFERENCES "baselines"("id") ON DELETE CASCADE,
      "leaves" integer NOT NULL DEFAULT 0,
      "cost" numeric NOT NULL DEFAULT 0,
      "earned" numeric NOT NULL DEFAULT 0,
      "start_min" text
    )`);
    await q.query(`CREATE TABLE "portfolio_baseline_finishes" (
      "baseline_id" uuid NOT NULL REFERENCES "baselines"("id") ON DELETE CASCADE,
      "finish" text NOT NULL,
      "leaves" integer NOT NULL,
      "cost" numeric NOT NULL,
      PRIMARY KEY ("baseline_id", "finish")
    )`);
    // A task's baseline rows (kept by the triggers), the tasks under way at a moment (read by the
    // portfolio: those finishing after it) and a project's live milestones.
    await q.query(`CREATE INDEX "baseline_tasks_task_id_idx" ON "baseline_tasks" ("task_id")`);
    await q.query(`CREATE INDEX "baseline_tasks_finish_idx" ON "baseline_tasks" ("baseline_id", "finish") INCLUDE ("start", "cost")`);
    await q.query(`CREATE INDEX "tasks_live_milestones_idx" ON "tasks" ("project_id", "wbs_sort") WHERE "kind" = 'MILESTONE' AND "archived_at" IS NULL`);

    await q.query(`CREATE FUNCTION portfolio_refresh_projects(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO portfolio_task_sums AS ps (project_id, leaves, duration, weighted, percent, cost)
      SELECT p.id, coalesce(t.leaves, 0), coalesce(t.duration, 0), coalesce(t.weighted, 0), coalesce(t.percent, 0),
             coalesce((SELECT sum(c.amount) FROM cost_entries c WHERE c.project_id = p.id), 0)
        FROM projects p
        LEFT JOIN LATERAL (
          SELECT count(*)::int AS leaves, sum(t.duration_days) AS duration, sum(t.duration_days * t.percent_complete) AS weighted, sum(t.percent_complete) AS percent
            FROM tasks t JOIN task_statuses s ON s.id = t.status_id
           WHERE t.project_id = p.id AND t.archived_at IS NULL AND t.kind <> 'SUMMARY' AND s.category <> 'CANCELLED'
        ) t ON true
       WHERE p.id = ANY(ids)
      ON CONFLICT (project_id) DO UPDATE SET leaves = excluded.leaves, duration = excluded.duration, weighted = excluded.weighted, percent = excluded.percent, cost = excluded.cost
    $$`);
    await q.query(`CREATE FUNCTION portfolio_refresh_baselines(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM portfolio_baseline_finishes WHERE baseline_id = ANY(ids);
        INSERT INTO portfolio_baseline_finishes (baseline_id, finish, leaves, cost)
        SELECT bt.baseline_id, bt.finish, count(*), sum(bt.cost)
          FROM baselines b JOIN baseline_tasks bt ON bt.baseline_id = b.id JOIN tasks t ON t.id = bt.task_id AND t.project_id = b.project_id
         WHERE b.id = ANY(ids) AND t.archived_at IS NULL AND t.kind <> 'SUMMARY'
         GROUP BY bt.baseline_id, bt.finish;
        INSERT INTO portfolio_baseline_sums AS ps (baseline_id, leaves, cost, earned, start_min)
        SELECT b.id, count(x.cost), coalesce(sum(x.cost), 0), coalesce(sum(x.cost * x.percent_complete), 0), min(x.start)
          FROM baselines b
          LEFT JOIN LATERAL (
            SELECT bt.cost, bt.start, t.percent_complete FROM baseline_tasks bt JOIN tasks t ON t.id = bt.task_id
             WHERE bt.baseline_id = b.id AND t.project_id = b.project_id AND t.archived_at IS NULL AND t.kind <> 'SUMMARY'
          ) x ON true
         WHERE b.id = ANY(ids)
         GROUP BY b.id
        ON CONFLICT (baseline_id) DO UPDATE SET leaves = excluded.leaves, cost = excluded.cost, earned = excluded.earned, start_min = excluded.start_min;
      END $$`);
    // Adds signed contributions of leaves to baselines (+1 a leaf counted, -1 a leaf no longer counted).
    await q.query(`CREATE FUNCTION portfolio_apply_baselines(b uuid[], s int[], c numeric[], p int[], st text[], fi text[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        earliest_gone uuid[];
      BEGIN
        IF b IS NULL OR cardinality(b) = 0 THEN RETURN; END IF;
        -- Baselines losing a leaf at their earliest start: that start is looked for again below.
        SELECT array_agg(DISTINCT x.b) INTO earliest_gone
          FROM (SELECT d.b, d.st FROM unnest(b, s, st) AS d(b, s, st) GROUP BY d.b, d.st HAVING sum(d.s) < 0) x
          JOIN portfolio_baseline_sums ps ON ps.baseline_id = x.b AND x.st <= ps.start_min;
        INSERT INTO portfolio_baseline_sums AS ps (baseline_id, leaves, cost, earned, start_min)
        SELECT d.b, sum(d.s), sum(d.s * d.c), sum(d.s * d.c * d.p), min(d.st) FILTER (WHERE d.s > 0)
          FROM unnest(b, s, c, p, st) AS d(b, s, c, p, st) JOIN baselines bl ON bl.id = d.b
         GROUP BY d.b
        ON CONFLICT (baseline_id) DO UPDATE SET leaves = ps.leaves + excluded.leaves, cost = ps.cost + excluded.cost,
           earned = ps.earned + excluded.earned, start_min = least(ps.start_min, excluded.start_min);
        INSERT INTO portfolio_baseline_finishes AS pf (baseline_id, finish, leaves, cost)
        SELECT d.b, d.fi, sum(d.s), sum(d.s * d.c)
          FROM unnest(b, s, c, fi) AS d(b, s, c, fi) JOIN baselines bl ON bl.id = d.b
         GROUP BY d.b, d.fi HAVING sum(d.s) <> 0 OR sum(d.s * d.c) <> 0
        ON CONFLICT (baseline_id, finish) DO UPDATE SET leaves = pf.leaves + excluded.leaves, cost = pf.cost + excluded.cost;
        DELETE FROM portfolio_baseline_finishes WHERE baseline_id = ANY(b) AND leaves = 0;
        IF earliest_gone IS NOT NULL THEN
          UPDATE portfolio_baseline_sums ps SET start_min = (
            SELECT min(bt.start) FROM baseline_tasks bt JOIN baselines bl ON bl.id = bt.baseline_id JOIN tasks t ON t.id = bt.task_id AND t.project_id = bl.project_id
             WHERE bt.baseline_id = ps.baseline_id AND t.archived_at IS NULL AND t.kind <> 'SUMMARY')
           WHERE ps.baseline_id = ANY(earliest_gone);
        END IF;
      END $$`);
    // Old rows no longer counted (-1), new rows counted (+1): the projects' sums and, unless the
    // rows were deleted (their baseline rows are gone with them, see below), their baselines'.
    await q.query(`CREATE FUNCTION portfolio_apply_tasks(olds tasks[], news tasks[], with_baselines boolean) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        vb uuid[]; vs int[]; vc numeric[]; vp int[]; vst text[]; vfi text[];
      BEGIN
        WITH ch AS (
          SELECT -1 AS s, t.* FROM unnest(olds) t WHERE t.archived_at IS NULL AND t.kind <> 'SUMMARY'
          UNION ALL
          SELECT 1 AS s, t.* FROM unnest(news) t WHERE t.archived_at IS NULL AND t.kind <> 'SUMMARY'
        )
        INSERT INTO portfolio_task_sums AS ps (project_id, leaves, duration, weighted, percent)
        SELECT ch.project_id, sum(ch.s), sum(ch.s * ch.duration_days), sum(ch.s * ch.duration_days * ch.percent_complete), sum(ch.s * ch.percent_complete)
          FROM ch JOIN task_statuses st ON st.id = ch.status_id JOIN projects p ON p.id = ch.project_id
         WHERE st.category <> 'CANCELLED'
         GROUP BY ch.project_id
        ON CONFLICT (project_id) DO UPDATE SET leaves = ps.leaves + excluded.leaves, duration = ps.duration + excluded.duration,
           weighted = ps.weighted + excluded.weighted, percent = ps.percent + excluded.percent;
        IF NOT with_baselines THEN RETURN; END IF;
        WITH ch AS (
          SELECT -1 AS s, t.* FROM unnest(olds) t WHERE t.archived_at IS NULL AND t.kind <> 'SUMMARY'
          UNION ALL
          SELECT 1 AS s, t.* FROM unnest(news) t WHERE t.archived_at IS NULL AND t.kind <> 'SUMMARY'
        )
        SELECT array_agg(bt.baseline_id), array_agg(ch.s), array_agg(bt.cost), array_agg(ch.percent_complete), array_agg(bt.start), array_agg(bt.finish)
          INTO vb, vs, vc, vp, vst, vfi
          FROM ch JOIN baseline_tasks bt ON bt.task_id = ch.id JOIN baselines bl ON bl.id = bt.baseline_id AND bl.project_id = ch.project_id;
        PERFORM portfolio_apply_baselines(vb, vs, vc, vp, vst, vfi);
      END $$`);
    await q.query(`CREATE FUNCTION portfolio_tasks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        olds tasks[]; news tasks[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(n) INTO news FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(o) INTO olds FROM old_rows o;
        ELSE
          SELECT array_agg(o), array_agg(n) INTO olds, news
            FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.project_id, o.status_id, o.kind, o.archived_at IS NULL, o.duration_days, o.percent_complete)
                 IS DISTINCT FROM (n.project_id, n.status_id, n.kind, n.archived_at IS NULL, n.duration_days, n.percent_complete);
        END IF;
        IF olds IS NULL AND news IS NULL THEN RETURN NULL; END IF;
        PERFORM portfolio_apply_tasks(coalesce(olds, '{}'), coalesce(news, '{}'), TG_OP <> 'DELETE');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "portfolio_tasks_insert" AFTER INSERT ON "tasks" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_tasks_changed()`);
    await q.query(`CREATE TRIGGER "portfolio_tasks_update" AFTER UPDATE ON "tasks" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_tasks_changed()`);
    await q.query(`CREATE TRIGGER "portfolio_tasks_delete" AFTER DELETE ON "tasks" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_tasks_changed()`);

    // A baseline taken adds its live leaves; baseline rows deleted (with their task or their
    // baseline) or changed: the baselines left are summed again.
    await q.query(`CREATE FUNCTION portfolio_baseline_tasks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        vb uuid[]; vs int[]; vc numeric[]; vp int[]; vst text[]; vfi text[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(n.baseline_id), array_agg(1), array_agg(n.cost), array_agg(t.percent_complete), array_agg(n.start), array_agg(n.finish)
            INTO vb, vs, vc, vp, vst, vfi
            FROM new_rows n JOIN tasks t ON t.id = n.task_id JOIN baselines bl ON bl.id = n.baseline_id AND bl.project_id = t.project_id
           WHERE t.archived_at IS NULL AND t.kind <> 'SUMMARY';
          PERFORM portfolio_apply_baselines(vb, vs, vc, vp, vst, vfi);
        ELSE
          PERFORM portfolio_refresh_baselines(ARRAY(SELECT DISTINCT o.baseline_id FROM old_rows o));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "portfolio_baseline_tasks_insert" AFTER INSERT ON "baseline_tasks" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_baseline_tasks_changed()`);
    await q.query(`CREATE TRIGGER "portfolio_baseline_tasks_update" AFTER UPDATE ON "baseline_tasks" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_baseline_tasks_changed()`);
    await q.query(`CREATE TRIGGER "portfolio_baseline_tasks_delete" AFTER DELETE ON "baseline_tasks" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_baseline_tasks_changed()`);

    await q.query(`CREATE FUNCTION portfolio_cost_entries_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO portfolio_task_sums AS ps (project_id, cost)
          SELECT o.project_id, -sum(o.amount) FROM old_rows o JOIN projects p ON p.id = o.project_id GROUP BY o.project_id
          ON CONFLICT (project_id) DO UPDATE SET cost = ps.cost + excluded.cost;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          INSERT INTO portfolio_task_sums AS ps (project_id, cost)
          SELECT n.project_id, sum(n.amount) FROM new_rows n JOIN projects p ON p.id = n.project_id GROUP BY n.project_id
          ON CONFLICT (project_id) DO UPDATE SET cost = ps.cost + excluded.cost;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "portfolio_cost_entries_insert" AFTER INSERT ON "cost_entries" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_cost_entries_changed()`);
    await q.query(`CREATE TRIGGER "portfolio_cost_entries_update" AFTER UPDATE ON "cost_entries" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_cost_entries_changed()`);
    await q.query(`CREATE TRIGGER "portfolio_cost_entries_delete" AFTER DELETE ON "cost_entries" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION portfolio_cost_entries_changed()`);

    // A status changing category (cancelled counts no more, or again): its project is summed again.
    await q.query(`CREATE FUNCTION portfolio_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM portfolio_refresh_projects(ARRAY[NEW.project_id]);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "portfolio_status_category" AFTER UPDATE ON "task_statuses" FOR EACH ROW
      WHEN (OLD.category IS DISTINCT FROM NEW.category) EXECUTE FUNCTION portfolio_status_changed()`);

    await q.query(`SELECT portfolio_refresh_projects(ARRAY(SELECT id FROM projects))`);
    await q.query(`SELECT portfolio_refresh_baselines(ARRAY(SELECT id FROM baselines))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "portfolio_status_category" ON "task_statuses"`);
    await q.query(`DROP FUNCTION portfolio_status_changed()`);
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER "portfolio_cost_entries_${op}" ON "cost_entries"`);
      await q.query(`DROP TRIGGER "portfolio_baseline_tasks_${op}" ON "baseline_tasks"`);
      await q.query(`DROP TRIGGER "portfolio_tasks_${op}" ON "tasks"`);
    }
    await q.query(`DROP FUNCTION portfolio_cost_entries_changed()`);
    await q.query(`DROP FUNCTION portfolio_baseline_tasks_changed()`);
    await q.query(`DROP FUNCTION portfolio_tasks_changed()`);
    await q.query(`DROP FUNCTION portfolio_apply_tasks(tasks[], tasks[], boolean)`);
    await q.query(`DROP FUNCTION portfolio_apply_baselines(uuid[], int[], numeric[], int[], text[], text[])`);
    await q.query(`DROP FUNCTION portfolio_refresh_baselines(uuid[])`);
    await q.query(`DROP FUNCTION portfolio_refresh_projects(uuid[])`);
    await q.query(`DROP INDEX "tasks_live_milestones_idx"`);
    await q.query(`DROP INDEX "baseline_tasks_finish_idx"`);
    await q.query(`DROP INDEX "baseline_tasks_task_id_idx"`);
    await q.query(`DROP TABLE "portfolio_baseline_finishes"`);
    await q.query(`DROP TABLE "portfolio_baseline_sums"`);
    await q.query(`DROP TABLE "portfolio_task_sums"`);
  }
}
