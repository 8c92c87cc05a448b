import type { IsoDate } from '../time';
import type { CefrLevel } from './cefr.rules';

export const VOLUNTEER_STATUSES = ['applicant', 'active', 'paused', 'alumni', 'staff', 'exited'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** A language a person speaks; `language` is an ISO 639-1 code ('az', 'en', 'ru', 'tr', …). */
export interface LanguageSkill {
  language: string;
  level: CefrLevel;
}

/** A qualification (training, certificate) a person holds; valid through `expiresOn` inclusive, or forever. */
export interface HeldQualification {
  code: string;
  expiresOn?: IsoDate | null;
}
