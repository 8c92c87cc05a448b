import { addDays, bakuDateOf, bakuMidnightMs } from '@dost/domain';
import { startAttendanceHttp, type AttendanceHttp } from '../../test/attendance-factory';
import { latestDelivery } from '../../test/mail-helpers';
import { AuditEntryEntity } from '../audit/entities/audit-entry.entity';
import { HourEntryEntity } from '../hours/entities/hour-entry.entity';
import { VolunteerEntity } from '../people/entities/volunteer.entity';
import { ShiftAssignmentEntity } from '../rostering/entities/shift-assignment.entity';
import { AttendanceJobsService } from './attendance-jobs.service';
import { AttendanceRecordEntity } from './entities/attendance-record.entity';

const MIN = 60_000;
/** The job's clock: far from the real one, so rows of other specs never fall in its window. */
const CLOCK = Date.parse('2033-05-18T12:00:00+04:00');

describe('attendance: staff marking, who is in now, the closing and no-show job, corrections', () => {
  let h: AttendanceHttp;
  beforeAll(async () => {
    h = await startAttendanceHttp();
  });
  afterAll(() => h.t.close());

  const assignment = (id: string) => h.t.db.getRepository(ShiftAssignmentEntity).findOneByOrFail({ id });
  const recordOf = (assignmentId: string) => h.t.db.getRepository(AttendanceRecordEntity).findOneBy({ assignmentId });
  const entryOf = (attendanceId: string) => h.t.db.getRepository(HourEntryEntity).findOneByOrFail({ attendanceId });
  const volunteer = (id: string) => h.t.db.getRepository(VolunteerEntity).findOneByOrFail({ id });

  it('marks present, late and absent on a finished shift (all present for the rest); scope and bad input change nothing', async () => {
    const x = await h.a.center({ noShowLimit: 5 });
    const other = await h.a.center();
    const shift = await h.a.shift(x.position, -300, 240);
    const [a, b, c, d] = await h.r.volunteers(4);
    const [aa, ab, ac, ad] = [await h.a.assign(shift, a), await h.a.assign(shift, b), await h.a.assign(shift, c), await h.a.assign(shift, d)];
    const staff = h.a.api(x.coordinator.token);

    await h.a.api(other.coordinator.token).get(`/shifts/${shift.id}/attendance`).expect(404);
    await h.a.api(other.coordinator.token).post(`/shifts/${shift.id}/attendance`, { allPresent: true }).expect(404);
    const noAt = await staff.post(`/shifts/${shift.id}/attendance`, { marks: [{ assignmentId: aa.id, mark: 'present' }, { assignmentId: ab.id, mark: 'late' }] }).expect(400);
    expect(noAt.body.errors).toEqual([expect.objectContaining({ field: 'marks.1.at' })]);
    const outside = await staff.post(`/shifts/${shift.id}/attendance`, { marks: [{ assignmentId: ab.id, mark: 'late', at: new Date(shift.endsAt.getTime() + MIN).toISOString() }] }).expect(400);
    expect(outside.body.errors[0].code).toBe('lateAtOutside');
    await staff.post(`/shifts/${shift.id}/attendance`, {}).expect(400);
    expect(await recordOf(aa.id)).toBeNull();

    const lateAt = new Date(shift.startsAt.getTime() + 30 * MIN).toISOString();
    const marked = await staff.post(`/shifts/${shift.id}/attendance`, {
      marks: [{ assignmentId: aa.id, mark: 'present' }, { assignmentId: ab.id, mark: 'late', at: lateAt }, { assignmentId: ac.id, mark: 'absent' }],
    }).expect(200);
    expect(marked.body.results.map((r: { result: string }) => r.result)).toEqual(['checked_out', 'checked_out', 'no_show']);

    // Present: the whole shift, vouched by staff → approved at once, on the volunteer's total.
    const ra = (await recordOf(aa.id))!;
    expect(ra).toMatchObject({ checkInMethod: 'staff', checkOutMethod: 'staff', late: false, recordedBy: x.coordinator.userId });
    expect(await entryOf(ra.id)).toMatchObject({ status: 'approved', minutes: 240, flags: [] });
    expect((await volunteer(a.volunteer.id)).approvedMinutes).toBe(240);
    expect((await assignment(aa.id)).status).toBe('completed');
    // Late: from the given time, flagged, so it waits for approval.
    const rb = (await recordOf(ab.id))!;
    expect(rb).toMatchObject({ late: true, lateMinutes: 30 });
    expect(await entryOf(rb.id)).toMatchObject({ status: 'pending', minutes: 210, flags: ['late'] });
    // Absent: a no-show at once.
    expect((await assignment(ac.id)).status).toBe('no_show');
    expect((await volunteer(c.volunteer.id)).noShowCount).toBe(1);

    const all = await staff.post(`/shifts/${shift.id}/attendance`, { allPresent: true }).expect(200);
    expect(all.body.results).toEqual([expect.objectContaining({ assignmentId: ad.id, ok: true, result: 'checked_out' })]);
    const again = await staff.post(`/shifts/${shift.id}/attendance`, { marks: [{ assignmentId: aa.id, mark: 'present' }, { assignmentId: ac.id, mark: 'present' }] }).expect(200);
    expect(again.body.results[0]).toMatchObject({ ok: true, result: 'already_out' });
    expect(again.body.results[1]).toMatchObject({ ok: false, error: { code: 'IS_NO_SHOW' } });

    const sheet = await staff.get(`/shifts/${shift.id}/attendance`).expect(200);
    expect(sheet.body.shift).toMatchObject({ id: shift.id, centerId: x.center.id });
    const byId = Object.fromEntries(sheet.body.data.map((r: { assignmentId: string }) => [r.assignmentId, r]));
    expect(byId[aa.id]).toMatchObject({ status: 'completed', attendance: { checkInMethod: 'staff' } });
    expect(byId[ac.id]).toMatchObject({ status: 'no_show', attendance: null });

    // The no-show corrected: reason required; then attended, the count back, minutes approved, audited with the reason.
    const noReason = await staff.post(`/assignments/${ac.id}/no-show-correction`, {}).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    await h.a.api(other.coordinator.token).post(`/assignments/${ac.id}/no-show-correction`, { reason: 'x' }).expect(404);
    const corrected = await staff.post(`/assignments/${ac.id}/no-show-correction`, { reason: 'Gəlmişdi, kağız siyahıda qeyd olunub' }).expect(200);
    expect(corrected.body).toMatchObject({ status: 'completed', minutes: 240 });
    expect((await assignment(ac.id)).status).toBe('completed');
    expect((await volunteer(c.volunteer.id)).noShowCount).toBe(0);
    expect(await entryOf((await recordOf(ac.id))!.id)).toMatchObject({ status: 'approved', minutes: 240 });
    const audit = await h.t.db.getRepository(AuditEntryEntity).findOneByOrFail({ action: 'assignment.noShowCorrected', entityId: ac.id });
    expect(audit.details).toMatchObject({ reason: 'Gəlmişdi, kağız siyahıda qeyd olunub' });
    expect((await staff.post(`/assignments/${ac.id}/no-show-correction`, { reason: 'again' }).expect(409)).body.code).toBe('NOT_NO_SHOW');
  });

  it('staff presence that crosses a milestone mails it in the same transaction', async () => {
    const x = await h.a.center();
    const shift = await h.a.shift(x.position, -300, 240);
    const v = await h.r.volunteer({ approvedMinutes: 50 * 60 - 60 });
    const a = await h.a.assign(shift, v);
    await h.a.api(x.coordinator.token).post(`/shifts/${shift.id}/attendance`, { marks: [{ assignmentId: a.id, mark: 'present' }] }).expect(200);
    expect((await volunteer(v.volunteer.id)).approvedMinutes).toBe(50 * 60 + 180);
    const mail = await latestDelivery(h.t.db, v.volunteer.email, 'hours-milestone');
    expect(mail?.props).toMatchObject({ hours: 50, totalMinutes: 50 * 60 + 180, nextHours: 100 });
  });

  it('who is in now, who is late, who is expected; present on a running shift stays open', async () => {
    const x = await h.a.center();
    const running = await h.a.shift(x.position, -30, 240);
    // "Expected" means later today (Baku): two hours ahead unless the day ends sooner (Sunday 23:50), then
    // just before midnight; a shift of tomorrow is not expected yet.
    const minutesLeftToday = Math.floor((bakuMidnightMs(addDays(bakuDateOf(Date.now()), 1)) - Date.now()) / MIN);
    const later = await h.a.shift(x.position, Math.max(1, Math.min(120, minutesLeftToday - 2)), 120);
    const tomorrow = await h.a.shift(x.position, minutesLeftToday + 60, 120);
    const [e, f, g] = await h.r.volunteers(3);
    const ae = await h.a.assign(running, e);
    const af = await h.a.assign(running, f);
    const ag = await h.a.assign(later, g);
    const [t] = await h.r.volunteers(1);
    const at = await h.a.assign(tomorrow, t);
    const staff = h.a.api(x.coordinator.token);

    const marked = await staff.post(`/shifts/${running.id}/attendance`, { marks: [{ assignmentId: ae.id, mark: 'present' }] }).expect(200);
    expect(marked.body.results[0]).toMatchObject({ ok: true, result: 'checked_in' });
    expect((await recordOf(ae.id))!.checkOutAt).toBeNull();
    const early = await staff.post(`/shifts/${later.id}/attendance`, { marks: [{ assignmentId: ag.id, mark: 'absent' }] }).expect(200);
    expect(early.body.results[0]).toMatchObject({ ok: false, error: { code: 'NOT_STARTED' } });

    const now = await staff.get(`/attendance/now?centerId=${x.center.id}`).expect(200);
    expect(now.body.in.map((p: { assignmentId: string }) => p.assignmentId)).toEqual([ae.id]);
    expect(now.body.late).toEqual([expect.objectContaining({ assignmentId: af.id, late: true })]);
    expect(now.body.late[0].lateMinutes).toBeGreaterThanOrEqual(30);
    const expected = now.body.expected.map((p: { assignmentId: string }) => p.assignmentId);
    if (minutesLeftToday >= 3) expect(expected).toContain(ag.id);
    expect(expected).not.toContain(at.id);
    const other = await h.a.center();
    await h.a.api(other.coordinator.token).get(`/attendance/now?centerId=${x.center.id}`).expect(404);
  });

  it('the job closes open check-ins past closing time and marks no-shows (blocking at the limit, with mail) — once', async () => {
    const x = await h.a.center({ noShowLimit: 1, closeGraceMinutes: 60 });
    const ended = await h.a.shift(x.position, -360, 240, CLOCK);
    const closingLater = await h.a.shift(x.position, -270, 240, CLOCK);
    const [a, b, c, d, w] = await h.r.volunteers(5);
    const [aa, ab, ac, ad] = [await h.a.assign(ended, a), await h.a.assign(ended, b), await h.a.assign(ended, c), await h.a.assign(closingLater, d)];
    const records = h.t.db.getRepository(AttendanceRecordEntity);
    const base = { shiftId: ended.id, centerId: x.center.id, workDate: '2033-05-18', late: false, lateMinutes: 0, lateSync: false, walkIn: false, kioskId: null };
    await records.insert({ ...base, volunteerId: a.volunteer.id, assignmentId: aa.id, checkInAt: new Date(ended.startsAt.getTime() + 5 * MIN), checkInMethod: 'pin', recordedBy: null });
    await records.insert({ ...base, volunteerId: c.volunteer.id, assignmentId: ac.id, checkInAt: ended.startsAt, checkInMethod: 'staff', recordedBy: x.coordinator.userId });
    await records.insert({ ...base, shiftId: null, volunteerId: w.volunteer.id, assignmentId: null, walkIn: true, checkInAt: new Date(CLOCK - 13 * 60 * MIN), checkInMethod: 'pin', recordedBy: null });

    const job = h.t.app.get(AttendanceJobsService);
    // Three runs at once (replicas): each row is closed or marked once.
    const runs = await Promise.all([job.runDue(new Date(CLOCK)), job.runDue(new Date(CLOCK)), job.runDue(new Date(CLOCK))]);
    expect(runs.reduce((n, r) => n + r.noShows, 0)).toBe(1);
    expect(runs.reduce((n, r) => n + r.closed, 0)).toBeGreaterThanOrEqual(3);
    expect(await h.t.db.query(`SELECT count(*)::int AS n FROM hour_entries WHERE attendance_id = ANY($1::uuid[])`, [[(await recordOf(aa.id))!.id, (await recordOf(ac.id))!.id]])).toEqual([{ n: 2 }]);

    const ra = (await recordOf(aa.id))!;
    expect(ra).toMatchObject({ autoClosed: true, checkOutMethod: 'auto' });
    expect(ra.checkOutAt!.getTime()).toBe(ended.endsAt.getTime());
    expect(await entryOf(ra.id)).toMatchObject({ status: 'pending', minutes: 240, flags: ['auto_closed'] });
    expect((await assignment(aa.id)).status).toBe('completed');
    // Staff vouched for the presence: closed at the end unflagged and approved.
    const rc = (await recordOf(ac.id))!;
    expect(rc.autoClosed).toBe(false);
    expect(await entryOf(rc.id)).toMatchObject({ status: 'approved', minutes: 240 });
    // A walk-in open for 12 hours: closed without minutes, for the coordinator.
    const rw = await records.findOneByOrFail({ volunteerId: w.volunteer.id });
    expect(rw.checkOutAt!.getTime()).toBe(rw.checkInAt.getTime());
    expect(await entryOf(rw.id)).toMatchObject({ status: 'pending', minutes: 0 });
    // Nobody came: no-show, count, block at the limit, mail.
    expect((await assignment(ab.id)).status).toBe('no_show');
    expect(await volunteer(b.volunteer.id)).toMatchObject({ noShowCount: 1, signupBlocked: true });
    const mail = await latestDelivery(h.t.db, b.volunteer.email, 'signup-blocked');
    expect(mail?.props).toMatchObject({ noShowCount: 1, placeName: x.center.nameAz });
    // Not closed yet (end + grace still ahead).
    expect((await assignment(ad.id)).status).toBe('assigned');

    expect(await job.runDue(new Date(CLOCK))).toEqual({ closed: 0, noShows: 0 });
    expect((await volunteer(b.volunteer.id)).noShowCount).toBe(1);

    // The block lifted by a coordinator of the place served (reason required, audited, mailed).
    const other = await h.a.center();
    await h.a.api(other.coordinator.token).post(`/volunteers/${b.volunteer.id}/no-show-block/clear`, { reason: 'x' }).expect(404);
    await h.a.api(x.coordinator.token).post(`/volunteers/${b.volunteer.id}/no-show-block/clear`, {}).expect(400);
    const cleared = await h.a.api(x.coordinator.token).post(`/volunteers/${b.volunteer.id}/no-show-block/clear`, { reason: 'Xəstə idi, arayış gətirdi' }).expect(200);
    expect(cleared.body).toEqual({ volunteerId: b.volunteer.id, signupBlocked: false, noShowCount: 0 });
    expect(await volunteer(b.volunteer.id)).toMatchObject({ noShowCount: 0, signupBlocked: false });
    expect(await latestDelivery(h.t.db, b.volunteer.email, 'signup-unblocked')).toBeDefined();
    const audit = await h.t.db.getRepository(AuditEntryEntity).findOneByOrFail({ action: 'volunteer.noShowBlockCleared', entityId: b.volunteer.id });
    expect(audit.details).toMatchObject({ reason: 'Xəstə idi, arayış gətirdi', noShowCount: 1 });
  });
});
