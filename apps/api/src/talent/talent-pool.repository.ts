import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_FIT_WEIGHTS, fitHoursTarget, FIT_CERTIFICATES_TARGET, FIT_PARTS, languageToken, RATING_MAX, RATING_MIN, type CefrLevel, type FitRequirements, type FitWeights } from '@dost/domain';
import type { DataSource } from 'typeorm';
import type { TalentPoolQueryDto } from './dto/talent.dto';

export interface TalentFactsRow {
  volunteer_id: string;
  full_name: string;
  alumni_since: Date;
  approved_minutes: number;
  minutes12m: number;
  attended: number;
  no_shows: number;
  rating_count: number;
  rating_avg: number | null;
  language_tokens: string[];
  center_ids: string[];
  position_codes: string[];
  certificate_types: string[];
  valid_certificates: number;
  education_level: string | null;
  field_of_study: string | null;
  region: string | null;
  availability_kind: string;
  languages: { language: string; level: CefrLevel }[];
  sql_score: number;
}

/** Collects parameters for one statement: `p(value)` → `$n`. */
export class Params {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The fit score of @dost/domain (`fitValues`/`fitScore`) as one SQL expression over a `talent_facts` row,
 * so the pool sorts 50,000 people in the database. The API returns the parts from the domain function for
 * the page's rows; the integration test checks this expression gives the same score.
 */
export function fitScoreSql(params: Params, req: FitRequirements, w: FitWeights): string {
  const total = FIT_PARTS.reduce((s, p) => s + w[p], 0);
  if (total === 0) return '0::float8';
  const langs = (req.languages ?? []).map((l) => languageToken(l.language, l.level));
  const certs = [...(req.certificateTypes ?? [])];
  // One term per required token (`$n = ANY(array)` is 1 or 0), summed: the same count as
  // `count(*) FROM unnest(required) t WHERE t = ANY(array)` without a subquery per row (bench/talent: the vacancy sort).
  const matched = (tokens: string[], column: string) =>
    `(${tokens.map((t) => `(${params.p(t)}::text = ANY(${column}))::int`).join(' + ')})::float8 / ${tokens.length}`;
  const values: Record<string, () => string> = {
    hours: () => `LEAST(1.0, f.approved_minutes / ${params.p(fitHoursTarget(req) * 60)}::float8)`,
    reliability: () => `CASE WHEN f.attended + f.no_shows = 0 THEN 0.0 ELSE f.attended::float8 / (f.attended + f.no_shows) END`,
    ratings: () => `CASE WHEN f.rating_avg IS NULL THEN 0.0 ELSE GREATEST(0.0, LEAST(1.0, (f.rating_avg - ${RATING_MIN}) / ${RATING_MAX - RATING_MIN}.0)) END`,
    languages: () => langs.length === 0 ? '1.0' : matched(langs, 'f.language_tokens'),
    certificates: () => certs.length === 0 ? `LEAST(1.0, f.valid_certificates / ${FIT_CERTIFICATES_TARGET}.0)` : matched(certs, 'f.certificate_types'),
  };
  const sum = FIT_PARTS.filter((p) => w[p] > 0).map((p) => `(${values[p]()}) * ${params.p(w[p])}::float8`).join(' + ') || '0';
  return `round(((${sum}) / ${params.p(total)}::float8 * 100)::numeric, 1)::float8`;
}

/**
 * Does this vacancy (or none) score people exactly as the default does? Then the score is the stored
 * `fit_default` column (computed at rebuild by fitScoreSql(…, {}, DEFAULT_FIT_WEIGHTS)), read in index order.
 */
export function isDefaultScore(req: FitRequirements, w: FitWeights): boolean {
  return fitHoursTarget(req) === fitHoursTarget({}) && !(req.languages ?? []).length && !(req.certificateTypes ?? []).length
    && FIT_PARTS.every((p) => w[p] === DEFAULT_FIT_WEIGHTS[p]);
}

const SORTS: Record<string, string> = {
  fitScore: 'sql_score',
  fitDefault: 'f.fit_default',
  approvedHours: 'f.approved_minutes',
  hours12m: 'f.minutes12m',
  attendance: 'CASE WHEN f.attended + f.no_shows = 0 THEN -1 ELSE f.attended::float8 / (f.attended + f.no_shows) END',
  rating: 'COALESCE(f.rating_avg, 0)',
  alumniSince: 'f.alumni_since',
  fullName: 'f.full_name',
};

/** Reads the pool from `talent_facts` (kept fresh by TalentFactsRepository). Agency-wide: HR and admins only. */
@Injectable()
export class TalentPoolRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(q: TalentPoolQueryDto, req: FitRequirements, weights: FitWeights): Promise<[TalentFactsRow[], number]> {
    const params = new Params();
    const where = this.where(q, params);
    const p = (v: unknown) => params.p(v);
    // No pool has a billion people: a page beyond that is empty (and its OFFSET would overflow PostgreSQL's bigint).
    if ((q.page - 1) * q.perPage > 1e9) return [[], 0];
    const defaultScore = isDefaultScore(req, weights);
    const sortKey = q.sort ?? 'fitScore';
    const sort = (sortKey === 'fitScore' && defaultScore ? SORTS.fitDefault : SORTS[sortKey]) ?? SORTS.fitScore;
    const order = q.sort ? q.order : 'DESC';
    const score = defaultScore ? 'f.fit_default' : fitScoreSql(params, req, weights);
    const limit = `LIMIT ${p(q.perPage)} OFFSET ${p((q.page - 1) * q.perPage)}`;
    const orderBy = `ORDER BY ${sort} ${order === 'ASC' ? 'ASC' : 'DESC'}, f.volunteer_id`;
    // Two shapes, by what the sort costs (bench/talent, EXPLAIN ANALYZE at 50,000 alumni):
    // - a vacancy's own score must be computed for every matching row anyway, so the page's ids, score and total come
    //   from that one scan (count(*) OVER () over a uuid and two numbers per person, in memory);
    // - every other sort is a stored column (the default score is `fit_default`), often in a partial index: the page
    //   is a LIMIT that stops after its rows, and the total a count without any score — the window would force the
    //   whole pool to be read and sorted for 25 rows. A first page shorter than perPage is its own total.
    // Selecting the wide rows under the window made PostgreSQL keep every one and spill to disk, so either way the
    // page's rows are read by primary key afterwards.
    let page: { volunteer_id: string; sql_score: number; total?: string }[];
    let total: number | null = null;
    if (!defaultScore && sortKey === 'fitScore') {
      page = await this.db.query(
        `SELECT f.volunteer_id, ${score} AS sql_score, count(*) OVER () AS total FROM talent_facts f WHERE ${where} ${orderBy} ${limit}`,
        params.values,
      );
      if (page.length) total = Number(page[0].total);
    } else {
      page = await this.db.query(`SELECT f.volunteer_id, ${score} AS sql_score FROM talent_facts f WHERE ${where} ${orderBy} ${limit}`, params.values);
    }
    // A short page that is not empty ends the list: it is its own total.
    if (total === null && page.length > 0 && page.length < q.perPage) total = (q.page - 1) * q.perPage + page.length;
    if (total === null && (q.page > 1 || page.length === q.perPage)) {
      const countParams = new Params();
      const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM talent_facts f WHERE ${this.where(q, countParams)}`, countParams.values);
      total = n as number;
    }
    if (!page.length) return [[], total ?? 0];
    const ids = page.map((r) => r.volunteer_id);
    const details: Omit<TalentFactsRow, 'sql_score'>[] = await this.db.query(
      `SELECT f.volunteer_id, f.full_name, f.alumni_since, f.approved_minutes, f.minutes12m, f.attended, f.no_shows, f.rating_count, f.rating_avg,
              f.language_tokens, f.center_ids, f.position_codes, f.certificate_types, f.valid_certificates, f.education_level, f.field_of_study,
              f.region, f.availability_kind,
              CASE WHEN jsonb_typeof(v.languages) = 'array' THEN v.languages ELSE '[]'::jsonb END AS languages
         FROM talent_facts f JOIN volunteers v ON v.id = f.volunteer_id
        WHERE f.volunteer_id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(details.map((d) => [d.volunteer_id, d]));
    const rows = page.flatMap((r) => {
      const d = byId.get(r.volunteer_id);
      return d ? [{ ...d, sql_score: r.sql_score }] : [];
    });
    return [rows, total ?? rows.length];
  }

