import { MigrationInterface, QueryRunner } from 'typeorm';

/** My profile (issue 16): availability + emergency contact, notification preferences, pending e-mail changes, closure requests. */
export class MyProfile1796581648563 implements MigrationInterface {
  name = 'MyProfile1796581648563';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "account_closure_requests" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "reason" character varying(1000), "status" character varying(20) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "handled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "account_closure_requests_status_check" CHECK ("status" IN ('open', 'done', 'withdrawn')), CONSTRAINT "PK_63a74e2a503e51a8475ec2b901b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "account_closure_requests_open_key" ON "account_closure_requests"  ("user_id") WHERE "status" = 'open'`);
    await q.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "reminders" boolean NOT NULL DEFAULT true, "swaps" boolean NOT NULL DEFAULT true, "messages" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id"))`);
    await q.query(`CREATE TABLE "email_changes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "new_email" character varying(254) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6626b2af49c359b24442c10bbb1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "email_changes_token_hash_key" ON "email_changes"  ("token_hash") `);
    await q.query(`CREATE INDEX "email_changes_user_idx" ON "email_changes"  ("user_id") `);
    await q.query(`CREATE TABLE "volunteer_profiles" ("volunteer_id" uuid NOT NULL, "availability" jsonb NOT NULL DEFAULT '[]', "emergency_contact_name" character varying(200), "emergency_contact_phone" character varying(16), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b60b3911e6eddb3782e3aa03bd5" PRIMARY KEY ("volunteer_id"))`);
    await q.query(`ALTER TABLE "account_closure_requests" ADD CONSTRAINT "FK_d3909354999ead1a8ed0563edc0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "email_changes" ADD CONSTRAINT "FK_38edd6558e3b8386e9297c2636e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "FK_b60b3911e6eddb3782e3aa03bd5" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "volunteer_profiles" DROP CONSTRAINT "FK_b60b3911e6eddb3782e3aa03bd5"`);
    await q.query(`ALTER TABLE "email_changes" DROP CONSTRAINT "FK_38edd6558e3b8386e9297c2636e"`);
    await q.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await q.query(`ALTER TABLE "account_closure_requests" DROP CONSTRAINT "FK_d3909354999ead1a8ed0563edc0"`);
    await q.query(`DROP TABLE "volunteer_profiles"`);
    await q.query(`DROP INDEX "public"."email_changes_user_idx"`);
    await q.query(`DROP INDEX "public"."email_changes_token_hash_key"`);
    await q.query(`DROP TABLE "email_changes"`);
    await q.query(`DROP TABLE "notification_preferences"`);
    await q.query(`DROP INDEX "public"."account_closure_requests_open_key"`);
    await q.query(`DROP TABLE "account_closure_requests"`);
  }
}
