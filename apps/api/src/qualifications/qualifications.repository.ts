import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Scope } from '../common/scope';
import { VolunteerQualificationEntity } from '../people/entities/volunteer-qualification.entity';
import { QualificationEntity } from './entities/qualification.entity';
import { TrainingSessionEntity } from './entities/training-session.entity';

/** A volunteer as grants need them: who to mail, and whether the caller may manage them. */
export interface GrantTarget {
  id: string;
  fullName: string;
  email: string;
  locale: 'az' | 'en' | 'ru';
  userId: string | null;
  homeCenterId: string | null;
}

/** A held qualification with the catalogue's names (a code no longer in the catalogue has none). */
export interface HeldRow {
  id: string;
  volunteerId: string;
  code: string;
  validUntil: string | null;
  grantedOn: string | null;
  grantedBy: string | null;
  grantedByName: string | null;
  evidence: string | null;
  evidenceFileName: string | null;
  trainingSessionId: string | null;
  qualificationId: string | null;
  nameAz: string | null;
  nameEn: string | null;
  nameRu: string | null;
}

export interface ExpiringRow extends HeldRow {
  fullName: string;
  homeCenterId: string | null;
  homeCenterAz: string | null;
  homeCenterEn: string | null;
  homeCenterRu: string | null;
  email: string;
  locale: 'az' | 'en' | 'ru';
  userId: string | null;
  expiryNoticeFor: string | null;
}

export type GrantOutcome = 'granted' | 'renewed' | 'unchanged';

const HELD_SELECT = `SELECT vq.id, vq.volunteer_id AS "volunteerId", vq.code, vq.valid_until::text AS "validUntil", vq.granted_on::text AS "grantedOn",
  vq.granted_by AS "grantedBy", u.full_name AS "grantedByName", vq.evidence, vq.evidence_file_name AS "evidenceFileName",
  vq.training_session_id AS "trainingSessionId", q.id AS "qualificationId", q.name_az AS "nameAz", q.name_en AS "nameEn", q.name_ru AS "nameRu"
  FROM volunteer_qualifications vq LEFT JOIN qualifications q ON q.code = vq.code LEFT JOIN users u ON u.id = vq.granted_by`;

/** Scope of volunteers: a coordinator's are the people whose home center is one of theirs. */
function scopeClause(scope: Scope, column: string, params: unknown[]): string {
  if (scope === 'all') return 'TRUE';
  if (!scope.length) return 'FALSE';
  params.push([...scope]);
  return `${column} = ANY($${params.length}::uuid[])`;
}

