import type { MigrationInterface, QueryRunner } from 'typeorm';
import { storeRollups } from '../../modules/task/rollup.js';

/**
 * Summary tasks carry their stored roll-up (percent complete and progress state from the work
 * under them, the rule of @trellis/schema/rollup), kept by the writes that change it; before, each
 * client computed it. Each summary also keeps the sums its roll-up is read from (rollup_sums), so an
 * edit recomputes the summaries above it from their direct children only. Existing projects are
 * filled with the same rule (the whole project at once, bottom-up).
 */
export class SummaryRollups1765100000000 implements MigrationInterface {
  name = 'SummaryRollups1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tasks" ADD "rollup_percent" integer`);
    await q.query(`ALTER TABLE "tasks" ADD "rollup_state" text`);
    await q.query(`ALTER TABLE "tasks" ADD "rollup_sums" jsonb`);
    const projects = (await q.query(`SELECT id FROM projects`)) as { id: string }[];
    for (const { id } of projects) await storeRollups((sql, params) => q.query(sql, params), id);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "rollup_sums"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "rollup_state"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "rollup_percent"`);
  }
}
