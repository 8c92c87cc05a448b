import { MigrationInterface, QueryRunner } from 'typeorm';

/** Vacancies and the hiring pipeline (issue 14, docs/hiring.md). */
export class Hiring1796581655910 implements MigrationInterface {
  name = 'Hiring1796581655910';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "vacancies" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "title" character varying(200) NOT NULL, "language" character varying(2) NOT NULL DEFAULT 'az', "center_id" uuid, "department" character varying(200), "description" text NOT NULL DEFAULT '', "requirements" jsonb NOT NULL DEFAULT '{}', "fit_weights" jsonb, "posts" integer NOT NULL DEFAULT '1', "opens_on" date NOT NULL, "closes_on" date, "open_to_alumni" boolean NOT NULL DEFAULT false, "staff_role" character varying(12) NOT NULL DEFAULT 'coordinator', "owner_id" uuid, "status" character varying(10) NOT NULL DEFAULT 'open', "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "vacancies_dates_check" CHECK ("closes_on" IS NULL OR "closes_on" >= "opens_on"), CONSTRAINT "vacancies_posts_check" CHECK ("posts" BETWEEN 1 AND 1000), CONSTRAINT "vacancies_coordinator_center_check" CHECK ("staff_role" <> 'coordinator' OR "center_id" IS NOT NULL), CONSTRAINT "vacancies_place_check" CHECK ("center_id" IS NOT NULL OR "department" IS NOT NULL), CONSTRAINT "vacancies_staff_role_check" CHECK ("staff_role" IN ('coordinator', 'staff')), CONSTRAINT "vacancies_language_check" CHECK ("language" IN ('az', 'en', 'ru')), CONSTRAINT "vacancies_status_check" CHECK ("status" IN ('draft', 'open', 'closed')), CONSTRAINT "PK_3b45154a366568190cc15be2906" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "vacancies_center_idx" ON "vacancies"  ("center_id") `);
    await q.query(`CREATE INDEX "vacancies_owner_idx" ON "vacancies"  ("owner_id") `);
    await q.query(`CREATE TABLE "candidates" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "vacancy_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "stage" character varying(12) NOT NULL DEFAULT 'sourced', "source" character varying(10) NOT NULL, "added_by" uuid, "version" integer NOT NULL DEFAULT '1', "stage_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hired_at" TIMESTAMP WITH TIME ZONE, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "candidates_hired_check" CHECK (("stage" = 'hired') = ("hired_at" IS NOT NULL)), CONSTRAINT "candidates_source_check" CHECK ("source" IN ('sourced', 'applied')), CONSTRAINT "candidates_stage_check" CHECK ("stage" IN ('sourced', 'contacted', 'interview', 'offer', 'hired', 'declined', 'withdrawn')), CONSTRAINT "PK_140681296bf033ab1eb95288abb" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "candidates_volunteer_idx" ON "candidates"  ("volunteer_id") `);
    await q.query(`CREATE UNIQUE INDEX "candidates_vacancy_volunteer_key" ON "candidates"  ("vacancy_id", "volunteer_id") `);
    await q.query(`CREATE TABLE "candidate_interviews" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "candidate_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300) NOT NULL, "scheduled_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "candidate_interviews_time_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_0eb64d2b0859235dde7cf1f6474" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "candidate_interviews_candidate_idx" ON "candidate_interviews"  ("candidate_id", "starts_at") `);
    await q.query(`CREATE TABLE "candidate_notes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "candidate_id" uuid NOT NULL, "author_id" uuid, "author_name" character varying(200) NOT NULL, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25351db72cc3434a653f4ca3d6d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "candidate_notes_candidate_idx" ON "candidate_notes"  ("candidate_id", "created_at") `);
    await q.query(`CREATE TABLE "candidate_stage_changes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "candidate_id" uuid NOT NULL, "from_stage" character varying(12), "to_stage" character varying(12) NOT NULL, "actor_id" uuid, "reason" character varying(500), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a011e000ecdaf9bba630c167c59" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "candidate_stage_changes_candidate_idx" ON "candidate_stage_changes"  ("candidate_id", "at") `);
    await q.query(`ALTER TABLE "vacancies" ADD CONSTRAINT "FK_0939aa7c179f1df8cf644979067" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "vacancies" ADD CONSTRAINT "FK_e932fbaf4bdfc7eb731cb6a9555" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "candidates" ADD CONSTRAINT "FK_7f0d41cd5da7718b38cb9106129" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "candidates" ADD CONSTRAINT "FK_bee8929e42de989d9a40c765a19" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "candidate_interviews" ADD CONSTRAINT "FK_eca9f08af6577845a157bad6e95" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "candidate_notes" ADD CONSTRAINT "FK_51a94d029e564f92e13a5faa807" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "candidate_stage_changes" ADD CONSTRAINT "FK_d45c27fd8e3d763902070c76c8c" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "candidate_stage_changes" DROP CONSTRAINT "FK_d45c27fd8e3d763902070c76c8c"`);
    await q.query(`ALTER TABLE "candidate_notes" DROP CONSTRAINT "FK_51a94d029e564f92e13a5faa807"`);
    await q.query(`ALTER TABLE "candidate_interviews" DROP CONSTRAINT "FK_eca9f08af6577845a157bad6e95"`);
    await q.query(`ALTER TABLE "candidates" DROP CONSTRAINT "FK_bee8929e42de989d9a40c765a19"`);
    await q.query(`ALTER TABLE "candidates" DROP CONSTRAINT "FK_7f0d41cd5da7718b38cb9106129"`);
    await q.query(`ALTER TABLE "vacancies" DROP CONSTRAINT "FK_e932fbaf4bdfc7eb731cb6a9555"`);
    await q.query(`ALTER TABLE "vacancies" DROP CONSTRAINT "FK_0939aa7c179f1df8cf644979067"`);
    await q.query(`DROP INDEX "public"."candidate_stage_changes_candidate_idx"`);
    await q.query(`DROP TABLE "candidate_stage_changes"`);
    await q.query(`DROP INDEX "public"."candidate_notes_candidate_idx"`);
    await q.query(`DROP TABLE "candidate_notes"`);
    await q.query(`DROP INDEX "public"."candidate_interviews_candidate_idx"`);
    await q.query(`DROP TABLE "candidate_interviews"`);
    await q.query(`DROP INDEX "public"."candidates_vacancy_volunteer_key"`);
    await q.query(`DROP INDEX "public"."candidates_volunteer_idx"`);
    await q.query(`DROP TABLE "candidates"`);
    await q.query(`DROP INDEX "public"."vacancies_owner_idx"`);
    await q.query(`DROP INDEX "public"."vacancies_center_idx"`);
    await q.query(`DROP TABLE "vacancies"`);
  }
}
