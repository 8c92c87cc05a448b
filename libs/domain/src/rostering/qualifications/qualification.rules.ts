import { addDays, daysBetween, isIsoDate, type IsoDate } from '../../time';
import type { LocalizedText } from '../../i18n';

/** Days before expiry at which a held qualification is flagged (list, dashboard, mail to the volunteer). */
export const QUALIFICATION_EXPIRY_WARNING_DAYS = 30;

/** Longest validity an admin may set: 10 years. */
export const QUALIFICATION_MAX_VALIDITY_MONTHS = 120;

/** A short stable code, e.g. `protocol-training`: positions' requirements and grants name it. */
export const QUALIFICATION_CODE = /^[a-z0-9][a-z0-9-]{1,59}$/;

/** One entry of the qualifications catalogue (the table is the one source of codes and names). */
export interface QualificationDefinition {
  code: string;
  name: LocalizedText;
  /** Months a grant stays valid; null = does not expire. */
  validityMonths: number | null;
  active: boolean;
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/**
 * The last day a grant made on `grantedOn` is valid (inclusive), or null when the qualification does not expire.
 * Valid through the day before the same date `validityMonths` later ("12 months from 15.01.2026" = through
 * 14.01.2027); when that month has no such date (31 → February), through the last day of that month, so a
 * grant never loses days to a short month.
 */
export function qualificationExpiry(grantedOn: IsoDate, validityMonths: number | null | undefined): IsoDate | null {
  if (validityMonths == null || validityMonths <= 0) return null;
  if (!isIsoDate(grantedOn)) throw new RangeError(`not a date: ${grantedOn}`);
  const [y, m, d] = grantedOn.split('-').map(Number);
  const total = m - 1 + Math.trunc(validityMonths);
  const year = y + Math.floor(total / 12);
  const month1 = (total % 12) + 1;
  const last = daysInMonth(year, month1);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d > last) return `${year}-${pad(month1)}-${pad(last)}`;
  return addDays(`${year}-${pad(month1)}-${pad(d)}`, -1);
}

/** Still valid on `today` (Baku date): no expiry, or expiring today or later. */
export function isQualificationValid(validUntil: IsoDate | null | undefined, today: IsoDate): boolean {
  return validUntil == null || validUntil >= today;
}

/**
 * Valid today but expiring within `days` days (today + days inclusive): the window in which the volunteer is
 * reminded and the coordinator sees it on the dashboard. Already expired or non-expiring → false.
 */
export function isQualificationExpiringSoon(validUntil: IsoDate | null | undefined, today: IsoDate, days = QUALIFICATION_EXPIRY_WARNING_DAYS): boolean {
  if (validUntil == null) return false;
  return validUntil >= today && validUntil <= addDays(today, days);
}

/** Days left until the last valid day (0 = the last day is today); negative once expired; null = never expires. */
export function qualificationDaysLeft(validUntil: IsoDate | null | undefined, today: IsoDate): number | null {
  return validUntil == null ? null : daysBetween(today, validUntil);
}

/** A qualification's name in the reader's language from the catalogue; the code itself when it is not there. */
export function qualificationNameFrom(catalogue: readonly Pick<QualificationDefinition, 'code' | 'name'>[], code: string, locale: keyof LocalizedText): string {
  return catalogue.find((q) => q.code === code)?.name[locale] ?? code;
}
