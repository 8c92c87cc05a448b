import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import {
  addDays, bakuDateOf, isIsoDate, qualificationDaysLeft, qualificationExpiry, QUALIFICATION_EXPIRY_WARNING_DAYS, type Locale,
} from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import type { Scope } from '../common/scope';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { CreateQualificationDto, ExpiringQueryDto, GrantQualificationDto, RevokeQualificationDto, TrainingSessionDto, UpdateQualificationDto } from './dto/qualifications.dto';
import type { QualificationEntity } from './entities/qualification.entity';
import { setQualificationNames } from './qualification-names';
import { QualificationsRepository, type GrantOutcome, type HeldRow } from './qualifications.repository';
import './qualifications.messages';

export const QUALIFICATION_EXPIRY_QUEUE = 'qualifications.expiry';

export interface QualificationDto {
  id: string;
  code: string;
  name: { az: string; en: string; ru: string };
  validityMonths: number | null;
  active: boolean;
}

export interface HeldQualificationDto {
  id: string;
  volunteerId: string;
  code: string;
  qualificationId: string | null;
  name: { az: string; en: string; ru: string } | null;
  grantedOn: string | null;
  validUntil: string | null;
  /** Days until the last valid day (negative once expired; null = never expires). */
  daysLeft: number | null;
  expiringSoon: boolean;
  expired: boolean;
  grantedByName: string | null;
  evidence: string | null;
  evidenceFileName: string | null;
  trainingSessionId: string | null;
}

const toDto = (q: QualificationEntity): QualificationDto => ({
  id: q.id, code: q.code, name: { az: q.nameAz, en: q.nameEn, ru: q.nameRu }, validityMonths: q.validityMonths, active: q.active,
});

function heldDto(r: HeldRow, today: string): HeldQualificationDto {
  const daysLeft = qualificationDaysLeft(r.validUntil, today);
  return {
    id: r.id, volunteerId: r.volunteerId, code: r.code, qualificationId: r.qualificationId,
    name: r.nameAz ? { az: r.nameAz, en: r.nameEn ?? r.code, ru: r.nameRu ?? r.code } : null,
    grantedOn: r.grantedOn, validUntil: r.validUntil, daysLeft,
    expiringSoon: daysLeft != null && daysLeft >= 0 && daysLeft <= QUALIFICATION_EXPIRY_WARNING_DAYS,
    expired: daysLeft != null && daysLeft < 0,
    grantedByName: r.grantedByName, evidence: r.evidence, evidenceFileName: r.evidenceFileName, trainingSessionId: r.trainingSessionId,
  };
}

/** Who the caller may grant to / read: admins and HR everyone, a coordinator the volunteers of their centers. */
export function volunteerScope(actor: AuthUser): Scope {
  return actor.roles.includes('admin') || actor.roles.includes('hr') ? 'all' : actor.centerIds;
}

/** Grants are written by admins and coordinators only (HR reads). */
function grantScope(actor: AuthUser): Scope {
  return actor.roles.includes('admin') ? 'all' : actor.roles.includes('coordinator') ? actor.centerIds : [];
}

const todayInBaku = (now = Date.now()) => bakuDateOf(now);

/**
 * The qualifications catalogue, grants and training sessions, and the daily reminder of expiring ones
 * (docs/qualifications.md). Eligibility reads volunteer_qualifications directly, so a grant counts at once.
 */
