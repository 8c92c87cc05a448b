export const VOLUNTEER_STATUSES = ['applicant', 'active', 'paused', 'alumni', 'staff', 'exited'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export interface LanguageSkill {
  /** ISO 639-1, e.g. 'az', 'en', 'ru', 'tr'. */
  code: string;
  level: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
}
