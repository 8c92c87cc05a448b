import { Injectable } from '@nestjs/common';
import { acceptsApplications, bakuDateOf, DEFAULT_NOTIFICATION_PREFERENCES, normaliseAzPhone, normaliseLanguages, type HalfDay, type LanguageSkill } from '@dost/domain';
import { createHash, randomBytes } from 'node:crypto';
import { AuditService } from '../../audit/audit.service';
import type { AuthUser } from '../../common/auth-user';
import { ApiProblem, type FieldError } from '../../common/http/api-problem';
import type { Page } from '../../common/http/list-query.dto';
import { AppConfig } from '../../config/app-config';
import { NotificationsService } from '../../notifications/notifications.service';
import { statusTokenFor } from '../../recruitment/recruitment-links';
import type {
  ApplicantPrefillDto, ClosureRequestDto, ClosureRequestListItemDto, ClosureRequestStateDto, ApplicantHomeApplicationDto, ApplicantHomeDto, MyProfileDto,
  UpdateMyProfileDto,
} from './dto/my-profile.dto';
import { MyProfileRepository } from './my-profile.repository';
import './my-profile.messages';

/** A day: the new address may be read on another device later; long enough, still short-lived. */
export const EMAIL_CHANGE_TTL_MINUTES = 24 * 60;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type Locale = 'az' | 'en' | 'ru';

/**
 * "My profile": what a signed-in person keeps up to date about themselves. The language is stored on the
 * account (users.locale) and on the person record (volunteers.locale) in one transaction: every mail takes
 * one of the two, so both always agree.
 */
@Injectable()
export class MyProfileService {
  constructor(
    private readonly repo: MyProfileRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async get(actor: AuthUser, now = new Date()): Promise<MyProfileDto> {
    const user = await this.repo.user(actor.id);
    if (!user) throw ApiProblem.notFound();
    const volunteer = await this.repo.volunteerOf(actor.id);
    const [profile, centers, prefs, closure, pending, centerOptions] = await Promise.all([
      volunteer ? this.repo.profile(volunteer.id) : null,
      volunteer ? this.repo.preferredCenterIds(volunteer.id) : [],
      this.repo.preferences(actor.id),
      this.repo.openClosureRequest(actor.id),
      this.repo.pendingEmailChange(actor.id, now),
      this.repo.centerOptions(),
    ]);
    return {
      email: user.email,
      pendingEmail: pending?.newEmail ?? null,
      fullName: user.fullName,
      locale: user.locale,
      roles: user.roles.map((r) => r.role),
      volunteer: volunteer
        ? {
            id: volunteer.id,
            status: volunteer.status,
            phone: volunteer.phone,
            languages: volunteer.languages,
            availability: profile?.availability ?? [],
            preferredCenterIds: centers,
            homeCenterId: volunteer.homeCenterId,
            emergencyContact: profile?.emergencyContactName && profile.emergencyContactPhone ? { name: profile.emergencyContactName, phone: profile.emergencyContactPhone } : null,
          }
        : null,
      notifications: {
        reminders: prefs?.reminders ?? DEFAULT_NOTIFICATION_PREFERENCES.reminders,
        swaps: prefs?.swaps ?? DEFAULT_NOTIFICATION_PREFERENCES.swaps,
        messages: prefs?.messages ?? DEFAULT_NOTIFICATION_PREFERENCES.messages,
      },
      closureRequest: closure ? closureState(closure) : null,
      centerOptions,
    };
  }

  /** Only the fields sent change; every check runs before the first write, so a bad field changes nothing. */
  async update(actor: AuthUser, dto: UpdateMyProfileDto): Promise<MyProfileDto> {
    const volunteer = await this.repo.volunteerOf(actor.id);
    const errors: FieldError[] = [];
    const personal = ['phone', 'languages', 'availability', 'preferredCenterIds', 'emergencyContact'] as const;
    if (!volunteer) for (const f of personal) if (dto[f] !== undefined) errors.push({ field: f, code: 'noPersonRecord' });
    if (dto.preferredCenterIds?.length) {
      const known = await this.repo.activeCenterIds(dto.preferredCenterIds);
      dto.preferredCenterIds.forEach((id, i) => {
        if (!known.has(id)) errors.push({ field: `preferredCenterIds.${i}`, code: 'unknownCenter' });
      });
    }
    if (errors.length) throw ApiProblem.validation(errors);

    await this.repo.transaction(async (em) => {
      if (volunteer) {
        await this.repo.saveVolunteerFields(em, volunteer.id, {
          ...(dto.phone !== undefined ? { phone: dto.phone === null ? null : normaliseAzPhone(dto.phone) } : {}),
          ...(dto.languages ? { languages: normaliseLanguages(dto.languages) as LanguageSkill[] } : {}),
          ...(dto.locale ? { locale: dto.locale } : {}),
        });
        await this.repo.saveProfile(em, volunteer.id, {
          ...(dto.availability ? { availability: dto.availability as HalfDay[] } : {}),
          ...(dto.emergencyContact !== undefined
            ? { emergencyContactName: dto.emergencyContact?.name ?? null, emergencyContactPhone: dto.emergencyContact ? normaliseAzPhone(dto.emergencyContact.phone) : null }
            : {}),
        });
        if (dto.preferredCenterIds) await this.repo.replacePreferredCenters(em, volunteer.id, dto.preferredCenterIds);
      }
      if (dto.locale) {
        await this.repo.setUserLocale(em, actor.id, dto.locale);
        // Recruitment mail speaks the application's language: open applications follow the account's.
        if (volunteer) await this.repo.setOpenApplicationsLocale(em, volunteer.id, dto.locale);
      }
      if (dto.notifications) {
        const { reminders, swaps, messages } = dto.notifications;
        await this.repo.savePreferences(em, actor.id, {
          ...(reminders !== undefined ? { reminders } : {}),
          ...(swaps !== undefined ? { swaps } : {}),
          ...(messages !== undefined ? { messages } : {}),
        });
      }
    });
    return this.get(actor);
  }

  /** Mails a link to the NEW address; the login e-mail changes only when it is opened. */
  async requestEmailChange(actor: AuthUser, email: string, now = new Date()): Promise<{ pendingEmail: string }> {
    const user = await this.repo.user(actor.id);
    if (!user) throw ApiProblem.notFound();
    if (email === user.email) throw ApiProblem.validation([{ field: 'email', code: 'sameEmail' }]);
    if (await this.repo.emailTaken(email, actor.id)) throw ApiProblem.validation([{ field: 'email', code: 'emailTaken' }]);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MINUTES * 60_000);
    await this.repo.transaction(async (em) => {
      await this.repo.issueEmailChange(em, { userId: actor.id, newEmail: email, tokenHash: sha256(token), expiresAt }, now);
      await this.notifications.enqueue(em, {
        template: 'email-change',
        locale: user.locale,
        // To the new address on purpose: opening the link proves the person reads it.
        to: { email, name: user.fullName, userId: user.id },
        props: { recipientName: user.fullName, newEmail: email, verifyUrl: `${this.base}/#/verify-email?token=${encodeURIComponent(token)}&lang=${user.locale}`, expiresInMinutes: EMAIL_CHANGE_TTL_MINUTES },
      });
    });
    return { pendingEmail: email };
  }

