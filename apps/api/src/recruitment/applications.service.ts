import { Injectable } from '@nestjs/common';
import {
  allowedTransitions, bakuDateOf, centerScope, decideTransition, hasRole, type ApplicationStatus, type TransitionErrorCode,
} from '@dost/domain';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import type { Scope } from '../common/scope';
import { NotificationsService } from '../notifications/notifications.service';
import { VolunteerStatusService } from '../people/volunteer-status.service';
import { UsersService } from '../users/users.service';
import { ApplyService, nameIn } from './apply.service';
import type { ApplicationListQueryDto, ExportQueryDto, TransitionDto } from './dto/application.dto';
import type { ApplicationEntity } from './entities/application.entity';
import { EXPORT_COLUMNS, EXPORT_LABELS } from './applications-export.labels';
import { csvLine } from './recruitment-links';
import { toApplicationSummary, type ApplicationSummaryDto } from './recruitment.mapper';
import { RecruitmentRepository } from './recruitment.repository';
import type { LabelledItem, Locale3 } from './recruitment.types';
import './recruitment.messages';

export interface ApplicationDetailDto extends ApplicationSummaryDto {
  /** Null on applications made before the form asked (issue 19). */
  occupation: ApplicationEntity['occupation'];
  /** Null when a non-student left it out. */
  education: ApplicationEntity['education'];
  skills: string[];
  motivation: string;
  answers: ApplicationEntity['answers'];
  questions: { id: string; kind: string; label: { az: string; en: string; ru: string }; options?: { id: string; label: { az: string; en: string; ru: string } }[] }[];
  timeline: { from: ApplicationStatus | null; to: ApplicationStatus; actorName: string; actorId: string | null; reason: string | null; at: string }[];
  rubric: LabelledItem[];
  scores: { reviewerId: string; reviewerName: string; criterion: string; score: number }[];
  checklist: (LabelledItem & { doneAt: string | null })[];
  homeCenterId: string | null;
  interview: { slotId: string; startsAt: string; endsAt: string; location: string } | null;
  consent: { version: number; givenAt: string; withdrawnAt: string | null } | null;
  allowedTransitions: ApplicationStatus[];
  capacity: { accepted: number; capacity: number };
  /** Whether this caller may reveal the full FİN (admin, HR); each reveal is audited. */
  canRevealFin: boolean;
  /**
   * E-mail verified, yet no person linked: the form's FİN belongs to another person (or the e-mail's person has
   * another FİN). Ids of the people it could be; a coordinator links one (POST /applications/{id}/person).
   */
  identityCandidates: string[] | null;
}

export interface BulkResult {
  id: string;
  ok: boolean;
  status?: ApplicationStatus;
  code?: string;
}

const STATUS_OF_CODE: Record<TransitionErrorCode, number> = { FINAL_STATE: 409, ILLEGAL_MOVE: 409, CAPACITY_FULL: 409, NOT_ALLOWED: 403, REASON_REQUIRED: 400 };
const DETAIL_OF_CODE: Record<TransitionErrorCode, string> = {
  FINAL_STATE: 'detail.finalState', ILLEGAL_MOVE: 'detail.illegalMove', CAPACITY_FULL: 'detail.capacityFull', NOT_ALLOWED: 'detail.notAllowedMove', REASON_REQUIRED: 'detail.validation',
};
const FIN_ROLES = ['admin', 'hr'] as const;

