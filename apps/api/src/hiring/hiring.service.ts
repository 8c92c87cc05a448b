import { Injectable } from '@nestjs/common';
import {
  allowedCandidateMoves, bakuDateOf, decideCandidateMove, isIsoDate, mayManageHiring, type CandidateStage, type PipelineErrorCode,
} from '@dost/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { AuditService } from '../audit/audit.service';
import { VolunteerStatusService } from '../people/volunteer-status.service';
import { UsersService } from '../users/users.service';
import type {
  AddCandidateDto, AddNoteDto, CandidateDetailDto, CandidateDto, CandidateNoteDto, CreateVacancyDto, MoveCandidateDto, MyApplicationDto, MyVacancyDto,
  ScheduleInterviewDto, UpdateVacancyDto, VacanciesQueryDto, VacancyDto, VacancyRequirementsDto, WithdrawDto,
} from './dto/hiring.dto';
import type { VacancyEntity } from './entities/vacancy.entity';
import { HiringMail, type MailVacancy } from './hiring-mail';
import { HiringRepository, type CandidateRow, type PersonRow, type VacancyRow } from './hiring.repository';
import './hiring.messages';

const MOVE_PROBLEM: Record<PipelineErrorCode, () => ApiProblem> = {
  FINAL_STAGE: () => ApiProblem.conflict('hiring.finalStage', {}, 'FINAL_STAGE'),
  ILLEGAL_MOVE: () => ApiProblem.conflict('hiring.illegalMove', {}, 'ILLEGAL_MOVE'),
  NOT_ALLOWED: () => new ApiProblem(403, 'hiring.notAllowed', {}, [], {}, 'NOT_ALLOWED'),
  POSTS_FILLED: () => ApiProblem.conflict('hiring.postsFilled', {}, 'POSTS_FILLED'),
};

const iso = (d: Date | string | null): string | null => (d == null ? null : new Date(d).toISOString());

function toVacancyDto(v: VacancyRow): VacancyDto {
  return {
    id: v.id, title: v.title, language: v.language, centerId: v.centerId, centerName: v.centerName, department: v.department,
    description: v.description, requirements: (v.requirements ?? {}) as VacancyRequirementsDto, fitWeights: v.fitWeights, posts: v.posts, opensOn: v.opensOn,
    closesOn: v.closesOn, openToAlumni: v.openToAlumni, staffRole: v.staffRole, ownerId: v.ownerId, ownerName: v.ownerName,
    status: v.status, stageCounts: v.stageCounts, createdAt: v.createdAt.toISOString(),
  };
}

/** The place a mail names: the center in the candidate's language, or the department. */
function mailVacancy(v: VacancyRow, locale: 'az' | 'en' | 'ru'): MailVacancy {
  return { id: v.id, title: v.title, place: v.centerName?.[locale] ?? v.department ?? 'DOST', closesOn: v.closesOn };
}

/**
 * Vacancies and the hiring pipeline (docs/hiring.md). HR and admins run it agency-wide; an alumnus sees
 * open-to-alumni vacancies, applies and withdraws. Moves are concurrency-safe: the caller names the version it
 * saw and the row is locked, so of two parallel moves from the same state one wins and the other gets 409.
 */
