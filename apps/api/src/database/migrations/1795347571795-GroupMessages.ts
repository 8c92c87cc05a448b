import { MigrationInterface, QueryRunner } from 'typeorm';

/** Group messages (one row per message written to a segment; deliveries point back with group_message_id). */
export class GroupMessages1795347571795 implements MigrationInterface {
  name = 'GroupMessages1795347571795';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "group_messages" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "sender_id" uuid, "sender_name" character varying(200) NOT NULL, "segment_kind" character varying(20) NOT NULL, "segment_id" uuid NOT NULL, "center_id" uuid, "event_id" uuid, "segment_label" character varying(300) NOT NULL, "subject" character varying(200) NOT NULL, "body" text NOT NULL, "recipient_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_messages_owner_check" CHECK (("center_id" IS NULL) <> ("event_id" IS NULL)), CONSTRAINT "group_messages_segment_kind_check" CHECK ("segment_kind" IN ('center', 'event', 'shift', 'position')), CONSTRAINT "PK_f4b396868f303fa38023b61d742" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "group_messages_sender_idx" ON "group_messages"  ("sender_id") `);
    await q.query(`CREATE INDEX "group_messages_center_idx" ON "group_messages"  ("center_id") `);
    await q.query(`CREATE INDEX "group_messages_event_idx" ON "group_messages"  ("event_id") `);
    await q.query(`CREATE INDEX "group_messages_created_idx" ON "group_messages"  ("created_at") `);
    await q.query(`ALTER TABLE "group_messages" ADD CONSTRAINT "FK_ada93de56050fe469b3c53fe49f" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "group_messages" DROP CONSTRAINT "FK_ada93de56050fe469b3c53fe49f"`);
    await q.query(`DROP INDEX "public"."group_messages_created_idx"`);
    await q.query(`DROP INDEX "public"."group_messages_event_idx"`);
    await q.query(`DROP INDEX "public"."group_messages_center_idx"`);
    await q.query(`DROP INDEX "public"."group_messages_sender_idx"`);
    await q.query(`DROP TABLE "group_messages"`);
  }
}
