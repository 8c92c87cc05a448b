/** Rostering: positions, shift templates, shifts at centers and events, assignments with waitlists, swaps, calendar feeds, idempotency keys, non-working days. */
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Rostering1795347450781 implements MigrationInterface {
  name = 'Rostering1795347450781';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "volunteer_id" uuid, "center_id" uuid, "token_hash" character varying(64) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "calendar_feeds_owner_check" CHECK (("volunteer_id" IS NULL) <> ("center_id" IS NULL)), CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "calendar_feeds_volunteer_idx" ON "calendar_feeds"  ("volunteer_id") `);
    await q.query(`CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"  ("token_hash") `);
    await q.query(`CREATE TABLE "non_working_days" ("date" date NOT NULL, "kind" character varying(20) NOT NULL, "name_az" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "name_ru" character varying(200) NOT NULL, CONSTRAINT "non_working_days_kind_check" CHECK ("kind" IN ('holiday', 'transferred', 'closure')), CONSTRAINT "PK_a907e4bd32e336c2e23f6731c31" PRIMARY KEY ("date"))`);
    await q.query(`CREATE TABLE "positions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "center_id" uuid, "event_id" uuid, "code" character varying(60) NOT NULL, "name_az" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "name_ru" character varying(200) NOT NULL, "requirements" jsonb NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "positions_owner_check" CHECK (("center_id" IS NULL) <> ("event_id" IS NULL)), CONSTRAINT "PK_17e4e62ccd5749b289ae3fae6f3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "positions_event_code_key" ON "positions"  ("event_id", "code") WHERE "event_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "positions_center_code_key" ON "positions"  ("center_id", "code") WHERE "center_id" IS NOT NULL`);
    await q.query(`CREATE TABLE "rostering_idempotency" ("user_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "request_hash" character varying(64) NOT NULL, "status" integer, "body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6fbe97b18eca4dbce95624099c4" PRIMARY KEY ("user_id", "key"))`);
    await q.query(`CREATE TABLE "shift_templates" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "center_id" uuid NOT NULL, "position_id" uuid NOT NULL, "weekdays" jsonb NOT NULL, "start_time" character varying(5) NOT NULL, "end_time" character varying(5) NOT NULL, "slots" integer NOT NULL, "visibility" character varying(20) NOT NULL DEFAULT 'open', "signup_opens_days_before" integer, "cancellation_cutoff_hours" integer, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shift_templates_visibility_check" CHECK ("visibility" IN ('open', 'assign_only')), CONSTRAINT "shift_templates_slots_check" CHECK ("slots" >= 1), CONSTRAINT "PK_5afc978e7951d5bb48dcddc7a33" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "shift_templates_center_idx" ON "shift_templates"  ("center_id") `);
    await q.query(`CREATE TABLE "shifts" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "center_id" uuid, "event_id" uuid, "position_id" uuid NOT NULL, "template_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "slots" integer NOT NULL, "assigned_count" integer NOT NULL DEFAULT '0', "visibility" character varying(20) NOT NULL DEFAULT 'open', "signup_opens_days_before" integer, "cancellation_cutoff_hours" integer, "status" character varying(20) NOT NULL DEFAULT 'published', "notes" character varying(500), "cancel_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shifts_visibility_check" CHECK ("visibility" IN ('open', 'assign_only')), CONSTRAINT "shifts_status_check" CHECK ("status" IN ('draft', 'published', 'cancelled')), CONSTRAINT "shifts_time_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "shifts_slots_check" CHECK ("slots" >= 1), CONSTRAINT "shifts_fill_check" CHECK ("assigned_count" >= 0 AND "assigned_count" <= "slots"), CONSTRAINT "shifts_owner_check" CHECK (("center_id" IS NULL) <> ("event_id" IS NULL)), CONSTRAINT "PK_84d692e367e4d6cdf045828768c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "shifts_position_idx" ON "shifts"  ("position_id") `);
    await q.query(`CREATE UNIQUE INDEX "shifts_template_starts_key" ON "shifts"  ("template_id", "starts_at") WHERE "template_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "shifts_open_idx" ON "shifts"  ("starts_at") WHERE "status" = 'published' AND "visibility" = 'open'`);
    await q.query(`CREATE INDEX "shifts_event_starts_idx" ON "shifts"  ("event_id", "starts_at") `);
    await q.query(`CREATE INDEX "shifts_center_starts_idx" ON "shifts"  ("center_id", "starts_at") `);
    await q.query(`CREATE TABLE "shift_assignments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "shift_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "source" character varying(20) NOT NULL, "assigned_by" uuid, "overrides" jsonb NOT NULL DEFAULT '[]', "override_reason" character varying(500), "cancelled_at" TIMESTAMP WITH TIME ZONE, "reminded24h_at" TIMESTAMP WITH TIME ZONE, "reminded2h_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shift_assignments_source_check" CHECK ("source" IN ('self', 'coordinator', 'auto_roster', 'swap', 'waitlist')), CONSTRAINT "shift_assignments_status_check" CHECK ("status" IN ('assigned', 'waitlisted', 'cancelled', 'no_show', 'completed')), CONSTRAINT "PK_7a78d24f38deedd9fe0ea19685c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "shift_assignments_shift_idx" ON "shift_assignments"  ("shift_id", "status", "created_at") `);
    await q.query(`CREATE INDEX "shift_assignments_volunteer_idx" ON "shift_assignments"  ("volunteer_id", "status") `);
    await q.query(`CREATE UNIQUE INDEX "shift_assignments_live_key" ON "shift_assignments"  ("shift_id", "volunteer_id") WHERE "status" IN ('assigned', 'waitlisted')`);
    await q.query(`CREATE TABLE "shift_policies" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "center_id" uuid, "event_id" uuid, "weekly_cap_minutes" integer, "min_rest_minutes" integer, "max_shifts_per_day" integer, "no_show_limit" integer, "swap_needs_approval" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shift_policies_values_check" CHECK (coalesce("weekly_cap_minutes", 0) >= 0 AND coalesce("min_rest_minutes", 0) >= 0 AND coalesce("max_shifts_per_day", 1) >= 1 AND coalesce("no_show_limit", 1) >= 1), CONSTRAINT "shift_policies_owner_check" CHECK (("center_id" IS NULL) <> ("event_id" IS NULL)), CONSTRAINT "PK_01941e62d576c3d79d97f056e8b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "shift_policies_event_key" ON "shift_policies"  ("event_id") WHERE "event_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "shift_policies_center_key" ON "shift_policies"  ("center_id") WHERE "center_id" IS NOT NULL`);
    await q.query(`CREATE TABLE "swap_offers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "assignment_id" uuid NOT NULL, "shift_id" uuid NOT NULL, "from_volunteer_id" uuid NOT NULL, "to_volunteer_id" uuid, "taken_by_volunteer_id" uuid, "status" character varying(20) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "swap_offers_status_check" CHECK ("status" IN ('open', 'pending_approval', 'accepted', 'withdrawn', 'rejected')), CONSTRAINT "PK_440e9b1ae20bccd80c56bb231da" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "swap_offers_live_key" ON "swap_offers"  ("assignment_id") WHERE "status" IN ('open', 'pending_approval')`);
    await q.query(`ALTER TABLE "positions" ADD CONSTRAINT "FK_0e62649c61d6714ce0f4d497607" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "positions" ADD CONSTRAINT "FK_eb26c0c907ae75a4b7502ff2deb" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "shift_templates" ADD CONSTRAINT "FK_e0be8deeac18839d281a78771c8" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "shift_templates" ADD CONSTRAINT "FK_41e4558f1dd78e5423115f1c70e" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "shifts" ADD CONSTRAINT "FK_196f686dd7df8c1352e004f31a6" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "shifts" ADD CONSTRAINT "FK_2e851e25a9407645337a8eeb16f" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "shifts" ADD CONSTRAINT "FK_e4766d139cf8ed49f4a2fc138d9" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "shifts" ADD CONSTRAINT "FK_f097e26e44add1d88f93217e095" FOREIGN KEY ("template_id") REFERENCES "shift_templates"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "shift_assignments" ADD CONSTRAINT "FK_fe59c463f888b8ee0da19404b14" FOREIGN KEY ("shift_id") REFERENCES "shifts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "shift_assignments" ADD CONSTRAINT "FK_3e129c02a7005fb8f6d8d0d3110" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "swap_offers" ADD CONSTRAINT "FK_14baa8f6a4a60f602059f3da90c" FOREIGN KEY ("assignment_id") REFERENCES "shift_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "swap_offers" DROP CONSTRAINT "FK_14baa8f6a4a60f602059f3da90c"`);
    await q.query(`ALTER TABLE "shift_assignments" DROP CONSTRAINT "FK_3e129c02a7005fb8f6d8d0d3110"`);
    await q.query(`ALTER TABLE "shift_assignments" DROP CONSTRAINT "FK_fe59c463f888b8ee0da19404b14"`);
    await q.query(`ALTER TABLE "shifts" DROP CONSTRAINT "FK_f097e26e44add1d88f93217e095"`);
    await q.query(`ALTER TABLE "shifts" DROP CONSTRAINT "FK_e4766d139cf8ed49f4a2fc138d9"`);
    await q.query(`ALTER TABLE "shifts" DROP CONSTRAINT "FK_2e851e25a9407645337a8eeb16f"`);
    await q.query(`ALTER TABLE "shifts" DROP CONSTRAINT "FK_196f686dd7df8c1352e004f31a6"`);
    await q.query(`ALTER TABLE "shift_templates" DROP CONSTRAINT "FK_41e4558f1dd78e5423115f1c70e"`);
    await q.query(`ALTER TABLE "shift_templates" DROP CONSTRAINT "FK_e0be8deeac18839d281a78771c8"`);
    await q.query(`ALTER TABLE "positions" DROP CONSTRAINT "FK_eb26c0c907ae75a4b7502ff2deb"`);
    await q.query(`ALTER TABLE "positions" DROP CONSTRAINT "FK_0e62649c61d6714ce0f4d497607"`);
    await q.query(`DROP INDEX "public"."swap_offers_live_key"`);
    await q.query(`DROP TABLE "swap_offers"`);
    await q.query(`DROP INDEX "public"."shift_policies_center_key"`);
    await q.query(`DROP INDEX "public"."shift_policies_event_key"`);
    await q.query(`DROP TABLE "shift_policies"`);
    await q.query(`DROP INDEX "public"."shift_assignments_live_key"`);
    await q.query(`DROP INDEX "public"."shift_assignments_volunteer_idx"`);
    await q.query(`DROP INDEX "public"."shift_assignments_shift_idx"`);
    await q.query(`DROP TABLE "shift_assignments"`);
    await q.query(`DROP INDEX "public"."shifts_center_starts_idx"`);
    await q.query(`DROP INDEX "public"."shifts_event_starts_idx"`);
    await q.query(`DROP INDEX "public"."shifts_open_idx"`);
    await q.query(`DROP INDEX "public"."shifts_template_starts_key"`);
    await q.query(`DROP INDEX "public"."shifts_position_idx"`);
    await q.query(`DROP TABLE "shifts"`);
    await q.query(`DROP INDEX "public"."shift_templates_center_idx"`);
    await q.query(`DROP TABLE "shift_templates"`);
    await q.query(`DROP TABLE "rostering_idempotency"`);
    await q.query(`DROP INDEX "public"."positions_center_code_key"`);
    await q.query(`DROP INDEX "public"."positions_event_code_key"`);
    await q.query(`DROP TABLE "positions"`);
    await q.query(`DROP TABLE "non_working_days"`);
    await q.query(`DROP INDEX "public"."calendar_feeds_token_hash_key"`);
    await q.query(`DROP INDEX "public"."calendar_feeds_volunteer_idx"`);
    await q.query(`DROP TABLE "calendar_feeds"`);
  }
}
