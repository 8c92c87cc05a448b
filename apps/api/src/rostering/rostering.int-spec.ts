import { bakuTimeOf } from '@dost/domain';
import * as ical from 'node-ical';
import request from 'supertest';
import type { Factory, TestApp } from '../../test/test-app';
import { type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';
import { RemindersService } from './reminders.service';

const HOUR = 3_600_000;

describe('rostering (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;

  beforeAll(async () => ({ t, f, r, url } = await startRosteringHttp()));
  afterAll(() => t.close());

  const api = () => request(url);
  const mails = async (template: string, email: string): Promise<number> =>
    Number((await t.db.query(`SELECT count(*) AS n FROM notification_deliveries WHERE template = $1 AND to_email = $2`, [template, email]))[0].n);

  it('1,000 volunteers signing up at once for 100 slots: exactly 100 assigned, the rest 409, no 5xx', async () => {
    const center = await f.center();
    const position = await r.position({ centerId: center.id });
    const shift = await r.shift(position, { slots: 100 });
    const volunteers = await r.volunteers(1000, { homeCenterId: center.id });
    const answers = await Promise.all(
      volunteers.map((v) => api().post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({})),
    );
    const byStatus = answers.reduce<Record<number, number>>((m, a) => ({ ...m, [a.status]: (m[a.status] ?? 0) + 1 }), {});
    expect(byStatus).toEqual({ 201: 100, 409: 900 });
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'FULL')).toBe(true);
    const [{ assigned, counted }] = await t.db.query(
      `SELECT (SELECT count(*) FROM shift_assignments WHERE shift_id = $1 AND status = 'assigned')::int AS assigned, (SELECT assigned_count FROM shifts WHERE id = $1) AS counted`,
      [shift.id],
    );
    expect([assigned, counted]).toEqual([100, 100]);
  }, 120_000);

  it('the same sign-up sent 10 times at once makes one assignment; with an Idempotency-Key every answer is the first one', async () => {
    const center = await f.center();
    const position = await r.position({ centerId: center.id });
    const [a, b] = [await r.shift(position, { slots: 5 }), await r.shift(position, { slots: 5, startsAt: new Date(Date.now() + 10 * 86_400_000), endsAt: new Date(Date.now() + 10 * 86_400_000 + HOUR) })];
    const v = await r.volunteer({ homeCenterId: center.id });
    const plain = await Promise.all(Array.from({ length: 10 }, () => api().post(`/api/v1/shifts/${a.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({})));
    expect(plain.map((x) => x.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(plain.filter((x) => x.status === 409).every((x) => x.body.code === 'ALREADY_ON_SHIFT')).toBe(true);

    const keyed = await Promise.all(
      Array.from({ length: 10 }, () => api().post(`/api/v1/shifts/${b.id}/signup`).set('Authorization', `Bearer ${v.token}`).set('Idempotency-Key', 'retry-key-0001').send({})),
    );
    expect(keyed.map((x) => x.status)).toEqual(Array(10).fill(201));
    expect(new Set(keyed.map((x) => x.body.assignmentId)).size).toBe(1);
    expect(keyed.filter((x) => x.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM shift_assignments WHERE volunteer_id = $1`, [v.volunteer.id]);
    expect(n).toBe(2);
    // The same key for another request is refused.
    const reused = await api().post(`/api/v1/shifts/${a.id}/signup`).set('Authorization', `Bearer ${v.token}`).set('Idempotency-Key', 'retry-key-0001').send({});
    expect(reused.status).toBe(422);
  }, 60_000);

  it('shows why a volunteer cannot take a shift, and refuses the sign-up with the same reason', async () => {
    const center = await f.center({ nameEn: 'Center 2' });
    const position = await r.position({ centerId: center.id });
    const start = new Date(Date.now() + 4 * 86_400_000);
    start.setUTCHours(5, 0, 0, 0);
    const first = await r.shift(position, { startsAt: start, endsAt: new Date(+start + 4 * HOUR) });
    const overlapping = await r.shift(position, { startsAt: new Date(+start + 2 * HOUR), endsAt: new Date(+start + 6 * HOUR) });
    const adjacent = await r.shift(position, { startsAt: new Date(+start + 4 * HOUR), endsAt: new Date(+start + 8 * HOUR) });
    const v = await r.volunteer({ homeCenterId: center.id });
    await api().post(`/api/v1/shifts/${first.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({}).expect(201);
    const refused = await api().post(`/api/v1/shifts/${overlapping.id}/signup`).set('Authorization', `Bearer ${v.token}`).set('Accept-Language', 'en').send({}).expect(409);
    expect(refused.body.code).toBe('COLLIDES');
    expect(refused.body.detail).toBe(`You already have a shift ${bakuTimeOf(+start)}–${bakuTimeOf(+start + 4 * HOUR)} at Center 2.`);
    const list = await api().get(`/api/v1/me/open-shifts?centerId=${center.id}`).set('Authorization', `Bearer ${v.token}`).set('Accept-Language', 'en').expect(200);
    const row = (id: string) => list.body.data.find((s: { id: string }) => s.id === id);
    expect(row(overlapping.id)).toMatchObject({ eligible: false, reason: { code: 'COLLIDES' } });
    expect(row(adjacent.id)).toMatchObject({ eligible: true, reason: null });
    expect(row(first.id)).toMatchObject({ eligible: false, mine: { status: 'assigned' } });
    // Full and overlapping: the overlap is what stands in the way (the waitlist would refuse it too).
    const fullOverlap = await r.shift(position, { startsAt: new Date(+start + HOUR), endsAt: new Date(+start + 3 * HOUR), slots: 1 });
    const other = await r.volunteer({ homeCenterId: center.id });
    await api().post(`/api/v1/shifts/${fullOverlap.id}/signup`).set('Authorization', `Bearer ${other.token}`).send({}).expect(201);
    const again = await api().get(`/api/v1/me/open-shifts?centerId=${center.id}`).set('Authorization', `Bearer ${v.token}`).set('Accept-Language', 'en').expect(200);
    const fullRow = again.body.data.find((s: { id: string }) => s.id === fullOverlap.id);
    expect(fullRow).toMatchObject({ eligible: false, canWaitlist: false, reason: { code: 'COLLIDES' } });
    expect(fullRow.reasons.map((x: { code: string }) => x.code)).toEqual(['COLLIDES', 'FULL']);
    await api().post(`/api/v1/shifts/${adjacent.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({}).expect(201);
    const mine = await api().get('/api/v1/me/shifts').set('Authorization', `Bearer ${v.token}`).expect(200);
    expect(mine.body.data.map((s: { id: string }) => s.id)).toEqual([first.id, adjacent.id]);
  });

  it('a full shift offers the waitlist; a cancellation promotes the first eligible person and mails them', async () => {
    const center = await f.center();
    const position = await r.position({ centerId: center.id });
    const shift = await r.shift(position, { slots: 1, cancellationCutoffHours: 24 });
    const [a, b, c] = await r.volunteers(3, { homeCenterId: center.id });
    await api().post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${a.token}`).send({}).expect(201);
    const waiting = await api().post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${b.token}`).send({ waitlist: true }).expect(201);
    expect(waiting.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    await api().post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${c.token}`).send({ waitlist: true }).expect(201);
    const mine = await api().get('/api/v1/me/shifts').set('Authorization', `Bearer ${a.token}`).expect(200);
    await api().post(`/api/v1/me/assignments/${mine.body.data[0].assignmentId}/cancel`).set('Authorization', `Bearer ${a.token}`).expect(204);
    const people = await t.db.query(`SELECT volunteer_id, status, source FROM shift_assignments WHERE shift_id = $1 ORDER BY created_at`, [shift.id]);
    expect(people.map((p: { status: string }) => p.status)).toEqual(['cancelled', 'assigned', 'waitlisted']);
    expect(people[1].source).toBe('waitlist');
    expect(await mails('waitlist-promoted', b.volunteer.email)).toBe(1);
    expect(await mails('waitlist-promoted', c.volunteer.email)).toBe(0);
  });

  it('a finished shift still shows who worked it (completed, no-show), not who cancelled', async () => {
    const center = await f.center();
    const start = new Date(Date.now() - 2 * 86_400_000);
    const shift = await r.shift(await r.position({ centerId: center.id }), { slots: 3, startsAt: start, endsAt: new Date(+start + 4 * 3_600_000) });
    const [worked, absent, gone] = await r.volunteers(3, { homeCenterId: center.id });
    for (const [v, status] of [[worked, 'completed'], [absent, 'no_show'], [gone, 'cancelled']] as const) {
      await t.db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, $3, 'coordinator')`, [shift.id, v.volunteer.id, status]);
    }
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const detail = await api().get(`/api/v1/shifts/${shift.id}`).set('Authorization', `Bearer ${coordinator.token}`).expect(200);
    expect(detail.body.people.map((p: { volunteerId: string; status: string }) => [p.volunteerId, p.status]).sort()).toEqual(
      [[worked.volunteer.id, 'completed'], [absent.volunteer.id, 'no_show']].sort(),
    );
  });

  it('after the cut-off the volunteer cannot cancel (with the reason); a coordinator still can, and the person is told', async () => {
    const center = await f.center();
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const position = await r.position({ centerId: center.id });
    const shift = await r.shift(position, { startsAt: new Date(Date.now() + 10 * HOUR), endsAt: new Date(Date.now() + 14 * HOUR), cancellationCutoffHours: 24 });
    const v = await r.volunteer({ homeCenterId: center.id });
    const signed = await api().post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({}).expect(201);
    const refused = await api().post(`/api/v1/me/assignments/${signed.body.assignmentId}/cancel`).set('Authorization', `Bearer ${v.token}`).expect(409);
    expect(refused.body.code).toBe('CUTOFF_PASSED');
    expect(refused.body.detail).toMatch(/son vaxt keçib/);
    await api().post(`/api/v1/assignments/${signed.body.assignmentId}/unassign`).set('Authorization', `Bearer ${coordinator.token}`).send({ reason: 'Xəstədir' }).expect(204);
    expect(await mails('shift-cancelled', v.volunteer.email)).toBe(1);
    // Another center's coordinator sees nothing.
    const other = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    await api().get(`/api/v1/shifts/${shift.id}`).set('Authorization', `Bearer ${other.token}`).expect(404);
  });

  it('a coordinator overrides a soft policy only with a reason (audited), never a hard rule', async () => {
    const center = await f.center();
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    await api().put('/api/v1/shift-policies').set('Authorization', `Bearer ${coordinator.token}`).send({ centerId: center.id, maxShiftsPerDay: 1 }).expect(200);
    const position = await r.position({ centerId: center.id }, { requirements: { languages: [{ language: 'tr', minLevel: 'B2' }] } });
    const start = new Date(Date.now() + 5 * 86_400_000);
    start.setUTCHours(5, 0, 0, 0);
    const morning = await r.shift(position, { startsAt: start, endsAt: new Date(+start + 3 * HOUR) });
    const evening = await r.shift(position, { startsAt: new Date(+start + 6 * HOUR), endsAt: new Date(+start + 9 * HOUR) });
    const turkish = await r.volunteer({ homeCenterId: center.id, languages: [{ language: 'tr', level: 'C1' }] });
    const english = await r.volunteer({ homeCenterId: center.id, languages: [{ language: 'en', level: 'C1' }] });
    const auth = () => ({ Authorization: `Bearer ${coordinator.token}` });
    await api().post(`/api/v1/shifts/${morning.id}/assignments`).set(auth()).send({ volunteerId: turkish.volunteer.id }).expect(201);
    const needsReason = await api().post(`/api/v1/shifts/${evening.id}/assignments`).set(auth()).set('Accept-Language', 'en').send({ volunteerId: turkish.volunteer.id }).expect(422);
    expect(needsReason.body.code).toBe('OVERRIDE_REASON_REQUIRED');
    // The coordinator reads about the volunteer, not sentences addressed to himself.
    expect(needsReason.body.detail).toContain('and this one already has 1 on');
    expect(needsReason.body.detail).not.toMatch(/\byou\b/i);
    const ranked = await api().get(`/api/v1/shifts/${evening.id}/candidates?language=tr`).set(auth()).set('Accept-Language', 'az').expect(200);
    const turkishRow = ranked.body.data.find((c: { volunteerId: string }) => c.volunteerId === turkish.volunteer.id);
    expect(turkishRow.reasons.map((x: { message: string }) => x.message)).toEqual([expect.stringMatching(/^Bir gündə ən çox 1 növbə götürmək olar, könüllünün .* artıq 1 növbəsi var\.$/)]);
    const ok = await api().post(`/api/v1/shifts/${evening.id}/assignments`).set(auth()).send({ volunteerId: turkish.volunteer.id, overrideReason: 'Tədbir günü' }).expect(201);
    const [audit] = await t.db.query(`SELECT details FROM audit_log WHERE action = 'rostering.override' AND entity_id = $1`, [ok.body.assignmentId]);
    expect(audit.details).toMatchObject({ overridden: ['TOO_MANY_TODAY'], reason: 'Tədbir günü' });
    const hard = await api().post(`/api/v1/shifts/${evening.id}/assignments`).set(auth()).send({ volunteerId: english.volunteer.id, overrideReason: 'x' }).expect(409);
    expect(hard.body.code).toBe('LANGUAGE_MISSING');
    const candidates = await api().get(`/api/v1/shifts/${morning.id}/candidates?language=tr`).set(auth()).expect(200);
    expect(candidates.body.data.every((c: { languages: { language: string }[] }) => c.languages.some((l) => l.language === 'tr'))).toBe(true);
    expect(await mails('shift-assigned', turkish.volunteer.email)).toBe(2);
  });

  it('templates generate a month skipping non-working days; regenerating never touches shifts with people', async () => {
    const center = await f.center();
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const admin = await f.loginAs(['admin']);
    const auth = () => ({ Authorization: `Bearer ${coordinator.token}` });
    // Holidays are editable data: an admin adds the (future) Victory Day.
    await api().put('/api/v1/non-working-days').set('Authorization', `Bearer ${admin.token}`)
      .send({ date: '2027-11-08', kind: 'holiday', name: { az: 'Zəfər Günü', en: 'Victory Day', ru: 'День Победы' } }).expect(200);
    const position = await r.position({ centerId: center.id });
    const tpl = await api().post('/api/v1/shift-templates').set(auth())
      .send({ centerId: center.id, positionId: position.id, weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '13:00', slots: 2 }).expect(201);
    // November 2027 has 22 weekdays; Monday 8 and Tuesday 9 November (Victory and Flag Days) are off — the
    // computed calendar has them already, the admin's addition changes nothing.
    const gen = await api().post(`/api/v1/shift-templates/${tpl.body.id}/generate`).set(auth()).send({ from: '2027-11-01', to: '2027-11-30' }).expect(200);
    expect(gen.body).toEqual({ created: 20, kept: 0, removed: 0 });
    const week = await api().get(`/api/v1/rostering/centers/${center.id}/week?start=2027-11-10`).set(auth()).expect(200);
    expect(week.body.shifts.map((s: { startsAt: string }) => s.startsAt)).toEqual(
      ['10', '11', '12'].map((d) => `2027-11-${d}T09:00:00+04:00`),
    );
    const firstShift = week.body.shifts[0];
    const v = await r.volunteer({ homeCenterId: center.id });
    await api().post(`/api/v1/shifts/${firstShift.id}/assignments`).set(auth()).send({ volunteerId: v.volunteer.id }).expect(201);
    await api().patch(`/api/v1/shift-templates/${tpl.body.id}`).set(auth()).send({ slots: 3 }).expect(200);
    const again = await api().post(`/api/v1/shift-templates/${tpl.body.id}/generate`).set(auth()).send({ from: '2027-11-01', to: '2027-11-30' }).expect(200);
    expect(again.body).toEqual({ created: 19, kept: 1, removed: 19 });
    const kept = await api().get(`/api/v1/shifts/${firstShift.id}`).set(auth()).expect(200);
    expect([kept.body.slots, kept.body.people.length]).toEqual([2, 1]);
    const bad = await api().post(`/api/v1/shift-templates/${tpl.body.id}/generate`).set(auth()).send({ from: '2027-11-30', to: '2027-11-01' }).expect(400);
    expect(bad.body.errors[0].field).toBe('to');
  });

  it('iCal feeds parse back with the right Baku times; cancelled shifts are marked; a revoked link is gone', async () => {
    const center = await f.center({ nameAz: 'Bərdə Mərkəzi' });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const position = await r.position({ centerId: center.id });
    const shift = await r.shift(position, { startsAt: new Date('2030-03-04T09:00:00+04:00'), endsAt: new Date('2030-03-04T13:00:00+04:00') });
    const v = await r.volunteer({ homeCenterId: center.id });
    await api().post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({}).expect(201);
    const { body } = await api().post('/api/v1/me/calendar-feed').set('Authorization', `Bearer ${v.token}`).expect(201);
    const path = new URL(body.url).pathname;
    const text = (await api().get(path).expect(200).expect('Content-Type', /text\/calendar/)).text;
    const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(events[0].start.toISOString()).toBe('2030-03-04T05:00:00.000Z');
    expect(bakuTimeOf(events[0].start.getTime())).toBe('09:00');
    expect(events[0].summary).toContain('Bərdə Mərkəzi');
    expect(text).toContain('X-WR-TIMEZONE:Asia/Baku');

    await api().post(`/api/v1/shifts/${shift.id}/cancel`).set('Authorization', `Bearer ${coordinator.token}`).send({ reason: 'Mərkəz bağlıdır' }).expect(200);
    const after = Object.values(ical.sync.parseICS((await api().get(path).expect(200)).text)).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    expect(after[0].status).toBe('CANCELLED');
    expect(await mails('shift-cancelled', v.volunteer.email)).toBe(1);

    await api().post('/api/v1/me/calendar-feed').set('Authorization', `Bearer ${v.token}`).expect(201);
    await api().get(path).expect(404);
  });

  it('reminders go out 24 h and 2 h before, once each, and never for a cancelled shift', async () => {
    const center = await f.center();
    const position = await r.position({ centerId: center.id });
    const soon = await r.shift(position, { startsAt: new Date(Date.now() + 20 * HOUR), endsAt: new Date(Date.now() + 22 * HOUR) });
    const cancelled = await r.shift(position, { startsAt: new Date(Date.now() + 30 * HOUR), endsAt: new Date(Date.now() + 32 * HOUR) });
    const v = await r.volunteer({ homeCenterId: center.id });
    await api().post(`/api/v1/shifts/${soon.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({}).expect(201);
    await api().post(`/api/v1/shifts/${cancelled.id}/signup`).set('Authorization', `Bearer ${v.token}`).send({}).expect(201);
    await t.db.query(`UPDATE shifts SET status = 'cancelled' WHERE id = $1`, [cancelled.id]);
    const reminders = t.app.get(RemindersService);
    await reminders.sendDue(new Date());
    await reminders.sendDue(new Date());
    expect(await mails('shift-reminder', v.volunteer.email)).toBe(1);
    await reminders.sendDue(new Date(Date.now() + 19 * HOUR));
    expect(await mails('shift-reminder', v.volunteer.email)).toBe(2);
    await reminders.sendDue(new Date(Date.now() + 29 * HOUR));
    expect(await mails('shift-reminder', v.volunteer.email)).toBe(2);
  });

  it('a swap offered to the pool moves the assignment atomically to the colleague who takes it', async () => {
    const center = await f.center();
    const position = await r.position({ centerId: center.id });
    const shift = await r.shift(position, { slots: 1 });
    const [giver, taker] = await r.volunteers(2, { homeCenterId: center.id });
    const signed = await api().post(`/api/v1/shifts/${shift.id}/signup`).set('Authorization', `Bearer ${giver.token}`).send({}).expect(201);
    const offer = await api().post(`/api/v1/me/assignments/${signed.body.assignmentId}/swap`).set('Authorization', `Bearer ${giver.token}`).send({}).expect(201);
    const open = await api().get('/api/v1/me/swaps').set('Authorization', `Bearer ${taker.token}`).expect(200);
    expect(open.body.data.map((o: { id: string }) => o.id)).toContain(offer.body.id);
    await api().post(`/api/v1/swaps/${offer.body.id}/take`).set('Authorization', `Bearer ${taker.token}`).expect(200, { status: 'accepted' });
    const rows = await t.db.query(`SELECT volunteer_id, status, source FROM shift_assignments WHERE shift_id = $1 ORDER BY created_at`, [shift.id]);
    expect(rows).toEqual([
      { volunteer_id: giver.volunteer.id, status: 'cancelled', source: 'self' },
      { volunteer_id: taker.volunteer.id, status: 'assigned', source: 'swap' },
    ]);
    const [{ assigned_count }] = await t.db.query(`SELECT assigned_count FROM shifts WHERE id = $1`, [shift.id]);
    expect(assigned_count).toBe(1);
    await api().post(`/api/v1/swaps/${offer.body.id}/take`).set('Authorization', `Bearer ${taker.token}`).expect(409);
  });
});
