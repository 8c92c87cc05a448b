import { startAttendanceHttp, type AttendanceHttp } from '../../test/attendance-factory';

/** A center's attendance settings are part of its policy: edited by its coordinator, checked, and used at the door. */
describe('attendance policy (real PostgreSQL, over HTTP)', () => {
  let h: AttendanceHttp;
  beforeAll(async () => { h = await startAttendanceHttp(); });
  afterAll(() => h.t.close());

  it('refuses out-of-range values per field and changes nothing; saved values decide the check-in window and lateness', async () => {
    const { center, coordinator, position } = await h.a.center();
    const staff = h.a.api(coordinator.token);
    const bad = await staff.put('/shift-policies', { centerId: center.id, lateGraceMinutes: 999, roundingMinutes: 0 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['lateGraceMinutes', 'roundingMinutes']);
    expect((await staff.get(`/shift-policies?centerId=${center.id}`).expect(200)).body).toMatchObject({ lateGraceMinutes: null, roundingMinutes: null });

    await staff.put('/shift-policies', { centerId: center.id, checkInOpensMinutes: 5, lateGraceMinutes: 0, closeGraceMinutes: 30, roundingMinutes: 5 }).expect(200);
    expect((await staff.get(`/shift-policies?centerId=${center.id}`).expect(200)).body).toMatchObject({
      checkInOpensMinutes: 5, lateGraceMinutes: 0, closeGraceMinutes: 30, roundingMinutes: 5,
    });

    const [early, late] = await h.r.volunteers(2);
    const kiosk = await h.a.kiosk(coordinator.token, { centerId: center.id });
    // Starts in 10 minutes: the default window (30 min before) would be open, this center's (5 min) is not.
    const soon = await h.a.shift(position, 10);
    await h.a.assign(soon, early);
    const code = (await h.a.kioskApi(kiosk.token).get('/kiosk/code').expect(200)).body.code;
    const refused = await h.a.api(early.token).post('/attendance/scan', { code });
    expect([refused.status, refused.body.code]).toEqual([409, 'TOO_EARLY']);

    // Started 2 minutes ago: within the default 10-minute grace, late here (grace 0).
    const started = await h.a.shift(position, -2);
    await h.a.assign(started, late);
    await h.a.pin(late, '480263');
    const answer = await h.a.kioskApi(kiosk.token).post('/kiosk/pin', { volunteerId: late.volunteer.id, pin: '480263', action: 'in' }).expect(200);
    expect([answer.body.result, answer.body.late]).toEqual(['checked_in', true]);
  });
});