@Injectable()
export class HiringService {
  constructor(
    private readonly repo: HiringRepository,
    private readonly mail: HiringMail,
    private readonly statuses: VolunteerStatusService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  // ——— vacancies ———

  async listVacancies(q: VacanciesQueryDto): Promise<Page<VacancyDto>> {
    const page = await this.repo.listVacancies(q);
    return { data: page.data.map(toVacancyDto), total: page.total };
  }

  async vacancy(id: string): Promise<VacancyDto> {
    const v = await this.repo.vacancy(id);
    if (!v) throw ApiProblem.notFound();
    return toVacancyDto(v);
  }

  async createVacancy(actor: AuthUser, dto: CreateVacancyDto): Promise<VacancyDto> {
    const draft: Partial<VacancyEntity> = {
      title: dto.title, language: dto.language ?? 'az', centerId: dto.centerId ?? null, department: dto.department?.trim() || null,
      description: dto.description ?? '', requirements: dto.requirements ?? {}, fitWeights: dto.fitWeights ?? null, posts: dto.posts ?? 1,
      opensOn: dto.opensOn, closesOn: dto.closesOn ?? null, openToAlumni: dto.openToAlumni ?? false, staffRole: dto.staffRole ?? 'coordinator',
      status: dto.status ?? 'open', ownerId: actor.id,
    };
    await this.check(draft);
    const saved = await this.repo.saveVacancy(this.repo.db.manager, draft);
    return this.vacancy(saved.id);
  }

  async updateVacancy(id: string, dto: UpdateVacancyDto): Promise<VacancyDto> {
    const current = await this.repo.vacancy(id);
    if (!current) throw ApiProblem.notFound();
    const next: Partial<VacancyEntity> = { id };
    for (const k of ['title', 'language', 'centerId', 'department', 'description', 'requirements', 'fitWeights', 'posts', 'opensOn', 'closesOn', 'openToAlumni', 'staffRole', 'status'] as const) {
      if (dto[k] !== undefined) Object.assign(next, { [k]: dto[k] });
    }
    if (next.department !== undefined) next.department = next.department?.trim() || null;
    await this.check({ ...current, ...next });
    await this.repo.saveVacancy(this.repo.db.manager, next);
    return this.vacancy(id);
  }

  /** The cross-field rules, as per-field errors (the CHECK constraints are the last guard). */
  private async check(v: Partial<VacancyEntity>): Promise<void> {
    const errors: FieldError[] = [];
    // The DTO checks the shape; a real calendar day is checked here (2026-02-31 would reach PostgreSQL as an error).
    if (v.opensOn && !isIsoDate(v.opensOn)) errors.push({ field: 'opensOn', code: 'isIsoDate' });
    if (v.closesOn && !isIsoDate(v.closesOn)) errors.push({ field: 'closesOn', code: 'isIsoDate' });
    if (!v.centerId && !v.department) errors.push({ field: 'department', code: 'vacancyPlace' });
    if (v.staffRole === 'coordinator' && !v.centerId) errors.push({ field: 'centerId', code: 'vacancyCoordinatorCenter' });
    if (v.centerId && !(await this.repo.centerExists(v.centerId))) errors.push({ field: 'centerId', code: 'vacancyCenterUnknown' });
    if (v.closesOn && v.opensOn && v.closesOn < v.opensOn) errors.push({ field: 'closesOn', code: 'vacancyDates' });
    if (errors.length) throw ApiProblem.validation(errors);
  }

  // ——— the board ———

  async board(actor: AuthUser, vacancyId: string): Promise<CandidateDto[]> {
    const v = await this.repo.vacancy(vacancyId);
    if (!v) throw ApiProblem.notFound();
    return (await this.repo.candidates({ vacancyId })).map((r) => this.toCandidateDto(r, actor));
  }

  private toCandidateDto(r: CandidateRow, actor: AuthUser): CandidateDto {
    const c = r.candidate;
    return {
      id: c.id, vacancyId: c.vacancyId, vacancyTitle: r.vacancyTitle, volunteerId: c.volunteerId, fullName: r.fullName, locale: r.locale,
      approvedMinutes: r.approvedMinutes, languages: r.languages, stage: c.stage, source: c.source, version: c.version,
      allowedMoves: allowedCandidateMoves(c.stage, actor, { candidateUserId: r.userId }),
      stageChangedAt: c.stageChangedAt.toISOString(), hiredAt: iso(c.hiredAt), nextInterviewAt: iso(r.nextInterviewAt),
      notesCount: r.notesCount, createdAt: c.createdAt.toISOString(),
    };
  }

  async candidate(actor: AuthUser, id: string): Promise<CandidateDetailDto> {
    const [row] = await this.repo.candidates({ id });
    if (!row) throw ApiProblem.notFound();
    const [notes, history, interviews] = await Promise.all([this.repo.notes(id), this.repo.history(id), this.repo.interviews(id)]);
    return {
      ...this.toCandidateDto(row, actor),
      notes: notes.map((n): CandidateNoteDto => ({ id: n.id, authorName: n.authorName, body: n.body, createdAt: n.createdAt.toISOString() })),
      history: history.map((h) => ({ fromStage: h.fromStage, toStage: h.toStage, reason: h.reason, at: h.at.toISOString() })),
      interviews: interviews.map((i) => ({ id: i.id, startsAt: i.startsAt.toISOString(), endsAt: i.endsAt.toISOString(), place: i.place })),
    };
  }

  /** HR adds an alumnus from the talent pool: only with a live job-pool consent, never twice. */
  async addCandidate(actor: AuthUser, vacancyId: string, dto: AddCandidateDto): Promise<CandidateDto> {
    const id = await this.repo.db.transaction(async (em) => {
      const v = await this.repo.lockVacancy(em, vacancyId);
      if (!v) throw ApiProblem.notFound();
      const person = await this.repo.person(em, dto.volunteerId);
      if (!person) throw ApiProblem.validation([{ field: 'volunteerId', code: 'candidateVolunteerUnknown' }]);
      if (!(await this.repo.hasLiveConsent(em, person.id))) throw ApiProblem.conflict('hiring.noConsent', {}, 'NO_CONSENT');
      if (await this.repo.findCandidate(em, vacancyId, person.id)) throw ApiProblem.conflict('hiring.alreadyCandidate', {}, 'ALREADY_CANDIDATE');
      const c = await this.repo.insertCandidate(em, { vacancyId, volunteerId: person.id, stage: 'sourced', source: 'sourced', addedBy: actor.id }, actor.id);
      if (dto.note?.trim()) await this.repo.addNote(em, { candidateId: c.id, authorId: actor.id, authorName: await this.nameOf(em, actor), body: dto.note.trim() });
      return c.id;
    });
    return this.candidateDto(actor, id);
  }

  private async candidateDto(actor: AuthUser, id: string): Promise<CandidateDto> {
    const [row] = await this.repo.candidates({ id });
    if (!row) throw ApiProblem.notFound();
    return this.toCandidateDto(row, actor);
  }

  private async nameOf(em: EntityManager, actor: AuthUser): Promise<string> {
    const r: { full_name: string }[] = await em.query('SELECT full_name FROM users WHERE id = $1', [actor.id]);
    return r[0]?.full_name ?? actor.email;
  }

  async move(actor: AuthUser, id: string, dto: MoveCandidateDto, now = new Date()): Promise<CandidateDto> {
    const hired = await this.repo.db.transaction(async (em) => {
      const peek = await this.repo.peekCandidate(em, id);
      if (!peek) throw ApiProblem.notFound();
      // The vacancy first, then the candidate — every writer takes them in this order (no deadlock), and hires
      // of one vacancy queue behind each other so the posts count holds.
      const vacancyLocked = await this.repo.lockVacancy(em, peek.vacancyId);
      const c = await this.repo.lockCandidate(em, id);
      if (!c || !vacancyLocked) throw ApiProblem.notFound();
      const person = await this.repo.person(em, c.volunteerId);
      if (!person) throw ApiProblem.notFound();
      if (c.version !== dto.version) throw ApiProblem.conflict('hiring.staleMove', {}, 'STALE_MOVE');
      const posts = dto.to === 'hired' ? { hired: await this.repo.countHired(em, c.vacancyId), posts: vacancyLocked.posts } : undefined;
      const decision = decideCandidateMove({ from: c.stage, to: dto.to, actor, candidateUserId: person.userId, posts });
      if (!decision.ok) throw MOVE_PROBLEM[decision.code]();
      await this.repo.moveCandidate(em, c, dto.to, actor.id, dto.reason?.trim() || null, now);
      const vacancy = (await this.repo.vacancy(c.vacancyId, em))!;
      const accountCreated = await this.afterMove(em, actor, person, vacancy, dto.to, now, c.source);
      return dto.to === 'hired' ? { person, vacancy, accountCreated } : null;
    });
    if (hired) {
      await this.audit.record({
        actor, action: 'hiring.hired', entity: 'candidate', entityId: id,
        details: {
          vacancyId: hired.vacancy.id, volunteerId: hired.person.id, userId: hired.person.userId, staffRole: hired.vacancy.staffRole, centerId: hired.vacancy.centerId,
          accountCreated: hired.accountCreated,
        },
      });
    }
    return this.candidateDto(actor, id);
  }

  /**
   * The side effects of a stage: the candidate's mail, and for a hire the staff account and the status.
   * Returns true when the hire created the person's account (`person.userId` is set to it).
   */
  private async afterMove(
    em: EntityManager, actor: AuthUser, person: PersonRow, vacancy: VacancyRow, to: CandidateStage, now: Date, source: CandidateRow['candidate']['source'],
  ): Promise<boolean> {
    const mv = mailVacancy(vacancy, person.locale);
    // "We invite you to apply" only to a person HR found in the pool: one who applied already has (HR contacts them directly).
    if (to === 'contacted' && source !== 'applied') await this.mail.invitation(em, person, mv, now);
    if (to === 'offer') await this.mail.offer(em, person, mv);
    if (to === 'declined') await this.mail.notSelected(em, person, mv);
    let accountCreated = false;
    if (to === 'hired') {
      if (!person.userId) accountCreated = await this.giveAccount(em, actor, person);
      // The volunteer role and every record of service stay: the person may still volunteer at events.
      if (vacancy.staffRole === 'coordinator' && vacancy.centerId) await this.repo.grantCoordinator(em, person.userId!, vacancy.centerId);
      await this.statuses.change(em, { volunteerId: person.id, to: 'staff', reason: `Hired: ${vacancy.title}`.slice(0, 500), actorUserId: actor.id });
    }
    return accountCreated;
  }

  /**
   * A hire of a person without a login: most alumni never had one (volunteers sign up on paper or through
   * recruitment without an account). The account is created in the move's transaction with the record's e-mail
   * and language, no password, and the usual set-your-password invitation in the outbox — a rollback creates and
   * sends nothing. An existing account with that e-mail (not linked to another volunteer) is linked instead.
   */
  private async giveAccount(em: EntityManager, actor: AuthUser, person: PersonRow): Promise<boolean> {
    const existing = await this.repo.unlinkedUserByEmail(em, person.email);
    if (existing === 'linked') throw ApiProblem.conflict('hiring.emailTaken', {}, 'EMAIL_TAKEN');
    let created = false;
    if (existing) {
      person.userId = existing;
      await this.repo.grantRole(em, existing, 'volunteer');
    } else {
      // `roles` non-enumerable: UsersRepository.insertIn spreads the values into the UserEntity, whose `roles`
      // relation would otherwise be cascaded as null role rows (the same call as recruitment's onboarding).
      const values = Object.defineProperty({ email: person.email, fullName: person.fullName, locale: person.locale }, 'roles', { value: ['volunteer'], enumerable: false });
      person.userId = (await this.users.createInvited(em, values as typeof values & { roles: ['volunteer'] }, await this.nameOf(em, actor))).id;
      created = true;
    }
    await this.repo.linkUser(em, person.id, person.userId);
    return created;
  }

  async addNote(actor: AuthUser, id: string, dto: AddNoteDto): Promise<CandidateNoteDto> {
    return this.repo.db.transaction(async (em) => {
      const c = await this.repo.lockCandidate(em, id);
      if (!c) throw ApiProblem.notFound();
      const n = await this.repo.addNote(em, { candidateId: id, authorId: actor.id, authorName: await this.nameOf(em, actor), body: dto.body.trim() });
      return { id: n.id, authorName: n.authorName, body: n.body, createdAt: n.createdAt.toISOString() };
    });
  }

  /**
   * Schedules (or reschedules) the job interview and mails it with an .ics. A contacted candidate moves to the
   * interview stage with it (recorded in the history like any move).
   */
  async scheduleInterview(actor: AuthUser, id: string, dto: ScheduleInterviewDto, now = new Date()): Promise<CandidateDetailDto> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (!(endsAt > startsAt)) throw ApiProblem.validation([{ field: 'endsAt', code: 'interviewEndsAfterStart' }]);
    await this.repo.db.transaction(async (em) => {
      const peek = await this.repo.peekCandidate(em, id);
      if (!peek) throw ApiProblem.notFound();
      await this.repo.lockVacancy(em, peek.vacancyId);
      const c = await this.repo.lockCandidate(em, id);
      if (!c) throw ApiProblem.notFound();
      if (!mayManageHiring(actor)) throw MOVE_PROBLEM.NOT_ALLOWED();
      if (c.stage !== 'contacted' && c.stage !== 'interview') throw ApiProblem.conflict('hiring.interviewStage', {}, 'INTERVIEW_STAGE');
      const person = (await this.repo.person(em, c.volunteerId))!;
      if (c.stage === 'contacted') await this.repo.moveCandidate(em, c, 'interview', actor.id, null, now);
      const interview = await this.repo.addInterview(em, { candidateId: id, startsAt, endsAt, place: dto.place.trim(), scheduledBy: actor.id });
      const vacancy = (await this.repo.vacancy(c.vacancyId, em))!;
      await this.mail.interview(em, person, id, mailVacancy(vacancy, person.locale), interview, now);
    });
    return this.candidate(actor, id);
  }

