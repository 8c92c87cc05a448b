/**
 * Check-in and check-out: when a door may be passed, what counts as late, when a missing check-out is
 * closed and when nobody came. Every instant is milliseconds since the epoch and `now` is a parameter.
 */

/** A center's or event's attendance rules (a missing value takes the default below). */
export interface AttendancePolicy {
  /** Check-in opens this many minutes before the shift starts. */
  checkInOpensMinutes: number;
  /** Checked in later than start + this is late. */
  lateGraceMinutes: number;
  /** At end + this, a missing check-out is closed (flagged) and an assignment without check-in is a no-show. */
  closeGraceMinutes: number;
  /** Worked minutes are rounded to the nearest multiple of this (1 = exact). */
  roundingMinutes: number;
}

export const DEFAULT_ATTENDANCE_POLICY: AttendancePolicy = {
  checkInOpensMinutes: 30,
  lateGraceMinutes: 10,
  closeGraceMinutes: 60,
  roundingMinutes: 15,
};

export function attendancePolicy(partial: Partial<Record<keyof AttendancePolicy, number | null>> | null | undefined): AttendancePolicy {
  const p = { ...DEFAULT_ATTENDANCE_POLICY };
  for (const key of Object.keys(p) as (keyof AttendancePolicy)[]) {
    const value = partial?.[key];
    if (value != null) p[key] = value;
  }
  return p;
}

const MIN = 60_000;

export interface ShiftTimes {
  startsAt: number;
  endsAt: number;
  cancelled?: boolean;
}

export type CheckInRefusal =
  | { code: 'SHIFT_CANCELLED' }
  | { code: 'TOO_EARLY'; opensAt: number }
  | { code: 'SHIFT_OVER'; endedAt: number };

export type CheckInDecision = { ok: true; late: boolean; lateMinutes: number } | { ok: false; refusal: CheckInRefusal };

/** May someone on `shift` check in at `at`, and is that late? The window is [start − opens, end + close grace). */
export function checkInDecision(shift: ShiftTimes, policy: AttendancePolicy, at: number): CheckInDecision {
  if (shift.cancelled) return { ok: false, refusal: { code: 'SHIFT_CANCELLED' } };
  const opensAt = shift.startsAt - policy.checkInOpensMinutes * MIN;
  if (at < opensAt) return { ok: false, refusal: { code: 'TOO_EARLY', opensAt } };
  // After the end there is nothing left to check in to; staff still record attendance by hand.
  if (at >= shift.endsAt) return { ok: false, refusal: { code: 'SHIFT_OVER', endedAt: shift.endsAt } };
  const lateMinutes = Math.max(0, Math.floor((at - shift.startsAt) / MIN));
  return { ok: true, late: at > shift.startsAt + policy.lateGraceMinutes * MIN, lateMinutes };
}

export interface CandidateShift extends ShiftTimes {
  /** Anything the caller needs back (an assignment id). */
  id: string;
}

export type PickedShift<T extends CandidateShift> =
  | { ok: true; shift: T; late: boolean; lateMinutes: number }
  | { ok: false; refusal: CheckInRefusal | { code: 'NO_SHIFT_NOW' } };

/**
 * "The shift they have now" for a scan or a PIN: among the person's shifts at this place, the one whose
 * check-in window holds `at` (the earliest start when two do); otherwise why not — the next one is not
 * open yet, or the last one is over, or there is none today.
 */
export function pickShiftForCheckIn<T extends CandidateShift>(shifts: readonly T[], policy: AttendancePolicy, at: number): PickedShift<T> {
  const live = shifts.filter((s) => !s.cancelled).sort((a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id));
  for (const s of live) {
    const d = checkInDecision(s, policy, at);
    if (d.ok) return { ok: true, shift: s, late: d.late, lateMinutes: d.lateMinutes };
  }
  const next = live.find((s) => s.startsAt - policy.checkInOpensMinutes * MIN > at);
  if (next) return { ok: false, refusal: { code: 'TOO_EARLY', opensAt: next.startsAt - policy.checkInOpensMinutes * MIN } };
  const last = [...live].reverse().find((s) => s.endsAt <= at);
  if (last) return { ok: false, refusal: { code: 'SHIFT_OVER', endedAt: last.endsAt } };
  if (shifts.some((s) => s.cancelled)) return { ok: false, refusal: { code: 'SHIFT_CANCELLED' } };
  return { ok: false, refusal: { code: 'NO_SHIFT_NOW' } };
}

/** Rounds to the nearest multiple of `step` minutes, halves up (7.5 → 15 with a 15-minute step). */
export function roundMinutes(minutes: number, step: number): number {
  if (step <= 1) return Math.round(minutes);
  return Math.floor(minutes / step + 0.5) * step;
}

