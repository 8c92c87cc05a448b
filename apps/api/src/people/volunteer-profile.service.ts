import { Injectable } from '@nestjs/common';
import {
  allowedStatusMoves, bakuDateOf, centerScope, hasRole, maskFin, reliability, type VolunteerStatus,
} from '@dost/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { ChangeHomeCenterDto, ChangeStatusDto } from './dto/volunteers.dto';
import { peopleScope } from './people-scope';
import { toListItem, type VolunteerListItemDto } from './volunteer-directory.service';
import { VolunteerDirectoryRepository, type LocalizedName, type ProfileShiftRow } from './volunteer-directory.repository';
import { VolunteerStatusService } from './volunteer-status.service';
import './people.messages';

const FIN_ROLES = ['admin', 'hr'] as const;
const SHIFTS_EACH_WAY = 20;
/** Flag a qualification this many days before it runs out (as the expiry reminders do). */
const EXPIRY_WARNING_DAYS = 30;

export interface ProfileShiftDto {
  assignmentId: string;
  shiftId: string;
  startsAt: string;
  endsAt: string;
  status: string;
  shiftStatus: string;
  positionName: LocalizedName;
  placeName: LocalizedName;
  centerId: string | null;
  eventId: string | null;
}

export interface VolunteerProfileDto extends VolunteerListItemDto {
  /** Masked (`*****12`); the full FİN is GET /volunteers/{id}/fin for admin and HR, audited. */
  fin: string | null;
  canRevealFin: boolean;
  birthDate: string | null;
  locale: string;
  skills: string[];
  signupBlocked: boolean;
  hasAccount: boolean;
  memberSince: string;
  availability: string[];
  preferredCenters: { id: string; name: LocalizedName }[];
  /** Every qualification on record with its expiry; `expired` and `expiresSoon` (within 30 days) by the Baku date. */
  qualificationsHeld: { code: string; validUntil: string | null; expired: boolean; expiresSoon: boolean }[];
  shifts: { past: ProfileShiftDto[]; ahead: ProfileShiftDto[] };
  hours: { approvedMinutes: number; pendingMinutes: number; reliability: number | null; attended: number; noShows: number };
  notes: { id: string; authorName: string; body: string; createdAt: string }[];
  statusHistory: { from: VolunteerStatus | null; to: VolunteerStatus; reason: string | null; actorName: string | null; at: string }[];
  /** What this caller may do here (the console shows only these). */
  actions: { statusMoves: VolunteerStatus[]; changeHomeCenter: boolean; addNote: boolean };
}

