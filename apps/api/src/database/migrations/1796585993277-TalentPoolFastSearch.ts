import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Talent pool search at 50,000 alumni (docs/talent-pool.md, bench/talent):
 * - `fit_default`: each alumnus' fit score with the default weights and no vacancy, kept by the facts rebuild,
 *   with a partial index in sort order, so the pool's default view (by fit score) reads 25 index entries
 *   instead of scoring and sorting every consenting row;
 * - an index for the 12-month-hours sort (the pages far down the list);
 * - a trigram index for the name search (`ILIKE '%…%'`) when `pg_trgm` can be created (it ships with the
 *   embedded PostgreSQL; on a server without it or without the right to create it, the search still works by a scan).
 * The existing rows get their `fit_default` on the next read: an out-of-date window makes the pool rebuild everyone.
 */
export class TalentPoolFastSearch1796585993277 implements MigrationInterface {
  name = 'TalentPoolFastSearch1796585993277';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "talent_facts" ADD "fit_default" double precision NOT NULL DEFAULT '0'`);
    await q.query(`UPDATE "talent_facts" SET "window_from" = '1900-01-01'`);
    await q.query(`CREATE INDEX "talent_facts_pool_fit_idx" ON "talent_facts" ("fit_default" DESC, "volunteer_id") WHERE "consent"`);
    await q.query(`CREATE INDEX "talent_facts_pool_hours12m_idx" ON "talent_facts" ("minutes12m" DESC, "volunteer_id") WHERE "consent"`);
    // A plpgsql block with an exception handler is a subtransaction: a missing extension must not fail the migration.
    await q.query(`DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN others THEN
        RAISE NOTICE 'pg_trgm unavailable (%): the talent pool name search scans', SQLERRM;
      END $$`);
    await q.query(`DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
          EXECUTE 'CREATE INDEX "talent_facts_name_trgm_idx" ON "talent_facts" USING gin ("full_name" gin_trgm_ops)';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "public"."talent_facts_name_trgm_idx"`);
    await q.query(`DROP INDEX "public"."talent_facts_pool_hours12m_idx"`);
    await q.query(`DROP INDEX "public"."talent_facts_pool_fit_idx"`);
    await q.query(`ALTER TABLE "talent_facts" DROP COLUMN "fit_default"`);
  }
}
