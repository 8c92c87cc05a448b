import { Injectable } from '@nestjs/common';
import { addDays, bakuMidnightMs, canCancel, cancellationCutoffAt, isIsoDate, signupOpensAt, type Locale } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import type { Page } from '../common/http/list-query.dto';
import { AssignmentsRepository } from './assignments.repository';
import type { OpenShiftsQueryDto } from './dto/rostering.dto';
import { RosteringEligibilityService } from './rostering-eligibility.service';
import { baku, toPositionDto, toShiftDto, type PositionDto, type ShiftDto } from './rostering.mapper';
import { rosteringProblems } from './rostering.errors';
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
  /** The volunteer's own assignment; waitlistPosition is their place in the queue (1 = next) while waitlisted. */
  mine: { assignmentId: string; status: string; waitlistPosition: number | null } | null;
  signupOpensAt: string | null;
  /** What the shift mail says too: the center's address or the event's venue, the shift's notes (duties) and the center's phone. */
  address: string | null;
  duties: string | null;
  contact: string | null;
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

  /**
   * A hot path (issue 17, ≤ 5 statements with authentication): the volunteer, the page with its total
   * (window count), and every eligibility fact for the page's shifts in one statement.
   */
  async openShifts(user: AuthUser, q: OpenShiftsQueryDto, locale: Locale, now = new Date()): Promise<Page<OpenShiftDto>> {
    const volunteer = await this.assignments.hotVolunteerByUser(user.id);
    if (!volunteer) throw rosteringProblems.notVolunteer();
    const day = q.date && isIsoDate(q.date) ? q.date : null;
    const from = day ? new Date(Math.max(bakuMidnightMs(day), now.getTime())) : now;
    const to = day ? new Date(bakuMidnightMs(addDays(day, 1))) : undefined;
    // The console asks for the personal list first (issue 19, docs/rostering.md): centers=mine (home and preferred
    // centers; a chosen center or position is explicit and wins) and show=open (open for sign-up now, not full).
    const [rows, total] = await this.shifts.listOpenShifts(
      {
        centerId: q.centerId, positionId: q.positionId, from, to,
        ownCentersOf: q.centers === 'mine' && !q.centerId && !q.positionId ? volunteer.id : undefined,
        openNowFor: q.show === 'open' ? { volunteerId: volunteer.id, now } : undefined,
      },
      { skip: (q.page - 1) * q.perPage, take: q.perPage },
    );
    if (!rows.length) return { data: [], total };
    const { facts, live: mine, policyOf, pool } = await this.eligibility.bundle(volunteer, rows);
    const data = rows.map((shift): OpenShiftDto => {
      const own = mine.get(shift.id) ?? null;
      const result = this.eligibility.check(facts, shift, policyOf(shift), 'self', now, pool);
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
        mine: own ? { assignmentId: own.id, status: own.status, waitlistPosition: own.waitlistPosition } : null,
        signupOpensAt: opens,
        address: shift.center?.address ?? shift.event?.venue ?? null,
        duties: shift.notes ?? null,
        contact: shift.center?.phone ?? null,
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
}
