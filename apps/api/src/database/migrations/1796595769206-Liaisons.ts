import { MigrationInterface, QueryRunner } from 'typeorm';

export class Liaisons1796595769206 implements MigrationInterface {
  name = 'Liaisons1796595769206';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "delegation_liaison_duties" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "delegation_id" uuid, "guest_id" uuid, "shift_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "duty_key" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "delegation_liaison_duties_guest_key" UNIQUE ("guest_id", "duty_key"), CONSTRAINT "delegation_liaison_duties_delegation_key" UNIQUE ("delegation_id", "duty_key"), CONSTRAINT "delegation_liaison_duties_shift_key" UNIQUE ("shift_id"), CONSTRAINT "delegation_liaison_duties_kind_check" CHECK ("kind" IN ('liaison', 'airport', 'arrival-desk')), CONSTRAINT "delegation_liaison_duties_owner_check" CHECK (("delegation_id" IS NULL) <> ("guest_id" IS NULL)), CONSTRAINT "PK_6b8a06fda4ec5316877cefb530b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "delegation_liaison_duties_event_idx" ON "delegation_liaison_duties"  ("event_id") `);
    await q.query(`CREATE TABLE "liaison_notices" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "group_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "liaison_notices_group_volunteer_key" UNIQUE ("group_id", "volunteer_id"), CONSTRAINT "PK_ee343cd67f1c7422e56a9dfd6f1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "liaison_notices_event_idx" ON "liaison_notices"  ("event_id") `);
    await q.query(`ALTER TABLE "roster_runs" ADD "shift_ids" jsonb`);
    await q.query(`ALTER TABLE "delegation_liaison_duties" ADD CONSTRAINT "FK_bf2c06801ed4047a058b64b1daa" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "delegation_liaison_duties" ADD CONSTRAINT "FK_ce0cadc78bd68179cd9d2b90656" FOREIGN KEY ("delegation_id") REFERENCES "event_delegations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "delegation_liaison_duties" ADD CONSTRAINT "FK_89b21582273b450ad65fddd239e" FOREIGN KEY ("guest_id") REFERENCES "event_guests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "delegation_liaison_duties" ADD CONSTRAINT "FK_28f544d0b74472865513cdce694" FOREIGN KEY ("shift_id") REFERENCES "shifts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "liaison_notices" ADD CONSTRAINT "FK_33dfc607b2b7623a8012028fcbb" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "liaison_notices" ADD CONSTRAINT "FK_d22022dada019b6d786a09b2448" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "liaison_notices" DROP CONSTRAINT "FK_d22022dada019b6d786a09b2448"`);
    await q.query(`ALTER TABLE "liaison_notices" DROP CONSTRAINT "FK_33dfc607b2b7623a8012028fcbb"`);
    await q.query(`ALTER TABLE "delegation_liaison_duties" DROP CONSTRAINT "FK_28f544d0b74472865513cdce694"`);
    await q.query(`ALTER TABLE "delegation_liaison_duties" DROP CONSTRAINT "FK_89b21582273b450ad65fddd239e"`);
    await q.query(`ALTER TABLE "delegation_liaison_duties" DROP CONSTRAINT "FK_ce0cadc78bd68179cd9d2b90656"`);
    await q.query(`ALTER TABLE "delegation_liaison_duties" DROP CONSTRAINT "FK_bf2c06801ed4047a058b64b1daa"`);
    await q.query(`ALTER TABLE "roster_runs" DROP COLUMN "shift_ids"`);
    await q.query(`DROP INDEX "public"."liaison_notices_event_idx"`);
    await q.query(`DROP TABLE "liaison_notices"`);
    await q.query(`DROP INDEX "public"."delegation_liaison_duties_event_idx"`);
    await q.query(`DROP TABLE "delegation_liaison_duties"`);
  }
}
