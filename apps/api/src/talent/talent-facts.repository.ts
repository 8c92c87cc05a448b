import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bakuDateOf, CEFR_LEVELS, DEFAULT_FIT_WEIGHTS } from '@dost/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { fitScoreSql, Params } from './talent-pool.repository';

/** The first day of the 12-calendar-month window (Baku) that ends with the current month. */
export function twelveMonthWindowFrom(nowMs: number): string {
  const [y, m] = bakuDateOf(nowMs).split('-').map(Number);
  const idx = y * 12 + (m - 1) - 11;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
}

const LEVELS = `ARRAY[${CEFR_LEVELS.map((l) => `'${l}'`).join(',')}]`;

/**
 * One alumnus' facts from the source tables. The same definitions as @dost/domain: approved minutes as the
 * ledger keeps them (`volunteers.approved_minutes`), attended = completed assignments and no-shows as in
 * `AttendanceCounts`, language tokens as `languageTokens()` — the integration test compares them.
 */
const FACTS_SELECT = `
  SELECT v.id AS volunteer_id, v.full_name,
         -- In the pool = an alumnus (not hired staff, not exited) with a live consent, as AlumniRepository's inPoolSql.
         (v.status = 'alumni' AND EXISTS (SELECT 1 FROM job_pool_consents jc WHERE jc.volunteer_id = v.id AND jc.withdrawn_at IS NULL)) AS consent,
         ap.alumni_since, v.approved_minutes,
         COALESCE((SELECT sum(mh.approved_minutes) FROM monthly_hours mh WHERE mh.volunteer_id = v.id AND mh.month >= $2::date), 0)::int AS minutes12m,
         $2::date AS window_from,
         COALESCE(att.attended, 0) AS attended, COALESCE(att.no_shows, 0) AS no_shows,
         COALESCE(r.n, 0) AS rating_count, r.avg_all AS rating_avg, r.p AS punctuality_avg, r.c AS communication_avg, r.s AS service_avg, r.t AS teamwork_avg,
         COALESCE((SELECT array_agg(DISTINCT lower(l->>'language') || ':' || lv.level)
                     FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v.languages) = 'array' THEN v.languages ELSE '[]'::jsonb END) l
                     CROSS JOIN LATERAL unnest(${LEVELS}) WITH ORDINALITY AS lv(level, i)
                    WHERE lv.i <= COALESCE(array_position(${LEVELS}, l->>'level'), 0)), '{}') AS language_tokens,
         COALESCE((SELECT array_agg(DISTINCT mh.owner_id) FROM monthly_hours mh
                    WHERE mh.volunteer_id = v.id AND mh.owner_kind = 'center' AND mh.approved_minutes > 0), '{}') AS center_ids,
         COALESCE((SELECT array_agg(DISTINCT p.code) FROM shift_assignments sa JOIN shifts s ON s.id = sa.shift_id JOIN positions p ON p.id = s.position_id
                    WHERE sa.volunteer_id = v.id AND sa.status = 'completed'), '{}') AS position_codes,
         COALESCE(cert.types, '{}') AS certificate_types, COALESCE(cert.n, 0) AS valid_certificates,
         ap.education_level, ap.field_of_study, ap.region, ap.availability_kind, now() AS refreshed_at
    FROM volunteers v
    JOIN alumni_profiles ap ON ap.volunteer_id = v.id
    LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE sa.status = 'completed')::int AS attended, count(*) FILTER (WHERE sa.status = 'no_show')::int AS no_shows
                         FROM shift_assignments sa WHERE sa.volunteer_id = v.id) att ON true
    LEFT JOIN LATERAL (SELECT count(*)::int AS n,
                              avg((vr.punctuality + vr.communication + vr.service_to_citizens + vr.teamwork) / 4.0)::float8 AS avg_all,
                              avg(vr.punctuality)::float8 AS p, avg(vr.communication)::float8 AS c, avg(vr.service_to_citizens)::float8 AS s, avg(vr.teamwork)::float8 AS t
                         FROM volunteer_ratings vr WHERE vr.volunteer_id = v.id) r ON true
    LEFT JOIN LATERAL (SELECT array_agg(DISTINCT ct.code) AS types, count(*)::int AS n FROM certificates c JOIN certificate_types ct ON ct.id = c.type_id
                        WHERE c.volunteer_id = v.id AND c.status = 'valid') cert ON true`;

