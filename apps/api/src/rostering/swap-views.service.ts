import { Injectable } from '@nestjs/common';
import type { Locale } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import type { Page } from '../common/http/list-query.dto';
import { ApiProblem } from '../common/http/api-problem';
import { translate } from '../common/i18n/messages';
import { AssignmentsRepository } from './assignments.repository';
import { reasonsBesidesFull, RosteringEligibilityService } from './rostering-eligibility.service';
import { toShiftDto, type ShiftDto } from './rostering.mapper';
import type { SwapStatus } from './rostering.types';
import { ShiftsRepository } from './shifts.repository';
import { SignupService, staffScope } from './signup.service';

const DAY_MS = 86_400_000;
/** A home center's active volunteers, more than any center has; the list is a picker, not a report. */
const CANDIDATE_LIMIT = 500;

export interface Reason {
  code: string;
  message: string;
}

/** An offer the volunteer could take (status `open`) or has taken and waits for the coordinator (`pending_approval`). */
export interface SwapOfferForMeDto {
  id: string;
  shiftId: string;
  status: SwapStatus;
  /** Offered to me by name (true) or to the open pool (false). */
  direct: boolean;
  shift: ShiftDto;
  /** Whether taking it now would pass (the same check as POST /swaps/:id/take; a full shift is no obstacle). */
  eligible: boolean;
  reason: Reason | null;
  /** The center or event asks a coordinator to approve swaps. */
  needsApproval: boolean;
}

/** A colleague a volunteer may offer one shift to: a name and an id, nothing more (no e-mail or phone). */
export interface SwapCandidateDto {
  volunteerId: string;
  fullName: string;
}

export interface PendingSwapDto {
  id: string;
  shiftId: string;
  fromVolunteerId: string;
  takenByVolunteerId: string;
  fromName: string;
  takerName: string;
  shift: ShiftDto;
}

/**
 * The read side of swaps with the shift's details: the volunteer's "offers open to me" and the
 * coordinator's pending approvals. The writes (offer, take, decide) stay in SignupService.
 */
@Injectable()
export class SwapViewsService {
  constructor(
    private readonly shifts: ShiftsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly eligibility: RosteringEligibilityService,
    private readonly signup: SignupService,
  ) {}

  async openToMe(user: AuthUser, locale: Locale, now = new Date()): Promise<Page<SwapOfferForMeDto>> {
    const volunteer = await this.signup.volunteerOf(user);
    const rows = [
      ...(await this.assignments.swapsOpenTo(volunteer.id, now)),
      ...(await this.assignments.swapsTakenBy(volunteer.id, now)),
    ];
    const data: SwapOfferForMeDto[] = [];
    for (const row of rows) {
      const shift = await this.shifts.findShift(row.shiftId, 'any');
      if (!shift) continue;
      const policy = await this.shifts.policyFor(shift);
      let reason: Reason | null = null;
      if (row.status === 'open') {
        const live = await this.assignments.liveStatuses(volunteer.id, [shift.id]);
        if (live.size) {
          reason = { code: 'ALREADY_ON_SHIFT', message: translate(locale, 'rostering.already') ?? '' };
        } else {
          const facts = await this.eligibility.facts(volunteer, shift.startsAt, shift.endsAt);
          const blocking = reasonsBesidesFull(this.eligibility.check(facts, shift, policy, 'self', now, await this.eligibility.poolContext([shift])));
          reason = blocking.length ? this.eligibility.describe([blocking[0]], locale)[0] : null;
        }
      }
      data.push({
        id: row.id, shiftId: row.shiftId, status: row.status, direct: row.direct, shift: toShiftDto(shift),
        eligible: row.status === 'open' && !reason, reason: reason && { code: reason.code, message: reason.message }, needsApproval: !!policy?.swapNeedsApproval,
      });
    }
    data.sort((a, b) => a.shift.startsAt.localeCompare(b.shift.startsAt));
    return { data, total: data.length };
  }

  /**
   * Colleagues the volunteer may offer this assignment to: active volunteers of the same home center,
   * not already on the shift, who would pass the taker's check (POST /swaps/:id/take) right now.
   * A volunteer without a home center has no colleagues to pick and offers to the open pool.
   */
  async swapCandidates(user: AuthUser, assignmentId: string, now = new Date()): Promise<Page<SwapCandidateDto>> {
    const volunteer = await this.signup.volunteerOf(user);
    const a = await this.assignments.findAssignment(assignmentId);
    if (!a || a.volunteerId !== volunteer.id) throw ApiProblem.notFound();
    const shift = await this.shifts.findShift(a.shiftId, 'any');
    if (!shift || a.status !== 'assigned' || shift.status !== 'published' || shift.startsAt <= now || !volunteer.homeCenterId) return { data: [], total: 0 };
    const colleagues = (await this.assignments.activeVolunteers({ homeCenterIds: [volunteer.homeCenterId], limit: CANDIDATE_LIMIT })).filter((v) => v.id !== volunteer.id);
    const ids = colleagues.map((v) => v.id);
    const [policy, quals, busy, live, preferred, pool] = await Promise.all([
      this.shifts.policyFor(shift),
      this.assignments.qualifications(ids),
      this.assignments.busyShifts(ids, new Date(shift.startsAt.getTime() - 8 * DAY_MS), new Date(shift.endsAt.getTime() + 8 * DAY_MS)),
      this.assignments.people([shift.id], ['assigned', 'waitlisted']),
      this.eligibility.preferredCenters(ids),
      this.eligibility.poolContext([shift]),
    ]);
    const onShift = new Set(live.map((p) => p.volunteerId));
    const data = colleagues
      .filter((v) => !onShift.has(v.id))
      // The slot moves with the swap, so a full shift is no obstacle (as in takeSwap).
      .filter((v) => !reasonsBesidesFull(this.eligibility.check({ volunteer: v, qualifications: quals.filter((q) => q.volunteerId === v.id), busy: busy.get(v.id) ?? [], preferredCenterIds: preferred.get(v.id) ?? [] }, shift, policy, 'self', now, pool)).length)
      .map((v) => ({ volunteerId: v.id, fullName: v.fullName }));
    return { data, total: data.length };
  }

  /**
   * Swaps waiting for approval at the coordinator's centers or the organiser's events (all for an admin),
   * with the shift and both names.
   */
  async pending(actor: AuthUser): Promise<Page<PendingSwapDto>> {
    const rows = await this.assignments.pendingSwaps(staffScope(actor));
    const data: PendingSwapDto[] = [];
    for (const row of rows) {
      const [shift, giver, taker] = await Promise.all([
        this.shifts.findShift(row.shiftId, 'any'), this.assignments.volunteer(row.fromVolunteerId), this.assignments.volunteer(row.takenByVolunteerId),
      ]);
      if (!shift) continue;
      data.push({ ...row, fromName: giver?.fullName ?? '', takerName: taker?.fullName ?? '', shift: toShiftDto(shift) });
    }
    return { data, total: data.length };
  }
}
