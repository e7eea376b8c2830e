import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each project's forecast from its computed schedule (the finish and every milestone's finish, as
 * the Gantt shows them), recorded by the schedule service whenever it computes a schedule, with the
 * plan fingerprint it was computed from: the portfolio reads many projects' forecasts in one
 * statement and schedules only those whose plan changed since. Projects get theirs the first time
 * their schedule is computed.
 *
 * No foreign key to projects: a schedule is computed (and recorded, outside any transaction) while
 * a write may hold its project's row lock (a structure change locks it FOR UPDATE and schedules
 * inside); the key check would wait for that write, which waits for its schedule. A deleted
 * project's row is left behind, never read (readers ask for the projects they list).
 */
export class ScheduleForecasts1766300000001 implements MigrationInterface {
  name = 'ScheduleForecasts1766300000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "schedule_forecasts" (
      "project_id" uuid PRIMARY KEY,
      "stamp" text NOT NULL,
      "finish" text NOT NULL,
      "milestones" jsonb NOT NULL DEFAULT '{}',
      "computed_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "schedule_forecasts"`);
  }
}
