import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CandidateStage, VacancyStatus } from '@dost/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import { ListQueryDto as ListQueryDtoDefaults, type Page } from '../common/http/list-query.dto';
import { CandidateInterviewEntity } from './entities/candidate-interview.entity';
import { CandidateNoteEntity } from './entities/candidate-note.entity';
import { CandidateStageChangeEntity } from './entities/candidate-stage-change.entity';
import { CandidateEntity } from './entities/candidate.entity';
import { VacancyEntity } from './entities/vacancy.entity';
import type { VacanciesQueryDto } from './dto/hiring.dto';

export interface LocalName { az: string; en: string; ru: string }

export interface VacancyRow extends VacancyEntity {
  centerName: LocalName | null;
  ownerName: string | null;
  stageCounts: Record<string, number>;
}

export interface CandidateRow {
  candidate: CandidateEntity;
  vacancyTitle: string;
  fullName: string;
  email: string;
  locale: 'az' | 'en' | 'ru';
  userId: string | null;
  approvedMinutes: number;
  languages: { language: string; level: string }[];
  nextInterviewAt: Date | null;
  nextInterviewPlace: string | null;
  notesCount: number;
}

/** The person as hiring needs them. */
export interface PersonRow {
  id: string;
  userId: string | null;
  fullName: string;
  email: string;
  locale: 'az' | 'en' | 'ru';
  status: string;
}

const SORTABLE: Record<string, string> = { title: 'v.title', opensOn: 'v.opensOn', closesOn: 'v.closesOn', status: 'v.status', createdAt: 'v.createdAt' };

/**
 * Hiring's storage. HR and admins see the whole agency (centerScope 'all'), so the staff lists take no scope;
 * an alumnus's own reads go through `volunteerId`, the caller's own record.
 */
