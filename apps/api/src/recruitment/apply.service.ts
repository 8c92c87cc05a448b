import { Injectable } from '@nestjs/common';
import {
  acceptsApplications, bakuDateOf, checkAgeLimits, eventDays, decideTransition, isFinalApplicationStatus, normaliseAzPhone, parseFin, type ApplicationStatus,
} from '@dost/domain';
import { randomBytes, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import type { ApplyInput } from './dto/apply-body.pipe';
import type { AppliedDto, ApplyDto } from './dto/apply.dto';
import type { ApplicationEntity } from './entities/application.entity';
import type { IntakeEntity } from './entities/intake.entity';
import { InterviewMail } from './interview-mail';
import { applicationIdOf, sha256, statusTokenFor } from './recruitment-links';
import { toIntakeDto, type IntakeDto } from './recruitment.mapper';
import { RecruitmentRepository } from './recruitment.repository';
import type { Answers, HalfDay, Locale3 } from './recruitment.types';
import './recruitment.messages';
import './event-intake.messages';

export const APPLY_PER_IP_PER_HOUR = 20;
export const VERIFY_PER_IP_PER_15_MIN = 30;
const VERIFICATION_MINUTES = 24 * 60;
const MAX_CODE_FAILURES = 5;

export interface StatusViewDto {
  id: string;
  number: number;
  status: ApplicationStatus;
  firstName: string;
  intake: { id: string; name: { az: string; en: string; ru: string } };
  emailVerified: boolean;
  maskedEmail: string;
  submittedAt: string;
  canWithdraw: boolean;
  consent: { version: number; givenAt: string; withdrawnAt: string | null } | null;
  interview: { slotId: string; startsAt: string; endsAt: string; location: string } | null;
  slots: { id: string; startsAt: string; endsAt: string; location: string }[];
  timeline: { status: ApplicationStatus; at: string }[];
}

const maskEmail = (email: string) => email.replace(/^(.)[^@]*/, '$1***');

/**
 * What an applicant does without an account: see open intakes, apply, verify the e-mail, follow the
 * application on the status page (token link), withdraw it or the consent, pick an interview time.
 */
@Injectable()
export class ApplyService {
  constructor(
    private readonly repo: RecruitmentRepository,
    private readonly notifications: NotificationsService,
    private readonly rateLimit: RateLimitService,
    private readonly config: AppConfig,
    private readonly interviewMail: InterviewMail,
  ) {}

  private get secret(): string {
    if (!this.config.jwtSecret) throw new Error('JWT secret missing');
    return this.config.jwtSecret;
  }

  statusUrl(applicationId: string, locale: Locale3): string {
    return `${this.base}/#/application-status?token=${statusTokenFor(this.secret, applicationId)}&lang=${locale}`;
  }

  private get base(): string {
    return this.config.baseUrl.replace(/\/+$/, '');
  }

  async openIntakes(now = new Date()): Promise<IntakeDto[]> {
    const intakes = await this.repo.openIntakes(bakuDateOf(now.getTime()));
    const centers = await this.repo.centersOfIntakes(intakes.map((i) => i.id));
    const out: IntakeDto[] = [];
    for (const i of intakes) {
      const consent = await this.repo.consentVersion(i.id, i.consentVersion);
      out.push(toIntakeDto(i, centers.get(i.id) ?? [], consent ? { az: consent.textAz, en: consent.textEn, ru: consent.textRu } : undefined));
    }
    return out;
  }

  async openIntake(id: string, now = new Date()): Promise<IntakeDto> {
    const found = (await this.openIntakes(now)).find((i) => i.id === id);
    if (!found) throw ApiProblem.notFound();
    return found;
  }

  /** `input.errors`: the form's field errors, reported in one 400 together with the intake's own checks. */
  async apply(intakeId: string, input: ApplyInput, requestLocale: Locale3, now = new Date()): Promise<AppliedDto> {
    const { dto } = input;
    const today = bakuDateOf(now.getTime());
    const intake = await this.repo.findIntake(intakeId);
    // A malformed form is a 400 before the intake is looked at, as the global pipe had it.
    if (!intake) throw input.errors.length ? ApiProblem.validation(input.errors) : ApiProblem.notFound();
    if (!acceptsApplications(intake, today)) throw input.errors.length ? ApiProblem.validation(input.errors) : ApiProblem.conflict('detail.intakeClosed', {}, 'INTAKE_CLOSED');
    const answers = await this.checkAgainstIntake(intake, dto, today, input.errors);
    const locale = dto.locale ?? requestLocale;
    const fin = parseFin(dto.fin);
    const phone = normaliseAzPhone(dto.phone);
    if (!fin.ok || !phone) throw ApiProblem.validation([{ field: fin.ok ? 'phone' : 'fin', code: 'unknown' }]); // the DTO already checked both

    // Nobody is looked up here: the answer is the same whether the e-mail or the FİN is known (no enumeration),
    // and nothing unverified touches an existing person. The person is found or created at verification (link).
    return this.repo.transaction(async (em) => {
      const verifyToken = randomBytes(24).toString('base64url');
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const application = await this.repo.insertApplication(em, {
        intakeId: intake.id, volunteerId: null, fin: fin.fin, status: 'submitted', locale,
        fullName: dto.fullName, email: dto.email, phone, birthDate: dto.birthDate,
        occupation: dto.occupation ?? null,
        education: dto.education ? { institution: dto.education.institution, faculty: dto.education.faculty, year: dto.education.year } : null,
        languages: dto.languages.map((l) => ({ language: l.language, level: l.level })),
        skills: (dto.skills ?? []).map((s) => s.trim()).filter(Boolean),
        availability: dto.availability as HalfDay[], motivation: dto.motivation, answers,
        // An event intake's application records the event and the event days ticked (docs/debrief.md).
        eventId: intake.eventId, eventDays: intake.event ? [...new Set(dto.eventDays ?? [])].sort() : [],
        verificationTokenHash: sha256(verifyToken), verificationExpiresAt: new Date(now.getTime() + VERIFICATION_MINUTES * 60_000),
      });
      await this.repo.updateApplication(em, application.id, { verificationCodeHash: sha256(`${application.id}:${code}`) });
      await this.repo.insertApplicationCenters(em, application.id, dto.centerIds);
      const consent = await this.repo.consentVersion(intake.id, intake.consentVersion, em);
      await this.repo.insertConsent(em, { volunteerId: null, applicationId: application.id, consentVersionId: consent!.id, version: intake.consentVersion, locale });
      await this.repo.insertTransition(em, { applicationId: application.id, fromStatus: null, toStatus: 'submitted', actorId: null, actorName: dto.fullName });
      await this.notifications.enqueue(em, {
        template: 'email-verification',
        props: {
          recipientName: dto.fullName, code, expiresInMinutes: VERIFICATION_MINUTES,
          verifyUrl: `${this.base}/#/apply/verify?token=${verifyToken}&lang=${locale}`,
        },
        to: { email: dto.email, name: dto.fullName },
        locale,
      });
      return {
        id: application.id, number: application.number, status: 'submitted', emailVerified: false,
        statusToken: statusTokenFor(this.secret, application.id),
      };
    });
  }

  /**
   * Everything the DTO cannot know alone: age limits, the intake's centers, its questions, consent. All errors at
   * once, after the form's own (`formErrors`); a check whose fields already failed there is skipped, since it
   * would read a value that is not what it claims to be.
   */
  private async checkAgainstIntake(intake: IntakeEntity, dto: ApplyDto, today: string, formErrors: FieldError[]): Promise<Answers> {
    const failed = (field: string) => formErrors.some((e) => e.field === field || e.field.startsWith(`${field}.`));
    // A student's missing education says why it is asked (the others may leave it out).
    const errors: FieldError[] = formErrors.map((e) =>
      dto.occupation === 'student' && e.code === 'isNotEmpty' && (e.field === 'education' || e.field.startsWith('education.')) ? { ...e, code: 'requiredForStudents' } : e);
    if (!failed('birthDate')) {
      const age = checkAgeLimits(dto.birthDate, today, intake);
      if (!age.ok) errors.push({ field: 'birthDate', code: age.code === 'TOO_YOUNG' ? 'tooYoung' : 'tooOld', params: { limit: age.limit } });
    }
    if (!failed('centerIds')) {
      const centers = new Set((await this.repo.centersOfIntakes([intake.id])).get(intake.id)?.map((c) => c.id));
      const known = new Set(await this.repo.existingCenterIds(dto.centerIds));
      dto.centerIds.forEach((id, i) => {
        if (!known.has(id)) errors.push({ field: `centerIds.${i}`, code: 'unknownCenter' });
        else if (!centers.has(id)) errors.push({ field: `centerIds.${i}`, code: 'notInIntake' });
      });
    }
    if (!failed('consentAccepted')) {
      if (dto.consentAccepted !== true) errors.push({ field: 'consentAccepted', code: 'consentRequired' });
      else if (!failed('consentVersion') && dto.consentVersion !== intake.consentVersion) errors.push({ field: 'consentVersion', code: 'consentOutdated' });
    }
    const given = failed('answers') ? {} : dto.answers ?? {};
    const answers: Answers = {};
    for (const key of Object.keys(given)) if (!intake.questions.some((q) => q.id === key)) errors.push({ field: `answers.${key}`, code: 'unknownQuestion' });
    for (const q of failed('answers') ? [] : intake.questions) {
      const field = `answers.${q.id}`;
      const value = given[q.id];
      const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
      if (empty) {
        if (q.required) errors.push({ field, code: 'isNotEmpty' });
        continue;
      }
      const options = new Set((q.options ?? []).map((o) => o.id));
      if (q.kind === 'text') {
        if (typeof value !== 'string') errors.push({ field, code: 'isString' });
        else if (value.length > 2000) errors.push({ field, code: 'maxLength', params: { max: 2000 } });
        else answers[q.id] = value.trim();
      } else if (q.kind === 'single') {
        if (typeof value !== 'string' || !options.has(value)) errors.push({ field, code: 'isIn', params: { values: [...options].join(', ') } });
        else answers[q.id] = value;
      } else {
        const list = Array.isArray(value) ? value : [value];
        if (!list.every((v) => typeof v === 'string' && options.has(v))) errors.push({ field, code: 'isIn', params: { values: [...options].join(', ') } });
        else answers[q.id] = [...new Set(list as string[])];
      }
    }
    if (!failed('eventDays') && dto.eventDays?.length) {
      const days = new Set(intake.event ? eventDays(intake.event.startsAt.getTime(), intake.event.endsAt.getTime()) : []);
      dto.eventDays.forEach((d, i) => {
        if (!days.has(d)) errors.push({ field: `eventDays.${i}`, code: 'eventDayUnknown' });
      });
    }
    if (errors.length) throw ApiProblem.validation(errors);
    return answers;
  }

  /**
   * At verification, the person behind the application (issue 18): the e-mail is now proven, so an existing
   * person with that e-mail is linked — and given the FİN only if they had none and nobody else has it; contact
   * facts are refreshed only while the person is a mere applicant without an account. Nobody known: a new
   * person. The FİN another person's, or the e-mail's person holding another FİN: nothing is linked or changed,
   * and the application waits for a coordinator (IDENTITY_UNRESOLVED; `POST /applications/{id}/person`).
   * Returns false when the person already has an active application to this intake: this one is then withdrawn
   * as a duplicate (the earlier one stands).
   */
  private async link(em: EntityManager, app: ApplicationEntity): Promise<boolean> {
    if (app.volunteerId || !app.fin) return true;
    await this.repo.lockIdentity(em, [`apply:fin:${app.fin}`, `apply:email:${app.email}`]);
    const byFin = await this.repo.volunteerBy(em, { fin: app.fin });
    const byEmail = await this.repo.volunteerBy(em, { email: app.email });
    const facts = {
      fullName: app.fullName, phone: app.phone, birthDate: app.birthDate, locale: app.locale,
      languages: app.languages as never, skills: app.skills,
    };
    let personId: string | null = null;
    if (!byFin && !byEmail) {
      personId = (await this.repo.saveVolunteer(em, { ...facts, fin: app.fin, email: app.email, status: 'applicant' })).id;
    } else if (byEmail && (!byFin || byFin.id === byEmail.id) && (!byEmail.fin || byEmail.fin === app.fin)) {
      personId = byEmail.id;
      if (byEmail.status === 'applicant' && byEmail.userId === null) await this.repo.saveVolunteer(em, { id: byEmail.id, ...facts, fin: app.fin });
      else if (!byEmail.fin) await this.repo.saveVolunteer(em, { id: byEmail.id, fin: app.fin });
    }
    if (!personId) return true;
    return this.attach(em, app, personId, null);
  }

  /** Links the application (and its consent) to the person; a second active application to one intake is withdrawn. */
  async attach(em: EntityManager, app: ApplicationEntity, personId: string, actor: { id: string; name: string } | null): Promise<boolean> {
    const earlier = await this.repo.activeApplicationOf(em, app.intakeId, personId);
    const duplicate = earlier !== null && earlier.id !== app.id;
    if (duplicate && !isFinalApplicationStatus(app.status)) {
      await this.repo.updateApplication(em, app.id, { status: 'withdrawn' });
      await this.repo.insertTransition(em, {
        applicationId: app.id, fromStatus: app.status, toStatus: 'withdrawn', actorId: actor?.id ?? null, actorName: actor?.name ?? app.fullName,
        reason: `duplicate of #${earlier.number}`,
      });
    }
    await this.repo.updateApplication(em, app.id, { volunteerId: personId });
    await this.repo.linkConsent(em, app.id, personId);
    return !duplicate;
  }

  // ---- e-mail verification ----

  /** Counted before validation (a guard), so malformed floods are limited too. */
  async limitApply(ip: string): Promise<void> {
    await this.rateLimit.consume([{ key: `apply:ip:${ip}`, max: APPLY_PER_IP_PER_HOUR, windowSeconds: 3600 }]);
  }

  async limitVerify(ip: string): Promise<void> {
    await this.rateLimit.consume([{ key: `verify:ip:${ip}`, max: VERIFY_PER_IP_PER_15_MIN, windowSeconds: 900 }]);
  }

  async verify(input: { token?: string; statusToken?: string; code?: string }, now = new Date()): Promise<{ statusToken: string; status: ApplicationStatus }> {
    if (input.token) {
      const verified = await this.repo.transaction(async (em) => {
        const app = await this.repo.findApplicationByVerificationToken(em, sha256(input.token!));
        if (!app || !app.verificationExpiresAt || app.verificationExpiresAt <= now) return null;
        await this.markVerified(em, app, now);
        return app;
      });
      if (!verified) throw ApiProblem.validation([{ field: 'token', code: 'invalidToken' }]);
      return { statusToken: statusTokenFor(this.secret, verified.id), status: verified.status };
    }
    if (!input.statusToken || !input.code) {
      throw ApiProblem.validation([...(input.statusToken ? [] : [{ field: 'statusToken', code: 'isNotEmpty' }]), ...(input.code ? [] : [{ field: 'code', code: 'isNotEmpty' }])]);
    }
    const id = applicationIdOf(this.secret, input.statusToken);
    if (!id) throw ApiProblem.validation([{ field: 'statusToken', code: 'invalidToken' }]);
    const outcome = await this.repo.transaction(async (em) => {
      const app = await this.repo.findApplication(id, em, true);
      if (!app) return 'invalid' as const;
      if (app.emailVerifiedAt) return app;
      if (!app.verificationCodeHash || !app.verificationExpiresAt || app.verificationExpiresAt <= now || app.verificationFailures >= MAX_CODE_FAILURES) return 'expired' as const;
      if (app.verificationCodeHash !== sha256(`${app.id}:${input.code}`)) {
        await this.repo.updateApplication(em, app.id, { verificationFailures: app.verificationFailures + 1 });
        return 'wrong' as const;
      }
      await this.markVerified(em, app, now);
      return app;
    });
    if (outcome === 'invalid') throw ApiProblem.validation([{ field: 'statusToken', code: 'invalidToken' }]);
    if (outcome === 'expired') throw ApiProblem.validation([{ field: 'code', code: 'codeExpired' }]);
    if (outcome === 'wrong') throw ApiProblem.validation([{ field: 'code', code: 'wrongCode' }]);
    return { statusToken: input.statusToken, status: outcome.status };
  }

  private async markVerified(em: EntityManager, app: ApplicationEntity, now: Date): Promise<void> {
    await this.repo.updateApplication(em, app.id, { emailVerifiedAt: now, verificationTokenHash: null, verificationCodeHash: null, verificationExpiresAt: null });
    if (!(await this.link(em, app))) return; // a duplicate: the status page says so, no second "received" mail
    const intake = await this.repo.findIntake(app.intakeId, em);
    await this.notifications.enqueue(em, {
      template: 'application-received',
      props: {
        recipientName: app.fullName, campaignName: intake ? nameIn(intake, app.locale) : '', applicationNumber: String(app.number),
        statusUrl: this.statusUrl(app.id, app.locale),
      },
      to: { email: app.email, name: app.fullName },
      locale: app.locale,
    });
  }

  async resendVerification(statusToken: string, now = new Date()): Promise<void> {
    const app = await this.fromToken(statusToken);
    await this.rateLimit.consume([{ key: `verify:resend:${app.id}`, max: 3, windowSeconds: 3600 }]);
    if (app.emailVerifiedAt) throw ApiProblem.conflict('detail.alreadyVerified', {}, 'ALREADY_VERIFIED');
    const verifyToken = randomBytes(24).toString('base64url');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.repo.transaction(async (em) => {
      await this.repo.updateApplication(em, app.id, {
        verificationTokenHash: sha256(verifyToken), verificationCodeHash: sha256(`${app.id}:${code}`), verificationFailures: 0,
        verificationExpiresAt: new Date(now.getTime() + VERIFICATION_MINUTES * 60_000),
      });
      await this.notifications.enqueue(em, {
        template: 'email-verification',
        props: { recipientName: app.fullName, code, expiresInMinutes: VERIFICATION_MINUTES, verifyUrl: `${this.base}/#/apply/verify?token=${verifyToken}&lang=${app.locale}` },
        to: { email: app.email, name: app.fullName },
        locale: app.locale,
      });
    });
  }

  // ---- status page ----

  private async fromToken(token: string): Promise<ApplicationEntity> {
    const id = applicationIdOf(this.secret, token);
    const app = id ? await this.repo.findApplication(id) : null;
    if (!app) throw ApiProblem.validation([{ field: 'token', code: 'invalidToken' }]);
    return app;
  }

  async status(token: string, now = new Date()): Promise<StatusViewDto> {
    const app = await this.fromToken(token);
    const intake = await this.repo.findIntake(app.intakeId);
    const consent = await this.repo.consentOf(app.id);
    const slot = await this.repo.slotOf(app.id);
    const centers = (await this.repo.centersOfApplications([app.id])).get(app.id) ?? [];
    const slots = app.status === 'interview' ? await this.repo.freeSlots(app.intakeId, centers.map((c) => c.id), now) : [];
    const timeline = await this.repo.timeline(app.id);
    return {
      id: app.id,
      number: app.number,
      status: app.status,
      firstName: app.fullName.split(/\s+/)[0],
      intake: { id: app.intakeId, name: intake ? { az: intake.nameAz, en: intake.nameEn, ru: intake.nameRu } : { az: '', en: '', ru: '' } },
      emailVerified: app.emailVerifiedAt !== null,
      maskedEmail: maskEmail(app.email),
      submittedAt: app.createdAt.toISOString(),
      canWithdraw: !isFinalApplicationStatus(app.status),
      consent: consent ? { version: consent.version, givenAt: consent.givenAt.toISOString(), withdrawnAt: consent.withdrawnAt?.toISOString() ?? null } : null,
      interview: slot ? { slotId: slot.id, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), location: slot.location } : null,
      slots: slots.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), location: s.location })),
      timeline: timeline.map((t) => ({ status: t.toStatus, at: t.at.toISOString() })),
    };
  }

  /** The applicant withdraws (the machine decides: only from an open state). */
  async withdraw(token: string, opts: { consent?: boolean } = {}, now = new Date()): Promise<StatusViewDto> {
    const found = await this.fromToken(token);
    await this.repo.transaction(async (em) => {
      const app = (await this.repo.findApplication(found.id, em, true))!;
      if (opts.consent) await this.repo.withdrawConsent(em, app.id, now);
      if (isFinalApplicationStatus(app.status) && opts.consent) return;
      const decision = decideTransition({
        from: app.status, to: 'withdrawn', actor: { id: app.id, roles: ['applicant'], centerIds: [], eventIds: [] }, applicationCenterIds: [], applicantId: app.id,
      });
      if (!decision.ok) throw ApiProblem.conflict(decision.code === 'FINAL_STATE' ? 'detail.finalState' : 'detail.illegalMove', {}, decision.code);
      await this.repo.updateApplication(em, app.id, { status: 'withdrawn' });
      await this.repo.freeSlotOf(em, app.id);
      await this.repo.insertTransition(em, {
        applicationId: app.id, fromStatus: app.status, toStatus: 'withdrawn', actorId: null, actorName: app.fullName,
        reason: opts.consent ? 'consent withdrawn' : null,
      });
    });
    return this.status(token, now);
  }

  /** Picks (or changes) the interview time; a change frees the earlier slot. Confirmation with .ics. */
  async pickSlot(token: string, slotId: string, now = new Date()): Promise<StatusViewDto> {
    const found = await this.fromToken(token);
    await this.repo.transaction(async (em) => {
      const app = (await this.repo.findApplication(found.id, em, true))!;
      if (app.status !== 'interview') throw ApiProblem.conflict('detail.notInterview', {}, 'NOT_INTERVIEW');
      const previous = await this.repo.slotOf(app.id, em);
      if (previous?.id === slotId) return;
      await this.repo.freeSlotOf(em, app.id);
      const slot = await this.repo.book(em, slotId, app.id, app.intakeId, now);
      if (!slot) throw ApiProblem.validation([{ field: 'slotId', code: 'slotTaken' }]);
      const intake = await this.repo.findIntake(app.intakeId, em);
      await this.interviewMail.confirm(em, app, slot, intake ? nameIn(intake, app.locale) : '', this.statusUrl(app.id, app.locale), now);
    });
    return this.status(token, now);
  }
}

export function nameIn(intake: IntakeEntity, locale: Locale3): string {
  return locale === 'en' ? intake.nameEn : locale === 'ru' ? intake.nameRu : intake.nameAz;
}
