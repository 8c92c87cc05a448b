import { ageOn } from '../../people/age.rules';
import { addDays, bakuInstant, daysBetween, instantMs, toBakuIso, type IsoDate, type IsoInstant } from '../../time';
import type { PositionRequirements, ShiftPolicy } from '../eligibility';
import type { RosterInterval, RosterProblem, RosterShift, RosterVolunteer } from '../engine';

/** A shift the auto-roster may fill (published, not started), with who is on it already. */
export interface AutoRosterShift {
  id: string;
  positionId: string;
  /** Center or event id: shifts of one site are one roster. */
  site: string;
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  slots: number;
  requirements: PositionRequirements;
  /** Volunteers assigned now: they stay (`fixed`) and count towards the slots. */
  assigned: readonly string[];
}

/** Half-days as the application form asks them: 'mon-am' … 'sun-pm'. */
export type AutoRosterHalfDay = `${'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'}-${'am' | 'pm'}`;

export interface AutoRosterVolunteer {
  id: string;
  birthDate: IsoDate | null;
  languages: readonly { language: string; level: string }[];
  qualifications: readonly { code: string; expiresOn: IsoDate | null }[];
  approvedMinutes: number;
  /** Shifts the volunteer works elsewhere (not among the roster's shifts) around the horizon. */
  busy: readonly { startsAt: IsoInstant; endsAt: IsoInstant }[];
  /** Weekly half-days the volunteer said they can come; empty = not known (any time). */
  availability: readonly string[];
}

export interface AutoRosterInput {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  shifts: readonly AutoRosterShift[];
  volunteers: readonly AutoRosterVolunteer[];
  policy: Pick<ShiftPolicy, 'weeklyCapMinutes' | 'minRestMinutes' | 'maxShiftsPerDay'>;
  timeLimitSeconds: number;
  seed: number;
}

/** Penalty per empty slot; spread of assigned minutes weighs far less, so filling always wins. */
export const AUTO_ROSTER_UNDER_WEIGHT = 100;
export const AUTO_ROSTER_FAIRNESS_WEIGHT = 0.01;

const NO_DAILY_LIMIT = 24;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
// A morning is until 13:00 in Baku — the boundary the centers' standing rosters use.
const NOON = '13:00';

/**
 * Turns what the database knows into the roster engine's problem. Rules that are the same for every
 * shift become the engine's hard rules; what only some positions ask (age, approved hours) closes those
 * positions to the volunteer (`maxShifts: 0`); work elsewhere and half-days the volunteer cannot come
 * become unavailable intervals — padded by the minimum rest, so rest holds across the roster's edge too.
 * The weekly cap becomes a cap over the horizon; every proposal is re-checked by the eligibility rule
 * before anyone sees it, so what the engine approximates is never what is applied.
 */
export function buildAutoRosterProblem(input: AutoRosterInput): RosterProblem {
  const days = daysBetween(input.from, input.to) + 1;
  const rest = input.policy.minRestMinutes ?? 0;
  const horizonStart = instantMs(bakuInstant(input.from, '00:00'));
  const horizonEnd = instantMs(bakuInstant(addDays(input.to, 1), '00:00'));
  const known = new Set(input.volunteers.map((v) => v.id));
  // People on a shift who are not in the pool (e.g. assigned from another center) keep their slot.
  const slotsFor = (s: AutoRosterShift) => Math.max(0, s.slots - s.assigned.filter((v) => !known.has(v)).length);
  const shifts: RosterShift[] = input.shifts.map((s) => ({
    id: s.id,
    position: s.positionId,
    site: s.site,
    start: s.startsAt,
    end: s.endsAt,
    demand: slotsFor(s),
    maxStaff: slotsFor(s),
    underWeight: AUTO_ROSTER_UNDER_WEIGHT,
    overWeight: 0,
    requires: {
      languages: (s.requirements.languages ?? []).map((l) => ({ code: l.language, minLevel: l.minLevel })),
      qualifications: [...(s.requirements.qualifications ?? [])],
    },
  }));
  const requirementsByPosition = new Map(input.shifts.map((s) => [s.positionId, s.requirements]));
  const fixedOf = new Map<string, string[]>();
  for (const s of input.shifts) for (const v of s.assigned) fixedOf.set(v, [...(fixedOf.get(v) ?? []), s.id]);

  const volunteers: RosterVolunteer[] = input.volunteers.map((v) => {
    const positions: Record<string, { maxShifts: number }> = {};
    for (const [positionId, req] of requirementsByPosition) {
      const tooYoung = req.minAge != null && (v.birthDate == null || ageOn(v.birthDate, input.from) < req.minAge);
      const tooNew = req.minApprovedMinutes != null && v.approvedMinutes < req.minApprovedMinutes;
      if (tooYoung || tooNew) positions[positionId] = { maxShifts: 0 };
    }
    const unavailable: RosterInterval[] = v.busy.map((b) => ({
      start: toBakuIso(instantMs(b.startsAt) - rest * 60_000),
      end: toBakuIso(instantMs(b.endsAt) + rest * 60_000),
    }));
    unavailable.push(...halfDaysOff(v.availability, input.from, days));
    const busyInHorizon = v.busy.reduce(
      (sum, b) => sum + Math.max(0, Math.min(instantMs(b.endsAt), horizonEnd) - Math.max(instantMs(b.startsAt), horizonStart)) / 60_000,
      0,
    );
    const cap = input.policy.weeklyCapMinutes;
    return {
      id: v.id,
      languages: v.languages.map((l) => ({ code: l.language, level: l.level })),
      // A qualification counts only when it stays valid to the end of the horizon.
      qualifications: v.qualifications.filter((q) => q.expiresOn == null || q.expiresOn >= input.to).map((q) => q.code),
      unavailable,
      positions,
      rules: {
        minRestMinutes: rest || undefined,
        // No policy means no limit, as for the eligibility rule (the engine's own default would be 1).
        maxShiftsPerDay: input.policy.maxShiftsPerDay ?? NO_DAILY_LIMIT,
        maxMinutes: cap == null ? undefined : Math.max(0, cap * Math.ceil(days / 7) - busyInHorizon),
      },
      fixed: fixedOf.get(v.id) ?? [],
    };
  });
  return {
    horizon: { start: input.from, days, timeZone: 'Asia/Baku' },
    shifts,
    volunteers,
    weights: { fairness: AUTO_ROSTER_FAIRNESS_WEIGHT },
    options: { timeLimitSeconds: input.timeLimitSeconds, seed: input.seed },
  };
}

function halfDaysOff(availability: readonly string[], from: IsoDate, days: number): RosterInterval[] {
  if (!availability.length) return [];
  const can = new Set(availability);
  const out: RosterInterval[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const weekday = WEEKDAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7];
    if (!can.has(`${weekday}-am`)) out.push({ start: bakuInstant(date, '00:00'), end: bakuInstant(date, NOON) });
    if (!can.has(`${weekday}-pm`)) out.push({ start: bakuInstant(date, NOON), end: bakuInstant(addDays(date, 1), '00:00') });
  }
  return out;
}
