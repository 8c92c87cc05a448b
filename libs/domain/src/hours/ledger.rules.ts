import type { IsoDate } from '../time';

/**
 * The hours ledger and every figure read from it. Each metric is defined here once; where SQL computes
 * one for speed, an integration test proves it equals the function below on the same data.
 */

export const HOUR_ENTRY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type HourEntryStatus = (typeof HOUR_ENTRY_STATUSES)[number];

/** Where minutes come from: a shift's attendance, or a manual entry with a category. */
export const HOUR_ENTRY_SOURCES = ['attendance', 'manual'] as const;
export type HourEntrySource = (typeof HOUR_ENTRY_SOURCES)[number];

export const HOUR_CATEGORIES = ['shift', 'training', 'event_preparation', 'remote', 'other'] as const;
export type HourCategory = (typeof HOUR_CATEGORIES)[number];
/** What a volunteer or staff member may choose for a manual entry (a shift's minutes come from attendance). */
export const MANUAL_HOUR_CATEGORIES = ['training', 'event_preparation', 'remote', 'other'] as const satisfies readonly HourCategory[];

/** A manual entry is one day's work: at most 16 hours. */
export const MAX_MANUAL_MINUTES = 16 * 60;

export interface LedgerEntry {
  volunteerId: string;
  status: HourEntryStatus;
  minutes: number;
  /** The Baku date the minutes were served on. */
  workDate: IsoDate;
  centerId: string | null;
  eventId: string | null;
}

/** Approved minutes: what certificates, milestones, the pool and every report count. */
export function approvedMinutes(entries: readonly Pick<LedgerEntry, 'status' | 'minutes'>[]): number {
  return entries.reduce((sum, e) => (e.status === 'approved' ? sum + e.minutes : sum), 0);
}

/** Minutes waiting for a decision. */
export function pendingMinutes(entries: readonly Pick<LedgerEntry, 'status' | 'minutes'>[]): number {
  return entries.reduce((sum, e) => (e.status === 'pending' ? sum + e.minutes : sum), 0);
}

/** The change an entry's decision makes to its holder's approved total. */
export function approvedDelta(before: { status: HourEntryStatus; minutes: number }, after: { status: HourEntryStatus; minutes: number }): number {
  return (after.status === 'approved' ? after.minutes : 0) - (before.status === 'approved' ? before.minutes : 0);
}

// ——— reliability ———

/** What became of a volunteer's assignments to shifts that are over (cancelled ones count for nothing). */
export interface AttendanceCounts {
  /** Came (on time or late): the assignment is completed. */
  attended: number;
  /** Did not come. */
  noShows: number;
}

/** Reliability = attended ÷ (attended + no-shows), 0…1; null while nothing is over yet. */
export function reliability(c: AttendanceCounts): number | null {
  const assigned = c.attended + c.noShows;
  return assigned === 0 ? null : c.attended / assigned;
}

/** No-show rate = no-shows ÷ (attended + no-shows); null while nothing is over. */
export function noShowRate(c: AttendanceCounts): number | null {
  const assigned = c.attended + c.noShows;
  return assigned === 0 ? null : c.noShows / assigned;
}

/** Shifts filled = assigned places ÷ places, over shifts that were not cancelled; null without places. */
export function fillRate(shifts: readonly { slots: number; filled: number }[]): number | null {
  const slots = shifts.reduce((s, x) => s + x.slots, 0);
  return slots === 0 ? null : shifts.reduce((s, x) => s + Math.min(x.filled, x.slots), 0) / slots;
}

// ——— milestones ———

/** Approved-hour milestones: a mail when crossed, and visible to the certification rules. */
export const HOUR_MILESTONES = [50, 100, 250, 500] as const;
export type HourMilestone = (typeof HOUR_MILESTONES)[number];

/** The milestones reached when a total goes from `before` to `after` minutes (none when it goes down). */
export function milestonesCrossed(beforeMinutes: number, afterMinutes: number): HourMilestone[] {
  return HOUR_MILESTONES.filter((h) => beforeMinutes < h * 60 && afterMinutes >= h * 60);
}

/** Every milestone a total has reached. */
export function milestonesReached(totalMinutes: number): HourMilestone[] {
  return HOUR_MILESTONES.filter((h) => totalMinutes >= h * 60);
}

/** The next milestone and how far it is ("84 of 100 hours"); null past the last one. */
export function nextMilestone(totalMinutes: number): { hours: HourMilestone; remainingMinutes: number } | null {
  const h = HOUR_MILESTONES.find((m) => totalMinutes < m * 60);
  return h === undefined ? null : { hours: h, remainingMinutes: h * 60 - totalMinutes };
}

// ——— roll-ups for reports ———

/** 'YYYY-MM' of a Baku date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export interface MonthlyHours {
  month: string;
  approvedMinutes: number;
  /** Distinct volunteers with approved minutes that month. */
  activeVolunteers: number;
}

/**
 * Approved minutes and active volunteers per month, for the entries given (the caller chooses the scope:
 * one center, one region, the whole network). A volunteer who served at two centers counts once in a
 * roll-up of both: the roll-up is not the sum of its parts' volunteer counts.
 */
export function monthlyHours(entries: readonly LedgerEntry[]): MonthlyHours[] {
  const byMonth = new Map<string, { minutes: number; people: Set<string> }>();
  for (const e of entries) {
    if (e.status !== 'approved' || e.minutes === 0) continue;
    const m = monthOf(e.workDate);
    const row = byMonth.get(m) ?? { minutes: 0, people: new Set<string>() };
    row.minutes += e.minutes;
    row.people.add(e.volunteerId);
    byMonth.set(m, row);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, r]) => ({ month, approvedMinutes: r.minutes, activeVolunteers: r.people.size }));
}

/** Hours as people read them: 90 → 1.5. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
