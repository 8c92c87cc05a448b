import { MigrationInterface, QueryRunner } from 'typeorm';

export class Debrief1796595685138 implements MigrationInterface {
  name = 'Debrief1796595685138';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "event_feedback_mailings" ("event_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recipients" integer NOT NULL, CONSTRAINT "PK_b3be470727057125f3d835c485a" PRIMARY KEY ("event_id"))`);
    await q.query(`CREATE TABLE "event_feedback_responses" ("event_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, CONSTRAINT "PK_7d3e22a5375b5e1bfdb93d99880" PRIMARY KEY ("event_id", "volunteer_id"))`);
    await q.query(`CREATE TABLE "event_feedback" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "volunteer_id" uuid, "anonymous" boolean NOT NULL DEFAULT false, "organisation" integer NOT NULL, "briefing" integer NOT NULL, "role_clarity" integer NOT NULL, "again" integer NOT NULL, "comment" text, "submitted_on" date NOT NULL, CONSTRAINT "event_feedback_anonymous_check" CHECK (NOT "anonymous" OR "volunteer_id" IS NULL), CONSTRAINT "event_feedback_scores_check" CHECK ("organisation" BETWEEN 1 AND 5 AND "briefing" BETWEEN 1 AND 5 AND "role_clarity" BETWEEN 1 AND 5 AND "again" BETWEEN 1 AND 5), CONSTRAINT "PK_45430c2b672fff2eef02db0fed1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "event_feedback_event_idx" ON "event_feedback"  ("event_id") `);
    await q.query(`ALTER TABLE "intakes" ADD "event_id" uuid`);
    await q.query(`ALTER TABLE "intakes" ADD "slug" character varying(80)`);
    await q.query(`ALTER TABLE "applications" ADD "event_id" uuid`);
    await q.query(`ALTER TABLE "applications" ADD "event_days" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`CREATE UNIQUE INDEX "intakes_event_key" ON "intakes"  ("event_id") WHERE "event_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "intakes_slug_key" ON "intakes"  ("slug") WHERE "slug" IS NOT NULL`);
    await q.query(`CREATE INDEX "applications_event_idx" ON "applications"  ("event_id") `);
    await q.query(`ALTER TABLE "event_feedback_mailings" ADD CONSTRAINT "FK_b3be470727057125f3d835c485a" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_feedback_responses" ADD CONSTRAINT "FK_e8392e6d339f557a9b6607608dd" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_feedback_responses" ADD CONSTRAINT "FK_95aa7ee47ecac419d4301d106c2" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_feedback" ADD CONSTRAINT "FK_c04f68822fb845b4a8e655e7b42" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_feedback" ADD CONSTRAINT "FK_caa7575aa20eb078f6369bbea27" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "intakes" ADD CONSTRAINT "FK_d9bc15d7dcf8161d6ab7e32ac91" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_c58fe761806758b5c109d2604b7" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_c58fe761806758b5c109d2604b7"`);
    await q.query(`ALTER TABLE "intakes" DROP CONSTRAINT "FK_d9bc15d7dcf8161d6ab7e32ac91"`);
    await q.query(`ALTER TABLE "event_feedback" DROP CONSTRAINT "FK_caa7575aa20eb078f6369bbea27"`);
    await q.query(`ALTER TABLE "event_feedback" DROP CONSTRAINT "FK_c04f68822fb845b4a8e655e7b42"`);
    await q.query(`ALTER TABLE "event_feedback_responses" DROP CONSTRAINT "FK_95aa7ee47ecac419d4301d106c2"`);
    await q.query(`ALTER TABLE "event_feedback_responses" DROP CONSTRAINT "FK_e8392e6d339f557a9b6607608dd"`);
    await q.query(`ALTER TABLE "event_feedback_mailings" DROP CONSTRAINT "FK_b3be470727057125f3d835c485a"`);
    await q.query(`DROP INDEX "public"."applications_event_idx"`);
    await q.query(`DROP INDEX "public"."intakes_slug_key"`);
    await q.query(`DROP INDEX "public"."intakes_event_key"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "event_days"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "event_id"`);
    await q.query(`ALTER TABLE "intakes" DROP COLUMN "slug"`);
    await q.query(`ALTER TABLE "intakes" DROP COLUMN "event_id"`);
    await q.query(`DROP INDEX "public"."event_feedback_event_idx"`);
    await q.query(`DROP TABLE "event_feedback"`);
    await q.query(`DROP TABLE "event_feedback_responses"`);
    await q.query(`DROP TABLE "event_feedback_mailings"`);
  }
}
