import { MigrationInterface, QueryRunner } from 'typeorm';

/** The mail outbox and delivery log. */

export class Notifications1795346783807 implements MigrationInterface {
  name = 'Notifications1795346783807';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notification_deliveries" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "template" character varying(60) NOT NULL, "locale" character varying(2) NOT NULL, "to_email" character varying(254) NOT NULL, "to_name" character varying(200) NOT NULL, "user_id" uuid, "props" jsonb NOT NULL, "attachments" jsonb NOT NULL DEFAULT '[]', "essential" boolean NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "message_id" character varying(200) NOT NULL, "group_message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "next_attempt_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_deliveries_locale_check" CHECK ("locale" IN ('az', 'en', 'ru')), CONSTRAINT "notification_deliveries_status_check" CHECK ("status" IN ('queued', 'sent', 'failed', 'suppressed')), CONSTRAINT "PK_81daeff81f237bd384f7cfc4a4c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "notification_deliveries_user_idx" ON "notification_deliveries"  ("user_id") `);
    await q.query(`CREATE INDEX "notification_deliveries_status_idx" ON "notification_deliveries"  ("status") `);
    await q.query(`CREATE INDEX "notification_deliveries_created_idx" ON "notification_deliveries"  ("created_at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."notification_deliveries_created_idx"`);
    await q.query(`DROP INDEX "public"."notification_deliveries_status_idx"`);
    await q.query(`DROP INDEX "public"."notification_deliveries_user_idx"`);
    await q.query(`DROP TABLE "notification_deliveries"`);
  }
}
