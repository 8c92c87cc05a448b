import { Injectable } from '@nestjs/common';
import { bakuDateOf, bakuMidnightMs, checkInDecision, type LocalizedText } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import type { Locale } from '../common/i18n/locale';
import { AttendanceNotifier } from './attendance-notifier';
import { AttendanceRefusal } from './attendance.messages';
import { AttendanceRepository, type BlockedRow, type RosterRow, type ShiftFacts } from './attendance.repository';
import { baku, toAttendanceDto, toShiftBrief, type AttendanceDto, type ShiftBriefDto } from './attendance.mapper';
import { placeOfRow, type Place } from './attendance.types';
import { CheckInService } from './check-in.service';
import type { MarkAttendanceDto, MarkDto, NoShowCorrectionDto, PlaceQueryDto } from './dto/attendance.dto';
import { inScope, placeOfDto, staffScopeOf } from './kiosks.service';
import { NoShowsService } from './no-shows.service';

const MIN = 60_000;

export type MarkResult = 'checked_in' | 'checked_out' | 'already_in' | 'already_out' | 'no_show';

export interface ShiftAttendanceRowDto {
  assignmentId: string;
  volunteerId: string;
  fullName: string;
  status: string;
  attendance: AttendanceDto | null;
}

export interface MarkResultDto {
  assignmentId: string;
  ok: boolean;
  result?: MarkResult;
  attendance?: AttendanceDto | null;
  error?: { code: string; message: string };
}

export interface BlockedDto {
  volunteerId: string;
  fullName: string;
  noShowCount: number;
  homeCenterId: string | null;
  /** The latest no-shows at the caller's places, newest first (at most five). */
  noShows: { assignmentId: string; startsAt: string; endsAt: string; positionName: LocalizedText; placeName: LocalizedText }[];
}

export interface PresenceDto {
  assignmentId: string | null;
  volunteerId: string;
  fullName: string;
  shift: ShiftBriefDto | null;
  checkInAt: string | null;
  late: boolean;
  lateMinutes: number;
  walkIn: boolean;
}

const timesOf = (s: ShiftFacts) => ({ startsAt: s.startsAt.getTime(), endsAt: s.endsAt.getTime(), cancelled: s.status === 'cancelled' });

/**
 * What coordinators and organisers do about attendance: the day sheet's present / late / absent marks
 * (and "all present"), who is in now, correcting a wrong no-show and lifting a no-show block. Scope
 * first: a shift, assignment or volunteer outside the caller's centers and events is a 404.
 */
@Injectable()
export class StaffAttendanceService {
  constructor(
    private readonly repo: AttendanceRepository,
    private readonly checkIns: CheckInService,
    private readonly noShows: NoShowsService,
    private readonly notifier: AttendanceNotifier,
    private readonly audit: AuditService,
  ) {}

  async shiftAttendance(actor: AuthUser, shiftId: string): Promise<{ shift: ShiftBriefDto & { status: string; centerId: string | null; eventId: string | null }; data: ShiftAttendanceRowDto[] }> {
    const shift = await this.repo.shiftInScope(shiftId, staffScopeOf(actor));
    if (!shift) throw ApiProblem.notFound();
    const rows = await this.repo.roster({ shiftId });
    return { shift: { ...toShiftBrief(shift), status: shift.status, centerId: shift.centerId, eventId: shift.eventId }, data: rows.map(toRowDto) };
  }

