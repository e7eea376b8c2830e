import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task state checkpoints (docs/adr/0007-progress-history.md): every task's tracked fields as they
 * stood at the end of a day, in one value (`server/src/modules/task/state-codec.ts`), written by
 * the server's history round once enough history rows have been written since the last one. A
 * settled day's states are then that checkpoint and the rows written after it, instead of one
 * index probe per task.
 *
 * - `at`: the instant the states stand just before (a midnight, UTC, that ended a day and was
 *   settled when the checkpoint was written: nothing recorded before it changes afterwards).
 * - `plan_layout`: the project's plan layout version in the same snapshot as the states (while it
 *   is the same, no task of the checkpoint was deleted since).
 * - `tasks`: how many task states the value holds.
 * Rows go with their project; nothing exists to carry over, the round writes them on start.
 */
export class TaskStateCheckpoints1766900000000 implements MigrationInterface {
  name = 'TaskStateCheckpoints1766900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "task_state_checkpoints" (
      "project_id" uuid NOT NULL,
      "at" timestamptz NOT NULL,
      "plan_layout" bigint NOT NULL,
      "tasks" int NOT NULL,
      "states" bytea NOT NULL,
      "written_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "task_state_checkpoints_pkey" PRIMARY KEY ("project_id", "at"),
      CONSTRAINT "task_state_checkpoints_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE
    )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "task_state_checkpoints"`);
  }
}
