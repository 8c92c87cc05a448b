import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventDesk1796595657216 implements MigrationInterface {
  name = 'EventDesk1796595657216';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "event_desk_replacements" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "shift_id" uuid NOT NULL, "missing_assignment_id" uuid NOT NULL, "replacement_assignment_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "replaced_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_desk_replacements_missing_key" UNIQUE ("missing_assignment_id"), CONSTRAINT "PK_19b3038cb8b2b356793ff7e4a52" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "event_desk_replacements_event_idx" ON "event_desk_replacements"  ("event_id") `);
    await q.query(`CREATE TABLE "event_incidents" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reported_by" character varying(200) NOT NULL, "handled_by" character varying(200), "status" character varying(12) NOT NULL DEFAULT 'open', "notes" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_incidents_status_check" CHECK ("status" IN ('open', 'in_progress', 'resolved')), CONSTRAINT "event_incidents_kind_check" CHECK ("kind" IN ('lost_item', 'guest_help', 'medical', 'other')), CONSTRAINT "PK_94db51b5c3de930acb2f6d23485" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "event_incidents_event_idx" ON "event_incidents"  ("event_id") `);
    await q.query(`ALTER TABLE "event_desk_replacements" ADD CONSTRAINT "FK_e88915daf2b1d4dd95b57efea51" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_incidents" ADD CONSTRAINT "FK_097cc3942b8e15daba8e8475ea8" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "event_incidents" DROP CONSTRAINT "FK_097cc3942b8e15daba8e8475ea8"`);
    await q.query(`ALTER TABLE "event_desk_replacements" DROP CONSTRAINT "FK_e88915daf2b1d4dd95b57efea51"`);
    await q.query(`DROP INDEX "public"."event_incidents_event_idx"`);
    await q.query(`DROP TABLE "event_incidents"`);
    await q.query(`DROP INDEX "public"."event_desk_replacements_event_idx"`);
    await q.query(`DROP TABLE "event_desk_replacements"`);
  }
}