  async mark(actor: AuthUser, shiftId: string, dto: MarkAttendanceDto, locale: Locale, now: Date): Promise<{ results: MarkResultDto[] }> {
    const shift = await this.repo.shiftInScope(shiftId, staffScopeOf(actor));
    if (!shift) throw ApiProblem.notFound();
    if (!dto.allPresent && !dto.marks?.length) throw ApiProblem.validation([{ field: 'marks', code: 'marksOrAll' }]);
    const rows = await this.repo.roster({ shiftId });
    const byId = new Map(rows.map((r) => [r.assignmentId, r]));
    const marks: MarkDto[] = dto.allPresent
      ? rows.filter((r) => r.assignmentStatus === 'assigned' && !r.attendance).map((r) => ({ assignmentId: r.assignmentId, mark: 'present' as const }))
      : dto.marks!;
    // Bad input changes nothing: every mark is checked before the first is recorded.
    const errors: FieldError[] = [];
    marks.forEach((m, i) => {
      if (!byId.has(m.assignmentId)) errors.push({ field: `marks.${i}.assignmentId`, code: 'unknown' });
      if (m.mark === 'late') {
        if (!m.at) errors.push({ field: `marks.${i}.at`, code: 'isNotEmpty' });
        else if (Date.parse(m.at) <= shift.startsAt.getTime() || Date.parse(m.at) >= shift.endsAt.getTime()) errors.push({ field: `marks.${i}.at`, code: 'lateAtOutside' });
      }
    });
    if (errors.length) throw ApiProblem.validation(errors);
    const results: MarkResultDto[] = [];
    for (const m of marks) {
      try {
        const row = byId.get(m.assignmentId)!;
        const done = await this.repo.transaction((em) => this.markOne(em, actor, shift, row, m, now));
        results.push({ assignmentId: m.assignmentId, ok: true, ...done });
      } catch (err) {
        if (!(err instanceof AttendanceRefusal)) throw err;
        results.push({ assignmentId: m.assignmentId, ok: false, error: { code: err.refusal, message: err.sentence(locale) } });
      }
    }
    return { results };
  }

  private async markOne(em: EntityManager, actor: AuthUser, shift: ShiftFacts, row: RosterRow, m: MarkDto, now: Date): Promise<{ result: MarkResult; attendance: AttendanceDto | null }> {
    if (shift.status === 'cancelled') throw new AttendanceRefusal('SHIFT_CANCELLED');
    const place = placeOfRow(shift);
    const status = await this.repo.lockAssignment(em, row.assignmentId);
    const existing = await this.repo.attendanceByAssignment(em, row.assignmentId);
    if (m.mark === 'absent') {
      if (now < shift.startsAt) throw new AttendanceRefusal('NOT_STARTED');
      if (existing) throw new AttendanceRefusal('ALREADY_ATTENDED');
      if (status === 'no_show') return { result: 'no_show', attendance: null };
      if (status !== 'assigned') throw new AttendanceRefusal('NOT_ASSIGNED');
      await this.noShows.markNoShow(em, row.assignmentId, row.volunteerId, place);
      return { result: 'no_show', attendance: null };
    }
    if (status === 'no_show') throw new AttendanceRefusal('IS_NO_SHOW');
    if (status !== 'assigned' && status !== 'completed') throw new AttendanceRefusal('NOT_ASSIGNED');
    const { policy } = await this.repo.policy(place, em);
    if (now.getTime() < shift.startsAt.getTime() - policy.checkInOpensMinutes * MIN) throw new AttendanceRefusal('NOT_STARTED');
    const over = now >= shift.endsAt;
    const closeAtEnd = async (record: NonNullable<typeof existing>) => {
      const closed = await this.checkIns.close(em, record, shift, shift.endsAt, { method: 'staff', autoClosed: false, lateSync: false, vouchedBy: actor.id, now });
      return { result: closed.result as MarkResult, attendance: toAttendanceDto(closed.record) };
    };
    if (existing) {
      if (!existing.checkOutAt && over) return closeAtEnd(existing);
      return { result: existing.checkOutAt ? 'already_out' : 'already_in', attendance: toAttendanceDto(existing) };
    }
    const at = m.mark === 'late' ? new Date(m.at!) : shift.startsAt;
    const d = checkInDecision(timesOf(shift), policy, at.getTime());
    const late = m.mark === 'late' && d.ok && d.late;
    const record = (await this.repo.insertAttendance(em, {
      volunteerId: row.volunteerId, assignmentId: row.assignmentId, shiftId: shift.id, centerId: shift.centerId, eventId: shift.eventId,
      workDate: bakuDateOf(at.getTime()), checkInAt: at, checkInMethod: 'staff', late, lateMinutes: late && d.ok ? d.lateMinutes : 0,
      lateSync: false, walkIn: false, kioskId: null, recordedBy: actor.id,
    }))!;
    if (over) return closeAtEnd(record);
    return { result: 'checked_in', attendance: toAttendanceDto(record) };
  }

