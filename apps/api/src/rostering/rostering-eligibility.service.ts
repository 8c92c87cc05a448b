import { Injectable } from '@nestjs/common';
import {
  checkEligibility, describeIneligibility, toBakuIso, type EligibilityMode, type EligibilityResult, type ExistingAssignment,
  type IneligibilityReason, type Locale, type ShiftPolicy,
} from '@dost/domain';
import type { EntityManager } from 'typeorm';
import type { VolunteerEntity } from '../people/entities/volunteer.entity';
import type { VolunteerQualificationEntity } from '../people/entities/volunteer-qualification.entity';
import { AssignmentsRepository, type BusyShift } from './assignments.repository';
import type { ShiftPolicyEntity } from './entities/shift-policy.entity';
import type { ShiftEntity } from './entities/shift.entity';

const DAY_MS = 86_400_000;

/** What the domain's eligibility needs about one volunteer, loaded once and reused for many shifts. */
export interface VolunteerFacts {
  volunteer: VolunteerEntity;
  qualifications: VolunteerQualificationEntity[];
  busy: BusyShift[];
}

/** Adapts database rows to @dost/domain's checkEligibility — the single source of truth — and renders its reasons. */
@Injectable()
export class RosteringEligibilityService {
  constructor(private readonly assignments: AssignmentsRepository) {}

  /** Loads a volunteer's facts for shifts within [from, to) (± 8 days for the weekly cap and rest). */
  async facts(volunteer: VolunteerEntity, from: Date, to: Date, em?: EntityManager): Promise<VolunteerFacts> {
    // One after the other: inside a transaction both go through the same connection.
    const qualifications = await this.assignments.qualifications([volunteer.id], em);
    const busy = await this.assignments.busyShifts([volunteer.id], new Date(from.getTime() - 8 * DAY_MS), new Date(to.getTime() + 8 * DAY_MS), em);
    return { volunteer, qualifications, busy: busy.get(volunteer.id) ?? [] };
  }

  check(facts: VolunteerFacts, shift: ShiftEntity, policy: ShiftPolicyEntity | null, mode: EligibilityMode, now: Date): EligibilityResult {
    const v = facts.volunteer;
    const requirements = shift.position.requirements ?? {};
    // Unknown birth date: only a position with an age limit cares, and then the person must prove it.
    const birthDate = v.birthDate ?? (requirements.minAge != null ? toBakuIso(now.getTime()).slice(0, 10) : '1900-01-01');
    const assignments: ExistingAssignment[] = facts.busy
      .filter((b) => b.shiftId !== shift.id)
      .map((b) => ({ shiftId: b.shiftId, startsAt: toBakuIso(b.startsAt.getTime()), endsAt: toBakuIso(b.endsAt.getTime()), placeName: { az: b.placeAz, en: b.placeEn, ru: b.placeRu } }));
    return checkEligibility({
      volunteer: {
        status: v.status,
        birthDate,
        languages: v.languages ?? [],
        qualifications: facts.qualifications.map((q) => ({ code: q.code, expiresOn: q.validUntil })),
        approvedMinutes: v.approvedMinutes,
        noShowCount: v.noShowCount,
        blocked: v.signupBlocked,
      },
      shift: {
        id: shift.id,
        startsAt: toBakuIso(shift.startsAt.getTime()),
        endsAt: toBakuIso(shift.endsAt.getTime()),
        slots: shift.slots,
        assignedCount: shift.assignedCount,
        requirements,
        signupOpensDaysBefore: shift.signupOpensDaysBefore,
      },
      assignments,
      policy: toPolicy(policy),
      now: toBakuIso(now.getTime()),
      mode,
    });
  }

  describe(reasons: readonly IneligibilityReason[], locale: Locale, audience: 'volunteer' | 'staff' = 'volunteer'): { code: string; message: string; overridable: boolean }[] {
    return reasons.map((r) => ({ code: r.code, message: describeIneligibility(r, locale, { audience }), overridable: r.overridable }));
  }
}

export function toPolicy(p: ShiftPolicyEntity | null): ShiftPolicy {
  return {
    weeklyCapMinutes: p?.weeklyCapMinutes ?? null,
    minRestMinutes: p?.minRestMinutes ?? null,
    maxShiftsPerDay: p?.maxShiftsPerDay ?? null,
    noShowLimit: p?.noShowLimit ?? null,
  };
}

/** The reasons that still stand once the shift's fullness is set aside (waitlist, promotion). */
export function reasonsBesidesFull(result: EligibilityResult): readonly IneligibilityReason[] {
  return result.eligible ? [] : result.reasons.filter((r) => r.code !== 'FULL' && !r.overridable);
}
