import { ageOn, meetsCefr } from '../../people';
import { addDays, bakuDateOf, bakuMidnightMs, instantMs, mondayOf, toBakuIso, type IsoInstant } from '../../time';
import type {
  EligibilityInput,
  EligibilityMode,
  EligibilityResult,
  ExistingAssignment,
  IneligibilityCode,
  IneligibilityDetails,
  IneligibilityReason,
} from './eligibility.types';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The order reasons are listed in, and so which one a one-line UI shows. The reason first is the one
 * that would still stand longest, the one the volunteer can do least about: who they are (status,
 * block), then the clock, then what the position needs, then the shift being full (which may change:
 * waitlist), then their own schedule, and last the sign-up window that simply opens later.
 */
export const ELIGIBILITY_PRECEDENCE: readonly IneligibilityCode[] = [
  'NOT_ACTIVE',
  'BLOCKED_NO_SHOWS',
  'STARTED',
  'CUTOFF_PASSED',
  'TOO_YOUNG',
  'LANGUAGE_MISSING',
  'QUALIFICATION_MISSING',
  'HOURS_TOO_LOW',
  'OUTSIDE_POOL',
  'FULL',
  'COLLIDES',
  'REST_TOO_SHORT',
  'TOO_MANY_TODAY',
  'CAP_REACHED',
  'WINDOW_NOT_OPEN',
];

/**
 * What a coordinator may override when assigning: the center's own policies and the self-service
 * limits. Never overridable: who the person is (status), the position's requirements (language,
 * qualification, age — a legal matter — and experience), a full shift (no overbooking, ever) and a
 * collision (nobody is in two places). A shift that has started can still be staffed by a coordinator
 * (a replacement for a no-show) until it ends. A volunteer outside the place's staffing pool may be
 * assigned only this way (explicit, with a reason, audited). The sign-up window is not listed for a
 * coordinator at all: it governs self sign-up only (docs/rostering.md).
 */
export const COORDINATOR_OVERRIDABLE: readonly IneligibilityCode[] = [
  'BLOCKED_NO_SHOWS',
  'STARTED',
  'CUTOFF_PASSED',
  'REST_TOO_SHORT',
  'TOO_MANY_TODAY',
  'CAP_REACHED',
  'WINDOW_NOT_OPEN',
  'OUTSIDE_POOL',
];

export function isOverridable(details: IneligibilityDetails, mode: EligibilityMode): boolean {
  if (mode !== 'coordinator' || !COORDINATOR_OVERRIDABLE.includes(details.code)) return false;
  return details.code !== 'STARTED' || !details.ended;
}

/** Sorts by precedence, marks what the mode may override and folds everything into one result. */
export function toEligibilityResult(found: readonly IneligibilityDetails[], mode: EligibilityMode): EligibilityResult {
  const reasons: IneligibilityReason[] = [...found]
    .sort((a, b) => ELIGIBILITY_PRECEDENCE.indexOf(a.code) - ELIGIBILITY_PRECEDENCE.indexOf(b.code))
    .map((details) => ({ ...details, overridable: isOverridable(details, mode) }));
  if (reasons.every((r) => r.overridable)) return { eligible: true, code: 'ELIGIBLE', overrides: reasons };
  return { eligible: false, code: reasons[0].code, reasons };
}

/** When self sign-up opens: N × 24 h before the start (Baku has no DST, so that is N calendar days). */
export function signupOpensAt(shift: { startsAt: IsoInstant; signupOpensDaysBefore?: number | null }): IsoInstant | null {
  if (shift.signupOpensDaysBefore == null) return null;
  return toBakuIso(instantMs(shift.startsAt) - shift.signupOpensDaysBefore * DAY_MS);
}

interface Span {
  start: number;
  end: number;
}

const spanOf = (a: { startsAt: IsoInstant; endsAt: IsoInstant }): Span => ({ start: instantMs(a.startsAt), end: instantMs(a.endsAt) });
// Half-open intervals: a shift ending at 13:00 and one starting at 13:00 do not overlap.
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlapMs = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const byStart = (a: ExistingAssignment, b: ExistingAssignment): number => instantMs(a.startsAt) - instantMs(b.startsAt);