  async confirmEmailChange(token: string, now = new Date()): Promise<{ email: string }> {
    return this.repo.transaction(async (em) => {
      const change = await this.repo.consumeEmailChange(em, sha256(token), now);
      if (!change) throw new ApiProblem(400, 'detail.emailChangeLinkInvalid', {}, [{ field: 'token', code: 'invalidToken' }]);
      if (await this.repo.emailTaken(change.newEmail, change.userId, em)) throw ApiProblem.conflict('detail.emailTaken');
      await this.repo.changeEmail(em, change.userId, change.newEmail);
      return { email: change.newEmail };
    });
  }

  async requestClosure(actor: AuthUser, dto: ClosureRequestDto): Promise<ClosureRequestStateDto> {
    const open = await this.repo.openClosureRequest(actor.id);
    if (open) return closureState(open);
    try {
      return closureState(await this.repo.transaction((em) => this.repo.insertClosureRequest(em, actor.id, dto.reason?.trim() || null)));
    } catch (e) {
      // Two requests at once: the unique index on the open one lets one in; the other answers the same.
      const again = await this.repo.openClosureRequest(actor.id);
      if (again) return closureState(again);
      throw e;
    }
  }

  /** Idempotent: withdrawing when nothing is open leaves nothing open, as asked. */
  async withdrawClosure(actor: AuthUser, now = new Date()): Promise<void> {
    await this.repo.withdrawClosureRequest(actor.id, now);
  }

  async listClosureRequests(limit = 50, offset = 0): Promise<Page<ClosureRequestListItemDto>> {
    const [rows, total] = await this.repo.listClosureRequests(limit, offset);
    return {
      data: rows.map((r) => ({
        id: r.id, userId: r.user_id, fullName: r.full_name, email: r.email, reason: r.reason, status: r.status,
        createdAt: new Date(r.created_at).toISOString(), handledAt: r.handled_at ? new Date(r.handled_at).toISOString() : null,
      })),
      total,
    };
  }

