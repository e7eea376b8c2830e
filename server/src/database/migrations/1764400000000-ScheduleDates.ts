import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A task's dates are the computed schedule's; what people typed as planned dates becomes what it
 * means in the planning model. A planned start is a "start no earlier than" constraint on that day
 * (00:00: the first working time of the day or after), a planned finish a deadline at the end of
 * that day. Where the task already has a constraint or a deadline, that one stays and the typed
 * date is kept in the task's history (an activity row by Trellis itself), so nothing is lost.
 */
export class ScheduleDates1764400000000 implements MigrationInterface {
  name = 'ScheduleDates1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    // What cannot move into a free constraint or deadline goes into the history first.
    await q.query(
      `INSERT INTO activities (project_id, actor_id, entity_type, entity_id, task_id, action, field, old_value, new_value)
       SELECT t.project_id, NULL, 'task', t.id::text, t.id, 'UPDATED', 'plannedStart', to_jsonb(to_char(t.planned_start, 'YYYY-MM-DD')), NULL
         FROM tasks t WHERE t.planned_start IS NOT NULL AND t.constraint_type <> 'ASAP'`,
    );
    await q.query(
      `INSERT INTO activities (project_id, actor_id, entity_type, entity_id, task_id, action, field, old_value, new_value)
       SELECT t.project_id, NULL, 'task', t.id::text, t.id, 'UPDATED', 'plannedFinish', to_jsonb(to_char(t.planned_finish, 'YYYY-MM-DD')), NULL
         FROM tasks t WHERE t.planned_finish IS NOT NULL AND t.deadline IS NOT NULL`,
    );
    await q.query(
      `UPDATE tasks SET constraint_type = 'SNET', constraint_date = to_char(planned_start, 'YYYY-MM-DD') || 'T00:00'
        WHERE planned_start IS NOT NULL AND constraint_type = 'ASAP'`,
    );
    await q.query(
      `UPDATE tasks SET deadline = to_char(planned_finish, 'YYYY-MM-DD') || 'T23:59'
        WHERE planned_finish IS NOT NULL AND deadline IS NULL`,
    );
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "planned_start"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "planned_finish"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tasks" ADD "planned_start" date`);
    await q.query(`ALTER TABLE "tasks" ADD "planned_finish" date`);
    await q.query(`UPDATE tasks SET planned_start = left(constraint_date, 10)::date WHERE constraint_type = 'SNET' AND constraint_date IS NOT NULL`);
    await q.query(`UPDATE tasks SET planned_finish = left(deadline, 10)::date WHERE deadline IS NOT NULL`);
  }
}
