import type { CefrLevel, HeldQualification, LanguageSkill, VolunteerStatus } from '../../people';
import type { LocalizedText } from '../../i18n';
import type { IsoDate, IsoInstant } from '../../time';
import type { PoolVerdict } from './staffing-pool';

/** A name as the caller has it: one string already in the reader's language, or all three. */
export type PlaceName = string | LocalizedText;

export interface LanguageRequirement {
  language: string;
  minLevel: CefrLevel;
}

/** What a position asks of the person who fills it. Every list is "all of". */
export interface PositionRequirements {
  languages?: readonly LanguageRequirement[];
  qualifications?: readonly string[];
  /** Full years on the day the shift starts (Baku). */
  minAge?: number | null;
  /** Approved volunteering before this shift, in minutes (the domain counts time in minutes). */
  minApprovedMinutes?: number | null;
}

export interface EligibilityVolunteer {
  status: VolunteerStatus;
  birthDate: IsoDate;
  languages: readonly LanguageSkill[];
  qualifications: readonly HeldQualification[];
  approvedMinutes: number;
  /** No-shows since a coordinator last cleared the block (clearing resets what the limit counts). */
  noShowCount: number;
  /** Set by the system when the no-show limit was reached, cleared by a coordinator. */
  blocked: boolean;
}

export interface EligibilityShift {
  id: string;
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  slots: number;
  assignedCount: number;
  requirements: PositionRequirements;
  /** Self sign-up opens this many days (× 24 h) before the start; null = as soon as published. */
  signupOpensDaysBefore?: number | null;
}

/** Another shift the volunteer is on (status assigned or completed); the place name is for messages. */
export interface ExistingAssignment {
  shiftId: string;
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  placeName: PlaceName;
}

/** Per center/event policy. null or missing = no limit. */
export interface ShiftPolicy {
  weeklyCapMinutes?: number | null;
  minRestMinutes?: number | null;
  maxShiftsPerDay?: number | null;
  /** No-shows at which self sign-up is blocked. */
  noShowLimit?: number | null;
}

/** `self`: the volunteer signs up. `coordinator`: a coordinator/organizer assigns and may override soft rules. */
export type EligibilityMode = 'self' | 'coordinator';

export interface EligibilityInput {
  volunteer: EligibilityVolunteer;
  shift: EligibilityShift;
  assignments: readonly ExistingAssignment[];
  policy: ShiftPolicy;
  now: IsoInstant;
  mode: EligibilityMode;
  /** The staffing-pool verdict for this volunteer and the shift's place (`staffingPoolVerdict`); omitted = not checked. */
  pool?: PoolVerdict;
}

export type IneligibilityDetails =
  | { code: 'NOT_ACTIVE'; status: VolunteerStatus }
  | { code: 'BLOCKED_NO_SHOWS'; noShowCount: number; limit: number | null }
  | { code: 'STARTED'; startsAt: IsoInstant; ended: boolean }
  | { code: 'TOO_YOUNG'; minAge: number; age: number }
  | { code: 'LANGUAGE_MISSING'; missing: readonly { language: string; minLevel: CefrLevel; level: CefrLevel | null }[] }
  | { code: 'QUALIFICATION_MISSING'; missing: readonly { code: string; expiredOn: IsoDate | null }[] }
  | { code: 'HOURS_TOO_LOW'; requiredMinutes: number; approvedMinutes: number }
  /** Not in the staffing pool of the shift's center (home or preferred) or of the event's area. */
  | { code: 'OUTSIDE_POOL'; place: 'center' | 'event' }
  | { code: 'FULL'; slots: number; assignedCount: number }
  | { code: 'COLLIDES'; with: ExistingAssignment }
  | { code: 'REST_TOO_SHORT'; with: ExistingAssignment; restMinutes: number; minRestMinutes: number }
  | { code: 'TOO_MANY_TODAY'; date: IsoDate; count: number; max: number }
  | { code: 'CAP_REACHED'; weekStart: IsoDate; plannedMinutes: number; shiftMinutes: number; capMinutes: number }
  | { code: 'WINDOW_NOT_OPEN'; opensAt: IsoInstant }
  | { code: 'CUTOFF_PASSED'; cutoffAt: IsoInstant };

export type IneligibilityCode = IneligibilityDetails['code'];
export type EligibilityCode = 'ELIGIBLE' | IneligibilityCode;

/** One reason, and whether the acting coordinator may override it (always false in self mode). */
export type IneligibilityReason = IneligibilityDetails & { overridable: boolean };

export type EligibilityResult =
  /** `overrides` lists the soft rules a coordinator is overriding: the API asks for a reason and audits them. */
  | { eligible: true; code: 'ELIGIBLE'; overrides: readonly IneligibilityReason[] }
  /** `code` is the first reason by precedence, the one to show when there is room for one. */
  | { eligible: false; code: IneligibilityCode; reasons: readonly IneligibilityReason[] };