@Injectable()
export class QualificationsService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('qualifications');
  private namesTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repo: QualificationsRepository,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(QUALIFICATION_EXPIRY_QUEUE, async () => {
      await this.sendExpiryNotices(new Date());
    });
    // Once a day in the morning (Baku): a reminder read at the start of the day, not at midnight.
    this.jobs.schedule(QUALIFICATION_EXPIRY_QUEUE, '5 9 * * *');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reloadNames();
    this.namesTimer = setInterval(() => void this.reloadNames(), 60_000);
    this.namesTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.namesTimer) clearInterval(this.namesTimer);
  }

  /** Refreshes the names the domain's sentences use (qualification-names.ts); a failure keeps the last ones. */
  private async reloadNames(): Promise<void> {
    try {
      setQualificationNames(await this.repo.catalogue());
    } catch (err) {
      this.logger.warn(`qualification names not reloaded: ${(err as Error).message}`);
    }
  }

  // ——— catalogue ———

  async catalogue(): Promise<{ data: QualificationDto[]; total: number }> {
    const rows = await this.repo.catalogue();
    return { data: rows.map(toDto), total: rows.length };
  }

  async one(id: string): Promise<QualificationDto> {
    const row = await this.repo.byId(id);
    if (!row) throw ApiProblem.notFound();
    return toDto(row);
  }

  async create(dto: CreateQualificationDto): Promise<QualificationDto> {
    const row = await this.repo.create({
      code: dto.code, nameAz: dto.name.az, nameEn: dto.name.en, nameRu: dto.name.ru, validityMonths: dto.validityMonths ?? null, active: dto.active ?? true,
    });
    if (!row) throw ApiProblem.validation([{ field: 'code', code: 'qualificationCodeTaken' }]);
    await this.reloadNames();
    return toDto(row);
  }

  async update(id: string, dto: UpdateQualificationDto): Promise<QualificationDto> {
    const row = await this.repo.byId(id);
    if (!row) throw ApiProblem.notFound();
    await this.repo.update(id, {
      ...(dto.name ? { nameAz: dto.name.az, nameEn: dto.name.en, nameRu: dto.name.ru } : {}),
      ...(dto.validityMonths !== undefined ? { validityMonths: dto.validityMonths } : {}),
      ...(dto.active !== undefined ? { active: dto.active } : {}),
    });
    await this.reloadNames();
    return toDto((await this.repo.byId(id))!);
  }

  // ——— one volunteer ———

  async held(actor: AuthUser, volunteerId: string): Promise<{ data: HeldQualificationDto[]; total: number }> {
    const v = await this.repo.volunteer(volunteerId, volunteerScope(actor));
    if (!v) throw ApiProblem.notFound();
    const today = todayInBaku();
    const rows = (await this.repo.held(volunteerId)).map((r) => heldDto(r, today));
    return { data: rows, total: rows.length };
  }

  /** The volunteer's own qualifications (my profile). */
  async mine(actor: AuthUser): Promise<{ data: HeldQualificationDto[]; total: number }> {
    const v = await this.repo.volunteerOfUser(actor.id);
    if (!v) return { data: [], total: 0 };
    const today = todayInBaku();
    const rows = (await this.repo.held(v.id)).map((r) => heldDto(r, today));
    return { data: rows, total: rows.length };
  }

  async grant(actor: AuthUser, volunteerId: string, dto: GrantQualificationDto): Promise<HeldQualificationDto & { outcome: GrantOutcome }> {
    const v = await this.repo.volunteer(volunteerId, grantScope(actor));
    if (!v) throw ApiProblem.notFound();
    const q = await this.grantable(dto.qualificationId, 'qualificationId');
    this.assertDate(dto.grantedOn, 'grantedOn');
    const outcome = await this.repo.transaction((em) =>
      this.repo.grant(em, {
        volunteerId, code: q.code, grantedOn: dto.grantedOn, validUntil: qualificationExpiry(dto.grantedOn, q.validityMonths), grantedBy: actor.id,
        evidence: dto.evidence ?? null, evidenceFileName: dto.evidenceFileName ?? null, trainingSessionId: null,
      }),
    );
    const row = (await this.repo.held(volunteerId)).find((r) => r.code === q.code)!;
    return { ...heldDto(row, todayInBaku()), outcome };
  }

  /** Takes a qualification away (granted by mistake, evidence withdrawn). Revoking what is not held changes nothing. */
  async revoke(actor: AuthUser, volunteerId: string, dto: RevokeQualificationDto): Promise<{ revoked: boolean }> {
    const v = await this.repo.volunteer(volunteerId, grantScope(actor));
    if (!v) throw ApiProblem.notFound();
    const q = await this.repo.byId(dto.qualificationId);
    if (!q) throw ApiProblem.validation([{ field: 'qualificationId', code: 'qualificationUnknown' }]);
    return { revoked: await this.repo.revoke(volunteerId, q.code) };
  }

  // ——— training sessions ———

  /**
   * Records a session and grants its qualification to every attendee in one transaction. The same session recorded
   * again (qualification, day, trainer, center) is found, not duplicated, and grants only to attendees it has not
   * granted yet: a double submit or a rerun with one more name is safe.
   */
  async recordTraining(actor: AuthUser, dto: TrainingSessionDto) {
    const scope = grantScope(actor);
    const q = await this.grantable(dto.qualificationId, 'qualificationId');
    this.assertDate(dto.heldOn, 'heldOn');
    let centerId: string | null = dto.centerId ?? null;
    if (scope !== 'all') {
      if (centerId && !scope.includes(centerId)) throw ApiProblem.validation([{ field: 'centerId', code: 'qualificationCenter' }]);
      centerId ??= scope[0] ?? null;
    }
    const attendees = await this.repo.volunteers(dto.attendeeIds, scope);
    // Anyone outside the caller's volunteers: refuse the whole session (nothing is granted), as for one grant.
    if (attendees.length !== new Set(dto.attendeeIds).size) throw ApiProblem.notFound();
    const validUntil = qualificationExpiry(dto.heldOn, q.validityMonths);
    return this.repo.transaction(async (em) => {
      const key = { qualificationId: q.id, heldOn: dto.heldOn, trainer: dto.trainer, centerId };
      await this.repo.lockSessionKey(em, `training:${q.id}:${dto.heldOn}:${dto.trainer.toLowerCase()}:${centerId ?? '-'}`);
      const existing = await this.repo.findSession(em, key);
      const session = existing ?? (await this.repo.insertSession(em, { ...key, notes: dto.notes ?? null, createdBy: actor.id }));
      const counts: Record<GrantOutcome, number> = { granted: 0, renewed: 0, unchanged: 0 };
      for (const a of attendees) {
        const outcome = await this.repo.grant(em, {
          volunteerId: a.id, code: q.code, grantedOn: dto.heldOn, validUntil, grantedBy: actor.id,
          evidence: dto.notes ?? null, evidenceFileName: null, trainingSessionId: session.id,
        });
        counts[outcome] += 1;
      }
      return {
        id: session.id, qualificationId: q.id, code: q.code, heldOn: session.heldOn, trainer: session.trainer, centerId: session.centerId,
        validUntil, created: !existing, ...counts,
      };
    });
  }

  async sessions(actor: AuthUser, page: number, perPage: number): Promise<Page<unknown>> {
    const [rows, total] = await this.repo.sessions(grantScope(actor), perPage, (page - 1) * perPage);
    return { data: rows, total };
  }

  // ——— expiring ———

  /** Held qualifications of the caller's volunteers whose last valid day falls within the next `days` days. */
  async expiring(actor: AuthUser, q: ExpiringQueryDto) {
    const today = todayInBaku();
    const rows = await this.repo.expiring(volunteerScope(actor), today, addDays(today, q.days ?? QUALIFICATION_EXPIRY_WARNING_DAYS));
    const data = rows.map((r) => ({
      ...heldDto(r, today), fullName: r.fullName, homeCenterId: r.homeCenterId,
      homeCenterName: r.homeCenterAz ? { az: r.homeCenterAz, en: r.homeCenterEn, ru: r.homeCenterRu } : null, reminded: r.expiryNoticeFor === r.validUntil,
    }));
    return { data, total: data.length };
  }

  countExpiring(scope: Scope): Promise<number> {
    const today = todayInBaku();
    return this.repo.countExpiring(scope, today, addDays(today, QUALIFICATION_EXPIRY_WARNING_DAYS));
  }

  /** The daily job: one mail per held qualification and expiry date, 30 days (or less, when granted late) before. */
  async sendExpiryNotices(now: Date): Promise<number> {
    const today = todayInBaku(now.getTime());
    const due = (await this.repo.expiring('all', today, addDays(today, QUALIFICATION_EXPIRY_WARNING_DAYS), 5000)).filter((r) => r.expiryNoticeFor !== r.validUntil);
    let sent = 0;
    for (const r of due) {
      await this.repo.transaction(async (em) => {
        if (!(await this.repo.claimNotice(em, r.id, r.validUntil!))) return;
        const locale: Locale = r.locale;
        const name = r.nameAz ? { az: r.nameAz, en: r.nameEn, ru: r.nameRu }[locale] ?? r.code : r.code;
        await this.notifications.enqueue(em, {
          template: 'qualification-expiring',
          locale,
          to: { email: r.email, name: r.fullName, userId: r.userId },
          // Noon in Baku: the date reads the same in every time zone the renderer might use.
          props: { recipientName: r.fullName, qualificationName: name, expiresOn: `${r.validUntil}T12:00:00+04:00`, profileUrl: `${this.config.baseUrl}/#/my-profile` },
        });
        sent += 1;
      });
    }
    if (sent) this.logger.log(`qualification expiry reminders: ${sent} enqueued`);
    return sent;
  }

  // ——— helpers ———

  private async grantable(id: string, field: string): Promise<QualificationEntity> {
    const q = await this.repo.byId(id);
    if (!q) throw ApiProblem.validation([{ field, code: 'qualificationUnknown' }]);
    if (!q.active) throw ApiProblem.validation([{ field, code: 'qualificationInactive' }]);
    return q;
  }

  /** A real calendar day, not after today (Baku), not before 1990. */
  private assertDate(date: string, field: string): void {
    if (!isIsoDate(date)) throw ApiProblem.validation([{ field, code: 'isIsoDate' }]);
    if (date > todayInBaku()) throw ApiProblem.validation([{ field, code: 'qualificationDateFuture' }]);
    if (date < '1990-01-01') throw ApiProblem.validation([{ field, code: 'qualificationDateTooOld' }]);
  }
}
