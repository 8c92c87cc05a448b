import {
  addDays, AZ_CALENDAR_DECREES, bakuDateOf, DEFAULT_ATTENDANCE_POLICY, expandShiftTemplates, isEarlyLeave, nonWorkingDatesBetween, workedMinutes,
} from '@dost/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { HoursLedgerService } from '../hours-ledger.service';

/** How far back the demo's history goes: long enough for monthly charts and reports to compare months. */
export const DEMO_HISTORY_WEEKS = 20;

const MIN = 60_000;

interface PastShift {
  id: string;
  centerId: string | null;
  eventId: string | null;
  positionId: string;
  startsAt: number;
  endsAt: number;
}

interface Attended {
  attendanceId: string;
  assignmentId: string;
  volunteerId: string;
  shift: PastShift;
  checkInAt: number;
  checkOutAt: number;
  late: boolean;
  lateMinutes: number;
  earlyLeave: boolean;
  autoClosed: boolean;
}

/** A small deterministic hash, so the same demo comes out every time (no Math.random). */
const pick = (s: string, n: number): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return Math.abs(h) % n;
};

/**
 * The hours part of the demo, run once on the first start after the rostering demo: 20 weeks of past
 * shifts at every demo center, worked (check-ins, a few late arrivals and early leaves, a few no-shows —
 * one volunteer blocked by them), SOCGOV 2025 worked, and everything written to the ledger through its one
 * writer: older entries approved by the place's coordinator or organiser, the last week's still pending,
 * a few manual entries (training, remote work; one rejected with its reason). Totals, the monthly roll-up
 * and milestones therefore come out exactly as the ledger says.
 */
