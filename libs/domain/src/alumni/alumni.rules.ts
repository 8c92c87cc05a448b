import type { IsoDate } from '../time';
import type { VolunteerStatus } from '../people/volunteer.types';

/** How a person became alumni: a programme-completion certificate, or a coordinator's decision with a reason. */
export const ALUMNI_SOURCES = ['certificate', 'coordinator'] as const;
export type AlumniSource = (typeof ALUMNI_SOURCES)[number];

/** Highest education reached or under way (the talent pool filters on it). */
export const ALUMNI_EDUCATION_LEVELS = ['secondary', 'vocational', 'bachelor_student', 'bachelor', 'master_student', 'master', 'doctorate'] as const;
export type AlumniEducationLevel = (typeof ALUMNI_EDUCATION_LEVELS)[number];

/** What kind of work the alumnus is available for now. */
export const ALUMNI_AVAILABILITY_KINDS = ['full_time', 'part_time', 'project', 'not_available'] as const;
export type AlumniAvailabilityKind = (typeof ALUMNI_AVAILABILITY_KINDS)[number];

export type BecomeAlumniRefusal = 'alreadyAlumni' | 'notOnboarded' | 'alreadyStaff' | 'exited';

/**
 * Who may become alumni: a person who finished onboarding and is still in the programme (active or paused).
 * An applicant has not served; staff and exited people have left the volunteer path; alumni already are.
 */
export function mayBecomeAlumni(status: VolunteerStatus): { ok: true } | { ok: false; reason: BecomeAlumniRefusal } {
  switch (status) {
    case 'active':
    case 'paused':
      return { ok: true };
    case 'alumni':
      return { ok: false, reason: 'alreadyAlumni' };
    case 'staff':
      return { ok: false, reason: 'alreadyStaff' };
    case 'exited':
      return { ok: false, reason: 'exited' };
    default:
      return { ok: false, reason: 'notOnboarded' };
  }
}

/**
 * In the talent pool: an alumnus with a live (given, not withdrawn) job-pool consent. A person hired as staff or
 * who left the programme is no longer in it, whatever their consent says.
 */
export function inTalentPool(status: VolunteerStatus, hasLiveConsent: boolean): boolean {
  return status === 'alumni' && hasLiveConsent;
}

// ——— ratings ———

/** The rubric of coordinator feedback, each scored 1–5. */
export const RATING_RUBRIC = ['punctuality', 'communication', 'serviceToCitizens', 'teamwork'] as const;
export type RatingRubric = (typeof RATING_RUBRIC)[number];
export type RatingScores = Record<RatingRubric, number>;

export const RATING_COMMENT_MAX = 2000;
/** A period rating may reach back at most this many days (feedback is given after the service, not years later). */
export const RATING_PERIOD_MAX_AGE_DAYS = 730;

export interface RatingInput extends Partial<Record<RatingRubric, unknown>> {
  centerId?: string | null;
  eventId?: string | null;
  periodFrom?: IsoDate | null;
  periodTo?: IsoDate | null;
  comment?: string | null;
}

export interface RatingFieldError {
  field: string;
  code: 'ratingScore' | 'ratingContext' | 'ratingPeriodRequired' | 'ratingPeriodOrder' | 'ratingPeriodFuture' | 'ratingPeriodTooOld' | 'ratingCommentTooLong';
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Checks a rating before it is written: every rubric score an integer 1–5; the context is exactly one of an event,
 * or a center with a period (from ≤ to, not ending after `today`, not older than two years); the comment bounded.
 * Returns the field errors (empty = valid).
 */
export function validateRating(input: RatingInput, today: IsoDate): RatingFieldError[] {
  const errors: RatingFieldError[] = [];
  for (const key of RATING_RUBRIC) {
    const v = input[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5) errors.push({ field: key, code: 'ratingScore' });
  }
  const hasEvent = !!input.eventId;
  const hasCenter = !!input.centerId;
  if (hasEvent === hasCenter) {
    errors.push({ field: 'eventId', code: 'ratingContext' });
  } else if (hasCenter) {
    const { periodFrom: from, periodTo: to } = input;
    if (!from || !to) {
      errors.push({ field: from ? 'periodTo' : 'periodFrom', code: 'ratingPeriodRequired' });
    } else if (from > to) {
      errors.push({ field: 'periodTo', code: 'ratingPeriodOrder' });
    } else if (to > today) {
      errors.push({ field: 'periodTo', code: 'ratingPeriodFuture' });
    } else if (daysBetween(from, today) > RATING_PERIOD_MAX_AGE_DAYS) {
      errors.push({ field: 'periodFrom', code: 'ratingPeriodTooOld' });
    }
  }
  if (input.comment != null && input.comment.length > RATING_COMMENT_MAX) errors.push({ field: 'comment', code: 'ratingCommentTooLong' });
  return errors;
}

export interface RatingAggregate {
  count: number;
  /** Average per rubric, one decimal; null when there is no rating. */
  averages: Record<RatingRubric, number | null>;
  /** The mean of the four averages, one decimal; null when there is no rating. */
  overall: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Averages per rubric and their mean — never a single rating or comment (what the volunteer may see). */
export function aggregateRatings(ratings: readonly RatingScores[]): RatingAggregate {
  const count = ratings.length;
  const averages = Object.fromEntries(
    RATING_RUBRIC.map((k) => [k, count ? round1(ratings.reduce((s, r) => s + r[k], 0) / count) : null]),
  ) as Record<RatingRubric, number | null>;
  const overall = count ? round1(RATING_RUBRIC.reduce((s, k) => s + ratings.reduce((t, r) => t + r[k], 0) / count, 0) / RATING_RUBRIC.length) : null;
  return { count, averages, overall };
}

// ——— CV ———

export const CV_MAX_BYTES = 5 * 1024 * 1024;

export type CvProblem = 'cvEmpty' | 'cvTooLarge' | 'cvNotPdf';

/**
 * Checks an uploaded CV by its bytes, not its name or declared type: non-empty, at most `maxBytes`, and starting
 * with the PDF signature `%PDF-`.
 */
export function cvProblem(head: Uint8Array, size: number, maxBytes = CV_MAX_BYTES): CvProblem | null {
  if (size <= 0) return 'cvEmpty';
  if (size > maxBytes) return 'cvTooLarge';
  const sig = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
  if (head.length < sig.length || sig.some((b, i) => head[i] !== b)) return 'cvNotPdf';
  return null;
}
