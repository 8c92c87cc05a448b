import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, SelectQueryBuilder } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import type { Scope } from '../common/scope';
import { CenterEntity } from '../organisation/entities/center.entity';
import { VolunteerEntity } from '../people/entities/volunteer.entity';
import type { ApplicationListQueryDto } from './dto/application.dto';
import type { IntakeListQueryDto } from './dto/intake.dto';
import { ApplicationCenterEntity } from './entities/application-center.entity';
import { ApplicationEntity } from './entities/application.entity';
import { ApplicationScoreEntity } from './entities/application-score.entity';
import { ApplicationTransitionEntity } from './entities/application-transition.entity';
import { ConsentRecordEntity } from './entities/consent-record.entity';
import { IntakeCenterEntity } from './entities/intake-center.entity';
import { IntakeConsentVersionEntity } from './entities/intake-consent-version.entity';
import { IntakeEntity } from './entities/intake.entity';
import { InterviewSlotEntity } from './entities/interview-slot.entity';

export interface CenterName {
  id: string;
  region: string;
  name: { az: string; en: string; ru: string };
}

const APPLICATION_SORT = {
  createdAt: 'a.created_at', number: 'a.number', fullName: 'a.full_name', status: 'a.status', score: 'a.score', birthDate: 'a.birth_date',
  updatedAt: 'a.updated_at',
};

