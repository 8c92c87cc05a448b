import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventGuests1796595595310 implements MigrationInterface {
  name = 'EventGuests1796595595310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "event_delegations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "languages" jsonb NOT NULL DEFAULT '[]', "min_level" character varying(2) NOT NULL DEFAULT 'B2', "liaisons_needed" integer NOT NULL DEFAULT '1', "programme" jsonb NOT NULL DEFAULT '[]', "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_delegations_event_name_key" UNIQUE ("event_id", "name"), CONSTRAINT "event_delegations_liaisons_needed_check" CHECK ("liaisons_needed" BETWEEN 1 AND 2), CONSTRAINT "event_delegations_min_level_check" CHECK ("min_level" IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')), CONSTRAINT "event_delegations_country_check" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "PK_9e49dfef3d965e0269161e5663a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "event_delegations_event_idx" ON "event_delegations"  ("event_id") `);
    await q.query(`CREATE TABLE "event_guests" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "delegation_id" uuid, "import_key" character varying(120) NOT NULL, "full_name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "organisation" character varying(200), "languages" jsonb NOT NULL DEFAULT '[]', "arrival_at" TIMESTAMP WITH TIME ZONE, "arrival_place" character varying(200), "departure_at" TIMESTAMP WITH TIME ZONE, "departure_place" character varying(200), "hotel" character varying(200), "needs" text, "vip" boolean NOT NULL DEFAULT false, "email" character varying(254), "phone" character varying(40), "photo_path" character varying(300), "pseudonymised_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_guests_event_import_key_key" UNIQUE ("event_id", "import_key"), CONSTRAINT "event_guests_country_check" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "PK_27f7a9c910bf27e2cc39b4eae1f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "event_guests_event_idx" ON "event_guests"  ("event_id") `);
    await q.query(`CREATE INDEX "event_guests_delegation_idx" ON "event_guests"  ("delegation_id") `);
    await q.query(`ALTER TABLE "event_delegations" ADD CONSTRAINT "FK_e4e87bd546357cf6ef3d7322e1f" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_guests" ADD CONSTRAINT "FK_b2c7a42e1776377f3701935ae5b" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_guests" ADD CONSTRAINT "FK_48a8bb881706fe5c4588a82f103" FOREIGN KEY ("delegation_id") REFERENCES "event_delegations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "event_guests" DROP CONSTRAINT "FK_48a8bb881706fe5c4588a82f103"`);
    await q.query(`ALTER TABLE "event_guests" DROP CONSTRAINT "FK_b2c7a42e1776377f3701935ae5b"`);
    await q.query(`ALTER TABLE "event_delegations" DROP CONSTRAINT "FK_e4e87bd546357cf6ef3d7322e1f"`);
    await q.query(`DROP INDEX "public"."event_guests_delegation_idx"`);
    await q.query(`DROP INDEX "public"."event_guests_event_idx"`);
    await q.query(`DROP TABLE "event_guests"`);
    await q.query(`DROP INDEX "public"."event_delegations_event_idx"`);
    await q.query(`DROP TABLE "event_delegations"`);
  }
}
