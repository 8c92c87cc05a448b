/**
 * Certificates (docs/certificates.md): who has earned which type, the serial's format and the
 * verification code's alphabet. Pure: the API reads the facts from the hours ledger and passes them in.
 */

export const CERTIFICATE_KINDS = ['programme', 'event', 'milestone', 'training'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'superseded'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** The milestones a certificate can be earned for, in approved hours. */
export const CERTIFICATE_MILESTONES = [100, 250, 500] as const;

/** Why someone may not have a certificate yet; the console says each in words. */
export const CERTIFICATE_INELIGIBILITY_REASONS = [
  'notEnoughHours', 'onboardingIncomplete', 'noShowBlock', 'notAtEvent', 'qualificationMissing', 'outsidePeriod', 'typeInactive',
] as const;
export type CertificateIneligibilityReason = (typeof CERTIFICATE_INELIGIBILITY_REASONS)[number];

/** A type's rule; which fields matter depends on the kind. Dates are Baku calendar dates (YYYY-MM-DD). */
export interface CertificateRule {
  /** programme: hours needed within the period (event: optional minimum at the event). */
  minHours?: number;
  periodFrom?: string;
  periodTo?: string;
  /** event: the event served at. */
  eventId?: string;
  /** programme: only hours at this center count (none: any place). */
  centerId?: string;
  /** milestone: 100, 250 or 500. */
  milestoneHours?: number;
  /** training: the qualification code the course grants, e.g. `protocol`. */
  qualification?: string;
}

export interface CertificateTypeRule {
  kind: CertificateKind;
  rule: CertificateRule;
  active: boolean;
}

/** What the ledger says about one person for one type (the API computes `minutes` for the type's place and period). */
export interface CertificateFacts {
  /** Approved minutes that count for this type: within the period and at the place for a programme, at the event for an event. */
  minutes: number;
  /** All approved minutes of the person (milestones count these). */
  totalMinutes: number;
  onboardingComplete: boolean;
  /** An open no-show block (volunteers.signup_blocked). */
  signupBlocked: boolean;
  /** Qualification codes the person holds and that are valid today. */
  qualifications: readonly string[];
  /** Today in Baku, YYYY-MM-DD. */
  today: string;
}

export interface CertificateEligibility {
  eligible: boolean;
  /** Empty when eligible; in a stable order. */
  reasons: CertificateIneligibilityReason[];
  /** The minutes that count toward the type (for a milestone: all approved minutes). */
  minutes: number;
  /** What the type asks for, in minutes; null when it is not a matter of hours (training, an event without a minimum). */
  requiredMinutes: number | null;
}

/** The minutes a type asks for, or null. */
export function requiredMinutes(type: Pick<CertificateTypeRule, 'kind' | 'rule'>): number | null {
  const { kind, rule } = type;
  if (kind === 'programme') return Math.round((rule.minHours ?? 0) * 60);
  if (kind === 'milestone') return Math.round((rule.milestoneHours ?? 0) * 60);
  if (kind === 'event') return rule.minHours ? Math.round(rule.minHours * 60) : null;
  return null;
}

/**
 * Whether a person has earned a type, and why not:
 * - programme: N approved hours within the period (at the center, if the rule names one), onboarding
 *   complete, no open no-show block; before the period starts → `outsidePeriod`;
 * - event: approved hours at the event (`notAtEvent` without any), at least `minHours` when the rule sets it;
 * - milestone: all approved hours ≥ the milestone;
 * - training: holds the qualification the course grants.
 * An inactive type is never earned (`typeInactive`, besides whatever else is missing).
 */
export function certificateEligibility(type: CertificateTypeRule, facts: CertificateFacts): CertificateEligibility {
  const reasons: CertificateIneligibilityReason[] = [];
  const required = requiredMinutes(type);
  const { kind, rule } = type;
  const minutes = kind === 'milestone' ? facts.totalMinutes : kind === 'training' ? facts.totalMinutes : facts.minutes;
  if (!type.active) reasons.push('typeInactive');
  if (kind === 'programme') {
    if (rule.periodFrom && facts.today < rule.periodFrom) reasons.push('outsidePeriod');
    if (minutes < (required ?? 0) || minutes === 0) reasons.push('notEnoughHours');
    if (!facts.onboardingComplete) reasons.push('onboardingIncomplete');
    if (facts.signupBlocked) reasons.push('noShowBlock');
  } else if (kind === 'event') {
    if (minutes <= 0) reasons.push('notAtEvent');
    else if (required !== null && minutes < required) reasons.push('notEnoughHours');
  } else if (kind === 'milestone') {
    if (!required || minutes < required) reasons.push('notEnoughHours');
  } else if (kind === 'training') {
    if (!rule.qualification || !facts.qualifications.includes(rule.qualification)) reasons.push('qualificationMissing');
  }
  return { eligible: reasons.length === 0, reasons, minutes, requiredMinutes: required };
}

/** Per-field problems of a type's rule for its kind (the codes are the API's field error codes); none when it is complete. */
export function certificateRuleProblems(kind: CertificateKind, rule: CertificateRule): { field: string; code: string }[] {
  const out: { field: string; code: string }[] = [];
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (rule.periodFrom !== undefined && !date.test(rule.periodFrom)) out.push({ field: 'rule.periodFrom', code: 'isIsoDate' });
  if (rule.periodTo !== undefined && !date.test(rule.periodTo)) out.push({ field: 'rule.periodTo', code: 'isIsoDate' });
  if (rule.periodFrom && rule.periodTo && rule.periodTo < rule.periodFrom) out.push({ field: 'rule.periodTo', code: 'certificatePeriodOrder' });
  if (kind === 'programme' && !(rule.minHours && rule.minHours > 0)) out.push({ field: 'rule.minHours', code: 'certificateRuleRequired' });
  if (kind === 'event' && !rule.eventId) out.push({ field: 'rule.eventId', code: 'certificateRuleRequired' });
  if (kind === 'milestone' && !CERTIFICATE_MILESTONES.includes(rule.milestoneHours as never)) out.push({ field: 'rule.milestoneHours', code: 'certificateMilestone' });
  if (kind === 'training' && !rule.qualification?.trim()) out.push({ field: 'rule.qualification', code: 'certificateRuleRequired' });
  return out;
}

// ——— serials: KD-<year>-<6 digits>, gap-free per year (the API keeps the counter) ———

export const SERIAL_PREFIX = 'KD';
export const MAX_SERIAL_NUMBER = 999_999;
const SERIAL = /^KD-(\d{4})-(\d{6})$/;

export function formatSerial(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`serial year out of range: ${year}`);
  if (!Number.isInteger(number) || number < 1 || number > MAX_SERIAL_NUMBER) throw new RangeError(`serial number out of range: ${number}`);
  return `${SERIAL_PREFIX}-${year}-${String(number).padStart(6, '0')}`;
}