const COLUMNS = [
  'volunteer_id', 'full_name', 'consent', 'alumni_since', 'approved_minutes', 'minutes12m', 'window_from', 'attended', 'no_shows', 'rating_count',
  'rating_avg', 'punctuality_avg', 'communication_avg', 'service_avg', 'teamwork_avg', 'language_tokens', 'center_ids', 'position_codes',
  'certificate_types', 'valid_certificates', 'education_level', 'field_of_study', 'region', 'availability_kind', 'refreshed_at',
];
/**
 * INSERT … SELECT of the facts with `fit_default`: the default-weight, no-vacancy fit score computed by the very
 * expression the pool sorts by (fitScoreSql over the row being written, `f`), so the default view can read it from
 * an index and still equal what the expression gives (the int-spec compares it with the domain's score).
 * `$1` and `$2` are the select's own parameters (ids, window); the score's weights follow.
 */
function upsert(filter: string, first: unknown, windowFrom: string): [string, unknown[]] {
  const params = new Params();
  params.p(first);
  params.p(windowFrom);
  const score = fitScoreSql(params, {}, DEFAULT_FIT_WEIGHTS);
  const sql = `INSERT INTO talent_facts (${COLUMNS.join(', ')}, fit_default)
    SELECT f.*, ${score} FROM (${FACTS_SELECT} WHERE ${filter}) f
    ON CONFLICT (volunteer_id) DO UPDATE SET ${[...COLUMNS.slice(1), 'fit_default'].map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
  return [sql, params.values];
}

/**
 * Keeps `talent_facts` true: rebuilds the rows the triggers marked (and everyone's when the 12-month window
 * moved on to a new month) before a read. Only this class writes the table.
 */
@Injectable()
export class TalentFactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Rebuilds what is stale; cheap when nothing is (one indexed probe of an empty table and one of the window). */
  async refreshStale(nowMs = Date.now()): Promise<void> {
    const windowFrom = twelveMonthWindowFrom(nowMs);
    const [{ stale_window: staleWindow, dirty }] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM talent_facts WHERE window_from < $1::date) AS stale_window, EXISTS (SELECT 1 FROM talent_facts_dirty) AS dirty`,
      [windowFrom],
    );
    if (!staleWindow && !dirty) return;
    await this.db.transaction(async (em) => {
      // One refresher at a time; a second reader waits for it and then finds nothing left to do.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('talent_facts_refresh'))`);
      if (staleWindow) await this.rebuildAll(em, windowFrom);
      const ids: { volunteer_id: string }[] = await em.query(`WITH d AS (DELETE FROM talent_facts_dirty RETURNING volunteer_id) SELECT volunteer_id FROM d`);
      if (ids.length) await this.rebuild(em, ids.map((r) => r.volunteer_id), windowFrom);
    });
  }

  /** Rebuilds the rows of these volunteers (and removes those who are no longer alumni). */
  async rebuild(em: EntityManager, ids: string[], windowFrom: string): Promise<void> {
    await em.query(...upsert('v.id = ANY($1::uuid[])', ids, windowFrom));
    await em.query(`DELETE FROM talent_facts f WHERE f.volunteer_id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM alumni_profiles ap WHERE ap.volunteer_id = f.volunteer_id)`, [ids]);
  }

  /** Every alumnus' row (first start, a new month, the benchmark's seed). */
  async rebuildAll(em: EntityManager | DataSource, windowFrom = twelveMonthWindowFrom(Date.now())): Promise<void> {
    await em.query(...upsert('$1::int IS NULL', null, windowFrom));
    await em.query(`DELETE FROM talent_facts f WHERE NOT EXISTS (SELECT 1 FROM alumni_profiles ap WHERE ap.volunteer_id = f.volunteer_id)`);
    await em.query(`DELETE FROM talent_facts_dirty`);
  }
}