  // ——— the alumnus's own pages ———

  private async alumnus(user: AuthUser): Promise<PersonRow> {
    const person = await this.repo.personOfUser(user.id);
    // Staff hired from the programme keep seeing their applications; everyone else needs to be alumni.
    if (!person || (person.status !== 'alumni' && person.status !== 'staff')) throw new ApiProblem(403, 'hiring.notAlumni', {}, [], {}, 'NOT_ALUMNI');
    return person;
  }

  async myVacancies(user: AuthUser, now = new Date()): Promise<MyVacancyDto[]> {
    const person = await this.alumnus(user);
    const rows = await this.repo.openForAlumni(bakuDateOf(now.getTime()), person.id);
    return rows.map((v) => ({
      id: v.id, title: v.title, centerName: v.centerName, department: v.department, description: v.description, requirements: (v.requirements ?? {}) as VacancyRequirementsDto,
      posts: v.posts, closesOn: v.closesOn, myApplicationId: v.myApplicationId,
    }));
  }

  /** An alumnus applies: the application is their consent for this vacancy, so no job-pool consent is needed. */
  async apply(user: AuthUser, vacancyId: string, now = new Date()): Promise<MyApplicationDto> {
    const person = await this.alumnus(user);
    if (person.status !== 'alumni') throw new ApiProblem(403, 'hiring.notAlumni', {}, [], {}, 'NOT_ALUMNI');
    const id = await this.repo.db.transaction(async (em) => {
      const v = await this.repo.lockVacancy(em, vacancyId);
      if (!v || !v.openToAlumni) throw ApiProblem.notFound();
      if (!this.repo.isOpenForAlumni(v, bakuDateOf(now.getTime()))) throw ApiProblem.conflict('hiring.vacancyNotOpen', {}, 'VACANCY_NOT_OPEN');
      if (await this.repo.findCandidate(em, vacancyId, person.id)) throw ApiProblem.conflict('hiring.alreadyCandidate', {}, 'ALREADY_CANDIDATE');
      const c = await this.repo.insertCandidate(em, { vacancyId, volunteerId: person.id, stage: 'sourced', source: 'applied', addedBy: null }, user.id);
      return c.id;
    });
    return (await this.myApplications(user)).find((a) => a.id === id)!;
  }

