import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal access tokens gain a scope (READ or READ_WRITE; existing tokens keep writing) and an
 * optional expiry; board tokens gain the layout their wall screen shows.
 */
export class PortfolioTokens1765800000000 implements MigrationInterface {
  name = 'PortfolioTokens1765800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "access_tokens" ADD "scope" text NOT NULL DEFAULT 'READ_WRITE'`);
    await q.query(`ALTER TABLE "access_tokens" ADD "expires_at" timestamptz`);
    await q.query(`ALTER TABLE "board_tokens" ADD "layout" text NOT NULL DEFAULT 'PROGRESS'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "board_tokens" DROP COLUMN "layout"`);
    await q.query(`ALTER TABLE "access_tokens" DROP COLUMN "expires_at"`);
    await q.query(`ALTER TABLE "access_tokens" DROP COLUMN "scope"`);
  }
}