/**
 * The minutes a stretch of presence is worth: clamped to the shift (coming early or staying late adds
 * nothing), then rounded by the policy. An open stretch (no check-out) is worth nothing until it is closed.
 */
export function workedMinutes(shift: ShiftTimes, checkInAt: number, checkOutAt: number | null, policy: Pick<AttendancePolicy, 'roundingMinutes'>): number {
  if (checkOutAt == null) return 0;
  const from = Math.max(checkInAt, shift.startsAt);
  const to = Math.min(checkOutAt, shift.endsAt);
  if (to <= from) return 0;
  const whole = Math.round((shift.endsAt - shift.startsAt) / MIN);
  const worked = (to - from) / MIN;
  // The whole shift is worth the whole shift, whatever its length; a part is rounded, never past the whole.
  return worked >= whole ? whole : Math.min(roundMinutes(worked, policy.roundingMinutes), whole);
}

/** When a check-out missing at `shift` is closed by the system (and flagged), and when no check-in means no-show. */
export function closingTime(shift: ShiftTimes, policy: AttendancePolicy): number {
  return shift.endsAt + policy.closeGraceMinutes * MIN;
}

/** A check-out before the end (minus the late grace) is an early leave. */
export function isEarlyLeave(shift: ShiftTimes, checkOutAt: number, policy: AttendancePolicy): boolean {
  return checkOutAt < shift.endsAt - policy.lateGraceMinutes * MIN;
}

/** Nobody checked in and the shift closed: a no-show. */
export function isNoShow(shift: ShiftTimes, checkedIn: boolean, policy: AttendancePolicy, now: number): boolean {
  return !shift.cancelled && !checkedIn && now >= closingTime(shift, policy);
}

// ——— offline kiosks ———

/** An offline check-in's own time may be this far ahead of the server's clock (tablet clocks drift). */
export const OFFLINE_MAX_FUTURE_MINUTES = 5;
/** An offline check-in older than this is refused: nobody can vouch for a week-old tap. */
export const OFFLINE_MAX_AGE_HOURS = 72;
/** Synced later than this after it happened, it waits for a coordinator's review. */
export const OFFLINE_LATE_SYNC_MINUTES = 15;

export type OfflineTimeVerdict = { ok: true; lateSync: boolean } | { ok: false; code: 'OFFLINE_TIME_IN_FUTURE' | 'OFFLINE_TIME_TOO_OLD' };

/** Whether the server takes a check-in time that a kiosk recorded while offline, received at `receivedAt`. */
export function offlineTimeVerdict(clientAt: number, receivedAt: number): OfflineTimeVerdict {
  if (clientAt > receivedAt + OFFLINE_MAX_FUTURE_MINUTES * MIN) return { ok: false, code: 'OFFLINE_TIME_IN_FUTURE' };
  if (clientAt < receivedAt - OFFLINE_MAX_AGE_HOURS * 60 * MIN) return { ok: false, code: 'OFFLINE_TIME_TOO_OLD' };
  return { ok: true, lateSync: receivedAt - clientAt > OFFLINE_LATE_SYNC_MINUTES * MIN };
}

// ——— kiosk codes ———

/** A kiosk's QR changes every 30 s… */
export const KIOSK_CODE_STEP_SECONDS = 30;
/** …and a code is taken for 60 s after it was shown (the step it was shown in and the next): a photo is not. */
export const KIOSK_CODE_MAX_AGE_SECONDS = 60;

/** The step a kiosk code is made for at `now`. */
export function kioskCodeStep(now: number): number {
  return Math.floor(now / (KIOSK_CODE_STEP_SECONDS * 1000));
}

export type KioskCodeAge = 'fresh' | 'expired' | 'from_future';

/** A code made for `step` is fresh at `now` while no more than 60 s have passed since that step began. */
export function kioskCodeAge(step: number, now: number): KioskCodeAge {
  const issuedAt = step * KIOSK_CODE_STEP_SECONDS * 1000;
  if (issuedAt > now + KIOSK_CODE_STEP_SECONDS * 1000) return 'from_future';
  return now - issuedAt <= KIOSK_CODE_MAX_AGE_SECONDS * 1000 ? 'fresh' : 'expired';
}

// ——— PINs ———

export type PinProblem = 'PIN_FORMAT' | 'PIN_TOO_SIMPLE';

/** A personal kiosk PIN: six digits, not one digit repeated and not a run like 123456 or 987654. */
export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d{6}$/.test(pin)) return 'PIN_FORMAT';
  const d = [...pin].map(Number);
  const step = d[1] - d[0];
  const even = d.every((x, i) => i === 0 || x - d[i - 1] === step);
  return even && Math.abs(step) <= 1 ? 'PIN_TOO_SIMPLE' : null;
}
