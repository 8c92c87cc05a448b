import { MigrationInterface, QueryRunner } from 'typeorm';

export class HoursLedger1796557644319 implements MigrationInterface {
  name = 'HoursLedger1796557644319';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "attendance_records" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "volunteer_id" uuid NOT NULL, "assignment_id" uuid, "shift_id" uuid, "center_id" uuid, "event_id" uuid, "work_date" date NOT NULL, "check_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, "check_out_at" TIMESTAMP WITH TIME ZONE, "check_in_method" character varying(20) NOT NULL, "check_out_method" character varying(20), "late" boolean NOT NULL DEFAULT false, "late_minutes" integer NOT NULL DEFAULT '0', "early_leave" boolean NOT NULL DEFAULT false, "auto_closed" boolean NOT NULL DEFAULT false, "late_sync" boolean NOT NULL DEFAULT false, "walk_in" boolean NOT NULL DEFAULT false, "kiosk_id" uuid, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attendance_records_out_method_check" CHECK ("check_out_method" IS NULL OR "check_out_method" IN ('qr', 'pin', 'offline_pin', 'staff', 'auto')), CONSTRAINT "attendance_records_in_method_check" CHECK ("check_in_method" IN ('qr', 'pin', 'offline_pin', 'staff')), CONSTRAINT "attendance_records_walk_in_check" CHECK ("walk_in" = ("assignment_id" IS NULL) AND (NOT "walk_in" OR "center_id" IS NOT NULL)), CONSTRAINT "attendance_records_times_check" CHECK ("check_out_at" IS NULL OR "check_out_at" >= "check_in_at"), CONSTRAINT "attendance_records_owner_check" CHECK (("center_id" IS NULL) <> ("event_id" IS NULL)), CONSTRAINT "PK_946920332f5bc9efad3f3023b96" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "attendance_records_volunteer_idx" ON "attendance_records"  ("volunteer_id", "check_in_at") `);
    await q.query(`CREATE INDEX "attendance_records_open_idx" ON "attendance_records"  ("check_in_at") WHERE "check_out_at" IS NULL`);
    await q.query(`CREATE INDEX "attendance_records_event_idx" ON "attendance_records"  ("event_id", "check_in_at") `);
    await q.query(`CREATE INDEX "attendance_records_center_idx" ON "attendance_records"  ("center_id", "check_in_at") `);
    await q.query(`CREATE UNIQUE INDEX "attendance_records_walk_in_key" ON "attendance_records"  ("volunteer_id", "center_id", "work_date") WHERE "walk_in"`);
    await q.query(`CREATE UNIQUE INDEX "attendance_records_assignment_key" ON "attendance_records"  ("assignment_id") WHERE "assignment_id" IS NOT NULL`);
    await q.query(`CREATE TABLE "kiosk_devices" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "center_id" uuid, "event_id" uuid, "name" character varying(100) NOT NULL, "token_hash" character varying(64) NOT NULL, "code_secret" character varying(64) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, CONSTRAINT "kiosk_devices_owner_check" CHECK (("center_id" IS NULL) <> ("event_id" IS NULL)), CONSTRAINT "PK_c4d72f67c19f337b3614f9b811f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "kiosk_devices_token_key" ON "kiosk_devices"  ("token_hash") `);
    await q.query(`CREATE INDEX "kiosk_devices_event_idx" ON "kiosk_devices"  ("event_id") `);
    await q.query(`CREATE INDEX "kiosk_devices_center_idx" ON "kiosk_devices"  ("center_id") `);
    await q.query(`CREATE TABLE "volunteer_pins" ("volunteer_id" uuid NOT NULL, "pin_hash" character varying(64) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d629f747d0e24773b0e6514209" PRIMARY KEY ("volunteer_id"))`);
    await q.query(`CREATE TABLE "hour_entries" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "volunteer_id" uuid NOT NULL, "source" character varying(20) NOT NULL, "attendance_id" uuid, "shift_id" uuid, "position_id" uuid, "center_id" uuid, "event_id" uuid, "work_date" date NOT NULL, "minutes" integer NOT NULL, "original_minutes" integer NOT NULL, "category" character varying(30) NOT NULL, "note" character varying(1000), "status" character varying(20) NOT NULL DEFAULT 'pending', "flags" jsonb NOT NULL DEFAULT '[]', "created_by" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "hour_entries_attendance_check" CHECK (("source" = 'attendance') = ("attendance_id" IS NOT NULL)), CONSTRAINT "hour_entries_minutes_check" CHECK ("minutes" BETWEEN 0 AND 1440), CONSTRAINT "hour_entries_category_check" CHECK ("category" IN ('shift', 'training', 'event_preparation', 'remote', 'other')), CONSTRAINT "hour_entries_source_check" CHECK ("source" IN ('attendance', 'manual')), CONSTRAINT "hour_entries_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected')), CONSTRAINT "hour_entries_owner_check" CHECK (("center_id" IS NULL) <> ("event_id" IS NULL)), CONSTRAINT "PK_e580a417f72a39c9ebf08a070b0" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "hour_entries_event_queue_idx" ON "hour_entries"  ("event_id", "status", "work_date") `);
    await q.query(`CREATE INDEX "hour_entries_center_queue_idx" ON "hour_entries"  ("center_id", "status", "work_date") `);
    await q.query(`CREATE INDEX "hour_entries_volunteer_idx" ON "hour_entries"  ("volunteer_id", "work_date") `);
    await q.query(`CREATE UNIQUE INDEX "hour_entries_attendance_key" ON "hour_entries"  ("attendance_id") WHERE "attendance_id" IS NOT NULL`);
    await q.query(`CREATE TABLE "hour_entry_changes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "entry_id" uuid NOT NULL, "action" character varying(20) NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "from_minutes" integer, "to_minutes" integer NOT NULL, "reason" character varying(500), CONSTRAINT "hour_entry_changes_action_check" CHECK ("action" IN ('created', 'approved', 'rejected', 'corrected')), CONSTRAINT "PK_a6532ad39c31c2dc96a65f018b0" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "hour_entry_changes_entry_idx" ON "hour_entry_changes"  ("entry_id", "changed_at") `);
    await q.query(`CREATE TABLE "volunteer_milestones" ("volunteer_id" uuid NOT NULL, "hours" integer NOT NULL, "reached_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9cdc9848977d2d266dad85de71d" PRIMARY KEY ("volunteer_id", "hours"))`);
    await q.query(`CREATE TABLE "monthly_hours" ("month" date NOT NULL, "owner_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "owner_kind" character varying(10) NOT NULL, "approved_minutes" integer NOT NULL DEFAULT '0', CONSTRAINT "monthly_hours_minutes_check" CHECK ("approved_minutes" >= 0), CONSTRAINT "monthly_hours_owner_kind_check" CHECK ("owner_kind" IN ('center', 'event')), CONSTRAINT "PK_0d161dfefe66b8ef9a5a4229ead" PRIMARY KEY ("month", "owner_id", "volunteer_id"))`);
    await q.query(`CREATE INDEX "monthly_hours_owner_idx" ON "monthly_hours"  ("owner_id", "month") `);
    await q.query(`ALTER TABLE "shift_policies" ADD "check_in_opens_minutes" integer`);
    await q.query(`ALTER TABLE "shift_policies" ADD "late_grace_minutes" integer`);
    await q.query(`ALTER TABLE "shift_policies" ADD "close_grace_minutes" integer`);
    await q.query(`ALTER TABLE "shift_policies" ADD "rounding_minutes" integer`);
    await q.query(`ALTER TABLE "shift_policies" ADD CONSTRAINT "shift_policies_attendance_check" CHECK (coalesce("check_in_opens_minutes", 0) BETWEEN 0 AND 720 AND coalesce("late_grace_minutes", 0) BETWEEN 0 AND 240 AND coalesce("close_grace_minutes", 0) BETWEEN 0 AND 720 AND coalesce("rounding_minutes", 1) BETWEEN 1 AND 60)`);
    await q.query(`ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_5b5dae6131704b1787dfa838266" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_351c123a8cead91ce01b00f5c4e" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_c102949a1a384df7c39baf49fca" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "kiosk_devices" ADD CONSTRAINT "FK_048131ef92d189c8dd94fd3a665" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "kiosk_devices" ADD CONSTRAINT "FK_16977812f4b095c234d9dd4b396" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_pins" ADD CONSTRAINT "FK_4d629f747d0e24773b0e6514209" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "FK_8996f3ef35d36c0910c0ae5ffab" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "FK_a6116f2318a51653f334812298f" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "FK_36c5b5673eb22d54388b4ba9850" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "hour_entry_changes" ADD CONSTRAINT "FK_a867699d19ffa934c3b5df4ee30" FOREIGN KEY ("entry_id") REFERENCES "hour_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_milestones" ADD CONSTRAINT "FK_5ec8a249b2bd1bb2f2963d399d2" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "monthly_hours" ADD CONSTRAINT "FK_e0153f1404be3febeb4056f9ef0" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "monthly_hours" DROP CONSTRAINT "FK_e0153f1404be3febeb4056f9ef0"`);
    await q.query(`ALTER TABLE "volunteer_milestones" DROP CONSTRAINT "FK_5ec8a249b2bd1bb2f2963d399d2"`);
    await q.query(`ALTER TABLE "hour_entry_changes" DROP CONSTRAINT "FK_a867699d19ffa934c3b5df4ee30"`);
    await q.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "FK_36c5b5673eb22d54388b4ba9850"`);
    await q.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "FK_a6116f2318a51653f334812298f"`);
    await q.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "FK_8996f3ef35d36c0910c0ae5ffab"`);
    await q.query(`ALTER TABLE "volunteer_pins" DROP CONSTRAINT "FK_4d629f747d0e24773b0e6514209"`);
    await q.query(`ALTER TABLE "kiosk_devices" DROP CONSTRAINT "FK_16977812f4b095c234d9dd4b396"`);
    await q.query(`ALTER TABLE "kiosk_devices" DROP CONSTRAINT "FK_048131ef92d189c8dd94fd3a665"`);
    await q.query(`ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_c102949a1a384df7c39baf49fca"`);
    await q.query(`ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_351c123a8cead91ce01b00f5c4e"`);
    await q.query(`ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_5b5dae6131704b1787dfa838266"`);
    await q.query(`ALTER TABLE "shift_policies" DROP CONSTRAINT "shift_policies_attendance_check"`);
    await q.query(`ALTER TABLE "shift_policies" DROP COLUMN "rounding_minutes"`);
    await q.query(`ALTER TABLE "shift_policies" DROP COLUMN "close_grace_minutes"`);
    await q.query(`ALTER TABLE "shift_policies" DROP COLUMN "late_grace_minutes"`);
    await q.query(`ALTER TABLE "shift_policies" DROP COLUMN "check_in_opens_minutes"`);
    await q.query(`DROP INDEX "public"."monthly_hours_owner_idx"`);
    await q.query(`DROP TABLE "monthly_hours"`);
    await q.query(`DROP TABLE "volunteer_milestones"`);
    await q.query(`DROP INDEX "public"."hour_entry_changes_entry_idx"`);
    await q.query(`DROP TABLE "hour_entry_changes"`);
    await q.query(`DROP INDEX "public"."hour_entries_attendance_key"`);
    await q.query(`DROP INDEX "public"."hour_entries_volunteer_idx"`);
    await q.query(`DROP INDEX "public"."hour_entries_center_queue_idx"`);
    await q.query(`DROP INDEX "public"."hour_entries_event_queue_idx"`);
    await q.query(`DROP TABLE "hour_entries"`);
    await q.query(`DROP TABLE "volunteer_pins"`);
    await q.query(`DROP INDEX "public"."kiosk_devices_center_idx"`);
    await q.query(`DROP INDEX "public"."kiosk_devices_event_idx"`);
    await q.query(`DROP INDEX "public"."kiosk_devices_token_key"`);
    await q.query(`DROP TABLE "kiosk_devices"`);
    await q.query(`DROP INDEX "public"."attendance_records_assignment_key"`);
    await q.query(`DROP INDEX "public"."attendance_records_walk_in_key"`);
    await q.query(`DROP INDEX "public"."attendance_records_center_idx"`);
    await q.query(`DROP INDEX "public"."attendance_records_event_idx"`);
    await q.query(`DROP INDEX "public"."attendance_records_open_idx"`);
    await q.query(`DROP INDEX "public"."attendance_records_volunteer_idx"`);
    await q.query(`DROP TABLE "attendance_records"`);
  }
}
