import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The network as a tree (centers.parent_id, a 'national_center' kind, the coordinator's subtree flag) and the
 * computed calendar's overrides: the editable non_working_days rows become 'add' overrides (on a fresh
 * database there are none yet; the first start seeds the decrees), and the old table goes.
 */

export class NetworkAndCalendar1796581854887 implements MigrationInterface {
  name = 'NetworkAndCalendar1796581854887';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "calendar_years" ("year" integer NOT NULL, "confirmed" boolean NOT NULL DEFAULT false, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmed_by_id" uuid, CONSTRAINT "PK_1fed249d26e56ff06bb6dffd8d6" PRIMARY KEY ("year"))`);
    await q.query(`CREATE TABLE "calendar_overrides" ("date" date NOT NULL, "action" character varying(10) NOT NULL, "kind" character varying(20), "name_az" character varying(200), "name_en" character varying(200), "name_ru" character varying(200), "note" character varying(500), "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "calendar_overrides_kind_check" CHECK ("kind" IS NULL OR "kind" IN ('holiday', 'transferred', 'closure')), CONSTRAINT "calendar_overrides_action_check" CHECK ("action" IN ('add', 'remove')), CONSTRAINT "PK_5da0adcfdcb3ce929cd0845d9a4" PRIMARY KEY ("date"))`);
    await q.query(`ALTER TABLE "centers" ADD "parent_id" uuid`);
    await q.query(`ALTER TABLE "coordinator_centers" ADD "includes_subtree" boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX "centers_parent_idx" ON "centers"  ("parent_id") `);
    await q.query(`ALTER TABLE "centers" ADD CONSTRAINT "FK_a9f456b60ae25923f99f09316a3" FOREIGN KEY ("parent_id") REFERENCES "centers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "centers" DROP CONSTRAINT "centers_kind_check"`);
    await q.query(`ALTER TABLE "centers" ADD CONSTRAINT "centers_kind_check" CHECK ("kind" IN ('national_center', 'regional_center', 'district_branch', 'smart_point'))`);
    await q.query(`INSERT INTO "calendar_overrides" ("date", "action", "kind", "name_az", "name_en", "name_ru")
                   SELECT "date", 'add', "kind", "name_az", "name_en", "name_ru" FROM "non_working_days" ON CONFLICT DO NOTHING`);
    await q.query(`DROP TABLE "non_working_days"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "non_working_days" ("date" date NOT NULL, "kind" character varying(20) NOT NULL, "name_az" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "name_ru" character varying(200) NOT NULL, CONSTRAINT "non_working_days_kind_check" CHECK ("kind" IN ('holiday', 'transferred', 'closure')), CONSTRAINT "PK_a907e4bd32e336c2e23f6731c31" PRIMARY KEY ("date"))`);
    await q.query(`INSERT INTO "non_working_days" SELECT "date", "kind", "name_az", "name_en", "name_ru" FROM "calendar_overrides" WHERE "action" = 'add'`);
    await q.query(`UPDATE "centers" SET "kind" = 'regional_center' WHERE "kind" = 'national_center'`);
    await q.query(`ALTER TABLE "centers" DROP CONSTRAINT "centers_kind_check"`);
    await q.query(`ALTER TABLE "centers" ADD CONSTRAINT "centers_kind_check" CHECK ("kind" IN ('regional_center', 'district_branch', 'smart_point'))`);
    await q.query(`ALTER TABLE "centers" DROP CONSTRAINT "FK_a9f456b60ae25923f99f09316a3"`);
    await q.query(`DROP INDEX "public"."centers_parent_idx"`);
    await q.query(`ALTER TABLE "coordinator_centers" DROP COLUMN "includes_subtree"`);
    await q.query(`ALTER TABLE "centers" DROP COLUMN "parent_id"`);
    await q.query(`DROP TABLE "calendar_overrides"`);
    await q.query(`DROP TABLE "calendar_years"`);
  }
}