/** `KD-2025-000123` → { year: 2025, number: 123 }; anything else → null (spaces around and lower case are forgiven). */
export function parseSerial(value: string): { year: number; number: number } | null {
  const m = SERIAL.exec(value.trim().toUpperCase());
  if (!m || Number(m[2]) === 0) return null;
  return { year: Number(m[1]), number: Number(m[2]) };
}

// ——— verification codes: 20 random base32 characters (RFC 4648: A–Z, 2–7) ———

export const VERIFICATION_CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const VERIFICATION_CODE_LENGTH = 20;

/** A code from 20 random bytes (crypto.randomBytes in the API): 5 bits of each, 100 bits in all. */
export function verificationCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < VERIFICATION_CODE_LENGTH) throw new RangeError(`need ${VERIFICATION_CODE_LENGTH} random bytes`);
  let out = '';
  for (let i = 0; i < VERIFICATION_CODE_LENGTH; i += 1) out += VERIFICATION_CODE_ALPHABET[bytes[i] & 31];
  return out;
}

/** A code as typed or scanned: upper case, without spaces or dashes; null when it cannot be a code. */
export function normalizeVerificationCode(value: string): string | null {
  const code = value.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== VERIFICATION_CODE_LENGTH) return null;
  for (const c of code) if (!VERIFICATION_CODE_ALPHABET.includes(c)) return null;
  return code;
}
