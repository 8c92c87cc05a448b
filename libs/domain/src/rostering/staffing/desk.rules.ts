import { CEFR_LEVELS } from '../../people/cefr.rules';
import type { LanguageRequirement } from '../eligibility/eligibility.types';

/** Minutes after a shift's start from which an assigned volunteer without a check-in shows as missing on the desk. */
export const DESK_MISSING_AFTER_MINUTES = 10;

const MIN = 60_000;

/**
 * The event-day desk's flag (docs/event-desk.md): assigned, not checked in, the shift started at least
 * `afterMinutes` ago and has not ended. A marked no-show is reported by its status, not by this flag.
 */
export function isMissing(
  a: { status: string; checkedIn: boolean; startsAtMs: number; endsAtMs: number },
  nowMs: number,
  afterMinutes = DESK_MISSING_AFTER_MINUTES,
): boolean {
  return a.status === 'assigned' && !a.checkedIn && nowMs >= a.startsAtMs + afterMinutes * MIN && nowMs < a.endsAtMs;
}

const level = (l: string | null | undefined): number => (l ? (CEFR_LEVELS as readonly string[]).indexOf(l) : -1);

/**
 * How well a volunteer's languages fit a role's requirement: for each required language, the CEFR steps at or
 * above the minimum (B2 asked, C1 spoken → 2: meets it and one above); a language missing or below counts
 * nothing. A role without a language requirement fits everyone equally (0).
 */
export function languageFit(spoken: readonly { language: string; level: string }[], required: readonly LanguageRequirement[]): number {
  return required.reduce((sum, r) => {
    const have = level(spoken.find((s) => s.language === r.language)?.level);
    return have >= level(r.minLevel) && have >= 0 ? sum + 1 + have - level(r.minLevel) : sum;
  }, 0);
}

export interface StandbyFacts {
  volunteerId: string;
  fullName: string;
  languageFit: number;
  /** 0…1 from the hours ledger's `reliability()`; null while none of their shifts is over. */
  reliability: number | null;
}

/** Standby order on the desk: better language fit first, then more reliable (unknown after known), then name. */
export function rankStandby<T extends StandbyFacts>(people: readonly T[]): T[] {
  return [...people].sort(
    (a, b) =>
      b.languageFit - a.languageFit ||
      (b.reliability ?? -1) - (a.reliability ?? -1) ||
      a.fullName.localeCompare(b.fullName, 'az') ||
      a.volunteerId.localeCompare(b.volunteerId),
  );
}
