import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Collaborative documents: a snapshot per document plus an append-only update log, and the
 * projector's cursor (how far each document has been applied to the relational rows).
 * The collab service reads and writes these through plain SQL; no entity maps them.
 */
export class Collab1764180000000 implements MigrationInterface {
  name = 'Collab1764180000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "collab_documents" (
      "name" text NOT NULL,
      "snapshot" bytea,
      "snapshot_seq" bigint NOT NULL DEFAULT 0,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "collab_documents_pkey" PRIMARY KEY ("name"))`);
    await q.query(`CREATE TABLE "collab_updates" (
      "seq" BIGSERIAL NOT NULL,
      "doc_name" text NOT NULL,
      "update" bytea NOT NULL,
      "user_id" uuid,
      "origin" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "collab_updates_pkey" PRIMARY KEY ("seq"),
      CONSTRAINT "collab_updates_doc_name_fkey" FOREIGN KEY ("doc_name") REFERENCES "collab_documents"("name") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "collab_updates_doc_seq_idx" ON "collab_updates" ("doc_name", "seq")`);
    await q.query(`CREATE TABLE "collab_projections" (
      "doc_name" text NOT NULL,
      "projected_seq" bigint NOT NULL DEFAULT 0,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "collab_projections_pkey" PRIMARY KEY ("doc_name"),
      CONSTRAINT "collab_projections_doc_name_fkey" FOREIGN KEY ("doc_name") REFERENCES "collab_documents"("name") ON DELETE CASCADE)`);
    await q.query(`CREATE TABLE "server_secrets" (
      "name" text NOT NULL,
      "value" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "server_secrets_pkey" PRIMARY KEY ("name"))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "server_secrets"`);
    await q.query(`DROP TABLE "collab_projections"`);
    await q.query(`DROP TABLE "collab_updates"`);
    await q.query(`DROP TABLE "collab_documents"`);
  }
}
