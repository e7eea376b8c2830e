import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The risk register (risks, their linked tasks and their append-only history) and the issue log
 * (issues and their links to tasks and risks); activity rows keep the name of the item they are
 * about, for the registers the activity log cannot look up.
 */
export class RisksIssues1765200000000 implements MigrationInterface {
  name = 'RisksIssues1765200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "activities" ADD "subject" text`);
    await q.query(`ALTER TABLE "board_tokens" ADD "show_top_risks" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "board_tokens" ADD "show_blocking_issues" boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE TABLE "risks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "cause" text NOT NULL DEFAULT '', "effect" text NOT NULL DEFAULT '', "category" text NOT NULL DEFAULT '', "owner_id" uuid, "kind" text NOT NULL DEFAULT 'THREAT', "probability" integer NOT NULL, "impact_schedule" integer NOT NULL, "impact_cost" integer NOT NULL, "impact_scope" integer NOT NULL, "impact_quality" integer NOT NULL, "impact" integer NOT NULL, "score" integer NOT NULL, "cost_impact" numeric(14,2), "schedule_impact_days" numeric(8,2), "expected_value" numeric(14,2), "strategy" text, "response_plan" text NOT NULL DEFAULT '', "trigger" text NOT NULL DEFAULT '', "review_date" date, "status" text NOT NULL DEFAULT 'IDENTIFIED', "residual_probability" integer, "residual_impact" integer, "residual_score" integer, "created_by_id" uuid, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_risks" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "risks_project_number_key" ON "risks" ("project_id", "number") `);
    await q.query(`ALTER TABLE "risks" ADD CONSTRAINT "risks_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "risk_tasks" ("risk_id" uuid NOT NULL, "task_id" uuid NOT NULL, CONSTRAINT "PK_risk_tasks" PRIMARY KEY ("risk_id", "task_id"))`);
    await q.query(`CREATE INDEX "risk_tasks_task_id_idx" ON "risk_tasks" ("task_id") `);
    await q.query(`ALTER TABLE "risk_tasks" ADD CONSTRAINT "risk_tasks_risk_id_fkey" FOREIGN KEY ("risk_id") REFERENCES "risks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "risk_tasks" ADD CONSTRAINT "risk_tasks_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await q.query(
      `CREATE TABLE "risk_history" ("id" BIGSERIAL NOT NULL, "project_id" uuid NOT NULL, "risk_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "status" text NOT NULL, "probability" integer NOT NULL, "impact" integer NOT NULL, "score" integer NOT NULL, "expected_value" numeric(14,2), "archived" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_risk_history" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "risk_history_project_at_idx" ON "risk_history" ("project_id", "at") `);
    await q.query(`ALTER TABLE "risk_history" ADD CONSTRAINT "risk_history_risk_id_fkey" FOREIGN KEY ("risk_id") REFERENCES "risks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await q.query(
      `CREATE TABLE "issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "type" text NOT NULL DEFAULT 'PROBLEM', "severity" text NOT NULL DEFAULT 'MEDIUM', "priority" text NOT NULL DEFAULT 'MEDIUM', "owner_id" uuid, "raised_by_id" uuid, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "due_date" date, "status" text NOT NULL DEFAULT 'OPEN', "escalation_level" integer NOT NULL DEFAULT 0, "escalated_to_id" uuid, "resolution" text NOT NULL DEFAULT '', "origin_risk_id" uuid, "created_by_id" uuid, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_issues" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "issues_project_number_key" ON "issues" ("project_id", "number") `);
    await q.query(`ALTER TABLE "issues" ADD CONSTRAINT "issues_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "issues" ADD CONSTRAINT "issues_origin_risk_id_fkey" FOREIGN KEY ("origin_risk_id") REFERENCES "risks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "issue_tasks" ("issue_id" uuid NOT NULL, "task_id" uuid NOT NULL, CONSTRAINT "PK_issue_tasks" PRIMARY KEY ("issue_id", "task_id"))`);
    await q.query(`CREATE INDEX "issue_tasks_task_id_idx" ON "issue_tasks" ("task_id") `);
    await q.query(`ALTER TABLE "issue_tasks" ADD CONSTRAINT "issue_tasks_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "issue_tasks" ADD CONSTRAINT "issue_tasks_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "issue_risks" ("issue_id" uuid NOT NULL, "risk_id" uuid NOT NULL, CONSTRAINT "PK_issue_risks" PRIMARY KEY ("issue_id", "risk_id"))`);
    await q.query(`CREATE INDEX "issue_risks_risk_id_idx" ON "issue_risks" ("risk_id") `);
    await q.query(`ALTER TABLE "issue_risks" ADD CONSTRAINT "issue_risks_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "issue_risks" ADD CONSTRAINT "issue_risks_risk_id_fkey" FOREIGN KEY ("risk_id") REFERENCES "risks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "issue_risks"`);
    await q.query(`DROP TABLE "issue_tasks"`);
    await q.query(`DROP TABLE "issues"`);
    await q.query(`DROP TABLE "risk_history"`);
    await q.query(`DROP TABLE "risk_tasks"`);
    await q.query(`DROP TABLE "risks"`);
    await q.query(`ALTER TABLE "board_tokens" DROP COLUMN "show_blocking_issues"`);
    await q.query(`ALTER TABLE "board_tokens" DROP COLUMN "show_top_risks"`);
    await q.query(`ALTER TABLE "activities" DROP COLUMN "subject"`);
  }
}
