import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Key of a group message, unique per sender. */
export class GroupMessageIdempotency1795349123984 implements MigrationInterface {
  name = 'GroupMessageIdempotency1795349123984';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "group_messages" ADD "idempotency_key" character varying(100)`);
    await q.query(`CREATE UNIQUE INDEX "group_messages_idempotency_key" ON "group_messages"  ("sender_id", "idempotency_key") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."group_messages_idempotency_key"`);
    await q.query(`ALTER TABLE "group_messages" DROP COLUMN "idempotency_key"`);
  }
}
