import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `monthly_active`: the national report's counters (see MonthlyActiveEntity), kept by the ledger's writer.
 * `monthly_active_rebuild(scopes)` recomputes them from `monthly_hours` (NULL = every scope): used here to
 * fill them from the existing roll-up, by a trigger when a center moves to another region (both regions'
 * counters), and by the hours benchmark's seed. The gap cap (24) is ACTIVE_GAP_CAP of the ledger repository.
 */
export class MonthlyActive1796562404867 implements MigrationInterface {
  name = 'MonthlyActive1796562404867';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "monthly_active" ("month" date NOT NULL, "scope" character varying(120) NOT NULL, "gap" smallint NOT NULL, "volunteers" integer NOT NULL DEFAULT '0', "approved_minutes" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_6e70d6c0ed71ac115e153d6f440" PRIMARY KEY ("month", "scope", "gap"))`);
    await q.query(`
      CREATE FUNCTION monthly_active_rebuild(scopes text[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM monthly_active WHERE scopes IS NULL OR scope = ANY(scopes);
        INSERT INTO monthly_active (month, scope, gap, volunteers, approved_minutes)
        SELECT month, scope, gap, count(*), sum(minutes)
          FROM (SELECT month, scope, minutes,
                       LEAST(COALESCE(i - lag(i) OVER (PARTITION BY scope, volunteer_id ORDER BY month), 24), 24)::smallint AS gap
                  FROM (SELECT h.volunteer_id, h.month, s.scope, sum(h.approved_minutes) AS minutes,
                               extract(year FROM h.month)::int * 12 + extract(month FROM h.month)::int - 1 AS i
                          FROM monthly_hours h JOIN centers c ON c.id = h.owner_id
                         CROSS JOIN LATERAL (VALUES ('all'), ('region:' || c.region), ('center:' || c.id::text)) AS s(scope)
                         WHERE h.owner_kind = 'center' AND h.approved_minutes > 0 AND (scopes IS NULL OR s.scope = ANY(scopes))
                         GROUP BY h.volunteer_id, h.month, s.scope) cells) gaps
         GROUP BY month, scope, gap;
      $$`);
    await q.query(`
      CREATE FUNCTION monthly_active_region_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM monthly_active_rebuild(ARRAY['region:' || OLD.region, 'region:' || NEW.region]);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER centers_region_moved AFTER UPDATE OF region ON centers FOR EACH ROW WHEN (OLD.region IS DISTINCT FROM NEW.region) EXECUTE FUNCTION monthly_active_region_moved()`);
    await q.query(`SELECT monthly_active_rebuild(NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER centers_region_moved ON centers`);
    await q.query(`DROP FUNCTION monthly_active_region_moved()`);
    await q.query(`DROP FUNCTION monthly_active_rebuild(text[])`);
    await q.query(`DROP TABLE "monthly_active"`);
  }
}
