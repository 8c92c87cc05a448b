import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1796570932664 implements MigrationInterface {
  name = 'Certificates1796570932664';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "certificate_types" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "code" character varying(60) NOT NULL, "kind" character varying(20) NOT NULL, "name_az" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "name_ru" character varying(200) NOT NULL, "rule" jsonb NOT NULL DEFAULT '{}', "auto_issue" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certificate_types_kind_check" CHECK ("kind" IN ('programme', 'event', 'milestone', 'training')), CONSTRAINT "PK_03f8d50f3c14d1b91f3ca1f78ce" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "certificate_types_code_key" ON "certificate_types"  ("code") `);
    await q.query(`CREATE TABLE "certificate_batches" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "type_id" uuid NOT NULL, "created_by" uuid, "volunteer_ids" jsonb, "status" character varying(10) NOT NULL DEFAULT 'queued', "total" integer NOT NULL DEFAULT '0', "done" integer NOT NULL DEFAULT '0', "results" jsonb NOT NULL DEFAULT '[]', "error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "certificate_batches_progress_check" CHECK ("done" >= 0 AND "done" <= "total"), CONSTRAINT "certificate_batches_status_check" CHECK ("status" IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "PK_9358f0ebfa17fe9e85bae1822d3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "certificate_batches_created_by_idx" ON "certificate_batches"  ("created_by") `);
    await q.query(`CREATE TABLE "certificate_serials" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "certificate_serials_last_check" CHECK ("last" BETWEEN 0 AND 999999), CONSTRAINT "PK_08126bc3d5f55e246d4b9b42fb6" PRIMARY KEY ("year"))`);
    await q.query(`CREATE TABLE "certificates" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "serial" character varying(20) NOT NULL, "verification_code" character varying(20) NOT NULL, "type_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "holder_name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "title" jsonb NOT NULL, "minutes" integer NOT NULL, "roles" jsonb NOT NULL DEFAULT '[]', "place_kind" character varying(10), "place_name" jsonb, "center_id" uuid, "event_id" uuid, "period_from" date, "period_to" date, "signer" jsonb NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by" uuid, "status" character varying(12) NOT NULL DEFAULT 'valid', "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(500), "revoked_by" uuid, "superseded_by_id" uuid, "reissue_reason" character varying(500), "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certificates_revoked_check" CHECK (("status" = 'revoked') = ("revoked_at" IS NOT NULL)), CONSTRAINT "certificates_place_check" CHECK ("place_kind" IS NULL OR "place_kind" IN ('center', 'event')), CONSTRAINT "certificates_status_check" CHECK ("status" IN ('valid', 'revoked', 'superseded')), CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "certificates_serial_key" ON "certificates"  ("serial") `);
    await q.query(`CREATE UNIQUE INDEX "certificates_verification_code_key" ON "certificates"  ("verification_code") `);
    await q.query(`CREATE INDEX "certificates_type_idx" ON "certificates"  ("type_id") `);
    await q.query(`CREATE INDEX "certificates_volunteer_idx" ON "certificates"  ("volunteer_id") `);
    await q.query(`CREATE INDEX "certificates_event_idx" ON "certificates"  ("event_id", "issued_at") `);
    await q.query(`CREATE INDEX "certificates_center_idx" ON "certificates"  ("center_id", "issued_at") `);
    await q.query(`CREATE UNIQUE INDEX "certificates_valid_key" ON "certificates"  ("type_id", "volunteer_id") WHERE "status" = 'valid'`);
    await q.query(`ALTER TABLE "certificate_batches" ADD CONSTRAINT "FK_552b454223d3f155df5b73d1898" FOREIGN KEY ("type_id") REFERENCES "certificate_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_379ad06fdbe826f800121ee1af7" FOREIGN KEY ("type_id") REFERENCES "certificate_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_8baf0a9e171ae0e6395d19b3b15" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_8baf0a9e171ae0e6395d19b3b15"`);
    await q.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_379ad06fdbe826f800121ee1af7"`);
    await q.query(`ALTER TABLE "certificate_batches" DROP CONSTRAINT "FK_552b454223d3f155df5b73d1898"`);
    await q.query(`DROP INDEX "public"."certificates_valid_key"`);
    await q.query(`DROP INDEX "public"."certificates_center_idx"`);
    await q.query(`DROP INDEX "public"."certificates_event_idx"`);
    await q.query(`DROP INDEX "public"."certificates_volunteer_idx"`);
    await q.query(`DROP INDEX "public"."certificates_type_idx"`);
    await q.query(`DROP INDEX "public"."certificates_verification_code_key"`);
    await q.query(`DROP INDEX "public"."certificates_serial_key"`);
    await q.query(`DROP TABLE "certificates"`);
    await q.query(`DROP TABLE "certificate_serials"`);
    await q.query(`DROP INDEX "public"."certificate_batches_created_by_idx"`);
    await q.query(`DROP TABLE "certificate_batches"`);
    await q.query(`DROP INDEX "public"."certificate_types_code_key"`);
    await q.query(`DROP TABLE "certificate_types"`);
  }
}
