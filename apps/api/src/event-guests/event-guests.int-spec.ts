import ExcelJS from 'exceljs';
import request from 'supertest';
import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { EventGuestsService } from './event-guests.service';

/**
 * Guests and delegations over real HTTP (docs/event-guests.md): the import preview names each wrong row's problem in
 * the organiser's language and saves nothing; accepting imports the valid rows; a corrected re-import updates by
 * key instead of duplicating; another event's organiser sees nothing; the retention job pseudonymises.
 */
describe('event guests and delegations', () => {
  let t: TestApp;
  let f: Factory;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    f = new Factory(t);
  });
  afterAll(() => t.close());

  const api = (token: string, lang = 'az') => ({
    get: (path: string) => request(url).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang),
    post: (path: string, body: object = {}) => request(url).post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang).send(body),
    put: (path: string, body: object = {}) => request(url).put(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang).send(body),
    del: (path: string) => request(url).delete(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang),
    upload: (path: string, body: Buffer, name: string) =>
      request(url).post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang).attach('file', body, name),
  });

  const HEADER = 'key,name,country,organisation,delegation,languages,arrival,arrival_place,departure,hotel,needs,vip';
  const rows = (badDate: string, badLang: string) => [
    HEADER,
    'g1,Jean Dupont,FR,Ministère des Solidarités,France,fr;en,2030-10-23 09:30,GYD,2030-10-26 18:00,Hilton Baku,,yes',
    'g2,Amélie Laurent,France,Ministère des Solidarités,France,fr,2030-10-23 09:30,GYD,2030-10-26 18:00,Hilton Baku,wheelchair access,',
    `g3,Ahmed Al-Sayed,EG,Ministry of Social Solidarity,Egypt,"ar, en",${badDate},GYD,2030-10-25 22:00,Fairmont Baku,,`,
    `g4,Ana Souza,BR,Ministério do Desenvolvimento Social,Brazil,${badLang},2030-10-22 23:10,GYD,2030-10-26 07:00,JW Marriott Absheron,,`,
    'g5,Mehmet Yılmaz,TR,Aile ve Sosyal Hizmetler Bakanlığı,Türkiye,tr,23.10.2030 11:00,GYD,26.10.2030 12:00,Hilton Baku,,',
  ].join('\r\n');
  const wrongCsv = Buffer.from('\uFEFF' + rows('2030-02-30 10:00', 'pt;xx'), 'utf8');
  const fixedCsv = Buffer.from('\uFEFF' + rows('2030-10-23 08:15', 'pt'), 'utf8');

  async function organiserWithEvent() {
    const event = await f.event();
    const org = await f.loginAs(['organizer'], { eventIds: [event.id] });
    return { event, org };
  }

  it('previews a file with per-row errors in az, en and ru and saves nothing', async () => {
    const { event, org } = await organiserWithEvent();
    const az = (await api(org.token, 'az').upload(`/events/${event.id}/guests/import/preview`, wrongCsv, 'socgov.csv').expect(200)).body;
    expect(az).toMatchObject({ create: 3, update: 0, errors: 2, newDelegations: ['France', 'Türkiye'] });
    const row = (body: typeof az, line: number) => body.rows.find((r: { line: number }) => r.line === line);
    expect(row(az, 4)).toMatchObject({ action: 'error', errors: [{ field: 'arrivalAt', code: 'guestBadDate' }] });
    expect(row(az, 4).errors[0].message).toBe('«2030-02-30 10:00» tarix deyil: 2026-10-23 14:30 və ya 23.10.2026 14:30 kimi yazın (Bakı vaxtı).');
    expect(row(az, 5)).toMatchObject({ action: 'error', errors: [{ field: 'languages', code: 'guestUnknownLanguage' }] });
    expect(row(az, 5).errors[0].message).toMatch(/«xx» dil kodu tanınmır/);
    // "France" is read as FR; the row's cells come back as written.
    expect(row(az, 3)).toMatchObject({ action: 'create', errors: [], cells: { country: 'France', fullName: 'Amélie Laurent' } });

    const en = (await api(org.token, 'en').upload(`/events/${event.id}/guests/import/preview`, wrongCsv, 'socgov.csv').expect(200)).body;
    expect(row(en, 4).errors[0].message).toBe('"2030-02-30 10:00" is not a date: write it like 2026-10-23 14:30 or 23.10.2026 14:30 (Baku time).');
    expect(row(en, 5).errors[0].message).toMatch(/Unknown language code "xx"/);
    const ru = (await api(org.token, 'ru').upload(`/events/${event.id}/guests/import/preview`, wrongCsv, 'socgov.csv').expect(200)).body;
    expect(row(ru, 4).errors[0].message).toMatch(/^«2030-02-30 10:00» — не дата/);
    expect(row(ru, 5).errors[0].message).toMatch(/Неизвестный код языка «xx»/);

    // Nothing was saved by looking.
    expect((await api(org.token).get(`/events/${event.id}/guests`).expect(200)).body.total).toBe(0);
    expect((await api(org.token).get(`/events/${event.id}/delegations`).expect(200)).body).toEqual([]);
  });

  it('warns, without blocking, about arrivals or departures more than 7 days outside the event (az, en, ru)', async () => {
    const event = await f.event({ startsAt: new Date('2030-10-24T09:00:00+04:00'), endsAt: new Date('2030-10-25T18:00:00+04:00') });
    const org = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const csv = Buffer.from([
      'key,name,country,languages,arrival,departure',
      // Two days before, a day after: nothing to say.
      'w1,Jean Dupont,FR,fr,2030-10-22 09:00,2030-10-26 18:00',
      // Another year's file: 293 days after the event ends.
      'w2,Amélie Laurent,FR,fr,2031-08-14 18:00,2031-08-16 18:00',
      // Weeks early, and gone before it starts.
      'w3,Ana Souza,BR,pt,2030-10-01 09:00,2030-10-02 09:00',
    ].join('\n'), 'utf8');
    const preview = async (lang: string) => (await api(org.token, lang).upload(`/events/${event.id}/guests/import/preview`, csv, 'g.csv').expect(200)).body;
    const az = await preview('az');
    expect(az).toMatchObject({ create: 3, errors: 0, warnings: 2 });
    const row = (body: typeof az, line: number) => body.rows.find((r: { line: number }) => r.line === line);
    expect(row(az, 2)).toMatchObject({ action: 'create', errors: [], warnings: [] });
    expect(row(az, 3)).toMatchObject({ action: 'create', errors: [], warnings: [{ field: 'arrivalAt', code: 'guestArrivalFarAfter' }, { field: 'departureAt', code: 'guestDepartureFarAfter' }] });
    expect(row(az, 3).warnings[0].message).toBe('Gəliş tədbirdən 293 gün sonradır — tarixi yoxlayın.');
    expect(row(az, 4).warnings.map((w: { message: string }) => w.message)).toEqual([
      'Gəliş tədbirdən 23 gün əvvəldir — tarixi yoxlayın.', 'Gediş tədbirdən 22 gün əvvəldir — tarixi yoxlayın.',
    ]);
    expect(row(await preview('en'), 3).warnings[0].message).toBe('The arrival is 293 days after the event — check the date.');
    expect(row(await preview('ru'), 4).warnings[1].message).toBe('Отъезд за 22 дн. до мероприятия — проверьте дату.');
    // Not blocking: accepting imports all three.
    expect((await api(org.token).upload(`/events/${event.id}/guests/import`, csv, 'g.csv').expect(200)).body).toMatchObject({ created: 3, skipped: 0 });
  });

  it('imports the valid rows on accept, and a corrected re-import updates by key instead of duplicating', async () => {
    const { event, org } = await organiserWithEvent();
    const first = (await api(org.token).upload(`/events/${event.id}/guests/import`, wrongCsv, 'socgov.csv').expect(200)).body;
    expect(first).toEqual({ created: 3, updated: 0, skipped: 2, delegationsCreated: ['France', 'Türkiye'] });
    const list = (await api(org.token).get(`/events/${event.id}/guests?perPage=100`).expect(200)).body;
    expect(list.total).toBe(3);
    const jean = list.data.find((g: { fullName: string }) => g.fullName === 'Jean Dupont');
    expect(jean).toMatchObject({ country: 'FR', languages: ['fr', 'en'], vip: true, hotel: 'Hilton Baku', delegationName: 'France', arrivalAt: '2030-10-23T05:30:00.000Z' });
    const mehmet = list.data.find((g: { fullName: string }) => g.fullName === 'Mehmet Yılmaz');
    expect(mehmet.arrivalAt).toBe('2030-10-23T07:00:00.000Z');
    const france = (await api(org.token).get(`/events/${event.id}/delegations`).expect(200)).body.find((d: { name: string }) => d.name === 'France');
    expect(france).toMatchObject({ country: 'FR', languages: ['fr', 'en'], minLevel: 'B2', liaisonsNeeded: 1, guestCount: 2 });

    // The organiser fixes the two rows and imports the whole file again: 2 new, 3 updated, no doubles.
    const preview = (await api(org.token).upload(`/events/${event.id}/guests/import/preview`, fixedCsv, 'socgov.csv').expect(200)).body;
    expect(preview).toMatchObject({ create: 2, update: 3, errors: 0, newDelegations: ['Egypt', 'Brazil'] });
    const second = (await api(org.token).upload(`/events/${event.id}/guests/import`, fixedCsv, 'socgov.csv').expect(200)).body;
    expect(second).toEqual({ created: 2, updated: 3, skipped: 0, delegationsCreated: ['Egypt', 'Brazil'] });
    const after = (await api(org.token).get(`/events/${event.id}/guests?perPage=100`).expect(200)).body;
    expect(after.total).toBe(5);
    expect(after.data.find((g: { id: string }) => g.id === jean.id)).toMatchObject({ fullName: 'Jean Dupont' });
    const ana = after.data.find((g: { fullName: string }) => g.fullName === 'Ana Souza');
    expect(ana).toMatchObject({ country: 'BR', languages: ['pt'], delegationName: 'Brazil' });

    // Filters: by delegation and by country.
    const brazil = (await api(org.token).get(`/events/${event.id}/delegations`).expect(200)).body.find((d: { name: string }) => d.name === 'Brazil');
    expect((await api(org.token).get(`/events/${event.id}/guests?delegationId=${brazil.id}`).expect(200)).body.data.map((g: { fullName: string }) => g.fullName)).toEqual(['Ana Souza']);
    expect((await api(org.token).get(`/events/${event.id}/guests?country=fr`).expect(200)).body.total).toBe(2);

    // An XLSX file with the same columns updates the same guests (the key column decides).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Guests');
    ws.addRow(['key', 'name', 'country', 'languages', 'arrival', 'hotel']);
    ws.addRow(['g1', 'Jean Dupont', 'FR', 'fr, en', new Date(Date.UTC(2030, 9, 23, 10, 0)), 'Four Seasons Baku']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await api(org.token).upload(`/events/${event.id}/guests/import`, xlsx, 'socgov.xlsx').expect(200)).body).toMatchObject({ created: 0, updated: 1, skipped: 0 });
    const j2 = (await api(org.token).get(`/events/${event.id}/guests/${jean.id}`).expect(200)).body;
    expect(j2).toMatchObject({ hotel: 'Four Seasons Baku', arrivalAt: '2030-10-23T06:00:00.000Z' });

    // Every read of the list is in the audit log.
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'eventGuests.read' AND entity_id = $1`, [event.id]);
    expect(audited[0].n).toBeGreaterThanOrEqual(4);
  });

  it('refuses a file without the name and country columns, in the caller\'s language', async () => {
    const { event, org } = await organiserWithEvent();
    const res = await api(org.token, 'en').upload(`/events/${event.id}/guests/import/preview`, Buffer.from('who,where\nA,B\n'), 'x.csv').expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'file', code: 'guestImportNoColumns' });
    expect(res.body.errors[0].message).toMatch(/"name" and "country"/);
  });

  it('adds, edits and deletes guests and delegations by hand, programme included', async () => {
    const { event, org } = await organiserWithEvent();
    const d = (await api(org.token).post(`/events/${event.id}/delegations`, {
      name: 'Morocco', country: 'ma', languages: ['ar', 'FR'], minLevel: 'C1', liaisonsNeeded: 2,
      programme: [{ kind: 'arrival', title: 'Arrival', startsAt: '2030-10-23T08:00:00+04:00', endsAt: '2030-10-23T10:00:00+04:00', place: 'GYD' }],
    }).expect(201)).body;
    expect(d).toMatchObject({ country: 'MA', languages: ['ar', 'fr'], minLevel: 'C1', liaisonsNeeded: 2, programme: [{ kind: 'arrival', startsAt: '2030-10-23T04:00:00.000Z' }] });
    const dup = await api(org.token, 'az').post(`/events/${event.id}/delegations`, { name: 'Morocco', country: 'MA', languages: [] }).expect(400);
    expect(dup.body.errors[0]).toMatchObject({ field: 'name', code: 'delegationNameTaken', message: 'Bu tədbirdə bu adda nümayəndə heyəti artıq var.' });
    const bad = await api(org.token, 'en').post(`/events/${event.id}/delegations`, { name: 'X', country: 'QQ', languages: ['zz'], liaisonsNeeded: 3 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['liaisonsNeeded']);

    const programme = [
      { kind: 'session', title: 'Plenary', startsAt: '2030-10-24T10:00:00+04:00', endsAt: '2030-10-24T12:00:00+04:00', place: 'Gülüstan Palace' },
      { kind: 'departure', title: 'Departure', startsAt: '2030-10-25T18:00:00+04:00', endsAt: '2030-10-25T19:00:00+04:00', place: 'GYD' },
    ];
    const edited = (await api(org.token).put(`/events/${event.id}/delegations/${d.id}`, { name: 'Morocco', country: 'MA', languages: ['ar'], programme }).expect(200)).body;
    expect(edited.programme.map((p: { kind: string }) => p.kind)).toEqual(['session', 'departure']);

    const g = (await api(org.token).post(`/events/${event.id}/guests`, { fullName: 'Youssef Benali', country: 'MA', delegationId: d.id, languages: ['ar', 'fr'], needs: 'halal', vip: true }).expect(201)).body;
    expect(g).toMatchObject({ delegationName: 'Morocco', vip: true, needs: 'halal' });
    const same = await api(org.token, 'en').post(`/events/${event.id}/guests`, { fullName: 'youssef  benali', country: 'MA' }).expect(400);
    expect(same.body.errors[0]).toMatchObject({ field: 'fullName', code: 'guestKeyTaken' });
    const e2 = (await api(org.token).put(`/events/${event.id}/guests/${g.id}`, { fullName: 'Youssef Benali', country: 'MA', hotel: 'Hilton Baku' }).expect(200)).body;
    expect(e2).toMatchObject({ hotel: 'Hilton Baku', delegationId: null, needs: null });
    await api(org.token).get(`/events/${event.id}/guests/not-a-uuid`).expect(400);
    await api(org.token).del(`/events/${event.id}/guests/${g.id}`).expect(204);
    await api(org.token).get(`/events/${event.id}/guests/${g.id}`).expect(404);
    await api(org.token).del(`/events/${event.id}/delegations/${d.id}`).expect(204);
  });

  it("another event's organiser, HR and volunteers see nothing", async () => {
    const { event, org } = await organiserWithEvent();
    await api(org.token).upload(`/events/${event.id}/guests/import`, fixedCsv, 'socgov.csv').expect(200);
    const guest = (await api(org.token).get(`/events/${event.id}/guests`).expect(200)).body.data[0];
    const other = await organiserWithEvent();
    const hr = await f.loginAs(['hr']);
    const admin = await f.loginAs(['admin']);
    await api(other.org.token).get(`/events/${event.id}/guests`).expect(404);
    await api(other.org.token).get(`/events/${event.id}/guests/${guest.id}`).expect(404);
    // Their own event's path with this event's guest: not found either.
    await api(other.org.token).get(`/events/${other.event.id}/guests/${guest.id}`).expect(404);
    await api(other.org.token).put(`/events/${event.id}/guests/${guest.id}`, { fullName: 'X', country: 'FR' }).expect(404);
    await api(other.org.token).del(`/events/${event.id}/guests/${guest.id}`).expect(404);
    await api(other.org.token).get(`/events/${event.id}/delegations`).expect(404);
    await api(other.org.token).upload(`/events/${event.id}/guests/import/preview`, fixedCsv, 'socgov.csv').expect(404);
    await api(other.org.token).upload(`/events/${event.id}/guests/import`, fixedCsv, 'socgov.csv').expect(404);
    await api(hr.token).get(`/events/${event.id}/guests`).expect(403);
    expect((await api(admin.token).get(`/events/${event.id}/guests`).expect(200)).body.total).toBe(5);
    expect((await api(org.token).get(`/events/${event.id}/guests`).expect(200)).body.total).toBe(5);
  });

  it('pseudonymises guests EVENT_GUEST_RETENTION_DAYS (30) after the event ends, and only then', async () => {
    const ended = await f.event({ startsAt: new Date('2001-01-10T09:00:00+04:00'), endsAt: new Date('2001-01-12T18:00:00+04:00'), status: 'completed' });
    const recent = await f.event({ startsAt: new Date('2001-02-05T09:00:00+04:00'), endsAt: new Date('2001-02-06T18:00:00+04:00'), status: 'completed' });
    const org = await f.loginAs(['organizer'], { eventIds: [ended.id, recent.id] });
    for (const e of [ended, recent]) {
      await api(org.token).post(`/events/${e.id}/guests`, { fullName: 'Jean Dupont', country: 'FR', email: 'jean@example.org', phone: '+33 1 23 45 67 89', hotel: 'Hilton', needs: 'wheelchair', languages: ['fr'] }).expect(201);
      await api(org.token).post(`/events/${e.id}/guests`, { fullName: 'Ana Souza', country: 'BR', languages: ['pt'] }).expect(201);
    }
    const service = t.app.get(EventGuestsService);
    // 2001-02-20: 39 days after the first event, 14 after the second.
    expect(await service.applyRetention(new Date('2001-02-20T12:00:00Z'))).toBe(2);
    const gone = (await api(org.token).get(`/events/${ended.id}/guests?sort=createdAt`).expect(200)).body.data;
    expect(gone.map((g: { fullName: string }) => g.fullName)).toEqual(['Qonaq #1', 'Qonaq #2']);
    expect(gone[0]).toMatchObject({ country: 'FR', languages: ['fr'], email: null, phone: null, hotel: null, needs: null });
    expect(gone[0].pseudonymisedAt).toBe('2001-02-20T12:00:00.000Z');
    expect(gone[0].importKey).not.toMatch(/jean/i);
    const kept = (await api(org.token).get(`/events/${recent.id}/guests`).expect(200)).body.data;
    expect(kept.map((g: { fullName: string }) => g.fullName).sort()).toEqual(['Ana Souza', 'Jean Dupont']);
    // Run again: nothing more to do.
    expect(await service.applyRetention(new Date('2001-02-20T12:00:00Z'))).toBe(0);
  });
});
