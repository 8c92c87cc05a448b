import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffTwoFactor1796570290389 implements MigrationInterface {
  name = 'StaffTwoFactor1796570290389';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "staff_recovery_codes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "code_hash" character varying(255) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_691d7c6b7f1a1adaffc3c763573" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "staff_recovery_codes_user_id_idx" ON "staff_recovery_codes"  ("user_id") `);
    await q.query(`CREATE TABLE "staff_two_factor" ("user_id" uuid NOT NULL, "secret_encrypted" character varying(200) NOT NULL, "enabled_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5cf9639af72f173a45addbcf4c7" PRIMARY KEY ("user_id"))`);
    await q.query(`ALTER TABLE "sessions" ADD "ip" character varying(45)`);
    await q.query(`ALTER TABLE "staff_recovery_codes" ADD CONSTRAINT "FK_20c791f00bcc8fcf75f2630c261" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "staff_two_factor" ADD CONSTRAINT "FK_5cf9639af72f173a45addbcf4c7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "staff_two_factor" DROP CONSTRAINT "FK_5cf9639af72f173a45addbcf4c7"`);
    await q.query(`ALTER TABLE "staff_recovery_codes" DROP CONSTRAINT "FK_20c791f00bcc8fcf75f2630c261"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "ip"`);
    await q.query(`DROP TABLE "staff_two_factor"`);
    await q.query(`DROP INDEX "public"."staff_recovery_codes_user_id_idx"`);
    await q.query(`DROP TABLE "staff_recovery_codes"`);
  }
}
