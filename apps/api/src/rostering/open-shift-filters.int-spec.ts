import request from 'supertest';
import type { Factory, TestApp } from '../../test/test-app';
import { type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';

/** The volunteer's "Open shifts" filters: center (choices from /me/open-shift-centers), position and day. */
describe('open shifts filters and the candidates\' home center (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;

  beforeAll(async () => ({ t, f, r, url } = await startRosteringHttp()));
  afterAll(() => t.close());

  it('filters by center, position and date; lists only centers with open shifts; volunteers only', async () => {
    const [north, south, quiet] = [await f.center({ nameEn: 'North filter center' }), await f.center({ nameEn: 'South filter center' }), await f.center()];
    const greeter = await r.position({ centerId: north.id });
    const desk = await r.position({ centerId: north.id }, { nameAz: 'Qeydiyyat masası', nameEn: 'Registration desk', nameRu: 'Регистрация' });
    const southPosition = await r.position({ centerId: south.id });
    await r.position({ centerId: quiet.id }); // a position but no shift: its center is no choice
    const day2 = new Date(Date.now() + 2 * 86_400_000);
    day2.setUTCHours(6, 0, 0, 0);
    const day5 = new Date(+day2 + 3 * 86_400_000);
    const a = await r.shift(greeter, { startsAt: day2, endsAt: new Date(+day2 + 3_600_000) });
    const b = await r.shift(desk, { startsAt: day5, endsAt: new Date(+day5 + 3_600_000) });
    const c = await r.shift(southPosition, { startsAt: day2, endsAt: new Date(+day2 + 3_600_000) });
    await r.shift(greeter, { status: 'draft' });
    const v = await r.volunteer();
    const get = (path: string, token = v.token) => request(url).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    const ids = async (query: string) => ((await get(`/me/open-shifts?perPage=100&${query}`).expect(200)).body.data as { id: string }[]).map((s) => s.id);

    expect(await ids(`centerId=${north.id}`)).toEqual([a.id, b.id]);
    expect(await ids(`centerId=${north.id}&positionId=${desk.id}`)).toEqual([b.id]);
    expect(await ids(`positionId=${southPosition.id}`)).toEqual([c.id]);
    const bakuDay = new Date(+day2 + 4 * 3_600_000).toISOString().slice(0, 10);
    expect(await ids(`centerId=${north.id}&date=${bakuDay}`)).toEqual([a.id]);
    const bad = await get('/me/open-shifts?centerId=nope&positionId=123').set('Accept-Language', 'en').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['centerId', 'positionId']);

    const centers = (await get('/me/open-shift-centers').expect(200)).body.data as { id: string; name: { en: string } }[];
    expect(centers.map((x) => x.id)).toEqual(expect.arrayContaining([north.id, south.id]));
    expect(centers.map((x) => x.id)).not.toContain(quiet.id);
    expect(centers.find((x) => x.id === north.id)?.name.en).toBe('North filter center');
    const positions = (await get(`/me/open-shift-positions?centerId=${north.id}`).expect(200)).body as { id: string }[];
    expect(positions.map((p) => p.id).sort()).toEqual([greeter.id, desk.id].sort());

    const staff = await f.loginAs(['coordinator'], { centerIds: [north.id] });
    await get('/me/open-shift-centers', staff.token).expect(403);
  });

  it('the personal list: home and preferred centers (centers=mine), open now and not full (show=open), with address, duties, contact and the place in a waitlist', async () => {
    const [home, preferred, other] = [
      await f.center({ nameEn: 'Personal home center', address: 'Nizami küçəsi 10, Bakı', phone: '+994 12 555 01 01' }),
      await f.center({ nameEn: 'Personal preferred center' }),
      await f.center({ nameEn: 'Personal other center' }),
    ];
    const [hp, pp, op] = [await r.position({ centerId: home.id }), await r.position({ centerId: preferred.id }), await r.position({ centerId: other.id })];
    const open = await r.shift(hp, { notes: 'Növbə yerində qarşılama və növbə idarəsi' });
    const atPreferred = await r.shift(pp);
    const elsewhere = await r.shift(op);
    const full = await r.shift(hp, { slots: 1 });
    // Starts in 3 days, sign-up opens 2 days before: not open yet.
    const later = await r.shift(hp, { signupOpensDaysBefore: 2 });
    const mineOnly = new Set([open.id, atPreferred.id, elsewhere.id, full.id, later.id]);
    const [v, first, taker] = await r.volunteers(3, { homeCenterId: home.id });
    await t.db.query('INSERT INTO volunteer_preferred_centers (volunteer_id, center_id) VALUES ($1, $2)', [v.volunteer.id, preferred.id]);
    const as = (token: string) => (path: string) => request(url).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    const post = (path: string, token: string, body: object) => request(url).post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body);
    await post(`/shifts/${full.id}/signup`, taker.token, {}).expect(201);
    await post(`/shifts/${full.id}/signup`, first.token, { waitlist: true }).expect(201);
    const list = async (query: string) => ((await as(v.token)(`/me/open-shifts?perPage=100&${query}`).expect(200)).body.data as { id: string }[]).filter((s) => mineOnly.has(s.id));
    const ids = async (query: string) => (await list(query)).map((s) => s.id).sort();

    expect(await ids('centers=mine&show=open')).toEqual([open.id, atPreferred.id].sort());
    expect(await ids('centers=mine&show=all')).toEqual([open.id, atPreferred.id, full.id, later.id].sort());
    expect(await ids('centers=all&show=open')).toEqual([open.id, atPreferred.id, elsewhere.id].sort());
    expect(await ids(`centers=mine&show=open&centerId=${other.id}`)).toEqual([elsewhere.id]); // a chosen center wins
    expect(await ids('')).toEqual([...mineOnly].sort()); // no parameter: everything, as before

    // Once on the waitlist, the full shift stays in the short list, with the place in the queue.
    await post(`/shifts/${full.id}/signup`, v.token, { waitlist: true }).expect(201);
    const short = await list('centers=mine&show=open');
    expect(short.map((s) => s.id).sort()).toEqual([open.id, atPreferred.id, full.id].sort());
    expect(short.find((s) => s.id === full.id)).toMatchObject({ mine: { status: 'waitlisted', waitlistPosition: 2 } });
    expect(short.find((s) => s.id === open.id)).toMatchObject({
      address: 'Nizami küçəsi 10, Bakı', duties: 'Növbə yerində qarşılama və növbə idarəsi', contact: '+994 12 555 01 01', mine: null,
    });
    const bad = await as(v.token)('/me/open-shifts?centers=some&show=never').set('Accept-Language', 'en').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['centers', 'show']);
  });

  it("the coordinator's candidates carry their home center's name, so namesakes can be told apart", async () => {
    const [home, other] = [await f.center({ nameAz: 'Gəncə mərkəzi', nameEn: 'Ganja center', nameRu: 'Гянджинский центр' }), await f.center({ nameEn: 'Sumgait center' })];
    const position = await r.position({ centerId: home.id });
    const shift = await r.shift(position);
    const fullName = `Namesake ${Date.now()}`;
    const [a, b] = [await r.volunteer({ fullName, homeCenterId: home.id }), await r.volunteer({ fullName, homeCenterId: other.id })];
    const homeless = await r.volunteer({ fullName, homeCenterId: null });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [home.id] });
    const res = await request(url).get(`/api/v1/shifts/${shift.id}/candidates?q=${encodeURIComponent(fullName)}`).set('Authorization', `Bearer ${coordinator.token}`).expect(200);
    const byId = new Map((res.body.data as { volunteerId: string; homeCenterName: unknown }[]).map((c) => [c.volunteerId, c.homeCenterName]));
    expect(byId.get(a.volunteer.id)).toEqual({ az: 'Gəncə mərkəzi', en: 'Ganja center', ru: 'Гянджинский центр' });
    expect(byId.get(b.volunteer.id)).toMatchObject({ en: 'Sumgait center' });
    expect(byId.get(homeless.volunteer.id)).toBeNull();
  });
});
