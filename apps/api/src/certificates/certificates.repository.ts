import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateKind, CertificateStatus } from '@dost/domain';
import { Brackets, DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../common/scope';
import type { ListQueryDto } from '../common/http/list-query.dto';
import { pageOf } from '../common/http/list-query';
import { CertificateBatchEntity } from './entities/certificate-batch.entity';
import { CertificateTypeEntity } from './entities/certificate-type.entity';
import { CertificateEntity, type LocalizedText } from './entities/certificate.entity';

/** Which certificates a caller sees: those of their centers (the type's center, or the holder's home center) or events. */
export interface CertificateScope {
  centers: Scope;
  events: Scope;
}

export interface CertificateFilters {
  typeId?: string;
  kind?: CertificateKind;
  status?: CertificateStatus;
  eventId?: string;
  centerId?: string;
  volunteerId?: string;
  year?: number;
  q?: string;
}

/** The person as the issuer needs them, read under the row's lock. */
export interface HolderRow {
  id: string;
  userId: string | null;
  fullName: string;
  email: string;
  locale: 'az' | 'en' | 'ru';
  status: string;
  approvedMinutes: number;
  signupBlocked: boolean;
  homeCenterId: string | null;
}

export interface PlaceRow {
  id: string;
  name: LocalizedText;
  /** Events: their Baku dates. */
  from: string | null;
  to: string | null;
}

const SORTABLE = { issuedAt: 'c.issuedAt', serial: 'c.serial', holderName: 'c.holderName', minutes: 'c.minutes', status: 'c.status' };

/** Certificates, their types, serial counter and batches. Every list of people's certificates takes a scope. */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  // ——— types ———

  listTypes(query: ListQueryDto & { kind?: CertificateKind; active?: boolean }): Promise<[CertificateTypeEntity[], number]> {
    const qb = this.db.getRepository(CertificateTypeEntity).createQueryBuilder('t');
    if (query.kind) qb.andWhere('t.kind = :kind', { kind: query.kind });
    if (query.active !== undefined) qb.andWhere('t.active = :active', { active: query.active });
    if (query.q) qb.andWhere(`(t.code ILIKE :q OR t.nameAz ILIKE :q OR t.nameEn ILIKE :q OR t.nameRu ILIKE :q)`, { q: `%${escapeLike(query.q)}%` });
    return pageOf(qb, query, { code: 't.code', kind: 't.kind', nameAz: 't.nameAz', createdAt: 't.createdAt' }, 'code');
  }

  allActiveTypes(): Promise<CertificateTypeEntity[]> {
    return this.db.getRepository(CertificateTypeEntity).find({ where: { active: true }, order: { kind: 'ASC', code: 'ASC' } });
  }

  typeById(id: string, em?: EntityManager): Promise<CertificateTypeEntity | null> {
    return this.manager(em).findOne(CertificateTypeEntity, { where: { id } });
  }

  typeByCode(code: string): Promise<CertificateTypeEntity | null> {
    return this.db.getRepository(CertificateTypeEntity).findOne({ where: { code } });
  }

  saveType(values: Partial<CertificateTypeEntity>): Promise<CertificateTypeEntity> {
    return this.db.getRepository(CertificateTypeEntity).save(values);
  }

  // ——— places and facts (read inside the issuing transaction) ———

  async center(id: string, em?: EntityManager): Promise<PlaceRow | null> {
    const [r] = await this.manager(em).query(`SELECT id, name_az, name_en, name_ru FROM centers WHERE id = $1`, [id]);
    return r ? { id: r.id, name: { az: r.name_az, en: r.name_en, ru: r.name_ru }, from: null, to: null } : null;
  }

  async event(id: string, em?: EntityManager): Promise<PlaceRow | null> {
    const [r] = await this.manager(em).query(
      `SELECT id, name_az, name_en, name_ru, to_char(starts_at AT TIME ZONE 'Asia/Baku', 'YYYY-MM-DD') AS "from", to_char(ends_at AT TIME ZONE 'Asia/Baku', 'YYYY-MM-DD') AS "to"
         FROM events WHERE id = $1`,
      [id],
    );
    return r ? { id: r.id, name: { az: r.name_az, en: r.name_en, ru: r.name_ru }, from: r.from, to: r.to } : null;
  }

  private holderSql = `SELECT id, user_id AS "userId", full_name AS "fullName", email, locale, status, approved_minutes AS "approvedMinutes",
                              signup_blocked AS "signupBlocked", home_center_id AS "homeCenterId" FROM volunteers`;

  async holder(id: string, em?: EntityManager): Promise<HolderRow | null> {
    const [r] = await this.manager(em).query(`${this.holderSql} WHERE id = $1`, [id]);
    return r ?? null;
  }

  /** The person's row, locked: one issue per person at a time (the partial unique index is the last word). */
  async lockHolder(em: EntityManager, id: string): Promise<HolderRow | null> {
    const [r] = await em.query(`${this.holderSql} WHERE id = $1 FOR UPDATE`, [id]);
    return r ?? null;
  }

  async holderByUser(userId: string): Promise<HolderRow | null> {
    const [r] = await this.db.query(`${this.holderSql} WHERE user_id = $1`, [userId]);
    return r ?? null;
  }

  /** Whether the person is the volunteer of a center or event of the scope: home center, or approved hours there. */
  async holderInScope(id: string, scope: CertificateScope, em?: EntityManager): Promise<boolean> {
    if (scope.centers === 'all' || scope.events === 'all') return true;
    const [r] = await this.manager(em).query(
      `SELECT EXISTS (SELECT 1 FROM volunteers WHERE id = $1 AND home_center_id = ANY($2::uuid[]))
           OR EXISTS (SELECT 1 FROM hour_entries WHERE volunteer_id = $1 AND (center_id = ANY($2::uuid[]) OR event_id = ANY($3::uuid[]))) AS ok`,
      [id, [...scope.centers], [...scope.events]],
    );
    return !!r?.ok;
  }

  /** Approved minutes of a person at a place (or anywhere) within Baku dates (or any time). */
  async approvedMinutes(em: EntityManager, volunteerId: string, where: { centerId?: string; eventId?: string; from?: string; to?: string; category?: string }): Promise<number> {
    const [r] = await em.query(
      `SELECT coalesce(sum(minutes), 0)::int AS minutes FROM hour_entries
        WHERE volunteer_id = $1 AND status = 'approved'
          AND ($2::uuid IS NULL OR center_id = $2) AND ($3::uuid IS NULL OR event_id = $3)
          AND ($4::date IS NULL OR work_date >= $4) AND ($5::date IS NULL OR work_date <= $5)
          AND ($6::varchar IS NULL OR category = $6)`,
      [volunteerId, where.centerId ?? null, where.eventId ?? null, where.from ?? null, where.to ?? null, where.category ?? null],
    );
    return r.minutes;
  }

  /**
   * The roles (positions) the person served in at a place: positions of their approved hours there and of their
   * completed shift assignments there, by name.
   */
  async roles(em: EntityManager, volunteerId: string, where: { centerId?: string; eventId?: string; from?: string; to?: string }): Promise<LocalizedText[]> {
    const rows: { name_az: string; name_en: string; name_ru: string }[] = await em.query(
      `SELECT DISTINCT p.name_az, p.name_en, p.name_ru FROM positions p
        WHERE p.id IN (
          SELECT h.position_id FROM hour_entries h
           WHERE h.volunteer_id = $1 AND h.status = 'approved' AND h.position_id IS NOT NULL
             AND ($2::uuid IS NULL OR h.center_id = $2) AND ($3::uuid IS NULL OR h.event_id = $3)
             AND ($4::date IS NULL OR h.work_date >= $4) AND ($5::date IS NULL OR h.work_date <= $5)
          UNION
          SELECT s.position_id FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
           WHERE a.volunteer_id = $1 AND a.status = 'completed'
             AND ($2::uuid IS NULL OR s.center_id = $2) AND ($3::uuid IS NULL OR s.event_id = $3)
             AND ($4::date IS NULL OR (s.starts_at AT TIME ZONE 'Asia/Baku')::date >= $4) AND ($5::date IS NULL OR (s.starts_at AT TIME ZONE 'Asia/Baku')::date <= $5))
        ORDER BY p.name_az`,
      [volunteerId, where.centerId ?? null, where.eventId ?? null, where.from ?? null, where.to ?? null],
    );
    return rows.map((r) => ({ az: r.name_az, en: r.name_en, ru: r.name_ru }));
  }

  /** Qualification codes valid on `today` (Baku date). */
  async qualifications(em: EntityManager, volunteerId: string, today: string): Promise<string[]> {
    const rows: { code: string }[] = await em.query(
      `SELECT code FROM volunteer_qualifications WHERE volunteer_id = $1 AND (valid_until IS NULL OR valid_until >= $2) ORDER BY code`,
      [volunteerId, today],
    );
    return rows.map((r) => r.code);
  }

  // ——— serials ———

  /** The year's next serial number, taken in the caller's transaction (the counter row stays locked until it ends). */
  async nextSerialNumber(em: EntityManager, year: number): Promise<number> {
    const [r] = await em.query(
      `INSERT INTO certificate_serials (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = certificate_serials.last + 1 RETURNING last`,
      [year],
    );
    return r.last;
  }

  // ——— certificates ———

  async validOf(em: EntityManager, typeId: string, volunteerId: string): Promise<CertificateEntity | null> {
    return em.findOne(CertificateEntity, { where: { typeId, volunteerId, status: 'valid' } });
  }

  certificateById(id: string): Promise<CertificateEntity | null> {
    return this.db.getRepository(CertificateEntity).findOne({ where: { id } });
  }

  /** Whether the `certificate-issued` mail of this serial is in the outbox already. */
  async mailEnqueued(em: EntityManager, serial: string): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM notification_deliveries WHERE template = 'certificate-issued' AND props->>'serial' = $1 LIMIT 1`, [serial]);
    return rows.length > 0;
  }

  async insertCertificate(em: EntityManager, values: Partial<CertificateEntity>): Promise<CertificateEntity> {
    return em.save(CertificateEntity, em.create(CertificateEntity, values));
  }

  async updateCertificate(em: EntityManager, id: string, values: Partial<CertificateEntity>): Promise<void> {
    await em.update(CertificateEntity, { id }, values);
  }

  async lockCertificate(em: EntityManager, id: string): Promise<CertificateEntity | null> {
    return em.getRepository(CertificateEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  private scoped(scope: CertificateScope, em?: EntityManager): SelectQueryBuilder<CertificateEntity> {
    const qb = this.manager(em).getRepository(CertificateEntity).createQueryBuilder('c');
    if (scope.centers === 'all' || scope.events === 'all') return qb;
    const centers = [...scope.centers];
    const events = [...scope.events];
    if (!centers.length && !events.length) return qb.andWhere('1 = 0');
    return qb.andWhere(
      new Brackets((w) => {
        w.where('1 = 0');
        if (centers.length) w.orWhere('c.centerId IN (:...scopeCenters)', { scopeCenters: centers });
        if (events.length) w.orWhere('c.eventId IN (:...scopeEvents)', { scopeEvents: events });
      }),
    );
  }

  private filtered(scope: CertificateScope, f: CertificateFilters): SelectQueryBuilder<CertificateEntity> {
    const qb = this.scoped(scope);
    if (f.typeId) qb.andWhere('c.typeId = :typeId', { typeId: f.typeId });
    if (f.kind) qb.andWhere('c.kind = :kind', { kind: f.kind });
    if (f.status) qb.andWhere('c.status = :status', { status: f.status });
    if (f.eventId) qb.andWhere('c.eventId = :eventId', { eventId: f.eventId });
    if (f.centerId) qb.andWhere('c.centerId = :centerId', { centerId: f.centerId });
    if (f.volunteerId) qb.andWhere('c.volunteerId = :volunteerId', { volunteerId: f.volunteerId });
    if (f.year) qb.andWhere(`c.serial LIKE :year`, { year: `KD-${f.year}-%` });
    if (f.q) qb.andWhere('(c.holderName ILIKE :q OR c.serial ILIKE :q)', { q: `%${escapeLike(f.q)}%` });
    return qb;
  }

  list(scope: CertificateScope, f: CertificateFilters, query: ListQueryDto): Promise<[CertificateEntity[], number]> {
    return pageOf(this.filtered(scope, f), query, SORTABLE, 'issuedAt');
  }

  /** Every row of the filtered list (an export), newest first; at most `limit`. */
  all(scope: CertificateScope, f: CertificateFilters, limit: number): Promise<CertificateEntity[]> {
    return this.filtered(scope, f).orderBy('c.issuedAt', 'DESC').addOrderBy('c.id', 'ASC').take(limit).getMany();
  }

  one(id: string, scope: CertificateScope, em?: EntityManager): Promise<CertificateEntity | null> {
    return this.scoped(scope, em).andWhere('c.id = :id', { id }).getOne();
  }

  byCode(code: string): Promise<CertificateEntity | null> {
    return this.db.getRepository(CertificateEntity).findOne({ where: { verificationCode: code } });
  }

  ofVolunteer(volunteerId: string): Promise<CertificateEntity[]> {
    return this.db.getRepository(CertificateEntity).find({ where: { volunteerId }, order: { issuedAt: 'DESC', id: 'ASC' } });
  }

  /** Type ids the person holds a valid certificate of. */
  async heldTypeIds(volunteerId: string): Promise<Set<string>> {
    const rows: { type_id: string }[] = await this.db.query(`SELECT type_id FROM certificates WHERE volunteer_id = $1 AND status = 'valid'`, [volunteerId]);
    return new Set(rows.map((r) => r.type_id));
  }

  // ——— batches ———

  batch(id: string, em?: EntityManager): Promise<CertificateBatchEntity | null> {
    return this.manager(em).findOne(CertificateBatchEntity, { where: { id } });
  }
}

export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
