import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pool's `talent_facts.consent` now also requires status `alumni`: a hired alumnus (status `staff`) leaves the
 * pool (docs/talent-pool.md). The rows written before are rebuilt on the next read; the demo's future-dated
 * job-pool consents (given after now) are moved back to now, so withdrawing them cannot break the check constraint.
 */
export class TalentPoolStaffLeave1796586922563 implements MigrationInterface {
  name = 'TalentPoolStaffLeave1796586922563';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO "talent_facts_dirty" ("volunteer_id") SELECT "volunteer_id" FROM "talent_facts" ON CONFLICT DO NOTHING`);
    await q.query(`UPDATE "job_pool_consents" SET "given_at" = now() WHERE "given_at" > now() AND "withdrawn_at" IS NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the rebuild is idempotent and the consent times stay true.
  }
}