  async myApplications(user: AuthUser): Promise<MyApplicationDto[]> {
    const person = await this.alumnus(user);
    return (await this.repo.candidates({ volunteerId: person.id })).map((r) => ({
      id: r.candidate.id, vacancyId: r.candidate.vacancyId, vacancyTitle: r.vacancyTitle, stage: r.candidate.stage, version: r.candidate.version,
      mayWithdraw: allowedCandidateMoves(r.candidate.stage, user, { candidateUserId: r.userId }).includes('withdrawn'),
      nextInterviewAt: iso(r.nextInterviewAt), nextInterviewPlace: r.nextInterviewPlace, createdAt: r.candidate.createdAt.toISOString(),
    }));
  }

  async withdraw(user: AuthUser, id: string, dto: WithdrawDto, now = new Date()): Promise<MyApplicationDto> {
    const person = await this.alumnus(user);
    await this.repo.db.transaction(async (em) => {
      const peek = await this.repo.peekCandidate(em, id);
      // Someone else's application is not found, not forbidden: ids of others' applications are not confirmed.
      if (!peek || peek.volunteerId !== person.id) throw ApiProblem.notFound();
      await this.repo.lockVacancy(em, peek.vacancyId);
      const c = (await this.repo.lockCandidate(em, id))!;
      const decision = decideCandidateMove({ from: c.stage, to: 'withdrawn', actor: user, candidateUserId: person.userId });
      if (!decision.ok) throw MOVE_PROBLEM[decision.code]();
      await this.repo.moveCandidate(em, c, 'withdrawn', user.id, dto.reason?.trim() || null, now);
    });
    return (await this.myApplications(user)).find((a) => a.id === id)!;
  }
}
