import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffingPool1796581575497 implements MigrationInterface {
  name = 'StaffingPool1796581575497';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "volunteer_preferred_centers" ("volunteer_id" uuid NOT NULL, "center_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_700ecf8703271b69256386a5f63" PRIMARY KEY ("volunteer_id", "center_id"))`);
    await q.query(`CREATE INDEX "volunteer_preferred_centers_center_idx" ON "volunteer_preferred_centers"  ("center_id") `);
    await q.query(`CREATE TABLE "event_staffing_areas" ("event_id" uuid NOT NULL, "regions" jsonb NOT NULL DEFAULT '[]', "center_ids" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01e0b5d680a64f289a73caf3734" PRIMARY KEY ("event_id"))`);
    await q.query(`ALTER TABLE "volunteer_preferred_centers" ADD CONSTRAINT "FK_5ecf8372af00859a354c371571c" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_preferred_centers" ADD CONSTRAINT "FK_8836f4b15456ebc1094f99d7af1" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "event_staffing_areas" ADD CONSTRAINT "FK_01e0b5d680a64f289a73caf3734" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "event_staffing_areas" DROP CONSTRAINT "FK_01e0b5d680a64f289a73caf3734"`);
    await q.query(`ALTER TABLE "volunteer_preferred_centers" DROP CONSTRAINT "FK_8836f4b15456ebc1094f99d7af1"`);
    await q.query(`ALTER TABLE "volunteer_preferred_centers" DROP CONSTRAINT "FK_5ecf8372af00859a354c371571c"`);
    await q.query(`DROP TABLE "event_staffing_areas"`);
    await q.query(`DROP INDEX "public"."volunteer_preferred_centers_center_idx"`);
    await q.query(`DROP TABLE "volunteer_preferred_centers"`);
  }
}
