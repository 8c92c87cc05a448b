import { addDays, bakuDateOf, qualificationExpiry } from '@dost/domain';
import request from 'supertest';
import type { Factory, TestApp } from '../../test/test-app';
import { type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';
import { QualificationsService } from './qualifications.service';

/** Seeded by the migration with fixed ids (docs/qualifications.md). */
const PROTOCOL = '0a1f0000-0000-4000-8000-000000000002';
const FIRST_AID = '0a1f0000-0000-4000-8000-000000000001';

describe('qualifications: catalogue, grants, training sessions, expiry (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;
  const today = () => bakuDateOf(Date.now());

  beforeAll(async () => ({ t, f, r, url } = await startRosteringHttp()));
  afterAll(() => t.close());

  const api = () => request(url);
  const as = (token: string) => ({
    get: (path: string) => api().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => api().post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) => api().patch(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body),
  });

  it('the catalogue: every signed-in role reads it; only an admin creates and edits; a taken code is a field error', async () => {
    const admin = await f.loginAs(['admin']);
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    const volunteer = await r.volunteer();
    const list = await as(volunteer.token).get('/qualifications').expect(200);
    expect(list.body.data.map((q: { code: string }) => q.code)).toEqual(expect.arrayContaining(['first-aid', 'protocol-training', 'e-gov-training']));
    expect(list.body.data.find((q: { code: string }) => q.code === 'protocol-training')).toMatchObject({ id: PROTOCOL, name: { az: 'Protokol təlimi' }, validityMonths: 12 });

    const code = `fire-safety-${Date.now().toString(36)}`;
    const body = { code, name: { az: 'Yanğın təhlükəsizliyi', en: 'Fire safety', ru: 'Пожарная безопасность' }, validityMonths: 6 };
    await as(coordinator.token).post('/qualifications', body).expect(403);
    const created = await as(admin.token).post('/qualifications', body).expect(201);
    const again = await as(admin.token).post('/qualifications', body).expect(400);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'qualificationCodeTaken' })]);
    await as(coordinator.token).patch(`/qualifications/${created.body.id}`, { validityMonths: 3 }).expect(403);
    const edited = await as(admin.token).patch(`/qualifications/${created.body.id}`, { validityMonths: 3, active: false }).expect(200);
    expect(edited.body).toMatchObject({ code, validityMonths: 3, active: false });
    // An inactive qualification can no longer be granted.
    const v = await r.volunteer();
    const refused = await as(admin.token).post(`/volunteers/${v.volunteer.id}/qualifications`, { qualificationId: created.body.id, grantedOn: today() }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'qualificationId', code: 'qualificationInactive' });
  });

  it('a coordinator grants to a volunteer of their center (expiry from the validity); a coordinator of another center gets 404 and nothing changes', async () => {
    const [a, b] = [await f.center(), await f.center()];
    const coordA = await f.loginAs(['coordinator'], { centerIds: [a.id] });
    const coordB = await f.loginAs(['coordinator'], { centerIds: [b.id] });
    const v = await r.volunteer({ homeCenterId: a.id });
    const grantedOn = addDays(today(), -10);

    await as(coordB.token).post(`/volunteers/${v.volunteer.id}/qualifications`, { qualificationId: PROTOCOL, grantedOn }).expect(404);
    await as(coordB.token).get(`/volunteers/${v.volunteer.id}/qualifications`).expect(404);
    expect(await t.db.query(`SELECT 1 FROM volunteer_qualifications WHERE volunteer_id = $1`, [v.volunteer.id])).toHaveLength(0);

    const res = await as(coordA.token).post(`/volunteers/${v.volunteer.id}/qualifications`, { qualificationId: PROTOCOL, grantedOn, evidence: 'Protokol kursu, 12 saat' }).expect(201);
    expect(res.body).toMatchObject({ code: 'protocol-training', grantedOn, validUntil: qualificationExpiry(grantedOn, 12), outcome: 'granted', evidence: 'Protokol kursu, 12 saat' });
    const held = await as(coordA.token).get(`/volunteers/${v.volunteer.id}/qualifications`).expect(200);
    expect(held.body.data).toEqual([expect.objectContaining({ code: 'protocol-training', name: expect.objectContaining({ en: 'Protocol training' }) })]);

    // A future date is a field error.
    const future = await as(coordA.token).post(`/volunteers/${v.volunteer.id}/qualifications`, { qualificationId: FIRST_AID, grantedOn: addDays(today(), 2) }).expect(400);
    expect(future.body.errors[0]).toMatchObject({ field: 'grantedOn', code: 'qualificationDateFuture' });

    await as(coordB.token).post(`/volunteers/${v.volunteer.id}/qualifications/revoke`, { qualificationId: PROTOCOL }).expect(404);
    const revoked = await as(coordA.token).post(`/volunteers/${v.volunteer.id}/qualifications/revoke`, { qualificationId: PROTOCOL }).expect(200);
    expect(revoked.body).toEqual({ revoked: true });
    expect((await as(coordA.token).get(`/volunteers/${v.volunteer.id}/qualifications`)).body.data).toEqual([]);
  });

  it('after a grant the volunteer is at once an eligible candidate for a shift requiring it', async () => {
    const center = await f.center();
    const coord = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const v = await r.volunteer({ homeCenterId: center.id });
    const position = await r.position({ centerId: center.id }, { requirements: { qualifications: ['protocol-training'] } });
    const shift = await r.shift(position);
    const candidate = async () =>
      (await as(coord.token).get(`/shifts/${shift.id}/candidates?q=${encodeURIComponent(v.volunteer.fullName)}`).set('Accept-Language', 'en').expect(200)).body.data.find(
        (c: { volunteerId: string }) => c.volunteerId === v.volunteer.id,
      );
    // The reason names the qualification as the catalogue does (no hard-coded list).
    expect(await candidate()).toMatchObject({ eligible: false, reasons: [expect.objectContaining({ code: 'QUALIFICATION_MISSING', message: expect.stringContaining('Protocol training') })] });
    await as(coord.token).post(`/volunteers/${v.volunteer.id}/qualifications`, { qualificationId: PROTOCOL, grantedOn: today() }).expect(201);
    expect(await candidate()).toMatchObject({ eligible: true });
    // And the volunteer can sign up for it themselves.
    await api().post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({}).expect(201);
  });

  it('a training session grants to all attendees in one step; recording it again grants nobody twice; a foreign attendee refuses the whole session', async () => {
    const [a, b] = [await f.center(), await f.center()];
    const coord = await f.loginAs(['coordinator'], { centerIds: [a.id] });
    const people = await r.volunteers(3, { homeCenterId: a.id });
    const stranger = await r.volunteer({ homeCenterId: b.id });
    const heldOn = addDays(today(), -1);
    const body = { qualificationId: FIRST_AID, heldOn, trainer: 'Aysel Məmmədova', attendeeIds: people.map((p) => p.volunteer.id) };

    await as(coord.token).post('/training-sessions', { ...body, attendeeIds: [...body.attendeeIds, stranger.volunteer.id] }).expect(404);
    expect(await t.db.query(`SELECT 1 FROM volunteer_qualifications WHERE volunteer_id = ANY($1::uuid[])`, [body.attendeeIds])).toHaveLength(0);

    const first = await as(coord.token).post('/training-sessions', body).expect(201);
    expect(first.body).toMatchObject({ created: true, granted: 3, renewed: 0, unchanged: 0, validUntil: qualificationExpiry(heldOn, 24), centerId: a.id });
    // Twice at once and once more: the same session, nobody granted again.
    const reruns = await Promise.all([as(coord.token).post('/training-sessions', body), as(coord.token).post('/training-sessions', { ...body, trainer: 'AYSEL MƏMMƏDOVA' })]);
    for (const rerun of reruns) expect(rerun.body).toMatchObject({ id: first.body.id, created: false, granted: 0, renewed: 0, unchanged: 3 });
    const rows = await t.db.query(`SELECT volunteer_id, training_session_id FROM volunteer_qualifications WHERE volunteer_id = ANY($1::uuid[])`, [body.attendeeIds]);
    expect(rows).toHaveLength(3);
    expect(rows.every((x: { training_session_id: string }) => x.training_session_id === first.body.id)).toBe(true);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM training_sessions WHERE id = $1 OR (qualification_id = $2 AND held_on = $3 AND center_id = $4)`, [first.body.id, FIRST_AID, heldOn, a.id]);
    expect(n).toBe(1);

    const list = await as(coord.token).get('/training-sessions').expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ id: first.body.id, attendees: 3, code: 'first-aid' })]);
  });

  it('expiring within 30 days: listed for the coordinator, mailed once per expiry date by the daily job', async () => {
    const center = await f.center();
    const coord = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const soon = await r.volunteer({ homeCenterId: center.id });
    const later = await r.volunteer({ homeCenterId: center.id });
    await t.db.query(
      `INSERT INTO volunteer_qualifications (volunteer_id, code, valid_until) VALUES ($1, 'first-aid', $2), ($3, 'first-aid', $4)`,
      [soon.volunteer.id, addDays(today(), 10), later.volunteer.id, addDays(today(), 45)],
    );
    const list = await as(coord.token).get('/qualifications/expiring').expect(200);
    expect(list.body.data.map((x: { volunteerId: string }) => x.volunteerId)).toEqual([soon.volunteer.id]);
    expect(list.body.data[0]).toMatchObject({ daysLeft: 10, expiringSoon: true, reminded: false });

    const service = t.app.get(QualificationsService);
    const mails = async () => Number((await t.db.query(`SELECT count(*) AS n FROM notification_deliveries WHERE template = 'qualification-expiring' AND to_email = $1`, [soon.volunteer.email]))[0].n);
    await service.sendExpiryNotices(new Date());
    await service.sendExpiryNotices(new Date());
    expect(await mails()).toBe(1);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM notification_deliveries WHERE to_email = $1`, [later.volunteer.email]))[0].n)).toBe(0);
  });

  it('work to do: the counts equal the tables for a coordinator of one center', async () => {
    const center = await f.center();
    const coord = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const position = await r.position({ centerId: center.id });
    const day = 86_400_000;
    await r.shift(position, { slots: 3, startsAt: new Date(Date.now() + 2 * day), endsAt: new Date(Date.now() + 2 * day + 3_600_000) });
    await r.shift(position, { slots: 2, startsAt: new Date(Date.now() + 5 * day), endsAt: new Date(Date.now() + 5 * day + 3_600_000) });
    await r.shift(position, { slots: 4, startsAt: new Date(Date.now() + 9 * day), endsAt: new Date(Date.now() + 9 * day + 3_600_000) });
    const v = await r.volunteer({ homeCenterId: center.id });
    await t.db.query(`INSERT INTO volunteer_qualifications (volunteer_id, code, valid_until) VALUES ($1, 'e-gov-training', $2)`, [v.volunteer.id, addDays(today(), 3)]);
    const res = await as(coord.token).get('/dashboard/work-to-do').expect(200);
    const item = (kind: string) => res.body.items.find((i: { kind: string }) => i.kind === kind);
    // The link carries the week of the first gap (two days ahead: on a Friday that is next week).
    expect(item('centerGaps')).toMatchObject({ count: 5, shifts: 2, link: `/rostering/week?center=${center.id}&start=${bakuDateOf(Date.now() + 2 * day)}` });
    expect(item('expiringQualifications')).toMatchObject({ count: 1, link: '/qualifications/expiring' });
    expect(item('swapApprovals')).toMatchObject({ count: 0 });
    expect(item('hoursToApprove')).toMatchObject({ count: 0 });
    expect(item('newApplications')).toMatchObject({ count: 0 });
    expect(item('eventGaps')).toBeUndefined();

    // An organiser: the gaps of their event only (an admin's agency-wide count moves with every other spec's shifts).
    const event = await f.event();
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    await r.shift(await r.position({ eventId: event.id }), { slots: 6, assignedCount: 0 });
    const mine = await as(organizer.token).get('/dashboard/work-to-do').expect(200);
    expect(mine.body.items.find((i: { kind: string }) => i.kind === 'eventGaps')).toMatchObject({ count: 6, shifts: 1, link: `/rostering/role-board?event=${event.id}` });
    expect(mine.body.items.find((i: { kind: string }) => i.kind === 'centerGaps')).toBeUndefined();
    const admin = await f.loginAs(['admin']);
    const all = await as(admin.token).get('/dashboard/work-to-do').expect(200);
    expect(all.body.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['centerGaps', 'eventGaps', 'expiringQualifications', 'hoursToApprove', 'newApplications', 'swapApprovals']);
    await as((await f.loginAs(['hr'])).token).get('/dashboard/work-to-do').expect(403);
  });
});
