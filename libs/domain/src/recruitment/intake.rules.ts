import { ageOn } from '../people';
import type { IsoDate } from '../time';

/** Weekly availability in half-days: `mon-am` … `sun-pm` (morning until 14:00, afternoon after). */
export const WEEKDAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const HALF_DAYS = WEEKDAY_CODES.flatMap((d) => [`${d}-am`, `${d}-pm`] as const);
export type HalfDay = (typeof HALF_DAYS)[number];

export function isHalfDay(value: unknown): value is HalfDay {
  return typeof value === 'string' && (HALF_DAYS as readonly string[]).includes(value);
}

/**
 * What the applicant does now (issue 19): education is asked of students only. An application stored before the
 * question existed has none (null = not asked).
 */
export const APPLICANT_OCCUPATIONS = ['student', 'working', 'neither'] as const;
export type ApplicantOccupation = (typeof APPLICANT_OCCUPATIONS)[number];

/** Whether the form must carry education: students only (the API asks whoever sends neither to say what they do). */
export function educationRequired(occupation: ApplicantOccupation | null | undefined): boolean {
  return occupation === 'student';
}

export interface AgeLimits {
  minAge: number | null;
  maxAge: number | null;
}

export type AgeCheck = { ok: true; age: number } | { ok: false; code: 'TOO_YOUNG' | 'TOO_OLD'; age: number; limit: number };

/** The applicant's age on `today` (Baku date of the submission) against the intake's limits, both inclusive. */
export function checkAgeLimits(birthDate: IsoDate, today: IsoDate, limits: AgeLimits): AgeCheck {
  const age = ageOn(birthDate, today);
  if (limits.minAge !== null && age < limits.minAge) return { ok: false, code: 'TOO_YOUNG', age, limit: limits.minAge };
  if (limits.maxAge !== null && age > limits.maxAge) return { ok: false, code: 'TOO_OLD', age, limit: limits.maxAge };
  return { ok: true, age };
}

export const INTAKE_STATUSES = ['draft', 'open', 'closed'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export interface IntakeWindow {
  status: IntakeStatus;
  /** First and last Baku day applications are taken, both inclusive. */
  opensOn: IsoDate;
  closesOn: IsoDate;
}

/** An intake takes applications when it is open and today (Baku) lies in its window. */
export function acceptsApplications(intake: IntakeWindow, today: IsoDate): boolean {
  return intake.status === 'open' && intake.opensOn <= today && today <= intake.closesOn;
}

/** Statuses that count as "an active application" — a person may hold one per intake. */
export const ACTIVE_APPLICATION_STATUSES = ['submitted', 'screening', 'interview', 'offered', 'accepted', 'onboarded', 'waitlisted'] as const;
