import { Injectable } from '@nestjs/common';
import type { Locale } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import type { Page } from '../common/http/list-query.dto';
import { translate } from '../common/i18n/messages';
import { AssignmentsRepository } from './assignments.repository';
import { reasonsBesidesFull, RosteringEligibilityService } from './rostering-eligibility.service';
import { toShiftDto, type ShiftDto } from './rostering.mapper';
import type { SwapStatus } from './rostering.types';
import { ShiftsRepository } from './shifts.repository';
import { SignupService } from './signup.service';

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
          const blocking = reasonsBesidesFull(this.eligibility.check(facts, shift, policy, 'self', now));
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

  /** Swaps waiting for approval at the coordinator's centers (all for an admin), with the shift and both names. */
  async pending(actor: AuthUser): Promise<Page<PendingSwapDto>> {
    const rows = await this.assignments.pendingSwaps(actor.roles.includes('admin') ? 'all' : actor.centerIds);
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
