import { ShiftAssignmentEntity } from '../rostering/entities/shift-assignment.entity';
import { randomFin } from '../../test/recruitment-factory';
import { RosteringFactory } from '../../test/rostering-factory';
import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { VolunteerQualificationEntity } from './entities/volunteer-qualification.entity';

/** The staff directory and profile: who sees whom, the filters, the actions and their rules. */
describe('volunteer directory and profile', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RosteringFactory(t);
  });
  afterAll(() => t.close());

  const as = (token: string, lang = 'az') => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang),
    post: (path: string, body: object = {}) => t.http().post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang).send(body),
  });
  const ids = (body: { data: { id: string }[] }) => body.data.map((x) => x.id).sort();
  const daysFromNow = (d: number) => new Date(Date.now() + d * 86_400_000);

  /** Center A with four people (languages, a qualification), center B with one, event E with B's person on a shift. */
  async function world() {
    const [a, b] = [await f.center(), await f.center()];
    const event = await f.event();
    const fin = randomFin();
    const ruB2 = (await r.volunteer({ homeCenterId: a.id, fullName: 'Aysel Rusdilli', languages: [{ language: 'ru', level: 'B2' }, { language: 'en', level: 'A2' }] })).volunteer;
    const ruC2 = (await r.volunteer({ homeCenterId: a.id, fullName: 'Nigar Ana dili', languages: [{ language: 'ru', level: 'C2' }] })).volunteer;
    const ruA2 = (await r.volunteer({ homeCenterId: a.id, fullName: 'Orxan Başlanğıc', languages: [{ language: 'ru', level: 'A2' }] })).volunteer;
    const enC1 = (await r.volunteer({ homeCenterId: a.id, fullName: 'Tural İngilis', languages: [{ language: 'en', level: 'C1' }], status: 'paused' })).volunteer;
    const atB = (await r.volunteer({ homeCenterId: b.id, fullName: 'Bəxtiyar Bərdəli', fin, languages: [] })).volunteer;
    await t.db.getRepository(VolunteerQualificationEntity).insert([
      { volunteerId: ruB2.id, code: 'protocol', validUntil: null },
      { volunteerId: ruC2.id, code: 'protocol', validUntil: daysFromNow(-2).toISOString().slice(0, 10) },
    ]);
    const shift = await r.shift(await r.position({ eventId: event.id }), { startsAt: daysFromNow(-3), endsAt: new Date(daysFromNow(-3).getTime() + 3_600_000) });
    await t.db.getRepository(ShiftAssignmentEntity).insert({ shiftId: shift.id, volunteerId: atB.id, status: 'completed', source: 'coordinator' });
    const coordA = await f.loginAs(['coordinator'], { centerIds: [a.id] });
    const coordB = await f.loginAs(['coordinator'], { centerIds: [b.id] });
    const organiser = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const admin = await f.loginAs(['admin']);
    const hr = await f.loginAs(['hr']);
    return { fin, a, b, event, ruB2, ruC2, ruA2, enC1, atB, coordA, coordB, organiser, admin, hr, shift };
  }

  it('scope: a coordinator sees their center\'s people only, an organiser the people on their events, HR and admin everyone', async () => {
    const w = await world();
    const own = await as(w.coordA.token).get(`/volunteers?perPage=100&homeCenterId=${w.a.id}`).expect(200);
    expect(ids(own.body)).toEqual([w.ruB2.id, w.ruC2.id, w.ruA2.id, w.enC1.id].sort());
    const other = await as(w.coordB.token).get(`/volunteers?perPage=100&homeCenterId=${w.a.id}`).expect(200);
    expect(other.body).toEqual({ data: [], total: 0 });
    const org = await as(w.organiser.token).get('/volunteers?perPage=100').expect(200);
    expect(ids(org.body)).toEqual([w.atB.id]);
    expect(org.body.data[0]).toMatchObject({ attended: 1, noShows: 0, reliability: 1, lastShiftAt: w.shift.startsAt.toISOString() });
    for (const who of [w.admin, w.hr]) {
      const all = await as(who.token).get(`/volunteers?perPage=100&homeCenterId=${w.a.id}`).expect(200);
      expect(all.body.total).toBe(4);
    }
    // A profile out of scope is not found; in scope it is there.
    await as(w.coordB.token).get(`/volunteers/${w.ruB2.id}`).expect(404);
    await as(w.organiser.token).get(`/volunteers/${w.ruB2.id}`).expect(404);
    await as(w.organiser.token).get(`/volunteers/${w.atB.id}`).expect(200);
    const volunteer = await r.volunteer({ homeCenterId: w.a.id });
    await t.http().get('/api/v1/volunteers').set('Authorization', `Bearer ${volunteer.token}`).expect(403);
  });

  it('filters: "ru ≥ B2", a valid qualification, status, name', async () => {
    const w = await world();
    const get = (qs: string) => as(w.coordA.token).get(`/volunteers?perPage=100&${qs}`).expect(200).then((res) => ids(res.body));
    expect(await get('language=ru&minLevel=B2')).toEqual([w.ruB2.id, w.ruC2.id].sort());
    expect(await get('language=ru')).toEqual([w.ruB2.id, w.ruC2.id, w.ruA2.id].sort());
    expect(await get('language=en&minLevel=B1')).toEqual([w.enC1.id]);
    expect(await get('qualification=protocol')).toEqual([w.ruB2.id]); // ruC2's expired two days ago
    expect(await get('status=paused')).toEqual([w.enC1.id]);
    expect(await get(`q=${encodeURIComponent('rusdilli')}`)).toEqual([w.ruB2.id]);
    await as(w.coordA.token).get('/volunteers?minLevel=Z9').expect(400);
    const sorted = await as(w.coordA.token).get(`/volunteers?homeCenterId=${w.a.id}&sort=fullName&order=DESC&perPage=2&page=1`).expect(200);
    expect(sorted.body.total).toBe(4);
    expect(sorted.body.data.map((x: { fullName: string }) => x.fullName)).toEqual(['Tural İngilis', 'Orxan Başlanğıc']);
  });

  it('export: CSV of the filtered directory in the caller\'s language, audited', async () => {
    const w = await world();
    await t.db.getRepository(VolunteerQualificationEntity).insert({ volunteerId: w.ruB2.id, code: 'first-aid', validUntil: null });
    const [firstAid] = await t.db.query(`SELECT name_en FROM qualifications WHERE code = 'first-aid'`);
    const res = await as(w.coordA.token, 'en').get('/volunteers/export?language=ru&minLevel=B2&format=csv').expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const text = res.text;
    expect(text).toContain('Full name');
    expect(text).toContain('Aysel Rusdilli');
    // Words, not codes: language names with levels, the catalogue's names in the export's language.
    expect(text).toContain('Russian B2');
    expect(text).not.toContain('ru B2');
    expect(text).toContain(firstAid.name_en);
    expect(text).not.toMatch(/\bfirst-aid\b/);
    expect(text).not.toContain('Orxan');
    const xlsx = await as(w.coordA.token).get('/volunteers/export?format=xlsx&envelope=true').expect(200);
    expect(xlsx.body.filename).toMatch(/\.xlsx$/);
    const [audit] = await t.db.query(`SELECT details FROM audit_log WHERE action = 'people.export' AND actor_id = $1 ORDER BY at LIMIT 1`, [w.coordA.userId]);
    expect(audit.details).toMatchObject({ format: 'csv', filters: { language: 'ru', minLevel: 'B2' }, rows: 2 });
  });

  it('profile: masked FİN, revealed for HR and audited; qualifications with expiry; shifts; status history; actions by role', async () => {
    const w = await world();
    const seen = await as(w.hr.token).get(`/volunteers/${w.atB.id}`).expect(200);
    expect(seen.body).toMatchObject({ fin: `*****${w.fin.slice(-2)}`, canRevealFin: true, fullName: 'Bəxtiyar Bərdəli', actions: { statusMoves: [], changeHomeCenter: false, addNote: true } });
    expect(seen.body.shifts.past).toHaveLength(1);
    expect(seen.body.birthDate).toBe('2000-01-01');
    const fin = await as(w.hr.token).get(`/volunteers/${w.atB.id}/fin`).expect(200);
    expect(fin.body).toEqual({ fin: w.fin });
    const [read] = await t.db.query(`SELECT entity_id FROM audit_log WHERE action = 'people.finRead' AND actor_id = $1`, [w.hr.userId]);
    expect(read.entity_id).toBe(w.atB.id);
    await as(w.coordB.token).get(`/volunteers/${w.atB.id}/fin`).expect(403);
    // Onboarded long before the record was made (an import, the demo): "member since" is the onboarding day.
    await t.db.query(`INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, at) VALUES ($1, 'applicant', 'active', 'onboarded', '2025-03-04T08:00:00Z')`, [w.ruC2.id]);
    const mine = await as(w.coordA.token).get(`/volunteers/${w.ruC2.id}`).expect(200);
    expect(mine.body.memberSince).toBe('2025-03-04T08:00:00.000Z');
    expect(mine.body.qualificationsHeld).toEqual([{ code: 'protocol', validUntil: daysFromNow(-2).toISOString().slice(0, 10), expired: true, expiresSoon: false }]);
    expect(mine.body.qualifications).toEqual([]);
    // A coordinator of one center has no other center to move them to: the action is not offered.
    expect(mine.body.actions).toEqual({ statusMoves: ['paused', 'alumni', 'exited'], changeHomeCenter: false, addNote: true });
    const coordAB = await f.loginAs(['coordinator'], { centerIds: [w.a.id, w.b.id] });
    expect((await as(coordAB.token).get(`/volunteers/${w.ruC2.id}`).expect(200)).body.actions.changeHomeCenter).toBe(true);
    expect((await as(w.admin.token).get(`/volunteers/${w.ruC2.id}`).expect(200)).body.actions.changeHomeCenter).toBe(true);
  });

  it('status: pause with a reason, reactivate; illegal moves and missing reasons refused in words; others may not', async () => {
    const w = await world();
    const noReason = await as(w.coordA.token).post(`/volunteers/${w.ruA2.id}/status`, { to: 'paused' }).expect(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason' });
    const paused = await as(w.coordA.token).post(`/volunteers/${w.ruA2.id}/status`, { to: 'paused', reason: 'İmtahan sessiyası' }).expect(200);
    expect(paused.body.status).toBe('paused');
    expect(paused.body.statusHistory[0]).toMatchObject({ from: 'active', to: 'paused', reason: 'İmtahan sessiyası', actorName: expect.any(String) });
    expect(paused.body.actions.statusMoves).toEqual(['active', 'alumni', 'exited']);
    await as(w.coordA.token).post(`/volunteers/${w.ruA2.id}/status`, { to: 'active' }).expect(200);
    const alumnus = (await r.volunteer({ homeCenterId: w.a.id, status: 'alumni' })).volunteer;
    const illegal = await as(w.coordA.token, 'ru').post(`/volunteers/${alumnus.id}/status`, { to: 'staff' }).expect(403);
    expect(illegal.body.code).toBe('STATUS_NOT_ALLOWED');
    const applicant = (await r.volunteer({ homeCenterId: w.a.id, status: 'applicant' })).volunteer;
    const wrong = await as(w.coordA.token, 'ru').post(`/volunteers/${applicant.id}/status`, { to: 'alumni' }).expect(409);
    expect(wrong.body).toMatchObject({ code: 'ILLEGAL_STATUS_MOVE' });
    expect(wrong.body.detail).toMatch(/Статус/);
    await as(w.coordB.token).post(`/volunteers/${w.ruA2.id}/status`, { to: 'paused', reason: 'x' }).expect(404);
    await as(w.organiser.token).post(`/volunteers/${w.atB.id}/status`, { to: 'paused', reason: 'x' }).expect(403);
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'volunteer.changeStatus' AND entity_id = $1`, [w.ruA2.id]);
    expect(audited[0].n).toBe(2);
  });

  it('home center: a coordinator moves a person only to a center they coordinate; an admin anywhere', async () => {
    const w = await world();
    const both = await f.loginAs(['coordinator'], { centerIds: [w.a.id, w.b.id] });
    const refused = await as(w.coordA.token).post(`/volunteers/${w.ruA2.id}/home-center`, { homeCenterId: w.b.id }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'homeCenterId', code: 'homeCenterNotYours' });
    await as(w.coordB.token).post(`/volunteers/${w.ruA2.id}/home-center`, { homeCenterId: w.b.id }).expect(404);
    await as(w.hr.token).post(`/volunteers/${w.ruA2.id}/home-center`, { homeCenterId: w.b.id }).expect(403);
    const moved = await as(both.token).post(`/volunteers/${w.ruA2.id}/home-center`, { homeCenterId: w.b.id, reason: 'Bərdəyə köçüb' }).expect(200);
    expect(moved.body.homeCenter.id).toBe(w.b.id);
    expect(moved.body.notes[0].body).toBe(`Əsas mərkəz: ${w.a.nameAz} → ${w.b.nameAz}. Bərdəyə köçüb`);
    await as(w.coordA.token).get(`/volunteers/${w.ruA2.id}`).expect(404);
    const back = await as(w.admin.token).post(`/volunteers/${w.ruA2.id}/home-center`, { homeCenterId: w.a.id }).expect(200);
    expect(back.body.homeCenter.id).toBe(w.a.id);
    await as(w.admin.token).post(`/volunteers/${w.ruA2.id}/home-center`, { homeCenterId: '00000000-0000-4000-8000-000000000000' }).expect(400);
  });

  it('notes: staff in scope write and read them, newest first; others get 404; empty is refused', async () => {
    const w = await world();
    await as(w.coordA.token).post(`/volunteers/${w.ruB2.id}/notes`, { body: 'Rus dilində protokol üçün uyğundur.' }).expect(201);
    const second = await as(w.admin.token).post(`/volunteers/${w.ruB2.id}/notes`, { body: 'Müsahibədə yaxşı təəssürat.' }).expect(201);
    expect(second.body.notes.map((n: { body: string }) => n.body)).toEqual(['Müsahibədə yaxşı təəssürat.', 'Rus dilində protokol üçün uyğundur.']);
    await as(w.coordA.token).post(`/volunteers/${w.ruB2.id}/notes`, { body: '   ' }).expect(400);
    await as(w.coordB.token).post(`/volunteers/${w.ruB2.id}/notes`, { body: 'x' }).expect(404);
    const read = await as(w.coordA.token).get(`/volunteers/${w.ruB2.id}`).expect(200);
    expect(read.body.notes).toHaveLength(2);
  });
});
