import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durations, lags and leveling delays kept to a millionth of a working day (under a tenth of a
 * second on an 8-hour day) instead of a hundredth (about 5 minutes): an MS Project file with
 * a 1-hour task (0.125 day) or a 90-minute lag comes back out as it went in.
 */
export class FinerDurations1764300000000 implements MigrationInterface {
  name = 'FinerDurations1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tasks" ALTER COLUMN "duration_days" TYPE numeric(16,6)`);
    await q.query(`ALTER TABLE "tasks" ALTER COLUMN "leveling_delay_days" TYPE numeric(16,6)`);
    await q.query(`ALTER TABLE "task_dependencies" ALTER COLUMN "lag_days" TYPE numeric(16,6)`);
    await q.query(`ALTER TABLE "baseline_tasks" ALTER COLUMN "duration_days" TYPE numeric(16,6)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "baseline_tasks" ALTER COLUMN "duration_days" TYPE numeric(10,2)`);
    await q.query(`ALTER TABLE "task_dependencies" ALTER COLUMN "lag_days" TYPE numeric(10,2)`);
    await q.query(`ALTER TABLE "tasks" ALTER COLUMN "leveling_delay_days" TYPE numeric(10,2)`);
    await q.query(`ALTER TABLE "tasks" ALTER COLUMN "duration_days" TYPE numeric(10,2)`);
  }
}
