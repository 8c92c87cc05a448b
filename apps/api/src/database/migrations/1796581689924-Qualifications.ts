import { MigrationInterface, QueryRunner } from 'typeorm';

export class Qualifications1796581689924 implements MigrationInterface {
  name = 'Qualifications1796581689924';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "qualifications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "code" character varying(60) NOT NULL, "name_az" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "name_ru" character varying(200) NOT NULL, "validity_months" integer, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "qualifications_validity_check" CHECK ("validity_months" IS NULL OR ("validity_months" BETWEEN 1 AND 120)), CONSTRAINT "PK_9ed4d526ac3b76ba3f1c1080433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "qualifications_code_key" ON "qualifications"  ("code") `);
    await q.query(`CREATE TABLE "training_sessions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "qualification_id" uuid NOT NULL, "held_on" date NOT NULL, "trainer" character varying(200) NOT NULL, "center_id" uuid, "notes" character varying(1000), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6678399f77ed9db5176459befa9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "training_sessions_center_idx" ON "training_sessions"  ("center_id", "held_on") `);
    await q.query(`ALTER TABLE "volunteer_qualifications" ADD "granted_on" date`);
    await q.query(`ALTER TABLE "volunteer_qualifications" ADD "granted_by" uuid`);
    await q.query(`ALTER TABLE "volunteer_qualifications" ADD "evidence" character varying(1000)`);
    await q.query(`ALTER TABLE "volunteer_qualifications" ADD "evidence_file_name" character varying(200)`);
    await q.query(`ALTER TABLE "volunteer_qualifications" ADD "training_session_id" uuid`);
    await q.query(`ALTER TABLE "volunteer_qualifications" ADD "expiry_notice_for" date`);
    await q.query(`CREATE INDEX "volunteer_qualifications_valid_until_idx" ON "volunteer_qualifications"  ("valid_until") `);
    await q.query(`ALTER TABLE "training_sessions" ADD CONSTRAINT "FK_8f8bc006a2fab79b1f2efae8952" FOREIGN KEY ("qualification_id") REFERENCES "qualifications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "training_sessions" ADD CONSTRAINT "FK_bc4351bf9237fa675ece93839ca" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // The codes positions already name (they were hard-coded in the domain and in the console until now), with
    // fixed ids so tests and fixtures can name them. First aid: the usual 2-year course validity; protocol: yearly.
    await q.query(`INSERT INTO "qualifications" ("id", "code", "name_az", "name_en", "name_ru", "validity_months") VALUES
      ('0a1f0000-0000-4000-8000-000000000001', 'first-aid', 'İlk tibbi yardım', 'First aid', 'Первая помощь', 24),
      ('0a1f0000-0000-4000-8000-000000000002', 'protocol-training', 'Protokol təlimi', 'Protocol training', 'Обучение протоколу', 12),
      ('0a1f0000-0000-4000-8000-000000000003', 'e-gov-training', 'Elektron xidmətlər üzrə təlim', 'E-services training', 'Обучение по электронным услугам', NULL)
      ON CONFLICT ("code") DO NOTHING`);
      }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "training_sessions" DROP CONSTRAINT "FK_bc4351bf9237fa675ece93839ca"`);
    await q.query(`ALTER TABLE "training_sessions" DROP CONSTRAINT "FK_8f8bc006a2fab79b1f2efae8952"`);
    await q.query(`DROP INDEX "public"."volunteer_qualifications_valid_until_idx"`);
    await q.query(`ALTER TABLE "volunteer_qualifications" DROP COLUMN "expiry_notice_for"`);
    await q.query(`ALTER TABLE "volunteer_qualifications" DROP COLUMN "training_session_id"`);
    await q.query(`ALTER TABLE "volunteer_qualifications" DROP COLUMN "evidence_file_name"`);
    await q.query(`ALTER TABLE "volunteer_qualifications" DROP COLUMN "evidence"`);
    await q.query(`ALTER TABLE "volunteer_qualifications" DROP COLUMN "granted_by"`);
    await q.query(`ALTER TABLE "volunteer_qualifications" DROP COLUMN "granted_on"`);
    await q.query(`DROP INDEX "public"."training_sessions_center_idx"`);
    await q.query(`DROP TABLE "training_sessions"`);
    await q.query(`DROP INDEX "public"."qualifications_code_key"`);
    await q.query(`DROP TABLE "qualifications"`);
  }
}
