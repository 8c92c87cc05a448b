import { MigrationInterface, QueryRunner } from 'typeorm';

export class Recruitment1795352109964 implements MigrationInterface {
  name = 'Recruitment1795352109964';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "intakes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name_az" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "name_ru" character varying(200) NOT NULL, "description_az" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "description_ru" text NOT NULL DEFAULT '', "status" character varying(10) NOT NULL DEFAULT 'draft', "opens_on" date NOT NULL, "closes_on" date NOT NULL, "capacity" integer NOT NULL, "min_age" integer, "max_age" integer, "questions" jsonb NOT NULL DEFAULT '[]', "rubric" jsonb NOT NULL DEFAULT '[]', "checklist" jsonb NOT NULL DEFAULT '[]', "consent_version" integer NOT NULL DEFAULT '1', "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "intakes_ages_check" CHECK (("min_age" IS NULL OR "min_age" >= 14) AND ("max_age" IS NULL OR "min_age" IS NULL OR "max_age" >= "min_age")), CONSTRAINT "intakes_capacity_check" CHECK ("capacity" > 0), CONSTRAINT "intakes_dates_check" CHECK ("closes_on" >= "opens_on"), CONSTRAINT "intakes_status_check" CHECK ("status" IN ('draft', 'open', 'closed')), CONSTRAINT "PK_a90d2ecf82eb04f663a52d34fef" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "number" SERIAL NOT NULL, "intake_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'submitted', "locale" character varying(2) NOT NULL, "full_name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "phone" character varying(16) NOT NULL, "birth_date" date NOT NULL, "education" jsonb NOT NULL, "languages" jsonb NOT NULL DEFAULT '[]', "skills" jsonb NOT NULL DEFAULT '[]', "availability" jsonb NOT NULL DEFAULT '[]', "motivation" text NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "email_verified_at" TIMESTAMP WITH TIME ZONE, "verification_token_hash" character varying(64), "verification_code_hash" character varying(64), "verification_expires_at" TIMESTAMP WITH TIME ZONE, "verification_failures" integer NOT NULL DEFAULT '0', "onboarding" jsonb NOT NULL DEFAULT '{}', "home_center_id" uuid, "score" numeric(3,2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "applications_locale_check" CHECK ("locale" IN ('az', 'en', 'ru')), CONSTRAINT "applications_status_check" CHECK ("status" IN ('submitted', 'screening', 'interview', 'offered', 'accepted', 'onboarded', 'rejected', 'withdrawn', 'waitlisted')), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "applications_number_key" ON "applications"  ("number") `);
    await q.query(`CREATE INDEX "applications_intake_idx" ON "applications"  ("intake_id") `);
    await q.query(`CREATE INDEX "applications_volunteer_idx" ON "applications"  ("volunteer_id") `);
    await q.query(`CREATE UNIQUE INDEX "applications_active_key" ON "applications"  ("intake_id", "volunteer_id") WHERE "status" NOT IN ('rejected', 'withdrawn')`);
    await q.query(`CREATE TABLE "application_scores" ("application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "criterion" character varying(40) NOT NULL, "reviewer_name" character varying(200) NOT NULL, "score" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "application_scores_range_check" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_ed74b5543adcbde82d5ac8b2844" PRIMARY KEY ("application_id", "reviewer_id", "criterion"))`);
    await q.query(`CREATE TABLE "application_centers" ("application_id" uuid NOT NULL, "center_id" uuid NOT NULL, "rank" integer NOT NULL, CONSTRAINT "PK_813371eacdb0b0a2d912f7cec2e" PRIMARY KEY ("application_id", "center_id"))`);
    await q.query(`CREATE INDEX "application_centers_center_idx" ON "application_centers"  ("center_id") `);
    await q.query(`CREATE TABLE "application_transitions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "application_id" uuid NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "actor_id" uuid, "actor_name" character varying(200) NOT NULL, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1f85eaa056bfd4d3613e4adc9d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "application_transitions_application_idx" ON "application_transitions"  ("application_id", "at") `);
    await q.query(`CREATE TABLE "consent_records" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "volunteer_id" uuid NOT NULL, "application_id" uuid NOT NULL, "consent_version_id" uuid NOT NULL, "version" integer NOT NULL, "locale" character varying(2) NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_030be152eaa44998166470b2ccc" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "consent_records_volunteer_idx" ON "consent_records"  ("volunteer_id") `);
    await q.query(`CREATE UNIQUE INDEX "consent_records_application_key" ON "consent_records"  ("application_id") `);
    await q.query(`CREATE TABLE "intake_centers" ("intake_id" uuid NOT NULL, "center_id" uuid NOT NULL, CONSTRAINT "PK_9eebb49529f08c9d243ccc71844" PRIMARY KEY ("intake_id", "center_id"))`);
    await q.query(`CREATE TABLE "intake_consent_versions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "intake_id" uuid NOT NULL, "version" integer NOT NULL, "text_az" text NOT NULL, "text_en" text NOT NULL, "text_ru" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3a58c05b0a566e5dcc840f3ff53" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "intake_consent_versions_key" ON "intake_consent_versions"  ("intake_id", "version") `);
    await q.query(`CREATE TABLE "interview_slots" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "intake_id" uuid NOT NULL, "center_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" character varying(300) NOT NULL, "application_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae5d7926afb757f3dd0452e9eeb" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "interview_slots_intake_idx" ON "interview_slots"  ("intake_id") `);
    await q.query(`CREATE UNIQUE INDEX "interview_slots_application_key" ON "interview_slots"  ("application_id") `);
    await q.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_8f9bfeac57b7b6ba919a40df450" FOREIGN KEY ("intake_id") REFERENCES "intakes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_5d88beac1a2f7980427038ae202" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_e59397260e98381121d8f6c958a" FOREIGN KEY ("home_center_id") REFERENCES "centers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "application_scores" ADD CONSTRAINT "FK_cb6b5d24bf60fa3519b7b635c98" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "application_centers" ADD CONSTRAINT "FK_9b7fda84fc905ce577679e4c6f3" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "application_centers" ADD CONSTRAINT "FK_4b5620bdf1cb0e4f5b88e90c8fc" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "application_transitions" ADD CONSTRAINT "FK_78ade3beee245d11b0ad99f78b3" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "consent_records" ADD CONSTRAINT "FK_da1bef9f158171d70c78f71e671" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "consent_records" ADD CONSTRAINT "FK_61efc5f3b5fedb259e34c75ff25" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "intake_centers" ADD CONSTRAINT "FK_953022472a9cba6aaee04d5c485" FOREIGN KEY ("intake_id") REFERENCES "intakes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "intake_centers" ADD CONSTRAINT "FK_7d4a357ad99bcfac860c6cda8d9" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "intake_consent_versions" ADD CONSTRAINT "FK_6455f73379fed67168986783f32" FOREIGN KEY ("intake_id") REFERENCES "intakes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "interview_slots" ADD CONSTRAINT "FK_0eb9e213cc6d49ac8799ed71f18" FOREIGN KEY ("intake_id") REFERENCES "intakes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "interview_slots" ADD CONSTRAINT "FK_e01fb446e84aacc5b9285d2793f" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "interview_slots" ADD CONSTRAINT "FK_23eed8f08aad02bd1998016ddea" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "interview_slots" DROP CONSTRAINT "FK_23eed8f08aad02bd1998016ddea"`);
    await q.query(`ALTER TABLE "interview_slots" DROP CONSTRAINT "FK_e01fb446e84aacc5b9285d2793f"`);
    await q.query(`ALTER TABLE "interview_slots" DROP CONSTRAINT "FK_0eb9e213cc6d49ac8799ed71f18"`);
    await q.query(`ALTER TABLE "intake_consent_versions" DROP CONSTRAINT "FK_6455f73379fed67168986783f32"`);
    await q.query(`ALTER TABLE "intake_centers" DROP CONSTRAINT "FK_7d4a357ad99bcfac860c6cda8d9"`);
    await q.query(`ALTER TABLE "intake_centers" DROP CONSTRAINT "FK_953022472a9cba6aaee04d5c485"`);
    await q.query(`ALTER TABLE "consent_records" DROP CONSTRAINT "FK_61efc5f3b5fedb259e34c75ff25"`);
    await q.query(`ALTER TABLE "consent_records" DROP CONSTRAINT "FK_da1bef9f158171d70c78f71e671"`);
    await q.query(`ALTER TABLE "application_transitions" DROP CONSTRAINT "FK_78ade3beee245d11b0ad99f78b3"`);
    await q.query(`ALTER TABLE "application_centers" DROP CONSTRAINT "FK_4b5620bdf1cb0e4f5b88e90c8fc"`);
    await q.query(`ALTER TABLE "application_centers" DROP CONSTRAINT "FK_9b7fda84fc905ce577679e4c6f3"`);
    await q.query(`ALTER TABLE "application_scores" DROP CONSTRAINT "FK_cb6b5d24bf60fa3519b7b635c98"`);
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_e59397260e98381121d8f6c958a"`);
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_5d88beac1a2f7980427038ae202"`);
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_8f9bfeac57b7b6ba919a40df450"`);
    await q.query(`DROP INDEX "public"."interview_slots_application_key"`);
    await q.query(`DROP INDEX "public"."interview_slots_intake_idx"`);
    await q.query(`DROP TABLE "interview_slots"`);
    await q.query(`DROP INDEX "public"."intake_consent_versions_key"`);
    await q.query(`DROP TABLE "intake_consent_versions"`);
    await q.query(`DROP TABLE "intake_centers"`);
    await q.query(`DROP INDEX "public"."consent_records_application_key"`);
    await q.query(`DROP INDEX "public"."consent_records_volunteer_idx"`);
    await q.query(`DROP TABLE "consent_records"`);
    await q.query(`DROP INDEX "public"."application_transitions_application_idx"`);
    await q.query(`DROP TABLE "application_transitions"`);
    await q.query(`DROP INDEX "public"."application_centers_center_idx"`);
    await q.query(`DROP TABLE "application_centers"`);
    await q.query(`DROP TABLE "application_scores"`);
    await q.query(`DROP INDEX "public"."applications_active_key"`);
    await q.query(`DROP INDEX "public"."applications_volunteer_idx"`);
    await q.query(`DROP INDEX "public"."applications_intake_idx"`);
    await q.query(`DROP INDEX "public"."applications_number_key"`);
    await q.query(`DROP TABLE "applications"`);
    await q.query(`DROP TABLE "intakes"`);
  }
}