  /** Who is in now, who is late (started + grace, no check-in), who is still expected today. */
  async now(actor: AuthUser, q: PlaceQueryDto, now: Date): Promise<{ serverTime: string; place: { kind: Place['kind']; id: string; name: LocalizedText }; in: PresenceDto[]; late: PresenceDto[]; expected: PresenceDto[] }> {
    const place = placeOfDto(q);
    const scope = staffScopeOf(actor);
    if (!inScope(place.kind === 'center' ? scope.centers : scope.events, place.id)) throw ApiProblem.notFound();
    const name = await this.repo.placeName(place);
    if (!name) throw ApiProblem.notFound();
    const { policy } = await this.repo.policy(place);
    const dayStart = bakuMidnightMs(bakuDateOf(now.getTime()));
    // Yesterday's evening shifts may still be open after midnight: look back 12 hours before the day.
    const rows = await this.repo.roster({ place, from: new Date(dayStart - 12 * 3_600_000), to: new Date(dayStart + 86_400_000) });
    const walkIns = await this.repo.walkIns(place, new Date(dayStart - 12 * 3_600_000), new Date(dayStart + 86_400_000));
    const t = now.getTime();
    const presence = (r: RosterRow): PresenceDto => ({
      assignmentId: r.assignmentId, volunteerId: r.volunteerId, fullName: r.fullName, shift: toShiftBrief(r.shift), checkInAt: r.attendance ? baku(r.attendance.checkInAt) : null,
      late: r.attendance?.late ?? false, lateMinutes: r.attendance?.lateMinutes ?? 0, walkIn: false,
    });
    const waiting = rows.filter((r) => r.assignmentStatus === 'assigned' && !r.attendance && r.shift.endsAt.getTime() > t);
    return {
      serverTime: baku(now),
      place: { ...place, name },
      in: [
        ...rows.filter((r) => r.attendance && !r.attendance.checkOutAt).map(presence),
        ...walkIns.filter((w) => !w.checkOutAt).map((w): PresenceDto => ({
          assignmentId: null, volunteerId: w.volunteerId, fullName: w.fullName, shift: null, checkInAt: baku(w.checkInAt), late: false, lateMinutes: 0, walkIn: true,
        })),
      ],
      late: waiting.filter((r) => t > r.shift.startsAt.getTime() + policy.lateGraceMinutes * MIN).map((r) => ({
        ...presence(r), lateMinutes: Math.floor((t - r.shift.startsAt.getTime()) / MIN), late: true,
      })),
      expected: waiting.filter((r) => t <= r.shift.startsAt.getTime() + policy.lateGraceMinutes * MIN && r.shift.startsAt.getTime() >= dayStart).map(presence),
    };
  }

