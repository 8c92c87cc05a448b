import { api } from '../../providers/http';

export type Lang = 'az' | 'en' | 'ru';
export type Name = { az: string; en: string; ru: string };
export type HourStatus = 'pending' | 'approved' | 'rejected';
export const MANUAL_CATEGORIES = ['training', 'event_preparation', 'remote', 'other'] as const;
export type ManualCategory = (typeof MANUAL_CATEGORIES)[number];
/** The flags a reviewer sees as chips (the API may add more; unknown ones are shown by their code's words). */
export const FLAGS = ['late', 'early_leave', 'auto_closed', 'late_sync', 'walk_in', 'corrected'] as const;
/** As @dost/domain MAX_MANUAL_MINUTES: one day's work. */
export const MAX_MANUAL_MINUTES = 16 * 60;

export interface Place { kind: 'center' | 'event'; id: string; name: Name }

export interface HourEntry {
  id: string;
  volunteerId: string;
  volunteerName: string;
  source: 'attendance' | 'manual';
  category: string;
  place: Place;
  centerId: string | null;
  eventId: string | null;
  positionName: Name | null;
  workDate: string;
  minutes: number;
  originalMinutes: number;
  status: HourStatus;
  flags: string[];
  note: string | null;
  decisionReason: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  createdAt: string;
}

export interface HourEntryChange {
  id: string;
  action: 'created' | 'approved' | 'rejected' | 'corrected';
  at: string;
  byName: string | null;
  fromStatus: string | null;
  toStatus: string;
  fromMinutes: number | null;
  toMinutes: number;
  reason: string | null;
}

export interface HourEntryDetail extends HourEntry {
  history: HourEntryChange[];
}

export interface MyHours {
  totalMinutes: number;
  thisMonthMinutes: number;
  pendingMinutes: number;
  pendingCount: number;
  byPlace: (Place & { minutes: number })[];
  byPosition: { positionId: string; name: Name; minutes: number }[];
  byCategory: { category: string; minutes: number }[];
  months: { month: string; minutes: number }[];
  milestones: { hours: number; reachedAt: string }[];
  nextMilestone: { hours: number; remainingMinutes: number } | null;
  places: Place[];
  homeCenterId: string | null;
}

export interface NewManualEntry {
  category: ManualCategory;
  workDate: string;
  minutes: number;
  note: string;
  centerId?: string;
  eventId?: string;
}

export const hoursApi = {
  mine: () => api<MyHours>('/me/hours'),
  myEntries: (status: HourStatus, page = 1) => api<{ data: HourEntry[]; total: number }>('/me/hour-entries', { query: { status, page, perPage: 50 } }),
  addMine: (body: NewManualEntry) => api<HourEntry>('/me/hour-entries', { method: 'POST', body }),
  pendingCount: () => api<{ count: number }>('/hour-entries/pending-count'),
  decide: (ids: string[], decision: 'approved' | 'rejected', reason?: string) =>
    api<{ changed: string[]; unchanged: string[]; missing: string[] }>('/hour-entries/decide', { method: 'POST', body: { ids, decision, reason } }),
  correct: (id: string, minutes: number, reason: string) => api<HourEntryDetail>(`/hour-entries/${id}/correct`, { method: 'POST', body: { minutes, reason } }),
};

/** 150 → "2 saat 30 dəq" / "2 h 30 min" / "2 ч 30 мин". */
export function formatMinutes(minutes: number, locale: string): string {
  const units = { az: ['saat', 'dəq'], en: ['h', 'min'], ru: ['ч', 'мин'] }[(locale as Lang) ?? 'az'] ?? ['h', 'min'];
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h && m) return `${h} ${units[0]} ${m} ${units[1]}`;
  if (h) return `${h} ${units[0]}`;
  return `${m} ${units[1]}`;
}

/** Whole hours for totals people compare ("84 of 100 hours"). */
export const wholeHours = (minutes: number): number => Math.floor(minutes / 60);

const AZ_MONTHS = ['Yan', 'Fev', 'Mar', 'Apr', 'May', 'İyn', 'İyl', 'Avq', 'Sen', 'Okt', 'Noy', 'Dek'];
/**
 * 'YYYY-MM' → a chart's month label in the reader's language: the short month over the year, on two lines
 * ("Yan\n2026", "янв\n2026"). Browsers often lack Azerbaijani month names; Russian's "янв. 26 г." crowded the axis.
 */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  const name = locale === 'az'
    ? AZ_MONTHS[m - 1]
    : new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, m - 1, 15))).replace(/\.$/, '');
  return `${name}\n${y}`;
}

/** A number in the reader's format (Azerbaijani writes 1 102,5 like Russian; browsers often lack its data). */
export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale === 'az' ? 'ru' : locale, { maximumFractionDigits: 1 }).format(value);
}

/** 'YYYY-MM-DD' → 'DD.MM.YYYY' (a Baku calendar date, no time zone involved). */
export const dateLabel = (date: string): string => date.split('-').reverse().join('.');

/** Today's date in Baku, 'YYYY-MM-DD'. */
export const bakuToday = (): string => new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);
