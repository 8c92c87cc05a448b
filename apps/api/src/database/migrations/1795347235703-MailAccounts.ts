import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mail-link tokens (invitation, password reset; hashes only) and addresses unsubscribed from non-essential mail. */
export class MailAccounts1795347235703 implements MigrationInterface {
  name = 'MailAccounts1795347235703';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "mail_unsubscribes" ("email" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c74b9dd51d88a804e5f257982ce" PRIMARY KEY ("email"))`);
    await q.query(`CREATE TABLE "user_tokens" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_tokens_purpose_check" CHECK ("purpose" IN ('invitation', 'password_reset')), CONSTRAINT "PK_63764db9d9aaa4af33e07b2f4bf" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens"  ("token_hash") `);
    await q.query(`CREATE INDEX "user_tokens_user_purpose_idx" ON "user_tokens"  ("user_id", "purpose") `);
    await q.query(`ALTER TABLE "user_tokens" ADD CONSTRAINT "FK_9e144a67be49e5bba91195ef5de" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "FK_9e144a67be49e5bba91195ef5de"`);
    await q.query(`DROP INDEX "public"."user_tokens_user_purpose_idx"`);
    await q.query(`DROP INDEX "public"."user_tokens_token_hash_key"`);
    await q.query(`DROP TABLE "user_tokens"`);
    await q.query(`DROP TABLE "mail_unsubscribes"`);
  }
}
