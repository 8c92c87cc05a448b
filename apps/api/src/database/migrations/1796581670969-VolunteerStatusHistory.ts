import { MigrationInterface, QueryRunner } from 'typeorm';

/** People (issue 16): the volunteer status history (backfilled: one row per person, their status at creation) and staff notes. */
export class VolunteerStatusHistory1796581670969 implements MigrationInterface {
  name = 'VolunteerStatusHistory1796581670969';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "volunteer_status_changes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "volunteer_id" uuid NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "reason" character varying(500), "actor_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "volunteer_status_changes_from_check" CHECK ("from_status" IS NULL OR "from_status" IN ('applicant', 'active', 'paused', 'alumni', 'staff', 'exited')), CONSTRAINT "volunteer_status_changes_to_check" CHECK ("to_status" IN ('applicant', 'active', 'paused', 'alumni', 'staff', 'exited')), CONSTRAINT "PK_d53f6b9c6fad3ccdbbc241c4e6d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "volunteer_status_changes_volunteer_idx" ON "volunteer_status_changes"  ("volunteer_id", "at") `);
    await q.query(`CREATE TABLE "volunteer_notes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "volunteer_id" uuid NOT NULL, "author_user_id" uuid, "author_name" character varying(200) NOT NULL, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0dfd40bfe268a0c72fcaa051578" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "volunteer_notes_volunteer_idx" ON "volunteer_notes"  ("volunteer_id", "created_at") `);
    await q.query(`ALTER TABLE "volunteer_status_changes" ADD CONSTRAINT "FK_24afa2aa52e1ae4906b82f990cb" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_status_changes" ADD CONSTRAINT "FK_7952f741b6c2bd36e9ec6be4c25" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_notes" ADD CONSTRAINT "FK_bb46f04a6fa042ade00407f90f7" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_notes" ADD CONSTRAINT "FK_4f3680d8a3d22bd68bfb171ad5a" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // The history begins with each existing person's current status, dated when the record was made.
    await q.query(`INSERT INTO "volunteer_status_changes" ("volunteer_id", "from_status", "to_status", "at") SELECT "id", NULL, "status", "created_at" FROM "volunteers"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "volunteer_notes"`);
    await q.query(`DROP TABLE "volunteer_status_changes"`);
  }
}
