import { bakuDateOf } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { AttendanceRecordEntity } from '../../attendance/entities/attendance-record.entity';
import { EventOrganizerEntity } from '../../organisation/entities/event-organizer.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { PositionEntity } from '../../rostering/entities/position.entity';
import { ShiftAssignmentEntity } from '../../rostering/entities/shift-assignment.entity';
import { ShiftPolicyEntity } from '../../rostering/entities/shift-policy.entity';
import { ShiftEntity } from '../../rostering/entities/shift.entity';
import { EventIncidentEntity } from '../entities/event-incident.entity';

const HOUR = 3_600_000;

/**
 * An event running TODAY at first start, for the event-day desk (docs/event-desk.md): it began at the last full
 * hour minus one, so the morning block is under way — two people at the registration desk and two at protocol
 * checked in, one protocol volunteer missing (started over an hour ago, no check-in), the afternoon block
 * ahead; English speakers with no shift today are its standby; one incident is open. Times are relative to
 * `now`, so the desk shows something true on whatever day `npm start` first runs.
 */
export async function seedEventDeskDemo(em: EntityManager, now: Date): Promise<void> {
  const organizer = await em.findOne(UserEntity, { where: { email: 'organizer@demo.dost.local' } });
  const start = new Date(Math.floor(now.getTime() / HOUR) * HOUR - HOUR);
  const mid = new Date(start.getTime() + 4 * HOUR);
  const end = new Date(start.getTime() + 8 * HOUR);
  const event = await em.save(EventEntity, em.create(EventEntity, {
    nameAz: 'Könüllülük Sərgisi — bu gün (demo)', nameEn: 'Volunteering Fair — today (demo)', nameRu: 'Ярмарка волонтёрства — сегодня (демо)',
    venue: 'Bakı, Dənizkənarı Bulvar, Sərgi pavilyonu (demo)', startsAt: start, endsAt: end, status: 'published', demo: true,
  }));
  if (organizer) await em.insert(EventOrganizerEntity, { userId: organizer.id, eventId: event.id });
  await em.insert(ShiftPolicyEntity, { eventId: event.id, weeklyCapMinutes: null, minRestMinutes: null, maxShiftsPerDay: null, noShowLimit: null, swapNeedsApproval: false });
  const [registration, protocol, info] = await em.save(PositionEntity, [
    { code: 'fair-registration', name: ['Qeydiyyat masası', 'Registration desk', 'Стойка регистрации'], req: { languages: [{ language: 'en', minLevel: 'B1' as const }] } },
    { code: 'fair-protocol', name: ['Qonaqların qarşılanması (ingilis dili)', 'Welcoming guests (English)', 'Встреча гостей (английский)'], req: { languages: [{ language: 'en', minLevel: 'B2' as const }] } },
    { code: 'fair-info', name: ['Məlumat masası', 'Info desk', 'Информационная стойка'], req: {} },
  ].map((p) => em.create(PositionEntity, { eventId: event.id, code: p.code, nameAz: p.name[0], nameEn: p.name[1], nameRu: p.name[2], requirements: p.req, active: true })));

  // English speakers (B2+) with no login of their own (the demo logins stay untouched), those free during the fair's
  // hours first; whoever is not placed below is the morning's standby. On a weekday morning most of them are on a
  // center's 09:00 shift, which would leave the fair empty: then the fewest needed are moved to the fair — their
  // not-yet-started center shifts that clash are cancelled (the place reopens there), so the desk is true at any hour.
  const window = [new Date(start.getTime() - HOUR), new Date(end.getTime() + HOUR)];
  const candidates: { id: string; busy: boolean; movable: boolean }[] = await em.query(
    `SELECT v.id,
            EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
                     WHERE a.volunteer_id = v.id AND a.status IN ('assigned', 'completed', 'no_show') AND s.ends_at > $1 AND s.starts_at < $2) AS busy,
            NOT EXISTS (SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
                         WHERE a.volunteer_id = v.id AND a.status IN ('assigned', 'completed', 'no_show') AND s.ends_at > $1 AND s.starts_at < $2
                           AND (a.status <> 'assigned' OR s.event_id IS NOT NULL OR s.starts_at <= $3)) AS movable
       FROM volunteers v
      WHERE v.status = 'active' AND v.user_id IS NULL AND NOT v.signup_blocked
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.languages) l WHERE l->>'language' = 'en' AND l->>'level' >= 'B2')
      ORDER BY 2, v.full_name, v.id`,
    [window[0], window[1], now],
  );
  const NEEDED = 6;
  const free = candidates.filter((c) => !c.busy);
  const moved = free.length >= NEEDED ? [] : candidates.filter((c) => c.busy && c.movable).slice(0, NEEDED - free.length);
  for (const m of moved) {
    const clashing: { id: string; shift_id: string }[] = await em.query(
      `SELECT a.id, a.shift_id FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
        WHERE a.volunteer_id = $1 AND a.status = 'assigned' AND s.ends_at > $2 AND s.starts_at < $3`,
      [m.id, window[0], window[1]],
    );
    for (const a of clashing) {
      await em.update(ShiftAssignmentEntity, { id: a.id }, { status: 'cancelled', cancelledAt: now });
      await em.query(`UPDATE shifts SET assigned_count = GREATEST(assigned_count - 1, 0) WHERE id = $1`, [a.shift_id]);
    }
  }
  const people = [...free.slice(0, 14), ...moved];
  if (people.length < NEEDED) return;
  const shift = (position: PositionEntity, from: Date, to: Date, slots: number, notes: string) =>
    em.save(ShiftEntity, em.create(ShiftEntity, {
      eventId: event.id, positionId: position.id, startsAt: from, endsAt: to, slots, assignedCount: 0, notes,
      visibility: 'assign_only', signupOpensDaysBefore: null, cancellationCutoffHours: null, status: 'published',
    }));
  const regMorning = await shift(registration, start, mid, 2, 'Giriş, A zalı');
  const protoMorning = await shift(protocol, start, mid, 3, 'Baş giriş');
  const infoAfternoon = await shift(info, mid, end, 2, 'Pavilyonun mərkəzi');
  const protoAfternoon = await shift(protocol, mid, end, 2, 'Baş giriş');
  const put = async (s: ShiftEntity, ids: string[], checkedIn: number) => {
    if (!ids.length) return;
    const rows = await em.save(ShiftAssignmentEntity, ids.map((volunteerId) => em.create(ShiftAssignmentEntity, {
      shiftId: s.id, volunteerId, status: 'assigned', source: 'coordinator', overrides: [],
    })));
    await em.update(ShiftEntity, { id: s.id }, { assignedCount: ids.length });
    for (const a of rows.slice(0, checkedIn)) {
      const at = new Date(s.startsAt.getTime() + 3 * 60_000);
      await em.insert(AttendanceRecordEntity, {
        volunteerId: a.volunteerId, assignmentId: a.id, shiftId: s.id, centerId: null, eventId: event.id, workDate: bakuDateOf(at.getTime()),
        checkInAt: at, checkInMethod: 'staff', late: false, lateMinutes: 0, lateSync: false, walkIn: false, kioskId: null, recordedBy: organizer?.id ?? null,
      });
    }
  };
  const ids = people.map((p) => p.id);
  await put(regMorning, ids.slice(0, 2), 2);
  // The third protocol volunteer never came: missing on the desk, and the standby list offers the rest.
  await put(protoMorning, ids.slice(2, 5), 2);
  // The afternoon from whoever is left beyond two standby people (they are free in the morning, so standby too).
  const rest = ids.slice(5, Math.max(5, ids.length - 2));
  await put(infoAfternoon, rest.slice(0, 2), 0);
  await put(protoAfternoon, rest.slice(2, 4), 0);
  await em.insert(EventIncidentEntity, {
    eventId: event.id, kind: 'guest_help', occurredAt: new Date(start.getTime() + 40 * 60_000), reportedBy: 'Qeydiyyat masası (demo)',
    handledBy: null, status: 'open', notes: 'Əlil arabasında olan qonaq B zalına keçmək üçün köməyə ehtiyac duyur.', createdBy: organizer?.id ?? null,
  });
}
