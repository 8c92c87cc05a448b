import { MigrationInterface, QueryRunner } from 'typeorm';

export class RosterRuns1796114877442 implements MigrationInterface {
  name = 'RosterRuns1796114877442';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "roster_runs" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "center_id" uuid, "event_id" uuid, "from_date" date NOT NULL, "to_date" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'queued', "progress" integer NOT NULL DEFAULT '0', "time_limit_seconds" integer NOT NULL, "cancel_requested" boolean NOT NULL DEFAULT false, "requested_by" uuid NOT NULL, "result" jsonb, "applied" jsonb, "error" character varying(500), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "applied_at" TIMESTAMP WITH TIME ZONE, "applied_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "roster_runs_progress_check" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "roster_runs_status_check" CHECK ("status" IN ('queued', 'running', 'done', 'failed', 'cancelled', 'applied')), CONSTRAINT "roster_runs_owner_check" CHECK (("center_id" IS NULL) <> ("event_id" IS NULL)), CONSTRAINT "PK_f341b0fa8b0ca6c43e95707ac87" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "roster_runs_event_idx" ON "roster_runs"  ("event_id", "created_at") `);
    await q.query(`CREATE INDEX "roster_runs_center_idx" ON "roster_runs"  ("center_id", "created_at") `);
    await q.query(`ALTER TABLE "roster_runs" ADD CONSTRAINT "FK_d6893bad3e7a2544c2d11db514e" FOREIGN KEY ("center_id") REFERENCES "centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "roster_runs" ADD CONSTRAINT "FK_794808911cba7829fa530f54119" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "roster_runs" DROP CONSTRAINT "FK_794808911cba7829fa530f54119"`);
    await q.query(`ALTER TABLE "roster_runs" DROP CONSTRAINT "FK_d6893bad3e7a2544c2d11db514e"`);
    await q.query(`DROP INDEX "public"."roster_runs_center_idx"`);
    await q.query(`DROP INDEX "public"."roster_runs_event_idx"`);
    await q.query(`DROP TABLE "roster_runs"`);
  }
}
