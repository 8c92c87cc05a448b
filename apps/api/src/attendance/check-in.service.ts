import { Injectable } from '@nestjs/common';
import {
  bakuDateOf, bakuTimeOf, isEarlyLeave, pickShiftForCheckIn, roundMinutes, workedMinutes, type AttendancePolicy, type CheckInRefusal,
} from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { HoursLedgerService } from '../hours/hours-ledger.service';
import { AttendanceNotifier } from './attendance-notifier';
import { AttendanceRefusal } from './attendance.messages';
import { AttendanceRepository, type CandidateRow, type ShiftFacts, type VolunteerFacts } from './attendance.repository';
import { placeOfRow, type CheckMethod, type CheckResult, type Place } from './attendance.types';
import type { AttendanceRecordEntity } from './entities/attendance-record.entity';

const MIN = 60_000;
const DAY = 86_400_000;
/** A walk-in has no shift to clamp to: its minutes stop at 12 hours. */
export const WALK_IN_MAX_MINUTES = 12 * 60;

/** What a check-in or check-out did, for the answer of the scan, the PIN pad, the sync and the day sheet. */
export interface CheckOutcome {
  result: CheckResult;
  record: AttendanceRecordEntity;
  shift: ShiftFacts | null;
  late: boolean;
  lateMinutes: number;
  /** Minutes written to the ledger (on check-out). */
  minutes?: number;
}

export interface CheckContext {
  method: Exclude<CheckMethod, 'auto'>;
  kioskId: string | null;
  /** Recorded offline and synced late. */
  lateSync: boolean;
  /** Staff who recorded it (they vouch for it in the ledger). */
  recordedBy: string | null;
  /** Walk-ins are taken from a PIN at a center's kiosk only. */
  allowWalkIn: boolean;
  now: Date;
}

export function refusalOf(r: CheckInRefusal | { code: 'NO_SHIFT_NOW' }): AttendanceRefusal {
  switch (r.code) {
    case 'TOO_EARLY':
      return new AttendanceRefusal('TOO_EARLY', { time: bakuTimeOf(r.opensAt) });
    case 'SHIFT_OVER':
      return new AttendanceRefusal('SHIFT_OVER', { time: bakuTimeOf(r.endedAt) });
    default:
      return new AttendanceRefusal(r.code);
  }
}

const timesOf = (s: ShiftFacts) => ({ startsAt: s.startsAt.getTime(), endsAt: s.endsAt.getTime(), cancelled: s.status === 'cancelled' });

