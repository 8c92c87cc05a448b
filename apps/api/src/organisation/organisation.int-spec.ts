import { CenterEntity } from './entities/center.entity';
import { createTestApp, Factory, type TestApp } from '../../test/test-app';

const validCenter = (code: string) => ({
  code,
  kind: 'district_branch',
  region: 'Gəncə-Daşkəsən',
  name: { az: 'Gəncə DOST filialı', en: 'Ganja DOST Branch', ru: 'Гянджинский филиал DOST' },
  address: 'Gəncə şəhəri',
  latitude: 40.68,
  longitude: 46.36,
  phone: '+994 22 555 00 00',
  openingHours: 'B.e.–Cümə 09:00–18:00',
});

describe('organisation: centers and events, scoped (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('an admin creates, reads, updates and deletes a center, and each change is audited', async () => {
    const admin = await f.loginAs(['admin']);
    const auth = { Authorization: `Bearer ${admin.token}` };
    const created = await t.http().post('/api/v1/centers').set(auth).send(validCenter(`ganja-${Date.now()}`)).expect(201);
    expect(created.body).toMatchObject({ kind: 'district_branch', name: { az: 'Gəncə DOST filialı' }, active: true, demo: false });
    const updated = await t.http().patch(`/api/v1/centers/${created.body.id}`).set(auth).send({ active: false }).expect(200);
    expect(updated.body.active).toBe(false);
    const audit = await t.http().get('/api/v1/audit-log').query({ entity: 'centers', perPage: 100 }).set(auth).expect(200);
    const mine = audit.body.data.filter((e: { entityId: string }) => e.entityId === created.body.id).map((e: { action: string }) => e.action);
    expect(mine).toEqual(expect.arrayContaining(['centers.create', 'centers.update']));
    await t.http().delete(`/api/v1/centers/${created.body.id}`).set(auth).expect(204);
    await t.http().get(`/api/v1/centers/${created.body.id}`).set(auth).expect(404);
  });

  it('a coordinator sees only their own centers; another center is 404, and writing is 403', async () => {
    const a = await f.center();
    const b = await f.center();
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [a.id] });
    const auth = { Authorization: `Bearer ${coordinator.token}` };
    const list = await t.http().get('/api/v1/centers').set(auth).expect(200);
    expect(list.body.data.map((c: { id: string }) => c.id)).toEqual([a.id]);
    expect(list.body.total).toBe(1);
    await t.http().get(`/api/v1/centers/${a.id}`).set(auth).expect(200);
    await t.http().get(`/api/v1/centers/${b.id}`).set(auth).expect(404);
    await t.http().patch(`/api/v1/centers/${a.id}`).set(auth).send({ active: false }).expect(403);
  });

  it('an organizer sees only their own events', async () => {
    const mine = await f.event();
    const other = await f.event();
    const organizer = await f.loginAs(['organizer'], { eventIds: [mine.id] });
    const auth = { Authorization: `Bearer ${organizer.token}` };
    const list = await t.http().get('/api/v1/events').set(auth).expect(200);
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([mine.id]);
    await t.http().get(`/api/v1/events/${other.id}`).set(auth).expect(404);
    await t.http().get('/api/v1/centers').set(auth).expect(403);
  });

  it('an organizer creates an event and becomes its organizer (in scope at once); a coordinator may not create one', async () => {
    const other = await f.event();
    const organizer = await f.loginAs(['organizer'], { eventIds: [] });
    const auth = { Authorization: `Bearer ${organizer.token}` };
    const body = { name: { az: 'Könüllü forumu', en: 'Volunteer forum', ru: 'Форум волонтёров' }, venue: 'Bərdə', startsAt: '2030-06-01T09:00:00+04:00', endsAt: '2030-06-01T18:00:00+04:00' };
    const created = await t.http().post('/api/v1/events').set(auth).send(body).expect(201);
    expect(created.body.organizerIds).toEqual([organizer.userId]);
    const list = await t.http().get('/api/v1/events').set(auth).expect(200);
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
    await t.http().get(`/api/v1/events/${created.body.id}`).set(auth).expect(200);
    await t.http().get(`/api/v1/events/${other.id}`).set(auth).expect(404);
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    await t.http().post('/api/v1/events').set({ Authorization: `Bearer ${coordinator.token}` }).send(body).expect(403);
  });

  it.each([
    ['az', 'Bu sahə mütləqdir.'],
    ['en', 'This field is required.'],
    ['ru', 'Обязательное поле.'],
  ])('bad input gets per-field errors in %s and creates nothing', async (lang, required) => {
    const admin = await f.loginAs(['admin']);
    const before = await t.db.getRepository(CenterEntity).count();
    const res = await t.http().post('/api/v1/centers').set({ Authorization: `Bearer ${admin.token}`, 'Accept-Language': lang })
      .send({ ...validCenter('Bad Code!'), kind: 'castle', name: { az: '', en: 'x', ru: 'y' }, latitude: 123 }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const byField = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(Object.keys(byField).sort()).toEqual(['code', 'kind', 'latitude', 'name.az']);
    expect(byField['name.az']).toBe(required);
    expect(byField.kind).toContain('regional_center');
    expect(await t.db.getRepository(CenterEntity).count()).toBe(before);
  });

  it('refuses unknown fields and a duplicate code', async () => {
    const admin = await f.loginAs(['admin']);
    const auth = { Authorization: `Bearer ${admin.token}` };
    await t.http().post('/api/v1/centers').set(auth).send({ ...validCenter(`x-${Date.now()}`), isAdmin: true }).expect(400);
    const existing = await f.center();
    await t.http().post('/api/v1/centers').set(auth).send(validCenter(existing.code)).expect(409);
  });

  it('an event must end after it starts; organizers must hold the organizer role', async () => {
    const admin = await f.loginAs(['admin']);
    const volunteer = await f.user(['volunteer']);
    const auth = { Authorization: `Bearer ${admin.token}` };
    const body = { name: { az: 'Tədbir', en: 'Event', ru: 'Событие' }, venue: 'Bakı', startsAt: '2030-05-01T18:00:00+04:00', endsAt: '2030-05-01T09:00:00+04:00' };
    const bad = await t.http().post('/api/v1/events').set(auth).send(body).expect(400);
    expect(bad.body.errors[0].field).toBe('endsAt');
    const notOrganizer = await t.http().post('/api/v1/events').set(auth)
      .send({ ...body, endsAt: '2030-05-01T20:00:00+04:00', organizerIds: [volunteer.user.id] }).expect(400);
    expect(notOrganizer.body.errors[0].field).toBe('organizerIds');
  });

  it('lists page and sort as the console asks, and refuses an unknown sort field', async () => {
    const admin = await f.loginAs(['admin']);
    const auth = { Authorization: `Bearer ${admin.token}` };
    await f.center();
    await f.center();
    const page = await t.http().get('/api/v1/centers').query({ page: 1, perPage: 1, sort: 'code', order: 'DESC' }).set(auth).expect(200);
    expect(page.body.data).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(2);
    await t.http().get('/api/v1/centers').query({ sort: 'password' }).set(auth).expect(400);
    await t.http().get('/api/v1/centers').query({ perPage: 1000 }).set(auth).expect(400);
  });
});
