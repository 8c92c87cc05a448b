import { createTestApp, Factory, type TestApp } from '../../test/test-app';

/** Non-working days: computed for any year, corrected by admins only, confirmed per year. */
describe('holidays: computed calendar with admin overrides (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
  });
  afterAll(() => t.close());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('2027 is there without anyone typing it: Novruz, Ramazan, Qurban and the weekend transfers; the year is not confirmed yet', async () => {
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    const res = await t.http().get('/api/v1/calendar/years/2027').set(bearer(coordinator.token)).expect(200);
    const dates = res.body.days.map((d: { date: string }) => d.date);
    expect(dates).toEqual(expect.arrayContaining(['2027-03-09', '2027-03-10', '2027-03-20', '2027-03-25', '2027-03-26', '2027-05-16', '2027-05-17', '2027-05-18', '2027-11-08', '2027-11-09']));
    expect(res.body.days.find((d: { date: string }) => d.date === '2027-03-25')).toMatchObject({ kind: 'transferred', source: 'computed' });
    expect(res.body.confirmed).toBe(false);
    // 2025 is seeded confirmed, with the Cabinet's swap of 3 January as an override.
    const y2025 = await t.http().get('/api/v1/calendar/years/2025').set(bearer(coordinator.token)).expect(200);
    expect(y2025.body.confirmed).toBe(true);
    expect(y2025.body.days.find((d: { date: string }) => d.date === '2025-01-03')).toMatchObject({ source: 'override', kind: 'transferred' });
  });

  it('only admins override a date or confirm a year; an override changes what templates skip', async () => {
    const center = await f.center();
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [center.id] });
    const hr = await f.loginAs(['hr']);
    const admin = await f.loginAs(['admin']);
    const date = '2032-05-10'; // a Monday; 9 May 2032 is a Sunday → 10 May is the computed day off
    const year = async () => (await t.http().get('/api/v1/calendar/years/2032').set(bearer(admin.token)).expect(200)).body;
    expect((await year()).days.map((d: { date: string }) => d.date)).toContain(date);

    for (const who of [coordinator, hr]) {
      await t.http().put(`/api/v1/calendar/overrides/${date}`).set(bearer(who.token)).send({ action: 'remove', note: 'x' }).expect(403);
      await t.http().put('/api/v1/calendar/years/2032').set(bearer(who.token)).send({ confirmed: true }).expect(403);
      await t.http().delete(`/api/v1/calendar/overrides/${date}`).set(bearer(who.token)).expect(403);
    }

    const removed = await t.http().put(`/api/v1/calendar/overrides/${date}`).set(bearer(admin.token)).send({ action: 'remove', note: 'Nazirlər Kabinetinin qərarı №1' }).expect(200);
    expect(removed.body.days.map((d: { date: string }) => d.date)).not.toContain(date);
    expect(removed.body.removed).toEqual([expect.objectContaining({ date, note: 'Nazirlər Kabinetinin qərarı №1' })]);
    const added = await t.http().put('/api/v1/calendar/overrides/2032-12-30').set(bearer(admin.token))
      .send({ action: 'add', kind: 'closure', name: { az: 'Bağlı', en: 'Closed', ru: 'Закрыто' }, note: 'qərar' }).expect(200);
    expect(added.body.days.find((d: { date: string }) => d.date === '2032-12-30')).toMatchObject({ source: 'override', kind: 'closure', note: 'qərar' });
    const noName = await t.http().put('/api/v1/calendar/overrides/2032-12-29').set(bearer(admin.token)).send({ action: 'add', kind: 'closure' }).expect(400);
    expect(noName.body.errors[0].field).toBe('name');

    // Templates follow the overridden calendar: the week of 10 May 2032 gets a Monday shift, 30 December none.
    const position = await t.http().post('/api/v1/positions').set(bearer(coordinator.token))
      .send({ centerId: center.id, code: `h-${Date.now()}`, name: { az: 'Qarşılama', en: 'Greeter', ru: 'Встреча' } }).expect(201);
    const tpl = await t.http().post('/api/v1/shift-templates').set(bearer(coordinator.token))
      .send({ centerId: center.id, positionId: position.body.id, weekdays: [1, 4], startTime: '09:00', endTime: '13:00', slots: 1 }).expect(201);
    const may = await t.http().post(`/api/v1/shift-templates/${tpl.body.id}/generate`).set(bearer(coordinator.token)).send({ from: '2032-05-10', to: '2032-05-10' }).expect(200);
    expect(may.body.created).toBe(1);
    const dec = await t.http().post(`/api/v1/shift-templates/${tpl.body.id}/generate`).set(bearer(coordinator.token)).send({ from: '2032-12-30', to: '2032-12-30' }).expect(200);
    expect(dec.body.created).toBe(0);

    const confirmed = await t.http().put('/api/v1/calendar/years/2032').set(bearer(admin.token)).send({ confirmed: true }).expect(200);
    expect(confirmed.body.confirmed).toBe(true);
    await t.http().delete(`/api/v1/calendar/overrides/${date}`).set(bearer(admin.token)).expect(204);
    expect((await year()).days.map((d: { date: string }) => d.date)).toContain(date);
  });

  it('GET /non-working-days lists the effective days of a range; bad years and dates are 400 in words', async () => {
    const admin = await f.loginAs(['admin']);
    const list = await t.http().get('/api/v1/non-working-days?from=2027-03-01&to=2027-03-31').set(bearer(admin.token)).expect(200);
    expect(list.body.data.map((d: { date: string }) => d.date)).toEqual(['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-20', '2027-03-21', '2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26']);
    const bad = await t.http().get('/api/v1/calendar/years/1850').set({ ...bearer(admin.token), 'Accept-Language': 'en' }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'year', message: 'The year must be between 2000 and 2100.' });
    await t.http().put('/api/v1/calendar/overrides/2026-02-30').set(bearer(admin.token)).send({ action: 'remove' }).expect(400);
  });
});
