import type { FitRequirements } from '../talent';

export const VACANCY_STATUSES = ['draft', 'open', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

/**
 * What the hired person becomes: `coordinator` of the vacancy's center (a console account scoped to it),
 * or `staff` — employed by the agency with no console rights (their volunteer record says `staff`).
 */
export const VACANCY_STAFF_ROLES = ['coordinator', 'staff'] as const;
export type VacancyStaffRole = (typeof VACANCY_STAFF_ROLES)[number];

/**
 * A vacancy's requirements are exactly what the talent pool's fit score reads (languages with a minimum
 * CEFR level, minimum approved hours, certificate type codes), so the pool can sort for a vacancy as stored.
 * Fit weights: `FitWeights` / `DEFAULT_FIT_WEIGHTS` of the talent pool; a vacancy stores only its own.
 */
export type VacancyRequirements = FitRequirements;