/** Staff work on applications: lists, detail, the pipeline moves with their mails, scores, onboarding, exports. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly repo: RecruitmentRepository,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly apply: ApplyService,
    private readonly volunteerStatus: VolunteerStatusService,
  ) {}

  private scope(actor: AuthUser): Scope {
    return centerScope(actor);
  }

  async list(actor: AuthUser, query: ApplicationListQueryDto, now = new Date()): Promise<Page<ApplicationSummaryDto>> {
    const today = bakuDateOf(now.getTime());
    const [rows, total] = await this.repo.listApplications(query, this.scope(actor), today);
    return { data: await this.summaries(rows, today), total };
  }

  private async summaries(rows: ApplicationEntity[], today: string): Promise<ApplicationSummaryDto[]> {
    const ids = rows.map((r) => r.id);
    const [centers, intakes, fins] = await Promise.all([
      this.repo.centersOfApplications(ids), this.repo.intakeNames(rows.map((r) => r.intakeId)), this.repo.finsOf(linkedPeople(rows)),
    ]);
    return rows.map((r) => toApplicationSummary(r, intakes.get(r.intakeId), centers.get(r.id) ?? [], finOf(r, fins), today));
  }

  private async findOr404(actor: AuthUser, id: string): Promise<ApplicationEntity> {
    const app = await this.repo.findApplicationInScope(id, this.scope(actor));
    if (!app) throw ApiProblem.notFound();
    return app;
  }

  async get(actor: AuthUser, id: string, now = new Date()): Promise<ApplicationDetailDto> {
    const app = await this.findOr404(actor, id);
    const today = bakuDateOf(now.getTime());
    const [summary] = await this.summaries([app], today);
    const intake = (await this.repo.findIntake(app.intakeId))!;
    const [timeline, scores, consent, slot] = await Promise.all([this.repo.timeline(id), this.repo.scores(id), this.repo.consentOf(id), this.repo.slotOf(id)]);
    const accepted = await this.repo.transaction((em) => this.repo.acceptedCount(em, app.intakeId));
    const capacity = { accepted, capacity: intake.capacity };
    return {
      ...summary,
      occupation: app.occupation,
      education: app.education,
      skills: app.skills,
      motivation: app.motivation,
      answers: app.answers,
      questions: intake.questions,
      timeline: timeline.map((t) => ({ from: t.fromStatus, to: t.toStatus, actorName: t.actorName, actorId: t.actorId, reason: t.reason, at: t.at.toISOString() })),
      rubric: intake.rubric,
      scores: scores.map((s) => ({ reviewerId: s.reviewerId, reviewerName: s.reviewerName, criterion: s.criterion, score: s.score })),
      checklist: intake.checklist.map((c) => ({ ...c, doneAt: app.onboarding[c.id] ?? null })),
      homeCenterId: app.homeCenterId,
      interview: slot ? { slotId: slot.id, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), location: slot.location } : null,
      consent: consent ? { version: consent.version, givenAt: consent.givenAt.toISOString(), withdrawnAt: consent.withdrawnAt?.toISOString() ?? null } : null,
      allowedTransitions: allowedTransitions(app.status, actor, { applicationCenterIds: summary.centers.map((c) => c.id), capacity }),
      capacity,
      canRevealFin: FIN_ROLES.some((r) => hasRole(actor, r)),
      identityCandidates: app.emailVerifiedAt && !app.volunteerId ? await this.candidatesFor(app) : null,
    };
  }

  private async candidatesFor(app: ApplicationEntity): Promise<string[]> {
    return this.repo.transaction(async (em) => {
      const found = [app.fin ? await this.repo.volunteerBy(em, { fin: app.fin }) : null, await this.repo.volunteerBy(em, { email: app.email })];
      return [...new Set(found.flatMap((v) => (v ? [v.id] : [])))];
    });
  }

  /**
   * A coordinator (of one of the applicant's centers) or an admin resolves a FİN conflict: links the verified
   * application to one of its candidates (the FİN's or the e-mail's person), after checking the papers. Nothing
   * of that person changes; a second active application to the intake is withdrawn as a duplicate.
   */
  async linkPerson(actor: AuthUser, id: string, volunteerId: string, actorName: string): Promise<ApplicationDetailDto> {
    const app = await this.findOr404(actor, id);
    this.assertMover(actor, app, (await this.repo.centersOfApplications([id])).get(id)?.map((c) => c.id) ?? []);
    if (!app.emailVerifiedAt) throw ApiProblem.conflict('detail.emailNotVerified', {}, 'EMAIL_NOT_VERIFIED');
    if (app.volunteerId) throw ApiProblem.conflict('detail.alreadyLinked', {}, 'ALREADY_LINKED');
    if (!(await this.candidatesFor(app)).includes(volunteerId)) throw ApiProblem.validation([{ field: 'volunteerId', code: 'notACandidate' }]);
    await this.repo.transaction(async (em) => {
      const locked = (await this.repo.findApplication(id, em, true))!;
      if (locked.volunteerId) throw ApiProblem.conflict('detail.alreadyLinked', {}, 'ALREADY_LINKED');
      await this.apply.attach(em, locked, volunteerId, { id: actor.id, name: actorName });
    });
    return this.get(actor, id);
  }

  /** The full FİN, for admin and HR only; every read is audited. */
  async revealFin(actor: AuthUser, id: string, requestId?: string): Promise<{ fin: string | null }> {
    if (!FIN_ROLES.some((r) => hasRole(actor, r))) throw new ApiProblem(403);
    const app = await this.findOr404(actor, id);
    const fin = finOf(app, await this.repo.finsOf(linkedPeople([app]))) ?? null;
    await this.audit.record({ actor, action: 'recruitment.finRead', entity: 'application', entityId: id, details: { volunteerId: app.volunteerId }, requestId });
    return { fin };
  }

  async transition(actor: AuthUser, id: string, dto: TransitionDto, actorName: string): Promise<ApplicationDetailDto> {
    await this.findOr404(actor, id);
    await this.move(actor, id, dto, actorName);
    return this.get(actor, id);
  }

  async bulk(actor: AuthUser, ids: string[], dto: TransitionDto, actorName: string): Promise<{ results: BulkResult[] }> {
    const scope = this.scope(actor);
    const results: BulkResult[] = [];
    // One transaction each: a refused move (illegal, full…) does not undo the others; each person gets his own mail.
    for (const id of ids) {
      if (!(await this.repo.findApplicationInScope(id, scope))) {
        results.push({ id, ok: false, code: 'NOT_FOUND' });
        continue;
      }
      try {
        const status = await this.move(actor, id, dto, actorName);
        results.push({ id, ok: true, status });
      } catch (e) {
        results.push({ id, ok: false, code: e instanceof ApiProblem ? (e.code ?? `HTTP_${e.getStatus()}`) : 'ERROR' });
        if (!(e instanceof ApiProblem)) throw e;
      }
    }
    return { results };
  }

  /** One move inside one transaction: the application row (and the intake, for capacity) locked, the mail in the same transaction. */
  private async move(actor: AuthUser, id: string, dto: TransitionDto, actorName: string): Promise<ApplicationStatus> {
    return this.repo.transaction(async (em) => {
      const app = (await this.repo.findApplication(id, em, true))!;
      const intake = (await this.repo.findIntake(app.intakeId, em, dto.to === 'accepted'))!;
      const centers = ((await this.repo.centersOfApplications([id])).get(id) ?? []).map((c) => c.id);
      const capacity = dto.to === 'accepted' ? { accepted: await this.repo.acceptedCount(em, app.intakeId), capacity: intake.capacity } : undefined;
      const decision = decideTransition({ from: app.status, to: dto.to, actor, applicationCenterIds: centers, reason: dto.reason, capacity });
      if (!decision.ok) {
        if (decision.code === 'REASON_REQUIRED') throw ApiProblem.validation([{ field: 'reason', code: 'isNotEmpty' }]);
        throw new ApiProblem(STATUS_OF_CODE[decision.code], DETAIL_OF_CODE[decision.code], {}, [], {}, decision.code);
      }
      const to = decision.to;
      if (app.status === 'submitted' && to === 'screening' && !app.emailVerifiedAt) throw ApiProblem.conflict('detail.emailNotVerified', {}, 'EMAIL_NOT_VERIFIED');
      // Verified but not linked: the FİN belongs to someone else. A coordinator links the right person first.
      if (!app.volunteerId && to !== 'rejected' && to !== 'withdrawn') throw ApiProblem.conflict('detail.identityUnresolved', {}, 'IDENTITY_UNRESOLVED');
      const campaignName = nameIn(intake, app.locale);
      const statusUrl = this.apply.statusUrl(app.id, app.locale);
      const to_ = { email: app.email, name: app.fullName };
      let homeCenterId: string | null | undefined;
      if (to === 'onboarded') homeCenterId = await this.onboard(em, actor, app, intake.checklist, centers, dto.homeCenterId);
      await this.repo.updateApplication(em, id, { status: to, ...(homeCenterId ? { homeCenterId } : {}) });
      if (to === 'rejected' || to === 'withdrawn') await this.repo.freeSlotOf(em, id);
      const waitlistedForCapacity = dto.to === 'accepted' && to === 'waitlisted';
      await this.repo.insertTransition(em, {
        applicationId: id, fromStatus: app.status, toStatus: to, actorId: actor.id, actorName,
        reason: waitlistedForCapacity ? [dto.reason, 'capacity'].filter(Boolean).join(' — ') : (dto.reason?.trim() || null),
      });
      const base = { to: to_, locale: app.locale };
      if (to === 'interview') {
        await this.notifications.enqueue(em, { ...base, template: 'interview-invitation', props: { recipientName: app.fullName, campaignName, slotsUrl: statusUrl, respondBy: new Date(Date.now() + 7 * 86_400_000) } });
      } else if (to === 'accepted') {
        await this.notifications.enqueue(em, { ...base, template: 'application-accepted', props: { recipientName: app.fullName, campaignName, nextStepsUrl: statusUrl } });
      } else if (to === 'waitlisted') {
        await this.notifications.enqueue(em, { ...base, template: 'application-waitlisted', props: { recipientName: app.fullName, campaignName, statusUrl } });
      } else if (to === 'rejected') {
        await this.notifications.enqueue(em, { ...base, template: 'application-rejected', props: { recipientName: app.fullName, campaignName, reason: dto.reason!.trim() } });
      }
      return to;
    });
  }

  /**
   * Onboarding completes: checklist done → the person becomes an active volunteer with a home center and an
   * account (invitation mail to set a password), all in the move's transaction.
   */
  private async onboard(em: EntityManager, actor: AuthUser, app: ApplicationEntity, checklist: LabelledItem[], centers: string[], wanted?: string): Promise<string> {
    if (checklist.some((c) => !app.onboarding[c.id])) throw ApiProblem.conflict('detail.checklistIncomplete', {}, 'CHECKLIST_INCOMPLETE');
    const scope = this.scope(actor);
    // Default: the applicant's most preferred center among those the caller coordinates.
    const homeCenterId = wanted ?? app.homeCenterId ?? centers.find((c) => scope === 'all' || scope.includes(c));
    if (!homeCenterId || !(await this.repo.center(homeCenterId))) throw ApiProblem.validation([{ field: 'homeCenterId', code: 'unknownCenter' }]);
    this.assertHomeCenterAllowed(scope, centers, homeCenterId);
    if (!app.volunteerId) throw ApiProblem.conflict('detail.identityUnresolved', {}, 'IDENTITY_UNRESOLVED');
    const person = (await this.repo.volunteer(app.volunteerId, em))!;
    let userId = person.userId;
    if (!userId) {
      const existing = await this.repo.userIdByEmail(em, person.email);
      if (existing) {
        userId = existing;
        await this.repo.grantRole(em, existing, 'volunteer');
      } else {
        // `roles` non-enumerable: UsersRepository.insertIn spreads these values into the UserEntity, whose
        // `roles` relation would then be cascaded as null role rows (reported to the users' owner).
        const values = Object.defineProperty({ email: person.email, fullName: person.fullName, locale: app.locale }, 'roles', { value: ['volunteer'], enumerable: false });
        userId = (await this.users.createInvited(em, values as typeof values & { roles: ['volunteer'] })).id;
      }
    }
    await this.repo.saveVolunteer(em, { id: person.id, userId, homeCenterId });
    // The status moves through the people's rule and history (volunteer_status_changes). A returning person
    // (alumni, exited) whose old status does not lead to active by that rule is written and recorded as before.
    if (person.status === 'applicant') {
      await this.volunteerStatus.change(em, { volunteerId: person.id, to: 'active', reason: 'onboarded', actorUserId: actor.id });
    } else if (person.status !== 'active') {
      await this.repo.saveVolunteer(em, { id: person.id, status: 'active' });
      await this.volunteerStatus.record(em, { volunteerId: person.id, from: person.status, to: 'active', reason: 'onboarded', actorUserId: actor.id });
    }
    return homeCenterId;
  }

  async setChecklist(actor: AuthUser, id: string, item: string, done: boolean): Promise<ApplicationDetailDto> {
    const app = await this.findOr404(actor, id);
    this.assertMover(actor, app, (await this.repo.centersOfApplications([id])).get(id)?.map((c) => c.id) ?? []);
    const intake = (await this.repo.findIntake(app.intakeId))!;
    if (!intake.checklist.some((c) => c.id === item)) throw ApiProblem.validation([{ field: 'item', code: 'unknownQuestion' }]);
    if (app.status !== 'accepted') throw ApiProblem.conflict('detail.notAccepted', {}, 'NOT_ACCEPTED');
    await this.repo.transaction(async (em) => {
      const locked = (await this.repo.findApplication(id, em, true))!;
      const onboarding = { ...locked.onboarding };
      if (done) onboarding[item] ??= new Date().toISOString();
      else delete onboarding[item];
      await this.repo.updateApplication(em, id, { onboarding });
    });
    return this.get(actor, id);
  }

  async setHomeCenter(actor: AuthUser, id: string, homeCenterId: string): Promise<ApplicationDetailDto> {
    const app = await this.findOr404(actor, id);
    const chosen = (await this.repo.centersOfApplications([id])).get(id)?.map((c) => c.id) ?? [];
    this.assertMover(actor, app, chosen);
    if (!(await this.repo.center(homeCenterId))) throw ApiProblem.validation([{ field: 'homeCenterId', code: 'unknownCenter' }]);
    this.assertHomeCenterAllowed(this.scope(actor), chosen, homeCenterId);
    await this.repo.transaction((em) => this.repo.updateApplication(em, id, { homeCenterId }));
    return this.get(actor, id);
  }

  /**
   * A coordinator places a person only at one of the centers the applicant chose that the coordinator also
   * runs; an admin (scope 'all') anywhere — e.g. a center the applicant did not list, after talking to them.
   */
  private assertHomeCenterAllowed(scope: Scope, chosen: string[], homeCenterId: string): void {
    if (scope === 'all') return;
    if (!scope.includes(homeCenterId) || !chosen.includes(homeCenterId)) {
      throw ApiProblem.validation([{ field: 'homeCenterId', code: 'homeCenterNotAllowed' }]);
    }
  }

  /** Reviewers (admins, coordinators of the applicant's centers) score the intake's rubric criteria 1–5. */
  async score(actor: AuthUser, id: string, scores: Record<string, unknown>, reviewerName: string): Promise<ApplicationDetailDto> {
    const app = await this.findOr404(actor, id);
    this.assertMover(actor, app, (await this.repo.centersOfApplications([id])).get(id)?.map((c) => c.id) ?? []);
    const intake = (await this.repo.findIntake(app.intakeId))!;
    const errors = Object.entries(scores).flatMap(([criterion, value]) => {
      if (!intake.rubric.some((r) => r.id === criterion)) return [{ field: `scores.${criterion}`, code: 'unknownCriterion' }];
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 5) return [{ field: `scores.${criterion}`, code: 'scoreRange' }];
      return [];
    });
    if (errors.length) throw ApiProblem.validation(errors);
    await this.repo.transaction(async (em) => {
      await this.repo.upsertScores(em, Object.entries(scores).map(([criterion, score]) => ({ applicationId: id, reviewerId: actor.id, reviewerName, criterion, score: score as number })));
      await this.repo.refreshScore(em, id);
    });
    return this.get(actor, id);
  }

  private assertMover(actor: AuthUser, app: ApplicationEntity, centers: string[]): void {
    if (hasRole(actor, 'admin')) return;
    if (hasRole(actor, 'coordinator') && actor.centerIds.some((c) => centers.includes(c))) return;
    throw new ApiProblem(403);
  }

  // ---- exports ----

  /** CSV or XLSX of the filtered applications, formula injection neutralised; FİN in full only for admin/HR; audited. */
  async export(actor: AuthUser, query: ExportQueryDto, locale: Locale3, requestId?: string, now = new Date()): Promise<{ body: Buffer; contentType: string; filename: string }> {
    const today = bakuDateOf(now.getTime());
    const rows = await this.repo.allApplications(query, this.scope(actor), today);
    const summaries = await this.summaries(rows, today);
    const fullFin = FIN_ROLES.some((r) => hasRole(actor, r));
    const fins = fullFin ? await this.repo.finsOf(linkedPeople(rows)) : new Map<string, string | null>();
    const labels = EXPORT_LABELS[locale];
    const header = EXPORT_COLUMNS.map((c) => labels.columns[c]);
    const named = (n: { az: string; en: string; ru: string } | null | undefined): string => (n ? n[locale] || n.az : '');
    const lines = summaries.map((s, i) => [
      s.number, named(s.intakeName), labels.statuses[s.status as ApplicationStatus] ?? s.status, s.fullName, fullFin ? finOf(rows[i], fins) ?? '' : s.fin ?? '', s.birthDate, s.age, s.email, s.phone,
      s.languages.map((l) => `${l.language}:${l.level}`).join(' '), s.availability.join(' '), s.centers.map((c) => named(c.name)).join(' | '),
      s.emailVerified ? labels.yes : labels.no, s.score ?? '', s.createdAt,
    ]);
    const format = query.format ?? 'csv';
    await this.audit.record({
      actor, action: 'recruitment.export', entity: 'application', entityId: null, requestId,
      details: { format, count: rows.length, finShown: fullFin, filters: { intakeId: query.intakeId ?? null, status: query.status ?? null, centerId: query.centerId ?? null } },
    });
    const stamp = today.replace(/-/g, '');
    if (format === 'xlsx') {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('applications');
      sheet.addRow(header);
      // Plain string cells, not escaped: a string cell is never evaluated as a formula, and an apostrophe would
      // show in a text cell (`'+994…` on phones). The escaping is for CSV, which has no cell types.
      for (const l of lines) sheet.addRow(l.map((v) => (typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v))));
      sheet.getRow(1).font = { bold: true };
      return { body: Buffer.from(await book.xlsx.writeBuffer()), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `applications-${stamp}.xlsx` };
    }
    // BOM: Excel opens UTF-8 (ə, ş, ğ) correctly.
    const csv = '\uFEFF' + [csvLine(header), ...lines.map(csvLine)].join('\r\n') + '\r\n';
    return { body: Buffer.from(csv, 'utf8'), contentType: 'text/csv; charset=utf-8', filename: `applications-${stamp}.csv` };
  }

  /** For rostering: the weekly half-days each volunteer said they can come (latest application). */
  availabilityOf(volunteerIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.repo.latestAvailability(volunteerIds);
  }
}

/** The people the applications are linked to (an application is linked once its e-mail is verified). */
function linkedPeople(rows: readonly ApplicationEntity[]): string[] {
  return rows.flatMap((r) => (r.volunteerId ? [r.volunteerId] : []));
}

/** The person's FİN once linked (it may have been corrected since), else the one given in the form. */
function finOf(app: ApplicationEntity, fins: Map<string, string | null>): string | null | undefined {
  return (app.volunteerId ? fins.get(app.volunteerId) : undefined) ?? app.fin;
}