@Injectable()
export class QualificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  // ——— catalogue ———

  catalogue(): Promise<QualificationEntity[]> {
    return this.db.getRepository(QualificationEntity).find({ order: { code: 'ASC' } });
  }

  byId(id: string, em: EntityManager = this.db.manager): Promise<QualificationEntity | null> {
    return em.getRepository(QualificationEntity).findOneBy({ id });
  }

  byCode(code: string): Promise<QualificationEntity | null> {
    return this.db.getRepository(QualificationEntity).findOneBy({ code });
  }

  /** Inserts unless the code exists (concurrent creates of one code: the second gets null). */
  async create(values: Pick<QualificationEntity, 'code' | 'nameAz' | 'nameEn' | 'nameRu' | 'validityMonths' | 'active'>): Promise<QualificationEntity | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO qualifications (code, name_az, name_en, name_ru, validity_months, active) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [values.code, values.nameAz, values.nameEn, values.nameRu, values.validityMonths, values.active],
    );
    return rows.length ? this.byId(rows[0].id) : null;
  }

  async update(id: string, values: Partial<Pick<QualificationEntity, 'nameAz' | 'nameEn' | 'nameRu' | 'validityMonths' | 'active'>>): Promise<void> {
    if (Object.keys(values).length) await this.db.getRepository(QualificationEntity).update({ id }, values);
  }

  // ——— volunteers and their grants ———

  async volunteer(id: string, scope: Scope, em: EntityManager = this.db.manager): Promise<GrantTarget | null> {
    const params: unknown[] = [id];
    const rows: GrantTarget[] = await em.query(
      `SELECT id, full_name AS "fullName", email, locale, user_id AS "userId", home_center_id AS "homeCenterId" FROM volunteers
       WHERE id = $1 AND ${scopeClause(scope, 'home_center_id', params)}`,
      params,
    );
    return rows[0] ?? null;
  }

  /** The given volunteers the caller may manage (others are simply not returned). */
  async volunteers(ids: readonly string[], scope: Scope, em: EntityManager = this.db.manager): Promise<GrantTarget[]> {
    if (!ids.length) return [];
    const params: unknown[] = [[...ids]];
    return em.query(
      `SELECT id, full_name AS "fullName", email, locale, user_id AS "userId", home_center_id AS "homeCenterId" FROM volunteers
       WHERE id = ANY($1::uuid[]) AND ${scopeClause(scope, 'home_center_id', params)}`,
      params,
    );
  }

  async volunteerOfUser(userId: string): Promise<{ id: string } | null> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM volunteers WHERE user_id = $1`, [userId]);
    return rows[0] ?? null;
  }

  held(volunteerId: string, em: EntityManager = this.db.manager): Promise<HeldRow[]> {
    return em.query(`${HELD_SELECT} WHERE vq.volunteer_id = $1 ORDER BY vq.code`, [volunteerId]);
  }

  /**
   * Grants or renews one qualification (one row per volunteer and code). A training session already recorded for
   * the person changes nothing (a rerun of the same session is idempotent); any other grant replaces date,
   * expiry and evidence with the new ones.
   */
  async grant(
    em: EntityManager,
    g: { volunteerId: string; code: string; grantedOn: string; validUntil: string | null; grantedBy: string; evidence: string | null; evidenceFileName: string | null; trainingSessionId: string | null },
  ): Promise<GrantOutcome> {
    const rows: { inserted: boolean }[] = await em.query(
      `INSERT INTO volunteer_qualifications (volunteer_id, code, granted_on, valid_until, granted_by, evidence, evidence_file_name, training_session_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (volunteer_id, code) DO UPDATE SET granted_on = EXCLUDED.granted_on, valid_until = EXCLUDED.valid_until,
         granted_by = EXCLUDED.granted_by, evidence = EXCLUDED.evidence, evidence_file_name = EXCLUDED.evidence_file_name,
         training_session_id = EXCLUDED.training_session_id
       WHERE EXCLUDED.training_session_id IS NULL OR volunteer_qualifications.training_session_id IS DISTINCT FROM EXCLUDED.training_session_id
       RETURNING (xmax = 0) AS inserted`,
      [g.volunteerId, g.code, g.grantedOn, g.validUntil, g.grantedBy, g.evidence, g.evidenceFileName, g.trainingSessionId],
    );
    if (!rows.length) return 'unchanged';
    return rows[0].inserted ? 'granted' : 'renewed';
  }

  async revoke(volunteerId: string, code: string): Promise<boolean> {
    const res = await this.db.getRepository(VolunteerQualificationEntity).delete({ volunteerId, code });
    return (res.affected ?? 0) > 0;
  }

  /** Held qualifications whose last valid day is within [from, to], of volunteers in scope who are still in the programme. */
  async expiring(scope: Scope, from: string, to: string, limit = 500): Promise<ExpiringRow[]> {
    const params: unknown[] = [from, to, limit];
    return this.db.query(
      `SELECT x.*, v.full_name AS "fullName", v.home_center_id AS "homeCenterId", c.name_az AS "homeCenterAz", c.name_en AS "homeCenterEn",
         c.name_ru AS "homeCenterRu", v.email, v.locale, v.user_id AS "userId", vq2.expiry_notice_for::text AS "expiryNoticeFor"
       FROM (${HELD_SELECT} WHERE vq.valid_until BETWEEN $1 AND $2) x
       JOIN volunteers v ON v.id = x."volunteerId" JOIN volunteer_qualifications vq2 ON vq2.id = x.id
       LEFT JOIN centers c ON c.id = v.home_center_id
       WHERE v.status IN ('active', 'paused') AND ${scopeClause(scope, 'v.home_center_id', params)}
       ORDER BY x."validUntil", v.full_name LIMIT $3`,
      params,
    );
  }

  async countExpiring(scope: Scope, from: string, to: string): Promise<number> {
    const params: unknown[] = [from, to];
    const [row]: { n: string }[] = await this.db.query(
      `SELECT count(*) AS n FROM volunteer_qualifications vq JOIN volunteers v ON v.id = vq.volunteer_id
       WHERE vq.valid_until BETWEEN $1 AND $2 AND v.status IN ('active', 'paused') AND ${scopeClause(scope, 'v.home_center_id', params)}`,
      params,
    );
    return Number(row.n);
  }

  /** Claims the reminder for one row (false if it was already sent for this expiry date): at most one mail per expiry. */
  async claimNotice(em: EntityManager, id: string, validUntil: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `UPDATE volunteer_qualifications SET expiry_notice_for = valid_until WHERE id = $1 AND valid_until = $2
       AND expiry_notice_for IS DISTINCT FROM valid_until RETURNING id`,
      [id, validUntil],
    );
    return rows.length > 0;
  }

  // ——— training sessions ———

  /** Serialises recordings of one session (same qualification, day, trainer, place) so a double submit makes one. */
  async lockSessionKey(em: EntityManager, key: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 16))`, [key]);
  }

  findSession(em: EntityManager, k: { qualificationId: string; heldOn: string; trainer: string; centerId: string | null }): Promise<TrainingSessionEntity | null> {
    return em
      .getRepository(TrainingSessionEntity)
      .createQueryBuilder('s')
      .where('s.qualification_id = :q AND s.held_on = :d AND lower(s.trainer) = lower(:t)', { q: k.qualificationId, d: k.heldOn, t: k.trainer })
      .andWhere(k.centerId ? 's.center_id = :c' : 's.center_id IS NULL', { c: k.centerId })
      .getOne();
  }

  insertSession(em: EntityManager, values: Pick<TrainingSessionEntity, 'qualificationId' | 'heldOn' | 'trainer' | 'centerId' | 'notes' | 'createdBy'>): Promise<TrainingSessionEntity> {
    return em.getRepository(TrainingSessionEntity).save(em.getRepository(TrainingSessionEntity).create(values));
  }

  async sessions(scope: Scope, limit: number, offset: number): Promise<[(TrainingSessionEntity & { attendees: number; code: string })[], number]> {
    const params: unknown[] = [limit, offset];
    const where = scopeClause(scope, 's.center_id', params);
    const rows = await this.db.query(
      `SELECT s.id, s.qualification_id AS "qualificationId", q.code, s.held_on::text AS "heldOn", s.trainer, s.center_id AS "centerId", s.notes,
         s.created_at AS "createdAt", (SELECT count(*)::int FROM volunteer_qualifications vq WHERE vq.training_session_id = s.id) AS attendees
       FROM training_sessions s JOIN qualifications q ON q.id = s.qualification_id WHERE ${where}
       ORDER BY s.held_on DESC, s.created_at DESC LIMIT $1 OFFSET $2`,
      params,
    );
    const countParams: unknown[] = [];
    const [{ n }]: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM training_sessions s WHERE ${scopeClause(scope, 's.center_id', countParams)}`, countParams);
    return [rows, Number(n)];
  }
}
