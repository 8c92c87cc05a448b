import { MigrationInterface, QueryRunner } from 'typeorm';

export class RetiredRefreshTokens1796561656954 implements MigrationInterface {
  name = 'RetiredRefreshTokens1796561656954';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "session_retired_tokens" ("token_hash" character varying(64) NOT NULL, "session_id" uuid NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9413d9d9b1903373227aa6c254b" PRIMARY KEY ("token_hash"))`);
    await q.query(`CREATE INDEX "session_retired_tokens_session_id_idx" ON "session_retired_tokens"  ("session_id") `);
    await q.query(`ALTER TABLE "session_retired_tokens" ADD CONSTRAINT "FK_b7bac7bccfa5f3702c4db476792" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "session_retired_tokens" DROP CONSTRAINT "FK_b7bac7bccfa5f3702c4db476792"`);
    await q.query(`DROP INDEX "public"."session_retired_tokens_session_id_idx"`);
    await q.query(`DROP TABLE "session_retired_tokens"`);
  }
}
