import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonthlyHoursEventIndex1796563739776 implements MigrationInterface {
  name = 'MonthlyHoursEventIndex1796563739776';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "monthly_hours_event_month_idx" ON "monthly_hours"  ("month") WHERE "owner_kind" = 'event'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."monthly_hours_event_month_idx"`);
  }
}
