import { Injectable } from '@nestjs/common';
import { addDays, bakuMidnightMs, canCancel, cancellationCutoffAt, isIsoDate, signupOpensAt, type Locale } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import type { Page } from '../common/http/list-query.dto';
import { AssignmentsRepository } from './assignments.repository';
import type { OpenShiftsQueryDto } from './dto/rostering.dto';
import { RosteringEligibilityService } from './rostering-eligibility.service';
import { baku, toPositionDto, toShiftDto, type PositionDto, type ShiftDto } from './rostering.mapper';
import { ShiftsRepository } from './shifts.repository';
import { SignupService } from './signup.service';
import type { SwapStatus } from './rostering.types';

export interface Reason {
  code: string;
  message: string;
}

export interface OpenShiftDto extends ShiftDto {
  eligible: boolean;
  /** The first reason (the one to show next to the disabled button) and all of them. */
  reason: Reason | null;
  reasons: Reason[];
  /** Full but otherwise eligible: the volunteer may join the waitlist. */
  canWaitlist: boolean;
  mine: { assignmentId: string; status: string } | null;
  signupOpensAt: string | null;
}

export interface MyShiftDto extends ShiftDto {
  assignmentId: string;
  assignmentStatus: string;
  canCancel: boolean;
  cancelReason: string | null;
  cancellationCutoffAt: string | null;
  swapOfferId: string | null;
  /** open (nobody took it yet) or pending_approval (a colleague took it, the coordinator or organiser decides). */
  swapOfferStatus: SwapStatus | null;
}

/** The volunteer's pages: "My shifts" and "Open shifts I can take", with the reason when not eligible. */
@Injectable()
export class VolunteerShiftsService {
  constructor(
    private readonly shifts: ShiftsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly eligibility: RosteringEligibilityService,
    private readonly signup: SignupService,
  ) {}

  async myShifts(user: AuthUser, when: 'upcoming' | 'past', locale: Locale, now = new Date()): Promise<Page<MyShiftDto>> {
    const volunteer = await this.signup.volunteerOf(user);
    const rows = await this.assignments.mine(volunteer.id, when, now);
    const out: MyShiftDto[] = [];
    for (const r of rows) {
      const shift = await this.shifts.findShift(r.shiftId, 'any');
      if (!shift) continue;
      const window = { startsAt: baku(shift.startsAt), endsAt: baku(shift.endsAt), cancellationCutoffHours: shift.cancellationCutoffHours };
      const verdict = canCancel({ shift: window, now: baku(now), mode: 'self' });
      out.push({
        ...toShiftDto(shift), assignmentId: r.assignmentId, assignmentStatus: r.status, swapOfferId: r.swapOfferId, swapOfferStatus: r.swapOfferStatus,
        canCancel: r.status === 'waitlisted' || verdict.allowed,
        cancelReason: verdict.allowed || r.status === 'waitlisted' ? null : this.eligibility.describe(verdict.reasons, locale)[0].message,
        cancellationCutoffAt: cancellationCutoffAt(window),
      });
    }
    return { data: out, total: out.length };
  }

  async openShifts(user: AuthUser, q: OpenShiftsQueryDto, locale: Locale, now = new Date()): Promise<Page<OpenShiftDto>> {
    const volunteer = await this.signup.volunteerOf(user);
    const day = q.date && isIsoDate(q.date) ? q.date : null;
    const from = day ? new Date(Math.max(bakuMidnightMs(day), now.getTime())) : now;
    const to = day ? new Date(bakuMidnightMs(addDays(day, 1))) : undefined;
    const [rows, total] = await this.shifts.listOpenShifts({ centerId: q.centerId, positionId: q.positionId, from, to }, { skip: (q.page - 1) * q.perPage, take: q.perPage });
    if (!rows.length) return { data: [], total };
    const first = rows[0].startsAt;
    const last = rows.reduce((m, r) => (r.endsAt > m ? r.endsAt : m), rows[0].endsAt);
    const [facts, mine, policies] = await Promise.all([
      this.eligibility.facts(volunteer, first, last),
      this.assignments.liveStatuses(volunteer.id, rows.map((r) => r.id)),
      this.policies(rows.map((r) => ({ centerId: r.centerId, eventId: r.eventId }))),
    ]);
    const data = rows.map((shift): OpenShiftDto => {
      const own = mine.get(shift.id) ?? null;
      const result = this.eligibility.check(facts, shift, policies.get(shift.centerId ?? shift.eventId ?? '') ?? null, 'self', now);
      // "Full" comes last: when something else also stands in the way, that is what the volunteer must read
      // (the waitlist would refuse it too).
      const reasons = result.eligible ? [] : this.eligibility.describe([...result.reasons].sort((a, b) => Number(a.code === 'FULL') - Number(b.code === 'FULL')), locale);
      const opens = signupOpensAt({ startsAt: baku(shift.startsAt), signupOpensDaysBefore: shift.signupOpensDaysBefore });
      return {
        ...toShiftDto(shift),
        eligible: result.eligible && !own,
        reason: reasons[0] ?? null,
        reasons,
        canWaitlist: !own && !result.eligible && result.reasons.every((r) => r.code === 'FULL'),
        mine: own ? { assignmentId: own.id, status: own.status } : null,
        signupOpensAt: opens,
      };
    });
    return { data, total };
  }

  /** The centers with open shifts from now on, for the "Open shifts" center filter (volunteers cannot list /centers). */
  async openShiftCenters(now = new Date()): Promise<{ data: { id: string; name: { az: string; en: string; ru: string } }[] }> {
    const rows = await this.shifts.openShiftCenters(now);
    return { data: rows.map((c) => ({ id: c.id, name: { az: c.nameAz, en: c.nameEn, ru: c.nameRu } })) };
  }

  async positions(filter: { centerId?: string; eventId?: string }): Promise<PositionDto[]> {
    return (await this.shifts.listPositionsOf(filter)).map(toPositionDto);
  }

  private async policies(owners: { centerId: string | null; eventId: string | null }[]) {
    const map = new Map<string, Awaited<ReturnType<ShiftsRepository['policyFor']>>>();
    for (const o of owners) {
      const key = o.centerId ?? o.eventId ?? '';
      if (!map.has(key)) map.set(key, await this.shifts.policyFor(o));
    }
    return map;
  }
}
