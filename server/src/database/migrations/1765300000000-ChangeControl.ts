import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Change control: change requests (their change set and last impact preview as jsonb, numbered
 * per project), their workflow steps, each project's change board, and the decision log.
 */
export class ChangeControl1765300000000 implements MigrationInterface {
  name = 'ChangeControl1765300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "change_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "reason" text NOT NULL DEFAULT '', "category" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "requested_by_id" uuid NOT NULL, "created_by_id" uuid, "change_set" jsonb NOT NULL, "linked_task_ids" jsonb NOT NULL DEFAULT '[]', "take_baseline" boolean NOT NULL DEFAULT false, "impact" jsonb, "applied_at" TIMESTAMP WITH TIME ZONE, "baseline_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e3f28255a6e818820f18f6d5956" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "change_requests_project_number_key" ON "change_requests" ("project_id", "number")`);
    await q.query(`CREATE TABLE "change_request_steps" ("id" BIGSERIAL NOT NULL, "change_request_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_id" uuid, "reason" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f2ce7aeb5263264006e64aa42e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "change_request_steps_request_idx" ON "change_request_steps" ("change_request_id", "id")`);
    await q.query(`CREATE TABLE "change_boards" ("project_id" uuid NOT NULL, "member_ids" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_change_boards" PRIMARY KEY ("project_id"))`);
    await q.query(`CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "rationale" text NOT NULL DEFAULT '', "alternatives" text NOT NULL DEFAULT '', "decided_by_ids" jsonb NOT NULL DEFAULT '[]', "decided_by_text" text NOT NULL DEFAULT '', "decided_on" date NOT NULL, "linked_task_ids" jsonb NOT NULL DEFAULT '[]', "linked_change_request_ids" jsonb NOT NULL DEFAULT '[]', "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "decisions_project_number_key" ON "decisions" ("project_id", "number")`);
    await q.query(`ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "change_request_steps" ADD CONSTRAINT "change_request_steps_change_request_id_fkey" FOREIGN KEY ("change_request_id") REFERENCES "change_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "change_boards" ADD CONSTRAINT "change_boards_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decisions" ADD CONSTRAINT "decisions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "decisions"`);
    await q.query(`DROP TABLE "change_boards"`);
    await q.query(`DROP TABLE "change_request_steps"`);
    await q.query(`DROP TABLE "change_requests"`);
  }
}