export async function seedHoursDemo(em: EntityManager, ledger: HoursLedgerService, now: Date): Promise<void> {
  const today = bakuDateOf(now.getTime());
  const volunteers: { id: string; email: string; home_center_id: string | null }[] = await em.query(
    `SELECT id, email, home_center_id FROM volunteers WHERE demo AND status = 'active' ORDER BY email`,
  );
  if (!volunteers.length) return;
  const approverOf = await approvers(em);

  // ——— past shifts at the centers, from their weekly templates ———
  const templates: { id: string; center_id: string; position_id: string; weekdays: number[]; start_time: string; end_time: string; slots: number }[] = await em.query(
    `SELECT t.id, t.center_id, t.position_id, t.weekdays, t.start_time, t.end_time, t.slots FROM shift_templates t JOIN centers c ON c.id = t.center_id WHERE c.demo ORDER BY t.id`,
  );
  const expanded = expandShiftTemplates(
    templates.map((t) => ({ id: t.id, weekdays: t.weekdays as never, startTime: t.start_time, endTime: t.end_time, slots: t.slots, positionId: t.position_id })),
    { from: addDays(today, -7 * DEMO_HISTORY_WEEKS), to: addDays(today, -1), skipDates: nonWorkingDatesBetween(addDays(today, -7 * DEMO_HISTORY_WEEKS), addDays(today, -1), AZ_CALENDAR_DECREES) },
  );
  const centerOf = new Map(templates.map((t) => [t.id, t.center_id]));
  const past: (PastShift & { slots: number; templateId: string })[] = expanded.map((e) => ({
    id: randomUUID(), centerId: centerOf.get(e.templateId)!, eventId: null, positionId: e.positionId, templateId: e.templateId,
    startsAt: Date.parse(e.startsAt), endsAt: Date.parse(e.endsAt), slots: e.slots,
  }));

  // Who worked them: people of the center, each from the week they joined, one shift a day and at most two a
  // week (the demo volunteer one a week, from ten weeks ago: he is a few hours short of his 50-hour milestone).
  const tural = volunteers.find((v) => v.email === 'volunteer@demo.dost.local');
  const joinedAt = new Map(volunteers.map((v) => [v.id, now.getTime() - 7 * 86_400_000 * (v === tural ? 10 : 6 + pick(v.id, DEMO_HISTORY_WEEKS - 5))]));
  const weeklyCap = (v: string) => (v === tural?.id ? 1 : 2);
  const byHome = new Map<string, string[]>();
  for (const v of volunteers) if (v.home_center_id) byHome.set(v.home_center_id, [...(byHome.get(v.home_center_id) ?? []), v.id]);
  const taken = new Map<string, number>();
  const placed: { shift: PastShift; volunteerId: string }[] = [];
  const filled = new Map<string, number>();
  past.forEach((s, i) => {
    const pool = byHome.get(s.centerId!) ?? [];
    const want = Math.min(s.slots, [2, 1, 2, 1, 0, 2][i % 6]);
    const day = bakuDateOf(s.startsAt);
    const week = `${Math.floor((s.startsAt - Date.parse('2024-01-01T00:00:00+04:00')) / (7 * 86_400_000))}`;
    let got = 0;
    for (let k = 0; k < pool.length && got < want; k += 1) {
      const v = pool[(i * 5 + k) % pool.length];
      if (s.startsAt < joinedAt.get(v)! || taken.has(`${v}|${day}`) || (taken.get(`${v}|w${week}`) ?? 0) >= weeklyCap(v)) continue;
      taken.set(`${v}|${day}`, 1);
      taken.set(`${v}|w${week}`, (taken.get(`${v}|w${week}`) ?? 0) + 1);
      placed.push({ shift: s, volunteerId: v });
      got += 1;
    }
    filled.set(s.id, got);
  });
  await em.query(
    `INSERT INTO shifts (id, center_id, position_id, template_id, starts_at, ends_at, slots, assigned_count, visibility, signup_opens_days_before, cancellation_cutoff_hours, status)
     SELECT id, center_id, position_id, template_id, starts_at, ends_at, slots, assigned_count, 'open', 21, 12, 'published'
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[], $7::int[], $8::int[])
         AS t(id, center_id, position_id, template_id, starts_at, ends_at, slots, assigned_count)`,
    [past.map((s) => s.id), past.map((s) => s.centerId), past.map((s) => s.positionId), past.map((s) => s.templateId), past.map((s) => new Date(s.startsAt)),
      past.map((s) => new Date(s.endsAt)), past.map((s) => s.slots), past.map((s) => filled.get(s.id) ?? 0)],
  );
  const pastAssignments = placed.map((p) => ({ ...p, assignmentId: randomUUID() }));
  await insertAssignments(em, pastAssignments.map((p) => ({ id: p.assignmentId, shiftId: p.shift.id, volunteerId: p.volunteerId })));

  // Shifts the rostering demo filled from today on that are already over at the first start are history too.
  const overToday: { assignment_id: string; volunteer_id: string; id: string; center_id: string | null; event_id: string | null; position_id: string; starts_at: Date; ends_at: Date }[] =
    await em.query(
      `SELECT a.id AS assignment_id, a.volunteer_id, s.id, s.center_id, s.event_id, s.position_id, s.starts_at, s.ends_at
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
        WHERE a.status IN ('assigned', 'completed') AND s.ends_at <= $1 AND a.id <> ALL($2::uuid[])
        ORDER BY s.starts_at, a.id`,
      [now, pastAssignments.map((p) => p.assignmentId)],
    );
  const worked = [
    ...pastAssignments,
    ...overToday.map((r) => ({
      assignmentId: r.assignment_id, volunteerId: r.volunteer_id,
      shift: { id: r.id, centerId: r.center_id, eventId: r.event_id, positionId: r.position_id, startsAt: r.starts_at.getTime(), endsAt: r.ends_at.getTime() },
    })),
  ];

  // ——— what happened at each: mostly on time, some late, a few early leaves, a few no-shows ———
  const blocked = volunteers.find((v) => v.email === 'volunteer05@demo.dost.local')?.id;
  const blockedNoShows = new Set(worked.filter((w) => w.volunteerId === blocked && w.shift.centerId).slice(-3).map((w) => w.assignmentId));
  const attended: Attended[] = [];
  const noShows: string[] = [];
  const lastWeek = now.getTime() - 7 * 86_400_000;
  const missed = new Map<string, number>();
  for (const w of worked) {
    const r = pick(w.assignmentId, 100);
    // About one in thirty is missed, at most twice per person — but volunteer05 missed three and is blocked.
    if (blockedNoShows.has(w.assignmentId) || (w.volunteerId !== blocked && r < 4 && (missed.get(w.volunteerId) ?? 0) < 2)) {
      missed.set(w.volunteerId, (missed.get(w.volunteerId) ?? 0) + 1);
      noShows.push(w.assignmentId);
      continue;
    }
    const late = r >= 4 && r < 10;
    const checkInAt = w.shift.startsAt + (late ? (15 + (r % 4) * 5) * MIN : -(r % 4) * 5 * MIN);
    const earlyLeave = r >= 12 && r < 16;
    // One in twenty of the last week's forgot to check out: the system closed them at the end.
    const autoClosed = !earlyLeave && r >= 95 && w.shift.endsAt > lastWeek;
    const checkOutAt = earlyLeave ? w.shift.endsAt - 60 * MIN : w.shift.endsAt + (autoClosed ? 0 : (r % 3) * 4 * MIN);
    attended.push({
      attendanceId: randomUUID(), assignmentId: w.assignmentId, volunteerId: w.volunteerId, shift: w.shift, checkInAt, checkOutAt,
      late, lateMinutes: late ? Math.floor((checkInAt - w.shift.startsAt) / MIN) : 0, earlyLeave: isEarlyLeave(w.shift, checkOutAt, DEFAULT_ATTENDANCE_POLICY) && earlyLeave, autoClosed,
    });
  }
  await em.query(`UPDATE shift_assignments SET status = 'no_show' WHERE id = ANY($1::uuid[])`, [noShows]);
  await em.query(`UPDATE shift_assignments SET status = 'completed' WHERE id = ANY($1::uuid[])`, [attended.map((a) => a.assignmentId)]);
  await em.query(
    `UPDATE volunteers v SET no_show_count = n.count, signup_blocked = n.count >= 3
       FROM (SELECT a.volunteer_id, count(*)::int AS count FROM shift_assignments a WHERE a.status = 'no_show' GROUP BY a.volunteer_id) n WHERE v.id = n.volunteer_id`,
  );

  // ——— SOCGOV 2025: everyone on its board came (the role board shows them completed) ———
  const socgov: { assignment_id: string; volunteer_id: string; id: string; event_id: string; position_id: string; starts_at: Date; ends_at: Date }[] = await em.query(
    `SELECT a.id AS assignment_id, a.volunteer_id, s.id, s.event_id, s.position_id, s.starts_at, s.ends_at
       FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN events e ON e.id = s.event_id
      WHERE e.demo AND e.status = 'completed' AND a.status = 'completed' AND a.id <> ALL($1::uuid[]) ORDER BY a.id`,
    [attended.map((a) => a.assignmentId)],
  );
  for (const r of socgov) {
    const shift = { id: r.id, centerId: null, eventId: r.event_id, positionId: r.position_id, startsAt: r.starts_at.getTime(), endsAt: r.ends_at.getTime() };
    const early = pick(r.assignment_id, 4) * 5 * MIN;
    attended.push({
      attendanceId: randomUUID(), assignmentId: r.assignment_id, volunteerId: r.volunteer_id, shift, checkInAt: shift.startsAt - early, checkOutAt: shift.endsAt + early,
      late: false, lateMinutes: 0, earlyLeave: false, autoClosed: false,
    });
  }

  await em.query(
    `INSERT INTO attendance_records (id, volunteer_id, assignment_id, shift_id, center_id, event_id, work_date, check_in_at, check_out_at, check_in_method, check_out_method,
                                     late, late_minutes, early_leave, auto_closed)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::date[], $8::timestamptz[], $9::timestamptz[], $10::varchar[], $11::varchar[],
                          $12::boolean[], $13::int[], $14::boolean[], $15::boolean[])`,
    [
      attended.map((a) => a.attendanceId), attended.map((a) => a.volunteerId), attended.map((a) => a.assignmentId), attended.map((a) => a.shift.id),
      attended.map((a) => a.shift.centerId), attended.map((a) => a.shift.eventId), attended.map((a) => bakuDateOf(a.shift.startsAt)),
      attended.map((a) => new Date(a.checkInAt)), attended.map((a) => new Date(a.checkOutAt)),
      attended.map((a) => (a.shift.eventId ? 'staff' : pick(a.attendanceId, 3) === 0 ? 'pin' : 'qr')), attended.map((a) => (a.autoClosed ? 'auto' : a.shift.eventId ? 'staff' : 'qr')),
      attended.map((a) => a.late), attended.map((a) => a.lateMinutes), attended.map((a) => a.earlyLeave), attended.map((a) => a.autoClosed),
    ],
  );

  // ——— the ledger: every attendance through its writer; older ones approved, the last week's pending ———
  const entryIds = await ledger.recordAttendanceBatch(em, attended.map((a) => ({
    attendanceId: a.attendanceId, volunteerId: a.volunteerId, shiftId: a.shift.id, positionId: a.shift.positionId, centerId: a.shift.centerId, eventId: a.shift.eventId,
    workDate: bakuDateOf(a.shift.startsAt), minutes: workedMinutes(a.shift, a.checkInAt, a.checkOutAt, DEFAULT_ATTENDANCE_POLICY),
    flags: [...(a.late ? ['late'] : []), ...(a.earlyLeave ? ['early_leave'] : []), ...(a.autoClosed ? ['auto_closed'] : [])],
  })));
  const toApprove = new Map<string, string[]>();
  attended.forEach((a, i) => {
    if (a.shift.endsAt >= lastWeek || a.autoClosed) return;
    const approver = approverOf(a.shift);
    toApprove.set(approver, [...(toApprove.get(approver) ?? []), entryIds[i]]);
  });

  // A few manual entries: trainings approved, remote work waiting, one rejected with its reason.
  const manual = [
    ...(tural ? [
      { v: tural, days: 60, minutes: 180, category: 'training' as const, note: 'Elektron xidmətlər üzrə təlim (DOST Agentliyi, 3 saat) — iştirak vərəqəsi koordinatordadır.', decide: 'approved' as const },
      { v: tural, days: 3, minutes: 120, category: 'remote' as const, note: 'Könüllülər üçün məlumat kitabçasının tərcüməsi (ingilis dilinə), fayl koordinatora göndərilib.', decide: null },
    ] : []),
    ...volunteers.slice(2, 5).map((v, i) => ({
      v, days: 4 + i, minutes: 90 + i * 30, category: 'event_preparation' as const, note: 'Forum üçün qeydiyyat materiallarının hazırlanması (demo).', decide: null,
    })),
    ...volunteers.slice(6, 7).map((v) => ({
      v, days: 12, minutes: 600, category: 'other' as const, note: 'Evdən könüllülük (demo).', decide: 'rejected' as const,
    })),
  ];
  const rejections: string[] = [];
  for (const m of manual) {
    const centerId = m.v.home_center_id;
    if (!centerId) continue;
    const row = await ledger.addManual(em, {
      volunteerId: m.v.id, centerId, eventId: null, workDate: addDays(today, -m.days), minutes: m.minutes, category: m.category, note: m.note, createdBy: m.v.id,
    });
    const approver = approverOf({ centerId, eventId: null });
    if (m.decide === 'approved') toApprove.set(approver, [...(toApprove.get(approver) ?? []), row.id]);
    if (m.decide === 'rejected') rejections.push(row.id);
  }
  for (const [approver, ids] of toApprove) await ledger.decide(em, ids, 'approved', approver, null, now);
  if (rejections.length) {
    await ledger.decide(em, rejections, 'rejected', approverOf({ centerId: manual.find((m) => m.decide === 'rejected')!.v.home_center_id, eventId: null }),
      '10 saatlıq iş üçün sübut göstərilməyib; nə etdiyinizi və kimin təsdiqləyə biləcəyini yazın.', now);
  }
}

