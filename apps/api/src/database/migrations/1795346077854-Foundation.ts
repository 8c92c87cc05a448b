import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, roles, sessions, centers, events and their scopes, the audit log and rate-limit counters. */

export class Foundation1795346077854 implements MigrationInterface {
  name = 'Foundation1795346077854';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);
    await q.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_email" character varying(254), "action" character varying(60) NOT NULL, "entity" character varying(60) NOT NULL, "entity_id" character varying(64), "details" jsonb NOT NULL DEFAULT '{}', "request_id" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log"  ("at") `);
    await q.query(`CREATE TABLE "user_roles" ("user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, CONSTRAINT "user_roles_role_check" CHECK ("role" IN ('admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant')), CONSTRAINT "PK_09d115a69b6014d324d592f9c42" PRIMARY KEY ("user_id", "role"))`);
    await q.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" character varying(254) NOT NULL, "password_hash" character varying(255), "full_name" character varying(200) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'az', "active" boolean NOT NULL DEFAULT true, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_locale_check" CHECK ("locale" IN ('az', 'en', 'ru')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await q.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "previous_token_hash" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") `);
    await q.query(`CREATE TABLE "centers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "code" character varying(40) NOT NULL, "kind" character varying(20) NOT NULL, "region" character varying(100) NOT NULL, "name_az" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "name_ru" character varying(200) NOT NULL, "address" character varying(300) NOT NULL, "latitude" double precision, "longitude" double precision, "phone" character varying(20), "opening_hours" character varying(200), "active" boolean NOT NULL DEFAULT true, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "centers_kind_check" CHECK ("kind" IN ('regional_center', 'district_branch', 'smart_point')), CONSTRAINT "PK_692e2318139b8148445f33c2880" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "centers_code_key" ON "centers"  ("code") `);
    await q.query(`CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name_az" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "name_ru" character varying(200) NOT NULL, "venue" character varying(300) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "events_dates_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "events_status_check" CHECK ("status" IN ('draft', 'published', 'completed', 'cancelled')), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "coordinator_centers" ("user_id" uuid NOT NULL, "center_id" uuid NOT NULL, CONSTRAINT "PK_b6ac2f90b8f3b6e63c7be64e0d0" PRIMARY KEY ("user_id", "center_id"))`);
    await q.query(`CREATE TABLE "event_organizers" ("user_id" uuid NOT NULL, "event_id" uuid NOT NULL, CONSTRAINT "PK_8bedf221e4c0cfce1fee056827e" PRIMARY KEY ("user_id", "event_id"))`);
    await q.query(`CREATE TABLE "rate_limit_buckets" ("key" character varying(200) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_9eb2f8a2ae370667b4ca83dd313" PRIMARY KEY ("key"))`);
    await q.query(`ALTER TABLE "user_roles" ADD CONSTRAINT "FK_87b8888186ca9769c960e926870" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "coordinator_centers" ADD CONSTRAINT "FK_f9122668878b429151e04cdd087" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "coordinator_centers" ADD CONSTRAINT "FK_f54200657696b5b938724007b4a" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_organizers" ADD CONSTRAINT "FK_1dd4c4652b67727b9f1f5453425" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_organizers" ADD CONSTRAINT "FK_64b592355e149a4d47def2412d5" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "event_organizers" DROP CONSTRAINT "FK_64b592355e149a4d47def2412d5"`);
    await q.query(`ALTER TABLE "event_organizers" DROP CONSTRAINT "FK_1dd4c4652b67727b9f1f5453425"`);
    await q.query(`ALTER TABLE "coordinator_centers" DROP CONSTRAINT "FK_f54200657696b5b938724007b4a"`);
    await q.query(`ALTER TABLE "coordinator_centers" DROP CONSTRAINT "FK_f9122668878b429151e04cdd087"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await q.query(`ALTER TABLE "user_roles" DROP CONSTRAINT "FK_87b8888186ca9769c960e926870"`);
    await q.query(`DROP TABLE "rate_limit_buckets"`);
    await q.query(`DROP TABLE "event_organizers"`);
    await q.query(`DROP TABLE "coordinator_centers"`);
    await q.query(`DROP TABLE "events"`);
    await q.query(`DROP INDEX "public"."centers_code_key"`);
    await q.query(`DROP TABLE "centers"`);
    await q.query(`DROP INDEX "public"."sessions_token_hash_key"`);
    await q.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP INDEX "public"."users_email_key"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "user_roles"`);
    await q.query(`DROP INDEX "public"."audit_log_at_idx"`);
    await q.query(`DROP TABLE "audit_log"`);
  }
}
