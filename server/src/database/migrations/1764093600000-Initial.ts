import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, projects, members, charter, statuses, tasks, dependencies, board tokens, activity. */
export class Initial1764093600000 implements MigrationInterface {
  name = 'Initial1764093600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "methodology" text NOT NULL DEFAULT 'HYBRID', "status" text NOT NULL DEFAULT 'PROPOSED', "start_date" date, "target_finish" date, "currency" text NOT NULL DEFAULT 'EUR', "budget" numeric(14,2), "archived_at" TIMESTAMP WITH TIME ZONE, "task_seq" integer NOT NULL DEFAULT '0', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "projects_key_key" ON "projects"  ("key") `);
    await q.query(`CREATE TABLE "activities" ("id" BIGSERIAL NOT NULL, "project_id" uuid NOT NULL, "actor_id" uuid, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "task_id" uuid, "action" text NOT NULL, "field" text, "old_value" jsonb, "new_value" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "activities_task_id_idx" ON "activities"  ("task_id", "id") `);
    await q.query(`CREATE INDEX "activities_project_id_idx" ON "activities"  ("project_id", "id") `);
    await q.query(`CREATE TABLE "board_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "token_prefix" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_714f86e1c79fc8e1304315b2b4e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "board_tokens_project_id_idx" ON "board_tokens"  ("project_id") `);
    await q.query(`CREATE UNIQUE INDEX "board_tokens_token_hash_key" ON "board_tokens"  ("token_hash") `);
    await q.query(`CREATE TABLE "charters" ("project_id" uuid NOT NULL, "purpose" text NOT NULL DEFAULT '', "objectives" text array NOT NULL DEFAULT '{}', "success_criteria" text array NOT NULL DEFAULT '{}', "in_scope" text NOT NULL DEFAULT '', "out_of_scope" text NOT NULL DEFAULT '', "assumptions" text NOT NULL DEFAULT '', "constraints" text NOT NULL DEFAULT '', "key_stakeholders" text array NOT NULL DEFAULT '{}', "sponsor" text NOT NULL DEFAULT '', "approval_state" text NOT NULL DEFAULT 'DRAFT', "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_id" uuid, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dea60115d6d08dc52897f7c6744" PRIMARY KEY ("project_id"))`);
    await q.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await q.query(`CREATE TABLE "project_members" ("project_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3f491d3a3f986106d281d8eb4b" PRIMARY KEY ("project_id", "user_id"))`);
    await q.query(`CREATE INDEX "project_members_user_id_idx" ON "project_members"  ("user_id") `);
    await q.query(`CREATE TABLE "task_statuses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "category" text NOT NULL, "color" text NOT NULL DEFAULT '#64748b', "position" integer NOT NULL, CONSTRAINT "PK_28fe920c04b1baa795d82773739" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "task_statuses_project_name_key" ON "task_statuses"  ("project_id", "name") `);
    await q.query(`CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "number" integer NOT NULL, "parent_id" uuid, "position" integer NOT NULL, "wbs_code" text NOT NULL, "wbs_sort" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "kind" text NOT NULL DEFAULT 'TASK', "duration_days" numeric(10,2) NOT NULL DEFAULT '0', "planned_start" date, "planned_finish" date, "status_id" uuid NOT NULL, "percent_complete" integer NOT NULL DEFAULT '0', "assignee_id" uuid, "estimate_hours" numeric(10,2), "story_points" numeric(6,1), "created_by_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "tasks_status_id_idx" ON "tasks"  ("status_id") `);
    await q.query(`CREATE INDEX "tasks_assignee_id_idx" ON "tasks"  ("assignee_id") `);
    await q.query(`CREATE INDEX "tasks_parent_id_idx" ON "tasks"  ("parent_id") `);
    await q.query(`CREATE INDEX "tasks_project_wbs_sort_idx" ON "tasks"  ("project_id", "wbs_sort") `);
    await q.query(`CREATE UNIQUE INDEX "tasks_project_number_key" ON "tasks"  ("project_id", "number") `);
    await q.query(`CREATE TABLE "task_dependencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "predecessor_id" uuid NOT NULL, "successor_id" uuid NOT NULL, "type" text NOT NULL DEFAULT 'FS', "lag_days" numeric(10,2) NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e31de0e173af595a21c4ec8e48b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "task_dependencies_successor_id_idx" ON "task_dependencies"  ("successor_id") `);
    await q.query(`CREATE INDEX "task_dependencies_project_id_idx" ON "task_dependencies"  ("project_id") `);
    await q.query(`CREATE UNIQUE INDEX "task_dependencies_pair_key" ON "task_dependencies"  ("predecessor_id", "successor_id") `);
    await q.query(`CREATE TABLE "access_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "token_prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_65140f59763ff994a0252488166" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "access_tokens_user_id_idx" ON "access_tokens"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "access_tokens_token_hash_key" ON "access_tokens"  ("token_hash") `);
    await q.query(`CREATE TABLE "sessions" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))`);
    await q.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") `);
    await q.query(`ALTER TABLE "activities" ADD CONSTRAINT "activities_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "board_tokens" ADD CONSTRAINT "board_tokens_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "charters" ADD CONSTRAINT "charters_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "project_members" ADD CONSTRAINT "project_members_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "project_members" ADD CONSTRAINT "project_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "task_statuses" ADD CONSTRAINT "task_statuses_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "tasks" ADD CONSTRAINT "tasks_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "tasks" ADD CONSTRAINT "tasks_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "task_statuses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "task_dependencies" ADD CONSTRAINT "task_dependencies_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "task_dependencies" ADD CONSTRAINT "task_dependencies_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "task_dependencies" ADD CONSTRAINT "task_dependencies_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_id_fkey"`);
    await q.query(`ALTER TABLE "access_tokens" DROP CONSTRAINT "access_tokens_user_id_fkey"`);
    await q.query(`ALTER TABLE "task_dependencies" DROP CONSTRAINT "task_dependencies_successor_id_fkey"`);
    await q.query(`ALTER TABLE "task_dependencies" DROP CONSTRAINT "task_dependencies_predecessor_id_fkey"`);
    await q.query(`ALTER TABLE "task_dependencies" DROP CONSTRAINT "task_dependencies_project_id_fkey"`);
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT "tasks_assignee_id_fkey"`);
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT "tasks_status_id_fkey"`);
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT "tasks_parent_id_fkey"`);
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT "tasks_project_id_fkey"`);
    await q.query(`ALTER TABLE "task_statuses" DROP CONSTRAINT "task_statuses_project_id_fkey"`);
    await q.query(`ALTER TABLE "project_members" DROP CONSTRAINT "project_members_user_id_fkey"`);
    await q.query(`ALTER TABLE "project_members" DROP CONSTRAINT "project_members_project_id_fkey"`);
    await q.query(`ALTER TABLE "charters" DROP CONSTRAINT "charters_project_id_fkey"`);
    await q.query(`ALTER TABLE "board_tokens" DROP CONSTRAINT "board_tokens_project_id_fkey"`);
    await q.query(`ALTER TABLE "activities" DROP CONSTRAINT "activities_project_id_fkey"`);
    await q.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP INDEX "public"."access_tokens_token_hash_key"`);
    await q.query(`DROP INDEX "public"."access_tokens_user_id_idx"`);
    await q.query(`DROP TABLE "access_tokens"`);
    await q.query(`DROP INDEX "public"."task_dependencies_pair_key"`);
    await q.query(`DROP INDEX "public"."task_dependencies_project_id_idx"`);
    await q.query(`DROP INDEX "public"."task_dependencies_successor_id_idx"`);
    await q.query(`DROP TABLE "task_dependencies"`);
    await q.query(`DROP INDEX "public"."tasks_project_number_key"`);
    await q.query(`DROP INDEX "public"."tasks_project_wbs_sort_idx"`);
    await q.query(`DROP INDEX "public"."tasks_parent_id_idx"`);
    await q.query(`DROP INDEX "public"."tasks_assignee_id_idx"`);
    await q.query(`DROP INDEX "public"."tasks_status_id_idx"`);
    await q.query(`DROP TABLE "tasks"`);
    await q.query(`DROP INDEX "public"."task_statuses_project_name_key"`);
    await q.query(`DROP TABLE "task_statuses"`);
    await q.query(`DROP INDEX "public"."project_members_user_id_idx"`);
    await q.query(`DROP TABLE "project_members"`);
    await q.query(`DROP INDEX "public"."users_email_key"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "charters"`);
    await q.query(`DROP INDEX "public"."board_tokens_token_hash_key"`);
    await q.query(`DROP INDEX "public"."board_tokens_project_id_idx"`);
    await q.query(`DROP TABLE "board_tokens"`);
    await q.query(`DROP INDEX "public"."activities_project_id_idx"`);
    await q.query(`DROP INDEX "public"."activities_task_id_idx"`);
    await q.query(`DROP TABLE "activities"`);
    await q.query(`DROP INDEX "public"."projects_key_key"`);
    await q.query(`DROP TABLE "projects"`);
  }
}