  /** The filters as one SQL condition over `talent_facts f`; only people with a live consent. */
  private where(q: TalentPoolQueryDto, params: Params): string {
    const where: string[] = ['f.consent'];
    const p = (v: unknown) => params.p(v);
    if (q.minHours != null) where.push(`f.approved_minutes >= ${p(Math.round(q.minHours * 60))}`);
    if (q.minHours12m != null) where.push(`f.minutes12m >= ${p(Math.round(q.minHours12m * 60))}`);
    // attended ÷ (attended + no-shows) ≥ x %, without dividing: attended × 100 ≥ x × (attended + no-shows); nobody without finished shifts.
    if (q.minAttendance != null) where.push(`f.attended + f.no_shows > 0 AND f.attended * 100.0 >= ${p(q.minAttendance)} * (f.attended + f.no_shows)`);
    if (q.maxNoShows != null) where.push(`f.no_shows <= ${p(q.maxNoShows)}`);
    if (q.minRating != null) where.push(`f.rating_avg >= ${p(q.minRating)}`);
    if (q.minPunctuality != null) where.push(`f.punctuality_avg >= ${p(q.minPunctuality)}`);
    if (q.minCommunication != null) where.push(`f.communication_avg >= ${p(q.minCommunication)}`);
    if (q.minService != null) where.push(`f.service_avg >= ${p(q.minService)}`);
    if (q.minTeamwork != null) where.push(`f.teamwork_avg >= ${p(q.minTeamwork)}`);
    if (q.languages) {
      const tokens = q.languages.split(',').map((t) => { const [l, lv] = t.split(':'); return languageToken(l, lv as CefrLevel); });
      where.push(`f.language_tokens @> ${p(tokens)}::text[]`);
    }
    if (q.centerId) where.push(`f.center_ids @> ARRAY[${p(q.centerId)}::uuid]`);
    if (q.positionCode) where.push(`f.position_codes @> ARRAY[${p(q.positionCode)}::text]`);
    if (q.certificateType) where.push(`f.certificate_types @> ARRAY[${p(q.certificateType)}::text]`);
    if (q.educationLevel) where.push(`f.education_level = ${p(q.educationLevel)}`);
    if (q.region) where.push(`lower(f.region) = lower(${p(q.region)})`);
    if (q.availability) where.push(`f.availability_kind = ${p(q.availability)}`);
    if (q.alumniSinceFrom) where.push(`f.alumni_since >= (${p(q.alumniSinceFrom)}::date::timestamp AT TIME ZONE 'Asia/Baku')`);
    if (q.alumniSinceTo) where.push(`f.alumni_since < ((${p(q.alumniSinceTo)}::date + 1)::timestamp AT TIME ZONE 'Asia/Baku')`);
    if (q.q) where.push(`f.full_name ILIKE ${p(`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    return where.join(' AND ');
  }

  /** A vacancy's requirements and weights, or null when there is no such vacancy. */
  async vacancy(id: string): Promise<{ requirements: FitRequirements; fitWeights: Partial<FitWeights> | null } | null> {
    const rows: { requirements: FitRequirements | null; fit_weights: Partial<FitWeights> | null }[] = await this.db.query(
      `SELECT requirements, fit_weights FROM vacancies WHERE id = $1`, [id],
    );
    return rows.length ? { requirements: rows[0].requirements ?? {}, fitWeights: rows[0].fit_weights } : null;
  }

  /** Is this volunteer an alumnus (status alumni: hired staff leave the pool) with a live job-pool consent? (read from the source tables, not the facts) */
  async inPool(volunteerId: string): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM alumni_profiles ap JOIN volunteers v ON v.id = ap.volunteer_id AND v.status = 'alumni' WHERE ap.volunteer_id = $1
          AND EXISTS (SELECT 1 FROM job_pool_consents jc WHERE jc.volunteer_id = ap.volunteer_id AND jc.withdrawn_at IS NULL)`,
      [volunteerId],
    );
    return rows.length > 0;
  }
}
