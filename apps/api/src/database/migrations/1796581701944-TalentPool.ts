import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows feed `talent_facts`, and the column naming the volunteer. */
const TALENT_SOURCES: [string, 'volunteer_id' | 'id'][] = [
  ['volunteers', 'id'], ['monthly_hours', 'volunteer_id'], ['shift_assignments', 'volunteer_id'], ['certificates', 'volunteer_id'],
  ['alumni_profiles', 'volunteer_id'], ['job_pool_consents', 'volunteer_id'], ['volunteer_ratings', 'volunteer_id'],
];

async function createMarkTriggers(q: QueryRunner, table: string, col: 'volunteer_id' | 'id'): Promise<void> {
  const sfx = col === 'id' ? '_id' : '';
  await q.query(`CREATE TRIGGER "talent_dirty_ins" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS talent_new_rows FOR EACH STATEMENT EXECUTE FUNCTION "talent_mark_dirty_new${sfx}"()`);
  await q.query(`CREATE TRIGGER "talent_dirty_upd" AFTER UPDATE ON "${table}" REFERENCING NEW TABLE AS talent_new_rows FOR EACH STATEMENT EXECUTE FUNCTION "talent_mark_dirty_new${sfx}"()`);
  await q.query(`CREATE TRIGGER "talent_dirty_del" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS talent_old_rows FOR EACH STATEMENT EXECUTE FUNCTION "talent_mark_dirty_old${sfx}"()`);
}

export class TalentPool1796581701944 implements MigrationInterface {
  name = 'TalentPool1796581701944';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "talent_facts_dirty" ("volunteer_id" uuid NOT NULL, CONSTRAINT "PK_1dd2c40d910fe926dabe35d9a02" PRIMARY KEY ("volunteer_id"))`);
    await q.query(`CREATE TABLE "talent_facts" ("volunteer_id" uuid NOT NULL, "full_name" character varying(200) NOT NULL, "consent" boolean NOT NULL, "alumni_since" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_minutes" integer NOT NULL, "minutes12m" integer NOT NULL, "window_from" date NOT NULL, "attended" integer NOT NULL, "no_shows" integer NOT NULL, "rating_count" integer NOT NULL, "rating_avg" double precision, "punctuality_avg" double precision, "communication_avg" double precision, "service_avg" double precision, "teamwork_avg" double precision, "language_tokens" text array NOT NULL, "center_ids" uuid array NOT NULL, "position_codes" text array NOT NULL, "certificate_types" text array NOT NULL, "valid_certificates" integer NOT NULL, "education_level" character varying(30), "field_of_study" character varying(200), "region" character varying(100), "availability_kind" character varying(20) NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bbdca427dfcea0e9bb4bbae9fdb" PRIMARY KEY ("volunteer_id"))`);
    await q.query(`CREATE TABLE "talent_saved_searches" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "filters" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bb14cad1ba7c4834e9170ca2f02" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "talent_saved_searches_user_idx" ON "talent_saved_searches"  ("user_id", "name") `);
    await q.query(`ALTER TABLE "talent_saved_searches" ADD CONSTRAINT "FK_7248bbff05f1be2b2bb80e35a54" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // The pool's searches: array containment answered by GIN, the common sort by a partial index of the pool.
    await q.query(`CREATE INDEX "talent_facts_language_tokens_idx" ON "talent_facts" USING gin ("language_tokens")`);
    await q.query(`CREATE INDEX "talent_facts_center_ids_idx" ON "talent_facts" USING gin ("center_ids")`);
    await q.query(`CREATE INDEX "talent_facts_position_codes_idx" ON "talent_facts" USING gin ("position_codes")`);
    await q.query(`CREATE INDEX "talent_facts_certificate_types_idx" ON "talent_facts" USING gin ("certificate_types")`);
    await q.query(`CREATE INDEX "talent_facts_pool_hours_idx" ON "talent_facts" ("approved_minutes" DESC, "volunteer_id") WHERE "consent"`);
    await q.query(`CREATE INDEX "talent_facts_window_idx" ON "talent_facts" ("window_from")`);
    // Writers mark, the pool refreshes: statement-level triggers with transition tables, so a bulk write
    // (a 500-entry approval, a seeded million rows) costs one INSERT … SELECT DISTINCT, not one per row.
    for (const [fn, col, rows] of [
      ['talent_mark_dirty_new', 'volunteer_id', 'talent_new_rows'], ['talent_mark_dirty_old', 'volunteer_id', 'talent_old_rows'],
      ['talent_mark_dirty_new_id', 'id', 'talent_new_rows'], ['talent_mark_dirty_old_id', 'id', 'talent_old_rows'],
    ]) {
      await q.query(`CREATE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO talent_facts_dirty (volunteer_id) SELECT DISTINCT "${col}" FROM ${rows} WHERE "${col}" IS NOT NULL ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$`);
    }
    for (const [table, col] of TALENT_SOURCES) await createMarkTriggers(q, table, col);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of TALENT_SOURCES) for (const op of ['ins', 'upd', 'del']) await q.query(`DROP TRIGGER IF EXISTS "talent_dirty_${op}" ON "${table}"`);
    for (const fn of ['talent_mark_dirty_new', 'talent_mark_dirty_old', 'talent_mark_dirty_new_id', 'talent_mark_dirty_old_id']) await q.query(`DROP FUNCTION IF EXISTS "${fn}"()`);
    await q.query(`ALTER TABLE "talent_saved_searches" DROP CONSTRAINT "FK_7248bbff05f1be2b2bb80e35a54"`);
    await q.query(`DROP INDEX "public"."talent_saved_searches_user_idx"`);
    await q.query(`DROP TABLE "talent_saved_searches"`);
    await q.query(`DROP TABLE "talent_facts"`);
    await q.query(`DROP TABLE "talent_facts_dirty"`);
  }
}
