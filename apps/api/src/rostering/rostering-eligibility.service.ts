import { Injectable } from '@nestjs/common';
import {
  checkEligibility, describeIneligibility, staffingPoolVerdict, toBakuIso, type PoolVerdict, type EligibilityMode, type EligibilityResult, type ExistingAssignment,
  type IneligibilityReason, type Locale, type ShiftPolicy,
} from '@dost/domain';
import type { EntityManager } from 'typeorm';
import type { VolunteerEntity } from '../people/entities/volunteer.entity';
import type { VolunteerQualificationEntity } from '../people/entities/volunteer-qualification.entity';
import { AssignmentsRepository, type BusyShift, type HotVolunteer, type PolicyRow } from './assignments.repository';
import type { ShiftPolicyEntity } from './entities/shift-policy.entity';
import type { ShiftEntity } from './entities/shift.entity';
import { placeOf, regionsOf, StaffingPoolRepository, type StaffingArea } from './staffing-pool.repository';
import { qualificationNameFor } from '../qualifications/qualification-names';

const DAY_MS = 86_400_000;

/** What the domain's eligibility needs about one volunteer, loaded once and reused for many shifts. */
export interface VolunteerFacts {
  volunteer: HotVolunteer;
  qualifications: Pick<VolunteerQualificationEntity, 'code' | 'validUntil'>[];
  busy: BusyShift[];
  /** Centers the volunteer chose besides the home center: with it, the places whose pool they are in. */
  preferredCenterIds: string[];
}

/** Centers' regions and events' chosen areas: loaded once per request, for every shift checked. */
export interface PoolContext {
  regions: Map<string, string>;
  areas: Map<string, StaffingArea>;
}

/** Adapts database rows to @dost/domain's checkEligibility — the single source of truth — and renders its reasons. */
@Injectable()
export class RosteringEligibilityService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly pools: StaffingPoolRepository,
  ) {}

  /** What the pool rule needs about these shifts' places. */
  async poolContext(shifts: readonly { eventId: string | null }[], em?: EntityManager): Promise<PoolContext> {
    const regions = await this.pools.centerRegions(em);
    const areas = await this.pools.eventAreas(shifts.map((s) => s.eventId).filter((e): e is string => !!e), em);
    return { regions, areas };
  }

  preferredCenters(volunteerIds: readonly string[], em?: EntityManager): Promise<Map<string, string[]>> {
    return this.pools.preferredCenters(volunteerIds, em);
  }

  /** The one rule of who may staff where (@dost/domain `staffingPoolVerdict`), for one volunteer and shift. */
  poolVerdict(volunteer: { homeCenterId: string | null }, preferredCenterIds: readonly string[], shift: { centerId: string | null; eventId: string | null }, pool: PoolContext): PoolVerdict {
    return staffingPoolVerdict({ homeCenterId: volunteer.homeCenterId, preferredCenterIds }, placeOf(shift, pool.areas), (c) => pool.regions.get(c) ?? null);
  }

  /** Loads a volunteer's facts for shifts within [from, to) (± 8 days for the weekly cap and rest). */
  async facts(volunteer: VolunteerEntity, from: Date, to: Date, em?: EntityManager): Promise<VolunteerFacts> {
    // One after the other: inside a transaction both go through the same connection.
    const qualifications = await this.assignments.qualifications([volunteer.id], em);
    const busy = await this.assignments.busyShifts([volunteer.id], new Date(from.getTime() - 8 * DAY_MS), new Date(to.getTime() + 8 * DAY_MS), em);
    const preferred = await this.pools.preferredCenters([volunteer.id], em);
    return { volunteer, qualifications, busy: busy.get(volunteer.id) ?? [], preferredCenterIds: preferred.get(volunteer.id) ?? [] };
  }

  /**
   * The hot paths' load (issue 17): the facts for one volunteer and these shifts, their live assignments,
   * the places' policies and the pool context — one statement (AssignmentsRepository.eligibilityBundle)
   * instead of one per kind. The window is widened by ± 8 days as in `facts`.
   */
  async bundle(
    volunteer: HotVolunteer,
    shifts: readonly { id: string; centerId: string | null; eventId: string | null; startsAt: Date; endsAt: Date }[],
    em?: EntityManager,
  ): Promise<{ facts: VolunteerFacts; live: Map<string, { id: string; status: string; waitlistPosition: number | null }>; policyOf: (shift: { centerId: string | null; eventId: string | null }) => PolicyRow | null; pool: PoolContext }> {
    const from = Math.min(...shifts.map((s) => s.startsAt.getTime()));
    const to = Math.max(...shifts.map((s) => s.endsAt.getTime()));
    const b = await this.assignments.eligibilityBundle(volunteer.id, { from: new Date(from - 8 * DAY_MS), to: new Date(to + 8 * DAY_MS) }, shifts, em);
    const policies = new Map(b.policies.map((p) => [p.centerId ?? p.eventId ?? '', p]));
    return {
      facts: { volunteer, qualifications: b.qualifications, busy: b.busy, preferredCenterIds: b.preferredCenterIds },
      live: new Map(b.live.map((l) => [l.shiftId, { id: l.id, status: l.status, waitlistPosition: l.waitlistPosition ?? null }])),
      // As ShiftsRepository.policyFor: a center's policy for a center's shift, else the event's.
      policyOf: (shift) => (shift.centerId ? policies.get(shift.centerId) : policies.get(shift.eventId ?? '')) ?? null,
      pool: { regions: regionsOf(b.centers), areas: new Map(b.areas.map((a) => [a.eventId, { regions: a.regions ?? [], centerIds: a.centerIds ?? [] }])) },
    };
  }

  /** `pool`: the staffing-pool rule applies to every check (sign-up, assignment, candidates, auto-fill, swaps). */
  check(facts: VolunteerFacts, shift: ShiftEntity, policy: PolicyRow | ShiftPolicyEntity | null, mode: EligibilityMode, now: Date, pool: PoolContext): EligibilityResult {
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
      pool: this.poolVerdict(v, facts.preferredCenterIds, shift, pool),
    });
  }

  describe(reasons: readonly IneligibilityReason[], locale: Locale, audience: 'volunteer' | 'staff' = 'volunteer'): { code: string; message: string; overridable: boolean }[] {
    return reasons.map((r) => ({ code: r.code, message: describeIneligibility(r, locale, { audience, qualificationName: qualificationNameFor }), overridable: r.overridable }));
  }
}

export function toPolicy(p: PolicyRow | ShiftPolicyEntity | null): ShiftPolicy {
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
