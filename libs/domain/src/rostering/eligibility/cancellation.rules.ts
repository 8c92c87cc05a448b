import { instantMs, toBakuIso, type IsoInstant } from '../../time';
import { toEligibilityResult } from './eligibility.rules';
import type { EligibilityMode, IneligibilityCode, IneligibilityDetails, IneligibilityReason } from './eligibility.types';

export interface CancellationInput {
  shift: { startsAt: IsoInstant; endsAt: IsoInstant; cancellationCutoffHours?: number | null };
  now: IsoInstant;
  /** `self`: the volunteer cancels. `coordinator`: a coordinator unassigns (allowed after the cut-off). */
  mode: EligibilityMode;
}

export type CancellationResult =
  | { allowed: true; overrides: readonly IneligibilityReason[] }
  | { allowed: false; code: IneligibilityCode; reasons: readonly IneligibilityReason[] };

/** The last moment a volunteer may cancel on his own: N hours before the start; null = until it starts. */
export function cancellationCutoffAt(shift: CancellationInput['shift']): IsoInstant | null {
  if (shift.cancellationCutoffHours == null) return null;
  return toBakuIso(instantMs(shift.startsAt) - shift.cancellationCutoffHours * 3_600_000);
}

/**
 * May this assignment be cancelled now. A volunteer cannot cancel once the shift has started (that is a
 * no-show or an early leave, handled by attendance) or after the cut-off; a coordinator can do both
 * (the override is returned so it is audited), but nobody cancels a shift that has already ended.
 */
export function canCancel(input: CancellationInput): CancellationResult {
  const now = instantMs(input.now);
  const found: IneligibilityDetails[] = [];
  if (now >= instantMs(input.shift.startsAt)) {
    found.push({ code: 'STARTED', startsAt: input.shift.startsAt, ended: now >= instantMs(input.shift.endsAt) });
  }
  const cutoffAt = cancellationCutoffAt(input.shift);
  if (cutoffAt != null && now >= instantMs(cutoffAt)) found.push({ code: 'CUTOFF_PASSED', cutoffAt });
  const result = toEligibilityResult(found, input.mode);
  return result.eligible ? { allowed: true, overrides: result.overrides } : { allowed: false, code: result.code, reasons: result.reasons };
}