/**
 * Check-in and check-out, whoever records them (QR, PIN, offline PIN, staff, the job). Every method runs
 * in the caller's transaction. A check-in is an INSERT … ON CONFLICT DO NOTHING on the unique index of the
 * assignment (or of the walk-in's day), so twenty concurrent scans make one row and nineteen "already in";
 * a check-out is a guarded UPDATE (`check_out_at IS NULL`), so only one closer writes minutes to the ledger.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly repo: AttendanceRepository,
    private readonly ledger: HoursLedgerService,
    private readonly notifier: AttendanceNotifier,
  ) {}

  /** Checks the volunteer in at the place at `at` to "the shift they have now" (or as a walk-in). */
  async checkIn(em: EntityManager, v: VolunteerFacts, place: Place, at: Date, ctx: CheckContext): Promise<CheckOutcome> {
    const { policy } = await this.repo.policy(place, em);
    const candidates = await this.repo.candidates(em, v.id, place, new Date(at.getTime() - DAY), new Date(at.getTime() + DAY));
    const asShifts = (rows: CandidateRow[]) =>
      rows.map((c) => ({ id: c.assignmentId, ...timesOf(c.shift), cancelled: c.shift.status === 'cancelled' || c.assignmentStatus === 'cancelled', row: c }));
    // A shift not yet attended wins over one already checked out whose window is still open (back-to-back shifts).
    const live = pickShiftForCheckIn(asShifts(candidates.filter((c) => c.assignmentStatus === 'assigned')), policy, at.getTime());
    const picked = live.ok ? live : pickShiftForCheckIn(asShifts(candidates), policy, at.getTime());
    if (picked.ok) {
      const c = picked.shift.row;
      // The assignment row is the lock staff marking (absent) and the no-show job take too: never a no-show with a check-in.
      const status = await this.repo.lockAssignment(em, c.assignmentId);
      if (status !== 'assigned' && status !== 'completed') throw new AttendanceRefusal(status === 'cancelled' ? 'SHIFT_CANCELLED' : 'NO_SHIFT_NOW');
      const inserted = await this.repo.insertAttendance(em, {
        volunteerId: v.id, assignmentId: c.assignmentId, shiftId: c.shift.id, centerId: c.shift.centerId, eventId: c.shift.eventId,
        workDate: bakuDateOf(at.getTime()), checkInAt: at, checkInMethod: ctx.method, late: picked.late, lateMinutes: picked.late ? picked.lateMinutes : 0,
        lateSync: ctx.lateSync, walkIn: false, kioskId: ctx.kioskId, recordedBy: ctx.recordedBy,
      });
      if (inserted) return { result: 'checked_in', record: inserted, shift: c.shift, late: inserted.late, lateMinutes: inserted.lateMinutes };
      const existing = (await this.repo.attendanceByAssignment(em, c.assignmentId))!;
      return this.already(existing, c.shift);
    }
    const noShiftNow = picked.refusal.code === 'NO_SHIFT_NOW' || picked.refusal.code === 'SHIFT_OVER';
    if (!(noShiftNow && ctx.allowWalkIn && place.kind === 'center')) throw refusalOf(picked.refusal);
    if (v.status !== 'active' && v.status !== 'alumni') throw new AttendanceRefusal('NOT_ACTIVE');
    const workDate = bakuDateOf(at.getTime());
    const inserted = await this.repo.insertAttendance(em, {
      volunteerId: v.id, assignmentId: null, shiftId: null, centerId: place.id, eventId: null, workDate, checkInAt: at, checkInMethod: ctx.method,
      late: false, lateMinutes: 0, lateSync: ctx.lateSync, walkIn: true, kioskId: ctx.kioskId, recordedBy: ctx.recordedBy,
    });
    if (inserted) return { result: 'walk_in', record: inserted, shift: null, late: false, lateMinutes: 0 };
    return this.already((await this.repo.walkInOf(em, v.id, place.id, workDate))!, null);
  }

  /** Checks the volunteer out at `at` of the open presence at the place (checked in within the last day). */
  async checkOut(em: EntityManager, v: VolunteerFacts, place: Place, at: Date, ctx: CheckContext): Promise<CheckOutcome> {
    const record = await this.repo.latestAttendance(em, v.id, place, new Date(at.getTime() - DAY), at);
    if (!record) throw new AttendanceRefusal('NOT_CHECKED_IN');
    const shift = record.shiftId ? await this.repo.shift(record.shiftId, em) : null;
    if (record.checkOutAt) return this.already(record, shift);
    return this.close(em, record, shift, at, { method: ctx.method, autoClosed: false, lateSync: ctx.lateSync, vouchedBy: ctx.recordedBy, now: ctx.now });
  }

  /**
   * Closes an open record at `at`, moves the assignment to `completed` and writes the minutes to the
   * ledger — in the caller's transaction, once: a concurrent closer gets "already out".
   */
  async close(
    em: EntityManager, record: AttendanceRecordEntity, shift: ShiftFacts | null, at: Date,
    o: { method: CheckMethod; autoClosed: boolean; lateSync: boolean; vouchedBy: string | null; now: Date },
  ): Promise<CheckOutcome> {
    const { policy } = await this.repo.policy(placeOfRow(record), em);
    const earlyLeave = !!shift && !o.autoClosed && o.method !== 'auto' && isEarlyLeave(timesOf(shift), at.getTime(), policy);
    const closed = await this.repo.closeAttendance(em, record.id, { checkOutAt: at, checkOutMethod: o.method, earlyLeave, autoClosed: o.autoClosed, lateSync: o.lateSync });
    if (!closed) return this.already((await this.repo.attendanceById(em, record.id))!, shift);
    if (closed.assignmentId) await this.repo.moveAssignment(em, closed.assignmentId, ['assigned'], 'completed');
    const minutes = this.minutesOf(closed, shift, policy);
    const flags = [
      closed.late && 'late', closed.earlyLeave && 'early_leave', closed.autoClosed && 'auto_closed', closed.lateSync && 'late_sync', closed.walkIn && 'walk_in',
    ].filter((f): f is string => !!f);
    // Staff who recorded the presence vouch for it; a kiosk or QR presence waits for approval.
    const vouchedBy = o.vouchedBy ?? (closed.checkInMethod === 'staff' ? closed.recordedBy : null);
    const { milestones } = await this.ledger.recordAttendance(em, {
      attendanceId: closed.id, volunteerId: closed.volunteerId, shiftId: closed.shiftId, positionId: shift?.positionId ?? null,
      centerId: closed.centerId, eventId: closed.eventId, workDate: shift ? bakuDateOf(shift.startsAt.getTime()) : closed.workDate,
      minutes, flags, vouchedBy,
    }, o.now);
    if (milestones.length) {
      const v = await this.repo.volunteer(closed.volunteerId, em);
      if (v) await this.notifier.milestones(em, v, milestones.map((m) => m.hours));
    }
    return { result: 'checked_out', record: closed, shift, late: closed.late, lateMinutes: closed.lateMinutes, minutes };
  }

  minutesOf(r: AttendanceRecordEntity, shift: ShiftFacts | null, policy: AttendancePolicy): number {
    if (!r.checkOutAt) return 0;
    if (shift) return workedMinutes(timesOf(shift), r.checkInAt.getTime(), r.checkOutAt.getTime(), policy);
    const raw = Math.min((r.checkOutAt.getTime() - r.checkInAt.getTime()) / MIN, WALK_IN_MAX_MINUTES);
    return Math.min(roundMinutes(raw, policy.roundingMinutes), WALK_IN_MAX_MINUTES);
  }

  private already(record: AttendanceRecordEntity, shift: ShiftFacts | null): CheckOutcome {
    return { result: record.checkOutAt ? 'already_out' : 'already_in', record, shift, late: record.late, lateMinutes: record.lateMinutes };
  }
}
