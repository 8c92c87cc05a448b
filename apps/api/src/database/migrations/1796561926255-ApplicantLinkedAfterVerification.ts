import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 18: an application is linked to its person only once the e-mail is verified; the form's FİN is kept for that. */
export class ApplicantLinkedAfterVerification1796561926255 implements MigrationInterface {
  name = 'ApplicantLinkedAfterVerification1796561926255';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" ADD "fin" character varying(7)`);
    await q.query(`ALTER TABLE "applications" ALTER COLUMN "volunteer_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "consent_records" ALTER COLUMN "volunteer_id" DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Applications not yet linked cannot stay: they have no person.
    await q.query(`DELETE FROM "consent_records" WHERE "volunteer_id" IS NULL`);
    await q.query(`DELETE FROM "applications" WHERE "volunteer_id" IS NULL`);
    await q.query(`ALTER TABLE "consent_records" ALTER COLUMN "volunteer_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "applications" ALTER COLUMN "volunteer_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "fin"`);
  }
}
