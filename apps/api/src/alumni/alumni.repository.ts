import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LanguageSkill, RatingScores, VolunteerStatus } from '@dost/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AlumniProfileEntity } from './entities/alumni-profile.entity';
import { JobPoolConsentVersionEntity } from './entities/job-pool-consent-version.entity';
import { JobPoolConsentEntity } from './entities/job-pool-consent.entity';
import { VolunteerRatingEntity } from './entities/volunteer-rating.entity';

/**
 * SQL condition "volunteer `alias` is in the talent pool": an alumnus with a live job-pool consent. The one
 * definition the pool, the evidence pack and the vacancies use (mirrors `inTalentPool` in @dost/domain).
 */
export function inPoolSql(alias: string): string {
  return `(${alias}.status = 'alumni' AND EXISTS (SELECT 1 FROM job_pool_consents jpc WHERE jpc.volunteer_id = ${alias}.id AND jpc.withdrawn_at IS NULL))`;
}

export interface PersonRow {
  id: string;
  userId: string | null;
  fullName: string;
  status: VolunteerStatus;
  homeCenterId: string | null;
  languages: LanguageSkill[];
  skills: string[];
  locale: 'az' | 'en' | 'ru';
}

export interface RatingRow extends RatingScores {
  id: string;
  volunteerId: string;
  volunteerName: string;
  raterUserId: string;
  raterName: string | null;
  centerId: string | null;
  eventId: string | null;
  placeNameAz: string | null;
  placeNameEn: string | null;
  placeNameRu: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  comment: string | null;
  createdAt: Date;
}

const RATING_SELECT = `
  SELECT r.id, r.volunteer_id AS "volunteerId", v.full_name AS "volunteerName", r.rater_user_id AS "raterUserId", u.full_name AS "raterName",
         r.center_id AS "centerId", r.event_id AS "eventId",
         COALESCE(c.name_az, e.name_az) AS "placeNameAz", COALESCE(c.name_en, e.name_en) AS "placeNameEn", COALESCE(c.name_ru, e.name_ru) AS "placeNameRu",
         to_char(r.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(r.period_to, 'YYYY-MM-DD') AS "periodTo",
         r.punctuality, r.communication, r.service_to_citizens AS "serviceToCitizens", r.teamwork, r.comment, r.created_at AS "createdAt"
    FROM volunteer_ratings r
    JOIN volunteers v ON v.id = r.volunteer_id
    LEFT JOIN users u ON u.id = r.rater_user_id
    LEFT JOIN centers c ON c.id = r.center_id
    LEFT JOIN events e ON e.id = r.event_id`;