  /** A wrong no-show becomes attended: the presence is recorded by staff (given times or the shift's), minutes go to the ledger. */
  async correctNoShow(actor: AuthUser, assignmentId: string, dto: NoShowCorrectionDto, now: Date): Promise<{ assignmentId: string; status: 'completed'; attendance: AttendanceDto; minutes: number }> {
    const inAt = dto.checkInAt ? new Date(dto.checkInAt) : null;
    const outAt = dto.checkOutAt ? new Date(dto.checkOutAt) : null;
    const answer = await this.repo.transaction(async (em) => {
      const a = await this.repo.assignmentInScope(em, assignmentId, staffScopeOf(actor));
      if (!a) throw ApiProblem.notFound();
      const checkInAt = inAt ?? a.shift.startsAt;
      const checkOutAt = outAt ?? a.shift.endsAt;
      if (checkOutAt <= checkInAt) throw ApiProblem.validation([{ field: dto.checkOutAt ? 'checkOutAt' : 'checkInAt', code: 'checkOutBeforeIn' }]);
      if (a.assignmentStatus !== 'no_show') throw new AttendanceRefusal('NOT_NO_SHOW');
      const place = placeOfRow(a.shift);
      const { policy } = await this.repo.policy(place, em);
      await this.repo.moveAssignment(em, a.assignmentId, ['no_show'], 'assigned');
      const d = checkInDecision({ ...timesOf(a.shift), cancelled: false }, policy, checkInAt.getTime());
      const late = d.ok && d.late;
      const record = await this.repo.insertAttendance(em, {
        volunteerId: a.volunteerId, assignmentId: a.assignmentId, shiftId: a.shift.id, centerId: a.shift.centerId, eventId: a.shift.eventId,
        workDate: bakuDateOf(checkInAt.getTime()), checkInAt, checkInMethod: 'staff', late, lateMinutes: late && d.ok ? d.lateMinutes : 0,
        lateSync: false, walkIn: false, kioskId: null, recordedBy: actor.id,
      });
      if (!record) throw new AttendanceRefusal('ALREADY_ATTENDED');
      const closed = await this.checkIns.close(em, record, a.shift, checkOutAt, { method: 'staff', autoClosed: false, lateSync: false, vouchedBy: actor.id, now });
      await this.noShows.unmarkNoShow(em, a.volunteerId, place);
      return { assignmentId: a.assignmentId, status: 'completed' as const, attendance: toAttendanceDto(closed.record), minutes: closed.minutes ?? 0 };
    });
    await this.audit.record({ actor, action: 'assignment.noShowCorrected', entity: 'assignment', entityId: assignmentId, details: { reason: dto.reason, minutes: answer.minutes } });
    return answer;
  }

  /** Who is blocked from self sign-up by no-shows at a place of the caller's (home center or a no-show there); another place is a 404. */
  async blocked(actor: AuthUser, q: PlaceQueryDto): Promise<{ data: BlockedDto[]; total: number }> {
    const place = placeOfDto(q);
    const scope = staffScopeOf(actor);
    if (!inScope(place.kind === 'center' ? scope.centers : scope.events, place.id)) throw ApiProblem.notFound();
    const rows = await this.repo.blocked(place, scope);
    return { data: rows.map(toBlockedDto), total: rows.length };
  }

  /** Lifts the no-show block: self sign-up allowed again and the count starts over (eligibility blocks at count ≥ limit). */
  async clearBlock(actor: AuthUser, volunteerId: string, reason: string): Promise<{ volunteerId: string; signupBlocked: false; noShowCount: 0 }> {
    if (!(await this.repo.volunteerInScope(volunteerId, staffScopeOf(actor)))) throw ApiProblem.notFound();
    const before = await this.repo.transaction(async (em) => {
      const v = await this.repo.volunteer(volunteerId, em, true);
      if (!v) throw ApiProblem.notFound();
      await this.repo.setSignupBlock(em, volunteerId, false, true);
      if (v.signupBlocked) await this.notifier.signupUnblocked(em, v);
      return { signupBlocked: v.signupBlocked, noShowCount: v.noShowCount };
    });
    await this.audit.record({ actor, action: 'volunteer.noShowBlockCleared', entity: 'volunteer', entityId: volunteerId, details: { reason, ...before } });
    return { volunteerId, signupBlocked: false, noShowCount: 0 };
  }
}

function toRowDto(r: RosterRow): ShiftAttendanceRowDto {
  return { assignmentId: r.assignmentId, volunteerId: r.volunteerId, fullName: r.fullName, status: r.assignmentStatus, attendance: r.attendance ? toAttendanceDto(r.attendance) : null };
}

function toBlockedDto(r: BlockedRow): BlockedDto {
  return {
    volunteerId: r.volunteerId, fullName: r.fullName, noShowCount: r.noShowCount, homeCenterId: r.homeCenterId,
    noShows: r.noShows.map((n) => ({ assignmentId: n.assignmentId, startsAt: baku(n.startsAt), endsAt: baku(n.endsAt), positionName: n.positionName, placeName: n.placeName })),
  };
}