async function insertAssignments(em: EntityManager, rows: { id: string; shiftId: string; volunteerId: string }[]): Promise<void> {
  await em.query(
    `INSERT INTO shift_assignments (id, shift_id, volunteer_id, status, source, overrides)
     SELECT id, shift_id, volunteer_id, 'assigned', 'coordinator', '[]'::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS t(id, shift_id, volunteer_id)`,
    [rows.map((r) => r.id), rows.map((r) => r.shiftId), rows.map((r) => r.volunteerId)],
  );
}

/** Who approves a place's hours in the demo: its coordinator or organiser, else the first admin. */
async function approvers(em: EntityManager): Promise<(place: { centerId: string | null; eventId: string | null }) => string> {
  const coordinators: { center_id: string; user_id: string }[] = await em.query(`SELECT center_id, user_id FROM coordinator_centers`);
  const organisers: { event_id: string; user_id: string }[] = await em.query(`SELECT event_id, user_id FROM event_organizers`);
  const [admin]: { user_id: string }[] = await em.query(`SELECT r.user_id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.role = 'admin' ORDER BY u.created_at LIMIT 1`);
  return (place) =>
    (place.centerId ? coordinators.find((c) => c.center_id === place.centerId)?.user_id : organisers.find((o) => o.event_id === place.eventId)?.user_id) ?? admin.user_id;
}