/** The alumni tables (profiles, the job-pool consent ledger, ratings) and the few reads of other features they need. */
@Injectable()
export class AlumniRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private m(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  // ——— people ———

  async personByUser(userId: string): Promise<PersonRow | null> {
    const [row] = await this.db.query(`${PERSON} WHERE v.user_id = $1`, [userId]);
    return row ?? null;
  }

  async person(id: string, em?: EntityManager): Promise<PersonRow | null> {
    const [row] = await this.m(em).query(`${PERSON} WHERE v.id = $1`, [id]);
    return row ?? null;
  }

  async updateLanguagesAndSkills(em: EntityManager, volunteerId: string, languages: LanguageSkill[], skills: string[]): Promise<void> {
    await em.query(`UPDATE volunteers SET languages = $2::jsonb, skills = $3::jsonb, updated_at = now() WHERE id = $1`, [volunteerId, JSON.stringify(languages), JSON.stringify(skills)]);
  }

  // ——— profiles ———

  profile(volunteerId: string, em?: EntityManager): Promise<AlumniProfileEntity | null> {
    return this.m(em).getRepository(AlumniProfileEntity).findOne({ where: { volunteerId } });
  }

  /** The alumni row of a person made alumni without one (see CareerProfileService.mine). */
  async ensureProfile(volunteerId: string): Promise<AlumniProfileEntity> {
    await this.db.query(
      `INSERT INTO alumni_profiles (volunteer_id, alumni_since, source, reason, decided_by)
       SELECT v.id, COALESCE(h.at, now()), 'coordinator', h.reason, h.actor_user_id FROM volunteers v
         LEFT JOIN LATERAL (SELECT at, reason, actor_user_id FROM volunteer_status_changes c WHERE c.volunteer_id = v.id AND c.to_status = 'alumni' ORDER BY at DESC LIMIT 1) h ON true
        WHERE v.id = $1
       ON CONFLICT (volunteer_id) DO NOTHING`,
      [volunteerId],
    );
    return (await this.profile(volunteerId))!;
  }

  async insertProfile(em: EntityManager, values: Partial<AlumniProfileEntity>): Promise<void> {
    await em.getRepository(AlumniProfileEntity).insert(values);
  }

  async updateProfile(em: EntityManager, volunteerId: string, values: Partial<AlumniProfileEntity>): Promise<void> {
    await em.getRepository(AlumniProfileEntity).update({ volunteerId }, values);
  }

  /** Locks the profile row (CV replacement: the old file is removed only by the request that replaced it). */
  lockProfile(em: EntityManager, volunteerId: string): Promise<AlumniProfileEntity | null> {
    return em.getRepository(AlumniProfileEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.volunteer_id = :volunteerId', { volunteerId }).getOne();
  }

  async existingCenterIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM centers WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map((r) => r.id);
  }

  centerOptions(): Promise<{ id: string; name: { az: string; en: string; ru: string } }[]> {
    return this.db.query(`SELECT id, json_build_object('az', name_az, 'en', name_en, 'ru', name_ru) AS name FROM centers WHERE active ORDER BY name_az`);
  }

  // ——— job-pool consent ———

  latestConsentVersion(em?: EntityManager): Promise<JobPoolConsentVersionEntity | null> {
    return this.m(em).getRepository(JobPoolConsentVersionEntity).findOne({ where: {}, order: { version: 'DESC' } });
  }

  liveConsent(volunteerId: string, em?: EntityManager): Promise<JobPoolConsentEntity | null> {
    return this.m(em).getRepository(JobPoolConsentEntity).createQueryBuilder('c')
      .where('c.volunteer_id = :volunteerId AND c.withdrawn_at IS NULL', { volunteerId }).getOne();
  }

  consentHistory(volunteerId: string): Promise<JobPoolConsentEntity[]> {
    return this.db.getRepository(JobPoolConsentEntity).find({ where: { volunteerId }, order: { givenAt: 'DESC' }, take: 50 });
  }

  async insertConsent(em: EntityManager, values: Pick<JobPoolConsentEntity, 'volunteerId' | 'consentVersionId' | 'version' | 'locale' | 'givenAt'>): Promise<JobPoolConsentEntity> {
    return em.getRepository(JobPoolConsentEntity).save(em.getRepository(JobPoolConsentEntity).create({ ...values, withdrawnAt: null }));
  }

  /**
   * Stamps the live consent withdrawn; the number of rows changed (0 = there was none). Never before it was
   * given (the check constraint): a consent stamped a little ahead (clock skew, imported data) is withdrawn at its own time.
   */
  async withdrawConsent(em: EntityManager, volunteerId: string, at: Date): Promise<number> {
    const res = await em.query(
      `UPDATE job_pool_consents SET withdrawn_at = greatest($2::timestamptz, given_at) WHERE volunteer_id = $1 AND withdrawn_at IS NULL`, [volunteerId, at],
    );
    return Array.isArray(res) ? Number(res[1] ?? 0) : 0;
  }

  async inPool(volunteerId: string, em?: EntityManager): Promise<boolean> {
    const [row] = await this.m(em).query(`SELECT ${inPoolSql('v')} AS ok FROM volunteers v WHERE v.id = $1`, [volunteerId]);
    return row?.ok === true;
  }

  // ——— ratings ———

  async insertRating(values: Partial<VolunteerRatingEntity>): Promise<string> {
    const row = await this.db.getRepository(VolunteerRatingEntity).save(this.db.getRepository(VolunteerRatingEntity).create(values));
    return row.id;
  }

  async rating(id: string): Promise<RatingRow | null> {
    const [row] = await this.db.query(`${RATING_SELECT} WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  async ratingsGivenBy(raterUserId: string, limit: number, offset: number): Promise<[RatingRow[], number]> {
    const rows: RatingRow[] = await this.db.query(`${RATING_SELECT} WHERE r.rater_user_id = $1 ORDER BY r.created_at DESC, r.id LIMIT $2 OFFSET $3`, [raterUserId, limit, offset]);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM volunteer_ratings WHERE rater_user_id = $1`, [raterUserId]);
    return [rows, total];
  }

  ratingsOf(volunteerId: string): Promise<RatingRow[]> {
    return this.db.query(`${RATING_SELECT} WHERE r.volunteer_id = $1 ORDER BY r.created_at DESC, r.id LIMIT 500`, [volunteerId]);
  }

  /** Only the scores (what the aggregate needs; no comment leaves the database for the volunteer's own view). */
  scoresOf(volunteerId: string): Promise<RatingScores[]> {
    return this.db.query(
      `SELECT punctuality, communication, service_to_citizens AS "serviceToCitizens", teamwork FROM volunteer_ratings WHERE volunteer_id = $1`,
      [volunteerId],
    );
  }

  // ——— scope of ratings ———

  /** The volunteer belongs to the center: it is their home center, or they served there (a shift or hours). */
  async servedAtCenter(volunteerId: string, centerId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM volunteers v WHERE v.id = $1 AND v.home_center_id = $2)
           OR EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = $1 AND s.center_id = $2 AND a.status IN ('assigned', 'completed'))
           OR EXISTS (SELECT 1 FROM hour_entries h WHERE h.volunteer_id = $1 AND h.center_id = $2) AS ok`,
      [volunteerId, centerId],
    );
    return row?.ok === true;
  }

  /** The volunteer served on the event (a shift of the event or hours at it). */
  async servedAtEvent(volunteerId: string, eventId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = $1 AND s.event_id = $2 AND a.status IN ('assigned', 'completed'))
           OR EXISTS (SELECT 1 FROM hour_entries h WHERE h.volunteer_id = $1 AND h.event_id = $2) AS ok`,
      [volunteerId, eventId],
    );
    return row?.ok === true;
  }

  async placeExists(kind: 'center' | 'event', id: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM ${kind === 'center' ? 'centers' : 'events'} WHERE id = $1) AS ok`, [id]);
    return row?.ok === true;
  }

  /** Who may be rated for a place: people of the center (home or served) or of the event (served), by name. */
  rateable(kind: 'center' | 'event', placeId: string, q: string | undefined, limit: number): Promise<{ volunteerId: string; fullName: string; status: VolunteerStatus }[]> {
    const served = kind === 'center'
      ? `v.home_center_id = $1
         OR EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = v.id AND s.center_id = $1 AND a.status IN ('assigned', 'completed'))
         OR EXISTS (SELECT 1 FROM hour_entries h WHERE h.volunteer_id = v.id AND h.center_id = $1)`
      : `EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = v.id AND s.event_id = $1 AND a.status IN ('assigned', 'completed'))
         OR EXISTS (SELECT 1 FROM hour_entries h WHERE h.volunteer_id = v.id AND h.event_id = $1)`;
    return this.db.query(
      `SELECT v.id AS "volunteerId", v.full_name AS "fullName", v.status FROM volunteers v
        WHERE v.status IN ('active', 'paused', 'alumni') AND (${served}) AND ($2::text IS NULL OR v.full_name ILIKE '%' || $2 || '%')
        ORDER BY v.full_name, v.id LIMIT $3`,
      [placeId, q?.replace(/[%_\\]/g, (c) => `\\${c}`) || null, limit],
    );
  }
}

const PERSON = `SELECT v.id, v.user_id AS "userId", v.full_name AS "fullName", v.status, v.home_center_id AS "homeCenterId", v.languages, v.skills, v.locale FROM volunteers v`;