@Injectable()
export class HiringRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  async listVacancies(q: VacanciesQueryDto): Promise<Page<VacancyRow>> {
    const qb = this.db.getRepository(VacancyEntity).createQueryBuilder('v');
    if (q.status) qb.andWhere('v.status = :status', { status: q.status });
    if (q.centerId) qb.andWhere('v.centerId = :centerId', { centerId: q.centerId });
    if (q.q) qb.andWhere("(v.title ILIKE :q ESCAPE '\\' OR v.department ILIKE :q ESCAPE '\\')", { q: `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [rows, total] = await pageOf(qb, q.sort ? q : Object.assign(new ListQueryDtoDefaults(), q, { order: 'DESC' }), SORTABLE, 'createdAt');
    return { data: await this.decorate(rows), total };
  }

  async vacancy(id: string, em: EntityManager = this.db.manager): Promise<VacancyRow | null> {
    const v = await em.getRepository(VacancyEntity).findOne({ where: { id } });
    return v ? (await this.decorate([v], em))[0] : null;
  }

  /** Locks the vacancy row: hires of one vacancy are serialised, so its posts are never over-filled. */
  lockVacancy(em: EntityManager, id: string): Promise<VacancyEntity | null> {
    return em.getRepository(VacancyEntity).createQueryBuilder('v').setLock('pessimistic_write').where('v.id = :id', { id }).getOne();
  }

  private async decorate(rows: VacancyEntity[], em: EntityManager = this.db.manager): Promise<VacancyRow[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const centers: { id: string; name_az: string; name_en: string; name_ru: string }[] = await em.query(
      'SELECT id, name_az, name_en, name_ru FROM centers WHERE id = ANY($1::uuid[])', [rows.map((r) => r.centerId).filter((x): x is string => !!x)],
    );
    const owners: { id: string; full_name: string }[] = await em.query(
      'SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])', [rows.map((r) => r.ownerId).filter((x): x is string => !!x)],
    );
    const counts: { vacancy_id: string; stage: string; n: number }[] = await em.query(
      'SELECT vacancy_id, stage, count(*)::int AS n FROM candidates WHERE vacancy_id = ANY($1::uuid[]) GROUP BY vacancy_id, stage', [ids],
    );
    return rows.map((v) => {
      const c = centers.find((x) => x.id === v.centerId);
      return Object.assign(v, {
        centerName: c ? { az: c.name_az, en: c.name_en, ru: c.name_ru } : null,
        ownerName: owners.find((o) => o.id === v.ownerId)?.full_name ?? null,
        stageCounts: Object.fromEntries(counts.filter((x) => x.vacancy_id === v.id).map((x) => [x.stage, x.n])),
      });
    });
  }

  saveVacancy(em: EntityManager, v: Partial<VacancyEntity>): Promise<VacancyEntity> {
    return em.getRepository(VacancyEntity).save(v);
  }

  centerExists(id: string): Promise<boolean> {
    return this.db.query('SELECT 1 FROM centers WHERE id = $1', [id]).then((r: unknown[]) => r.length > 0);
  }

  person(em: EntityManager, volunteerId: string): Promise<PersonRow | null> {
    return em.query(
      'SELECT id, user_id AS "userId", full_name AS "fullName", email, locale, status FROM volunteers WHERE id = $1', [volunteerId],
    ).then((r: PersonRow[]) => r[0] ?? null);
  }

  personOfUser(userId: string): Promise<PersonRow | null> {
    return this.db.query(
      'SELECT id, user_id AS "userId", full_name AS "fullName", email, locale, status FROM volunteers WHERE user_id = $1', [userId],
    ).then((r: PersonRow[]) => r[0] ?? null);
  }

  /** A live (given, not withdrawn) job-pool consent — the only way into HR's pipeline (alumni ledger). */
  async hasLiveConsent(em: EntityManager, volunteerId: string): Promise<boolean> {
    const r: unknown[] = await em.query('SELECT 1 FROM job_pool_consents WHERE volunteer_id = $1 AND withdrawn_at IS NULL', [volunteerId]);
    return r.length > 0;
  }

  findCandidate(em: EntityManager, vacancyId: string, volunteerId: string): Promise<CandidateEntity | null> {
    return em.getRepository(CandidateEntity).findOne({ where: { vacancyId, volunteerId } });
  }

  /** Read without a lock, to learn which vacancy to lock first. */
  peekCandidate(em: EntityManager, id: string): Promise<CandidateEntity | null> {
    return em.getRepository(CandidateEntity).findOne({ where: { id } });
  }

  lockCandidate(em: EntityManager, id: string): Promise<CandidateEntity | null> {
    return em.getRepository(CandidateEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  async insertCandidate(em: EntityManager, c: Partial<CandidateEntity>, actorId: string | null): Promise<CandidateEntity> {
    const row = await em.getRepository(CandidateEntity).save(c);
    // The app's clock, as every later move uses (the database's now() differs from it when the clock is pinned).
    await em.getRepository(CandidateStageChangeEntity).insert({ candidateId: row.id, fromStage: null, toStage: row.stage, actorId, reason: null, at: new Date() });
    return row;
  }

  async moveCandidate(em: EntityManager, c: CandidateEntity, to: CandidateStage, actorId: string | null, reason: string | null, now: Date): Promise<void> {
    await em.getRepository(CandidateEntity).update(
      { id: c.id },
      { stage: to, version: c.version + 1, stageChangedAt: now, hiredAt: to === 'hired' ? now : null },
    );
    await em.getRepository(CandidateStageChangeEntity).insert({ candidateId: c.id, fromStage: c.stage, toStage: to, actorId, reason, at: now });
  }

  countHired(em: EntityManager, vacancyId: string): Promise<number> {
    return em.getRepository(CandidateEntity).count({ where: { vacancyId, stage: 'hired' } });
  }

  addNote(em: EntityManager, n: Partial<CandidateNoteEntity>): Promise<CandidateNoteEntity> {
    return em.getRepository(CandidateNoteEntity).save(n);
  }

  addInterview(em: EntityManager, i: Partial<CandidateInterviewEntity>): Promise<CandidateInterviewEntity> {
    return em.getRepository(CandidateInterviewEntity).save(i);
  }

  /** Candidates of one vacancy, or of one person (their own applications). */
  async candidates(where: { vacancyId?: string; volunteerId?: string; id?: string }, em: EntityManager = this.db.manager): Promise<CandidateRow[]> {
    const qb = em.getRepository(CandidateEntity).createQueryBuilder('c')
      .innerJoin('vacancies', 'v', 'v.id = c.vacancy_id')
      .innerJoin('volunteers', 'p', 'p.id = c.volunteer_id')
      .addSelect(['v.title AS vacancy_title', 'p.full_name AS full_name', 'p.email AS email', 'p.locale AS locale', 'p.user_id AS user_id',
        'p.approved_minutes AS approved_minutes', 'p.languages AS languages'])
      .addSelect(`(SELECT i.starts_at FROM candidate_interviews i WHERE i.candidate_id = c.id AND i.ends_at > now() ORDER BY i.starts_at LIMIT 1)`, 'next_at')
      .addSelect(`(SELECT i.place FROM candidate_interviews i WHERE i.candidate_id = c.id AND i.ends_at > now() ORDER BY i.starts_at LIMIT 1)`, 'next_place')
      .addSelect('(SELECT count(*)::int FROM candidate_notes n WHERE n.candidate_id = c.id)', 'notes_count');
    if (where.vacancyId) qb.andWhere('c.vacancyId = :vacancyId', { vacancyId: where.vacancyId });
    if (where.volunteerId) qb.andWhere('c.volunteerId = :volunteerId', { volunteerId: where.volunteerId });
    if (where.id) qb.andWhere('c.id = :id', { id: where.id });
    qb.orderBy('c.stageChangedAt', 'DESC').addOrderBy('c.id', 'ASC').limit(1000);
    const { entities, raw } = await qb.getRawAndEntities();
    return entities.map((candidate, i) => {
      const r = raw[i] as Record<string, unknown>;
      return {
        candidate,
        vacancyTitle: String(r.vacancy_title),
        fullName: String(r.full_name),
        email: String(r.email),
        locale: r.locale as 'az' | 'en' | 'ru',
        userId: (r.user_id as string | null) ?? null,
        approvedMinutes: Number(r.approved_minutes ?? 0),
        languages: (r.languages as { language: string; level: string }[]) ?? [],
        nextInterviewAt: (r.next_at as Date | null) ?? null,
        nextInterviewPlace: (r.next_place as string | null) ?? null,
        notesCount: Number(r.notes_count ?? 0),
      };
    });
  }

  notes(candidateId: string): Promise<CandidateNoteEntity[]> {
    return this.db.getRepository(CandidateNoteEntity).find({ where: { candidateId }, order: { createdAt: 'DESC', id: 'ASC' }, take: 200 });
  }

  history(candidateId: string): Promise<CandidateStageChangeEntity[]> {
    return this.db.getRepository(CandidateStageChangeEntity).find({ where: { candidateId }, order: { at: 'ASC', id: 'ASC' }, take: 200 });
  }

  interviews(candidateId: string): Promise<CandidateInterviewEntity[]> {
    return this.db.getRepository(CandidateInterviewEntity).find({ where: { candidateId }, order: { startsAt: 'ASC' }, take: 50 });
  }

  /** Vacancies an alumnus may see: open, open to alumni, in their dates (Baku day). */
  async openForAlumni(today: string, volunteerId: string): Promise<(VacancyRow & { myApplicationId: string | null })[]> {
    const rows = await this.db.getRepository(VacancyEntity).createQueryBuilder('v')
      .where("v.status = 'open' AND v.openToAlumni = true AND v.opensOn <= :today AND (v.closesOn IS NULL OR v.closesOn >= :today)", { today })
      .orderBy('v.closesOn', 'ASC', 'NULLS LAST').addOrderBy('v.id', 'ASC').take(200).getMany();
    const decorated = await this.decorate(rows);
    const mine: { id: string; vacancy_id: string }[] = await this.db.query(
      'SELECT id, vacancy_id FROM candidates WHERE volunteer_id = $1 AND vacancy_id = ANY($2::uuid[])', [volunteerId, rows.map((r) => r.id)],
    );
    return decorated.map((v) => Object.assign(v, { myApplicationId: mine.find((m) => m.vacancy_id === v.id)?.id ?? null }));
  }

  isOpenForAlumni(v: VacancyEntity, today: string): boolean {
    const status: VacancyStatus = v.status;
    return status === 'open' && v.openToAlumni && v.opensOn <= today && (v.closesOn == null || v.closesOn >= today);
  }

  /** Gives the hired person's account the coordinator role at the center (no-op when they hold it). */
  /** The account with this e-mail: its id when no volunteer record links it, 'linked' when one does, null when none. */
  async unlinkedUserByEmail(em: EntityManager, email: string): Promise<string | 'linked' | null> {
    const r: { id: string; linked: boolean }[] = await em.query(
      'SELECT u.id, EXISTS (SELECT 1 FROM volunteers v WHERE v.user_id = u.id) AS linked FROM users u WHERE u.email = lower(trim($1))', [email],
    );
    if (!r[0]) return null;
    return r[0].linked ? 'linked' : r[0].id;
  }

  async grantRole(em: EntityManager, userId: string, role: 'volunteer'): Promise<void> {
    await em.query('INSERT INTO user_roles (user_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING', [userId, role]);
  }

  async linkUser(em: EntityManager, volunteerId: string, userId: string): Promise<void> {
    await em.query('UPDATE volunteers SET user_id = $2 WHERE id = $1', [volunteerId, userId]);
  }

  async grantCoordinator(em: EntityManager, userId: string, centerId: string): Promise<void> {
    await em.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'coordinator') ON CONFLICT DO NOTHING`, [userId]);
    await em.query('INSERT INTO coordinator_centers (user_id, center_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [userId, centerId]);
  }
}
