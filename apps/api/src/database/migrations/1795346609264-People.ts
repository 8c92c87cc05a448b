import { MigrationInterface, QueryRunner } from 'typeorm';

/** Person records of the programme (applicants → volunteers) and their qualifications. */

export class People1795346609264 implements MigrationInterface {
  name = 'People1795346609264';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "volunteers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid, "full_name" character varying(200) NOT NULL, "fin" character varying(7), "email" character varying(254) NOT NULL, "phone" character varying(16), "birth_date" date, "locale" character varying(2) NOT NULL DEFAULT 'az', "status" character varying(20) NOT NULL DEFAULT 'applicant', "home_center_id" uuid, "languages" jsonb NOT NULL DEFAULT '[]', "skills" jsonb NOT NULL DEFAULT '[]', "approved_minutes" integer NOT NULL DEFAULT '0', "no_show_count" integer NOT NULL DEFAULT '0', "signup_blocked" boolean NOT NULL DEFAULT false, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "volunteers_counters_check" CHECK ("approved_minutes" >= 0 AND "no_show_count" >= 0), CONSTRAINT "volunteers_locale_check" CHECK ("locale" IN ('az', 'en', 'ru')), CONSTRAINT "volunteers_status_check" CHECK ("status" IN ('applicant', 'active', 'paused', 'alumni', 'staff', 'exited')), CONSTRAINT "PK_f4e65e37cf47256e3f580ecee62" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "volunteers_user_id_key" ON "volunteers"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "volunteers_fin_key" ON "volunteers"  ("fin") `);
    await q.query(`CREATE UNIQUE INDEX "volunteers_email_key" ON "volunteers"  ("email") `);
    await q.query(`CREATE INDEX "volunteers_home_center_idx" ON "volunteers"  ("home_center_id") `);
    await q.query(`CREATE TABLE "volunteer_qualifications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "volunteer_id" uuid NOT NULL, "code" character varying(60) NOT NULL, "valid_until" date, CONSTRAINT "PK_a485e13f5e0c018c3b9ac509fbe" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "volunteer_qualifications_key" ON "volunteer_qualifications"  ("volunteer_id", "code") `);
    await q.query(`ALTER TABLE "volunteers" ADD CONSTRAINT "FK_b476166961c3d8f8f22198f88e6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteers" ADD CONSTRAINT "FK_1da4ddfc5f74d202ac57590e30e" FOREIGN KEY ("home_center_id") REFERENCES "centers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_qualifications" ADD CONSTRAINT "FK_632c8ae7d9d83b09101a46516bd" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "volunteer_qualifications" DROP CONSTRAINT "FK_632c8ae7d9d83b09101a46516bd"`);
    await q.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "FK_1da4ddfc5f74d202ac57590e30e"`);
    await q.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "FK_b476166961c3d8f8f22198f88e6"`);
    await q.query(`DROP INDEX "public"."volunteer_qualifications_key"`);
    await q.query(`DROP TABLE "volunteer_qualifications"`);
    await q.query(`DROP INDEX "public"."volunteers_home_center_idx"`);
    await q.query(`DROP INDEX "public"."volunteers_email_key"`);
    await q.query(`DROP INDEX "public"."volunteers_fin_key"`);
    await q.query(`DROP INDEX "public"."volunteers_user_id_key"`);
    await q.query(`DROP TABLE "volunteers"`);
  }
}
