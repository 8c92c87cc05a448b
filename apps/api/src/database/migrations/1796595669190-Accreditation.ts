import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accreditation (docs/accreditation.md): an event's zones, which positions enter which zone, and the badges (one live
 * badge per volunteer or guest; a reprint replaces the row and its QR token).
 */
export class Accreditation1796595669190 implements MigrationInterface {
  name = 'Accreditation1796595669190';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "event_badges" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "volunteer_id" uuid, "guest_id" uuid, "token" character varying(64) NOT NULL, "version" integer NOT NULL DEFAULT '1', "printed_at" TIMESTAMP WITH TIME ZONE, "replaced_at" TIMESTAMP WITH TIME ZONE, "replaced_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_badges_holder_check" CHECK (("volunteer_id" IS NULL) <> ("guest_id" IS NULL)), CONSTRAINT "PK_58411624cca56e847f22ede19e0" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "event_badges_live_guest_key" ON "event_badges"  ("event_id", "guest_id") WHERE "replaced_at" IS NULL AND "guest_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "event_badges_live_volunteer_key" ON "event_badges"  ("event_id", "volunteer_id") WHERE "replaced_at" IS NULL AND "volunteer_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "event_badges_token_key" ON "event_badges"  ("token") `);
    await q.query(`CREATE TABLE "event_zones" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "name_az" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, "name_ru" character varying(100) NOT NULL, "color" character(7) NOT NULL, "guest_access" character varying(10) NOT NULL DEFAULT 'none', "sort_order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_zones_event_name_key" UNIQUE ("event_id", "name_az"), CONSTRAINT "event_zones_guest_access_check" CHECK ("guest_access" IN ('none', 'vip', 'all')), CONSTRAINT "event_zones_color_check" CHECK ("color" ~ '^#[0-9A-F]{6}$'), CONSTRAINT "PK_2b74c78c1d79db557f2beffd087" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "event_zones_event_idx" ON "event_zones"  ("event_id") `);
    await q.query(`CREATE TABLE "event_zone_positions" ("zone_id" uuid NOT NULL, "position_id" uuid NOT NULL, CONSTRAINT "PK_68e37b991ae2812b3eaf8b36faf" PRIMARY KEY ("zone_id", "position_id"))`);
    await q.query(`CREATE INDEX "event_zone_positions_position_idx" ON "event_zone_positions"  ("position_id") `);
    await q.query(`ALTER TABLE "event_badges" ADD CONSTRAINT "FK_f59f80ebe409af460afcd38a635" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_badges" ADD CONSTRAINT "FK_347f858b31b997f05f036cea15a" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_badges" ADD CONSTRAINT "FK_b4c7574783f53ab013e0d73f285" FOREIGN KEY ("guest_id") REFERENCES "event_guests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_zones" ADD CONSTRAINT "FK_ebd5e91a94da636151fd9496afe" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_zone_positions" ADD CONSTRAINT "FK_79e7cfc15d7e779281fba71d816" FOREIGN KEY ("zone_id") REFERENCES "event_zones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_zone_positions" ADD CONSTRAINT "FK_778bb58a230975d47c935e804da" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "event_zone_positions" DROP CONSTRAINT "FK_778bb58a230975d47c935e804da"`);
    await q.query(`ALTER TABLE "event_zone_positions" DROP CONSTRAINT "FK_79e7cfc15d7e779281fba71d816"`);
    await q.query(`ALTER TABLE "event_zones" DROP CONSTRAINT "FK_ebd5e91a94da636151fd9496afe"`);
    await q.query(`ALTER TABLE "event_badges" DROP CONSTRAINT "FK_b4c7574783f53ab013e0d73f285"`);
    await q.query(`ALTER TABLE "event_badges" DROP CONSTRAINT "FK_347f858b31b997f05f036cea15a"`);
    await q.query(`ALTER TABLE "event_badges" DROP CONSTRAINT "FK_f59f80ebe409af460afcd38a635"`);
    await q.query(`DROP INDEX "public"."event_zone_positions_position_idx"`);
    await q.query(`DROP TABLE "event_zone_positions"`);
    await q.query(`DROP INDEX "public"."event_zones_event_idx"`);
    await q.query(`DROP TABLE "event_zones"`);
    await q.query(`DROP INDEX "public"."event_badges_token_key"`);
    await q.query(`DROP INDEX "public"."event_badges_live_volunteer_key"`);
    await q.query(`DROP INDEX "public"."event_badges_live_guest_key"`);
    await q.query(`DROP TABLE "event_badges"`);
  }
}
