/**
 * The roster engine's JSON contract (issue 6). Problem and solution are plain JSON documents so the
 * API, the CLI and the benchmark speak the same language; extra optional fields are allowed.
 * See README.md in this folder for the meaning of every field.
 */

/** 'YYYY-MM-DD'. */
export type RosterDate = string;
/** ISO-8601 instant with an offset, e.g. '2025-10-24T09:00:00+04:00'. */
export type RosterInstant = string;

export interface RosterHorizon {
  start: RosterDate;
  days: number;
  /** IANA zone in which shifts are mapped to days and weekends, e.g. 'Asia/Baku'. */
  timeZone: string;
}

export interface RosterLanguageRequirement {
  code: string;
  /** CEFR level A1…C2. */
  minLevel: string;
}

export interface RosterRequirements {
  languages?: RosterLanguageRequirement[];
  qualifications?: string[];
}

export interface RosterShift {
  id: string;
  position: string;
  site: string;
  start: RosterInstant;
  end: RosterInstant;
  demand: number;
  /** Hard cap on people; null/absent = no cap. */
  maxStaff?: number | null;
  /** Penalty per missing person. */
  underWeight: number;
  /** Penalty per person above demand. */
  overWeight: number;
  requires?: RosterRequirements;
}

export interface RosterLanguage {
  code: string;
  /** CEFR level A1…C2. */
  level: string;
}

export interface RosterInterval {
  start: RosterInstant;
  end: RosterInstant;
}

export interface RosterRules {
  maxMinutes?: number;
  minMinutes?: number;
  maxConsecutiveDays?: number;
  minConsecutiveDays?: number;
  minConsecutiveDaysOff?: number;
  maxWeekends?: number;
  minRestMinutes?: number;
  /** Default 1. */
  maxShiftsPerDay?: number;
}

export interface RosterRequest {
  /** 0-based day of the horizon. */
  day: number;
  /** When given, the request is about working that position that day. */
  position?: string;
  /** true: wants to work that day (in that position); false: wants not to. */
  want: boolean;
  /** Penalty when the request is not met. */
  weight: number;
}

export interface RosterVolunteer {
  id: string;
  languages?: RosterLanguage[];
  qualifications?: string[];
  unavailable?: RosterInterval[];
  /** 0-based day indexes the volunteer cannot work. */
  unavailableDays?: number[];
  /** Per position: maxShifts over the horizon (0 = may not work it; absent position = no limit). */
  positions?: Record<string, { maxShifts: number }>;
  rules?: RosterRules;
  requests?: RosterRequest[];
  /** Shift ids already assigned to this volunteer that must stay. */
  fixed?: string[];
}

export interface RosterWeights {
  /** Multiplies the spread (max − min) of assigned minutes; 0 unless asked. */
  fairness?: number;
}

export interface RosterOptionsInput {
  timeLimitSeconds?: number;
  seed?: number;
}

export interface RosterProblem {
  horizon: RosterHorizon;
  shifts: RosterShift[];
  volunteers: RosterVolunteer[];
  weights?: RosterWeights;
  options?: RosterOptionsInput;
}

export interface RosterAssignment {
  shiftId: string;
  volunteerId: string;
}

export interface RosterUnfilled {
  shiftId: string;
  missing: number;
  /** The reasons in English sentences (what the CLI prints). */
  reasons: string[];
  /** The same reasons as data, to be put into words in the reader's language (`describeRosterGap`). */
  details?: RosterGapReason[];
}

/**
 * Why a slot stayed empty. The first five say nobody could ever take it; the rule codes say how many of
 * the `total` free qualified volunteers a rule stops (`count`); COSTLIER: some could take it, but adding
 * them costs more than the gap (their requests or their other shifts).
 */
export type RosterGapCode =
  | 'NOBODY_AVAILABLE'
  | 'QUALIFICATION_MISSING'
  | 'LANGUAGE_MISSING'
  | 'POSITION_NOT_ALLOWED'
  | 'ALL_ALREADY_ON_SHIFT'
  | 'SHIFTS_PER_DAY'
  | 'OVERLAP'
  | 'REST'
  | 'MAX_MINUTES'
  | 'MAX_CONSECUTIVE_DAYS'
  | 'MAX_WEEKENDS'
  | 'POSITION_CAP'
  | 'MIN_MINUTES'
  | 'MIN_CONSECUTIVE_DAYS'
  | 'MIN_DAYS_OFF'
  | 'COSTLIER';

export interface RosterGapReason {
  code: RosterGapCode;
  /** Volunteers the reason applies to. */
  count?: number;
  /** Free qualified volunteers considered. */
  total?: number;
  qualification?: string;
  language?: string;
  minLevel?: string;
  position?: string;
}

/** Weighted costs; total = under + over + requests + fairness. */
export interface RosterObjective {
  total: number;
  under: number;
  over: number;
  requests: number;
  fairness: number;
}

export interface RosterStats {
  timeToFirstFeasibleMs: number | null;
  iterations: number;
  elapsedMs: number;
  seed: number;
  [extra: string]: number | string | boolean | null;
}

export interface RosterSolution {
  assignments: RosterAssignment[];
  unfilled: RosterUnfilled[];
  objective: RosterObjective;
  hardViolations: number;
  stats?: RosterStats;
}

export type RosterRule =
  | 'unknown-shift'
  | 'unknown-volunteer'
  | 'duplicate-assignment'
  | 'max-staff'
  | 'availability'
  | 'qualification'
  | 'language'
  | 'position-limit'
  | 'shifts-per-day'
  | 'overlap'
  | 'rest'
  | 'max-minutes'
  | 'min-minutes'
  | 'max-consecutive-days'
  | 'min-consecutive-days'
  | 'min-consecutive-days-off'
  | 'max-weekends'
  | 'fixed';

export interface RosterViolation {
  rule: RosterRule;
  message: string;
  volunteerId?: string;
  shiftId?: string;
  day?: number;
}

export interface RosterCheckResult {
  violations: RosterViolation[];
  objective: RosterObjective;
}
