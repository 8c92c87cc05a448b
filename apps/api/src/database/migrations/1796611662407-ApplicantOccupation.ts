import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicantOccupation1796611662407 implements MigrationInterface {
  name = 'ApplicantOccupation1796611662407';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" ADD "occupation" character varying(20)`);
    await q.query(`ALTER TABLE "applications" ALTER COLUMN "education" DROP NOT NULL`);
    await q.query(`ALTER TABLE "applications" ADD CONSTRAINT "applications_occupation_check" CHECK ("occupation" IS NULL OR "occupation" IN ('student', 'working', 'neither'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "applications_occupation_check"`);
    await q.query(`ALTER TABLE "applications" ALTER COLUMN "education" SET NOT NULL`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "occupation"`);
  }
}