  /** Applications of the caller: by their person record, or (before one is linked) by their verified login address. */
  async applications(actor: AuthUser, now = new Date()): Promise<ApplicantHomeDto> {
    const user = await this.repo.user(actor.id);
    if (!user) throw ApiProblem.notFound();
    const volunteer = await this.repo.volunteerOf(actor.id);
    const rows = await this.repo.query<AppRow>(
      `SELECT a.id, a.number, a.intake_id, a.status, a.locale, a.created_at, a.email_verified_at, a.full_name, a.fin, a.birth_date::text AS birth_date, a.phone, a.email,
              a.occupation, a.education, a.languages, a.skills, a.availability,
              i.name_az, i.name_en, i.name_ru, i.status AS intake_status, i.opens_on::text AS opens_on, i.closes_on::text AS closes_on,
              s.starts_at AS slot_starts_at, s.ends_at AS slot_ends_at, s.location AS slot_location,
              COALESCE((SELECT array_agg(ac.center_id::text ORDER BY ac.rank) FROM application_centers ac WHERE ac.application_id = a.id), '{}') AS center_ids
         FROM applications a
         JOIN intakes i ON i.id = a.intake_id
         LEFT JOIN LATERAL (SELECT starts_at, ends_at, location FROM interview_slots WHERE application_id = a.id ORDER BY starts_at DESC LIMIT 1) s ON true
        WHERE a.volunteer_id = $1 OR (a.volunteer_id IS NULL AND a.email = $2 AND a.email_verified_at IS NOT NULL)
        ORDER BY a.created_at DESC`,
      [volunteer?.id ?? null, user.email],
    );
    const today = bakuDateOf(now.getTime());
    const data: ApplicantHomeApplicationDto[] = rows.map((a) => ({
      id: a.id,
      number: a.number,
      intakeId: a.intake_id,
      intakeName: { az: a.name_az, en: a.name_en, ru: a.name_ru },
      intakeOpen: acceptsApplications({ status: a.intake_status, opensOn: a.opens_on, closesOn: a.closes_on } as never, today),
      status: a.status,
      nextStep: nextStepOf(a.status, !!a.email_verified_at, !!a.slot_starts_at),
      interview: a.slot_starts_at ? { startsAt: new Date(a.slot_starts_at).toISOString(), endsAt: new Date(a.slot_ends_at!).toISOString(), location: a.slot_location! } : null,
      statusUrl: `${this.base}/#/application-status?token=${statusTokenFor(this.secret, a.id)}&lang=${user.locale}`,
      createdAt: new Date(a.created_at).toISOString(),
    }));
    const last = rows[0];
    const prefill: ApplicantPrefillDto | null = last
      ? {
          fullName: last.full_name, fin: last.fin, birthDate: last.birth_date, phone: volunteer?.phone ?? last.phone, email: user.email,
          occupation: last.occupation, education: last.education, languages: volunteer?.languages.length ? volunteer.languages : last.languages, skills: last.skills, availability: last.availability,
          centerIds: last.center_ids,
        }
      : null;
    const intakes = await this.repo.query<{ id: string; name_az: string; name_en: string; name_ru: string }>(
      `SELECT id, name_az, name_en, name_ru FROM intakes WHERE status = 'open' AND opens_on <= $1 AND closes_on >= $1 ORDER BY closes_on, name_az`,
      [today],
    );
    return { data, prefill, openIntakes: intakes.map((i) => ({ id: i.id, name: { az: i.name_az, en: i.name_en, ru: i.name_ru } })) };
  }

  private get base(): string {
    return this.config.baseUrl.replace(/\/+$/, '');
  }

  private get secret(): string {
    if (!this.config.jwtSecret) throw new Error('JWT secret missing');
    return this.config.jwtSecret;
  }

  /** Records that the person downloaded their data (who, when, which format): exports of personal data are audited. */
  async auditExport(actor: AuthUser, format: 'json' | 'pdf', requestId?: string): Promise<void> {
    await this.audit.record({ actor, action: 'me.dataExport', entity: 'user', entityId: actor.id, details: { format }, requestId: requestId ?? null });
  }
}

interface AppRow {
  id: string; number: number; intake_id: string; status: string; locale: Locale; created_at: Date; email_verified_at: Date | null;
  full_name: string; fin: string | null; birth_date: string; phone: string; email: string;
  occupation: string | null; education: { institution: string; faculty: string; year: number } | null; languages: LanguageSkill[]; skills: string[]; availability: string[];
  name_az: string; name_en: string; name_ru: string; intake_status: string; opens_on: string; closes_on: string;
  slot_starts_at: Date | null; slot_ends_at: Date | null; slot_location: string | null; center_ids: string[];
}

/** What the applicant does (or waits for) next, by the stage of the application. */
export function nextStepOf(status: string, emailVerified: boolean, interviewBooked: boolean): ApplicantHomeApplicationDto['nextStep'] {
  if (!emailVerified) return 'verifyEmail';
  switch (status) {
    case 'submitted':
    case 'screening': return 'waitForScreening';
    case 'interview': return interviewBooked ? 'attendInterview' : 'bookInterview';
    case 'offered': return 'waitForDecision';
    case 'accepted': return 'onboarding';
    case 'onboarded': return 'done';
    case 'waitlisted': return 'waitlisted';
    default: return 'applyAgain';
  }
}

function closureState(r: { id: string; status: string; reason: string | null; createdAt: Date }): ClosureRequestStateDto {
  return { id: r.id, status: r.status, reason: r.reason, createdAt: r.createdAt.toISOString() };
}