const shift = (s: ProfileShiftRow): ProfileShiftDto => ({
  ...s, startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString(),
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Since when someone is a volunteer: the earliest change into 'active' (the onboarded step) when the history has one
 * before the record's own creation time — a record made later than the onboarding (an import, the demo seed) would
 * otherwise show the day it was made — else when the record was made.
 */
export function memberSince(createdAt: Date | string, history: readonly { to: string; at: Date | string }[]): string {
  const made = new Date(createdAt).getTime();
  const active = history.filter((h) => h.to === 'active').map((h) => new Date(h.at).getTime());
  return new Date(Math.min(made, ...active)).toISOString();
}

/** A volunteer's page for staff, and the actions on it (status, home center, notes). */
@Injectable()
export class VolunteerProfileService {
  constructor(
    private readonly repo: VolunteerDirectoryRepository,
    private readonly status: VolunteerStatusService,
    private readonly audit: AuditService,
  ) {}

  private async findOr404(actor: AuthUser, id: string, now: Date) {
    const person = await this.repo.findInScope(id, peopleScope(actor), bakuDateOf(now.getTime()));
    if (!person) throw ApiProblem.notFound();
    return person;
  }

  private mayChangeHomeCenter(actor: AuthUser, homeCenterId: string | null): boolean {
    if (hasRole(actor, 'admin')) return true;
    const scope = centerScope(actor);
    return hasRole(actor, 'coordinator') && homeCenterId !== null && scope !== 'all' && scope.includes(homeCenterId);
  }

  async get(actor: AuthUser, id: string, now = new Date()): Promise<VolunteerProfileDto> {
    const p = await this.findOr404(actor, id, now);
    const today = bakuDateOf(now.getTime());
    const soon = addDays(today, EXPIRY_WARNING_DAYS);
    const [quals, availability, preferredCenters, past, ahead, pendingMinutes, notes, history] = await Promise.all([
      this.repo.qualifications(id), this.repo.availability(id), this.repo.preferredCenters(id),
      this.repo.shifts(id, now, 'past', SHIFTS_EACH_WAY), this.repo.shifts(id, now, 'ahead', SHIFTS_EACH_WAY),
      this.repo.pendingMinutes(id), this.repo.notes(id), this.repo.statusHistory(id),
    ]);
    const valid = quals.filter((q) => q.validUntil === null || q.validUntil >= today).map((q) => q.code);
    const item = toListItem({ ...p, qualifications: valid });
    return {
      ...item,
      fin: p.fin ? maskFin(p.fin) : null,
      canRevealFin: FIN_ROLES.some((r) => hasRole(actor, r)) && !!p.fin,
      birthDate: p.birthDate, locale: p.locale, skills: Array.isArray(p.skills) ? p.skills : [], signupBlocked: p.signupBlocked,
      hasAccount: p.userId !== null, memberSince: memberSince(p.createdAt, history),
      availability, preferredCenters,
      qualificationsHeld: quals.map((q) => ({
        code: q.code, validUntil: q.validUntil,
        expired: q.validUntil !== null && q.validUntil < today,
        expiresSoon: q.validUntil !== null && q.validUntil >= today && q.validUntil <= soon,
      })),
      shifts: { past: past.map(shift), ahead: ahead.map(shift) },
      hours: { approvedMinutes: p.approvedMinutes, pendingMinutes, reliability: reliability({ attended: p.attended, noShows: p.noShows }), attended: p.attended, noShows: p.noShows },
      notes: notes.map((n) => ({ id: n.id, authorName: n.authorName, body: n.body, createdAt: new Date(n.createdAt).toISOString() })),
      statusHistory: history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
      actions: {
        statusMoves: allowedStatusMoves(actor, p.homeCenterId, p.status),
        // Only when there is another center to choose (a coordinator of one center would get an empty list).
        changeHomeCenter: this.mayChangeHomeCenter(actor, p.homeCenterId) && (centerScope(actor) === 'all' || (centerScope(actor) as string[]).some((c) => c !== p.homeCenterId)),
        addNote: true,
      },
    };
  }

  /** The full FİN (admin, HR); each read is audited, as on applications. */
  async revealFin(actor: AuthUser, id: string, requestId?: string): Promise<{ fin: string | null }> {
    if (!FIN_ROLES.some((r) => hasRole(actor, r))) throw new ApiProblem(403);
    const p = await this.findOr404(actor, id, new Date());
    await this.audit.record({ actor, action: 'people.finRead', entity: 'volunteer', entityId: id, requestId });
    return { fin: p.fin };
  }

  async changeStatus(actor: AuthUser, id: string, dto: ChangeStatusDto): Promise<VolunteerProfileDto> {
    await this.findOr404(actor, id, new Date());
    await this.repo.transaction((em) => this.status.change(em, { volunteerId: id, to: dto.to, reason: dto.reason, actorUserId: actor.id, actor }));
    return this.get(actor, id);
  }

  /** A coordinator moves a person of their center to another center they coordinate; an admin anywhere. */
  async changeHomeCenter(actor: AuthUser, id: string, dto: ChangeHomeCenterDto): Promise<VolunteerProfileDto> {
    const p = await this.findOr404(actor, id, new Date());
    if (!this.mayChangeHomeCenter(actor, p.homeCenterId)) throw new ApiProblem(403);
    if (!(await this.repo.centerExists(dto.homeCenterId))) throw ApiProblem.validation([{ field: 'homeCenterId', code: 'unknownCenter' }]);
    const scope = centerScope(actor);
    if (scope !== 'all' && !scope.includes(dto.homeCenterId)) throw ApiProblem.validation([{ field: 'homeCenterId', code: 'homeCenterNotYours' }]);
    await this.repo.transaction(async (em) => {
      await this.repo.setHomeCenter(em, id, dto.homeCenterId);
      // The reason stays with the person as a staff note (the audit entry keeps ids only).
      const reason = dto.reason?.trim();
      if (reason) {
        const [from, to] = await Promise.all([this.repo.centerName(em, p.homeCenterId), this.repo.centerName(em, dto.homeCenterId)]);
        const body = `Əsas mərkəz: ${from ?? '—'} → ${to ?? '—'}. ${reason}`.slice(0, 2000);
        await this.repo.addNote(id, { userId: actor.id, name: (await this.repo.userName(actor.id)) ?? actor.email }, body, em);
      }
    });
    return this.get(actor, id);
  }

  async addNote(actor: AuthUser, id: string, body: string): Promise<VolunteerProfileDto> {
    await this.findOr404(actor, id, new Date());
    const text = body.trim();
    if (!text) throw ApiProblem.validation([{ field: 'body', code: 'isNotEmpty' }]);
    await this.repo.addNote(id, { userId: actor.id, name: (await this.repo.userName(actor.id)) ?? actor.email }, text);
    return this.get(actor, id);
  }
}
