import { kioskCodeStep } from '@dost/domain';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { startAttendanceHttp, type AttendanceHttp } from '../../test/attendance-factory';
import { HourEntryEntity } from '../hours/entities/hour-entry.entity';
import { ShiftAssignmentEntity } from '../rostering/entities/shift-assignment.entity';
import { AttendanceRecordEntity } from './entities/attendance-record.entity';

const sign = (kioskId: string, step: number, secret: string) =>
  `${kioskId}.${step}.${createHmac('sha256', Buffer.from(secret, 'hex')).update(`${kioskId}.${step}`).digest('base64url').slice(0, 22)}`;

describe('attendance: kiosks, QR scans, PINs and offline sync', () => {
  let h: AttendanceHttp;
  beforeAll(async () => {
    h = await startAttendanceHttp();
  });
  afterAll(() => h.t.close());

  const records = (assignmentId: string) => h.t.db.getRepository(AttendanceRecordEntity).findBy({ assignmentId });

  it('opens, lists and revokes kiosks within scope; the token works only on the kiosk routes and stops at once when revoked', async () => {
    const a = await h.a.center();
    const b = await h.a.center();
    const organizer = await h.f.loginAs(['organizer'], { eventIds: [] });
    const volunteer = await h.r.volunteer();

    const created = await h.a.api(a.coordinator.token).post('/kiosks', { centerId: a.center.id, name: 'Qapı' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Qapı', centerId: a.center.id, eventId: null, lastSeenAt: null, revokedAt: null });
    expect(created.body.token).toMatch(/^kiosk_/);
    // Only its SHA-256 is stored.
    const stored = await h.t.db.query(`SELECT token_hash, code_secret FROM kiosk_devices WHERE id = $1`, [created.body.id]);
    expect(stored[0].token_hash).not.toContain(created.body.token);
    expect(stored[0].code_secret).toMatch(/^[0-9a-f]{64}$/);

    await h.a.api(b.coordinator.token).post('/kiosks', { centerId: a.center.id, name: 'x' }).expect(404);
    await h.a.api(organizer.token).post('/kiosks', { centerId: a.center.id, name: 'x' }).expect(404);
    await h.a.api(volunteer.token).post('/kiosks', { centerId: a.center.id, name: 'x' }).expect(403);
    const bad = await h.a.api(a.coordinator.token).post('/kiosks', { name: 'x' }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'centerId', code: 'placeRequired' });

    const listA = await h.a.api(a.coordinator.token).get(`/kiosks?centerId=${a.center.id}`).expect(200);
    expect(listA.body.data.map((k: { id: string }) => k.id)).toEqual([created.body.id]);
    expect(listA.body.data[0].token).toBeUndefined();
    await h.a.api(b.coordinator.token).get(`/kiosks?centerId=${a.center.id}`).expect(404);
    const listB = await h.a.api(b.coordinator.token).get('/kiosks').expect(200);
    expect(listB.body.data.find((k: { id: string }) => k.id === created.body.id)).toBeUndefined();
    await h.a.api(b.coordinator.token).post(`/kiosks/${created.body.id}/revoke`).expect(404);

    const kiosk = h.a.kioskApi(created.body.token);
    const me = await kiosk.get('/kiosk/me').expect(200);
    expect(me.body).toMatchObject({ kioskId: created.body.id, place: { kind: 'center', id: a.center.id, name: { az: a.center.nameAz } } });
    const seen = await h.t.db.query(`SELECT last_seen_at FROM kiosk_devices WHERE id = $1`, [created.body.id]);
    expect(seen[0].last_seen_at).not.toBeNull();
    // Without a token, with a user's JWT, or with the kiosk token on another route: 401.
    await request(h.url).get('/api/v1/kiosk/code').expect(401);
    await request(h.url).get('/api/v1/kiosk/code').set('Authorization', `Bearer ${a.coordinator.token}`).expect(401);
    await request(h.url).get('/api/v1/centers').set('Authorization', `Bearer ${created.body.token}`).expect(401);
    await request(h.url).get('/api/v1/centers').set('X-Kiosk-Token', created.body.token).expect(401);

    const code = await kiosk.get('/kiosk/code').expect(200);
    expect(code.body.url).toContain(`/#/check-in?code=${encodeURIComponent(code.body.code)}`);
    expect(code.body.step).toBe(kioskCodeStep(Date.now()));

    await h.a.api(a.coordinator.token).post(`/kiosks/${created.body.id}/revoke`).expect(204);
    const refused = await kiosk.get('/kiosk/code').expect(401);
    expect(refused.body.detail).toMatch(/closed/);
    // The code the kiosk page unbinds on (a wrong PIN is a 401 too, with its own code).
    expect(refused.body.code).toBe('KIOSK_TOKEN_INVALID');
    const revokedList = await h.a.api(a.coordinator.token).get(`/kiosks?centerId=${a.center.id}`).expect(200);
    expect(revokedList.body.data[0].revokedAt).not.toBeNull();
    // A code shown before the revocation is refused with the reason.
    const v = await h.r.volunteer();
    const scan = await h.a.api(v.token).post('/attendance/scan', { code: code.body.code }).expect(422);
    expect(scan.body.code).toBe('KIOSK_REVOKED');
  });

  it("an organiser opens kiosks for own events only; an event's PIN pad takes no walk-ins", async () => {
    const event = await h.f.event();
    const otherEvent = await h.f.event();
    const organizer = await h.f.loginAs(['organizer'], { eventIds: [event.id] });
    const center = await h.f.center();
    await h.a.api(organizer.token).post('/kiosks', { eventId: otherEvent.id, name: 'x' }).expect(404);
    await h.a.api(organizer.token).post('/kiosks', { centerId: center.id, name: 'x' }).expect(404);
    const k = await h.a.kiosk(organizer.token, { eventId: event.id });
    const me = await h.a.kioskApi(k.token).get('/kiosk/me').expect(200);
    expect(me.body.place).toMatchObject({ kind: 'event', id: event.id });
    const admin = await h.f.loginAs(['admin']);
    expect((await h.a.api(admin.token).get(`/kiosks?eventId=${event.id}`).expect(200)).body.data.map((x: { id: string }) => x.id)).toEqual([k.id]);
    const bad = await h.a.api(admin.token).post('/kiosks', { centerId: '00000000-0000-4000-8000-000000000000', name: 'x' }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'centerId', code: 'unknownCenter' });

    const v = await h.r.volunteer();
    await h.a.pin(v, '480263');
    const refused = await h.a.kioskApi(k.token).post('/kiosk/pin', { volunteerId: v.volunteer.id, pin: '480263', action: 'in' }).expect(409);
    expect(refused.body.code).toBe('NO_SHIFT_NOW');
  });

  it('20 concurrent scans of one code by the same volunteer make exactly one check-in', async () => {
    const a = await h.a.center();
    const v = await h.r.volunteer();
    const shift = await h.a.shift(a.position, -5);
    const assignment = await h.a.assign(shift, v);
    const k = await h.a.kiosk(a.coordinator.token, { centerId: a.center.id });
    const { body: code } = await h.a.kioskApi(k.token).get('/kiosk/code').expect(200);

    const answers = await Promise.all(Array.from({ length: 20 }, () => h.a.api(v.token).post('/attendance/scan', { code: code.code })));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    const results = answers.map((r) => r.body.result).sort();
    expect(results.filter((r) => r === 'checked_in')).toHaveLength(1);
    expect(results.filter((r) => r === 'already_in')).toHaveLength(19);
    expect(await records(assignment.id)).toHaveLength(1);
    const first = answers.find((r) => r.body.result === 'checked_in')!.body;
    expect(first).toMatchObject({ late: false, shift: { id: shift.id }, place: { kind: 'center', id: a.center.id } });

    // Check-out by the same code: minutes to the ledger (pending: nobody vouched), the assignment is completed.
    const out = await h.a.api(v.token).post('/attendance/scan', { code: code.code, action: 'out' }).expect(200);
    expect(out.body.result).toBe('checked_out');
    expect(out.body.minutes).toBe(0);
    const [record] = await records(assignment.id);
    expect(record.checkOutAt).not.toBeNull();
    expect(record.earlyLeave).toBe(true);
    expect((await h.t.db.getRepository(ShiftAssignmentEntity).findOneByOrFail({ id: assignment.id })).status).toBe('completed');
    const entry = await h.t.db.getRepository(HourEntryEntity).findOneByOrFail({ attendanceId: record.id });
    expect(entry).toMatchObject({ status: 'pending', minutes: 0, flags: ['early_leave'] });
    const again = await h.a.api(v.token).post('/attendance/scan', { code: code.code, action: 'out' }).expect(200);
    expect(again.body.result).toBe('already_out');
  });

  it('refuses old, forged and foreign codes, early and missing shifts, and non-volunteers — with the reason in the caller language', async () => {
    const a = await h.a.center();
    const v = await h.r.volunteer();
    const early = await h.a.shift(a.position, 120);
    await h.a.assign(early, v);
    const k = await h.a.kiosk(a.coordinator.token, { centerId: a.center.id });
    const scan = (code: string, locale = 'en') => h.a.api(v.token, locale).post('/attendance/scan', { code });
    const step = kioskCodeStep(Date.now());

    const old = await scan(sign(k.id, step - 3, k.codeSecret)).expect(422);
    expect(old.body).toMatchObject({ code: 'CODE_EXPIRED' });
    expect(old.body.detail).toMatch(/expired/);
    const oldAz = await scan(sign(k.id, step - 3, k.codeSecret), 'az').expect(422);
    expect(oldAz.body.detail).toMatch(/vaxtı keçib/);
    // A code of the previous step is still fresh (taken for 60 s).
    expect((await scan(sign(k.id, step - 1, k.codeSecret))).body.code).toBe('TOO_EARLY');

    const forged = sign(k.id, step, 'ab'.repeat(32));
    expect((await scan(forged).expect(422)).body.code).toBe('CODE_INVALID');
    expect((await scan('not-a-code').expect(422)).body.code).toBe('CODE_INVALID');
    expect((await scan(sign(k.id, step + 5, k.codeSecret)).expect(422)).body.code).toBe('CODE_INVALID');

    const tooEarly = await scan(sign(k.id, step, k.codeSecret)).expect(409);
    expect(tooEarly.body.code).toBe('TOO_EARLY');
    expect(tooEarly.body.detail).toMatch(/from \d\d:\d\d \(Baku time\)/);

    // Another center's kiosk: no shift there (a QR never makes a walk-in).
    const b = await h.a.center();
    const kb = await h.a.kiosk(b.coordinator.token, { centerId: b.center.id });
    const foreign = await scan(sign(kb.id, step, kb.codeSecret), 'ru').expect(409);
    expect(foreign.body.code).toBe('NO_SHIFT_NOW');
    expect(foreign.body.detail).toMatch(/нет смены/);

    // A shift over, a cancelled shift.
    const c = await h.a.center();
    const kc = await h.a.kiosk(c.coordinator.token, { centerId: c.center.id });
    const over = await h.a.shift(c.position, -300, 120);
    await h.a.assign(over, v);
    expect((await scan(sign(kc.id, step, kc.codeSecret)).expect(409)).body.code).toBe('SHIFT_OVER');
    const d = await h.a.center();
    const kd = await h.a.kiosk(d.coordinator.token, { centerId: d.center.id });
    const cancelled = await h.a.shift(d.position, -10, 120, Date.now(), { status: 'cancelled' });
    await h.a.assign(cancelled, v);
    expect((await scan(sign(kd.id, step, kd.codeSecret)).expect(409)).body.code).toBe('SHIFT_CANCELLED');

    // A volunteer login without a volunteer record.
    const stranger = await h.f.loginAs(['volunteer']);
    const nv = await h.a.api(stranger.token).post('/attendance/scan', { code: sign(k.id, step, k.codeSecret) }).expect(403);
    expect(nv.body.code).toBe('NOT_VOLUNTEER');
    await h.a.api(a.coordinator.token).post('/attendance/scan', { code: sign(k.id, step, k.codeSecret) }).expect(403);
  });

  it('PINs: the rule, HMAC storage, wrong PINs alike for everyone, rate limits, in/out, walk-ins', async () => {
    const a = await h.a.center();
    const v = await h.r.volunteer();
    const shift = await h.a.shift(a.position, -20);
    const assignment = await h.a.assign(shift, v);
    const k = await h.a.kiosk(a.coordinator.token, { centerId: a.center.id });
    const kiosk = h.a.kioskApi(k.token);

    expect((await h.a.api(v.token).get('/me/kiosk-pin').expect(200)).body).toEqual({ set: false });
    const simple = await h.a.api(v.token).put('/me/kiosk-pin', { pin: '123456' }).expect(400);
    expect(simple.body.errors[0]).toMatchObject({ field: 'pin', code: 'pinTooSimple' });
    expect((await h.a.api(v.token).put('/me/kiosk-pin', { pin: '12a' }).expect(400)).body.errors[0].code).toBe('pinFormat');
    await h.a.pin(v, '480263');
    expect((await h.a.api(v.token).get('/me/kiosk-pin').expect(200)).body).toEqual({ set: true });
    const [{ pin_hash }] = await h.t.db.query(`SELECT pin_hash FROM volunteer_pins WHERE volunteer_id = $1`, [v.volunteer.id]);
    expect(pin_hash).toMatch(/^[0-9a-f]{64}$/);

    // Wrong PIN and unknown volunteer answer the same.
    const wrong = await kiosk.post('/kiosk/pin', { volunteerId: v.volunteer.id, pin: '999111', action: 'in' }).expect(401);
    const unknown = await kiosk.post('/kiosk/pin', { volunteerId: '00000000-0000-4000-8000-000000000000', pin: '999111', action: 'in' }).expect(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.body.code).toBe('WRONG_PIN');

    const inn = await kiosk.post('/kiosk/pin', { volunteerId: v.volunteer.id, pin: '480263', action: 'in' }).expect(200);
    expect(inn.body).toMatchObject({ result: 'checked_in', late: true, shift: { id: shift.id } });
    expect(inn.body.volunteerName).toMatch(/^Könüllü [^ ]+$|^\S+ \S\.$/);
    expect(inn.body.lateMinutes).toBeGreaterThanOrEqual(19);
    expect((await kiosk.post('/kiosk/pin', { volunteerId: v.volunteer.id, pin: '480263', action: 'in' }).expect(200)).body.result).toBe('already_in');
    const expected = await kiosk.get('/kiosk/expected').expect(200);
    expect(expected.body.data).toEqual([expect.objectContaining({ assignmentId: assignment.id, checkedIn: true, checkedOut: false })]);
    // A double tap on "out" (10 at once): one check-out, one ledger entry.
    const outs = await Promise.all(Array.from({ length: 10 }, () => kiosk.post('/kiosk/pin', { volunteerId: v.volunteer.id, pin: '480263', action: 'out' })));
    expect(outs.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(outs.map((r) => r.body.result).sort()).toEqual(['checked_out', ...Array(9).fill('already_out')].sort());
    const [record] = await records(assignment.id);
    const entry = await h.t.db.getRepository(HourEntryEntity).findOneByOrFail({ attendanceId: record.id });
    expect(entry.flags.sort()).toEqual(['early_leave', 'late']);
    expect(await h.t.db.query(`SELECT count(*)::int AS n FROM hour_entry_changes WHERE entry_id = $1`, [entry.id])).toEqual([{ n: 1 }]);

    // Walk-in: an active volunteer with no shift now at a center.
    const w = await h.r.volunteer();
    await h.a.pin(w, '271828');
    const walkIn = await kiosk.post('/kiosk/pin', { volunteerId: w.volunteer.id, pin: '271828', action: 'in' }).expect(200);
    expect(walkIn.body).toMatchObject({ result: 'walk_in', shift: null });
    expect((await kiosk.post('/kiosk/pin', { volunteerId: w.volunteer.id, pin: '271828', action: 'in' }).expect(200)).body.result).toBe('already_in');
    const walkOut = await kiosk.post('/kiosk/pin', { volunteerId: w.volunteer.id, pin: '271828', action: 'out' }).expect(200);
    expect(walkOut.body.result).toBe('checked_out');
    const walkRecord = await h.t.db.getRepository(AttendanceRecordEntity).findOneByOrFail({ volunteerId: w.volunteer.id });
    expect(walkRecord).toMatchObject({ walkIn: true, assignmentId: null, centerId: a.center.id });
    const walkEntry = await h.t.db.getRepository(HourEntryEntity).findOneByOrFail({ attendanceId: walkRecord.id });
    expect(walkEntry).toMatchObject({ status: 'pending', flags: ['walk_in'] });
    // Not active → no walk-in.
    const paused = await h.r.volunteer({ status: 'paused' });
    await h.a.pin(paused, '314159');
    expect((await kiosk.post('/kiosk/pin', { volunteerId: paused.volunteer.id, pin: '314159', action: 'in' }).expect(409)).body.code).toBe('NOT_ACTIVE');

    // Five wrong PINs for a volunteer: then even the right one waits.
    const r = await h.r.volunteer();
    await h.a.pin(r, '502718');
    for (let i = 0; i < 5; i += 1) await kiosk.post('/kiosk/pin', { volunteerId: r.volunteer.id, pin: '000111', action: 'in' }).expect(401);
    const limited = await kiosk.post('/kiosk/pin', { volunteerId: r.volunteer.id, pin: '502718', action: 'in' }).expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('offline sync: each item at its own time, bounds refused, late syncs flagged, a second sync changes nothing', async () => {
    const a = await h.a.center();
    const v = await h.r.volunteer();
    const shift = await h.a.shift(a.position, -60, 50);
    const assignment = await h.a.assign(shift, v);
    await h.a.pin(v, '480263');
    const k = await h.a.kiosk(a.coordinator.token, { centerId: a.center.id });
    const now = Date.now();
    const at = (offsetMin: number) => new Date(now + offsetMin * 60_000).toISOString();
    const items = [
      { key: 'out-1', volunteerId: v.volunteer.id, pin: '480263', action: 'out', clientAt: at(-10) },
      { key: 'in-1', volunteerId: v.volunteer.id, pin: '480263', action: 'in', clientAt: at(-58) },
      { key: 'future', volunteerId: v.volunteer.id, pin: '480263', action: 'in', clientAt: at(30) },
      { key: 'old', volunteerId: v.volunteer.id, pin: '480263', action: 'in', clientAt: at(-73 * 60) },
      { key: 'wrong', volunteerId: v.volunteer.id, pin: '111999', action: 'in', clientAt: at(-50) },
    ];
    const first = await h.a.kioskApi(k.token).post('/kiosk/sync', { items }).expect(200);
    expect(first.body.results).toEqual([
      { key: 'out-1', ok: true, result: 'checked_out' },
      { key: 'in-1', ok: true, result: 'checked_in' },
      { key: 'future', ok: false, error: { code: 'OFFLINE_TIME_IN_FUTURE', message: expect.stringMatching(/clock/) } },
      { key: 'old', ok: false, error: { code: 'OFFLINE_TIME_TOO_OLD', message: expect.any(String) } },
      { key: 'wrong', ok: false, error: { code: 'WRONG_PIN', message: 'The PIN is wrong.' } },
    ]);
    const [record] = await records(assignment.id);
    expect(record).toMatchObject({ checkInMethod: 'offline_pin', checkOutMethod: 'offline_pin', lateSync: true });
    expect(record.checkInAt.toISOString()).toBe(at(-58));
    const entry = await h.t.db.getRepository(HourEntryEntity).findOneByOrFail({ attendanceId: record.id });
    expect(entry.flags).toContain('late_sync');
    expect(entry.minutes).toBe(45);

    const second = await h.a.kioskApi(k.token).post('/kiosk/sync', { items: items.slice(0, 2) }).expect(200);
    expect(second.body.results).toEqual([{ key: 'out-1', ok: true, result: 'already_out' }, { key: 'in-1', ok: true, result: 'already_out' }]);
    expect(await records(assignment.id)).toHaveLength(1);
    expect(await h.t.db.getRepository(HourEntryEntity).countBy({ attendanceId: record.id })).toBe(1);
    const changes = await h.t.db.query(`SELECT count(*)::int AS n FROM hour_entry_changes WHERE entry_id = $1`, [entry.id]);
    expect(changes[0].n).toBe(1);

    const tooMany = await h.a.kioskApi(k.token).post('/kiosk/sync', { items: Array.from({ length: 201 }, (_, i) => ({ ...items[1], key: `k${i}` })) }).expect(400);
    expect(tooMany.body.errors[0].field).toBe('items');
  });
});
