import { addDays, bakuDateOf, mondayOf } from '@dost/domain';
import request from 'supertest';
import { VolunteerPreferredCenterEntity } from '../people/entities/volunteer-preferred-center.entity';
import type { Factory, TestApp } from '../../test/test-app';
import { asUser, type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';
import { RosterRunsService } from './roster-runs.service';

const DAY = 86_400_000;

/** Who may staff where, event blocks from the console, and one shift edited, resized and cancelled (issue 16). */
describe('staffing pool, event set-up and one shift (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;

  beforeAll(async () => ({ t, f, r, url } = await startRosteringHttp()));
  afterAll(() => t.close());

  const as = asUser(() => url);
  const put = (token: string, path: string, body: object) => request(url).put(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body);
  const patch = (token: string, path: string, body: object) => request(url).patch(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body);
  const inDays = (d: number) => bakuDateOf(Date.now() + d * DAY);

  it('self sign-up outside the center’s pool is refused in the volunteer’s words; a preferred center lets them in', async () => {
    const [barda, baku] = [await f.center({ region: 'Qarabağ' }), await f.center({ region: 'Bakı' })];
    const shift = await r.shift(await r.position({ centerId: baku.id }), { slots: 3 });
    const [stranger, chooser, local] = [await r.volunteer({ homeCenterId: barda.id }), await r.volunteer({ homeCenterId: barda.id }), await r.volunteer({ homeCenterId: baku.id })];
    await t.db.getRepository(VolunteerPreferredCenterEntity).insert({ volunteerId: chooser.volunteer.id, centerId: baku.id });

    const az = await as(stranger.token).post(`/shifts/${shift.id}/signup`).set('Accept-Language', 'az').expect(409);
    expect(az.body).toMatchObject({ code: 'OUTSIDE_POOL', detail: expect.stringContaining('yalnız onun könüllüləri') });
    const en = await as(stranger.token).post(`/shifts/${shift.id}/signup`).set('Accept-Language', 'en').expect(409);
    expect(en.body.detail).toContain('Only volunteers of this center');
    const ru = await as(stranger.token).post(`/shifts/${shift.id}/signup`).set('Accept-Language', 'ru').expect(409);
    expect(ru.body.detail).toContain('предпочтительный');
    // The open-shifts list tells the same reason next to the shift.
    const open = await as(stranger.token).get(`/me/open-shifts?centerId=${baku.id}`).set('Accept-Language', 'en').expect(200);
    expect(open.body.data.find((s: { id: string }) => s.id === shift.id)).toMatchObject({ eligible: false, reason: { code: 'OUTSIDE_POOL' } });

    await as(chooser.token).post(`/shifts/${shift.id}/signup`).expect(201);
    await as(local.token).post(`/shifts/${shift.id}/signup`).expect(201);
  });

  it('an event’s region takes the centers hung under its regional center (the top regional ancestor), and no others', async () => {
    const region = `Qarabağ-${Date.now()}`;
    const regional = await f.center({ region, kind: 'regional_center' });
    const point = await f.center({ region: `Zəngilan-${Date.now()}`, kind: 'smart_point', parentId: regional.id } as never);
    const elsewhere = await f.center({ region: `Bakı-${Date.now()}` });
    const event = await f.event({ startsAt: new Date(Date.now() + 5 * DAY), endsAt: new Date(Date.now() + 6 * DAY) });
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    await put(organizer.token, `/rostering/events/${event.id}/staffing-area`, { regions: [region], centerIds: [] }).expect(200);
    const shift = await r.shift(await r.position({ eventId: event.id }), { slots: 2 });
    const [near, far] = [await r.volunteer({ homeCenterId: point.id }), await r.volunteer({ homeCenterId: elsewhere.id })];
    await as(near.token).post(`/shifts/${shift.id}/signup`).expect(201);
    const refused = await as(far.token).post(`/shifts/${shift.id}/signup`).set('Accept-Language', 'en').expect(409);
    expect(refused.body).toMatchObject({ code: 'OUTSIDE_POOL', detail: expect.stringContaining('regions chosen for this event') });
  });

  it('a coordinator assigns someone from outside the pool only with a reason, and the override is audited', async () => {
    const [home, far] = [await f.center(), await f.center()];
    const shift = await r.shift(await r.position({ centerId: home.id }), { slots: 2 });
    const outsider = await r.volunteer({ homeCenterId: far.id });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [home.id] });

    // Searched by name: the list is capped, and suites sharing this database add many people outside the pool.
    const candidates = await as(coordinator.token).get(`/shifts/${shift.id}/candidates`).query({ q: outsider.volunteer.fullName }).set('Accept-Language', 'en').expect(200);
    const listed = candidates.body.data.find((c: { volunteerId: string }) => c.volunteerId === outsider.volunteer.id);
    expect(listed).toMatchObject({ eligible: true, homeCenter: false, reasons: [{ code: 'OUTSIDE_POOL', overridable: true }] });
    expect(listed.homeCenterName.en).toBe(far.nameEn);

    const refused = await as(coordinator.token).post(`/shifts/${shift.id}/assignments`, { volunteerId: outsider.volunteer.id }).set('Accept-Language', 'az').expect(422);
    expect(refused.body).toMatchObject({ code: 'OVERRIDE_REASON_REQUIRED', detail: expect.stringContaining('mərkəzə bağlı deyil') });
    const ok = await as(coordinator.token).post(`/shifts/${shift.id}/assignments`, { volunteerId: outsider.volunteer.id, overrideReason: 'Bərdədən köməyə gəlir' }).expect(201);
    const [audit] = await t.db.query(`SELECT details FROM audit_log WHERE action = 'rostering.override' AND entity_id = $1`, [ok.body.assignmentId]);
    expect(audit.details).toMatchObject({ overridden: ['OUTSIDE_POOL'], reason: 'Bərdədən köməyə gəlir' });
  });

  it('the sign-up window holds back self sign-up only: a coordinator assigns before it opens without an override', async () => {
    const center = await f.center();
    const shift = await r.shift(await r.position({ centerId: center.id }), { slots: 2, signupOpensDaysBefore: 1 });
    const [early, keen] = [await r.volunteer({ homeCenterId: center.id }), await r.volunteer({ homeCenterId: center.id })];
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    expect((await as(keen.token).post(`/shifts/${shift.id}/signup`).expect(409)).body.code).toBe('WINDOW_NOT_OPEN');
    await as(coordinator.token).post(`/shifts/${shift.id}/assignments`, { volunteerId: early.volunteer.id }).expect(201);
  });

  it('auto-fill for an event the organiser limited to Baku draws no Barda volunteer, and fills before the sign-up window opens', async () => {
    const region = `Bakı-${Date.now()}`;
    const [baku, barda] = [await f.center({ region }), await f.center({ region: `Qarabağ-${Date.now()}` })];
    const event = await f.event({ startsAt: new Date(Date.now() + 10 * DAY), endsAt: new Date(Date.now() + 11 * DAY) });
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const position = await r.position({ eventId: event.id });
    const monday = addDays(mondayOf(bakuDateOf(Date.now())), 7);
    const shift = await r.shift(position, { startsAt: new Date(`${monday}T09:00:00+04:00`), endsAt: new Date(`${monday}T13:00:00+04:00`), slots: 50, signupOpensDaysBefore: 1 });
    const bakuPeople = await r.volunteers(3, { homeCenterId: baku.id });
    const bardaPeople = await r.volunteers(3, { homeCenterId: barda.id });

    const area = await put(organizer.token, `/rostering/events/${event.id}/staffing-area`, { regions: [region], centerIds: [] }).expect(200);
    expect(area.body).toMatchObject({ regions: [region], centerIds: [] });
    expect(area.body.options.map((o: { region: string }) => o.region)).toContain(region);
    const bad = await put(organizer.token, `/rostering/events/${event.id}/staffing-area`, { regions: ['Nowhere'], centerIds: [] }).set('Accept-Language', 'en').expect(400);
    expect(JSON.stringify(bad.body)).toContain('No such region');

    const queued = await as(organizer.token).post('/roster-runs', { eventId: event.id, from: monday, to: addDays(monday, 6), timeLimitSeconds: 1 }).expect(202);
    await t.app.get(RosterRunsService).execute(queued.body.id);
    const done = (await as(organizer.token).get(`/roster-runs/${queued.body.id}`).expect(200)).body;
    const proposed = new Set(done.proposals.map((p: { volunteerId: string }) => p.volunteerId));
    for (const v of bardaPeople) expect(proposed.has(v.volunteer.id)).toBe(false);
    // Baku's three are proposed although self sign-up opens only a day before the shift.
    for (const v of bakuPeople) expect(proposed.has(v.volunteer.id)).toBe(true);
    expect(done.proposals.every((p: { shiftId: string }) => p.shiftId === shift.id)).toBe(true);
  }, 60_000);

  it('the organiser creates an event’s blocks (days × positions × places), copies a day, and the role board shows them at once', async () => {
    const event = await f.event({ startsAt: new Date(Date.now() + 5 * DAY), endsAt: new Date(Date.now() + 8 * DAY) });
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const other = await f.event();
    const created = await as(organizer.token).post('/positions', { eventId: event.id, code: `usher-${Date.now()}`, name: { az: 'Yerləşdirici', en: 'Usher', ru: 'Распорядитель' } }).expect(201);
    const foreign = await r.position({ eventId: other.id });
    const [d1, d2, d3] = [inDays(5), inDays(6), inDays(7)];
    const body = {
      dates: [d1],
      blocks: [
        { positionId: created.body.id, startTime: '09:00', endTime: '13:00', slots: 4, place: 'Zal A' },
        { positionId: created.body.id, startTime: '09:00', endTime: '13:00', slots: 2, place: 'Giriş' },
        { positionId: created.body.id, startTime: '13:00', endTime: '18:00', slots: 3 },
      ],
    };
    expect((await as(organizer.token).post(`/rostering/events/${event.id}/blocks`, body).expect(200)).body).toEqual({ created: 3, skipped: 0 });
    // The same again doubles nothing.
    expect((await as(organizer.token).post(`/rostering/events/${event.id}/blocks`, body).expect(200)).body).toEqual({ created: 0, skipped: 3 });
    const board = (await as(organizer.token).get(`/rostering/events/${event.id}/role-board`).expect(200)).body;
    expect(board.positions.map((p: { id: string }) => p.id)).toContain(created.body.id);
    expect(board.blocks).toHaveLength(2);
    expect(board.needed).toBe(9);

    expect((await as(organizer.token).post(`/rostering/events/${event.id}/copy-day`, { from: d1, to: [d2, d3] }).expect(200)).body).toEqual({ created: 6, skipped: 0 });
    expect((await as(organizer.token).get(`/rostering/events/${event.id}/role-board`).expect(200)).body.needed).toBe(27);

    // Another event's position, a day in the past, a malformed time: per-field 400, nothing made.
    const e1 = await as(organizer.token).post(`/rostering/events/${event.id}/blocks`, { dates: [d1], blocks: [{ positionId: foreign.id, startTime: '09:00', endTime: '10:00', slots: 1 }] }).expect(400);
    expect(JSON.stringify(e1.body)).toContain('blocks.0.positionId');
    await as(organizer.token).post(`/rostering/events/${event.id}/blocks`, { dates: [inDays(-2)], blocks: [{ positionId: created.body.id, startTime: '09:00', endTime: '10:00', slots: 1 }] }).expect(400);
    await as(organizer.token).post(`/rostering/events/${event.id}/blocks`, { dates: [d1], blocks: [{ positionId: created.body.id, startTime: '9am', endTime: '10:00', slots: 1 }] }).expect(400);
    // Another organiser's event is not found.
    await as(organizer.token).post(`/rostering/events/${other.id}/blocks`, { dates: [d1], blocks: [{ positionId: foreign.id, startTime: '09:00', endTime: '10:00', slots: 1 }] }).expect(404);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM shifts WHERE event_id = $1`, [event.id]);
    expect(n).toBe(9);
  });

  it('resizing below the people on it is refused unless the coordinator says whom to remove; cancelling mails each person in their language', async () => {
    const center = await f.center();
    const shift = await r.shift(await r.position({ centerId: center.id }), { slots: 3 });
    const people = [
      await r.volunteer({ homeCenterId: center.id, locale: 'az' }),
      await r.volunteer({ homeCenterId: center.id, locale: 'en' }),
      await r.volunteer({ homeCenterId: center.id, locale: 'ru' }),
    ];
    const ids: string[] = [];
    for (const p of people) ids.push((await as(p.token).post(`/shifts/${shift.id}/signup`).expect(201)).body.assignmentId);
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });

    const refused = await patch(coordinator.token, `/shifts/${shift.id}`, { slots: 2 }).set('Accept-Language', 'en').expect(409);
    expect(refused.body).toMatchObject({ code: 'SLOTS_BELOW_ASSIGNED' });
    await patch(coordinator.token, `/shifts/${shift.id}`, { slots: 1, removeAssignmentIds: [ids[2]] }).expect(400);
    const resized = await patch(coordinator.token, `/shifts/${shift.id}`, { slots: 2, removeAssignmentIds: [ids[2]], removeReason: 'Zal kiçildi' }).expect(200);
    expect(resized.body).toMatchObject({ slots: 2, assignedCount: 2 });
    const removedMail = await t.db.query(`SELECT locale, props FROM notification_deliveries WHERE template = 'shift-cancelled' AND to_email = $1`, [people[2].volunteer.email]);
    expect(removedMail).toEqual([expect.objectContaining({ locale: 'ru', props: expect.objectContaining({ reason: 'Zal kiçildi' }) })]);

    await as(coordinator.token).post(`/shifts/${shift.id}/cancel`, { reason: '' }).expect(400);
    const cancelled = await as(coordinator.token).post(`/shifts/${shift.id}/cancel`, { reason: 'Bina təmir olunur' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    const mails = await t.db.query(
      `SELECT to_email AS "email", locale, props FROM notification_deliveries WHERE template = 'shift-cancelled' AND to_email = ANY($1) ORDER BY created_at`,
      [people.slice(0, 2).map((p) => p.volunteer.email)],
    );
    // Both mails come from one transaction (same created_at): compare them in a fixed order, not the table's.
    const byEmail = (a: string[], b: string[]) => a[0].localeCompare(b[0]);
    expect(mails.map((m: { email: string; locale: string }) => [m.email, m.locale]).sort(byEmail)).toEqual([[people[0].volunteer.email, 'az'], [people[1].volunteer.email, 'en']].sort(byEmail));
    expect(mails.every((m: { props: { reason: string } }) => m.props.reason === 'Bina təmir olunur')).toBe(true);
  });
});
