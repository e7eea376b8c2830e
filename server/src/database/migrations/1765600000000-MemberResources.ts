import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A project member can be a resource: `resources.user_id` names the member's user, at most one
 * resource per member and project. Existing resources are linked only where the match is beyond
 * doubt: a WORK resource whose name (trimmed, any case) is the name of exactly one member of its
 * project, no other resource of the project has that name, and no other member shares it. Anything
 * else stays unlinked, and the resources page offers to link it by hand, so two "Sam"s are never
 * merged by guesswork.
 */
export class MemberResources1765600000000 implements MigrationInterface {
  name = 'MemberResources1765600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "resources" ADD "user_id" uuid`);
    await q.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "resources_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX "resources_project_user_key" ON "resources" ("project_id", "user_id") WHERE "user_id" IS NOT NULL`);
    await q.query(
      `WITH named AS (
         SELECT r.id, r.project_id, lower(btrim(r.name)) AS name,
                count(*) OVER (PARTITION BY r.project_id, lower(btrim(r.name))) AS resources
           FROM resources r WHERE r.type = 'WORK'
       ), people AS (
         SELECT m.project_id, m.user_id, lower(btrim(u.name)) AS name,
                count(*) OVER (PARTITION BY m.project_id, lower(btrim(u.name))) AS members
           FROM project_members m JOIN users u ON u.id = m.user_id
       )
       UPDATE resources r SET user_id = p.user_id
         FROM named n JOIN people p ON p.project_id = n.project_id AND p.name = n.name
        WHERE r.id = n.id AND n.resources = 1 AND p.members = 1
          AND NOT EXISTS (SELECT 1 FROM resources o WHERE o.project_id = r.project_id AND o.name <> r.name AND lower(btrim(o.name)) = n.name)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "resources_project_user_key"`);
    await q.query(`ALTER TABLE "resources" DROP CONSTRAINT "resources_user_id_fkey"`);
    await q.query(`ALTER TABLE "resources" DROP COLUMN "user_id"`);
  }
}
