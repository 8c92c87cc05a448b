import { toBakuIso, type LocalizedText } from '@dost/domain';
import type { ShiftFacts } from './attendance.repository';
import type { CheckResult } from './attendance.types';
import type { CheckOutcome } from './check-in.service';
import type { AttendanceRecordEntity } from './entities/attendance-record.entity';
import type { KioskDeviceEntity } from './entities/kiosk-device.entity';

export const baku = (d: Date): string => toBakuIso(d.getTime());
const bakuOrNull = (d: Date | null): string | null => (d ? baku(d) : null);

/** "Aysel Məmmədova" → "Aysel M.": enough for a person to find their own name on a public kiosk, not more. */
export function displayName(fullName: string): string {
  // A note in brackets ("Tural Məmmədov (demo)") is no part of the name: it gave "Tural (.".
  const parts = fullName.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
  if (parts.length < 2) return parts[0] ?? '';
  return `${parts[0]} ${parts[parts.length - 1].charAt(0).toLocaleUpperCase('az')}.`;
}

export interface KioskDto {
  id: string;
  name: string;
  centerId: string | null;
  eventId: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

export const toKioskDto = (k: KioskDeviceEntity): KioskDto => ({
  id: k.id, name: k.name, centerId: k.centerId, eventId: k.eventId, createdAt: baku(k.createdAt), lastSeenAt: bakuOrNull(k.lastSeenAt), revokedAt: bakuOrNull(k.revokedAt),
});

export interface ShiftBriefDto {
  id: string;
  startsAt: string;
  endsAt: string;
  positionName: LocalizedText;
}

export const toShiftBrief = (s: ShiftFacts): ShiftBriefDto => ({ id: s.id, startsAt: baku(s.startsAt), endsAt: baku(s.endsAt), positionName: s.positionName });

export interface AttendanceDto {
  id: string;
  checkInAt: string;
  checkOutAt: string | null;
  checkInMethod: string;
  checkOutMethod: string | null;
  late: boolean;
  lateMinutes: number;
  earlyLeave: boolean;
  autoClosed: boolean;
  lateSync: boolean;
  walkIn: boolean;
}

export const toAttendanceDto = (r: AttendanceRecordEntity): AttendanceDto => ({
  id: r.id, checkInAt: baku(r.checkInAt), checkOutAt: bakuOrNull(r.checkOutAt), checkInMethod: r.checkInMethod, checkOutMethod: r.checkOutMethod,
  late: r.late, lateMinutes: r.lateMinutes, earlyLeave: r.earlyLeave, autoClosed: r.autoClosed, lateSync: r.lateSync, walkIn: r.walkIn,
});

/** The answer of a scan, a PIN tap or one synced item. */
export interface CheckAnswerDto {
  result: CheckResult;
  shift: ShiftBriefDto | null;
  late: boolean;
  lateMinutes: number;
  minutes?: number;
  checkInAt: string;
  checkOutAt: string | null;
}

export const toCheckAnswer = (o: CheckOutcome): CheckAnswerDto => ({
  result: o.result, shift: o.shift ? toShiftBrief(o.shift) : null, late: o.late, lateMinutes: o.lateMinutes,
  ...(o.minutes !== undefined ? { minutes: o.minutes } : {}), checkInAt: baku(o.record.checkInAt), checkOutAt: bakuOrNull(o.record.checkOutAt),
});
