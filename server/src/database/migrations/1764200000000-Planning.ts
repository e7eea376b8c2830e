import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Planning: working calendars with exceptions, the project's plan settings (calendar, status date),
 * scheduling fields on tasks (constraint, deadline, actuals, calendar, leveling delay), resources with
 * rate tables, assignments, baselines (immutable per-task snapshots) and cost entries (actual cost).
 * Local wall-clock datetimes are stored as ISO text 'YYYY-MM-DDTHH:MM': they carry no time zone.
 */
export class Planning1764200000000 implements MigrationInterface {
  name = 'Planning1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "work_calendars" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "base_calendar_id" uuid, "work_week" jsonb NOT NULL DEFAULT '{}', "hours_per_day" numeric(5,2) NOT NULL DEFAULT '8', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce050dae751d6eccf592ed89b02" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_calendars_project_id_idx" ON "work_calendars"  ("project_id") `);
    await q.query(`CREATE TABLE "calendar_exceptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "calendar_id" uuid NOT NULL, "name" text NOT NULL DEFAULT '', "from_date" date NOT NULL, "to_date" date NOT NULL, "working" boolean NOT NULL DEFAULT false, "times" jsonb, CONSTRAINT "PK_76dcb30fd3912d61dfd9d91a222" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "calendar_exceptions_calendar_id_idx" ON "calendar_exceptions"  ("calendar_id") `);
    await q.query(`CREATE TABLE "project_plans" ("project_id" uuid NOT NULL, "calendar_id" uuid, "status_date" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c9d12e23b1c4fa1fafeb6cbaeb2" PRIMARY KEY ("project_id"))`);
    await q.query(`CREATE TABLE "baselines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6177fb1b69ff49ab766da9e3c7f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "baselines_project_id_idx" ON "baselines"  ("project_id") `);
    await q.query(`CREATE TABLE "baseline_tasks" ("baseline_id" uuid NOT NULL, "task_id" uuid NOT NULL, "start" text NOT NULL, "finish" text NOT NULL, "duration_days" numeric(10,2) NOT NULL, "work_hours" numeric(14,2) NOT NULL DEFAULT '0', "cost" numeric(14,2) NOT NULL DEFAULT '0', CONSTRAINT "PK_1ca2d311c33eb2b10ab47c4318e" PRIMARY KEY ("baseline_id", "task_id"))`);
    await q.query(`CREATE TABLE "cost_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "task_id" uuid NOT NULL, "date" date NOT NULL, "hours" numeric(10,2), "amount" numeric(14,2) NOT NULL, "note" text NOT NULL DEFAULT '', "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f6bc78f0721ef21e37905a1b156" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "cost_entries_task_id_idx" ON "cost_entries"  ("task_id") `);
    await q.query(`CREATE INDEX "cost_entries_project_date_idx" ON "cost_entries"  ("project_id", "date") `);
    await q.query(`CREATE TABLE "resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "type" text NOT NULL DEFAULT 'WORK', "max_units" numeric(8,2) NOT NULL DEFAULT '1', "calendar_id" uuid, "standard_rate" numeric(14,2) NOT NULL DEFAULT '0', "overtime_rate" numeric(14,2) NOT NULL DEFAULT '0', "cost_per_use" numeric(14,2) NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_632484ab9dff41bba94f9b7c85e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "resources_project_id_idx" ON "resources"  ("project_id") `);
    await q.query(`CREATE TABLE "resource_rates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "effective_from" date NOT NULL, "standard_rate" numeric(14,2) NOT NULL DEFAULT '0', "overtime_rate" numeric(14,2) NOT NULL DEFAULT '0', "cost_per_use" numeric(14,2) NOT NULL DEFAULT '0', CONSTRAINT "PK_f18f4ce134b7f2e9b007f22efdc" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "resource_rates_resource_from_key" ON "resource_rates"  ("resource_id", "effective_from") `);
    await q.query(`CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "task_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "units" numeric(10,2) NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "assignments_resource_id_idx" ON "assignments"  ("resource_id") `);
    await q.query(`CREATE INDEX "assignments_project_id_idx" ON "assignments"  ("project_id") `);
    await q.query(`CREATE UNIQUE INDEX "assignments_task_resource_key" ON "assignments"  ("task_id", "resource_id") `);
    await q.query(`ALTER TABLE "tasks" ADD "constraint_type" text NOT NULL DEFAULT 'ASAP'`);
    await q.query(`ALTER TABLE "tasks" ADD "constraint_date" text`);
    await q.query(`ALTER TABLE "tasks" ADD "deadline" text`);
    await q.query(`ALTER TABLE "tasks" ADD "actual_start" text`);
    await q.query(`ALTER TABLE "tasks" ADD "actual_finish" text`);
    await q.query(`ALTER TABLE "tasks" ADD "calendar_id" uuid`);
    await q.query(`ALTER TABLE "tasks" ADD "leveling_delay_days" numeric(10,2) NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "work_calendars" ADD CONSTRAINT "work_calendars_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "work_calendars" ADD CONSTRAINT "work_calendars_base_calendar_id_fkey" FOREIGN KEY ("base_calendar_id") REFERENCES "work_calendars"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "calendar_exceptions" ADD CONSTRAINT "calendar_exceptions_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "work_calendars"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "project_plans" ADD CONSTRAINT "project_plans_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "project_plans" ADD CONSTRAINT "project_plans_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "work_calendars"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "tasks" ADD CONSTRAINT "tasks_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "work_calendars"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "baselines" ADD CONSTRAINT "baselines_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "baselines" ADD CONSTRAINT "baselines_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "baseline_tasks" ADD CONSTRAINT "baseline_tasks_baseline_id_fkey" FOREIGN KEY ("baseline_id") REFERENCES "baselines"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "baseline_tasks" ADD CONSTRAINT "baseline_tasks_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "cost_entries" ADD CONSTRAINT "cost_entries_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "cost_entries" ADD CONSTRAINT "cost_entries_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "cost_entries" ADD CONSTRAINT "cost_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "resources" ADD CONSTRAINT "resources_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "resources" ADD CONSTRAINT "resources_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "work_calendars"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "resource_rates" ADD CONSTRAINT "resource_rates_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "assignments" ADD CONSTRAINT "assignments_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "assignments" ADD CONSTRAINT "assignments_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "assignments" ADD CONSTRAINT "assignments_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assignments" DROP CONSTRAINT "assignments_resource_id_fkey"`);
    await q.query(`ALTER TABLE "assignments" DROP CONSTRAINT "assignments_task_id_fkey"`);
    await q.query(`ALTER TABLE "assignments" DROP CONSTRAINT "assignments_project_id_fkey"`);
    await q.query(`ALTER TABLE "resource_rates" DROP CONSTRAINT "resource_rates_resource_id_fkey"`);
    await q.query(`ALTER TABLE "resources" DROP CONSTRAINT "resources_calendar_id_fkey"`);
    await q.query(`ALTER TABLE "resources" DROP CONSTRAINT "resources_project_id_fkey"`);
    await q.query(`ALTER TABLE "cost_entries" DROP CONSTRAINT "cost_entries_user_id_fkey"`);
    await q.query(`ALTER TABLE "cost_entries" DROP CONSTRAINT "cost_entries_task_id_fkey"`);
    await q.query(`ALTER TABLE "cost_entries" DROP CONSTRAINT "cost_entries_project_id_fkey"`);
    await q.query(`ALTER TABLE "baseline_tasks" DROP CONSTRAINT "baseline_tasks_task_id_fkey"`);
    await q.query(`ALTER TABLE "baseline_tasks" DROP CONSTRAINT "baseline_tasks_baseline_id_fkey"`);
    await q.query(`ALTER TABLE "baselines" DROP CONSTRAINT "baselines_created_by_id_fkey"`);
    await q.query(`ALTER TABLE "baselines" DROP CONSTRAINT "baselines_project_id_fkey"`);
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT "tasks_calendar_id_fkey"`);
    await q.query(`ALTER TABLE "project_plans" DROP CONSTRAINT "project_plans_calendar_id_fkey"`);
    await q.query(`ALTER TABLE "project_plans" DROP CONSTRAINT "project_plans_project_id_fkey"`);
    await q.query(`ALTER TABLE "calendar_exceptions" DROP CONSTRAINT "calendar_exceptions_calendar_id_fkey"`);
    await q.query(`ALTER TABLE "work_calendars" DROP CONSTRAINT "work_calendars_base_calendar_id_fkey"`);
    await q.query(`ALTER TABLE "work_calendars" DROP CONSTRAINT "work_calendars_project_id_fkey"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "leveling_delay_days"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "calendar_id"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "actual_finish"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "actual_start"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "deadline"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "constraint_date"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "constraint_type"`);
    await q.query(`DROP INDEX "public"."assignments_task_resource_key"`);
    await q.query(`DROP INDEX "public"."assignments_project_id_idx"`);
    await q.query(`DROP INDEX "public"."assignments_resource_id_idx"`);
    await q.query(`DROP TABLE "assignments"`);
    await q.query(`DROP INDEX "public"."resource_rates_resource_from_key"`);
    await q.query(`DROP TABLE "resource_rates"`);
    await q.query(`DROP INDEX "public"."resources_project_id_idx"`);
    await q.query(`DROP TABLE "resources"`);
    await q.query(`DROP INDEX "public"."cost_entries_project_date_idx"`);
    await q.query(`DROP INDEX "public"."cost_entries_task_id_idx"`);
    await q.query(`DROP TABLE "cost_entries"`);
    await q.query(`DROP TABLE "baseline_tasks"`);
    await q.query(`DROP INDEX "public"."baselines_project_id_idx"`);
    await q.query(`DROP TABLE "baselines"`);
    await q.query(`DROP TABLE "project_plans"`);
    await q.query(`DROP INDEX "public"."calendar_exceptions_calendar_id_idx"`);
    await q.query(`DROP TABLE "calendar_exceptions"`);
    await q.query(`DROP INDEX "public"."work_calendars_project_id_idx"`);
    await q.query(`DROP TABLE "work_calendars"`);
  }
}