/**
 * May this volunteer take this shift now, and if not, why. The single source of truth for the API
 * (on every sign-up and assignment, inside the transaction), the volunteer's page and the roster engine.
 * Every reason that applies is returned, not only the first, so a coordinator sees all he is overriding.
 *
 * Conventions: rest is measured from the end of one shift to the start of the next; the weekly cap
 * counts the minutes of each Monday–Sunday Baku week the shift touches (a night shift across Sunday
 * midnight is split between the weeks); "per day" counts shifts by the Baku date they start on; age is
 * taken on the Baku date the shift starts; a qualification must be valid through the day the shift ends.
 * `assignments` are the volunteer's assigned and completed shifts; an assignment to this very shift
 * collides with it (the volunteer is already on it).
 */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const { volunteer, shift, assignments, policy, mode } = input;
  const now = instantMs(input.now);
  const target = spanOf(shift);
  const found: IneligibilityDetails[] = [];
  const req = shift.requirements;

  // Alumni keep volunteering after completing the programme (issue 14); paused, staff and exited people do not.
  if (volunteer.status !== 'active' && volunteer.status !== 'alumni') found.push({ code: 'NOT_ACTIVE', status: volunteer.status });

  const limit = policy.noShowLimit ?? null;
  if (volunteer.blocked || (limit != null && volunteer.noShowCount >= limit)) {
    found.push({ code: 'BLOCKED_NO_SHOWS', noShowCount: volunteer.noShowCount, limit });
  }

  if (now >= target.start) found.push({ code: 'STARTED', startsAt: shift.startsAt, ended: now >= target.end });

  const shiftDate = bakuDateOf(target.start);
  if (req.minAge != null) {
    const age = ageOn(volunteer.birthDate, shiftDate);
    if (age < req.minAge) found.push({ code: 'TOO_YOUNG', minAge: req.minAge, age });
  }

  const missingLanguages = (req.languages ?? [])
    .map((r) => ({ ...r, level: volunteer.languages.find((l) => l.language === r.language)?.level ?? null }))
    .filter((r) => !meetsCefr(r.level, r.minLevel))
    .map(({ language, minLevel, level }) => ({ language, minLevel, level }));
  if (missingLanguages.length > 0) found.push({ code: 'LANGUAGE_MISSING', missing: missingLanguages });

  // The last Baku day the shift covers; an end at exactly midnight belongs to the day before.
  const lastDay = bakuDateOf(target.end - 1);
  const missingQualifications = (req.qualifications ?? []).flatMap((code) => {
    const held = volunteer.qualifications.filter((q) => q.code === code);
    if (held.some((q) => q.expiresOn == null || q.expiresOn >= lastDay)) return [];
    const expiredOn = held.map((q) => q.expiresOn as string).sort().at(-1) ?? null;
    return [{ code, expiredOn }];
  });
  if (missingQualifications.length > 0) found.push({ code: 'QUALIFICATION_MISSING', missing: missingQualifications });

  if (req.minApprovedMinutes != null && volunteer.approvedMinutes < req.minApprovedMinutes) {
    found.push({ code: 'HOURS_TOO_LOW', requiredMinutes: req.minApprovedMinutes, approvedMinutes: volunteer.approvedMinutes });
  }

  if (input.pool && !input.pool.inPool) found.push({ code: 'OUTSIDE_POOL', place: input.pool.place });

  if (shift.assignedCount >= shift.slots) found.push({ code: 'FULL', slots: shift.slots, assignedCount: shift.assignedCount });

  const sorted = [...assignments].sort(byStart);
  const colliding = sorted.find((a) => overlaps(spanOf(a), target));
  if (colliding) found.push({ code: 'COLLIDES', with: colliding });

  const minRest = policy.minRestMinutes ?? null;
  if (minRest != null) {
    const tooClose = sorted
      .map((a) => {
        const s = spanOf(a);
        return { a, gap: s.end <= target.start ? target.start - s.end : s.start - target.end };
      })
      .filter(({ gap }) => gap >= 0 && gap < minRest * MINUTE_MS)
      .sort((x, y) => x.gap - y.gap)[0];
    if (tooClose) {
      found.push({ code: 'REST_TOO_SHORT', with: tooClose.a, restMinutes: Math.floor(tooClose.gap / MINUTE_MS), minRestMinutes: minRest });
    }
  }

  const maxPerDay = policy.maxShiftsPerDay ?? null;
  if (maxPerDay != null) {
    const count = assignments.filter((a) => bakuDateOf(a.startsAt) === shiftDate).length;
    if (count >= maxPerDay) found.push({ code: 'TOO_MANY_TODAY', date: shiftDate, count, max: maxPerDay });
  }

  const cap = policy.weeklyCapMinutes ?? null;
  if (cap != null) {
    for (let monday = mondayOf(shiftDate); monday <= lastDay; monday = addDays(monday, 7)) {
      const week = { start: bakuMidnightMs(monday), end: bakuMidnightMs(addDays(monday, 7)) };
      const planned = assignments.reduce((sum, a) => sum + overlapMs(spanOf(a), week), 0) / MINUTE_MS;
      const inWeek = overlapMs(target, week) / MINUTE_MS;
      if (planned + inWeek > cap) {
        found.push({ code: 'CAP_REACHED', weekStart: monday, plannedMinutes: planned, shiftMinutes: inWeek, capMinutes: cap });
        break;
      }
    }
  }

  // The window governs self sign-up only: a coordinator's assignment and auto-fill may fill a shift early.
  const opensAt = signupOpensAt(shift);
  if (mode === 'self' && opensAt != null && now < instantMs(opensAt)) found.push({ code: 'WINDOW_NOT_OPEN', opensAt });

  return toEligibilityResult(found, mode);
}