/** Only this file touches TypeORM for recruitment. Lists of people's data take the caller's center scope. */
@Injectable()
export class RecruitmentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  // ---- intakes ----

  listIntakes(query: IntakeListQueryDto, scope: Scope): Promise<[IntakeEntity[], number]> {
    const qb = intakesVisibleIn(this.db.getRepository(IntakeEntity).createQueryBuilder('i').leftJoinAndSelect('i.event', 'ev'), scope);
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.q) qb.andWhere('(i.name_az ILIKE :q OR i.name_en ILIKE :q OR i.name_ru ILIKE :q)', { q: `%${query.q}%` });
    return pageOf(qb, query, { createdAt: 'i.created_at', opensOn: 'i.opens_on', closesOn: 'i.closes_on', status: 'i.status' }, 'createdAt');
  }

  /** Intakes taking applications on this Baku day. */
  openIntakes(today: string): Promise<IntakeEntity[]> {
    return this.db.getRepository(IntakeEntity).createQueryBuilder('i').leftJoinAndSelect('i.event', 'ev')
      .where(`i.status = 'open' AND i.opens_on <= :today AND i.closes_on >= :today`, { today }).orderBy('i.closes_on').getMany();
  }

  /** An intake as staff see it: `scope` as in intakesVisibleIn (a draft of other centers is not found). */
  findIntakeInScope(id: string, scope: Scope): Promise<IntakeEntity | null> {
    return intakesVisibleIn(this.db.getRepository(IntakeEntity).createQueryBuilder('i').leftJoinAndSelect('i.event', 'ev').where('i.id = :id', { id }), scope).getOne();
  }

  findIntake(id: string, em: EntityManager | DataSource = this.db, lock = false): Promise<IntakeEntity | null> {
    const qb = em.getRepository(IntakeEntity).createQueryBuilder('i').where('i.id = :id', { id });
    // FOR UPDATE cannot lock the nullable side of an outer join: the event comes only with an unlocked read.
    if (lock) qb.setLock('pessimistic_write');
    else qb.leftJoinAndSelect('i.event', 'ev');
    return qb.getOne();
  }

  /** The intake of an event (at most one), for its organisers and for `#/apply?event=`: by event id or slug. */
  intakeOfEvent(eventIdOrSlug: string, em: EntityManager | DataSource = this.db): Promise<IntakeEntity | null> {
    const qb = em.getRepository(IntakeEntity).createQueryBuilder('i').leftJoinAndSelect('i.event', 'ev');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(eventIdOrSlug);
    return (uuid ? qb.where('i.event_id = :v', { v: eventIdOrSlug }) : qb.where('i.slug = :v', { v: eventIdOrSlug.toLowerCase() })).getOne();
  }

  async slugTaken(slug: string, exceptIntakeId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM intakes WHERE slug = $1 AND id IS DISTINCT FROM $2`, [slug, exceptIntakeId]);
    return rows.length > 0;
  }

  /** The centers an event draws volunteers from (its staffing area), else every active regional center. */
  async eventIntakeCenters(eventId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `WITH area AS (SELECT center_ids, regions FROM event_staffing_areas WHERE event_id = $1)
       SELECT c.id FROM centers c, area a
        WHERE c.id::text IN (SELECT jsonb_array_elements_text(a.center_ids)) OR c.region IN (SELECT jsonb_array_elements_text(a.regions))
       ORDER BY c.id`,
      [eventId],
    );
    if (rows.length) return rows.map((r) => r.id);
    const all: { id: string }[] = await this.db.query(`SELECT id FROM centers WHERE kind = 'regional_center' ORDER BY id`);
    return all.map((r) => r.id);
  }

  async eventRow(eventId: string): Promise<{ id: string; nameAz: string; nameEn: string; nameRu: string; venue: string; startsAt: Date; endsAt: Date } | null> {
    const rows: { id: string; nameAz: string; nameEn: string; nameRu: string; venue: string; startsAt: Date; endsAt: Date }[] = await this.db.query(
      `SELECT id, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu", venue, starts_at AS "startsAt", ends_at AS "endsAt" FROM events WHERE id = $1`, [eventId]);
    return rows[0] ?? null;
  }

  async eventShiftSlots(eventId: string): Promise<number> {
    const [r]: { n: number }[] = await this.db.query(`SELECT coalesce(sum(slots), 0)::int AS n FROM shifts WHERE event_id = $1 AND status <> 'cancelled'`, [eventId]);
    return r.n;
  }

  async centersOfIntakes(ids: readonly string[]): Promise<Map<string, CenterName[]>> {
    const out = new Map<string, CenterName[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows: { intake_id: string; id: string; region: string; name_az: string; name_en: string; name_ru: string }[] = await this.db.query(
      `SELECT ic.intake_id, c.id, c.region, c.name_az, c.name_en, c.name_ru FROM intake_centers ic JOIN centers c ON c.id = ic.center_id
        WHERE ic.intake_id = ANY($1) ORDER BY c.name_az`, [ids]);
    for (const r of rows) out.get(r.intake_id)?.push({ id: r.id, region: r.region, name: { az: r.name_az, en: r.name_en, ru: r.name_ru } });
    return out;
  }

  async existingCenterIds(ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.db.getRepository(CenterEntity).createQueryBuilder('c').select('c.id', 'id').where('c.id IN (:...ids)', { ids: [...ids] }).getRawMany();
    return rows.map((r: { id: string }) => r.id);
  }

  async saveIntake(em: EntityManager, intake: Partial<IntakeEntity>): Promise<IntakeEntity> {
    return em.getRepository(IntakeEntity).save(intake);
  }

  async setIntakeCenters(em: EntityManager, intakeId: string, centerIds: readonly string[]): Promise<void> {
    await em.delete(IntakeCenterEntity, { intakeId });
    if (centerIds.length) await em.insert(IntakeCenterEntity, centerIds.map((centerId) => ({ intakeId, centerId })));
  }

  consentVersion(intakeId: string, version: number, em: EntityManager | DataSource = this.db): Promise<IntakeConsentVersionEntity | null> {
    return em.getRepository(IntakeConsentVersionEntity).findOneBy({ intakeId, version });
  }

  async insertConsentVersion(em: EntityManager, values: Partial<IntakeConsentVersionEntity>): Promise<void> {
    await em.insert(IntakeConsentVersionEntity, values);
  }

  async deleteIntake(id: string): Promise<boolean> {
    const r = await this.db.getRepository(IntakeEntity).delete({ id });
    return (r.affected ?? 0) > 0;
  }

  // ---- people ----

  /** Serialises submissions of the same person (same FİN or same e-mail) until the transaction ends. */
  async lockIdentity(em: EntityManager, keys: string[]): Promise<void> {
    for (const key of [...keys].sort()) await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 42))`, [key]);
  }

  volunteerBy(em: EntityManager, where: { fin?: string; email?: string }): Promise<VolunteerEntity | null> {
    return em.getRepository(VolunteerEntity).findOneBy(where);
  }

  saveVolunteer(em: EntityManager, v: Partial<VolunteerEntity>): Promise<VolunteerEntity> {
    return em.getRepository(VolunteerEntity).save(v);
  }

  // ---- applications ----

  activeApplicationOf(em: EntityManager, intakeId: string, volunteerId: string): Promise<ApplicationEntity | null> {
    return em.getRepository(ApplicationEntity).createQueryBuilder('a')
      .where(`a.intake_id = :intakeId AND a.volunteer_id = :volunteerId AND a.status NOT IN ('rejected', 'withdrawn')`, { intakeId, volunteerId }).getOne();
  }

  insertApplication(em: EntityManager, values: Partial<ApplicationEntity>): Promise<ApplicationEntity> {
    return em.getRepository(ApplicationEntity).save(em.getRepository(ApplicationEntity).create(values));
  }

  async insertApplicationCenters(em: EntityManager, applicationId: string, centerIds: readonly string[]): Promise<void> {
    await em.insert(ApplicationCenterEntity, centerIds.map((centerId, i) => ({ applicationId, centerId, rank: i + 1 })));
  }

  async insertConsent(em: EntityManager, values: Partial<ConsentRecordEntity>): Promise<void> {
    await em.insert(ConsentRecordEntity, values);
  }

  async linkConsent(em: EntityManager, applicationId: string, volunteerId: string): Promise<void> {
    await em.update(ConsentRecordEntity, { applicationId }, { volunteerId });
  }

  consentOf(applicationId: string, em: EntityManager | DataSource = this.db): Promise<ConsentRecordEntity | null> {
    return em.getRepository(ConsentRecordEntity).findOneBy({ applicationId });
  }

  async withdrawConsent(em: EntityManager, applicationId: string, at: Date): Promise<void> {
    await em.update(ConsentRecordEntity, { applicationId }, { withdrawnAt: at });
  }

  async insertTransition(em: EntityManager, values: Partial<ApplicationTransitionEntity>): Promise<void> {
    await em.insert(ApplicationTransitionEntity, values);
  }

  /** By id without scope: only for the public status page (the caller proved the token) and internal steps. */
  findApplication(id: string, em: EntityManager | DataSource = this.db, lock = false): Promise<ApplicationEntity | null> {
    const qb = em.getRepository(ApplicationEntity).createQueryBuilder('a').where('a.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findApplicationByVerificationToken(em: EntityManager, hash: string): Promise<ApplicationEntity | null> {
    return em.getRepository(ApplicationEntity).createQueryBuilder('a').where('a.verification_token_hash = :hash', { hash }).setLock('pessimistic_write').getOne();
  }

  async updateApplication(em: EntityManager, id: string, values: Partial<ApplicationEntity>): Promise<void> {
    await em.update(ApplicationEntity, { id }, values);
  }

  /** An application the caller may see: one of its preferred centers lies in the scope (404 otherwise). */
  async findApplicationInScope(id: string, scope: Scope): Promise<ApplicationEntity | null> {
    const qb = this.db.getRepository(ApplicationEntity).createQueryBuilder('a').where('a.id = :id', { id });
    this.restrict(qb, scope);
    return qb.getOne();
  }

  listApplications(query: ApplicationListQueryDto, scope: Scope, today: string): Promise<[ApplicationEntity[], number]> {
    return pageOf(this.filtered(query, scope, today), query, APPLICATION_SORT, 'createdAt');
  }

  /** Everything matching the filters (exports), newest first, at most `limit`. */
  allApplications(query: ApplicationListQueryDto, scope: Scope, today: string, limit = 10000): Promise<ApplicationEntity[]> {
    return this.filtered(query, scope, today).orderBy('a.created_at', 'DESC').addOrderBy('a.id').take(limit).getMany();
  }

  private filtered(query: ApplicationListQueryDto, scope: Scope, today: string): SelectQueryBuilder<ApplicationEntity> {
    const qb = this.db.getRepository(ApplicationEntity).createQueryBuilder('a');
    this.restrict(qb, scope);
    if (query.intakeId) qb.andWhere('a.intake_id = :intakeId', { intakeId: query.intakeId });
    if (query.eventId) qb.andWhere('a.event_id = :eventId', { eventId: query.eventId });
    if (query.centerId) qb.andWhere('EXISTS (SELECT 1 FROM application_centers f WHERE f.application_id = a.id AND f.center_id = :centerId)', { centerId: query.centerId });
    if (query.status?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: query.status });
    if (query.language) {
      const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
      const allowed = query.minLevel ? levels.slice(levels.indexOf(query.minLevel)) : levels;
      qb.andWhere(`EXISTS (SELECT 1 FROM jsonb_array_elements(a.languages) l WHERE l->>'language' = :language AND l->>'level' IN (:...allowed))`, { language: query.language, allowed });
    }
    // Age in full years on today's Baku date.
    if (query.minAge !== undefined) qb.andWhere(`a.birth_date <= (:today::date - make_interval(years => :minAge))::date`, { today, minAge: query.minAge });
    if (query.maxAge !== undefined) qb.andWhere(`a.birth_date > (:today::date - make_interval(years => :maxAgePlus))::date`, { today, maxAgePlus: query.maxAge + 1 });
    if (query.availability) qb.andWhere(`a.availability ? :half`, { half: query.availability });
    if (query.emailVerified !== undefined) qb.andWhere(query.emailVerified ? 'a.email_verified_at IS NOT NULL' : 'a.email_verified_at IS NULL');
    if (query.q) {
      const q = query.q.trim();
      qb.andWhere(`(a.full_name ILIKE :q OR a.email ILIKE :q OR a.phone LIKE :qd OR a.number::text = :qn OR a.fin = :qf OR EXISTS (SELECT 1 FROM volunteers p WHERE p.id = a.volunteer_id AND p.fin = :qf))`,
        { q: `%${q}%`, qd: /^[\d\s()+-]{5,}$/.test(q) ? `%${q.replace(/\D/g, '').replace(/^0/, '')}%` : '@@', qn: q.replace(/^#/, ''), qf: q.toUpperCase() });
    }
    return qb;
  }

  private restrict(qb: SelectQueryBuilder<ApplicationEntity>, scope: Scope): void {
    if (scope === 'all') return;
    if (scope.length === 0) {
      qb.andWhere('1 = 0');
      return;
    }
    qb.andWhere('EXISTS (SELECT 1 FROM application_centers s WHERE s.application_id = a.id AND s.center_id IN (:...scopeIds))', { scopeIds: [...scope] });
  }

  async centersOfApplications(ids: readonly string[]): Promise<Map<string, (CenterName & { rank: number })[]>> {
    const out = new Map<string, (CenterName & { rank: number })[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows: { application_id: string; id: string; rank: number; region: string; name_az: string; name_en: string; name_ru: string }[] = await this.db.query(
      `SELECT ac.application_id, ac.rank, c.id, c.region, c.name_az, c.name_en, c.name_ru FROM application_centers ac JOIN centers c ON c.id = ac.center_id
        WHERE ac.application_id = ANY($1) ORDER BY ac.rank`, [ids]);
    for (const r of rows) out.get(r.application_id)?.push({ id: r.id, rank: r.rank, region: r.region, name: { az: r.name_az, en: r.name_en, ru: r.name_ru } });
    return out;
  }

  async intakeNames(ids: readonly string[]): Promise<Map<string, IntakeEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.db.getRepository(IntakeEntity).createQueryBuilder('i').leftJoinAndSelect('i.event', 'ev').where('i.id IN (:...ids)', { ids: [...new Set(ids)] }).getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }

  async finsOf(volunteerIds: readonly string[]): Promise<Map<string, string | null>> {
    if (!volunteerIds.length) return new Map();
    const rows = await this.db.getRepository(VolunteerEntity).createQueryBuilder('v').select(['v.id', 'v.fin']).where('v.id IN (:...ids)', { ids: [...new Set(volunteerIds)] }).getMany();
    return new Map(rows.map((r) => [r.id, r.fin]));
  }

  volunteer(id: string, em: EntityManager | DataSource = this.db): Promise<VolunteerEntity | null> {
    return em.getRepository(VolunteerEntity).findOneBy({ id });
  }

  timeline(applicationId: string): Promise<ApplicationTransitionEntity[]> {
    return this.db.getRepository(ApplicationTransitionEntity).find({ where: { applicationId }, order: { at: 'ASC' } });
  }

  scores(applicationId: string): Promise<ApplicationScoreEntity[]> {
    return this.db.getRepository(ApplicationScoreEntity).find({ where: { applicationId }, order: { reviewerName: 'ASC', criterion: 'ASC' } });
  }

  async upsertScores(em: EntityManager, rows: Partial<ApplicationScoreEntity>[]): Promise<void> {
    await em.getRepository(ApplicationScoreEntity).upsert(rows, ['applicationId', 'reviewerId', 'criterion']);
  }

  async refreshScore(em: EntityManager, applicationId: string): Promise<void> {
    await em.query(`UPDATE applications SET score = (SELECT round(avg(score)::numeric, 2) FROM application_scores WHERE application_id = $1) WHERE id = $1`, [applicationId]);
  }

  /** Accepted + onboarded people of an intake (what capacity counts). */
  async acceptedCount(em: EntityManager, intakeId: string): Promise<number> {
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM applications WHERE intake_id = $1 AND status IN ('accepted', 'onboarded')`, [intakeId]);
    return n;
  }

  // ---- interview slots ----

  slotsOfIntake(intakeId: string, scope: Scope): Promise<InterviewSlotEntity[]> {
    const qb = this.db.getRepository(InterviewSlotEntity).createQueryBuilder('s').where('s.intake_id = :intakeId', { intakeId });
    if (scope !== 'all') qb.andWhere(scope.length ? 's.center_id IN (:...scopeIds)' : '1 = 0', { scopeIds: [...scope] });
    return qb.orderBy('s.starts_at').getMany();
  }

  /** Free future slots at one of these centers. */
  freeSlots(intakeId: string, centerIds: readonly string[], now: Date): Promise<InterviewSlotEntity[]> {
    if (!centerIds.length) return Promise.resolve([]);
    return this.db.getRepository(InterviewSlotEntity).createQueryBuilder('s')
      .where('s.intake_id = :intakeId AND s.application_id IS NULL AND s.starts_at > :now AND s.center_id IN (:...centerIds)', { intakeId, now, centerIds: [...centerIds] })
      .orderBy('s.starts_at').take(50).getMany();
  }

  slotOf(applicationId: string, em: EntityManager | DataSource = this.db): Promise<InterviewSlotEntity | null> {
    return em.getRepository(InterviewSlotEntity).findOneBy({ applicationId });
  }

  findSlot(id: string): Promise<InterviewSlotEntity | null> {
    return this.db.getRepository(InterviewSlotEntity).findOneBy({ id });
  }

  insertSlot(values: Partial<InterviewSlotEntity>): Promise<InterviewSlotEntity> {
    return this.db.getRepository(InterviewSlotEntity).save(values);
  }

  async deleteFreeSlot(id: string): Promise<boolean> {
    // IsNull(): TypeORM 1 refuses a bare null in a where (it threw, and the route answered 500).
    const r = await this.db.getRepository(InterviewSlotEntity).delete({ id, applicationId: IsNull() });
    return (r.affected ?? 0) > 0;
  }

  async freeSlotOf(em: EntityManager, applicationId: string): Promise<void> {
    await em.query(`UPDATE interview_slots SET application_id = NULL WHERE application_id = $1`, [applicationId]);
  }

  /** Books a free future slot atomically: of two racing bookings one wins. */
  async book(em: EntityManager, slotId: string, applicationId: string, intakeId: string, now: Date): Promise<InterviewSlotEntity | null> {
    const [rows] = await em.query(
      `UPDATE interview_slots SET application_id = $2 WHERE id = $1 AND intake_id = $3 AND application_id IS NULL AND starts_at > $4 RETURNING id`,
      [slotId, applicationId, intakeId, now],
    );
    if (!rows?.length) return null;
    return em.getRepository(InterviewSlotEntity).findOneBy({ id: slotId });
  }

  center(id: string): Promise<CenterEntity | null> {
    return this.db.getRepository(CenterEntity).findOneBy({ id });
  }

  async userIdByEmail(em: EntityManager, email: string): Promise<string | null> {
    const [row] = await em.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [email]);
    return row?.id ?? null;
  }

  async grantRole(em: EntityManager, userId: string, role: string): Promise<void> {
    await em.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, role]);
  }

  /** Weekly half-days each volunteer gave on their latest application (what the auto-roster respects). */
  async latestAvailability(volunteerIds: readonly string[]): Promise<Map<string, string[]>> {
    if (!volunteerIds.length) return new Map();
    const rows: { volunteerId: string; availability: string[] }[] = await this.db.query(
      `SELECT DISTINCT ON (volunteer_id) volunteer_id AS "volunteerId", availability FROM applications
        WHERE volunteer_id = ANY($1::uuid[]) ORDER BY volunteer_id, created_at DESC`,
      [[...volunteerIds]],
    );
    return new Map(rows.map((r) => [r.volunteerId, r.availability]));
  }
}

/**
 * Which intakes staff read (docs/recruitment.md, "Who sees which intake"): with scope 'all' (admin, HR) every
 * one; with a coordinator's centers, every intake past its draft (it was or is public) and the drafts that
 * include one of those centers. A draft elsewhere is another center's plan, not yet published.
 */
function intakesVisibleIn(qb: SelectQueryBuilder<IntakeEntity>, scope: Scope): SelectQueryBuilder<IntakeEntity> {
  if (scope === 'all') return qb;
  if (scope.length === 0) return qb.andWhere(`i.status <> 'draft'`);
  return qb.andWhere(
    `(i.status <> 'draft' OR EXISTS (SELECT 1 FROM intake_centers ic WHERE ic.intake_id = i.id AND ic.center_id IN (:...intakeScope)))`,
    { intakeScope: [...scope] },
  );
}
