import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The talent pool rebuilds one alumnus' facts from the hours roll-up by volunteer: without this index each
 * rebuild scanned all of `monthly_hours` (a 10,000-alumni rebuild took minutes in bench/talent).
 */
export class TalentPoolVolunteerMonths1796583600000 implements MigrationInterface {
  name = 'TalentPoolVolunteerMonths1796583600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "monthly_hours_volunteer_idx" ON "monthly_hours" ("volunteer_id", "month") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."monthly_hours_volunteer_idx"`);
  }
}
